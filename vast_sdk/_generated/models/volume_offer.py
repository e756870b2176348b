from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeOffer")


@_attrs_define
class VolumeOffer:
    ask_contract_id: int | None | Unset = UNSET
    """ Contract ID for the ask """
    bundle_id: int | None | Unset = UNSET
    """ Bundle ID """
    cpu_arch: None | str | Unset = UNSET
    """ CPU architecture """
    cpu_ghz: float | None | Unset = UNSET
    """ CPU clock speed in GHz """
    cpu_name: None | str | Unset = UNSET
    """ CPU model name """
    cuda_max_good: float | None | Unset = UNSET
    """ Maximum CUDA version supported """
    disk_bw: float | None | Unset = UNSET
    """ Disk bandwidth """
    disk_name: None | str | Unset = UNSET
    """ Disk model name """
    disk_space: float | None | Unset = UNSET
    """ Available disk space in GB """
    driver_vers: None | str | Unset = UNSET
    """ Driver version (deprecated) """
    driver_version: None | str | Unset = UNSET
    """ NVIDIA driver version """
    duration: float | None | Unset = UNSET
    """ Duration of the contract """
    end_date: float | None | Unset = UNSET
    """ End date as Unix timestamp """
    external: bool | None | Unset = UNSET
    """ Whether the volume is external """
    geolocation: None | str | Unset = UNSET
    """ Geographic location """
    geolocode: None | str | Unset = UNSET
    """ Geographic location code """
    gpu_arch: None | str | Unset = UNSET
    """ GPU architecture """
    host_id: int | None | Unset = UNSET
    """ Host ID """
    id: int | None | Unset = UNSET
    """ Unique identifier for the volume offer """
    inet_down: float | None | Unset = UNSET
    """ Download internet speed in Mbps """
    inet_up: float | None | Unset = UNSET
    """ Upload internet speed in Mbps """
    machine_id: int | None | Unset = UNSET
    """ Machine ID """
    mobo_name: None | str | Unset = UNSET
    """ Motherboard model name """
    reliability: float | None | Unset = UNSET
    """ Reliability score """
    reliability2: float | None | Unset = UNSET
    """ Alternative reliability score """
    reliability_mult: float | None | Unset = UNSET
    """ Reliability multiplier """
    start_date: float | None | Unset = UNSET
    """ Start date as Unix timestamp """
    static_ip: bool | None | Unset = UNSET
    """ Whether the machine has a static IP """
    storage_cost: float | None | Unset = UNSET
    """ Storage cost """
    storage_total_cost: float | None | Unset = UNSET
    """ Total storage cost """
    vericode: None | str | Unset = UNSET
    """ Verification code """
    verification: None | str | Unset = UNSET
    """ Verification status """
    vms_enabled: bool | None | Unset = UNSET
    """ Whether VMs are enabled """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        cpu_arch: None | str | Unset
        if isinstance(self.cpu_arch, Unset):
            cpu_arch = UNSET
        else:
            cpu_arch = self.cpu_arch

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

        cuda_max_good: float | None | Unset
        if isinstance(self.cuda_max_good, Unset):
            cuda_max_good = UNSET
        else:
            cuda_max_good = self.cuda_max_good

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

        driver_vers: None | str | Unset
        if isinstance(self.driver_vers, Unset):
            driver_vers = UNSET
        else:
            driver_vers = self.driver_vers

        driver_version: None | str | Unset
        if isinstance(self.driver_version, Unset):
            driver_version = UNSET
        else:
            driver_version = self.driver_version

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

        geolocation: None | str | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        else:
            geolocation = self.geolocation

        geolocode: None | str | Unset
        if isinstance(self.geolocode, Unset):
            geolocode = UNSET
        else:
            geolocode = self.geolocode

        gpu_arch: None | str | Unset
        if isinstance(self.gpu_arch, Unset):
            gpu_arch = UNSET
        else:
            gpu_arch = self.gpu_arch

        host_id: int | None | Unset
        if isinstance(self.host_id, Unset):
            host_id = UNSET
        else:
            host_id = self.host_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        inet_down: float | None | Unset
        if isinstance(self.inet_down, Unset):
            inet_down = UNSET
        else:
            inet_down = self.inet_down

        inet_up: float | None | Unset
        if isinstance(self.inet_up, Unset):
            inet_up = UNSET
        else:
            inet_up = self.inet_up

        machine_id: int | None | Unset
        if isinstance(self.machine_id, Unset):
            machine_id = UNSET
        else:
            machine_id = self.machine_id

        mobo_name: None | str | Unset
        if isinstance(self.mobo_name, Unset):
            mobo_name = UNSET
        else:
            mobo_name = self.mobo_name

        reliability: float | None | Unset
        if isinstance(self.reliability, Unset):
            reliability = UNSET
        else:
            reliability = self.reliability

        reliability2: float | None | Unset
        if isinstance(self.reliability2, Unset):
            reliability2 = UNSET
        else:
            reliability2 = self.reliability2

        reliability_mult: float | None | Unset
        if isinstance(self.reliability_mult, Unset):
            reliability_mult = UNSET
        else:
            reliability_mult = self.reliability_mult

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

        vericode: None | str | Unset
        if isinstance(self.vericode, Unset):
            vericode = UNSET
        else:
            vericode = self.vericode

        verification: None | str | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        else:
            verification = self.verification

        vms_enabled: bool | None | Unset
        if isinstance(self.vms_enabled, Unset):
            vms_enabled = UNSET
        else:
            vms_enabled = self.vms_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ask_contract_id is not UNSET:
            field_dict["ask_contract_id"] = ask_contract_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if cpu_arch is not UNSET:
            field_dict["cpu_arch"] = cpu_arch
        if cpu_ghz is not UNSET:
            field_dict["cpu_ghz"] = cpu_ghz
        if cpu_name is not UNSET:
            field_dict["cpu_name"] = cpu_name
        if cuda_max_good is not UNSET:
            field_dict["cuda_max_good"] = cuda_max_good
        if disk_bw is not UNSET:
            field_dict["disk_bw"] = disk_bw
        if disk_name is not UNSET:
            field_dict["disk_name"] = disk_name
        if disk_space is not UNSET:
            field_dict["disk_space"] = disk_space
        if driver_vers is not UNSET:
            field_dict["driver_vers"] = driver_vers
        if driver_version is not UNSET:
            field_dict["driver_version"] = driver_version
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if external is not UNSET:
            field_dict["external"] = external
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if geolocode is not UNSET:
            field_dict["geolocode"] = geolocode
        if gpu_arch is not UNSET:
            field_dict["gpu_arch"] = gpu_arch
        if host_id is not UNSET:
            field_dict["host_id"] = host_id
        if id is not UNSET:
            field_dict["id"] = id
        if inet_down is not UNSET:
            field_dict["inet_down"] = inet_down
        if inet_up is not UNSET:
            field_dict["inet_up"] = inet_up
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if mobo_name is not UNSET:
            field_dict["mobo_name"] = mobo_name
        if reliability is not UNSET:
            field_dict["reliability"] = reliability
        if reliability2 is not UNSET:
            field_dict["reliability2"] = reliability2
        if reliability_mult is not UNSET:
            field_dict["reliability_mult"] = reliability_mult
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if static_ip is not UNSET:
            field_dict["static_ip"] = static_ip
        if storage_cost is not UNSET:
            field_dict["storage_cost"] = storage_cost
        if storage_total_cost is not UNSET:
            field_dict["storage_total_cost"] = storage_total_cost
        if vericode is not UNSET:
            field_dict["vericode"] = vericode
        if verification is not UNSET:
            field_dict["verification"] = verification
        if vms_enabled is not UNSET:
            field_dict["vms_enabled"] = vms_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        def _parse_cpu_arch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_arch = _parse_cpu_arch(d.pop("cpu_arch", UNSET))

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

        def _parse_cuda_max_good(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cuda_max_good = _parse_cuda_max_good(d.pop("cuda_max_good", UNSET))

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

        def _parse_driver_vers(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver_vers = _parse_driver_vers(d.pop("driver_vers", UNSET))

        def _parse_driver_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver_version = _parse_driver_version(d.pop("driver_version", UNSET))

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

        def _parse_geolocation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        def _parse_geolocode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geolocode = _parse_geolocode(d.pop("geolocode", UNSET))

        def _parse_gpu_arch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_arch = _parse_gpu_arch(d.pop("gpu_arch", UNSET))

        def _parse_host_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        host_id = _parse_host_id(d.pop("host_id", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_inet_down(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_down = _parse_inet_down(d.pop("inet_down", UNSET))

        def _parse_inet_up(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_up = _parse_inet_up(d.pop("inet_up", UNSET))

        def _parse_machine_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        machine_id = _parse_machine_id(d.pop("machine_id", UNSET))

        def _parse_mobo_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobo_name = _parse_mobo_name(d.pop("mobo_name", UNSET))

        def _parse_reliability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability = _parse_reliability(d.pop("reliability", UNSET))

        def _parse_reliability2(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability2 = _parse_reliability2(d.pop("reliability2", UNSET))

        def _parse_reliability_mult(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability_mult = _parse_reliability_mult(d.pop("reliability_mult", UNSET))

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

        def _parse_vericode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vericode = _parse_vericode(d.pop("vericode", UNSET))

        def _parse_verification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification = _parse_verification(d.pop("verification", UNSET))

        def _parse_vms_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        vms_enabled = _parse_vms_enabled(d.pop("vms_enabled", UNSET))

        volume_offer = cls(
            ask_contract_id=ask_contract_id,
            bundle_id=bundle_id,
            cpu_arch=cpu_arch,
            cpu_ghz=cpu_ghz,
            cpu_name=cpu_name,
            cuda_max_good=cuda_max_good,
            disk_bw=disk_bw,
            disk_name=disk_name,
            disk_space=disk_space,
            driver_vers=driver_vers,
            driver_version=driver_version,
            duration=duration,
            end_date=end_date,
            external=external,
            geolocation=geolocation,
            geolocode=geolocode,
            gpu_arch=gpu_arch,
            host_id=host_id,
            id=id,
            inet_down=inet_down,
            inet_up=inet_up,
            machine_id=machine_id,
            mobo_name=mobo_name,
            reliability=reliability,
            reliability2=reliability2,
            reliability_mult=reliability_mult,
            start_date=start_date,
            static_ip=static_ip,
            storage_cost=storage_cost,
            storage_total_cost=storage_total_cost,
            vericode=vericode,
            verification=verification,
            vms_enabled=vms_enabled,
        )

        volume_offer.additional_properties = d
        return volume_offer

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
