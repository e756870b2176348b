from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_team_body_permissions import CreateTeamBodyPermissions


T = TypeVar("T", bound="CreateTeamBody")


@_attrs_define
class CreateTeamBody:
    team_name: str
    transfer_credit: float | Unset = UNSET
    """ Credits to transfer from personal account to team """
    permissions: CreateTeamBodyPermissions | Unset = UNSET
    """ Permissions granted to the team's default role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_name = self.team_name

        transfer_credit = self.transfer_credit

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_name": team_name,
            }
        )
        if transfer_credit is not UNSET:
            field_dict["transfer_credit"] = transfer_credit
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_team_body_permissions import CreateTeamBodyPermissions

        d = dict(src_dict)
        team_name = d.pop("team_name")

        transfer_credit = d.pop("transfer_credit", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: CreateTeamBodyPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = CreateTeamBodyPermissions.from_dict(_permissions)

        create_team_body = cls(
            team_name=team_name,
            transfer_credit=transfer_credit,
            permissions=permissions,
        )

        create_team_body.additional_properties = d
        return create_team_body

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
