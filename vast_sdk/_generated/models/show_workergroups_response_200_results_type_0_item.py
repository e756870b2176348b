from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowWorkergroupsResponse200ResultsType0Item")


@_attrs_define
class ShowWorkergroupsResponse200ResultsType0Item:
    id: int | None | Unset = UNSET
    min_load: float | None | Unset = UNSET
    target_util: float | None | Unset = UNSET
    cold_mult: float | None | Unset = UNSET
    test_workers: int | None | Unset = UNSET
    template_hash: None | str | Unset = UNSET
    template_id: int | None | Unset = UNSET
    search_query: None | str | Unset = UNSET
    """ Offer search query the workergroup launches workers from. """
    launch_args: None | str | Unset = UNSET
    gpu_ram: float | None | Unset = UNSET
    endpoint_name: None | str | Unset = UNSET
    endpoint_id: int | None | Unset = UNSET
    api_key: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        min_load: float | None | Unset
        if isinstance(self.min_load, Unset):
            min_load = UNSET
        else:
            min_load = self.min_load

        target_util: float | None | Unset
        if isinstance(self.target_util, Unset):
            target_util = UNSET
        else:
            target_util = self.target_util

        cold_mult: float | None | Unset
        if isinstance(self.cold_mult, Unset):
            cold_mult = UNSET
        else:
            cold_mult = self.cold_mult

        test_workers: int | None | Unset
        if isinstance(self.test_workers, Unset):
            test_workers = UNSET
        else:
            test_workers = self.test_workers

        template_hash: None | str | Unset
        if isinstance(self.template_hash, Unset):
            template_hash = UNSET
        else:
            template_hash = self.template_hash

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        search_query: None | str | Unset
        if isinstance(self.search_query, Unset):
            search_query = UNSET
        else:
            search_query = self.search_query

        launch_args: None | str | Unset
        if isinstance(self.launch_args, Unset):
            launch_args = UNSET
        else:
            launch_args = self.launch_args

        gpu_ram: float | None | Unset
        if isinstance(self.gpu_ram, Unset):
            gpu_ram = UNSET
        else:
            gpu_ram = self.gpu_ram

        endpoint_name: None | str | Unset
        if isinstance(self.endpoint_name, Unset):
            endpoint_name = UNSET
        else:
            endpoint_name = self.endpoint_name

        endpoint_id: int | None | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if search_query is not UNSET:
            field_dict["search_query"] = search_query
        if launch_args is not UNSET:
            field_dict["launch_args"] = launch_args
        if gpu_ram is not UNSET:
            field_dict["gpu_ram"] = gpu_ram
        if endpoint_name is not UNSET:
            field_dict["endpoint_name"] = endpoint_name
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_min_load(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_load = _parse_min_load(d.pop("min_load", UNSET))

        def _parse_target_util(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_util = _parse_target_util(d.pop("target_util", UNSET))

        def _parse_cold_mult(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cold_mult = _parse_cold_mult(d.pop("cold_mult", UNSET))

        def _parse_test_workers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_workers = _parse_test_workers(d.pop("test_workers", UNSET))

        def _parse_template_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_hash = _parse_template_hash(d.pop("template_hash", UNSET))

        def _parse_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_search_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_query = _parse_search_query(d.pop("search_query", UNSET))

        def _parse_launch_args(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        launch_args = _parse_launch_args(d.pop("launch_args", UNSET))

        def _parse_gpu_ram(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_ram = _parse_gpu_ram(d.pop("gpu_ram", UNSET))

        def _parse_endpoint_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_name = _parse_endpoint_name(d.pop("endpoint_name", UNSET))

        def _parse_endpoint_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        endpoint_id = _parse_endpoint_id(d.pop("endpoint_id", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        show_workergroups_response_200_results_type_0_item = cls(
            id=id,
            min_load=min_load,
            target_util=target_util,
            cold_mult=cold_mult,
            test_workers=test_workers,
            template_hash=template_hash,
            template_id=template_id,
            search_query=search_query,
            launch_args=launch_args,
            gpu_ram=gpu_ram,
            endpoint_name=endpoint_name,
            endpoint_id=endpoint_id,
            api_key=api_key,
            created_at=created_at,
            user_id=user_id,
        )

        show_workergroups_response_200_results_type_0_item.additional_properties = d
        return show_workergroups_response_200_results_type_0_item

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
