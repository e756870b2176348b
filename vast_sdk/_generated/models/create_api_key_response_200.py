from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_api_key_response_200_permissions_type_1 import (
        CreateApiKeyResponse200PermissionsType1,
    )


T = TypeVar("T", bound="CreateApiKeyResponse200")


@_attrs_define
class CreateApiKeyResponse200:
    id: int | None | Unset = UNSET
    """ The ID of the created API key """
    key: None | str | Unset = UNSET
    """ The newly generated API key """
    permissions: bool | CreateApiKeyResponse200PermissionsType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_api_key_response_200_permissions_type_1 import (
            CreateApiKeyResponse200PermissionsType1,
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        permissions: bool | dict[str, Any] | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, CreateApiKeyResponse200PermissionsType1):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_api_key_response_200_permissions_type_1 import (
            CreateApiKeyResponse200PermissionsType1,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_permissions(
            data: object,
        ) -> bool | CreateApiKeyResponse200PermissionsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_1 = CreateApiKeyResponse200PermissionsType1.from_dict(
                    data
                )

                return permissions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | CreateApiKeyResponse200PermissionsType1 | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        create_api_key_response_200 = cls(
            id=id,
            key=key,
            permissions=permissions,
        )

        create_api_key_response_200.additional_properties = d
        return create_api_key_response_200

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
