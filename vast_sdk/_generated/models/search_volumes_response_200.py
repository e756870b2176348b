from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_offer import VolumeOffer


T = TypeVar("T", bound="SearchVolumesResponse200")


@_attrs_define
class SearchVolumesResponse200:
    offers: list[VolumeOffer] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offers: list[dict[str, Any]] | None | Unset
        if isinstance(self.offers, Unset):
            offers = UNSET
        elif isinstance(self.offers, list):
            offers = []
            for offers_type_0_item_data in self.offers:
                offers_type_0_item = offers_type_0_item_data.to_dict()
                offers.append(offers_type_0_item)

        else:
            offers = self.offers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offers is not UNSET:
            field_dict["offers"] = offers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.volume_offer import VolumeOffer

        d = dict(src_dict)

        def _parse_offers(data: object) -> list[VolumeOffer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                offers_type_0 = []
                _offers_type_0 = data
                for offers_type_0_item_data in _offers_type_0:
                    offers_type_0_item = VolumeOffer.from_dict(offers_type_0_item_data)

                    offers_type_0.append(offers_type_0_item)

                return offers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VolumeOffer] | None | Unset, data)

        offers = _parse_offers(d.pop("offers", UNSET))

        search_volumes_response_200 = cls(
            offers=offers,
        )

        search_volumes_response_200.additional_properties = d
        return search_volumes_response_200

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
