from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_subaccounts_response_200_users_type_0_item import (
        ShowSubaccountsResponse200UsersType0Item,
    )


T = TypeVar("T", bound="ShowSubaccountsResponse200")


@_attrs_define
class ShowSubaccountsResponse200:
    users: list[ShowSubaccountsResponse200UsersType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.show_subaccounts_response_200_users_type_0_item import (
            ShowSubaccountsResponse200UsersType0Item,
        )

        d = dict(src_dict)

        def _parse_users(
            data: object,
        ) -> list[ShowSubaccountsResponse200UsersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_0 = []
                _users_type_0 = data
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = (
                        ShowSubaccountsResponse200UsersType0Item.from_dict(
                            users_type_0_item_data
                        )
                    )

                    users_type_0.append(users_type_0_item)

                return users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ShowSubaccountsResponse200UsersType0Item] | None | Unset, data
            )

        users = _parse_users(d.pop("users", UNSET))

        show_subaccounts_response_200 = cls(
            users=users,
        )

        show_subaccounts_response_200.additional_properties = d
        return show_subaccounts_response_200

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
