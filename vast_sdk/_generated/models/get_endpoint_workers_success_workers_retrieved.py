from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_workers_success_workers_retrieved_workers_type_0_item import (
        GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item,
    )


T = TypeVar("T", bound="GetEndpointWorkersSuccessWorkersRetrieved")


@_attrs_define
class GetEndpointWorkersSuccessWorkersRetrieved:
    workers: (
        list[GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item] | None | Unset
    ) = UNSET
    """ List of workers for this endpoint """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workers: list[dict[str, Any]] | None | Unset
        if isinstance(self.workers, Unset):
            workers = UNSET
        elif isinstance(self.workers, list):
            workers = []
            for workers_type_0_item_data in self.workers:
                workers_type_0_item = workers_type_0_item_data.to_dict()
                workers.append(workers_type_0_item)

        else:
            workers = self.workers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_endpoint_workers_success_workers_retrieved_workers_type_0_item import (
            GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item,
        )

        d = dict(src_dict)

        def _parse_workers(
            data: object,
        ) -> (
            list[GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                workers_type_0 = []
                _workers_type_0 = data
                for workers_type_0_item_data in _workers_type_0:
                    workers_type_0_item = GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item.from_dict(
                        workers_type_0_item_data
                    )

                    workers_type_0.append(workers_type_0_item)

                return workers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item]
                | None
                | Unset,
                data,
            )

        workers = _parse_workers(d.pop("workers", UNSET))

        get_endpoint_workers_success_workers_retrieved = cls(
            workers=workers,
        )

        get_endpoint_workers_success_workers_retrieved.additional_properties = d
        return get_endpoint_workers_success_workers_retrieved

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
