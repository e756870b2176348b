from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_team_role_body_permissions import CreateTeamRoleBodyPermissions


T = TypeVar("T", bound="CreateTeamRoleBody")


@_attrs_define
class CreateTeamRoleBody:
    name: str
    """ Name for the new role """
    permissions: CreateTeamRoleBodyPermissions
    """ JSON object containing permission definitions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_team_role_body_permissions import (
            CreateTeamRoleBodyPermissions,
        )

        d = dict(src_dict)
        name = d.pop("name")

        permissions = CreateTeamRoleBodyPermissions.from_dict(d.pop("permissions"))

        create_team_role_body = cls(
            name=name,
            permissions=permissions,
        )

        create_team_role_body.additional_properties = d
        return create_team_role_body

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
