from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_team_role_body_permissions_api import (
        CreateTeamRoleBodyPermissionsApi,
    )


T = TypeVar("T", bound="CreateTeamRoleBodyPermissions")


@_attrs_define
class CreateTeamRoleBodyPermissions:
    """JSON object containing permission definitions"""

    api: CreateTeamRoleBodyPermissionsApi | Unset = UNSET
    """ API permissions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api, Unset):
            api = self.api.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api is not UNSET:
            field_dict["api"] = api

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_team_role_body_permissions_api import (
            CreateTeamRoleBodyPermissionsApi,
        )

        d = dict(src_dict)
        _api = d.pop("api", UNSET)
        api: CreateTeamRoleBodyPermissionsApi | Unset
        if isinstance(_api, Unset):
            api = UNSET
        else:
            api = CreateTeamRoleBodyPermissionsApi.from_dict(_api)

        create_team_role_body_permissions = cls(
            api=api,
        )

        create_team_role_body_permissions.additional_properties = d
        return create_team_role_body_permissions

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
