from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListNetworkVolumeBody")


@_attrs_define
class ListNetworkVolumeBody:
    disk_id: int
    """ ID of network disk for which offer is being created """
    price_disk: float | Unset = UNSET
    """ Price per GB of network volume storage """
    size: int | Unset = UNSET
    """ Size in GB of the amount of space available to be rented """
    credit_discount_max: float | Unset = UNSET
    """ Maximum discount rate allowed for prepaid credits """
    end_date: float | Unset = UNSET
    """ Unix timestamp for when the listing expires """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disk_id = self.disk_id

        price_disk = self.price_disk

        size = self.size

        credit_discount_max = self.credit_discount_max

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disk_id": disk_id,
            }
        )
        if price_disk is not UNSET:
            field_dict["price_disk"] = price_disk
        if size is not UNSET:
            field_dict["size"] = size
        if credit_discount_max is not UNSET:
            field_dict["credit_discount_max"] = credit_discount_max
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        disk_id = d.pop("disk_id")

        price_disk = d.pop("price_disk", UNSET)

        size = d.pop("size", UNSET)

        credit_discount_max = d.pop("credit_discount_max", UNSET)

        end_date = d.pop("end_date", UNSET)

        list_network_volume_body = cls(
            disk_id=disk_id,
            price_disk=price_disk,
            size=size,
            credit_discount_max=credit_discount_max,
            end_date=end_date,
        )

        list_network_volume_body.additional_properties = d
        return list_network_volume_body

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
