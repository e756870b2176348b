from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkergroupBody")


@_attrs_define
class UpdateWorkergroupBody:
    min_load: float | Unset = UNSET
    """ Minimum load for the workergroup. """
    target_util: float | Unset = UNSET
    """ Target utilization for the workergroup. """
    cold_mult: float | Unset = UNSET
    """ Cold multiplier for the workergroup. """
    test_workers: int | Unset = 3
    """ Number of test workers for performance estimation. """
    template_hash: str | Unset = UNSET
    """ Template hash for the workergroup. """
    template_id: int | Unset = UNSET
    """ Template ID for the workergroup. """
    search_params: str | Unset = "verified=true rentable=true rented=false"
    """ Search parameters for offers (JSON object or query string). """
    launch_args: str | Unset = UNSET
    """ Launch arguments for creating instances. """
    gpu_ram: float | Unset = UNSET
    """ Estimated GPU RAM requirement. """
    endpoint_name: str | Unset = UNSET
    """ Deployment endpoint name. """
    endpoint_id: int | Unset = UNSET
    """ Deployment endpoint ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_load = self.min_load

        target_util = self.target_util

        cold_mult = self.cold_mult

        test_workers = self.test_workers

        template_hash = self.template_hash

        template_id = self.template_id

        search_params = self.search_params

        launch_args = self.launch_args

        gpu_ram = self.gpu_ram

        endpoint_name = self.endpoint_name

        endpoint_id = self.endpoint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_load is not UNSET:
            field_dict["min_load"] = min_load
        if target_util is not UNSET:
            field_dict["target_util"] = target_util
        if cold_mult is not UNSET:
            field_dict["cold_mult"] = cold_mult
        if test_workers is not UNSET:
            field_dict["test_workers"] = test_workers
        if template_hash is not UNSET:
            field_dict["template_hash"] = template_hash
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if search_params is not UNSET:
            field_dict["search_params"] = search_params
        if launch_args is not UNSET:
            field_dict["launch_args"] = launch_args
        if gpu_ram is not UNSET:
            field_dict["gpu_ram"] = gpu_ram
        if endpoint_name is not UNSET:
            field_dict["endpoint_name"] = endpoint_name
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_load = d.pop("min_load", UNSET)

        target_util = d.pop("target_util", UNSET)

        cold_mult = d.pop("cold_mult", UNSET)

        test_workers = d.pop("test_workers", UNSET)

        template_hash = d.pop("template_hash", UNSET)

        template_id = d.pop("template_id", UNSET)

        search_params = d.pop("search_params", UNSET)

        launch_args = d.pop("launch_args", UNSET)

        gpu_ram = d.pop("gpu_ram", UNSET)

        endpoint_name = d.pop("endpoint_name", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        update_workergroup_body = cls(
            min_load=min_load,
            target_util=target_util,
            cold_mult=cold_mult,
            test_workers=test_workers,
            template_hash=template_hash,
            template_id=template_id,
            search_params=search_params,
            launch_args=launch_args,
            gpu_ram=gpu_ram,
            endpoint_name=endpoint_name,
            endpoint_id=endpoint_id,
        )

        update_workergroup_body.additional_properties = d
        return update_workergroup_body

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
