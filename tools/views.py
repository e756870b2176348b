"""The generator's parsed model (Endpoint, ModelProperty, Property), seen the way the SDK types it.

openapi-python-client parses the patched spec; the templates render these views, never the
generator's own output. Response models type the fields the API always sends (the schema's
``required``) narrowly and the rest as ``T | None``; request models keep "not given"
(``NOT_GIVEN``) apart from ``None``.
"""

from __future__ import annotations

import dataclasses
import json
import keyword
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import (
    AnyProperty,
    LiteralEnumProperty,
    ModelProperty,
    Property,
)
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonIdentifier

from vast_sdk._spec import OperationInfo, operation_info

from . import ToolError

Role = Literal["request", "response"]


@dataclass(frozen=True)
class Names:
    """The SDK's class and module names for the generator's classes (tools/naming.py)."""

    classes: Mapping[str, str] = field(default_factory=dict)
    """The generator's class name -> the SDK's."""
    modules: Mapping[str, str] = field(default_factory=dict)
    """The SDK's class name -> its module under models/."""

    def of(self, prop: Any) -> str:
        """The SDK's class name of a generator property that is a class."""
        name = str(prop.class_info.name)
        return self.classes.get(name, name)

    def module(self, prop: Any) -> str:
        return self.modules.get(self.of(prop), str(prop.class_info.module_name))


def generated_classes(data: GeneratorData) -> dict[str, str]:
    """Every class the generator names (models and enums), with its module."""
    found = {str(m.class_info.name): str(m.class_info.module_name) for m in data.models}
    found |= {
        str(e.class_info.name): str(e.class_info.module_name)
        for e in data.enums
        if isinstance(e, LiteralEnumProperty)
    }
    return found


SCALARS = {"str": "a string", "int": "a number", "float": "a number", "bool": "a boolean"}
"""The scalar annotations a success body may have, with how a ShapeError names them."""

RESERVED = frozenset(
    {"self", "body", "timeout", "max_retries", "extra_headers", "extra_query", "extra_body"}
)
"""Method keywords the SDK owns; a spec name that collides is only reachable through body=."""


def text(value: Any) -> str:
    """A spec string (the generator wraps them as UntrustedString) as plain text."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def one_paragraph(value: Any) -> str:
    """The first paragraph of a description, on one line."""
    para = textwrap.dedent(text(value)).strip().split("\n\n")[0]
    return " ".join(para.split())


ReaderKind = Literal["as_is", "datetime", "model", "map", "objects", "scalars", "list", "one_of"]


@dataclass(frozen=True)
class Reader:
    """How a decoded JSON value becomes the Python value: a tree the templates render
    (templates/_code.jinja, ``read``) and the imports are decided from (``helpers``)."""

    kind: ReaderKind = "as_is"
    """as_is: nothing to do; datetime: as_datetime; model: as_model(Class.from_dict); map:
    as_map(item); objects: as_objects (a list of JSON objects, each a Class or a mapping);
    scalars: as_scalars; list: as_list(item); one_of: as_one_of(variants)."""
    model: str = ""
    """model, objects: the class (objects: "" when each element stays a mapping)."""
    item: Reader | None = None
    """map, list: how one value or element is read."""
    nested: bool = False
    """list: the elements are lists themselves (each checked as one: as_item)."""
    variants: tuple[str, ...] = ()
    """one_of: the model classes tried in order."""
    scalars: bool = False
    """one_of: the union also admits a scalar."""

    @property
    def helpers(self) -> set[str]:
        """The vast_sdk._models functions reading a value this way calls."""
        own = {
            "as_is": set(),
            "datetime": {"as_datetime"},
            "model": {"as_model"},
            "map": {"as_map"},
            "objects": {"as_objects"},
            "scalars": {"as_scalars"},
            "list": {"as_list", "as_item"} if self.nested else {"as_list"},
            "one_of": {"as_one_of"},
        }[self.kind]
        return own | (self.item.helpers if self.item is not None else set())


AS_IS = Reader()


@dataclass
class Type:
    """How one schema becomes Python: its annotation and how a JSON value is read into it."""

    annotation: str
    reader: Reader = AS_IS
    nullable: bool = False
    models: set[str] = field(default_factory=set)
    """Model classes (and aliases) the annotation names."""
    literal: bool = False
    mapping: bool = False
    """The annotation names collections.abc.Mapping (a request-side map)."""
    dates: bool = False
    """The annotation names the datetime module."""
    typing_literal: bool = False
    """The annotation names typing.Literal (a request ``const``)."""


def _joined(types: list[Type], annotation: str, reader: Reader, **flags: Any) -> Type:
    """A Type made of ``types``: their models and import needs, with its own annotation."""
    return Type(
        annotation,
        reader,
        models=set().union(*(t.models for t in types)) if types else set(),
        mapping=any(t.mapping for t in types),
        dates=any(t.dates for t in types),
        typing_literal=any(t.typing_literal for t in types),
        **flags,
    )


_CONST_TYPES = {bool: "bool", int: "int", float: "float", str: "str"}
"""The Python type of a ``const`` value, by the JSON type it has."""


@dataclass
class FieldView:
    json_key: str
    name: str
    type: Type
    required: bool
    doc: str

    @property
    def annotation(self) -> str:
        return self.type.annotation


@dataclass
class ModelView:
    class_name: str
    module: str
    role: Role
    fields: list[FieldView]
    extra: Type | None
    """The type of additional properties, or None when the schema forbids them."""
    doc: str
    union_keys: tuple[str, ...] = ()
    """Keys the model requires: how a oneOf of models tells its variants apart."""


@dataclass
class AliasView:
    """A named Literal (request enums)."""

    name: str
    module: str
    values: list[str]
    doc: str = ""


@dataclass
class ParamView:
    name: str
    json_key: str
    location: Literal["path", "query"]
    type: Type
    required: bool
    json_text: bool
    doc: str
    send: Any = None
    """x-vast-send: the value sent when the caller gives none (None: nothing)."""
    date: str | None = None
    """x-vast-date: epoch or epoch-days (the keyword also takes a datetime/date)."""


@dataclass
class Pagination:
    """A cursor-paged listing (the overlay's ``x-vast-paginate``)."""

    items: str
    """The response model attribute holding a page's items."""
    item_type: str
    next_field: str
    """The response model attribute holding the next page's cursor."""
    cursor: str
    """The keyword the cursor is sent as."""


@dataclass(frozen=True)
class Keyword:
    """One keyword of an operation's ``request()`` and methods (before the SDK's own
    timeout/max_retries/extra_headers), rendered by templates/_code.jinja (``keyword``)."""

    name: str
    annotation: str
    """Without the ``| NotGiven`` of an optional keyword."""
    default: Literal["required", "unset", "none", "value"]
    """required: no default; unset: NOT_GIVEN (not sent); none: None; value: ``value``."""
    kind: Literal["param", "search", "body", "field"]
    """A path or query parameter, the query-language text, the whole body, a body field."""
    value: Any = None
    mapping: bool = False
    """The annotation names collections.abc.Mapping."""
    sequence: bool = False
    """The annotation names collections.abc.Sequence."""
    dates: bool = False
    """The annotation names the datetime module."""


def _accepts_mapping(t: Type) -> bool:
    """A nested body object may be given as a plain mapping too."""
    return bool(t.models) and not t.literal and not t.annotation.startswith(("list[", "dict["))


@dataclass
class OperationView:
    info: OperationInfo
    description: str
    params: list[ParamView]
    body: ModelView | None
    body_fields: list[FieldView]
    returns: Type | None
    """None: the operation documents no JSON 2xx body (the method returns None)."""
    source: str = "seed"
    """The source document it came from (seed, next, preview) or "overlay" (undocumented)."""
    absent: tuple[str, str] | None = None
    """(field, error code): a success body whose ``field`` is null means "no such resource"."""
    paginate: Pagination | None = None
    search: str | None = None
    """The query-language kind (offers, volumes, network_volumes) of a search operation."""
    send_body: dict[str, Any] = field(default_factory=dict)
    """x-vast-send on body properties: JSON key -> value sent when the caller gives none."""
    echo: dict[str, str] = field(default_factory=dict)
    """x-vast-echo on body properties: JSON key -> the path keyword whose value it repeats."""
    dates: dict[str, str] = field(default_factory=dict)
    """x-vast-date on body properties: JSON key -> epoch | epoch-days."""
    formerly: tuple[str, ...] = ()
    """The overlay's ``formerly``: old names, each a deprecated method calling this one."""

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def keywords(self) -> list[Keyword]:
        """The keywords in order: parameters, the query text, the body and its fields."""
        found = []
        for p in self.params:
            ann = p.type.annotation
            json = " | Mapping[str, Any] | Sequence[Any]" if p.json_text else ""
            flags = {"mapping": p.type.mapping or p.json_text, "sequence": p.json_text}
            if p.location == "path" and p.send is not None:
                default: Literal["required", "unset", "value"] = "value"
            else:
                default = "required" if p.required else "unset"
            found.append(
                Keyword(p.name, ann + json, default, "param", p.send, dates=p.type.dates, **flags)
            )
        if self.search is not None:
            found.append(Keyword("query", "str | Query | None", "none", "search"))
        if self.body is not None:
            model = f"{self.body.class_name} | " if self.body.module else ""
            ann = f"{model}Mapping[str, Any] | None"
            found.append(Keyword("body", ann, "none", "body", mapping=True))
            for f in self.body_fields:
                loose = _accepts_mapping(f.type)
                ann = f.annotation + (" | Mapping[str, Any]" if loose else "")
                mapping = f.type.mapping or loose
                found.append(
                    Keyword(f.name, ann, "unset", "field", mapping=mapping, dates=f.type.dates)
                )
        return found

    @property
    def query_send(self) -> dict[str, Any]:
        """x-vast-send on query parameters: wire name -> the value sent when none is given."""
        return {
            p.json_key: p.send for p in self.params if p.location == "query" and p.send is not None
        }

    @property
    def required_body(self) -> tuple[str, ...]:
        """The body fields the request must carry (checked after the caller's and sent values)."""
        return tuple(f.json_key for f in self.body.fields if f.required) if self.body else ()


def _is_map(model: ModelProperty) -> bool:
    """A model with no properties: a plain mapping (``dict[str, T]``) reads better than a class."""
    return not (model.required_properties or model.optional_properties)


def role_of(model: ModelProperty) -> Role:
    extra = model.data.model_extra or {}
    return "response" if extra.get("x-vast-role") == "response" else "request"


class Typer:
    """Maps generator properties to Types for one role."""

    def __init__(self, role: Role, names: Names) -> None:
        self.role = role
        self.names = names

    def of(self, prop: Any) -> Type:
        """The Type of one generator property (a Property, or a PropertyProtocol inside one)."""
        if isinstance(prop, StringProperty):
            return Type("str")
        if isinstance(prop, BooleanProperty):
            return Type("bool")
        if isinstance(prop, IntProperty):
            return Type("int")
        if isinstance(prop, FloatProperty):
            return Type("float")
        if isinstance(prop, AnyProperty):
            return Type("Any")
        if isinstance(prop, NoneProperty):
            return Type("None", nullable=True)
        if isinstance(prop, DateTimeProperty):
            return Type("datetime.datetime", Reader("datetime"), dates=True)
        if isinstance(prop, ConstProperty):
            return self._const(prop)
        if isinstance(prop, LiteralEnumProperty):
            if self.role == "response":  # open on the way in: a new value must not break parsing
                return Type("str")
            alias = self.names.of(prop)
            return Type(alias, models={alias}, literal=True)
        if isinstance(prop, ModelProperty):
            if _is_map(prop):
                item = self.extra(prop) or Type("Any")
                container = "dict" if self.role == "response" else "Mapping"
                annotation = f"{container}[str, {item.annotation}]"
                mapped = _joined([item], annotation, Reader("map", item=item.reader))
                mapped.mapping = mapped.mapping or container == "Mapping"
                return mapped
            name = self.names.of(prop)
            return Type(name, Reader("model", model=name), models={name})
        if isinstance(prop, ListProperty):
            item = self.of(prop.inner_property)
            reader = self._list(prop.inner_property, item)
            return _joined([item], f"list[{item.annotation}]", reader)
        if isinstance(prop, UnionProperty):
            return self._union(prop)
        raise ToolError(f"views: no Python type for {type(prop).__name__} {text(prop.name)!r}")

    def _const(self, prop: ConstProperty) -> Type:
        """A ``const``: a Literal of its one value in a request (the caller may send only
        it); in a response its JSON type (read as sent: a new value must not break parsing,
        as with the response enums the overlay opens)."""
        value = prop.value.raw_value
        base = _CONST_TYPES.get(type(value))
        if base is None:
            raise ToolError(f"views: const {text(prop.name)!r}: {value!r} is not a JSON scalar")
        if self.role == "response" or base == "float":  # Literal takes no float
            return Type(base)
        shown = json.dumps(value, ensure_ascii=False) if base == "str" else repr(value)
        return Type(f"Literal[{shown}]", literal=True, typing_literal=True)

    def _list(self, inner: Any, item: Type) -> Reader:
        """How a list is read: a null element, or one of the wrong JSON kind, is a ShapeError (a
        list is only as good as its elements). Lists of objects and of scalars, the common and
        the long ones, are checked in one pass of C (as_objects, as_scalars); other elements
        are read one by one."""
        if isinstance(inner, ModelProperty):
            return Reader("objects", model="" if _is_map(inner) else self.names.of(inner))
        if isinstance(inner, (StringProperty, IntProperty, FloatProperty, BooleanProperty)):
            return Reader("scalars")
        return Reader("list", item=item.reader, nested=isinstance(inner, ListProperty))

    def _union(self, prop: UnionProperty) -> Type:
        members = [self.of(p) for p in prop.inner_properties]
        nullable = any(m.annotation == "None" for m in members)
        real = [m for m in members if m.annotation != "None"]
        annotation = " | ".join(dict.fromkeys(m.annotation for m in real))
        if nullable:
            annotation += " | None"
        if len(real) == 1:
            return _joined(
                members, annotation, real[0].reader, nullable=nullable, literal=real[0].literal
            )
        model_members = [
            p for p in prop.inner_properties if isinstance(p, ModelProperty) and not _is_map(p)
        ]
        if not model_members:
            return _joined(members, annotation, AS_IS, nullable=nullable)
        variants = tuple(self.names.of(p) for p in model_members)
        scalars = len(model_members) < len(real)
        reader = Reader("one_of", variants=variants, scalars=scalars)
        return _joined(members, annotation, reader, nullable=nullable)

    def extra(self, model: ModelProperty) -> Type | None:
        ap: Any = model.additional_properties
        if ap is None or ap is False:
            return None
        if ap is True:
            return Type("Any")
        return self.of(ap)


def keyword_name(prop: Any) -> str:
    """The Python name of a field or parameter: the generator's, except that a builtin's name
    (``type``, ``filter``) stays as is: shadowing a builtin in a keyword is harmless, and
    ``search_offers(type="on-demand")`` reads as the API and the CLI spell it."""
    name, key = str(prop.python_name), text(prop.name)
    if name == f"{key}_" and key.isidentifier() and not keyword.iskeyword(key):
        return key
    return name


FIELD_PREFIX = "field_"
"""The generator's prefix for a name that is no identifier (its config's ``field_prefix``)."""


def keyword_for(pinned: str) -> str:
    """The Python name the generator gives a field or parameter sent as ``pinned``, with
    ``keyword_name``'s exception: the name of a keyword upstream renamed (the overlay's
    ``x-vast-keyword`` markers) is made from the name it was pinned from."""
    name = str(PythonIdentifier(pinned, FIELD_PREFIX))
    if name == f"{pinned}_" and pinned.isidentifier() and not keyword.iskeyword(pinned):
        return pinned
    return name


def _checked_name(prop: Any) -> str:
    """``keyword_name(prop)``, checked to be what ``keyword_for`` makes of its wire name: a
    keyword the overlay keeps after an upstream rename is named by ``keyword_for``, so the two
    must agree (a generator upgrade that names differently fails here, naming the field)."""
    name = keyword_name(prop)
    if keyword_for(text(prop.name)) != name:
        raise ToolError(
            f"views: {text(prop.name)!r} is named {name!r} by the generator but "
            f"{keyword_for(text(prop.name))!r} by tools/views.py keyword_for: make them agree"
        )
    return name


def field_view(prop: Property, typer: Typer, role: Role, pinned: str | None = None) -> FieldView:
    """One model field; ``pinned``: the name the field's keyword keeps (upstream renamed the
    wire name it was pinned from)."""
    t = typer.of(prop)
    required = bool(prop.required)
    if role == "response" and not required and not t.nullable:
        t = dataclasses.replace(t, annotation=t.annotation + " | None", nullable=True)
    return FieldView(
        json_key=text(prop.name),
        name=keyword_for(pinned) if pinned else _checked_name(prop),
        type=t,
        required=required,
        doc=one_paragraph(getattr(prop, "description", "")),
    )


def model_view(model: ModelProperty, names: Names) -> ModelView:
    role = role_of(model)
    typer = Typer(role, names)
    owner = names.of(model)
    props = list(model.required_properties or []) + list(model.optional_properties or [])
    # a request field whose keyword keeps the name it was pinned from (the overlay's keywords)
    renamed = (model.data.model_extra or {}).get("x-vast-keywords") or {}
    fields = [field_view(p, typer, role, renamed.get(text(p.name))) for p in props]
    if role == "response":  # positional construction: fields without a default come first
        fields.sort(key=lambda f: not f.required)
    keys = [f.name for f in fields]
    if len(set(keys)) != len(keys) or "additional_properties" in keys:
        raise ToolError(f"views: {owner} has clashing field names {keys}")
    return ModelView(
        class_name=owner,
        module=names.module(model),
        role=role,
        fields=fields,
        extra=typer.extra(model),
        doc=one_paragraph(model.description),
        union_keys=tuple(text(p.name) for p in (model.required_properties or [])),
    )


def build_models(data: GeneratorData, names: Names) -> tuple[list[ModelView], list[AliasView]]:
    """Every class-shaped model (maps become dict annotations) and every request Literal alias."""
    models = [model_view(m, names) for m in data.models if not _is_map(m)]
    aliases = [
        AliasView(
            name=names.of(e),
            module=names.module(e),
            values=sorted(str(v) for v in e.values),
        )
        for e in data.enums
        if isinstance(e, LiteralEnumProperty)
    ]
    models.sort(key=lambda m: m.class_name)
    aliases.sort(key=lambda a: a.name)
    return models, aliases


def _success(endpoint: Endpoint) -> Property | None:
    for response in sorted(endpoint.responses.patterns):
        code = response.status_code.range
        if code and 200 <= code[0] < 300 and not isinstance(response.prop, NoneProperty):
            if response.source["attribute"] == "None":
                continue  # documented without a body: the method returns None
            if response.source["attribute"] != "response.json()":
                raise ToolError(f"views: {endpoint.name}: only JSON success bodies are supported")
            return response.prop
    return None


def operation_view(
    endpoint: Endpoint, doc: dict[str, Any], models: dict[str, ModelView], names: Names
) -> OperationView:
    path = text(endpoint.path)
    raw = doc["paths"][path][endpoint.method.lower()]
    info = operation_info(doc, endpoint.method, path, raw)
    json_params = {
        p["name"] for p in raw.get("parameters", []) if (p.get("schema") or {}).get("x-json")
    }
    raw_params = {p["name"]: (p.get("schema") or {}) for p in raw.get("parameters", [])}
    # each parameter's doc from this operation's own parameter (the parameter's, else its
    # schema's): the parser shares one parsed parameter between operations with its name
    param_docs = {
        p["name"]: str(p.get("description") or (p.get("schema") or {}).get("description") or "")
        for p in raw.get("parameters", [])
    }
    raw_props = _raw_body_properties(doc, raw)
    echo = {k: str(v["x-vast-echo"]) for k, v in raw_props.items() if "x-vast-echo" in v}
    typer = Typer("request", names)
    params: list[ParamView] = []
    if endpoint.header_parameters or endpoint.cookie_parameters:
        raise ToolError(f"views: {info.name}: header/cookie parameters are not supported")
    for location, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
    ):
        for p in props:
            t = typer.of(p)
            pinned = raw_params.get(text(p.name), {}).get("x-vast-keyword")
            name = keyword_for(str(pinned)) if pinned else _checked_name(p)
            if name in RESERVED:
                raise ToolError(f"views: {info.name}: parameter {name!r} is reserved by the SDK")
            params.append(
                ParamView(
                    name=name,
                    json_key=text(p.name),
                    location="path" if location == "path" else "query",
                    type=t,
                    required=bool(p.required) or location == "path",
                    json_text=text(p.name) in json_params,
                    doc=one_paragraph(param_docs.get(text(p.name), "")),
                    send=raw_params.get(text(p.name), {}).get("x-vast-send"),
                    date=raw_params.get(text(p.name), {}).get("x-vast-date"),
                )
            )
            if params[-1].date:
                params[-1].type = _date_type(params[-1].type)
    body: ModelView | None = None
    body_fields: list[FieldView] = []
    if endpoint.bodies:
        if len(endpoint.bodies) != 1 or not isinstance(endpoint.bodies[0].prop, ModelProperty):
            raise ToolError(f"views: {info.name}: the request body must be one JSON object")
        prop = endpoint.bodies[0].prop
        if _is_map(prop):  # a free-form object: sent as the caller's mapping
            body = ModelView(names.of(prop), "", "request", [], Type("Any"), "")
        else:
            body = models[names.of(prop)]
        shadowed = sorted(
            {p.name for p in params} & {f.name for f in body.fields if f.json_key not in echo}
        )
        if shadowed:
            raise ToolError(
                f"views: {info.name}: parameter(s) {shadowed} would shadow body fields of the "
                "same name: pin other keyword names in the overlay's operations key"
            )
        body_fields = [f for f in body.fields if f.name not in RESERVED and f.json_key not in echo]
        for name, target in echo.items():
            if not any(p.name == target and p.location == "path" for p in params):
                raise ToolError(
                    f"views: {info.name}: x-vast-echo of {name!r} names no path keyword"
                )
        dates = {k: str(v["x-vast-date"]) for k, v in raw_props.items() if "x-vast-date" in v}
        body_fields = [
            dataclasses.replace(f, type=_date_type(f.type)) if f.json_key in dates else f
            for f in body_fields
        ]
        reserved = sorted(f.name for f in body.fields if f.name in RESERVED)
        if reserved:
            raise ToolError(
                f"views: {info.name}: body field(s) {reserved} clash with the SDK's own keywords"
            )
    success = _success(endpoint)
    return OperationView(
        info=info,
        description=textwrap.dedent(text(endpoint.description)).strip(),
        params=params,
        body=body,
        body_fields=body_fields,
        returns=Typer("response", names).of(success) if success is not None else None,
        source=str(raw.get("x-vast-source", "seed")),
        send_body={k: v["x-vast-send"] for k, v in raw_props.items() if "x-vast-send" in v},
        echo=echo,
        dates={k: str(v["x-vast-date"]) for k, v in raw_props.items() if "x-vast-date" in v},
        search=_search(info.name, raw.get("x-vast-query"), params, body_fields),
        absent=_absent(info.name, raw.get("x-vast-absent")),
    )


def _raw_body_properties(doc: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    """The request body schema's properties, as the patched document has them."""
    schema = (
        ((raw.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    ).get("schema") or {}
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    props = schema.get("properties") or {}
    return props if isinstance(props, dict) else {}


def _date_type(t: Type) -> Type:
    """An epoch number that also takes a datetime or a date (x-vast-date)."""
    annotation = "float | datetime.datetime | datetime.date"
    return dataclasses.replace(
        t, annotation=annotation, models=set(t.models), literal=False, dates=True
    )


def _search(name: str, kind: Any, params: list[ParamView], fields: list[FieldView]) -> str | None:
    """Check the overlay's ``x-vast-query`` marker; widen ``order`` to the CLI's text form."""
    if kind is None:
        return None
    if kind not in ("offers", "volumes", "network_volumes"):
        raise ToolError(f"views: {name}: x-vast-query must be offers, volumes or network_volumes")
    if any(p.name == "query" for p in params) or any(f.name == "query" for f in fields):
        raise ToolError(f"views: {name}: x-vast-query needs the keyword 'query' free")
    for f in fields:
        if f.json_key == "order":
            f.type = dataclasses.replace(
                f.type, annotation=f"str | {f.type.annotation}", literal=False
            )
    return str(kind)


def _absent(name: str, marker: Any) -> tuple[str, str] | None:
    if marker is None:
        return None
    if not (isinstance(marker, dict) and {"field", "error"} <= marker.keys()):
        raise ToolError(f"views: {name}: x-vast-absent needs 'field' and 'error'")
    return str(marker["field"]), str(marker["error"])


def build_operations(
    data: GeneratorData, doc: dict[str, Any], models: list[ModelView], names: Names
) -> list[OperationView]:
    by_name = {m.class_name: m for m in models}
    ops = [
        operation_view(e, doc, by_name, names)
        for collection in data.endpoint_collections_by_tag.values()
        for e in collection.endpoints
    ]
    ops.sort(key=lambda o: o.name)
    for op in ops:
        if op.absent is not None:
            _narrow_absent(op, by_name)
        marker = doc["paths"][op.info.path][op.info.method.lower()].get("x-vast-paginate")
        if marker is not None:
            op.paginate = _pagination(op, marker, by_name)
    return ops


def _pagination(op: OperationView, marker: Any, models: dict[str, ModelView]) -> Pagination:
    """Check the overlay's paging marker against the operation and its result model."""
    model = models.get(op.returns.annotation if op.returns else "")
    if model is None or not isinstance(marker, dict):
        raise ToolError(f"views: {op.name}: x-vast-paginate needs a model result and a mapping")
    fields = {f.json_key: f for f in model.fields}
    items, nxt = fields.get(str(marker.get("items"))), fields.get(str(marker.get("next")))
    cursor = next((p for p in op.params if p.json_key == marker.get("cursor")), None)
    if items is None or nxt is None or cursor is None or cursor.required:
        raise ToolError(f"views: {op.name}: x-vast-paginate names a missing field or parameter")
    annotation = items.annotation.removesuffix(" | None")
    if not (annotation.startswith("list[") and annotation.endswith("]")):
        raise ToolError(f"views: {op.name}: the items field {items.json_key!r} is not a list")
    return Pagination(items.name, annotation[5:-1], nxt.name, cursor.name)


def _narrow_absent(op: OperationView, models: dict[str, ModelView]) -> None:
    """The field whose null raises NotFoundError is never None in a result: type it so."""
    field_name, _error = op.absent or ("", "")
    model = models.get(op.returns.annotation if op.returns else "")
    found = [f for f in model.fields if f.json_key == field_name] if model else []
    if model is None or not found:
        raise ToolError(f"views: {op.name}: x-vast-absent names no field of its result")
    t = found[0].type
    narrow = " | ".join(a for a in t.annotation.split(" | ") if a != "None")
    found[0].type = dataclasses.replace(t, annotation=narrow, nullable=False)
    found[0].required = True
    model.fields.sort(key=lambda f: not f.required)  # positional construction order


# ---------------------------------------------------------------- what each model is


@dataclass(frozen=True)
class Use:
    """One place a class is used: ``place`` in compact notation (``X.f[]`` an element of the
    list X.f, ``X.f{}`` a value of the map X.f) and the sentence saying so."""

    place: str
    sentence: str


def _uses(prop: Any, place: str, phrase: str, direct: str, names: Names) -> list[tuple[str, Use]]:
    """(class, use) for every class ``prop`` holds, through lists, maps and unions. ``phrase``
    names the place in words, ``direct`` is the sentence for a class held right there."""
    if isinstance(prop, ModelProperty) and _is_map(prop):
        ap: Any = prop.additional_properties
        if ap is None or isinstance(ap, bool):
            return []
        inner = f"the map {phrase}"
        return _uses(ap, f"{place}{{}}", f"a value of {inner}", f"One value of {inner}.", names)
    if isinstance(prop, (ModelProperty, LiteralEnumProperty)):
        return [(names.of(prop), Use(place, direct))]
    if isinstance(prop, ListProperty):
        element = f"an element of {phrase}"
        return _uses(prop.inner_property, f"{place}[]", element, f"One element of {phrase}.", names)
    if isinstance(prop, UnionProperty):
        members = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        classes = [p for p in members if isinstance(p, ModelProperty) and not _is_map(p)]
        if len(classes) > 1:
            direct = f"One form of {phrase}."
        return [u for p in members for u in _uses(p, place, phrase, direct, names)]
    return []


def describe_models(
    data: GeneratorData, ops: list[OperationView], models: list[ModelView],
    aliases: list[AliasView], names: Names,
) -> None:  # fmt: skip
    """Give every model and alias a one-line docstring saying what it is, in our words from
    where it is used (the answer of an operation, a field of another model, ...). A model
    whose schema has a description of the overlay's own keeps it."""
    found: dict[str, list[Use]] = {}

    def add(prop: Any, place: str, direct: str) -> None:
        phrase = place if place.startswith("the ") else f"{place}"
        for name, use in _uses(prop, place, phrase, direct, names):
            found.setdefault(name, []).append(use)

    by_op = {op.name: op for op in ops}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            name = by_op[str(endpoint.name)].name
            success = _success(endpoint)
            if success is not None:
                add(success, f"the answer of {name}", f"The answer of {name}.")
            for body in endpoint.bodies:
                add(body.prop, f"the request body of {name}", f"The request body of {name}.")
            for p in [*endpoint.path_parameters, *endpoint.query_parameters]:
                where = f"the {keyword_name(p)} parameter of {name}"
                add(p, where, f"The values of {where}.")
    for model in data.models:
        if _is_map(model):
            continue
        owner = names.of(model)
        for p in [*(model.required_properties or []), *(model.optional_properties or [])]:
            where = f"{owner}.{keyword_name(p)}"
            what = "The values of" if isinstance(p, LiteralEnumProperty) else "The object in"
            add(p, where, f"{what} {where}.")
        ap: Any = model.additional_properties
        if ap is not None and not isinstance(ap, bool):
            add(ap, f"{owner}.*", f"One additional field of {owner}.")
    for view in models:
        view.doc = view.doc or _say(view.class_name, found.get(view.class_name, []))
    for alias in aliases:
        alias.doc = _say(alias.name, found.get(alias.name, []))


def _say(name: str, found: list[Use]) -> str:
    """One line: the one use's sentence, or where it is used."""
    uses = sorted({u.place: u for u in found}.values(), key=_order)
    if not uses:
        raise ToolError(f"views: {name} is used nowhere: nothing says what it is")
    if len(uses) == 1:
        return uses[0].sentence
    places = [u.place for u in uses]
    if len(places) > 3:
        return f"Used in {', '.join(places[:3])} and {len(places) - 3} more."
    return f"Used in {', '.join(places[:-1])} and {places[-1]}."


def _order(use: Use) -> tuple[int, str]:
    """Answers and request bodies first, then fields, each alphabetically."""
    return (0 if use.place.startswith("the ") else 1, use.place)
