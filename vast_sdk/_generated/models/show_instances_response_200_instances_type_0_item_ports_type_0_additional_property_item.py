from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem",
)


@_attrs_define
class ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem:
    host_ip: None | str | Unset = UNSET
    host_port: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_ip: None | str | Unset
        if isinstance(self.host_ip, Unset):
            host_ip = UNSET
        else:
            host_ip = self.host_ip

        host_port: None | str | Unset
        if isinstance(self.host_port, Unset):
            host_port = UNSET
        else:
            host_port = self.host_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host_ip is not UNSET:
            field_dict["HostIp"] = host_ip
        if host_port is not UNSET:
            field_dict["HostPort"] = host_port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_host_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host_ip = _parse_host_ip(d.pop("HostIp", UNSET))

        def _parse_host_port(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host_port = _parse_host_port(d.pop("HostPort", UNSET))

        show_instances_response_200_instances_type_0_item_ports_type_0_additional_property_item = cls(
            host_ip=host_ip,
            host_port=host_port,
        )

        show_instances_response_200_instances_type_0_item_ports_type_0_additional_property_item.additional_properties = d
        return show_instances_response_200_instances_type_0_item_ports_type_0_additional_property_item

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
