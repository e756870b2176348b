from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.show_instances_response_200_instances_type_0_item_ports_type_0_additional_property_item import (
        ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem,
    )


T = TypeVar("T", bound="ShowInstancesResponse200InstancesType0ItemPortsType0")


@_attrs_define
class ShowInstancesResponse200InstancesType0ItemPortsType0:
    """
    Example:
        {'8888/tcp': [{'HostIp': '0.0.0.0', 'HostPort': '8888'}], '22/tcp': [{'HostIp': '0.0.0.0', 'HostPort':
            '20000'}]}

    """

    additional_properties: dict[
        str,
        list[
            ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem
        ],
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.show_instances_response_200_instances_type_0_item_ports_type_0_additional_property_item import (
            ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem,
        )

        d = dict(src_dict)
        show_instances_response_200_instances_type_0_item_ports_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem.from_dict(
                    additional_property_item_data
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        show_instances_response_200_instances_type_0_item_ports_type_0.additional_properties = additional_properties
        return show_instances_response_200_instances_type_0_item_ports_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> list[
        ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem
    ]:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: list[
            ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem
        ],
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
