from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_invoices_response_200_current_type_0 import (
        ShowInvoicesResponse200CurrentType0,
    )
    from ..models.show_invoices_response_200_invoices_type_0_item import (
        ShowInvoicesResponse200InvoicesType0Item,
    )


T = TypeVar("T", bound="ShowInvoicesResponse200")


@_attrs_define
class ShowInvoicesResponse200:
    invoices: list[ShowInvoicesResponse200InvoicesType0Item] | None | Unset = UNSET
    username: None | str | Unset = UNSET
    bill_to: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    fullname: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    taxinfo: None | str | Unset = UNSET
    current: None | ShowInvoicesResponse200CurrentType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.show_invoices_response_200_current_type_0 import (
            ShowInvoicesResponse200CurrentType0,
        )

        invoices: list[dict[str, Any]] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, list):
            invoices = []
            for invoices_type_0_item_data in self.invoices:
                invoices_type_0_item = invoices_type_0_item_data.to_dict()
                invoices.append(invoices_type_0_item)

        else:
            invoices = self.invoices

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        bill_to: None | str | Unset
        if isinstance(self.bill_to, Unset):
            bill_to = UNSET
        else:
            bill_to = self.bill_to

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        fullname: None | str | Unset
        if isinstance(self.fullname, Unset):
            fullname = UNSET
        else:
            fullname = self.fullname

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        taxinfo: None | str | Unset
        if isinstance(self.taxinfo, Unset):
            taxinfo = UNSET
        else:
            taxinfo = self.taxinfo

        current: dict[str, Any] | None | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        elif isinstance(self.current, ShowInvoicesResponse200CurrentType0):
            current = self.current.to_dict()
        else:
            current = self.current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if username is not UNSET:
            field_dict["username"] = username
        if bill_to is not UNSET:
            field_dict["bill_to"] = bill_to
        if email is not UNSET:
            field_dict["email"] = email
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if taxinfo is not UNSET:
            field_dict["taxinfo"] = taxinfo
        if current is not UNSET:
            field_dict["current"] = current

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.show_invoices_response_200_current_type_0 import (
            ShowInvoicesResponse200CurrentType0,
        )
        from ..models.show_invoices_response_200_invoices_type_0_item import (
            ShowInvoicesResponse200InvoicesType0Item,
        )

        d = dict(src_dict)

        def _parse_invoices(
            data: object,
        ) -> list[ShowInvoicesResponse200InvoicesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invoices_type_0 = []
                _invoices_type_0 = data
                for invoices_type_0_item_data in _invoices_type_0:
                    invoices_type_0_item = (
                        ShowInvoicesResponse200InvoicesType0Item.from_dict(
                            invoices_type_0_item_data
                        )
                    )

                    invoices_type_0.append(invoices_type_0_item)

                return invoices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ShowInvoicesResponse200InvoicesType0Item] | None | Unset, data
            )

        invoices = _parse_invoices(d.pop("invoices", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_bill_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bill_to = _parse_bill_to(d.pop("bill_to", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_fullname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fullname = _parse_fullname(d.pop("fullname", UNSET))

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_taxinfo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taxinfo = _parse_taxinfo(d.pop("taxinfo", UNSET))

        def _parse_current(
            data: object,
        ) -> None | ShowInvoicesResponse200CurrentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = ShowInvoicesResponse200CurrentType0.from_dict(data)

                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShowInvoicesResponse200CurrentType0 | Unset, data)

        current = _parse_current(d.pop("current", UNSET))

        show_invoices_response_200 = cls(
            invoices=invoices,
            username=username,
            bill_to=bill_to,
            email=email,
            fullname=fullname,
            address1=address1,
            address2=address2,
            city=city,
            zip_=zip_,
            country=country,
            taxinfo=taxinfo,
            current=current,
        )

        show_invoices_response_200.additional_properties = d
        return show_invoices_response_200

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
