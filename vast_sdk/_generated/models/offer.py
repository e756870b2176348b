from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_instance_type_0 import OfferInstanceType0
    from ..models.offer_search_type_0 import OfferSearchType0


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """One rentable offer (GPUs on one machine) from search offers. Fields follow the spec's example response."""

    id: int | None | Unset = UNSET
    ask_contract_id: int | None | Unset = UNSET
    bundle_id: int | None | Unset = UNSET
    bundled_results: int | None | Unset = UNSET
    bw_nvlink: float | None | Unset = UNSET
    """ NVLink interconnect bandwidth in GB/s. Use when filtering for multi-GPU systems with high-speed NVLink. """
    compute_cap: int | None | Unset = UNSET
    """ CUDA compute capability x 100. Use 650 for compute capability 6.5 or 700 for 7.0.” """
    cpu_arch: None | str | Unset = UNSET
    """ Host machine CPU architecture (Default is amd64) """
    cpu_cores: int | None | Unset = UNSET
    """ Number of virtual CPUs """
    cpu_cores_effective: float | None | Unset = UNSET
    cpu_ghz: float | None | Unset = UNSET
    """ CPU clock speed in GHz """
    cpu_name: None | str | Unset = UNSET
    cpu_ram: float | None | Unset = UNSET
    """ CPU RAM in MB """
    credit_discount_max: float | None | Unset = UNSET
    cuda_max_good: float | None | Unset = UNSET
    """ Maximum supported CUDA version """
    direct_port_count: int | None | Unset = UNSET
    """ Number of direct ports """
    disk_bw: float | None | Unset = UNSET
    """ Disk read bandwidth in MB/s """
    disk_name: None | str | Unset = UNSET
    disk_space: float | None | Unset = UNSET
    dlperf: float | None | Unset = UNSET
    """ Deep Learning performance score """
    dlperf_per_dphtotal: float | None | Unset = UNSET
    """ DLPerf per dollar per hour """
    dph_base: float | None | Unset = UNSET
    dph_total: float | None | Unset = UNSET
    driver_version: None | str | Unset = UNSET
    """ NVIDIA driver version in the format "XXX.XX.XX """
    driver_vers: int | None | Unset = UNSET
    duration: float | None | Unset = UNSET
    """ Minimum required rental duration in seconds (the offer must be available for at least this long from now).
    """
    end_date: float | None | Unset = UNSET
    external: bool | None | Unset = UNSET
    flops_per_dphtotal: float | None | Unset = UNSET
    geolocation: None | str | Unset = UNSET
    """ Machine location (two letter country code) """
    geolocode: int | None | Unset = UNSET
    gpu_arch: None | str | Unset = UNSET
    """ Host machine GPU architecture (e.g. nvidia, amd) """
    gpu_display_active: bool | None | Unset = UNSET
    gpu_frac: float | None | Unset = UNSET
    """ Fraction of the total GPU resources being offered """
    gpu_ids: list[int] | None | Unset = UNSET
    gpu_lanes: int | None | Unset = UNSET
    gpu_mem_bw: float | None | Unset = UNSET
    """ GPU memory bandwidth in GB/s """
    gpu_name: None | str | Unset = UNSET
    """ GPU model name """
    gpu_ram: float | None | Unset = UNSET
    """ GPU memory in MB """
    gpu_total_ram: float | None | Unset = UNSET
    """ Total GPU RAM across all GPUs in MB """
    gpu_max_power: float | None | Unset = UNSET
    """ GPU power limit in watts """
    gpu_max_temp: float | None | Unset = UNSET
    """ GPU temperature limit in Celsius """
    has_avx: int | None | Unset = UNSET
    host_id: int | None | Unset = UNSET
    hosting_type: int | None | Unset = UNSET
    hostname: None | str | Unset = UNSET
    inet_down: float | None | Unset = UNSET
    """ Download bandwidth (MB/s) """
    inet_down_cost: float | None | Unset = UNSET
    inet_up: float | None | Unset = UNSET
    """ Upload bandwidth (MB/s) """
    inet_up_cost: float | None | Unset = UNSET
    is_bid: bool | None | Unset = UNSET
    logo: None | str | Unset = UNSET
    machine_id: int | None | Unset = UNSET
    """ Filter by specific host machine ID """
    min_bid: float | None | Unset = UNSET
    mobo_name: None | str | Unset = UNSET
    num_gpus: int | None | Unset = UNSET
    """ Number of GPUs """
    os_version: None | str | Unset = UNSET
    """ Host machine Ubuntu OS version """
    pci_gen: float | None | Unset = UNSET
    """ PCIe generation """
    pcie_bw: float | None | Unset = UNSET
    public_ipaddr: None | str | Unset = UNSET
    reliability: float | None | Unset = UNSET
    """ Machine reliability score (Any decimal number between 0-1) """
    reliability_mult: float | None | Unset = UNSET
    rentable: bool | None | Unset = UNSET
    """ Whether machine is rentable """
    rented: bool | None | Unset = UNSET
    """ Current rental status """
    score: float | None | Unset = UNSET
    start_date: float | None | Unset = UNSET
    static_ip: bool | None | Unset = UNSET
    """ Whether the IP address is static/stable """
    storage_cost: float | None | Unset = UNSET
    """ Storage cost in $/GB/month """
    storage_total_cost: float | None | Unset = UNSET
    total_flops: float | None | Unset = UNSET
    """ Total theoretical GPU compute performance (TFLOPs) across all GPUs. """
    verification: None | str | Unset = UNSET
    vericode: int | None | Unset = UNSET
    vram_costperhour: float | None | Unset = UNSET
    webpage: None | str | Unset = UNSET
    vms_enabled: bool | None | Unset = UNSET
    expected_reliability: float | None | Unset = UNSET
    is_vm_deverified: bool | None | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    cluster_id: int | None | Unset = UNSET
    avail_vol_ask_id: float | None | Unset = UNSET
    avail_vol_dph: float | None | Unset = UNSET
    avail_vol_size: float | None | Unset = UNSET
    nw_disk_min_bw: float | None | Unset = UNSET
    nw_disk_max_bw: float | None | Unset = UNSET
    nw_disk_avg_bw: float | None | Unset = UNSET
    rn: int | None | Unset = UNSET
    dph_total_adj: float | None | Unset = UNSET
    reliability2: float | None | Unset = UNSET
    discount_rate: float | None | Unset = UNSET
    discounted_hourly: float | None | Unset = UNSET
    discounted_dph_total: float | None | Unset = UNSET
    search: None | OfferSearchType0 | Unset = UNSET
    instance: None | OfferInstanceType0 | Unset = UNSET
    time_remaining: None | str | Unset = UNSET
    time_remaining_isbid: None | str | Unset = UNSET
    internet_up_cost_per_tb: float | None | Unset = UNSET
    internet_down_cost_per_tb: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.offer_instance_type_0 import OfferInstanceType0
        from ..models.offer_search_type_0 import OfferSearchType0

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        ask_contract_id: int | None | Unset
        if isinstance(self.ask_contract_id, Unset):
            ask_contract_id = UNSET
        else:
            ask_contract_id = self.ask_contract_id

        bundle_id: int | None | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

        bundled_results: int | None | Unset
        if isinstance(self.bundled_results, Unset):
            bundled_results = UNSET
        else:
            bundled_results = self.bundled_results

        bw_nvlink: float | None | Unset
        if isinstance(self.bw_nvlink, Unset):
            bw_nvlink = UNSET
        else:
            bw_nvlink = self.bw_nvlink

        compute_cap: int | None | Unset
        if isinstance(self.compute_cap, Unset):
            compute_cap = UNSET
        else:
            compute_cap = self.compute_cap

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

        cpu_ghz: float | None | Unset
        if isinstance(self.cpu_ghz, Unset):
            cpu_ghz = UNSET
        else:
            cpu_ghz = self.cpu_ghz

        cpu_name: None | str | Unset
        if isinstance(self.cpu_name, Unset):
            cpu_name = UNSET
        else:
            cpu_name = self.cpu_name

        cpu_ram: float | None | Unset
        if isinstance(self.cpu_ram, Unset):
            cpu_ram = UNSET
        else:
            cpu_ram = self.cpu_ram

        credit_discount_max: float | None | Unset
        if isinstance(self.credit_discount_max, Unset):
            credit_discount_max = UNSET
        else:
            credit_discount_max = self.credit_discount_max

        cuda_max_good: float | None | Unset
        if isinstance(self.cuda_max_good, Unset):
            cuda_max_good = UNSET
        else:
            cuda_max_good = self.cuda_max_good

        direct_port_count: int | None | Unset
        if isinstance(self.direct_port_count, Unset):
            direct_port_count = UNSET
        else:
            direct_port_count = self.direct_port_count

        disk_bw: float | None | Unset
        if isinstance(self.disk_bw, Unset):
            disk_bw = UNSET
        else:
            disk_bw = self.disk_bw

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

        driver_version: None | str | Unset
        if isinstance(self.driver_version, Unset):
            driver_version = UNSET
        else:
            driver_version = self.driver_version

        driver_vers: int | None | Unset
        if isinstance(self.driver_vers, Unset):
            driver_vers = UNSET
        else:
            driver_vers = self.driver_vers

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        end_date: float | None | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        external: bool | None | Unset
        if isinstance(self.external, Unset):
            external = UNSET
        else:
            external = self.external

        flops_per_dphtotal: float | None | Unset
        if isinstance(self.flops_per_dphtotal, Unset):
            flops_per_dphtotal = UNSET
        else:
            flops_per_dphtotal = self.flops_per_dphtotal

        geolocation: None | str | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        else:
            geolocation = self.geolocation

        geolocode: int | None | Unset
        if isinstance(self.geolocode, Unset):
            geolocode = UNSET
        else:
            geolocode = self.geolocode

        gpu_arch: None | str | Unset
        if isinstance(self.gpu_arch, Unset):
            gpu_arch = UNSET
        else:
            gpu_arch = self.gpu_arch

        gpu_display_active: bool | None | Unset
        if isinstance(self.gpu_display_active, Unset):
            gpu_display_active = UNSET
        else:
            gpu_display_active = self.gpu_display_active

        gpu_frac: float | None | Unset
        if isinstance(self.gpu_frac, Unset):
            gpu_frac = UNSET
        else:
            gpu_frac = self.gpu_frac

        gpu_ids: list[int] | None | Unset
        if isinstance(self.gpu_ids, Unset):
            gpu_ids = UNSET
        elif isinstance(self.gpu_ids, list):
            gpu_ids = self.gpu_ids

        else:
            gpu_ids = self.gpu_ids

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

        gpu_name: None | str | Unset
        if isinstance(self.gpu_name, Unset):
            gpu_name = UNSET
        else:
            gpu_name = self.gpu_name

        gpu_ram: float | None | Unset
        if isinstance(self.gpu_ram, Unset):
            gpu_ram = UNSET
        else:
            gpu_ram = self.gpu_ram

        gpu_total_ram: float | None | Unset
        if isinstance(self.gpu_total_ram, Unset):
            gpu_total_ram = UNSET
        else:
            gpu_total_ram = self.gpu_total_ram

        gpu_max_power: float | None | Unset
        if isinstance(self.gpu_max_power, Unset):
            gpu_max_power = UNSET
        else:
            gpu_max_power = self.gpu_max_power

        gpu_max_temp: float | None | Unset
        if isinstance(self.gpu_max_temp, Unset):
            gpu_max_temp = UNSET
        else:
            gpu_max_temp = self.gpu_max_temp

        has_avx: int | None | Unset
        if isinstance(self.has_avx, Unset):
            has_avx = UNSET
        else:
            has_avx = self.has_avx

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

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        inet_down: float | None | Unset
        if isinstance(self.inet_down, Unset):
            inet_down = UNSET
        else:
            inet_down = self.inet_down

        inet_down_cost: float | None | Unset
        if isinstance(self.inet_down_cost, Unset):
            inet_down_cost = UNSET
        else:
            inet_down_cost = self.inet_down_cost

        inet_up: float | None | Unset
        if isinstance(self.inet_up, Unset):
            inet_up = UNSET
        else:
            inet_up = self.inet_up

        inet_up_cost: float | None | Unset
        if isinstance(self.inet_up_cost, Unset):
            inet_up_cost = UNSET
        else:
            inet_up_cost = self.inet_up_cost

        is_bid: bool | None | Unset
        if isinstance(self.is_bid, Unset):
            is_bid = UNSET
        else:
            is_bid = self.is_bid

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        machine_id: int | None | Unset
        if isinstance(self.machine_id, Unset):
            machine_id = UNSET
        else:
            machine_id = self.machine_id

        min_bid: float | None | Unset
        if isinstance(self.min_bid, Unset):
            min_bid = UNSET
        else:
            min_bid = self.min_bid

        mobo_name: None | str | Unset
        if isinstance(self.mobo_name, Unset):
            mobo_name = UNSET
        else:
            mobo_name = self.mobo_name

        num_gpus: int | None | Unset
        if isinstance(self.num_gpus, Unset):
            num_gpus = UNSET
        else:
            num_gpus = self.num_gpus

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

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

        public_ipaddr: None | str | Unset
        if isinstance(self.public_ipaddr, Unset):
            public_ipaddr = UNSET
        else:
            public_ipaddr = self.public_ipaddr

        reliability: float | None | Unset
        if isinstance(self.reliability, Unset):
            reliability = UNSET
        else:
            reliability = self.reliability

        reliability_mult: float | None | Unset
        if isinstance(self.reliability_mult, Unset):
            reliability_mult = UNSET
        else:
            reliability_mult = self.reliability_mult

        rentable: bool | None | Unset
        if isinstance(self.rentable, Unset):
            rentable = UNSET
        else:
            rentable = self.rentable

        rented: bool | None | Unset
        if isinstance(self.rented, Unset):
            rented = UNSET
        else:
            rented = self.rented

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        start_date: float | None | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        static_ip: bool | None | Unset
        if isinstance(self.static_ip, Unset):
            static_ip = UNSET
        else:
            static_ip = self.static_ip

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

        total_flops: float | None | Unset
        if isinstance(self.total_flops, Unset):
            total_flops = UNSET
        else:
            total_flops = self.total_flops

        verification: None | str | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        else:
            verification = self.verification

        vericode: int | None | Unset
        if isinstance(self.vericode, Unset):
            vericode = UNSET
        else:
            vericode = self.vericode

        vram_costperhour: float | None | Unset
        if isinstance(self.vram_costperhour, Unset):
            vram_costperhour = UNSET
        else:
            vram_costperhour = self.vram_costperhour

        webpage: None | str | Unset
        if isinstance(self.webpage, Unset):
            webpage = UNSET
        else:
            webpage = self.webpage

        vms_enabled: bool | None | Unset
        if isinstance(self.vms_enabled, Unset):
            vms_enabled = UNSET
        else:
            vms_enabled = self.vms_enabled

        expected_reliability: float | None | Unset
        if isinstance(self.expected_reliability, Unset):
            expected_reliability = UNSET
        else:
            expected_reliability = self.expected_reliability

        is_vm_deverified: bool | None | Unset
        if isinstance(self.is_vm_deverified, Unset):
            is_vm_deverified = UNSET
        else:
            is_vm_deverified = self.is_vm_deverified

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        cluster_id: int | None | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        avail_vol_ask_id: float | None | Unset
        if isinstance(self.avail_vol_ask_id, Unset):
            avail_vol_ask_id = UNSET
        else:
            avail_vol_ask_id = self.avail_vol_ask_id

        avail_vol_dph: float | None | Unset
        if isinstance(self.avail_vol_dph, Unset):
            avail_vol_dph = UNSET
        else:
            avail_vol_dph = self.avail_vol_dph

        avail_vol_size: float | None | Unset
        if isinstance(self.avail_vol_size, Unset):
            avail_vol_size = UNSET
        else:
            avail_vol_size = self.avail_vol_size

        nw_disk_min_bw: float | None | Unset
        if isinstance(self.nw_disk_min_bw, Unset):
            nw_disk_min_bw = UNSET
        else:
            nw_disk_min_bw = self.nw_disk_min_bw

        nw_disk_max_bw: float | None | Unset
        if isinstance(self.nw_disk_max_bw, Unset):
            nw_disk_max_bw = UNSET
        else:
            nw_disk_max_bw = self.nw_disk_max_bw

        nw_disk_avg_bw: float | None | Unset
        if isinstance(self.nw_disk_avg_bw, Unset):
            nw_disk_avg_bw = UNSET
        else:
            nw_disk_avg_bw = self.nw_disk_avg_bw

        rn: int | None | Unset
        if isinstance(self.rn, Unset):
            rn = UNSET
        else:
            rn = self.rn

        dph_total_adj: float | None | Unset
        if isinstance(self.dph_total_adj, Unset):
            dph_total_adj = UNSET
        else:
            dph_total_adj = self.dph_total_adj

        reliability2: float | None | Unset
        if isinstance(self.reliability2, Unset):
            reliability2 = UNSET
        else:
            reliability2 = self.reliability2

        discount_rate: float | None | Unset
        if isinstance(self.discount_rate, Unset):
            discount_rate = UNSET
        else:
            discount_rate = self.discount_rate

        discounted_hourly: float | None | Unset
        if isinstance(self.discounted_hourly, Unset):
            discounted_hourly = UNSET
        else:
            discounted_hourly = self.discounted_hourly

        discounted_dph_total: float | None | Unset
        if isinstance(self.discounted_dph_total, Unset):
            discounted_dph_total = UNSET
        else:
            discounted_dph_total = self.discounted_dph_total

        search: dict[str, Any] | None | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        elif isinstance(self.search, OfferSearchType0):
            search = self.search.to_dict()
        else:
            search = self.search

        instance: dict[str, Any] | None | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        elif isinstance(self.instance, OfferInstanceType0):
            instance = self.instance.to_dict()
        else:
            instance = self.instance

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

        internet_up_cost_per_tb: float | None | Unset
        if isinstance(self.internet_up_cost_per_tb, Unset):
            internet_up_cost_per_tb = UNSET
        else:
            internet_up_cost_per_tb = self.internet_up_cost_per_tb

        internet_down_cost_per_tb: float | None | Unset
        if isinstance(self.internet_down_cost_per_tb, Unset):
            internet_down_cost_per_tb = UNSET
        else:
            internet_down_cost_per_tb = self.internet_down_cost_per_tb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ask_contract_id is not UNSET:
            field_dict["ask_contract_id"] = ask_contract_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if bundled_results is not UNSET:
            field_dict["bundled_results"] = bundled_results
        if bw_nvlink is not UNSET:
            field_dict["bw_nvlink"] = bw_nvlink
        if compute_cap is not UNSET:
            field_dict["compute_cap"] = compute_cap
        if cpu_arch is not UNSET:
            field_dict["cpu_arch"] = cpu_arch
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if cpu_cores_effective is not UNSET:
            field_dict["cpu_cores_effective"] = cpu_cores_effective
        if cpu_ghz is not UNSET:
            field_dict["cpu_ghz"] = cpu_ghz
        if cpu_name is not UNSET:
            field_dict["cpu_name"] = cpu_name
        if cpu_ram is not UNSET:
            field_dict["cpu_ram"] = cpu_ram
        if credit_discount_max is not UNSET:
            field_dict["credit_discount_max"] = credit_discount_max
        if cuda_max_good is not UNSET:
            field_dict["cuda_max_good"] = cuda_max_good
        if direct_port_count is not UNSET:
            field_dict["direct_port_count"] = direct_port_count
        if disk_bw is not UNSET:
            field_dict["disk_bw"] = disk_bw
        if disk_name is not UNSET:
            field_dict["disk_name"] = disk_name
        if disk_space is not UNSET:
            field_dict["disk_space"] = disk_space
        if dlperf is not UNSET:
            field_dict["dlperf"] = dlperf
        if dlperf_per_dphtotal is not UNSET:
            field_dict["dlperf_per_dphtotal"] = dlperf_per_dphtotal
        if dph_base is not UNSET:
            field_dict["dph_base"] = dph_base
        if dph_total is not UNSET:
            field_dict["dph_total"] = dph_total
        if driver_version is not UNSET:
            field_dict["driver_version"] = driver_version
        if driver_vers is not UNSET:
            field_dict["driver_vers"] = driver_vers
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if external is not UNSET:
            field_dict["external"] = external
        if flops_per_dphtotal is not UNSET:
            field_dict["flops_per_dphtotal"] = flops_per_dphtotal
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if geolocode is not UNSET:
            field_dict["geolocode"] = geolocode
        if gpu_arch is not UNSET:
            field_dict["gpu_arch"] = gpu_arch
        if gpu_display_active is not UNSET:
            field_dict["gpu_display_active"] = gpu_display_active
        if gpu_frac is not UNSET:
            field_dict["gpu_frac"] = gpu_frac
        if gpu_ids is not UNSET:
            field_dict["gpu_ids"] = gpu_ids
        if gpu_lanes is not UNSET:
            field_dict["gpu_lanes"] = gpu_lanes
        if gpu_mem_bw is not UNSET:
            field_dict["gpu_mem_bw"] = gpu_mem_bw
        if gpu_name is not UNSET:
            field_dict["gpu_name"] = gpu_name
        if gpu_ram is not UNSET:
            field_dict["gpu_ram"] = gpu_ram
        if gpu_total_ram is not UNSET:
            field_dict["gpu_total_ram"] = gpu_total_ram
        if gpu_max_power is not UNSET:
            field_dict["gpu_max_power"] = gpu_max_power
        if gpu_max_temp is not UNSET:
            field_dict["gpu_max_temp"] = gpu_max_temp
        if has_avx is not UNSET:
            field_dict["has_avx"] = has_avx
        if host_id is not UNSET:
            field_dict["host_id"] = host_id
        if hosting_type is not UNSET:
            field_dict["hosting_type"] = hosting_type
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if inet_down is not UNSET:
            field_dict["inet_down"] = inet_down
        if inet_down_cost is not UNSET:
            field_dict["inet_down_cost"] = inet_down_cost
        if inet_up is not UNSET:
            field_dict["inet_up"] = inet_up
        if inet_up_cost is not UNSET:
            field_dict["inet_up_cost"] = inet_up_cost
        if is_bid is not UNSET:
            field_dict["is_bid"] = is_bid
        if logo is not UNSET:
            field_dict["logo"] = logo
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if min_bid is not UNSET:
            field_dict["min_bid"] = min_bid
        if mobo_name is not UNSET:
            field_dict["mobo_name"] = mobo_name
        if num_gpus is not UNSET:
            field_dict["num_gpus"] = num_gpus
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if pci_gen is not UNSET:
            field_dict["pci_gen"] = pci_gen
        if pcie_bw is not UNSET:
            field_dict["pcie_bw"] = pcie_bw
        if public_ipaddr is not UNSET:
            field_dict["public_ipaddr"] = public_ipaddr
        if reliability is not UNSET:
            field_dict["reliability"] = reliability
        if reliability_mult is not UNSET:
            field_dict["reliability_mult"] = reliability_mult
        if rentable is not UNSET:
            field_dict["rentable"] = rentable
        if rented is not UNSET:
            field_dict["rented"] = rented
        if score is not UNSET:
            field_dict["score"] = score
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if static_ip is not UNSET:
            field_dict["static_ip"] = static_ip
        if storage_cost is not UNSET:
            field_dict["storage_cost"] = storage_cost
        if storage_total_cost is not UNSET:
            field_dict["storage_total_cost"] = storage_total_cost
        if total_flops is not UNSET:
            field_dict["total_flops"] = total_flops
        if verification is not UNSET:
            field_dict["verification"] = verification
        if vericode is not UNSET:
            field_dict["vericode"] = vericode
        if vram_costperhour is not UNSET:
            field_dict["vram_costperhour"] = vram_costperhour
        if webpage is not UNSET:
            field_dict["webpage"] = webpage
        if vms_enabled is not UNSET:
            field_dict["vms_enabled"] = vms_enabled
        if expected_reliability is not UNSET:
            field_dict["expected_reliability"] = expected_reliability
        if is_vm_deverified is not UNSET:
            field_dict["is_vm_deverified"] = is_vm_deverified
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if avail_vol_ask_id is not UNSET:
            field_dict["avail_vol_ask_id"] = avail_vol_ask_id
        if avail_vol_dph is not UNSET:
            field_dict["avail_vol_dph"] = avail_vol_dph
        if avail_vol_size is not UNSET:
            field_dict["avail_vol_size"] = avail_vol_size
        if nw_disk_min_bw is not UNSET:
            field_dict["nw_disk_min_bw"] = nw_disk_min_bw
        if nw_disk_max_bw is not UNSET:
            field_dict["nw_disk_max_bw"] = nw_disk_max_bw
        if nw_disk_avg_bw is not UNSET:
            field_dict["nw_disk_avg_bw"] = nw_disk_avg_bw
        if rn is not UNSET:
            field_dict["rn"] = rn
        if dph_total_adj is not UNSET:
            field_dict["dph_total_adj"] = dph_total_adj
        if reliability2 is not UNSET:
            field_dict["reliability2"] = reliability2
        if discount_rate is not UNSET:
            field_dict["discount_rate"] = discount_rate
        if discounted_hourly is not UNSET:
            field_dict["discounted_hourly"] = discounted_hourly
        if discounted_dph_total is not UNSET:
            field_dict["discounted_dph_total"] = discounted_dph_total
        if search is not UNSET:
            field_dict["search"] = search
        if instance is not UNSET:
            field_dict["instance"] = instance
        if time_remaining is not UNSET:
            field_dict["time_remaining"] = time_remaining
        if time_remaining_isbid is not UNSET:
            field_dict["time_remaining_isbid"] = time_remaining_isbid
        if internet_up_cost_per_tb is not UNSET:
            field_dict["internet_up_cost_per_tb"] = internet_up_cost_per_tb
        if internet_down_cost_per_tb is not UNSET:
            field_dict["internet_down_cost_per_tb"] = internet_down_cost_per_tb

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.offer_instance_type_0 import OfferInstanceType0
        from ..models.offer_search_type_0 import OfferSearchType0

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_ask_contract_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ask_contract_id = _parse_ask_contract_id(d.pop("ask_contract_id", UNSET))

        def _parse_bundle_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bundle_id = _parse_bundle_id(d.pop("bundle_id", UNSET))

        def _parse_bundled_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bundled_results = _parse_bundled_results(d.pop("bundled_results", UNSET))

        def _parse_bw_nvlink(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bw_nvlink = _parse_bw_nvlink(d.pop("bw_nvlink", UNSET))

        def _parse_compute_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        compute_cap = _parse_compute_cap(d.pop("compute_cap", UNSET))

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

        def _parse_cpu_ghz(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_ghz = _parse_cpu_ghz(d.pop("cpu_ghz", UNSET))

        def _parse_cpu_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_name = _parse_cpu_name(d.pop("cpu_name", UNSET))

        def _parse_cpu_ram(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_ram = _parse_cpu_ram(d.pop("cpu_ram", UNSET))

        def _parse_credit_discount_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_discount_max = _parse_credit_discount_max(
            d.pop("credit_discount_max", UNSET)
        )

        def _parse_cuda_max_good(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cuda_max_good = _parse_cuda_max_good(d.pop("cuda_max_good", UNSET))

        def _parse_direct_port_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        direct_port_count = _parse_direct_port_count(d.pop("direct_port_count", UNSET))

        def _parse_disk_bw(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        disk_bw = _parse_disk_bw(d.pop("disk_bw", UNSET))

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

        def _parse_driver_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver_version = _parse_driver_version(d.pop("driver_version", UNSET))

        def _parse_driver_vers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        driver_vers = _parse_driver_vers(d.pop("driver_vers", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_end_date(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_external(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        external = _parse_external(d.pop("external", UNSET))

        def _parse_flops_per_dphtotal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        flops_per_dphtotal = _parse_flops_per_dphtotal(
            d.pop("flops_per_dphtotal", UNSET)
        )

        def _parse_geolocation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        def _parse_geolocode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        geolocode = _parse_geolocode(d.pop("geolocode", UNSET))

        def _parse_gpu_arch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_arch = _parse_gpu_arch(d.pop("gpu_arch", UNSET))

        def _parse_gpu_display_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gpu_display_active = _parse_gpu_display_active(
            d.pop("gpu_display_active", UNSET)
        )

        def _parse_gpu_frac(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_frac = _parse_gpu_frac(d.pop("gpu_frac", UNSET))

        def _parse_gpu_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                gpu_ids_type_0 = cast(list[int], data)

                return gpu_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        gpu_ids = _parse_gpu_ids(d.pop("gpu_ids", UNSET))

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

        def _parse_gpu_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_name = _parse_gpu_name(d.pop("gpu_name", UNSET))

        def _parse_gpu_ram(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_ram = _parse_gpu_ram(d.pop("gpu_ram", UNSET))

        def _parse_gpu_total_ram(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_total_ram = _parse_gpu_total_ram(d.pop("gpu_total_ram", UNSET))

        def _parse_gpu_max_power(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_max_power = _parse_gpu_max_power(d.pop("gpu_max_power", UNSET))

        def _parse_gpu_max_temp(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_max_temp = _parse_gpu_max_temp(d.pop("gpu_max_temp", UNSET))

        def _parse_has_avx(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        has_avx = _parse_has_avx(d.pop("has_avx", UNSET))

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

        def _parse_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hostname = _parse_hostname(d.pop("hostname", UNSET))

        def _parse_inet_down(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_down = _parse_inet_down(d.pop("inet_down", UNSET))

        def _parse_inet_down_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_down_cost = _parse_inet_down_cost(d.pop("inet_down_cost", UNSET))

        def _parse_inet_up(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_up = _parse_inet_up(d.pop("inet_up", UNSET))

        def _parse_inet_up_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_up_cost = _parse_inet_up_cost(d.pop("inet_up_cost", UNSET))

        def _parse_is_bid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_bid = _parse_is_bid(d.pop("is_bid", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_machine_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        machine_id = _parse_machine_id(d.pop("machine_id", UNSET))

        def _parse_min_bid(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_bid = _parse_min_bid(d.pop("min_bid", UNSET))

        def _parse_mobo_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobo_name = _parse_mobo_name(d.pop("mobo_name", UNSET))

        def _parse_num_gpus(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_gpus = _parse_num_gpus(d.pop("num_gpus", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

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

        def _parse_public_ipaddr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_ipaddr = _parse_public_ipaddr(d.pop("public_ipaddr", UNSET))

        def _parse_reliability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability = _parse_reliability(d.pop("reliability", UNSET))

        def _parse_reliability_mult(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability_mult = _parse_reliability_mult(d.pop("reliability_mult", UNSET))

        def _parse_rentable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rentable = _parse_rentable(d.pop("rentable", UNSET))

        def _parse_rented(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rented = _parse_rented(d.pop("rented", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_start_date(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_static_ip(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        static_ip = _parse_static_ip(d.pop("static_ip", UNSET))

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

        def _parse_total_flops(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_flops = _parse_total_flops(d.pop("total_flops", UNSET))

        def _parse_verification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification = _parse_verification(d.pop("verification", UNSET))

        def _parse_vericode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vericode = _parse_vericode(d.pop("vericode", UNSET))

        def _parse_vram_costperhour(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vram_costperhour = _parse_vram_costperhour(d.pop("vram_costperhour", UNSET))

        def _parse_webpage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webpage = _parse_webpage(d.pop("webpage", UNSET))

        def _parse_vms_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        vms_enabled = _parse_vms_enabled(d.pop("vms_enabled", UNSET))

        def _parse_expected_reliability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        expected_reliability = _parse_expected_reliability(
            d.pop("expected_reliability", UNSET)
        )

        def _parse_is_vm_deverified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_vm_deverified = _parse_is_vm_deverified(d.pop("is_vm_deverified", UNSET))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_cluster_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        def _parse_avail_vol_ask_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avail_vol_ask_id = _parse_avail_vol_ask_id(d.pop("avail_vol_ask_id", UNSET))

        def _parse_avail_vol_dph(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avail_vol_dph = _parse_avail_vol_dph(d.pop("avail_vol_dph", UNSET))

        def _parse_avail_vol_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avail_vol_size = _parse_avail_vol_size(d.pop("avail_vol_size", UNSET))

        def _parse_nw_disk_min_bw(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        nw_disk_min_bw = _parse_nw_disk_min_bw(d.pop("nw_disk_min_bw", UNSET))

        def _parse_nw_disk_max_bw(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        nw_disk_max_bw = _parse_nw_disk_max_bw(d.pop("nw_disk_max_bw", UNSET))

        def _parse_nw_disk_avg_bw(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        nw_disk_avg_bw = _parse_nw_disk_avg_bw(d.pop("nw_disk_avg_bw", UNSET))

        def _parse_rn(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rn = _parse_rn(d.pop("rn", UNSET))

        def _parse_dph_total_adj(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dph_total_adj = _parse_dph_total_adj(d.pop("dph_total_adj", UNSET))

        def _parse_reliability2(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability2 = _parse_reliability2(d.pop("reliability2", UNSET))

        def _parse_discount_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_rate = _parse_discount_rate(d.pop("discount_rate", UNSET))

        def _parse_discounted_hourly(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discounted_hourly = _parse_discounted_hourly(d.pop("discounted_hourly", UNSET))

        def _parse_discounted_dph_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discounted_dph_total = _parse_discounted_dph_total(
            d.pop("discounted_dph_total", UNSET)
        )

        def _parse_search(data: object) -> None | OfferSearchType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                search_type_0 = OfferSearchType0.from_dict(data)

                return search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferSearchType0 | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_instance(data: object) -> None | OfferInstanceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instance_type_0 = OfferInstanceType0.from_dict(data)

                return instance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferInstanceType0 | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

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

        def _parse_internet_up_cost_per_tb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        internet_up_cost_per_tb = _parse_internet_up_cost_per_tb(
            d.pop("internet_up_cost_per_tb", UNSET)
        )

        def _parse_internet_down_cost_per_tb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        internet_down_cost_per_tb = _parse_internet_down_cost_per_tb(
            d.pop("internet_down_cost_per_tb", UNSET)
        )

        offer = cls(
            id=id,
            ask_contract_id=ask_contract_id,
            bundle_id=bundle_id,
            bundled_results=bundled_results,
            bw_nvlink=bw_nvlink,
            compute_cap=compute_cap,
            cpu_arch=cpu_arch,
            cpu_cores=cpu_cores,
            cpu_cores_effective=cpu_cores_effective,
            cpu_ghz=cpu_ghz,
            cpu_name=cpu_name,
            cpu_ram=cpu_ram,
            credit_discount_max=credit_discount_max,
            cuda_max_good=cuda_max_good,
            direct_port_count=direct_port_count,
            disk_bw=disk_bw,
            disk_name=disk_name,
            disk_space=disk_space,
            dlperf=dlperf,
            dlperf_per_dphtotal=dlperf_per_dphtotal,
            dph_base=dph_base,
            dph_total=dph_total,
            driver_version=driver_version,
            driver_vers=driver_vers,
            duration=duration,
            end_date=end_date,
            external=external,
            flops_per_dphtotal=flops_per_dphtotal,
            geolocation=geolocation,
            geolocode=geolocode,
            gpu_arch=gpu_arch,
            gpu_display_active=gpu_display_active,
            gpu_frac=gpu_frac,
            gpu_ids=gpu_ids,
            gpu_lanes=gpu_lanes,
            gpu_mem_bw=gpu_mem_bw,
            gpu_name=gpu_name,
            gpu_ram=gpu_ram,
            gpu_total_ram=gpu_total_ram,
            gpu_max_power=gpu_max_power,
            gpu_max_temp=gpu_max_temp,
            has_avx=has_avx,
            host_id=host_id,
            hosting_type=hosting_type,
            hostname=hostname,
            inet_down=inet_down,
            inet_down_cost=inet_down_cost,
            inet_up=inet_up,
            inet_up_cost=inet_up_cost,
            is_bid=is_bid,
            logo=logo,
            machine_id=machine_id,
            min_bid=min_bid,
            mobo_name=mobo_name,
            num_gpus=num_gpus,
            os_version=os_version,
            pci_gen=pci_gen,
            pcie_bw=pcie_bw,
            public_ipaddr=public_ipaddr,
            reliability=reliability,
            reliability_mult=reliability_mult,
            rentable=rentable,
            rented=rented,
            score=score,
            start_date=start_date,
            static_ip=static_ip,
            storage_cost=storage_cost,
            storage_total_cost=storage_total_cost,
            total_flops=total_flops,
            verification=verification,
            vericode=vericode,
            vram_costperhour=vram_costperhour,
            webpage=webpage,
            vms_enabled=vms_enabled,
            expected_reliability=expected_reliability,
            is_vm_deverified=is_vm_deverified,
            resource_type=resource_type,
            cluster_id=cluster_id,
            avail_vol_ask_id=avail_vol_ask_id,
            avail_vol_dph=avail_vol_dph,
            avail_vol_size=avail_vol_size,
            nw_disk_min_bw=nw_disk_min_bw,
            nw_disk_max_bw=nw_disk_max_bw,
            nw_disk_avg_bw=nw_disk_avg_bw,
            rn=rn,
            dph_total_adj=dph_total_adj,
            reliability2=reliability2,
            discount_rate=discount_rate,
            discounted_hourly=discounted_hourly,
            discounted_dph_total=discounted_dph_total,
            search=search,
            instance=instance,
            time_remaining=time_remaining,
            time_remaining_isbid=time_remaining_isbid,
            internet_up_cost_per_tb=internet_up_cost_per_tb,
            internet_down_cost_per_tb=internet_down_cost_per_tb,
        )

        offer.additional_properties = d
        return offer

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
