from typing import Literal

CreateInstanceBodyRuntype = Literal[
    "args",
    "jupyter",
    "jupyter_direct",
    "jupyter_proxy",
    "ssh",
    "ssh_direct",
    "ssh_proxy",
]

CREATE_INSTANCE_BODY_RUNTYPE_VALUES: set[CreateInstanceBodyRuntype] = {
    "args",
    "jupyter",
    "jupyter_direct",
    "jupyter_proxy",
    "ssh",
    "ssh_direct",
    "ssh_proxy",
}


def check_create_instance_body_runtype(value: str) -> CreateInstanceBodyRuntype:
    if value in CREATE_INSTANCE_BODY_RUNTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_INSTANCE_BODY_RUNTYPE_VALUES!r}"
    )
