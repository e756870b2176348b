from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_team_role_body_permissions_api_instance_write import (
        CreateTeamRoleBodyPermissionsApiInstanceWrite,
    )
    from ..models.create_team_role_body_permissions_api_user_read import (
        CreateTeamRoleBodyPermissionsApiUserRead,
    )


T = TypeVar("T", bound="CreateTeamRoleBodyPermissionsApi")


@_attrs_define
class CreateTeamRoleBodyPermissionsApi:
    """API permissions"""

    user_read: CreateTeamRoleBodyPermissionsApiUserRead | Unset = UNSET
    """ Permission to read user info """
    instance_write: CreateTeamRoleBodyPermissionsApiInstanceWrite | Unset = UNSET
    """ Permission to write instances """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_read, Unset):
            user_read = self.user_read.to_dict()

        instance_write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_write, Unset):
            instance_write = self.instance_write.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_read is not UNSET:
            field_dict["user_read"] = user_read
        if instance_write is not UNSET:
            field_dict["instance_write"] = instance_write

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_team_role_body_permissions_api_instance_write import (
            CreateTeamRoleBodyPermissionsApiInstanceWrite,
        )
        from ..models.create_team_role_body_permissions_api_user_read import (
            CreateTeamRoleBodyPermissionsApiUserRead,
        )

        d = dict(src_dict)
        _user_read = d.pop("user_read", UNSET)
        user_read: CreateTeamRoleBodyPermissionsApiUserRead | Unset
        if isinstance(_user_read, Unset):
            user_read = UNSET
        else:
            user_read = CreateTeamRoleBodyPermissionsApiUserRead.from_dict(_user_read)

        _instance_write = d.pop("instance_write", UNSET)
        instance_write: CreateTeamRoleBodyPermissionsApiInstanceWrite | Unset
        if isinstance(_instance_write, Unset):
            instance_write = UNSET
        else:
            instance_write = CreateTeamRoleBodyPermissionsApiInstanceWrite.from_dict(
                _instance_write
            )

        create_team_role_body_permissions_api = cls(
            user_read=user_read,
            instance_write=instance_write,
        )

        create_team_role_body_permissions_api.additional_properties = d
        return create_team_role_body_permissions_api

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
