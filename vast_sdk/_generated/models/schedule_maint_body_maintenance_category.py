from typing import Literal

ScheduleMaintBodyMaintenanceCategory = Literal[
    "disk", "gpu", "internet", "other", "power", "software"
]

SCHEDULE_MAINT_BODY_MAINTENANCE_CATEGORY_VALUES: set[
    ScheduleMaintBodyMaintenanceCategory
] = {
    "disk",
    "gpu",
    "internet",
    "other",
    "power",
    "software",
}


def check_schedule_maint_body_maintenance_category(
    value: str,
) -> ScheduleMaintBodyMaintenanceCategory:
    if value in SCHEDULE_MAINT_BODY_MAINTENANCE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULE_MAINT_BODY_MAINTENANCE_CATEGORY_VALUES!r}"
    )
