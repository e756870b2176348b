from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_offers_body_type import (
    SearchOffersBodyType,
    check_search_offers_body_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_offers_body_bw_nvlink import SearchOffersBodyBwNvlink
    from ..models.search_offers_body_compute_cap import SearchOffersBodyComputeCap
    from ..models.search_offers_body_cpu_arch import SearchOffersBodyCpuArch
    from ..models.search_offers_body_cpu_cores import SearchOffersBodyCpuCores
    from ..models.search_offers_body_cpu_ghz import SearchOffersBodyCpuGhz
    from ..models.search_offers_body_cpu_ram import SearchOffersBodyCpuRam
    from ..models.search_offers_body_cuda_max_good import SearchOffersBodyCudaMaxGood
    from ..models.search_offers_body_datacenter import SearchOffersBodyDatacenter
    from ..models.search_offers_body_direct_port_count import (
        SearchOffersBodyDirectPortCount,
    )
    from ..models.search_offers_body_disk_bw import SearchOffersBodyDiskBw
    from ..models.search_offers_body_dlperf import SearchOffersBodyDlperf
    from ..models.search_offers_body_dlperf_per_dphtotal import (
        SearchOffersBodyDlperfPerDphtotal,
    )
    from ..models.search_offers_body_driver_version import SearchOffersBodyDriverVersion
    from ..models.search_offers_body_duration import SearchOffersBodyDuration
    from ..models.search_offers_body_geolocation import SearchOffersBodyGeolocation
    from ..models.search_offers_body_gpu_arch import SearchOffersBodyGpuArch
    from ..models.search_offers_body_gpu_frac import SearchOffersBodyGpuFrac
    from ..models.search_offers_body_gpu_max_power import SearchOffersBodyGpuMaxPower
    from ..models.search_offers_body_gpu_max_temp import SearchOffersBodyGpuMaxTemp
    from ..models.search_offers_body_gpu_mem_bw import SearchOffersBodyGpuMemBw
    from ..models.search_offers_body_gpu_name import SearchOffersBodyGpuName
    from ..models.search_offers_body_gpu_ram import SearchOffersBodyGpuRam
    from ..models.search_offers_body_gpu_total_ram import SearchOffersBodyGpuTotalRam
    from ..models.search_offers_body_inet_down import SearchOffersBodyInetDown
    from ..models.search_offers_body_inet_up import SearchOffersBodyInetUp
    from ..models.search_offers_body_machine_id import SearchOffersBodyMachineId
    from ..models.search_offers_body_num_gpus import SearchOffersBodyNumGpus
    from ..models.search_offers_body_os_version import SearchOffersBodyOsVersion
    from ..models.search_offers_body_pci_gen import SearchOffersBodyPciGen
    from ..models.search_offers_body_reliability import SearchOffersBodyReliability
    from ..models.search_offers_body_rentable import SearchOffersBodyRentable
    from ..models.search_offers_body_rented import SearchOffersBodyRented
    from ..models.search_offers_body_static_ip import SearchOffersBodyStaticIp
    from ..models.search_offers_body_storage_cost import SearchOffersBodyStorageCost
    from ..models.search_offers_body_total_flops import SearchOffersBodyTotalFlops
    from ..models.search_offers_body_verified import SearchOffersBodyVerified


T = TypeVar("T", bound="SearchOffersBody")


@_attrs_define
class SearchOffersBody:
    limit: int | Unset = UNSET
    """ Max offers to return """
    type_: SearchOffersBodyType | Unset = UNSET
    """ Instance type for the offer

    - **on-demand**: High priority, fixed pricing, guaranteed resources. Best for production workloads and time-
    sensitive tasks.
    - **reserved**: High priority, discounted rates with pre-payment. Ideal for long-term projects and predictable
    workloads.
    - **bid** (interruptible): Low priority, lowest cost, may be paused if outbid. Suitable for batch processing,
    development, and fault-tolerant workloads.
     """
    verified: SearchOffersBodyVerified | Unset = UNSET
    """ Machine verification status """
    rentable: SearchOffersBodyRentable | Unset = UNSET
    """ Whether machine is rentable """
    rented: SearchOffersBodyRented | Unset = UNSET
    """ Current rental status """
    gpu_name: SearchOffersBodyGpuName | Unset = UNSET
    """ GPU model name """
    reliability: SearchOffersBodyReliability | Unset = UNSET
    """ Machine reliability score (Any decimal number between 0-1) """
    num_gpus: SearchOffersBodyNumGpus | Unset = UNSET
    """ Number of GPUs """
    gpu_ram: SearchOffersBodyGpuRam | Unset = UNSET
    """ GPU memory in MB """
    duration: SearchOffersBodyDuration | Unset = UNSET
    """ Minimum required rental duration in seconds (the offer must be available for at least this long from now).
    """
    machine_id: SearchOffersBodyMachineId | Unset = UNSET
    """ Filter by specific host machine ID """
    dlperf_per_dphtotal: SearchOffersBodyDlperfPerDphtotal | Unset = UNSET
    """ DLPerf per dollar per hour """
    geolocation: SearchOffersBodyGeolocation | Unset = UNSET
    """ Machine location (two letter country code) """
    gpu_arch: SearchOffersBodyGpuArch | Unset = UNSET
    """ Host machine GPU architecture (e.g. nvidia, amd) """
    dlperf: SearchOffersBodyDlperf | Unset = UNSET
    """ Deep Learning performance score """
    cuda_max_good: SearchOffersBodyCudaMaxGood | Unset = UNSET
    """ Maximum supported CUDA version """
    inet_down: SearchOffersBodyInetDown | Unset = UNSET
    """ Download bandwidth (MB/s) """
    inet_up: SearchOffersBodyInetUp | Unset = UNSET
    """ Upload bandwidth (MB/s) """
    driver_version: SearchOffersBodyDriverVersion | Unset = UNSET
    """ NVIDIA driver version in the format "XXX.XX.XX """
    compute_cap: SearchOffersBodyComputeCap | Unset = UNSET
    """ CUDA compute capability x 100. Use 650 for compute capability 6.5 or 700 for 7.0.” """
    cpu_arch: SearchOffersBodyCpuArch | Unset = UNSET
    """ Host machine CPU architecture (Default is amd64) """
    cpu_cores: SearchOffersBodyCpuCores | Unset = UNSET
    """ Number of virtual CPUs """
    cpu_ghz: SearchOffersBodyCpuGhz | Unset = UNSET
    """ CPU clock speed in GHz """
    cpu_ram: SearchOffersBodyCpuRam | Unset = UNSET
    """ CPU RAM in MB """
    datacenter: SearchOffersBodyDatacenter | Unset = UNSET
    """ Show only datacenter offers """
    disk_bw: SearchOffersBodyDiskBw | Unset = UNSET
    """ Disk read bandwidth in MB/s """
    bw_nvlink: SearchOffersBodyBwNvlink | Unset = UNSET
    """ NVLink interconnect bandwidth in GB/s. Use when filtering for multi-GPU systems with high-speed NVLink. """
    gpu_max_power: SearchOffersBodyGpuMaxPower | Unset = UNSET
    """ GPU power limit in watts """
    gpu_max_temp: SearchOffersBodyGpuMaxTemp | Unset = UNSET
    """ GPU temperature limit in Celsius """
    gpu_mem_bw: SearchOffersBodyGpuMemBw | Unset = UNSET
    """ GPU memory bandwidth in GB/s """
    gpu_total_ram: SearchOffersBodyGpuTotalRam | Unset = UNSET
    """ Total GPU RAM across all GPUs in MB """
    gpu_frac: SearchOffersBodyGpuFrac | Unset = UNSET
    """ Fraction of the total GPU resources being offered """
    direct_port_count: SearchOffersBodyDirectPortCount | Unset = UNSET
    """ Number of direct ports """
    pci_gen: SearchOffersBodyPciGen | Unset = UNSET
    """ PCIe generation """
    storage_cost: SearchOffersBodyStorageCost | Unset = UNSET
    """ Storage cost in $/GB/month """
    static_ip: SearchOffersBodyStaticIp | Unset = UNSET
    """ Whether the IP address is static/stable """
    total_flops: SearchOffersBodyTotalFlops | Unset = UNSET
    """ Total theoretical GPU compute performance (TFLOPs) across all GPUs. """
    os_version: SearchOffersBodyOsVersion | Unset = UNSET
    """ Host machine Ubuntu OS version """
    order: list[list[str]] | Unset = UNSET
    """ Sort fields and directions, e.g. [["dph_total", "asc"]] """
    disable_bundling: bool | Unset = UNSET
    """ Disable offer bundling """
    allocated_storage: float | Unset = UNSET
    """ Storage allocation size in GB for the instance.
    This sets the disk size when creating the instance and cannot be changed later.
    Default is 8GB.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        verified: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verified, Unset):
            verified = self.verified.to_dict()

        rentable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rentable, Unset):
            rentable = self.rentable.to_dict()

        rented: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rented, Unset):
            rented = self.rented.to_dict()

        gpu_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_name, Unset):
            gpu_name = self.gpu_name.to_dict()

        reliability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reliability, Unset):
            reliability = self.reliability.to_dict()

        num_gpus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.num_gpus, Unset):
            num_gpus = self.num_gpus.to_dict()

        gpu_ram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_ram, Unset):
            gpu_ram = self.gpu_ram.to_dict()

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        machine_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.machine_id, Unset):
            machine_id = self.machine_id.to_dict()

        dlperf_per_dphtotal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dlperf_per_dphtotal, Unset):
            dlperf_per_dphtotal = self.dlperf_per_dphtotal.to_dict()

        geolocation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geolocation, Unset):
            geolocation = self.geolocation.to_dict()

        gpu_arch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_arch, Unset):
            gpu_arch = self.gpu_arch.to_dict()

        dlperf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dlperf, Unset):
            dlperf = self.dlperf.to_dict()

        cuda_max_good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cuda_max_good, Unset):
            cuda_max_good = self.cuda_max_good.to_dict()

        inet_down: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inet_down, Unset):
            inet_down = self.inet_down.to_dict()

        inet_up: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inet_up, Unset):
            inet_up = self.inet_up.to_dict()

        driver_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver_version, Unset):
            driver_version = self.driver_version.to_dict()

        compute_cap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute_cap, Unset):
            compute_cap = self.compute_cap.to_dict()

        cpu_arch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_arch, Unset):
            cpu_arch = self.cpu_arch.to_dict()

        cpu_cores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_cores, Unset):
            cpu_cores = self.cpu_cores.to_dict()

        cpu_ghz: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_ghz, Unset):
            cpu_ghz = self.cpu_ghz.to_dict()

        cpu_ram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_ram, Unset):
            cpu_ram = self.cpu_ram.to_dict()

        datacenter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datacenter, Unset):
            datacenter = self.datacenter.to_dict()

        disk_bw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk_bw, Unset):
            disk_bw = self.disk_bw.to_dict()

        bw_nvlink: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bw_nvlink, Unset):
            bw_nvlink = self.bw_nvlink.to_dict()

        gpu_max_power: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_max_power, Unset):
            gpu_max_power = self.gpu_max_power.to_dict()

        gpu_max_temp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_max_temp, Unset):
            gpu_max_temp = self.gpu_max_temp.to_dict()

        gpu_mem_bw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_mem_bw, Unset):
            gpu_mem_bw = self.gpu_mem_bw.to_dict()

        gpu_total_ram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_total_ram, Unset):
            gpu_total_ram = self.gpu_total_ram.to_dict()

        gpu_frac: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_frac, Unset):
            gpu_frac = self.gpu_frac.to_dict()

        direct_port_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct_port_count, Unset):
            direct_port_count = self.direct_port_count.to_dict()

        pci_gen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pci_gen, Unset):
            pci_gen = self.pci_gen.to_dict()

        storage_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_cost, Unset):
            storage_cost = self.storage_cost.to_dict()

        static_ip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.static_ip, Unset):
            static_ip = self.static_ip.to_dict()

        total_flops: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_flops, Unset):
            total_flops = self.total_flops.to_dict()

        os_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os_version, Unset):
            os_version = self.os_version.to_dict()

        order: list[list[str]] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = []
            for order_item_data in self.order:
                order_item = order_item_data

                order.append(order_item)

        disable_bundling = self.disable_bundling

        allocated_storage = self.allocated_storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if verified is not UNSET:
            field_dict["verified"] = verified
        if rentable is not UNSET:
            field_dict["rentable"] = rentable
        if rented is not UNSET:
            field_dict["rented"] = rented
        if gpu_name is not UNSET:
            field_dict["gpu_name"] = gpu_name
        if reliability is not UNSET:
            field_dict["reliability"] = reliability
        if num_gpus is not UNSET:
            field_dict["num_gpus"] = num_gpus
        if gpu_ram is not UNSET:
            field_dict["gpu_ram"] = gpu_ram
        if duration is not UNSET:
            field_dict["duration"] = duration
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if dlperf_per_dphtotal is not UNSET:
            field_dict["dlperf_per_dphtotal"] = dlperf_per_dphtotal
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if gpu_arch is not UNSET:
            field_dict["gpu_arch"] = gpu_arch
        if dlperf is not UNSET:
            field_dict["dlperf"] = dlperf
        if cuda_max_good is not UNSET:
            field_dict["cuda_max_good"] = cuda_max_good
        if inet_down is not UNSET:
            field_dict["inet_down"] = inet_down
        if inet_up is not UNSET:
            field_dict["inet_up"] = inet_up
        if driver_version is not UNSET:
            field_dict["driver_version"] = driver_version
        if compute_cap is not UNSET:
            field_dict["compute_cap"] = compute_cap
        if cpu_arch is not UNSET:
            field_dict["cpu_arch"] = cpu_arch
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if cpu_ghz is not UNSET:
            field_dict["cpu_ghz"] = cpu_ghz
        if cpu_ram is not UNSET:
            field_dict["cpu_ram"] = cpu_ram
        if datacenter is not UNSET:
            field_dict["datacenter"] = datacenter
        if disk_bw is not UNSET:
            field_dict["disk_bw"] = disk_bw
        if bw_nvlink is not UNSET:
            field_dict["bw_nvlink"] = bw_nvlink
        if gpu_max_power is not UNSET:
            field_dict["gpu_max_power"] = gpu_max_power
        if gpu_max_temp is not UNSET:
            field_dict["gpu_max_temp"] = gpu_max_temp
        if gpu_mem_bw is not UNSET:
            field_dict["gpu_mem_bw"] = gpu_mem_bw
        if gpu_total_ram is not UNSET:
            field_dict["gpu_total_ram"] = gpu_total_ram
        if gpu_frac is not UNSET:
            field_dict["gpu_frac"] = gpu_frac
        if direct_port_count is not UNSET:
            field_dict["direct_port_count"] = direct_port_count
        if pci_gen is not UNSET:
            field_dict["pci_gen"] = pci_gen
        if storage_cost is not UNSET:
            field_dict["storage_cost"] = storage_cost
        if static_ip is not UNSET:
            field_dict["static_ip"] = static_ip
        if total_flops is not UNSET:
            field_dict["total_flops"] = total_flops
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if order is not UNSET:
            field_dict["order"] = order
        if disable_bundling is not UNSET:
            field_dict["disable_bundling"] = disable_bundling
        if allocated_storage is not UNSET:
            field_dict["allocated_storage"] = allocated_storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_offers_body_bw_nvlink import SearchOffersBodyBwNvlink
        from ..models.search_offers_body_compute_cap import SearchOffersBodyComputeCap
        from ..models.search_offers_body_cpu_arch import SearchOffersBodyCpuArch
        from ..models.search_offers_body_cpu_cores import SearchOffersBodyCpuCores
        from ..models.search_offers_body_cpu_ghz import SearchOffersBodyCpuGhz
        from ..models.search_offers_body_cpu_ram import SearchOffersBodyCpuRam
        from ..models.search_offers_body_cuda_max_good import (
            SearchOffersBodyCudaMaxGood,
        )
        from ..models.search_offers_body_datacenter import SearchOffersBodyDatacenter
        from ..models.search_offers_body_direct_port_count import (
            SearchOffersBodyDirectPortCount,
        )
        from ..models.search_offers_body_disk_bw import SearchOffersBodyDiskBw
        from ..models.search_offers_body_dlperf import SearchOffersBodyDlperf
        from ..models.search_offers_body_dlperf_per_dphtotal import (
            SearchOffersBodyDlperfPerDphtotal,
        )
        from ..models.search_offers_body_driver_version import (
            SearchOffersBodyDriverVersion,
        )
        from ..models.search_offers_body_duration import SearchOffersBodyDuration
        from ..models.search_offers_body_geolocation import SearchOffersBodyGeolocation
        from ..models.search_offers_body_gpu_arch import SearchOffersBodyGpuArch
        from ..models.search_offers_body_gpu_frac import SearchOffersBodyGpuFrac
        from ..models.search_offers_body_gpu_max_power import (
            SearchOffersBodyGpuMaxPower,
        )
        from ..models.search_offers_body_gpu_max_temp import SearchOffersBodyGpuMaxTemp
        from ..models.search_offers_body_gpu_mem_bw import SearchOffersBodyGpuMemBw
        from ..models.search_offers_body_gpu_name import SearchOffersBodyGpuName
        from ..models.search_offers_body_gpu_ram import SearchOffersBodyGpuRam
        from ..models.search_offers_body_gpu_total_ram import (
            SearchOffersBodyGpuTotalRam,
        )
        from ..models.search_offers_body_inet_down import SearchOffersBodyInetDown
        from ..models.search_offers_body_inet_up import SearchOffersBodyInetUp
        from ..models.search_offers_body_machine_id import SearchOffersBodyMachineId
        from ..models.search_offers_body_num_gpus import SearchOffersBodyNumGpus
        from ..models.search_offers_body_os_version import SearchOffersBodyOsVersion
        from ..models.search_offers_body_pci_gen import SearchOffersBodyPciGen
        from ..models.search_offers_body_reliability import SearchOffersBodyReliability
        from ..models.search_offers_body_rentable import SearchOffersBodyRentable
        from ..models.search_offers_body_rented import SearchOffersBodyRented
        from ..models.search_offers_body_static_ip import SearchOffersBodyStaticIp
        from ..models.search_offers_body_storage_cost import SearchOffersBodyStorageCost
        from ..models.search_offers_body_total_flops import SearchOffersBodyTotalFlops
        from ..models.search_offers_body_verified import SearchOffersBodyVerified

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SearchOffersBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_search_offers_body_type(_type_)

        _verified = d.pop("verified", UNSET)
        verified: SearchOffersBodyVerified | Unset
        if isinstance(_verified, Unset):
            verified = UNSET
        else:
            verified = SearchOffersBodyVerified.from_dict(_verified)

        _rentable = d.pop("rentable", UNSET)
        rentable: SearchOffersBodyRentable | Unset
        if isinstance(_rentable, Unset):
            rentable = UNSET
        else:
            rentable = SearchOffersBodyRentable.from_dict(_rentable)

        _rented = d.pop("rented", UNSET)
        rented: SearchOffersBodyRented | Unset
        if isinstance(_rented, Unset):
            rented = UNSET
        else:
            rented = SearchOffersBodyRented.from_dict(_rented)

        _gpu_name = d.pop("gpu_name", UNSET)
        gpu_name: SearchOffersBodyGpuName | Unset
        if isinstance(_gpu_name, Unset):
            gpu_name = UNSET
        else:
            gpu_name = SearchOffersBodyGpuName.from_dict(_gpu_name)

        _reliability = d.pop("reliability", UNSET)
        reliability: SearchOffersBodyReliability | Unset
        if isinstance(_reliability, Unset):
            reliability = UNSET
        else:
            reliability = SearchOffersBodyReliability.from_dict(_reliability)

        _num_gpus = d.pop("num_gpus", UNSET)
        num_gpus: SearchOffersBodyNumGpus | Unset
        if isinstance(_num_gpus, Unset):
            num_gpus = UNSET
        else:
            num_gpus = SearchOffersBodyNumGpus.from_dict(_num_gpus)

        _gpu_ram = d.pop("gpu_ram", UNSET)
        gpu_ram: SearchOffersBodyGpuRam | Unset
        if isinstance(_gpu_ram, Unset):
            gpu_ram = UNSET
        else:
            gpu_ram = SearchOffersBodyGpuRam.from_dict(_gpu_ram)

        _duration = d.pop("duration", UNSET)
        duration: SearchOffersBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = SearchOffersBodyDuration.from_dict(_duration)

        _machine_id = d.pop("machine_id", UNSET)
        machine_id: SearchOffersBodyMachineId | Unset
        if isinstance(_machine_id, Unset):
            machine_id = UNSET
        else:
            machine_id = SearchOffersBodyMachineId.from_dict(_machine_id)

        _dlperf_per_dphtotal = d.pop("dlperf_per_dphtotal", UNSET)
        dlperf_per_dphtotal: SearchOffersBodyDlperfPerDphtotal | Unset
        if isinstance(_dlperf_per_dphtotal, Unset):
            dlperf_per_dphtotal = UNSET
        else:
            dlperf_per_dphtotal = SearchOffersBodyDlperfPerDphtotal.from_dict(
                _dlperf_per_dphtotal
            )

        _geolocation = d.pop("geolocation", UNSET)
        geolocation: SearchOffersBodyGeolocation | Unset
        if isinstance(_geolocation, Unset):
            geolocation = UNSET
        else:
            geolocation = SearchOffersBodyGeolocation.from_dict(_geolocation)

        _gpu_arch = d.pop("gpu_arch", UNSET)
        gpu_arch: SearchOffersBodyGpuArch | Unset
        if isinstance(_gpu_arch, Unset):
            gpu_arch = UNSET
        else:
            gpu_arch = SearchOffersBodyGpuArch.from_dict(_gpu_arch)

        _dlperf = d.pop("dlperf", UNSET)
        dlperf: SearchOffersBodyDlperf | Unset
        if isinstance(_dlperf, Unset):
            dlperf = UNSET
        else:
            dlperf = SearchOffersBodyDlperf.from_dict(_dlperf)

        _cuda_max_good = d.pop("cuda_max_good", UNSET)
        cuda_max_good: SearchOffersBodyCudaMaxGood | Unset
        if isinstance(_cuda_max_good, Unset):
            cuda_max_good = UNSET
        else:
            cuda_max_good = SearchOffersBodyCudaMaxGood.from_dict(_cuda_max_good)

        _inet_down = d.pop("inet_down", UNSET)
        inet_down: SearchOffersBodyInetDown | Unset
        if isinstance(_inet_down, Unset):
            inet_down = UNSET
        else:
            inet_down = SearchOffersBodyInetDown.from_dict(_inet_down)

        _inet_up = d.pop("inet_up", UNSET)
        inet_up: SearchOffersBodyInetUp | Unset
        if isinstance(_inet_up, Unset):
            inet_up = UNSET
        else:
            inet_up = SearchOffersBodyInetUp.from_dict(_inet_up)

        _driver_version = d.pop("driver_version", UNSET)
        driver_version: SearchOffersBodyDriverVersion | Unset
        if isinstance(_driver_version, Unset):
            driver_version = UNSET
        else:
            driver_version = SearchOffersBodyDriverVersion.from_dict(_driver_version)

        _compute_cap = d.pop("compute_cap", UNSET)
        compute_cap: SearchOffersBodyComputeCap | Unset
        if isinstance(_compute_cap, Unset):
            compute_cap = UNSET
        else:
            compute_cap = SearchOffersBodyComputeCap.from_dict(_compute_cap)

        _cpu_arch = d.pop("cpu_arch", UNSET)
        cpu_arch: SearchOffersBodyCpuArch | Unset
        if isinstance(_cpu_arch, Unset):
            cpu_arch = UNSET
        else:
            cpu_arch = SearchOffersBodyCpuArch.from_dict(_cpu_arch)

        _cpu_cores = d.pop("cpu_cores", UNSET)
        cpu_cores: SearchOffersBodyCpuCores | Unset
        if isinstance(_cpu_cores, Unset):
            cpu_cores = UNSET
        else:
            cpu_cores = SearchOffersBodyCpuCores.from_dict(_cpu_cores)

        _cpu_ghz = d.pop("cpu_ghz", UNSET)
        cpu_ghz: SearchOffersBodyCpuGhz | Unset
        if isinstance(_cpu_ghz, Unset):
            cpu_ghz = UNSET
        else:
            cpu_ghz = SearchOffersBodyCpuGhz.from_dict(_cpu_ghz)

        _cpu_ram = d.pop("cpu_ram", UNSET)
        cpu_ram: SearchOffersBodyCpuRam | Unset
        if isinstance(_cpu_ram, Unset):
            cpu_ram = UNSET
        else:
            cpu_ram = SearchOffersBodyCpuRam.from_dict(_cpu_ram)

        _datacenter = d.pop("datacenter", UNSET)
        datacenter: SearchOffersBodyDatacenter | Unset
        if isinstance(_datacenter, Unset):
            datacenter = UNSET
        else:
            datacenter = SearchOffersBodyDatacenter.from_dict(_datacenter)

        _disk_bw = d.pop("disk_bw", UNSET)
        disk_bw: SearchOffersBodyDiskBw | Unset
        if isinstance(_disk_bw, Unset):
            disk_bw = UNSET
        else:
            disk_bw = SearchOffersBodyDiskBw.from_dict(_disk_bw)

        _bw_nvlink = d.pop("bw_nvlink", UNSET)
        bw_nvlink: SearchOffersBodyBwNvlink | Unset
        if isinstance(_bw_nvlink, Unset):
            bw_nvlink = UNSET
        else:
            bw_nvlink = SearchOffersBodyBwNvlink.from_dict(_bw_nvlink)

        _gpu_max_power = d.pop("gpu_max_power", UNSET)
        gpu_max_power: SearchOffersBodyGpuMaxPower | Unset
        if isinstance(_gpu_max_power, Unset):
            gpu_max_power = UNSET
        else:
            gpu_max_power = SearchOffersBodyGpuMaxPower.from_dict(_gpu_max_power)

        _gpu_max_temp = d.pop("gpu_max_temp", UNSET)
        gpu_max_temp: SearchOffersBodyGpuMaxTemp | Unset
        if isinstance(_gpu_max_temp, Unset):
            gpu_max_temp = UNSET
        else:
            gpu_max_temp = SearchOffersBodyGpuMaxTemp.from_dict(_gpu_max_temp)

        _gpu_mem_bw = d.pop("gpu_mem_bw", UNSET)
        gpu_mem_bw: SearchOffersBodyGpuMemBw | Unset
        if isinstance(_gpu_mem_bw, Unset):
            gpu_mem_bw = UNSET
        else:
            gpu_mem_bw = SearchOffersBodyGpuMemBw.from_dict(_gpu_mem_bw)

        _gpu_total_ram = d.pop("gpu_total_ram", UNSET)
        gpu_total_ram: SearchOffersBodyGpuTotalRam | Unset
        if isinstance(_gpu_total_ram, Unset):
            gpu_total_ram = UNSET
        else:
            gpu_total_ram = SearchOffersBodyGpuTotalRam.from_dict(_gpu_total_ram)

        _gpu_frac = d.pop("gpu_frac", UNSET)
        gpu_frac: SearchOffersBodyGpuFrac | Unset
        if isinstance(_gpu_frac, Unset):
            gpu_frac = UNSET
        else:
            gpu_frac = SearchOffersBodyGpuFrac.from_dict(_gpu_frac)

        _direct_port_count = d.pop("direct_port_count", UNSET)
        direct_port_count: SearchOffersBodyDirectPortCount | Unset
        if isinstance(_direct_port_count, Unset):
            direct_port_count = UNSET
        else:
            direct_port_count = SearchOffersBodyDirectPortCount.from_dict(
                _direct_port_count
            )

        _pci_gen = d.pop("pci_gen", UNSET)
        pci_gen: SearchOffersBodyPciGen | Unset
        if isinstance(_pci_gen, Unset):
            pci_gen = UNSET
        else:
            pci_gen = SearchOffersBodyPciGen.from_dict(_pci_gen)

        _storage_cost = d.pop("storage_cost", UNSET)
        storage_cost: SearchOffersBodyStorageCost | Unset
        if isinstance(_storage_cost, Unset):
            storage_cost = UNSET
        else:
            storage_cost = SearchOffersBodyStorageCost.from_dict(_storage_cost)

        _static_ip = d.pop("static_ip", UNSET)
        static_ip: SearchOffersBodyStaticIp | Unset
        if isinstance(_static_ip, Unset):
            static_ip = UNSET
        else:
            static_ip = SearchOffersBodyStaticIp.from_dict(_static_ip)

        _total_flops = d.pop("total_flops", UNSET)
        total_flops: SearchOffersBodyTotalFlops | Unset
        if isinstance(_total_flops, Unset):
            total_flops = UNSET
        else:
            total_flops = SearchOffersBodyTotalFlops.from_dict(_total_flops)

        _os_version = d.pop("os_version", UNSET)
        os_version: SearchOffersBodyOsVersion | Unset
        if isinstance(_os_version, Unset):
            os_version = UNSET
        else:
            os_version = SearchOffersBodyOsVersion.from_dict(_os_version)

        _order = d.pop("order", UNSET)
        order: list[list[str]] | Unset = UNSET
        if _order is not UNSET:
            order = []
            for order_item_data in _order:
                order_item = cast(list[str], order_item_data)

                order.append(order_item)

        disable_bundling = d.pop("disable_bundling", UNSET)

        allocated_storage = d.pop("allocated_storage", UNSET)

        search_offers_body = cls(
            limit=limit,
            type_=type_,
            verified=verified,
            rentable=rentable,
            rented=rented,
            gpu_name=gpu_name,
            reliability=reliability,
            num_gpus=num_gpus,
            gpu_ram=gpu_ram,
            duration=duration,
            machine_id=machine_id,
            dlperf_per_dphtotal=dlperf_per_dphtotal,
            geolocation=geolocation,
            gpu_arch=gpu_arch,
            dlperf=dlperf,
            cuda_max_good=cuda_max_good,
            inet_down=inet_down,
            inet_up=inet_up,
            driver_version=driver_version,
            compute_cap=compute_cap,
            cpu_arch=cpu_arch,
            cpu_cores=cpu_cores,
            cpu_ghz=cpu_ghz,
            cpu_ram=cpu_ram,
            datacenter=datacenter,
            disk_bw=disk_bw,
            bw_nvlink=bw_nvlink,
            gpu_max_power=gpu_max_power,
            gpu_max_temp=gpu_max_temp,
            gpu_mem_bw=gpu_mem_bw,
            gpu_total_ram=gpu_total_ram,
            gpu_frac=gpu_frac,
            direct_port_count=direct_port_count,
            pci_gen=pci_gen,
            storage_cost=storage_cost,
            static_ip=static_ip,
            total_flops=total_flops,
            os_version=os_version,
            order=order,
            disable_bundling=disable_bundling,
            allocated_storage=allocated_storage,
        )

        search_offers_body.additional_properties = d
        return search_offers_body

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
