"""Reading an instance the same way whether it is an Instance model or the API's JSON object.

The rent helpers take either: an ``Instance`` from the SDK, or the dict a raw response, a
webhook or another client gave. Both read through ``get``, which returns None for a field that
is absent, so no helper raises a bare KeyError or AttributeError on a shape it did not expect.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from ..models import Instance

InstanceLike: TypeAlias = "Instance | Mapping[str, Any]"
"""An Instance model, or the instance's JSON object as the API sends it."""


def get(instance: object, name: str) -> Any:
    """Field ``name`` of an Instance or of a JSON object (None when absent).

    The Instance fields the rent helpers read have the same name as their JSON keys.
    """
    if isinstance(instance, Mapping):
        return instance.get(name)
    value = getattr(instance, name, None)
    if value is None:
        extra = getattr(instance, "additional_properties", None)
        if isinstance(extra, Mapping):
            return extra.get(name)
    return value


def text(instance: object, name: str) -> str | None:
    """A text field, stripped; None when absent, blank, or not text."""
    value = get(instance, name)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def integer(value: object) -> int | None:
    """An int from an int or a string of digits (the API sends ports both ways); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return None


def instance_id(instance: object) -> int | None:
    """The instance's id, or None when it has none that is an int."""
    return integer(get(instance, "id"))
