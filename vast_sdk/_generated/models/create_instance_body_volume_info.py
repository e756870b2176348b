from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInstanceBodyVolumeInfo")


@_attrs_define
class CreateInstanceBodyVolumeInfo:
    """Volume creation/linking information"""

    create_new: bool | Unset = UNSET
    """ Whether to create a new volume """
    volume_id: int | Unset = UNSET
    """ ID of existing volume to link or volume offer ID for new volume """
    size: int | Unset = UNSET
    """ Size of the volume in GB (for new volumes) """
    mount_path: str | Unset = UNSET
    """ Mount path for the volume inside the container """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_new = self.create_new

        volume_id = self.volume_id

        size = self.size

        mount_path = self.mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_new is not UNSET:
            field_dict["create_new"] = create_new
        if volume_id is not UNSET:
            field_dict["volume_id"] = volume_id
        if size is not UNSET:
            field_dict["size"] = size
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        create_new = d.pop("create_new", UNSET)

        volume_id = d.pop("volume_id", UNSET)

        size = d.pop("size", UNSET)

        mount_path = d.pop("mount_path", UNSET)

        create_instance_body_volume_info = cls(
            create_new=create_new,
            volume_id=volume_id,
            size=size,
            mount_path=mount_path,
        )

        create_instance_body_volume_info.additional_properties = d
        return create_instance_body_volume_info

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
