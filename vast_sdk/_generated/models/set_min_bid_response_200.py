from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_min_bid_response_200_you_sent_type_0 import (
        SetMinBidResponse200YouSentType0,
    )


T = TypeVar("T", bound="SetMinBidResponse200")


@_attrs_define
class SetMinBidResponse200:
    success: bool | None | Unset = UNSET
    you_sent: None | SetMinBidResponse200YouSentType0 | Unset = UNSET
    """ The original request JSON. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.set_min_bid_response_200_you_sent_type_0 import (
            SetMinBidResponse200YouSentType0,
        )

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        you_sent: dict[str, Any] | None | Unset
        if isinstance(self.you_sent, Unset):
            you_sent = UNSET
        elif isinstance(self.you_sent, SetMinBidResponse200YouSentType0):
            you_sent = self.you_sent.to_dict()
        else:
            you_sent = self.you_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if you_sent is not UNSET:
            field_dict["you_sent"] = you_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.set_min_bid_response_200_you_sent_type_0 import (
            SetMinBidResponse200YouSentType0,
        )

        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_you_sent(
            data: object,
        ) -> None | SetMinBidResponse200YouSentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                you_sent_type_0 = SetMinBidResponse200YouSentType0.from_dict(data)

                return you_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SetMinBidResponse200YouSentType0 | Unset, data)

        you_sent = _parse_you_sent(d.pop("you_sent", UNSET))

        set_min_bid_response_200 = cls(
            success=success,
            you_sent=you_sent,
        )

        set_min_bid_response_200.additional_properties = d
        return set_min_bid_response_200

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
