from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_network_volumes_body_q_disk_bw import (
        SearchNetworkVolumesBodyQDiskBw,
    )
    from ..models.search_network_volumes_body_q_duration import (
        SearchNetworkVolumesBodyQDuration,
    )
    from ..models.search_network_volumes_body_q_geolocation import (
        SearchNetworkVolumesBodyQGeolocation,
    )
    from ..models.search_network_volumes_body_q_inet_down import (
        SearchNetworkVolumesBodyQInetDown,
    )
    from ..models.search_network_volumes_body_q_inet_up import (
        SearchNetworkVolumesBodyQInetUp,
    )
    from ..models.search_network_volumes_body_q_reliability_2 import (
        SearchNetworkVolumesBodyQReliability2,
    )
    from ..models.search_network_volumes_body_q_storage_cost import (
        SearchNetworkVolumesBodyQStorageCost,
    )
    from ..models.search_network_volumes_body_q_verified import (
        SearchNetworkVolumesBodyQVerified,
    )


T = TypeVar("T", bound="SearchNetworkVolumesBodyQ")


@_attrs_define
class SearchNetworkVolumesBodyQ:
    verified: SearchNetworkVolumesBodyQVerified | Unset = UNSET
    """ Display offers where all machines in cluster are verified """
    order: list[list[str]] | Unset = UNSET
    """ Sort fields and directions """
    limit: int | Unset = UNSET
    """ Max results to return """
    reliability2: SearchNetworkVolumesBodyQReliability2 | Unset = UNSET
    """ Cluster reliability score (0-1) """
    inet_down: SearchNetworkVolumesBodyQInetDown | Unset = UNSET
    """ Download bandwidth (MB/s) """
    inet_up: SearchNetworkVolumesBodyQInetUp | Unset = UNSET
    """ Upload bandwidth (MB/s) """
    geolocation: SearchNetworkVolumesBodyQGeolocation | Unset = UNSET
    """ Cluster location (two letter country code) """
    disk_bw: SearchNetworkVolumesBodyQDiskBw | Unset = UNSET
    """ Disk read bandwidth in MB/s """
    duration: SearchNetworkVolumesBodyQDuration | Unset = UNSET
    """ Maximum rental duration in days """
    storage_cost: SearchNetworkVolumesBodyQStorageCost | Unset = UNSET
    """ Storage cost in $/GB/month """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verified: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verified, Unset):
            verified = self.verified.to_dict()

        order: list[list[str]] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = []
            for order_item_data in self.order:
                order_item = order_item_data

                order.append(order_item)

        limit = self.limit

        reliability2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reliability2, Unset):
            reliability2 = self.reliability2.to_dict()

        inet_down: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inet_down, Unset):
            inet_down = self.inet_down.to_dict()

        inet_up: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inet_up, Unset):
            inet_up = self.inet_up.to_dict()

        geolocation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geolocation, Unset):
            geolocation = self.geolocation.to_dict()

        disk_bw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk_bw, Unset):
            disk_bw = self.disk_bw.to_dict()

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        storage_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_cost, Unset):
            storage_cost = self.storage_cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verified is not UNSET:
            field_dict["verified"] = verified
        if order is not UNSET:
            field_dict["order"] = order
        if limit is not UNSET:
            field_dict["limit"] = limit
        if reliability2 is not UNSET:
            field_dict["reliability2"] = reliability2
        if inet_down is not UNSET:
            field_dict["inet_down"] = inet_down
        if inet_up is not UNSET:
            field_dict["inet_up"] = inet_up
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if disk_bw is not UNSET:
            field_dict["disk_bw"] = disk_bw
        if duration is not UNSET:
            field_dict["duration"] = duration
        if storage_cost is not UNSET:
            field_dict["storage_cost"] = storage_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_network_volumes_body_q_disk_bw import (
            SearchNetworkVolumesBodyQDiskBw,
        )
        from ..models.search_network_volumes_body_q_duration import (
            SearchNetworkVolumesBodyQDuration,
        )
        from ..models.search_network_volumes_body_q_geolocation import (
            SearchNetworkVolumesBodyQGeolocation,
        )
        from ..models.search_network_volumes_body_q_inet_down import (
            SearchNetworkVolumesBodyQInetDown,
        )
        from ..models.search_network_volumes_body_q_inet_up import (
            SearchNetworkVolumesBodyQInetUp,
        )
        from ..models.search_network_volumes_body_q_reliability_2 import (
            SearchNetworkVolumesBodyQReliability2,
        )
        from ..models.search_network_volumes_body_q_storage_cost import (
            SearchNetworkVolumesBodyQStorageCost,
        )
        from ..models.search_network_volumes_body_q_verified import (
            SearchNetworkVolumesBodyQVerified,
        )

        d = dict(src_dict)
        _verified = d.pop("verified", UNSET)
        verified: SearchNetworkVolumesBodyQVerified | Unset
        if isinstance(_verified, Unset):
            verified = UNSET
        else:
            verified = SearchNetworkVolumesBodyQVerified.from_dict(_verified)

        _order = d.pop("order", UNSET)
        order: list[list[str]] | Unset = UNSET
        if _order is not UNSET:
            order = []
            for order_item_data in _order:
                order_item = cast(list[str], order_item_data)

                order.append(order_item)

        limit = d.pop("limit", UNSET)

        _reliability2 = d.pop("reliability2", UNSET)
        reliability2: SearchNetworkVolumesBodyQReliability2 | Unset
        if isinstance(_reliability2, Unset):
            reliability2 = UNSET
        else:
            reliability2 = SearchNetworkVolumesBodyQReliability2.from_dict(
                _reliability2
            )

        _inet_down = d.pop("inet_down", UNSET)
        inet_down: SearchNetworkVolumesBodyQInetDown | Unset
        if isinstance(_inet_down, Unset):
            inet_down = UNSET
        else:
            inet_down = SearchNetworkVolumesBodyQInetDown.from_dict(_inet_down)

        _inet_up = d.pop("inet_up", UNSET)
        inet_up: SearchNetworkVolumesBodyQInetUp | Unset
        if isinstance(_inet_up, Unset):
            inet_up = UNSET
        else:
            inet_up = SearchNetworkVolumesBodyQInetUp.from_dict(_inet_up)

        _geolocation = d.pop("geolocation", UNSET)
        geolocation: SearchNetworkVolumesBodyQGeolocation | Unset
        if isinstance(_geolocation, Unset):
            geolocation = UNSET
        else:
            geolocation = SearchNetworkVolumesBodyQGeolocation.from_dict(_geolocation)

        _disk_bw = d.pop("disk_bw", UNSET)
        disk_bw: SearchNetworkVolumesBodyQDiskBw | Unset
        if isinstance(_disk_bw, Unset):
            disk_bw = UNSET
        else:
            disk_bw = SearchNetworkVolumesBodyQDiskBw.from_dict(_disk_bw)

        _duration = d.pop("duration", UNSET)
        duration: SearchNetworkVolumesBodyQDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = SearchNetworkVolumesBodyQDuration.from_dict(_duration)

        _storage_cost = d.pop("storage_cost", UNSET)
        storage_cost: SearchNetworkVolumesBodyQStorageCost | Unset
        if isinstance(_storage_cost, Unset):
            storage_cost = UNSET
        else:
            storage_cost = SearchNetworkVolumesBodyQStorageCost.from_dict(_storage_cost)

        search_network_volumes_body_q = cls(
            verified=verified,
            order=order,
            limit=limit,
            reliability2=reliability2,
            inet_down=inet_down,
            inet_up=inet_up,
            geolocation=geolocation,
            disk_bw=disk_bw,
            duration=duration,
            storage_cost=storage_cost,
        )

        search_network_volumes_body_q.additional_properties = d
        return search_network_volumes_body_q

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
