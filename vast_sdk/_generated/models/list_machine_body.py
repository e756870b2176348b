from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMachineBody")


@_attrs_define
class ListMachineBody:
    machine: int
    """ ID of the machine to list """
    price_gpu: float | Unset = UNSET
    """ Price per GPU per hour """
    price_disk: float | Unset = UNSET
    """ Price per GB of disk storage """
    price_inetu: float | Unset = UNSET
    """ Price per GB of upload bandwidth """
    price_inetd: float | Unset = UNSET
    """ Price per GB of download bandwidth """
    price_min_bid: float | Unset = UNSET
    """ Minimum bid price allowed """
    min_chunk: int | Unset = 1
    """ Minimum number of GPUs that must be rented together """
    end_date: float | Unset = UNSET
    """ Unix timestamp for when the listing expires """
    credit_discount_max: float | Unset = UNSET
    """ Maximum discount rate allowed for prepaid credits """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machine = self.machine

        price_gpu = self.price_gpu

        price_disk = self.price_disk

        price_inetu = self.price_inetu

        price_inetd = self.price_inetd

        price_min_bid = self.price_min_bid

        min_chunk = self.min_chunk

        end_date = self.end_date

        credit_discount_max = self.credit_discount_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "machine": machine,
            }
        )
        if price_gpu is not UNSET:
            field_dict["price_gpu"] = price_gpu
        if price_disk is not UNSET:
            field_dict["price_disk"] = price_disk
        if price_inetu is not UNSET:
            field_dict["price_inetu"] = price_inetu
        if price_inetd is not UNSET:
            field_dict["price_inetd"] = price_inetd
        if price_min_bid is not UNSET:
            field_dict["price_min_bid"] = price_min_bid
        if min_chunk is not UNSET:
            field_dict["min_chunk"] = min_chunk
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if credit_discount_max is not UNSET:
            field_dict["credit_discount_max"] = credit_discount_max

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        machine = d.pop("machine")

        price_gpu = d.pop("price_gpu", UNSET)

        price_disk = d.pop("price_disk", UNSET)

        price_inetu = d.pop("price_inetu", UNSET)

        price_inetd = d.pop("price_inetd", UNSET)

        price_min_bid = d.pop("price_min_bid", UNSET)

        min_chunk = d.pop("min_chunk", UNSET)

        end_date = d.pop("end_date", UNSET)

        credit_discount_max = d.pop("credit_discount_max", UNSET)

        list_machine_body = cls(
            machine=machine,
            price_gpu=price_gpu,
            price_disk=price_disk,
            price_inetu=price_inetu,
            price_inetd=price_inetd,
            price_min_bid=price_min_bid,
            min_chunk=min_chunk,
            end_date=end_date,
            credit_discount_max=credit_discount_max,
        )

        list_machine_body.additional_properties = d
        return list_machine_body

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
