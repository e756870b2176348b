from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_instance_type_0 import InstanceInstanceType0
    from ..models.instance_search_type_0 import InstanceSearchType0


T = TypeVar("T", bound="Instance")


@_attrs_define
class Instance:
    """Detailed information about an instance."""

    id: int | None | Unset = UNSET
    """ Unique identifier for the instance. """
    actual_status: None | str | Unset = UNSET
    """ Current status of the instance container. """
    intended_status: None | str | Unset = UNSET
    """ Intended status of the instance container. """
    cur_state: None | str | Unset = UNSET
    """ Current state of the machine contract. """
    next_state: None | str | Unset = UNSET
    """ Next scheduled state for the machine contract. """
    label: None | str | Unset = UNSET
    """ User-defined label for the instance. """
    template_id: int | None | Unset = UNSET
    """ Identifier for the instance template. """
    template_hash_id: None | str | Unset = UNSET
    """ Hash identifier for the instance template. """
    template_name: None | str | Unset = UNSET
    """ Name of the template (if available). """
    image_uuid: None | str | Unset = UNSET
    """ Docker image used for the instance. """
    image_args: list[str] | None | Unset = UNSET
    """ Arguments passed to the container. """
    image_runtype: None | str | Unset = UNSET
    """ How the container is launched (ssh, jupyter, etc.). """
    extra_env: list[str] | None | Unset = UNSET
    """ Additional environment variables. """
    onstart: None | str | Unset = UNSET
    """ Script or command run at container start. """
    jupyter_token: None | str | Unset = UNSET
    """ Jupyter token for the instance. """
    status_msg: None | str | Unset = UNSET
    """ Status message for the instance. """
    local_ipaddrs: None | str | Unset = UNSET
    """ Local IP addresses for the instance (space-separated). """
    ssh_host: None | str | Unset = UNSET
    """ Host (or IP) used for SSH connection. """
    ssh_idx: None | str | Unset = UNSET
    """ Identifier for the SSH forwarder used. """
    ssh_port: int | None | Unset = UNSET
    """ Port used for SSH connection. """
    machine_dir_ssh_port: int | None | Unset = UNSET
    """ Calculated SSH port for accessing the machine directory. """
    machine_id: int | None | Unset = UNSET
    """ ID of the physical machine. """
    bundle_id: int | None | Unset = UNSET
    """ ID of the bundle this instance belongs to. """
    start_date: float | None | Unset = UNSET
    """ Instance start time (epoch seconds). """
    end_date: float | None | Unset = UNSET
    """ Instance end time (epoch seconds). """
    uptime_mins: float | None | Unset = UNSET
    """ Uptime of the instance in minutes. """
    duration: float | None | Unset = UNSET
    """ Duration of the instance in seconds. """
    cpu_arch: None | str | Unset = UNSET
    """ CPU architecture. """
    cpu_cores: int | None | Unset = UNSET
    """ Number of CPU cores. """
    cpu_cores_effective: float | None | Unset = UNSET
    """ Effective number of CPU cores allocated. """
    cpu_name: None | str | Unset = UNSET
    """ Name of the CPU. """
    cpu_ram: int | None | Unset = UNSET
    """ Total system RAM in MB. """
    cpu_util: float | None | Unset = UNSET
    """ CPU utilization as a fraction. """
    mem_limit: float | None | Unset = UNSET
    """ Memory limit in megabytes. """
    mem_usage: float | None | Unset = UNSET
    """ Memory usage in megabytes. """
    vmem_usage: float | None | Unset = UNSET
    """ Virtual memory usage in megabytes. """
    gpu_name: None | str | Unset = UNSET
    """ Name of the GPU. """
    gpu_arch: None | str | Unset = UNSET
    """ GPU architecture. """
    gpu_totalram: int | None | Unset = UNSET
    """ Total GPU RAM in MB. """
    gpu_ram: int | None | Unset = UNSET
    """ Allocated GPU RAM in MB. """
    gpu_util: float | None | Unset = UNSET
    """ GPU utilization as a fraction. """
    gpu_temp: float | None | Unset = UNSET
    """ Current GPU temperature in Celsius. """
    gpu_frac: float | None | Unset = UNSET
    """ Fraction of GPU allocated. """
    gpu_lanes: int | None | Unset = UNSET
    """ Number of PCIe lanes for the GPU. """
    gpu_mem_bw: float | None | Unset = UNSET
    """ GPU memory bandwidth in GB/s. """
    bw_nvlink: float | None | Unset = UNSET
    """ NVLink bandwidth in GB/s. """
    disk_name: None | str | Unset = UNSET
    """ Name of the disk. """
    disk_space: float | None | Unset = UNSET
    """ Disk space allocated in GB. """
    disk_bw: float | None | Unset = UNSET
    """ Disk bandwidth in MB/s. """
    disk_util: float | None | Unset = UNSET
    """ Disk utilization percentage. """
    disk_usage: float | None | Unset = UNSET
    """ Disk usage percentage. """
    direct_port_count: int | None | Unset = UNSET
    """ Number of direct ports available. """
    direct_port_start: int | None | Unset = UNSET
    """ Start of direct port range. """
    direct_port_end: int | None | Unset = UNSET
    """ End of direct port range. """
    ports: list[int] | None | Unset = UNSET
    """ List of additional ports exposed by the instance. """
    static_ip: bool | None | Unset = UNSET
    """ Whether the instance has a static public IP. """
    public_ipaddr: None | str | Unset = UNSET
    """ Public IP address of the instance. """
    geolocation: None | str | Unset = UNSET
    """ Geographical location of the instance. """
    verification: None | str | Unset = UNSET
    """ Verification status of the instance. """
    rentable: bool | None | Unset = UNSET
    """ Whether the instance is currently rentable. """
    host_id: int | None | Unset = UNSET
    """ Host ID for the instance. """
    hosting_type: int | None | Unset = UNSET
    """ Hosting type code. """
    min_bid: float | None | Unset = UNSET
    """ Minimum bid price for the instance. """
    is_bid: bool | None | Unset = UNSET
    """ Whether the instance was created via bidding. """
    dph_base: float | None | Unset = UNSET
    """ Base dollars per hour. """
    dph_total: float | None | Unset = UNSET
    """ Total dollars per hour. """
    dlperf: float | None | Unset = UNSET
    """ Deep learning performance score. """
    dlperf_per_dphtotal: float | None | Unset = UNSET
    """ DLPerf per total DPH. """
    flops_per_dphtotal: float | None | Unset = UNSET
    """ FLOPS per total DPH. """
    total_flops: float | None | Unset = UNSET
    """ Total FLOPS. """
    score: float | None | Unset = UNSET
    """ Instance score. """
    reliability2: float | None | Unset = UNSET
    """ Reliability score. """
    os_version: None | str | Unset = UNSET
    """ Operating system version. """
    mobo_name: None | str | Unset = UNSET
    """ Motherboard name. """
    pci_gen: float | None | Unset = UNSET
    """ PCIe generation. """
    pcie_bw: float | None | Unset = UNSET
    """ PCIe bandwidth in GB/s. """
    num_gpus: int | None | Unset = UNSET
    """ Number of GPUs allocated. """
    logo: None | str | Unset = UNSET
    """ URL to the logo image. """
    webpage: None | str | Unset = UNSET
    """ URL to the instance's webpage, if available. """
    search: InstanceSearchType0 | None | Unset = UNSET
    """ Search pricing details. """
    instance: InstanceInstanceType0 | None | Unset = UNSET
    """ Instance pricing details. """
    storage_cost: float | None | Unset = UNSET
    """ Storage cost per hour. """
    storage_total_cost: float | None | Unset = UNSET
    """ Total storage cost. """
    vram_costperhour: float | None | Unset = UNSET
    """ VRAM cost per hour. """
    credit_balance: float | None | Unset = UNSET
    """ User's credit balance. """
    credit_discount: float | None | Unset = UNSET
    """ User's credit discount. """
    credit_discount_max: float | None | Unset = UNSET
    """ Maximum credit discount. """
    client_run_time: float | None | Unset = UNSET
    """ Client run time in hours. """
    host_run_time: float | None | Unset = UNSET
    """ Host run time in hours. """
    external: bool | None | Unset = UNSET
    """ Whether the instance is external. """
    time_remaining: None | str | Unset = UNSET
    """ Time remaining for the instance (if applicable). """
    time_remaining_isbid: None | str | Unset = UNSET
    """ Time remaining for the instance if it is a bid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.instance_instance_type_0 import InstanceInstanceType0
        from ..models.instance_search_type_0 import InstanceSearchType0

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        actual_status: None | str | Unset
        if isinstance(self.actual_status, Unset):
            actual_status = UNSET
        else:
            actual_status = self.actual_status

        intended_status: None | str | Unset
        if isinstance(self.intended_status, Unset):
            intended_status = UNSET
        else:
            intended_status = self.intended_status

        cur_state: None | str | Unset
        if isinstance(self.cur_state, Unset):
            cur_state = UNSET
        else:
            cur_state = self.cur_state

        next_state: None | str | Unset
        if isinstance(self.next_state, Unset):
            next_state = UNSET
        else:
            next_state = self.next_state

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        template_hash_id: None | str | Unset
        if isinstance(self.template_hash_id, Unset):
            template_hash_id = UNSET
        else:
            template_hash_id = self.template_hash_id

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        image_uuid: None | str | Unset
        if isinstance(self.image_uuid, Unset):
            image_uuid = UNSET
        else:
            image_uuid = self.image_uuid

        image_args: list[str] | None | Unset
        if isinstance(self.image_args, Unset):
            image_args = UNSET
        elif isinstance(self.image_args, list):
            image_args = self.image_args

        else:
            image_args = self.image_args

        image_runtype: None | str | Unset
        if isinstance(self.image_runtype, Unset):
            image_runtype = UNSET
        else:
            image_runtype = self.image_runtype

        extra_env: list[str] | None | Unset
        if isinstance(self.extra_env, Unset):
            extra_env = UNSET
        elif isinstance(self.extra_env, list):
            extra_env = self.extra_env

        else:
            extra_env = self.extra_env

        onstart: None | str | Unset
        if isinstance(self.onstart, Unset):
            onstart = UNSET
        else:
            onstart = self.onstart

        jupyter_token: None | str | Unset
        if isinstance(self.jupyter_token, Unset):
            jupyter_token = UNSET
        else:
            jupyter_token = self.jupyter_token

        status_msg: None | str | Unset
        if isinstance(self.status_msg, Unset):
            status_msg = UNSET
        else:
            status_msg = self.status_msg

        local_ipaddrs: None | str | Unset
        if isinstance(self.local_ipaddrs, Unset):
            local_ipaddrs = UNSET
        else:
            local_ipaddrs = self.local_ipaddrs

        ssh_host: None | str | Unset
        if isinstance(self.ssh_host, Unset):
            ssh_host = UNSET
        else:
            ssh_host = self.ssh_host

        ssh_idx: None | str | Unset
        if isinstance(self.ssh_idx, Unset):
            ssh_idx = UNSET
        else:
            ssh_idx = self.ssh_idx

        ssh_port: int | None | Unset
        if isinstance(self.ssh_port, Unset):
            ssh_port = UNSET
        else:
            ssh_port = self.ssh_port

        machine_dir_ssh_port: int | None | Unset
        if isinstance(self.machine_dir_ssh_port, Unset):
            machine_dir_ssh_port = UNSET
        else:
            machine_dir_ssh_port = self.machine_dir_ssh_port

        machine_id: int | None | Unset
        if isinstance(self.machine_id, Unset):
            machine_id = UNSET
        else:
            machine_id = self.machine_id

        bundle_id: int | None | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

        start_date: float | None | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: float | None | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        uptime_mins: float | None | Unset
        if isinstance(self.uptime_mins, Unset):
            uptime_mins = UNSET
        else:
            uptime_mins = self.uptime_mins

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        cpu_arch: None | str | Unset
        if isinstance(self.cpu_arch, Unset):
            cpu_arch = UNSET
        else:
            cpu_arch = self.cpu_arch

        cpu_cores: int | None | Unset
        if isinstance(self.cpu_cores, Unset):
            cpu_cores = UNSET
        else:
            cpu_cores = self.cpu_cores

        cpu_cores_effective: float | None | Unset
        if isinstance(self.cpu_cores_effective, Unset):
            cpu_cores_effective = UNSET
        else:
            cpu_cores_effective = self.cpu_cores_effective

        cpu_name: None | str | Unset
        if isinstance(self.cpu_name, Unset):
            cpu_name = UNSET
        else:
            cpu_name = self.cpu_name

        cpu_ram: int | None | Unset
        if isinstance(self.cpu_ram, Unset):
            cpu_ram = UNSET
        else:
            cpu_ram = self.cpu_ram

        cpu_util: float | None | Unset
        if isinstance(self.cpu_util, Unset):
            cpu_util = UNSET
        else:
            cpu_util = self.cpu_util

        mem_limit: float | None | Unset
        if isinstance(self.mem_limit, Unset):
            mem_limit = UNSET
        else:
            mem_limit = self.mem_limit

        mem_usage: float | None | Unset
        if isinstance(self.mem_usage, Unset):
            mem_usage = UNSET
        else:
            mem_usage = self.mem_usage

        vmem_usage: float | None | Unset
        if isinstance(self.vmem_usage, Unset):
            vmem_usage = UNSET
        else:
            vmem_usage = self.vmem_usage

        gpu_name: None | str | Unset
        if isinstance(self.gpu_name, Unset):
            gpu_name = UNSET
        else:
            gpu_name = self.gpu_name

        gpu_arch: None | str | Unset
        if isinstance(self.gpu_arch, Unset):
            gpu_arch = UNSET
        else:
            gpu_arch = self.gpu_arch

        gpu_totalram: int | None | Unset
        if isinstance(self.gpu_totalram, Unset):
            gpu_totalram = UNSET
        else:
            gpu_totalram = self.gpu_totalram

        gpu_ram: int | None | Unset
        if isinstance(self.gpu_ram, Unset):
            gpu_ram = UNSET
        else:
            gpu_ram = self.gpu_ram

        gpu_util: float | None | Unset
        if isinstance(self.gpu_util, Unset):
            gpu_util = UNSET
        else:
            gpu_util = self.gpu_util

        gpu_temp: float | None | Unset
        if isinstance(self.gpu_temp, Unset):
            gpu_temp = UNSET
        else:
            gpu_temp = self.gpu_temp

        gpu_frac: float | None | Unset
        if isinstance(self.gpu_frac, Unset):
            gpu_frac = UNSET
        else:
            gpu_frac = self.gpu_frac

        gpu_lanes: int | None | Unset
        if isinstance(self.gpu_lanes, Unset):
            gpu_lanes = UNSET
        else:
            gpu_lanes = self.gpu_lanes

        gpu_mem_bw: float | None | Unset
        if isinstance(self.gpu_mem_bw, Unset):
            gpu_mem_bw = UNSET
        else:
            gpu_mem_bw = self.gpu_mem_bw

        bw_nvlink: float | None | Unset
        if isinstance(self.bw_nvlink, Unset):
            bw_nvlink = UNSET
        else:
            bw_nvlink = self.bw_nvlink

        disk_name: None | str | Unset
        if isinstance(self.disk_name, Unset):
            disk_name = UNSET
        else:
            disk_name = self.disk_name

        disk_space: float | None | Unset
        if isinstance(self.disk_space, Unset):
            disk_space = UNSET
        else:
            disk_space = self.disk_space

        disk_bw: float | None | Unset
        if isinstance(self.disk_bw, Unset):
            disk_bw = UNSET
        else:
            disk_bw = self.disk_bw

        disk_util: float | None | Unset
        if isinstance(self.disk_util, Unset):
            disk_util = UNSET
        else:
            disk_util = self.disk_util

        disk_usage: float | None | Unset
        if isinstance(self.disk_usage, Unset):
            disk_usage = UNSET
        else:
            disk_usage = self.disk_usage

        direct_port_count: int | None | Unset
        if isinstance(self.direct_port_count, Unset):
            direct_port_count = UNSET
        else:
            direct_port_count = self.direct_port_count

        direct_port_start: int | None | Unset
        if isinstance(self.direct_port_start, Unset):
            direct_port_start = UNSET
        else:
            direct_port_start = self.direct_port_start

        direct_port_end: int | None | Unset
        if isinstance(self.direct_port_end, Unset):
            direct_port_end = UNSET
        else:
            direct_port_end = self.direct_port_end

        ports: list[int] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = self.ports

        else:
            ports = self.ports

        static_ip: bool | None | Unset
        if isinstance(self.static_ip, Unset):
            static_ip = UNSET
        else:
            static_ip = self.static_ip

        public_ipaddr: None | str | Unset
        if isinstance(self.public_ipaddr, Unset):
            public_ipaddr = UNSET
        else:
            public_ipaddr = self.public_ipaddr

        geolocation: None | str | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        else:
            geolocation = self.geolocation

        verification: None | str | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        else:
            verification = self.verification

        rentable: bool | None | Unset
        if isinstance(self.rentable, Unset):
            rentable = UNSET
        else:
            rentable = self.rentable

        host_id: int | None | Unset
        if isinstance(self.host_id, Unset):
            host_id = UNSET
        else:
            host_id = self.host_id

        hosting_type: int | None | Unset
        if isinstance(self.hosting_type, Unset):
            hosting_type = UNSET
        else:
            hosting_type = self.hosting_type

        min_bid: float | None | Unset
        if isinstance(self.min_bid, Unset):
            min_bid = UNSET
        else:
            min_bid = self.min_bid

        is_bid: bool | None | Unset
        if isinstance(self.is_bid, Unset):
            is_bid = UNSET
        else:
            is_bid = self.is_bid

        dph_base: float | None | Unset
        if isinstance(self.dph_base, Unset):
            dph_base = UNSET
        else:
            dph_base = self.dph_base

        dph_total: float | None | Unset
        if isinstance(self.dph_total, Unset):
            dph_total = UNSET
        else:
            dph_total = self.dph_total

        dlperf: float | None | Unset
        if isinstance(self.dlperf, Unset):
            dlperf = UNSET
        else:
            dlperf = self.dlperf

        dlperf_per_dphtotal: float | None | Unset
        if isinstance(self.dlperf_per_dphtotal, Unset):
            dlperf_per_dphtotal = UNSET
        else:
            dlperf_per_dphtotal = self.dlperf_per_dphtotal

        flops_per_dphtotal: float | None | Unset
        if isinstance(self.flops_per_dphtotal, Unset):
            flops_per_dphtotal = UNSET
        else:
            flops_per_dphtotal = self.flops_per_dphtotal

        total_flops: float | None | Unset
        if isinstance(self.total_flops, Unset):
            total_flops = UNSET
        else:
            total_flops = self.total_flops

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        reliability2: float | None | Unset
        if isinstance(self.reliability2, Unset):
            reliability2 = UNSET
        else:
            reliability2 = self.reliability2

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        mobo_name: None | str | Unset
        if isinstance(self.mobo_name, Unset):
            mobo_name = UNSET
        else:
            mobo_name = self.mobo_name

        pci_gen: float | None | Unset
        if isinstance(self.pci_gen, Unset):
            pci_gen = UNSET
        else:
            pci_gen = self.pci_gen

        pcie_bw: float | None | Unset
        if isinstance(self.pcie_bw, Unset):
            pcie_bw = UNSET
        else:
            pcie_bw = self.pcie_bw

        num_gpus: int | None | Unset
        if isinstance(self.num_gpus, Unset):
            num_gpus = UNSET
        else:
            num_gpus = self.num_gpus

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        webpage: None | str | Unset
        if isinstance(self.webpage, Unset):
            webpage = UNSET
        else:
            webpage = self.webpage

        search: dict[str, Any] | None | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        elif isinstance(self.search, InstanceSearchType0):
            search = self.search.to_dict()
        else:
            search = self.search

        instance: dict[str, Any] | None | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        elif isinstance(self.instance, InstanceInstanceType0):
            instance = self.instance.to_dict()
        else:
            instance = self.instance

        storage_cost: float | None | Unset
        if isinstance(self.storage_cost, Unset):
            storage_cost = UNSET
        else:
            storage_cost = self.storage_cost

        storage_total_cost: float | None | Unset
        if isinstance(self.storage_total_cost, Unset):
            storage_total_cost = UNSET
        else:
            storage_total_cost = self.storage_total_cost

        vram_costperhour: float | None | Unset
        if isinstance(self.vram_costperhour, Unset):
            vram_costperhour = UNSET
        else:
            vram_costperhour = self.vram_costperhour

        credit_balance: float | None | Unset
        if isinstance(self.credit_balance, Unset):
            credit_balance = UNSET
        else:
            credit_balance = self.credit_balance

        credit_discount: float | None | Unset
        if isinstance(self.credit_discount, Unset):
            credit_discount = UNSET
        else:
            credit_discount = self.credit_discount

        credit_discount_max: float | None | Unset
        if isinstance(self.credit_discount_max, Unset):
            credit_discount_max = UNSET
        else:
            credit_discount_max = self.credit_discount_max

        client_run_time: float | None | Unset
        if isinstance(self.client_run_time, Unset):
            client_run_time = UNSET
        else:
            client_run_time = self.client_run_time

        host_run_time: float | None | Unset
        if isinstance(self.host_run_time, Unset):
            host_run_time = UNSET
        else:
            host_run_time = self.host_run_time

        external: bool | None | Unset
        if isinstance(self.external, Unset):
            external = UNSET
        else:
            external = self.external

        time_remaining: None | str | Unset
        if isinstance(self.time_remaining, Unset):
            time_remaining = UNSET
        else:
            time_remaining = self.time_remaining

        time_remaining_isbid: None | str | Unset
        if isinstance(self.time_remaining_isbid, Unset):
            time_remaining_isbid = UNSET
        else:
            time_remaining_isbid = self.time_remaining_isbid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if actual_status is not UNSET:
            field_dict["actual_status"] = actual_status
        if intended_status is not UNSET:
            field_dict["intended_status"] = intended_status
        if cur_state is not UNSET:
            field_dict["cur_state"] = cur_state
        if next_state is not UNSET:
            field_dict["next_state"] = next_state
        if label is not UNSET:
            field_dict["label"] = label
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_hash_id is not UNSET:
            field_dict["template_hash_id"] = template_hash_id
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if image_uuid is not UNSET:
            field_dict["image_uuid"] = image_uuid
        if image_args is not UNSET:
            field_dict["image_args"] = image_args
        if image_runtype is not UNSET:
            field_dict["image_runtype"] = image_runtype
        if extra_env is not UNSET:
            field_dict["extra_env"] = extra_env
        if onstart is not UNSET:
            field_dict["onstart"] = onstart
        if jupyter_token is not UNSET:
            field_dict["jupyter_token"] = jupyter_token
        if status_msg is not UNSET:
            field_dict["status_msg"] = status_msg
        if local_ipaddrs is not UNSET:
            field_dict["local_ipaddrs"] = local_ipaddrs
        if ssh_host is not UNSET:
            field_dict["ssh_host"] = ssh_host
        if ssh_idx is not UNSET:
            field_dict["ssh_idx"] = ssh_idx
        if ssh_port is not UNSET:
            field_dict["ssh_port"] = ssh_port
        if machine_dir_ssh_port is not UNSET:
            field_dict["machine_dir_ssh_port"] = machine_dir_ssh_port
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if uptime_mins is not UNSET:
            field_dict["uptime_mins"] = uptime_mins
        if duration is not UNSET:
            field_dict["duration"] = duration
        if cpu_arch is not UNSET:
            field_dict["cpu_arch"] = cpu_arch
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if cpu_cores_effective is not UNSET:
            field_dict["cpu_cores_effective"] = cpu_cores_effective
        if cpu_name is not UNSET:
            field_dict["cpu_name"] = cpu_name
        if cpu_ram is not UNSET:
            field_dict["cpu_ram"] = cpu_ram
        if cpu_util is not UNSET:
            field_dict["cpu_util"] = cpu_util
        if mem_limit is not UNSET:
            field_dict["mem_limit"] = mem_limit
        if mem_usage is not UNSET:
            field_dict["mem_usage"] = mem_usage
        if vmem_usage is not UNSET:
            field_dict["vmem_usage"] = vmem_usage
        if gpu_name is not UNSET:
            field_dict["gpu_name"] = gpu_name
        if gpu_arch is not UNSET:
            field_dict["gpu_arch"] = gpu_arch
        if gpu_totalram is not UNSET:
            field_dict["gpu_totalram"] = gpu_totalram
        if gpu_ram is not UNSET:
            field_dict["gpu_ram"] = gpu_ram
        if gpu_util is not UNSET:
            field_dict["gpu_util"] = gpu_util
        if gpu_temp is not UNSET:
            field_dict["gpu_temp"] = gpu_temp
        if gpu_frac is not UNSET:
            field_dict["gpu_frac"] = gpu_frac
        if gpu_lanes is not UNSET:
            field_dict["gpu_lanes"] = gpu_lanes
        if gpu_mem_bw is not UNSET:
            field_dict["gpu_mem_bw"] = gpu_mem_bw
        if bw_nvlink is not UNSET:
            field_dict["bw_nvlink"] = bw_nvlink
        if disk_name is not UNSET:
            field_dict["disk_name"] = disk_name
        if disk_space is not UNSET:
            field_dict["disk_space"] = disk_space
        if disk_bw is not UNSET:
            field_dict["disk_bw"] = disk_bw
        if disk_util is not UNSET:
            field_dict["disk_util"] = disk_util
        if disk_usage is not UNSET:
            field_dict["disk_usage"] = disk_usage
        if direct_port_count is not UNSET:
            field_dict["direct_port_count"] = direct_port_count
        if direct_port_start is not UNSET:
            field_dict["direct_port_start"] = direct_port_start
        if direct_port_end is not UNSET:
            field_dict["direct_port_end"] = direct_port_end
        if ports is not UNSET:
            field_dict["ports"] = ports
        if static_ip is not UNSET:
            field_dict["static_ip"] = static_ip
        if public_ipaddr is not UNSET:
            field_dict["public_ipaddr"] = public_ipaddr
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if verification is not UNSET:
            field_dict["verification"] = verification
        if rentable is not UNSET:
            field_dict["rentable"] = rentable
        if host_id is not UNSET:
            field_dict["host_id"] = host_id
        if hosting_type is not UNSET:
            field_dict["hosting_type"] = hosting_type
        if min_bid is not UNSET:
            field_dict["min_bid"] = min_bid
        if is_bid is not UNSET:
            field_dict["is_bid"] = is_bid
        if dph_base is not UNSET:
            field_dict["dph_base"] = dph_base
        if dph_total is not UNSET:
            field_dict["dph_total"] = dph_total
        if dlperf is not UNSET:
            field_dict["dlperf"] = dlperf
        if dlperf_per_dphtotal is not UNSET:
            field_dict["dlperf_per_dphtotal"] = dlperf_per_dphtotal
        if flops_per_dphtotal is not UNSET:
            field_dict["flops_per_dphtotal"] = flops_per_dphtotal
        if total_flops is not UNSET:
            field_dict["total_flops"] = total_flops
        if score is not UNSET:
            field_dict["score"] = score
        if reliability2 is not UNSET:
            field_dict["reliability2"] = reliability2
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if mobo_name is not UNSET:
            field_dict["mobo_name"] = mobo_name
        if pci_gen is not UNSET:
            field_dict["pci_gen"] = pci_gen
        if pcie_bw is not UNSET:
            field_dict["pcie_bw"] = pcie_bw
        if num_gpus is not UNSET:
            field_dict["num_gpus"] = num_gpus
        if logo is not UNSET:
            field_dict["logo"] = logo
        if webpage is not UNSET:
            field_dict["webpage"] = webpage
        if search is not UNSET:
            field_dict["search"] = search
        if instance is not UNSET:
            field_dict["instance"] = instance
        if storage_cost is not UNSET:
            field_dict["storage_cost"] = storage_cost
        if storage_total_cost is not UNSET:
            field_dict["storage_total_cost"] = storage_total_cost
        if vram_costperhour is not UNSET:
            field_dict["vram_costperhour"] = vram_costperhour
        if credit_balance is not UNSET:
            field_dict["credit_balance"] = credit_balance
        if credit_discount is not UNSET:
            field_dict["credit_discount"] = credit_discount
        if credit_discount_max is not UNSET:
            field_dict["credit_discount_max"] = credit_discount_max
        if client_run_time is not UNSET:
            field_dict["client_run_time"] = client_run_time
        if host_run_time is not UNSET:
            field_dict["host_run_time"] = host_run_time
        if external is not UNSET:
            field_dict["external"] = external
        if time_remaining is not UNSET:
            field_dict["time_remaining"] = time_remaining
        if time_remaining_isbid is not UNSET:
            field_dict["time_remaining_isbid"] = time_remaining_isbid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.instance_instance_type_0 import InstanceInstanceType0
        from ..models.instance_search_type_0 import InstanceSearchType0

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_actual_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_status = _parse_actual_status(d.pop("actual_status", UNSET))

        def _parse_intended_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intended_status = _parse_intended_status(d.pop("intended_status", UNSET))

        def _parse_cur_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cur_state = _parse_cur_state(d.pop("cur_state", UNSET))

        def _parse_next_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_state = _parse_next_state(d.pop("next_state", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_template_hash_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_hash_id = _parse_template_hash_id(d.pop("template_hash_id", UNSET))

        def _parse_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_name = _parse_template_name(d.pop("template_name", UNSET))

        def _parse_image_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_uuid = _parse_image_uuid(d.pop("image_uuid", UNSET))

        def _parse_image_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_args_type_0 = cast(list[str], data)

                return image_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        image_args = _parse_image_args(d.pop("image_args", UNSET))

        def _parse_image_runtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_runtype = _parse_image_runtype(d.pop("image_runtype", UNSET))

        def _parse_extra_env(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_env_type_0 = cast(list[str], data)

                return extra_env_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        extra_env = _parse_extra_env(d.pop("extra_env", UNSET))

        def _parse_onstart(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        onstart = _parse_onstart(d.pop("onstart", UNSET))

        def _parse_jupyter_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jupyter_token = _parse_jupyter_token(d.pop("jupyter_token", UNSET))

        def _parse_status_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_msg = _parse_status_msg(d.pop("status_msg", UNSET))

        def _parse_local_ipaddrs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_ipaddrs = _parse_local_ipaddrs(d.pop("local_ipaddrs", UNSET))

        def _parse_ssh_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_host = _parse_ssh_host(d.pop("ssh_host", UNSET))

        def _parse_ssh_idx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_idx = _parse_ssh_idx(d.pop("ssh_idx", UNSET))

        def _parse_ssh_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ssh_port = _parse_ssh_port(d.pop("ssh_port", UNSET))

        def _parse_machine_dir_ssh_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        machine_dir_ssh_port = _parse_machine_dir_ssh_port(
            d.pop("machine_dir_ssh_port", UNSET)
        )

        def _parse_machine_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        machine_id = _parse_machine_id(d.pop("machine_id", UNSET))

        def _parse_bundle_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bundle_id = _parse_bundle_id(d.pop("bundle_id", UNSET))

        def _parse_start_date(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_uptime_mins(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        uptime_mins = _parse_uptime_mins(d.pop("uptime_mins", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_cpu_arch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_arch = _parse_cpu_arch(d.pop("cpu_arch", UNSET))

        def _parse_cpu_cores(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cpu_cores = _parse_cpu_cores(d.pop("cpu_cores", UNSET))

        def _parse_cpu_cores_effective(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_cores_effective = _parse_cpu_cores_effective(
            d.pop("cpu_cores_effective", UNSET)
        )

        def _parse_cpu_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_name = _parse_cpu_name(d.pop("cpu_name", UNSET))

        def _parse_cpu_ram(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cpu_ram = _parse_cpu_ram(d.pop("cpu_ram", UNSET))

        def _parse_cpu_util(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_util = _parse_cpu_util(d.pop("cpu_util", UNSET))

        def _parse_mem_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mem_limit = _parse_mem_limit(d.pop("mem_limit", UNSET))

        def _parse_mem_usage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mem_usage = _parse_mem_usage(d.pop("mem_usage", UNSET))

        def _parse_vmem_usage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vmem_usage = _parse_vmem_usage(d.pop("vmem_usage", UNSET))

        def _parse_gpu_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_name = _parse_gpu_name(d.pop("gpu_name", UNSET))

        def _parse_gpu_arch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_arch = _parse_gpu_arch(d.pop("gpu_arch", UNSET))

        def _parse_gpu_totalram(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gpu_totalram = _parse_gpu_totalram(d.pop("gpu_totalram", UNSET))

        def _parse_gpu_ram(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gpu_ram = _parse_gpu_ram(d.pop("gpu_ram", UNSET))

        def _parse_gpu_util(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_util = _parse_gpu_util(d.pop("gpu_util", UNSET))

        def _parse_gpu_temp(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_temp = _parse_gpu_temp(d.pop("gpu_temp", UNSET))

        def _parse_gpu_frac(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_frac = _parse_gpu_frac(d.pop("gpu_frac", UNSET))

        def _parse_gpu_lanes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gpu_lanes = _parse_gpu_lanes(d.pop("gpu_lanes", UNSET))

        def _parse_gpu_mem_bw(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_mem_bw = _parse_gpu_mem_bw(d.pop("gpu_mem_bw", UNSET))

        def _parse_bw_nvlink(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bw_nvlink = _parse_bw_nvlink(d.pop("bw_nvlink", UNSET))

        def _parse_disk_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disk_name = _parse_disk_name(d.pop("disk_name", UNSET))

        def _parse_disk_space(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        disk_space = _parse_disk_space(d.pop("disk_space", UNSET))

        def _parse_disk_bw(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        disk_bw = _parse_disk_bw(d.pop("disk_bw", UNSET))

        def _parse_disk_util(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        disk_util = _parse_disk_util(d.pop("disk_util", UNSET))

        def _parse_disk_usage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        disk_usage = _parse_disk_usage(d.pop("disk_usage", UNSET))

        def _parse_direct_port_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        direct_port_count = _parse_direct_port_count(d.pop("direct_port_count", UNSET))

        def _parse_direct_port_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        direct_port_start = _parse_direct_port_start(d.pop("direct_port_start", UNSET))

        def _parse_direct_port_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        direct_port_end = _parse_direct_port_end(d.pop("direct_port_end", UNSET))

        def _parse_ports(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ports_type_0 = cast(list[int], data)

                return ports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        ports = _parse_ports(d.pop("ports", UNSET))

        def _parse_static_ip(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        static_ip = _parse_static_ip(d.pop("static_ip", UNSET))

        def _parse_public_ipaddr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_ipaddr = _parse_public_ipaddr(d.pop("public_ipaddr", UNSET))

        def _parse_geolocation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        def _parse_verification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification = _parse_verification(d.pop("verification", UNSET))

        def _parse_rentable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rentable = _parse_rentable(d.pop("rentable", UNSET))

        def _parse_host_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        host_id = _parse_host_id(d.pop("host_id", UNSET))

        def _parse_hosting_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hosting_type = _parse_hosting_type(d.pop("hosting_type", UNSET))

        def _parse_min_bid(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_bid = _parse_min_bid(d.pop("min_bid", UNSET))

        def _parse_is_bid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_bid = _parse_is_bid(d.pop("is_bid", UNSET))

        def _parse_dph_base(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dph_base = _parse_dph_base(d.pop("dph_base", UNSET))

        def _parse_dph_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dph_total = _parse_dph_total(d.pop("dph_total", UNSET))

        def _parse_dlperf(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dlperf = _parse_dlperf(d.pop("dlperf", UNSET))

        def _parse_dlperf_per_dphtotal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dlperf_per_dphtotal = _parse_dlperf_per_dphtotal(
            d.pop("dlperf_per_dphtotal", UNSET)
        )

        def _parse_flops_per_dphtotal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        flops_per_dphtotal = _parse_flops_per_dphtotal(
            d.pop("flops_per_dphtotal", UNSET)
        )

        def _parse_total_flops(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_flops = _parse_total_flops(d.pop("total_flops", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_reliability2(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability2 = _parse_reliability2(d.pop("reliability2", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_mobo_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobo_name = _parse_mobo_name(d.pop("mobo_name", UNSET))

        def _parse_pci_gen(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pci_gen = _parse_pci_gen(d.pop("pci_gen", UNSET))

        def _parse_pcie_bw(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pcie_bw = _parse_pcie_bw(d.pop("pcie_bw", UNSET))

        def _parse_num_gpus(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_gpus = _parse_num_gpus(d.pop("num_gpus", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_webpage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webpage = _parse_webpage(d.pop("webpage", UNSET))

        def _parse_search(data: object) -> InstanceSearchType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                search_type_0 = InstanceSearchType0.from_dict(data)

                return search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstanceSearchType0 | None | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_instance(data: object) -> InstanceInstanceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instance_type_0 = InstanceInstanceType0.from_dict(data)

                return instance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstanceInstanceType0 | None | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_storage_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        storage_cost = _parse_storage_cost(d.pop("storage_cost", UNSET))

        def _parse_storage_total_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        storage_total_cost = _parse_storage_total_cost(
            d.pop("storage_total_cost", UNSET)
        )

        def _parse_vram_costperhour(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vram_costperhour = _parse_vram_costperhour(d.pop("vram_costperhour", UNSET))

        def _parse_credit_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_balance = _parse_credit_balance(d.pop("credit_balance", UNSET))

        def _parse_credit_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_discount = _parse_credit_discount(d.pop("credit_discount", UNSET))

        def _parse_credit_discount_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_discount_max = _parse_credit_discount_max(
            d.pop("credit_discount_max", UNSET)
        )

        def _parse_client_run_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        client_run_time = _parse_client_run_time(d.pop("client_run_time", UNSET))

        def _parse_host_run_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        host_run_time = _parse_host_run_time(d.pop("host_run_time", UNSET))

        def _parse_external(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        external = _parse_external(d.pop("external", UNSET))

        def _parse_time_remaining(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_remaining = _parse_time_remaining(d.pop("time_remaining", UNSET))

        def _parse_time_remaining_isbid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_remaining_isbid = _parse_time_remaining_isbid(
            d.pop("time_remaining_isbid", UNSET)
        )

        instance_model = cls(
            id=id,
            actual_status=actual_status,
            intended_status=intended_status,
            cur_state=cur_state,
            next_state=next_state,
            label=label,
            template_id=template_id,
            template_hash_id=template_hash_id,
            template_name=template_name,
            image_uuid=image_uuid,
            image_args=image_args,
            image_runtype=image_runtype,
            extra_env=extra_env,
            onstart=onstart,
            jupyter_token=jupyter_token,
            status_msg=status_msg,
            local_ipaddrs=local_ipaddrs,
            ssh_host=ssh_host,
            ssh_idx=ssh_idx,
            ssh_port=ssh_port,
            machine_dir_ssh_port=machine_dir_ssh_port,
            machine_id=machine_id,
            bundle_id=bundle_id,
            start_date=start_date,
            end_date=end_date,
            uptime_mins=uptime_mins,
            duration=duration,
            cpu_arch=cpu_arch,
            cpu_cores=cpu_cores,
            cpu_cores_effective=cpu_cores_effective,
            cpu_name=cpu_name,
            cpu_ram=cpu_ram,
            cpu_util=cpu_util,
            mem_limit=mem_limit,
            mem_usage=mem_usage,
            vmem_usage=vmem_usage,
            gpu_name=gpu_name,
            gpu_arch=gpu_arch,
            gpu_totalram=gpu_totalram,
            gpu_ram=gpu_ram,
            gpu_util=gpu_util,
            gpu_temp=gpu_temp,
            gpu_frac=gpu_frac,
            gpu_lanes=gpu_lanes,
            gpu_mem_bw=gpu_mem_bw,
            bw_nvlink=bw_nvlink,
            disk_name=disk_name,
            disk_space=disk_space,
            disk_bw=disk_bw,
            disk_util=disk_util,
            disk_usage=disk_usage,
            direct_port_count=direct_port_count,
            direct_port_start=direct_port_start,
            direct_port_end=direct_port_end,
            ports=ports,
            static_ip=static_ip,
            public_ipaddr=public_ipaddr,
            geolocation=geolocation,
            verification=verification,
            rentable=rentable,
            host_id=host_id,
            hosting_type=hosting_type,
            min_bid=min_bid,
            is_bid=is_bid,
            dph_base=dph_base,
            dph_total=dph_total,
            dlperf=dlperf,
            dlperf_per_dphtotal=dlperf_per_dphtotal,
            flops_per_dphtotal=flops_per_dphtotal,
            total_flops=total_flops,
            score=score,
            reliability2=reliability2,
            os_version=os_version,
            mobo_name=mobo_name,
            pci_gen=pci_gen,
            pcie_bw=pcie_bw,
            num_gpus=num_gpus,
            logo=logo,
            webpage=webpage,
            search=search,
            instance=instance,
            storage_cost=storage_cost,
            storage_total_cost=storage_total_cost,
            vram_costperhour=vram_costperhour,
            credit_balance=credit_balance,
            credit_discount=credit_discount,
            credit_discount_max=credit_discount_max,
            client_run_time=client_run_time,
            host_run_time=host_run_time,
            external=external,
            time_remaining=time_remaining,
            time_remaining_isbid=time_remaining_isbid,
        )

        instance_model.additional_properties = d
        return instance_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
