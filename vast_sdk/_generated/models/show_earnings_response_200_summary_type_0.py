from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowEarningsResponse200SummaryType0")


@_attrs_define
class ShowEarningsResponse200SummaryType0:
    total_gpu: float | None | Unset = UNSET
    total_stor: float | None | Unset = UNSET
    total_bwu: float | None | Unset = UNSET
    total_bwd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_gpu: float | None | Unset
        if isinstance(self.total_gpu, Unset):
            total_gpu = UNSET
        else:
            total_gpu = self.total_gpu

        total_stor: float | None | Unset
        if isinstance(self.total_stor, Unset):
            total_stor = UNSET
        else:
            total_stor = self.total_stor

        total_bwu: float | None | Unset
        if isinstance(self.total_bwu, Unset):
            total_bwu = UNSET
        else:
            total_bwu = self.total_bwu

        total_bwd: float | None | Unset
        if isinstance(self.total_bwd, Unset):
            total_bwd = UNSET
        else:
            total_bwd = self.total_bwd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_gpu is not UNSET:
            field_dict["total_gpu"] = total_gpu
        if total_stor is not UNSET:
            field_dict["total_stor"] = total_stor
        if total_bwu is not UNSET:
            field_dict["total_bwu"] = total_bwu
        if total_bwd is not UNSET:
            field_dict["total_bwd"] = total_bwd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_total_gpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_gpu = _parse_total_gpu(d.pop("total_gpu", UNSET))

        def _parse_total_stor(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_stor = _parse_total_stor(d.pop("total_stor", UNSET))

        def _parse_total_bwu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_bwu = _parse_total_bwu(d.pop("total_bwu", UNSET))

        def _parse_total_bwd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_bwd = _parse_total_bwd(d.pop("total_bwd", UNSET))

        show_earnings_response_200_summary_type_0 = cls(
            total_gpu=total_gpu,
            total_stor=total_stor,
            total_bwu=total_bwu,
            total_bwd=total_bwd,
        )

        show_earnings_response_200_summary_type_0.additional_properties = d
        return show_earnings_response_200_summary_type_0

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
