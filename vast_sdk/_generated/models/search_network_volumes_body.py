from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_network_volumes_body_q import SearchNetworkVolumesBodyQ


T = TypeVar("T", bound="SearchNetworkVolumesBody")


@_attrs_define
class SearchNetworkVolumesBody:
    q: SearchNetworkVolumesBodyQ | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q: dict[str, Any] | Unset = UNSET
        if not isinstance(self.q, Unset):
            q = self.q.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_network_volumes_body_q import SearchNetworkVolumesBodyQ

        d = dict(src_dict)
        _q = d.pop("q", UNSET)
        q: SearchNetworkVolumesBodyQ | Unset
        if isinstance(_q, Unset):
            q = UNSET
        else:
            q = SearchNetworkVolumesBodyQ.from_dict(_q)

        search_network_volumes_body = cls(
            q=q,
        )

        search_network_volumes_body.additional_properties = d
        return search_network_volumes_body

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
