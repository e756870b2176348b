from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEndpointBody")


@_attrs_define
class CreateEndpointBody:
    min_load: float | Unset = 10.0
    """ Minimum load for the endpoint. """
    target_util: float | Unset = 0.9
    """ Target utilization for the endpoint. """
    cold_mult: float | Unset = 2.5
    """ Multiplier for cold start. """
    cold_workers: int | Unset = 5
    """ Number of cold workers. """
    max_workers: int | Unset = 20
    """ Maximum number of workers. """
    endpoint_name: str | Unset = "default-endpoint"
    """ Name of the endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_load = self.min_load

        target_util = self.target_util

        cold_mult = self.cold_mult

        cold_workers = self.cold_workers

        max_workers = self.max_workers

        endpoint_name = self.endpoint_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_load is not UNSET:
            field_dict["min_load"] = min_load
        if target_util is not UNSET:
            field_dict["target_util"] = target_util
        if cold_mult is not UNSET:
            field_dict["cold_mult"] = cold_mult
        if cold_workers is not UNSET:
            field_dict["cold_workers"] = cold_workers
        if max_workers is not UNSET:
            field_dict["max_workers"] = max_workers
        if endpoint_name is not UNSET:
            field_dict["endpoint_name"] = endpoint_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_load = d.pop("min_load", UNSET)

        target_util = d.pop("target_util", UNSET)

        cold_mult = d.pop("cold_mult", UNSET)

        cold_workers = d.pop("cold_workers", UNSET)

        max_workers = d.pop("max_workers", UNSET)

        endpoint_name = d.pop("endpoint_name", UNSET)

        create_endpoint_body = cls(
            min_load=min_load,
            target_util=target_util,
            cold_mult=cold_mult,
            cold_workers=cold_workers,
            max_workers=max_workers,
            endpoint_name=endpoint_name,
        )

        create_endpoint_body.additional_properties = d
        return create_endpoint_body

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
