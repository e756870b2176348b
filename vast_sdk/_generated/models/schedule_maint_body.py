from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_maint_body_maintenance_category import (
    ScheduleMaintBodyMaintenanceCategory,
    check_schedule_maint_body_maintenance_category,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleMaintBody")


@_attrs_define
class ScheduleMaintBody:
    sdate: datetime.datetime
    """ Start date and time of the maintenance window. """
    duration: int
    """ Duration of the maintenance window in hours. """
    maintenance_reason: str | Unset = UNSET
    """ Reason for the maintenance. """
    maintenance_category: ScheduleMaintBodyMaintenanceCategory | Unset = UNSET
    """ Category of the maintenance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sdate = self.sdate.isoformat()

        duration = self.duration

        maintenance_reason = self.maintenance_reason

        maintenance_category: str | Unset = UNSET
        if not isinstance(self.maintenance_category, Unset):
            maintenance_category = self.maintenance_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sdate": sdate,
                "duration": duration,
            }
        )
        if maintenance_reason is not UNSET:
            field_dict["maintenance_reason"] = maintenance_reason
        if maintenance_category is not UNSET:
            field_dict["maintenance_category"] = maintenance_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sdate = datetime.datetime.fromisoformat(d.pop("sdate"))

        duration = d.pop("duration")

        maintenance_reason = d.pop("maintenance_reason", UNSET)

        _maintenance_category = d.pop("maintenance_category", UNSET)
        maintenance_category: ScheduleMaintBodyMaintenanceCategory | Unset
        if isinstance(_maintenance_category, Unset):
            maintenance_category = UNSET
        else:
            maintenance_category = check_schedule_maint_body_maintenance_category(
                _maintenance_category
            )

        schedule_maint_body = cls(
            sdate=sdate,
            duration=duration,
            maintenance_reason=maintenance_reason,
            maintenance_category=maintenance_category,
        )

        schedule_maint_body.additional_properties = d
        return schedule_maint_body

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
