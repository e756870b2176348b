from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_ssh_key_response_200_key_type_0 import (
        CreateSshKeyResponse200KeyType0,
    )


T = TypeVar("T", bound="CreateSshKeyResponse200")


@_attrs_define
class CreateSshKeyResponse200:
    success: bool | None | Unset = UNSET
    key: CreateSshKeyResponse200KeyType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_ssh_key_response_200_key_type_0 import (
            CreateSshKeyResponse200KeyType0,
        )

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        key: dict[str, Any] | None | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, CreateSshKeyResponse200KeyType0):
            key = self.key.to_dict()
        else:
            key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_ssh_key_response_200_key_type_0 import (
            CreateSshKeyResponse200KeyType0,
        )

        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_key(data: object) -> CreateSshKeyResponse200KeyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                key_type_0 = CreateSshKeyResponse200KeyType0.from_dict(data)

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateSshKeyResponse200KeyType0 | None | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        create_ssh_key_response_200 = cls(
            success=success,
            key=key,
        )

        create_ssh_key_response_200.additional_properties = d
        return create_ssh_key_response_200

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
