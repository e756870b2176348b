from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manage_instance_body_state import (
    ManageInstanceBodyState,
    check_manage_instance_body_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManageInstanceBody")


@_attrs_define
class ManageInstanceBody:
    """At least one of these parameters should be provided"""

    state: ManageInstanceBodyState | Unset = UNSET
    """ Change instance state (optional) """
    label: str | Unset = UNSET
    """ Text label to assign to the instance (optional) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: ManageInstanceBodyState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_manage_instance_body_state(_state)

        label = d.pop("label", UNSET)

        manage_instance_body = cls(
            state=state,
            label=label,
        )

        manage_instance_body.additional_properties = d
        return manage_instance_body

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
