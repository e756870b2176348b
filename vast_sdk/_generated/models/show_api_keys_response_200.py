from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_api_keys_response_200_apikeys_type_0_item import (
        ShowApiKeysResponse200ApikeysType0Item,
    )


T = TypeVar("T", bound="ShowApiKeysResponse200")


@_attrs_define
class ShowApiKeysResponse200:
    apikeys: list[ShowApiKeysResponse200ApikeysType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apikeys: list[dict[str, Any]] | None | Unset
        if isinstance(self.apikeys, Unset):
            apikeys = UNSET
        elif isinstance(self.apikeys, list):
            apikeys = []
            for apikeys_type_0_item_data in self.apikeys:
                apikeys_type_0_item = apikeys_type_0_item_data.to_dict()
                apikeys.append(apikeys_type_0_item)

        else:
            apikeys = self.apikeys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apikeys is not UNSET:
            field_dict["apikeys"] = apikeys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.show_api_keys_response_200_apikeys_type_0_item import (
            ShowApiKeysResponse200ApikeysType0Item,
        )

        d = dict(src_dict)

        def _parse_apikeys(
            data: object,
        ) -> list[ShowApiKeysResponse200ApikeysType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                apikeys_type_0 = []
                _apikeys_type_0 = data
                for apikeys_type_0_item_data in _apikeys_type_0:
                    apikeys_type_0_item = (
                        ShowApiKeysResponse200ApikeysType0Item.from_dict(
                            apikeys_type_0_item_data
                        )
                    )

                    apikeys_type_0.append(apikeys_type_0_item)

                return apikeys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ShowApiKeysResponse200ApikeysType0Item] | None | Unset, data
            )

        apikeys = _parse_apikeys(d.pop("apikeys", UNSET))

        show_api_keys_response_200 = cls(
            apikeys=apikeys,
        )

        show_api_keys_response_200.additional_properties = d
        return show_api_keys_response_200

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
