from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkergroupBody")


@_attrs_define
class CreateWorkergroupBody:
    endpoint_name: str | Unset = UNSET
    """ Name of the endpoint group """
    endpoint_id: int | Unset = UNSET
    """ ID of existing endpoint group (alternative to endpoint_name) """
    template_hash: str | Unset = UNSET
    """ Hash ID of template to use for worker instances """
    template_id: int | Unset = UNSET
    """ ID of template (alternative to template_hash) """
    search_params: str | Unset = "verified=true rentable=true rented=false"
    """ Search query for finding worker instances (alternative to template) """
    launch_args: str | Unset = UNSET
    """ Additional launch arguments for worker instances """
    min_load: float | Unset = 1.0
    """ Minimum load threshold for scaling """
    target_util: float | Unset = 0.9
    """ Target GPU utilization """
    cold_mult: float | Unset = 3.0
    """ Cold start multiplier """
    cold_workers: int | Unset = 3
    """ Number of cold workers to maintain """
    max_workers: int | Unset = 20
    """ Maximum number of worker instances """
    test_workers: int | Unset = 3
    """ Number of test workers """
    gpu_ram: int | Unset = 24
    """ Minimum GPU RAM in GB """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_name = self.endpoint_name

        endpoint_id = self.endpoint_id

        template_hash = self.template_hash

        template_id = self.template_id

        search_params = self.search_params

        launch_args = self.launch_args

        min_load = self.min_load

        target_util = self.target_util

        cold_mult = self.cold_mult

        cold_workers = self.cold_workers

        max_workers = self.max_workers

        test_workers = self.test_workers

        gpu_ram = self.gpu_ram

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_name is not UNSET:
            field_dict["endpoint_name"] = endpoint_name
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if template_hash is not UNSET:
            field_dict["template_hash"] = template_hash
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if search_params is not UNSET:
            field_dict["search_params"] = search_params
        if launch_args is not UNSET:
            field_dict["launch_args"] = launch_args
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
        if test_workers is not UNSET:
            field_dict["test_workers"] = test_workers
        if gpu_ram is not UNSET:
            field_dict["gpu_ram"] = gpu_ram

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint_name = d.pop("endpoint_name", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        template_hash = d.pop("template_hash", UNSET)

        template_id = d.pop("template_id", UNSET)

        search_params = d.pop("search_params", UNSET)

        launch_args = d.pop("launch_args", UNSET)

        min_load = d.pop("min_load", UNSET)

        target_util = d.pop("target_util", UNSET)

        cold_mult = d.pop("cold_mult", UNSET)

        cold_workers = d.pop("cold_workers", UNSET)

        max_workers = d.pop("max_workers", UNSET)

        test_workers = d.pop("test_workers", UNSET)

        gpu_ram = d.pop("gpu_ram", UNSET)

        create_workergroup_body = cls(
            endpoint_name=endpoint_name,
            endpoint_id=endpoint_id,
            template_hash=template_hash,
            template_id=template_id,
            search_params=search_params,
            launch_args=launch_args,
            min_load=min_load,
            target_util=target_util,
            cold_mult=cold_mult,
            cold_workers=cold_workers,
            max_workers=max_workers,
            test_workers=test_workers,
            gpu_ram=gpu_ram,
        )

        create_workergroup_body.additional_properties = d
        return create_workergroup_body

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
