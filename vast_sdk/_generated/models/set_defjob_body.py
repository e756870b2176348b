from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetDefjobBody")


@_attrs_define
class SetDefjobBody:
    machine: int
    """ ID of the machine to create jobs for. """
    price_gpu: float
    """ Price per GPU per day. """
    price_inetu: float
    """ Price for internet upload. """
    price_inetd: float
    """ Price for internet download. """
    image: str
    """ Docker image to use for the job. """
    args: list[str] | Unset = UNSET
    """ Arguments for the Docker image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machine = self.machine

        price_gpu = self.price_gpu

        price_inetu = self.price_inetu

        price_inetd = self.price_inetd

        image = self.image

        args: list[str] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "machine": machine,
                "price_gpu": price_gpu,
                "price_inetu": price_inetu,
                "price_inetd": price_inetd,
                "image": image,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        machine = d.pop("machine")

        price_gpu = d.pop("price_gpu")

        price_inetu = d.pop("price_inetu")

        price_inetd = d.pop("price_inetd")

        image = d.pop("image")

        args = cast(list[str], d.pop("args", UNSET))

        set_defjob_body = cls(
            machine=machine,
            price_gpu=price_gpu,
            price_inetu=price_inetu,
            price_inetd=price_inetd,
            image=image,
            args=args,
        )

        set_defjob_body.additional_properties = d
        return set_defjob_body

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
