from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNetworkVolumeResponse200")


@_attrs_define
class CreateNetworkVolumeResponse200:
    """
    Example:
        {'success': True, 'id': 6, 'msg': 'Deleted network volume listing'}

    """

    success: bool | None | Unset = UNSET
    volume_name: None | str | Unset = UNSET
    """ name of network volume created """
    volume_size: int | None | Unset = UNSET
    """ size of network volume created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        volume_name: None | str | Unset
        if isinstance(self.volume_name, Unset):
            volume_name = UNSET
        else:
            volume_name = self.volume_name

        volume_size: int | None | Unset
        if isinstance(self.volume_size, Unset):
            volume_size = UNSET
        else:
            volume_size = self.volume_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if volume_name is not UNSET:
            field_dict["volume_name"] = volume_name
        if volume_size is not UNSET:
            field_dict["volume_size"] = volume_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_volume_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_name = _parse_volume_name(d.pop("volume_name", UNSET))

        def _parse_volume_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_size = _parse_volume_size(d.pop("volume_size", UNSET))

        create_network_volume_response_200 = cls(
            success=success,
            volume_name=volume_name,
            volume_size=volume_size,
        )

        create_network_volume_response_200.additional_properties = d
        return create_network_volume_response_200

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
