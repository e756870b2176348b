from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetUserBody")


@_attrs_define
class SetUserBody:
    normalized_email: str | Unset = UNSET
    """ Normalized email address. """
    username: str | Unset = UNSET
    """ Username of the user. """
    fullname: str | Unset = UNSET
    """ Full name of the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        normalized_email = self.normalized_email

        username = self.username

        fullname = self.fullname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if normalized_email is not UNSET:
            field_dict["normalized_email"] = normalized_email
        if username is not UNSET:
            field_dict["username"] = username
        if fullname is not UNSET:
            field_dict["fullname"] = fullname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        normalized_email = d.pop("normalized_email", UNSET)

        username = d.pop("username", UNSET)

        fullname = d.pop("fullname", UNSET)

        set_user_body = cls(
            normalized_email=normalized_email,
            username=username,
            fullname=fullname,
        )

        set_user_body.additional_properties = d
        return set_user_body

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
