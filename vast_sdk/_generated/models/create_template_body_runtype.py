from typing import Literal

CreateTemplateBodyRuntype = Literal["args", "jupyter", "ssh"]

CREATE_TEMPLATE_BODY_RUNTYPE_VALUES: set[CreateTemplateBodyRuntype] = {
    "args",
    "jupyter",
    "ssh",
}


def check_create_template_body_runtype(value: str) -> CreateTemplateBodyRuntype:
    if value in CREATE_TEMPLATE_BODY_RUNTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TEMPLATE_BODY_RUNTYPE_VALUES!r}"
    )
