from typing import Literal

CreateInstanceBodyTargetState = Literal["running", "stopped"]

CREATE_INSTANCE_BODY_TARGET_STATE_VALUES: set[CreateInstanceBodyTargetState] = {
    "running",
    "stopped",
}


def check_create_instance_body_target_state(
    value: str,
) -> CreateInstanceBodyTargetState:
    if value in CREATE_INSTANCE_BODY_TARGET_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_INSTANCE_BODY_TARGET_STATE_VALUES!r}"
    )
