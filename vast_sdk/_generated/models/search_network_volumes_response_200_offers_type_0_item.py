from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchNetworkVolumesResponse200OffersType0Item")


@_attrs_define
class SearchNetworkVolumesResponse200OffersType0Item:
    ask_contract_id: int | None | Unset = UNSET
    """ Unique offer ID """
    disk_space: float | None | Unset = UNSET
    """ Storage space in GB """
    inet_up: float | None | Unset = UNSET
    """ Upload bandwidth (MB/s) """
    inet_down: float | None | Unset = UNSET
    """ Download bandwidth (MB/s) """
    reliability2: float | None | Unset = UNSET
    """ Cluster reliability score (0-1) """
    verified: bool | None | Unset = UNSET
    """ Cluster verification status """
    geolocation: None | str | Unset = UNSET
    """ Geographic location """
    nw_disk_avg_bw: int | None | Unset = UNSET
    """ Average read bw of network disk from machines in cluster """
    nw_disk_max_bw: int | None | Unset = UNSET
    """ Max read bw of network disk from machines in cluster """
    nw_disk_min_bw: int | None | Unset = UNSET
    """ Min read bw of network disk from machines in cluster """
    start_date: float | None | Unset = UNSET
    """ start date of offer, in epoch time """
    end_date: float | None | Unset = UNSET
    """ end date of offer, in epoch time """
    storage_cost: float | None | Unset = UNSET
    """ storage cost in $/GB/month """
    storage_cost_total: float | None | Unset = UNSET
    """ total storage cost per hour for rented space """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ask_contract_id: int | None | Unset
        if isinstance(self.ask_contract_id, Unset):
            ask_contract_id = UNSET
        else:
            ask_contract_id = self.ask_contract_id

        disk_space: float | None | Unset
        if isinstance(self.disk_space, Unset):
            disk_space = UNSET
        else:
            disk_space = self.disk_space

        inet_up: float | None | Unset
        if isinstance(self.inet_up, Unset):
            inet_up = UNSET
        else:
            inet_up = self.inet_up

        inet_down: float | None | Unset
        if isinstance(self.inet_down, Unset):
            inet_down = UNSET
        else:
            inet_down = self.inet_down

        reliability2: float | None | Unset
        if isinstance(self.reliability2, Unset):
            reliability2 = UNSET
        else:
            reliability2 = self.reliability2

        verified: bool | None | Unset
        if isinstance(self.verified, Unset):
            verified = UNSET
        else:
            verified = self.verified

        geolocation: None | str | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        else:
            geolocation = self.geolocation

        nw_disk_avg_bw: int | None | Unset
        if isinstance(self.nw_disk_avg_bw, Unset):
            nw_disk_avg_bw = UNSET
        else:
            nw_disk_avg_bw = self.nw_disk_avg_bw

        nw_disk_max_bw: int | None | Unset
        if isinstance(self.nw_disk_max_bw, Unset):
            nw_disk_max_bw = UNSET
        else:
            nw_disk_max_bw = self.nw_disk_max_bw

        nw_disk_min_bw: int | None | Unset
        if isinstance(self.nw_disk_min_bw, Unset):
            nw_disk_min_bw = UNSET
        else:
            nw_disk_min_bw = self.nw_disk_min_bw

        start_date: float | None | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: float | None | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        storage_cost: float | None | Unset
        if isinstance(self.storage_cost, Unset):
            storage_cost = UNSET
        else:
            storage_cost = self.storage_cost

        storage_cost_total: float | None | Unset
        if isinstance(self.storage_cost_total, Unset):
            storage_cost_total = UNSET
        else:
            storage_cost_total = self.storage_cost_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ask_contract_id is not UNSET:
            field_dict["ask_contract_id"] = ask_contract_id
        if disk_space is not UNSET:
            field_dict["disk_space"] = disk_space
        if inet_up is not UNSET:
            field_dict["inet_up"] = inet_up
        if inet_down is not UNSET:
            field_dict["inet_down"] = inet_down
        if reliability2 is not UNSET:
            field_dict["reliability2"] = reliability2
        if verified is not UNSET:
            field_dict["verified"] = verified
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if nw_disk_avg_bw is not UNSET:
            field_dict["nw_disk_avg_bw"] = nw_disk_avg_bw
        if nw_disk_max_bw is not UNSET:
            field_dict["nw_disk_max_bw"] = nw_disk_max_bw
        if nw_disk_min_bw is not UNSET:
            field_dict["nw_disk_min_bw"] = nw_disk_min_bw
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if storage_cost is not UNSET:
            field_dict["storage_cost"] = storage_cost
        if storage_cost_total is not UNSET:
            field_dict["storage_cost_total"] = storage_cost_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ask_contract_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ask_contract_id = _parse_ask_contract_id(d.pop("ask_contract_id", UNSET))

        def _parse_disk_space(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        disk_space = _parse_disk_space(d.pop("disk_space", UNSET))

        def _parse_inet_up(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_up = _parse_inet_up(d.pop("inet_up", UNSET))

        def _parse_inet_down(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inet_down = _parse_inet_down(d.pop("inet_down", UNSET))

        def _parse_reliability2(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reliability2 = _parse_reliability2(d.pop("reliability2", UNSET))

        def _parse_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        verified = _parse_verified(d.pop("verified", UNSET))

        def _parse_geolocation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        def _parse_nw_disk_avg_bw(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nw_disk_avg_bw = _parse_nw_disk_avg_bw(d.pop("nw_disk_avg_bw", UNSET))

        def _parse_nw_disk_max_bw(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nw_disk_max_bw = _parse_nw_disk_max_bw(d.pop("nw_disk_max_bw", UNSET))

        def _parse_nw_disk_min_bw(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nw_disk_min_bw = _parse_nw_disk_min_bw(d.pop("nw_disk_min_bw", UNSET))

        def _parse_start_date(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_storage_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        storage_cost = _parse_storage_cost(d.pop("storage_cost", UNSET))

        def _parse_storage_cost_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        storage_cost_total = _parse_storage_cost_total(
            d.pop("storage_cost_total", UNSET)
        )

        search_network_volumes_response_200_offers_type_0_item = cls(
            ask_contract_id=ask_contract_id,
            disk_space=disk_space,
            inet_up=inet_up,
            inet_down=inet_down,
            reliability2=reliability2,
            verified=verified,
            geolocation=geolocation,
            nw_disk_avg_bw=nw_disk_avg_bw,
            nw_disk_max_bw=nw_disk_max_bw,
            nw_disk_min_bw=nw_disk_min_bw,
            start_date=start_date,
            end_date=end_date,
            storage_cost=storage_cost,
            storage_cost_total=storage_cost_total,
        )

        search_network_volumes_response_200_offers_type_0_item.additional_properties = d
        return search_network_volumes_response_200_offers_type_0_item

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
