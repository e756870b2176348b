from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudCopyBody")


@_attrs_define
class CloudCopyBody:
    instance_id: str | Unset = UNSET
    """ ID of the instance. """
    src: str | Unset = UNSET
    """ Source path for the copy operation. """
    dst: str | Unset = UNSET
    """ Destination path for the copy operation. """
    selected: str | Unset = UNSET
    """ ID of the cloud connection. """
    transfer: str | Unset = UNSET
    """ Type of transfer (e.g., "Instance To Cloud" or "Cloud To Instance"). """
    flags: list[str] | Unset = UNSET
    """ Additional flags for the operation. """
    api_key: str | Unset = UNSET
    """ API key for authentication. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        src = self.src

        dst = self.dst

        selected = self.selected

        transfer = self.transfer

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if src is not UNSET:
            field_dict["src"] = src
        if dst is not UNSET:
            field_dict["dst"] = dst
        if selected is not UNSET:
            field_dict["selected"] = selected
        if transfer is not UNSET:
            field_dict["transfer"] = transfer
        if flags is not UNSET:
            field_dict["flags"] = flags
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)

        src = d.pop("src", UNSET)

        dst = d.pop("dst", UNSET)

        selected = d.pop("selected", UNSET)

        transfer = d.pop("transfer", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        api_key = d.pop("api_key", UNSET)

        cloud_copy_body = cls(
            instance_id=instance_id,
            src=src,
            dst=dst,
            selected=selected,
            transfer=transfer,
            flags=flags,
            api_key=api_key,
        )

        cloud_copy_body.additional_properties = d
        return cloud_copy_body

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
