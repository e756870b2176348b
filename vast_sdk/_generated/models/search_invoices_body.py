from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_invoices_body_select_filters import (
        SearchInvoicesBodySelectFilters,
    )


T = TypeVar("T", bound="SearchInvoicesBody")


@_attrs_define
class SearchInvoicesBody:
    type_: str | Unset = UNSET
    """ Type of invoices to retrieve """
    select_filters: SearchInvoicesBodySelectFilters | Unset = UNSET
    """ Filters to apply to the invoice selection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        select_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.select_filters, Unset):
            select_filters = self.select_filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if select_filters is not UNSET:
            field_dict["select_filters"] = select_filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_invoices_body_select_filters import (
            SearchInvoicesBodySelectFilters,
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _select_filters = d.pop("select_filters", UNSET)
        select_filters: SearchInvoicesBodySelectFilters | Unset
        if isinstance(_select_filters, Unset):
            select_filters = UNSET
        else:
            select_filters = SearchInvoicesBodySelectFilters.from_dict(_select_filters)

        search_invoices_body = cls(
            type_=type_,
            select_filters=select_filters,
        )

        search_invoices_body.additional_properties = d
        return search_invoices_body

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
