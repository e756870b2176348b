from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_instances_response_200_instances_type_0_item import (
        ShowInstancesResponse200InstancesType0Item,
    )


T = TypeVar("T", bound="ShowInstancesResponse200")


@_attrs_define
class ShowInstancesResponse200:
    instances_found: int | None | Unset = UNSET
    """ Number of instances found for the user. """
    instances: list[ShowInstancesResponse200InstancesType0Item] | None | Unset = UNSET
    """ List of instance objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instances_found: int | None | Unset
        if isinstance(self.instances_found, Unset):
            instances_found = UNSET
        else:
            instances_found = self.instances_found

        instances: list[dict[str, Any]] | None | Unset
        if isinstance(self.instances, Unset):
            instances = UNSET
        elif isinstance(self.instances, list):
            instances = []
            for instances_type_0_item_data in self.instances:
                instances_type_0_item = instances_type_0_item_data.to_dict()
                instances.append(instances_type_0_item)

        else:
            instances = self.instances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instances_found is not UNSET:
            field_dict["instances_found"] = instances_found
        if instances is not UNSET:
            field_dict["instances"] = instances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.show_instances_response_200_instances_type_0_item import (
            ShowInstancesResponse200InstancesType0Item,
        )

        d = dict(src_dict)

        def _parse_instances_found(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        instances_found = _parse_instances_found(d.pop("instances_found", UNSET))

        def _parse_instances(
            data: object,
        ) -> list[ShowInstancesResponse200InstancesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instances_type_0 = []
                _instances_type_0 = data
                for instances_type_0_item_data in _instances_type_0:
                    instances_type_0_item = (
                        ShowInstancesResponse200InstancesType0Item.from_dict(
                            instances_type_0_item_data
                        )
                    )

                    instances_type_0.append(instances_type_0_item)

                return instances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ShowInstancesResponse200InstancesType0Item] | None | Unset, data
            )

        instances = _parse_instances(d.pop("instances", UNSET))

        show_instances_response_200 = cls(
            instances_found=instances_found,
            instances=instances,
        )

        show_instances_response_200.additional_properties = d
        return show_instances_response_200

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
