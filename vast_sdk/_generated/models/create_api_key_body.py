from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_api_key_body_key_params import CreateApiKeyBodyKeyParams
    from ..models.create_api_key_body_permissions import CreateApiKeyBodyPermissions


T = TypeVar("T", bound="CreateApiKeyBody")


@_attrs_define
class CreateApiKeyBody:
    name: str
    """ Name for the API key """
    permissions: CreateApiKeyBodyPermissions | Unset = UNSET
    """ JSON object containing permission definitions """
    key_params: CreateApiKeyBodyKeyParams | Unset = UNSET
    """ Optional wildcard parameters for advanced keys """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        key_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key_params, Unset):
            key_params = self.key_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if key_params is not UNSET:
            field_dict["key_params"] = key_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_api_key_body_key_params import CreateApiKeyBodyKeyParams
        from ..models.create_api_key_body_permissions import CreateApiKeyBodyPermissions

        d = dict(src_dict)
        name = d.pop("name")

        _permissions = d.pop("permissions", UNSET)
        permissions: CreateApiKeyBodyPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = CreateApiKeyBodyPermissions.from_dict(_permissions)

        _key_params = d.pop("key_params", UNSET)
        key_params: CreateApiKeyBodyKeyParams | Unset
        if isinstance(_key_params, Unset):
            key_params = UNSET
        else:
            key_params = CreateApiKeyBodyKeyParams.from_dict(_key_params)

        create_api_key_body = cls(
            name=name,
            permissions=permissions,
            key_params=key_params,
        )

        create_api_key_body.additional_properties = d
        return create_api_key_body

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
