from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowEarningsResponse200PerMachineType0Item")


@_attrs_define
class ShowEarningsResponse200PerMachineType0Item:
    machine_id: int | None | Unset = UNSET
    gpu_earn: float | None | Unset = UNSET
    sto_earn: float | None | Unset = UNSET
    bwu_earn: float | None | Unset = UNSET
    bwd_earn: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machine_id: int | None | Unset
        if isinstance(self.machine_id, Unset):
            machine_id = UNSET
        else:
            machine_id = self.machine_id

        gpu_earn: float | None | Unset
        if isinstance(self.gpu_earn, Unset):
            gpu_earn = UNSET
        else:
            gpu_earn = self.gpu_earn

        sto_earn: float | None | Unset
        if isinstance(self.sto_earn, Unset):
            sto_earn = UNSET
        else:
            sto_earn = self.sto_earn

        bwu_earn: float | None | Unset
        if isinstance(self.bwu_earn, Unset):
            bwu_earn = UNSET
        else:
            bwu_earn = self.bwu_earn

        bwd_earn: float | None | Unset
        if isinstance(self.bwd_earn, Unset):
            bwd_earn = UNSET
        else:
            bwd_earn = self.bwd_earn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if gpu_earn is not UNSET:
            field_dict["gpu_earn"] = gpu_earn
        if sto_earn is not UNSET:
            field_dict["sto_earn"] = sto_earn
        if bwu_earn is not UNSET:
            field_dict["bwu_earn"] = bwu_earn
        if bwd_earn is not UNSET:
            field_dict["bwd_earn"] = bwd_earn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_machine_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        machine_id = _parse_machine_id(d.pop("machine_id", UNSET))

        def _parse_gpu_earn(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_earn = _parse_gpu_earn(d.pop("gpu_earn", UNSET))

        def _parse_sto_earn(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sto_earn = _parse_sto_earn(d.pop("sto_earn", UNSET))

        def _parse_bwu_earn(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bwu_earn = _parse_bwu_earn(d.pop("bwu_earn", UNSET))

        def _parse_bwd_earn(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bwd_earn = _parse_bwd_earn(d.pop("bwd_earn", UNSET))

        show_earnings_response_200_per_machine_type_0_item = cls(
            machine_id=machine_id,
            gpu_earn=gpu_earn,
            sto_earn=sto_earn,
            bwu_earn=bwu_earn,
            bwd_earn=bwd_earn,
        )

        show_earnings_response_200_per_machine_type_0_item.additional_properties = d
        return show_earnings_response_200_per_machine_type_0_item

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
