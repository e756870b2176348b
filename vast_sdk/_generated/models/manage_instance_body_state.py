from typing import Literal

ManageInstanceBodyState = Literal["running", "stopped"]

MANAGE_INSTANCE_BODY_STATE_VALUES: set[ManageInstanceBodyState] = {
    "running",
    "stopped",
}


def check_manage_instance_body_state(value: str) -> ManageInstanceBodyState:
    if value in MANAGE_INSTANCE_BODY_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANAGE_INSTANCE_BODY_STATE_VALUES!r}"
    )
