from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyBody")


@_attrs_define
class CopyBody:
    src_path: str
    """ Path of the source data. """
    dst_path: str
    """ Path of the destination data. """
    src_id: str | Unset = UNSET
    """ ID of the source instance. """
    dst_id: str | Unset = UNSET
    """ ID of the destination instance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src_path = self.src_path

        dst_path = self.dst_path

        src_id = self.src_id

        dst_id = self.dst_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "src_path": src_path,
                "dst_path": dst_path,
            }
        )
        if src_id is not UNSET:
            field_dict["src_id"] = src_id
        if dst_id is not UNSET:
            field_dict["dst_id"] = dst_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        src_path = d.pop("src_path")

        dst_path = d.pop("dst_path")

        src_id = d.pop("src_id", UNSET)

        dst_id = d.pop("dst_id", UNSET)

        copy_body = cls(
            src_path=src_path,
            dst_path=dst_path,
            src_id=src_id,
            dst_id=dst_id,
        )

        copy_body.additional_properties = d
        return copy_body

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
