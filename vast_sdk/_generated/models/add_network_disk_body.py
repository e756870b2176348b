from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddNetworkDiskBody")


@_attrs_define
class AddNetworkDiskBody:
    mount_point: str
    """ Path to mount point of networked storage on machine or machines """
    machine_id: int | Unset = UNSET
    """ ID of the machine to add network disk to """
    machine_ids: list[int] | Unset = UNSET
    """ IDs of machines to add network disk to """
    disk_id: int | Unset = UNSET
    """ ID of network disk, if adding machines to existing disk """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount_point = self.mount_point

        machine_id = self.machine_id

        machine_ids: list[int] | Unset = UNSET
        if not isinstance(self.machine_ids, Unset):
            machine_ids = self.machine_ids

        disk_id = self.disk_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mount_point": mount_point,
            }
        )
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if machine_ids is not UNSET:
            field_dict["machine_ids"] = machine_ids
        if disk_id is not UNSET:
            field_dict["disk_id"] = disk_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mount_point = d.pop("mount_point")

        machine_id = d.pop("machine_id", UNSET)

        machine_ids = cast(list[int], d.pop("machine_ids", UNSET))

        disk_id = d.pop("disk_id", UNSET)

        add_network_disk_body = cls(
            mount_point=mount_point,
            machine_id=machine_id,
            machine_ids=machine_ids,
            disk_id=disk_id,
        )

        add_network_disk_body.additional_properties = d
        return add_network_disk_body

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
