from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_machines_response_200_machines_type_0_item import (
        ShowMachinesResponse200MachinesType0Item,
    )


T = TypeVar("T", bound="ShowMachinesResponse200")


@_attrs_define
class ShowMachinesResponse200:
    machines: list[ShowMachinesResponse200MachinesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machines: list[dict[str, Any]] | None | Unset
        if isinstance(self.machines, Unset):
            machines = UNSET
        elif isinstance(self.machines, list):
            machines = []
            for machines_type_0_item_data in self.machines:
                machines_type_0_item = machines_type_0_item_data.to_dict()
                machines.append(machines_type_0_item)

        else:
            machines = self.machines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if machines is not UNSET:
            field_dict["machines"] = machines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.show_machines_response_200_machines_type_0_item import (
            ShowMachinesResponse200MachinesType0Item,
        )

        d = dict(src_dict)

        def _parse_machines(
            data: object,
        ) -> list[ShowMachinesResponse200MachinesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                machines_type_0 = []
                _machines_type_0 = data
                for machines_type_0_item_data in _machines_type_0:
                    machines_type_0_item = (
                        ShowMachinesResponse200MachinesType0Item.from_dict(
                            machines_type_0_item_data
                        )
                    )

                    machines_type_0.append(machines_type_0_item)

                return machines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ShowMachinesResponse200MachinesType0Item] | None | Unset, data
            )

        machines = _parse_machines(d.pop("machines", UNSET))

        show_machines_response_200 = cls(
            machines=machines,
        )

        show_machines_response_200.additional_properties = d
        return show_machines_response_200

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
