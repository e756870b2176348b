from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowDepositResponse200")


@_attrs_define
class ShowDepositResponse200:
    success: bool | None | Unset = UNSET
    refundable_deposit: float | None | Unset = UNSET
    """ The refundable deposit amount. """
    total_discount: float | None | Unset = UNSET
    """ The total discount applied. """
    discount_months: int | None | Unset = UNSET
    """ The number of months the discount applies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        refundable_deposit: float | None | Unset
        if isinstance(self.refundable_deposit, Unset):
            refundable_deposit = UNSET
        else:
            refundable_deposit = self.refundable_deposit

        total_discount: float | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        discount_months: int | None | Unset
        if isinstance(self.discount_months, Unset):
            discount_months = UNSET
        else:
            discount_months = self.discount_months

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if refundable_deposit is not UNSET:
            field_dict["refundable_deposit"] = refundable_deposit
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if discount_months is not UNSET:
            field_dict["discount_months"] = discount_months

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_refundable_deposit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        refundable_deposit = _parse_refundable_deposit(
            d.pop("refundable_deposit", UNSET)
        )

        def _parse_total_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_discount = _parse_total_discount(d.pop("total_discount", UNSET))

        def _parse_discount_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discount_months = _parse_discount_months(d.pop("discount_months", UNSET))

        show_deposit_response_200 = cls(
            success=success,
            refundable_deposit=refundable_deposit,
            total_discount=total_discount,
            discount_months=discount_months,
        )

        show_deposit_response_200.additional_properties = d
        return show_deposit_response_200

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
