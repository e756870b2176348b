from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_instances_type_0_item import VolumeInstancesType0Item


T = TypeVar("T", bound="Volume")


@_attrs_define
class Volume:
    instances: list[VolumeInstancesType0Item] | None | Unset = UNSET
    """ List of instances using this volume """
    driver_version: None | str | Unset = UNSET
    """ NVIDIA driver version """
    cuda_max_good: float | None | Unset = UNSET
    """ Maximum CUDA version supported """
    machine_id: int | None | Unset = UNSET
    """ Unique identifier for the machine """
    public_ipaddr: None | str | Unset = UNSET
    """ Public IP address """
    reliability2: float | None | Unset = UNSET
    """ Reliability score of the host """
    host_id: int | None | Unset = UNSET
    """ Unique identifier for the host """
    cpu_name: None | str | Unset = UNSET
    """ Name/model of the CPU """
    mobo_name: None | str | Unset = UNSET
    """ Name/model of the motherboard """
    disk_space: float | None | Unset = UNSET
    """ Disk space in GB """
    disk_name: None | str | Unset = UNSET
    """ Name/model of the disk """
    inet_up: float | None | Unset = UNSET
    """ Upload internet speed in Mbps """
    inet_down: float | None | Unset = UNSET
    """ Download internet speed in Mbps """
    storage_total_cost: float | None | Unset = UNSET
    """ Total cost for storage """
    os_version: None | str | Unset = UNSET
    """ Operating system version """
    verification: None | str | Unset = UNSET
    """ Verification status """
    static_ip: bool | None | Unset = UNSET
    """ Whether the machine has a static IP """
    cpu_arch: None | str | Unset = UNSET
    """ CPU architecture """
    start_date: float | None | Unset = UNSET
    """ Start date as Unix timestamp """
    id: int | None | Unset = UNSET
    """ Unique identifier for the volume """
    status: None | str | Unset = UNSET
    """ Current status of the volume """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instances: list[dict[str, Any]] | None | Unset
        if isinstance(self.instances, Unset):
            instances = UNSET
        elif isinstance(self.instances, list):
            instances = []
            for instances_type_0_item_data in self.instances:
                instances_type_0_item = instances_type_0_item_data.to_dict()
                instances.append(instances_type_0_item)

        else:
            instances = self.instances

        driver_version: None | str | Unset
        if isinstance(self.driver_version, Unset):
            driver_version = UNSET
        else:
            driver_version = self.driver_version

        cuda_max_good: float | None | Unset
        if isinstance(self.cuda_max_good, Unset):
            cuda_max_good = UNSET
        else:
            cuda_max_good = self.cuda_max_good

        machine_id: int | None | Unset
        if isinstance(self.machine_id, Unset):
            machine_id = UNSET
        else:
            machine_id = self.machine_id

        public_ipaddr: None | str | Unset
        if isinstance(self.public_ipaddr, Unset):
            public_ipaddr = UNSET
        else:
            public_ipaddr = self.public_ipaddr

        reliability2: float | None | Unset
        if isinstance(self.reliability2, Unset):
            reliability2 = UNSET
        else:
            reliability2 = self.reliability2

        host_id: int | None | Unset
        if isinstance(self.host_id, Unset):
            host_id = UNSET
        else:
            host_id = self.host_id

        cpu_name: None | str | Unset
        if isinstance(self.cpu_name, Unset):
            cpu_name = UNSET
        else:
            cpu_name = self.cpu_name

        mobo_name: None | str | Unset
        if isinstance(self.mobo_name, Unset):
            mobo_name = UNSET
        else:
            mobo_name = self.mobo_name

        disk_space: float | None | Unset
        if isinstance(self.disk_space, Unset):
            disk_space = UNSET
        else:
            disk_space = self.disk_space

        disk_name: None | str | Unset
        if isinstance(self.disk_name, Unset):
            disk_name = UNSET
        else:
            disk_name = self.disk_name

        inet_up: float | None | Unset
        if isinstance(self.inet_up, Unset):
            inet_up = UNSET
        else:
            inet_up = self.inet_up

        inet_down: float | None | Unset
        if isinstance(self.inet_down, Unset):
            inet_down = UNSET
        else:
            inet_down = self.inet_down

        storage_total_cost: float | None | Unset
        if isinstance(self.storage_total_cost, Unset):
            storage_total_cost = UNSET
        else:
            storage_total_cost = self.storage_total_cost

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        verification: None | str | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        else:
            verification = self.verification

        static_ip: bool | None | Unset
        if isinstance(self.static_ip, Unset):
            static_ip = UNSET
        else:
            static_ip = self.static_ip

        cpu_arch: None | str | Unset
        if isinstance(self.cpu_arch, Unset):
            cpu_arch = UNSET
        else:
            cpu_arch = self.cpu_arch

        start_date: float | None | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instances is not UNSET:
            field_dict["instances"] = instances
        if driver_version is not UNSET:
            field_dict["driver_version"] = driver_version
        if cuda_max_good is not UNSET:
            field_dict["cuda_max_good"] = cuda_max_good
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if public_ipaddr is not UNSET:
            field_dict["public_ipaddr"] = public_ipaddr
        if reliability2 is not UNSET:
            field_dict["reliability2"] = reliability2
        if host_id is not UNSET:
            field_dict["host_id"] = host_id
        if cpu_name is not UNSET:
            field_dict["cpu_name"] = cpu_name
        if mobo_name is not UNSET:
            field_dict["mobo_name"] = mobo_name
        if disk_space is not UNSET:
            field_dict["disk_space"] = disk_space
        if disk_name is not UNSET:
            field_dict["disk_name"] = disk_name
        if inet_up is not UNSET:
            field_dict["inet_up"] = inet_up
        if inet_down is not UNSET:
            field_dict["inet_down"] = inet_down
        if storage_total_cost is not UNSET:
            field_dict["storage_total_cost"] = storage_total_cost
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if verification is not UNSET:
            field_dict["verification"] = verification
        if static_ip is not UNSET:
            field_dict["static_ip"] = static_ip
        if cpu_arch is not UNSET:
            field_dict["cpu_arch"] = cpu_arch
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.volume_instances_type_0_item import VolumeInstancesType0Item

        d = dict(src_dict)

        def _parse_instances(
            data: object,
        ) -> list[VolumeInstancesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instances_type_0 = []
                _instances_type_0 = data
                for instances_type_0_item_data in _instances_type_0:
                    instances_type_0_item = VolumeInstancesType0Item.from_dict(
                        instances_type_0_item_data
                    )

                    instances_type_0.append(instances_type_0_item)

                return instances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VolumeInstancesType0Item] | None | Unset, data)

        instances = _parse_instances(d.pop("instances", UNSET))

        def _parse_driver_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver_version = _parse_driver_version(d.pop("driver_version", UNSET))

        def _parse_cuda_max_good(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cuda_max_good = _parse_cuda_max_good(d.pop("cuda_max_good", UNSET))

        def _parse_machine_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        machine_id = _parse_machine_id(d.pop("machine_id", UNSET))

        def _parse_public_ipaddr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_ipaddr = _parse_public_ipaddr(d.pop("public_ipaddr", UNSET))

        def _parse_reliability2(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability2 = _parse_reliability2(d.pop("reliability2", UNSET))

        def _parse_host_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        host_id = _parse_host_id(d.pop("host_id", UNSET))

        def _parse_cpu_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_name = _parse_cpu_name(d.pop("cpu_name", UNSET))

        def _parse_mobo_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobo_name = _parse_mobo_name(d.pop("mobo_name", UNSET))

        def _parse_disk_space(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        disk_space = _parse_disk_space(d.pop("disk_space", UNSET))

        def _parse_disk_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disk_name = _parse_disk_name(d.pop("disk_name", UNSET))

        def _parse_inet_up(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_up = _parse_inet_up(d.pop("inet_up", UNSET))

        def _parse_inet_down(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_down = _parse_inet_down(d.pop("inet_down", UNSET))

        def _parse_storage_total_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        storage_total_cost = _parse_storage_total_cost(
            d.pop("storage_total_cost", UNSET)
        )

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_verification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification = _parse_verification(d.pop("verification", UNSET))

        def _parse_static_ip(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        static_ip = _parse_static_ip(d.pop("static_ip", UNSET))

        def _parse_cpu_arch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_arch = _parse_cpu_arch(d.pop("cpu_arch", UNSET))

        def _parse_start_date(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        volume = cls(
            instances=instances,
            driver_version=driver_version,
            cuda_max_good=cuda_max_good,
            machine_id=machine_id,
            public_ipaddr=public_ipaddr,
            reliability2=reliability2,
            host_id=host_id,
            cpu_name=cpu_name,
            mobo_name=mobo_name,
            disk_space=disk_space,
            disk_name=disk_name,
            inet_up=inet_up,
            inet_down=inet_down,
            storage_total_cost=storage_total_cost,
            os_version=os_version,
            verification=verification,
            static_ip=static_ip,
            cpu_arch=cpu_arch,
            start_date=start_date,
            id=id,
            status=status,
        )

        volume.additional_properties = d
        return volume

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
