"""What the generated models and parsers share: the shape error and small, fast converters.

The converters return Any on purpose: a response model declares what the API sends, and a
tolerant read may still hand it None for a field the API unexpectedly left out.

Response models are tolerant: a missing field is None and a scalar of the wrong type is kept as
sent. Only a value that cannot become the declared container (an object where a list belongs, a
string where a nested model belongs) raises ShapeError, which the client reports as a
ResponseParseError naming the field.
"""

from __future__ import annotations

import datetime
import gc
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar, TypeVar

from ._types import NotGiven

__all__ = [
    "EMPTY",
    "AbsentResource",
    "RequestModel",
    "ResponseModel",
    "ShapeError",
    "as_datetime",
    "as_item",
    "as_list",
    "as_map",
    "as_model",
    "as_objects",
    "as_one_of",
    "as_scalars",
    "expect",
    "json_type_name",
    "to_json",
]

T = TypeVar("T")


class ShapeError(ValueError):
    """A response value that cannot be read as its declared shape.

    ``where`` names the field (``"Offer.gpu_ram"``), ``expected`` the JSON type it must have.
    """

    def __init__(self, where: str, expected: str, got: Any) -> None:
        self.where = where
        self.expected = expected
        self.got = json_type_name(got)
        super().__init__(f"{where}: expected {expected}, got {self.got}")

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild_shape_error, (self.where, self.expected, self.got)


class AbsentResource(ValueError):
    """A success body saying the thing asked for does not exist (``{"instances": null}``).

    The generated parser raises it where the overlay marks such a field; the client turns it
    into NotFoundError, as if the API had answered 404 with ``error``.
    """

    def __init__(self, error: str, msg: str) -> None:
        super().__init__(error, msg)
        self.error = error
        self.msg = msg


def _rebuild_shape_error(where: str, expected: str, got: str) -> ShapeError:
    err = ShapeError.__new__(ShapeError)
    err.where, err.expected, err.got = where, expected, got
    ValueError.__init__(err, f"{where}: expected {expected}, got {got}")
    return err


_JSON_NAMES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
    type(None): "null",
}


def json_type_name(value: Any) -> str:
    """The JSON name of a decoded value's type ("object", "array", "string", ...)."""
    return _JSON_NAMES.get(type(value), type(value).__name__)


def expect(value: Any, kind: type[T], expected: str, where: str) -> T:
    """``value`` if it is a ``kind`` (dict, list, str...), else ShapeError.

    A JSON number is a float even when written without a fraction (``5``); a boolean is
    never a number.
    """
    if isinstance(value, bool) and kind is not bool:
        raise ShapeError(where, expected, value)
    if kind is float and isinstance(value, int):
        return float(value)  # type: ignore[return-value]
    if isinstance(value, kind):
        return value
    raise ShapeError(where, expected, value)


def as_model(value: Any, from_dict: Callable[[Mapping[str, Any]], T], where: str) -> Any:
    """A nested model from a JSON object; None stays None; anything else is a ShapeError."""
    if value is None:
        return None
    if type(value) is dict:
        return from_dict(value)
    raise ShapeError(where, "an object", value)


def as_list(value: Any, item: Callable[[Any], Any] | None, where: str) -> Any:
    """A list, its items read by ``item`` (None: kept as sent); None stays None."""
    if value is None:
        return None
    if type(value) is list:
        return value if item is None else [item(v) for v in value]
    raise ShapeError(where, "an array", value)


_NOT_SCALAR = frozenset({dict, list, type(None)})


def as_scalars(value: Any, where: str) -> Any:
    """A list of scalars (strings, numbers, booleans), kept as sent; None stays None.

    The list is checked in one C pass over its items' types; a null, object or array item is a
    ShapeError naming the field.
    """
    if value is None:
        return None
    if type(value) is not list:
        raise ShapeError(where, "an array", value)
    if not _NOT_SCALAR.isdisjoint(map(type, value)):
        for item in value:
            as_item(item, None, where, None)
    return value


_DICT_ONLY = frozenset({dict})


def as_objects(value: Any, from_dict: Callable[[Any], Any] | None, where: str) -> Any:
    """A list of JSON objects, each read by ``from_dict`` (None: kept as sent); None stays None.

    A null or non-object item is a ShapeError naming the field. The models are built by one
    ``map`` over the list (search results hold thousands of rows).
    """
    if value is None:
        return None
    if type(value) is not list:
        raise ShapeError(where, "an array", value)
    if not _DICT_ONLY.issuperset(map(type, value)):
        for item in value:
            as_item(item, None, where, dict)
    if from_dict is None:
        return value
    if len(value) < _MANY or not gc.isenabled():
        return list(map(from_dict, value))
    # Thousands of new objects at once: the cyclic GC would walk them over and over as they
    # pile up, though building them makes no cycles (refcounting frees all garbage here).
    # Pausing it for this one loop keeps the cost per row flat; it runs again right after.
    gc.disable()
    try:
        return list(map(from_dict, value))
    finally:
        gc.enable()


_MANY = 1000
"""How long a list of objects must be for as_objects to pause the cyclic GC while it reads it."""


def as_item(value: Any, convert: Callable[[Any], Any] | None, where: str, kind: type | None) -> Any:
    """One list element: never null; a ``kind`` (dict, list) where one is declared, else a
    scalar (not a container); then ``convert`` (a model's from_dict, or a nested list)."""
    if value is None:
        raise ShapeError(f"{where}[]", "a value", value)
    if kind is not None:
        if type(value) is not kind:
            raise ShapeError(f"{where}[]", "an object" if kind is dict else "an array", value)
    elif type(value) in (dict, list):
        raise ShapeError(f"{where}[]", "a scalar", value)
    return value if convert is None else convert(value)


def as_map(value: Any, item: Callable[[Any], Any] | None, where: str) -> Any:
    """A JSON object as a dict, its values read by ``item`` (None: kept as sent)."""
    if value is None:
        return None
    if type(value) is dict:
        return value if item is None else {k: item(v) for k, v in value.items()}
    raise ShapeError(where, "an object", value)


def as_one_of(value: Any, variants: tuple[Any, ...], where: str, *, scalars: bool = False) -> Any:
    """The first model variant whose ``_REQUIRED_KEYS`` the object has (else the first one).

    A value that is not an object is kept as sent when the union also has scalar members
    (``scalars``), and is a ShapeError when every member is a model. None stays None.
    """
    if value is None:
        return None
    if type(value) is not dict:
        if scalars:
            return value
        raise ShapeError(where, "an object", value)
    keys = value.keys()
    chosen = next((v for v in variants if keys >= v._REQUIRED_KEYS), variants[0])
    return chosen.from_dict(value)


def as_datetime(value: Any, where: str) -> Any:
    """An ISO 8601 date-time string (or epoch seconds) as a datetime; None stays None."""
    if value is None or isinstance(value, datetime.datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.datetime.fromtimestamp(value, tz=datetime.UTC)
        except (OverflowError, OSError, ValueError):
            raise ShapeError(where, "a date-time", value) from None
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise ShapeError(where, "a date-time", value)


def to_json(value: Any, include_none: bool = False) -> Any:
    """A value as JSON-ready data: models via ``to_dict`` (``include_none`` passed on to every
    model inside), datetimes as ISO 8601."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict(include_none=True) if include_none else to_dict()
    if isinstance(value, Mapping):
        return {k: to_json(v, include_none) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v, include_none) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


class _Empty(Mapping[str, Any]):
    """An empty, read-only mapping that pickles (and copies) as the one shared instance."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"

    def __reduce__(self) -> str:
        return "EMPTY"


EMPTY: Mapping[str, Any] = _Empty()
"""The additional_properties of a response object with no unknown fields (shared, read-only)."""


class ResponseModel:
    """Base of the response models: ``to_dict`` and ``repr`` from the generated field table."""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]]
    """(attribute, JSON key) for every field the spec documents."""
    additional_properties: Mapping[str, Any]

    def to_dict(self, *, include_none: bool = False) -> dict[str, Any]:
        """The model as JSON-ready data: the documented fields by their JSON keys, then the
        fields the API sent that the spec does not document (``additional_properties``).

        Fields that are None (the API sent null, or nothing) are left out; with
        ``include_none=True`` every documented key is there, None included, in every model
        inside too: what code written for the official client's dicts expects
        (``instance["label"]``).
        """
        if include_none:
            out = {key: to_json(getattr(self, attr), True) for attr, key in self._FIELDS}
        else:
            out = {
                key: to_json(value)
                for attr, key in self._FIELDS
                if (value := getattr(self, attr)) is not None
            }
        out.update(to_json(self.additional_properties, include_none))
        return out

    def __repr__(self) -> str:
        """Every documented field, then the fields the spec does not document, when the API
        sent any (``additional_properties={'username': 'me'}``): nothing it sent is hidden."""
        parts = [f"{attr}={getattr(self, attr)!r}" for attr, _key in self._FIELDS]
        if self.additional_properties:
            parts.append(f"additional_properties={dict(self.additional_properties)!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


class RequestModel:
    """Base of the request models: ``to_dict`` sends only the fields the caller gave."""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]]

    def to_dict(self, *, include_none: bool = True) -> dict[str, Any]:
        """The JSON body: fields left NOT_GIVEN are not sent; None is sent as null (always:
        ``include_none`` is there so a request model reads like a response model)."""
        out = {
            key: to_json(value)
            for attr, key in self._FIELDS
            if not isinstance(value := getattr(self, attr), NotGiven)
        }
        extra = getattr(self, "additional_properties", None)
        if extra:
            out.update(to_json(extra))
        return out
