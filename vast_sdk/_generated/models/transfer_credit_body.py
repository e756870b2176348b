from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferCreditBody")


@_attrs_define
class TransferCreditBody:
    recipient: str
    """ Email address or user ID of the recipient """
    amount: float
    """ Amount of credits to transfer (must be positive) """
    client_id: str | Unset = UNSET
    """ Client identifier (usually "me") """
    apikey_id: str | Unset = UNSET
    """ Optional API key identifier for audit logging """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        amount = self.amount

        client_id = self.client_id

        apikey_id = self.apikey_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
                "amount": amount,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if apikey_id is not UNSET:
            field_dict["apikey_id"] = apikey_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recipient = d.pop("recipient")

        amount = d.pop("amount")

        client_id = d.pop("client_id", UNSET)

        apikey_id = d.pop("apikey_id", UNSET)

        transfer_credit_body = cls(
            recipient=recipient,
            amount=amount,
            client_id=client_id,
            apikey_id=apikey_id,
        )

        transfer_credit_body.additional_properties = d
        return transfer_credit_body

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
