from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubaccountBody")


@_attrs_define
class CreateSubaccountBody:
    email: str
    """ User's email address """
    username: str
    """ Desired username """
    password: str
    """ Account password """
    host_only: bool | Unset = UNSET
    """ If true, account is restricted to host functionality only """
    parent_id: str | Unset = UNSET
    """ Parent account ID for subaccounts. Use "me" for current user. """
    ssh_key: str | Unset = UNSET
    """ Optional SSH public key """
    captcha: str | Unset = UNSET
    """ Captcha token (required for non-subaccounts) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        username = self.username

        password = self.password

        host_only = self.host_only

        parent_id = self.parent_id

        ssh_key = self.ssh_key

        captcha = self.captcha

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "username": username,
                "password": password,
            }
        )
        if host_only is not UNSET:
            field_dict["host_only"] = host_only
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if ssh_key is not UNSET:
            field_dict["ssh_key"] = ssh_key
        if captcha is not UNSET:
            field_dict["captcha"] = captcha

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        username = d.pop("username")

        password = d.pop("password")

        host_only = d.pop("host_only", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        ssh_key = d.pop("ssh_key", UNSET)

        captcha = d.pop("captcha", UNSET)

        create_subaccount_body = cls(
            email=email,
            username=username,
            password=password,
            host_only=host_only,
            parent_id=parent_id,
            ssh_key=ssh_key,
            captcha=captcha,
        )

        create_subaccount_body.additional_properties = d
        return create_subaccount_body

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
