"""The generator's parsed model (Endpoint, ModelProperty, Property), seen the way the SDK types it.

openapi-python-client parses the patched spec; the templates render these views, never the
generator's own output. Response models type the fields the API always sends (the schema's
``required``) narrowly and the rest as ``T | None``; request models keep "not given"
(``UNSET``) apart from ``None``.
"""

from __future__ import annotations

import dataclasses
import keyword
import textwrap
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
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

from vast_sdk._spec import OperationInfo, operation_info

from . import ToolError

Role = Literal["request", "response"]

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


@dataclass
class Type:
    """How one schema becomes Python: its annotation and how a JSON value is read into it."""

    annotation: str
    parse: str
    """Expression reading ``{v}`` (the JSON value) at ``{where}``; ``{v}`` alone when no work."""
    nullable: bool = False
    models: set[str] = field(default_factory=set)
    """Model classes (and aliases) the annotation names."""
    literal: bool = False

    def reads(self, value: str, where: str) -> str:
        return self.parse.format(v=value, where=repr(where))


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

    @property
    def name(self) -> str:
        return self.info.name


def _is_map(model: ModelProperty) -> bool:
    """A model with no properties: a plain mapping (``dict[str, T]``) reads better than a class."""
    return not (model.required_properties or model.optional_properties)


def role_of(model: ModelProperty) -> Role:
    extra = model.data.model_extra or {}
    return "response" if extra.get("x-vast-role") == "response" else "request"


class Typer:
    """Maps generator properties to Types for one role."""

    def __init__(self, role: Role) -> None:
        self.role = role

    def of(self, prop: Any) -> Type:
        """The Type of one generator property (a Property, or a PropertyProtocol inside one)."""
        if isinstance(prop, StringProperty):
            return Type("str", "{v}")
        if isinstance(prop, BooleanProperty):
            return Type("bool", "{v}")
        if isinstance(prop, IntProperty):
            return Type("int", "{v}")
        if isinstance(prop, FloatProperty):
            return Type("float", "{v}")
        if isinstance(prop, AnyProperty):
            return Type("Any", "{v}")
        if isinstance(prop, NoneProperty):
            return Type("None", "{v}", nullable=True)
        if isinstance(prop, DateTimeProperty):
            return Type("datetime.datetime", "as_datetime({v}, {where})")
        if isinstance(prop, LiteralEnumProperty):
            if self.role == "response":  # open on the way in: a new value must not break parsing
                return Type("str", "{v}")
            return Type(prop.class_info.name, "{v}", models={prop.class_info.name}, literal=True)
        if isinstance(prop, ModelProperty):
            if _is_map(prop):
                item = self.extra(prop) or Type("Any", "{v}")
                parse = f"as_map({{v}}, {self._fn(item)}, {{where}})"
                container = "dict" if self.role == "response" else "Mapping"
                return Type(f"{container}[str, {item.annotation}]", parse, models=set(item.models))
            name = prop.class_info.name
            return Type(name, f"as_model({{v}}, {name}.from_dict, {{where}})", models={name})
        if isinstance(prop, ListProperty):
            item = self.of(prop.inner_property)
            return Type(
                f"list[{item.annotation}]",
                self._list(prop.inner_property, item),
                models=set(item.models),
            )
        if isinstance(prop, UnionProperty):
            return self._union(prop)
        raise ToolError(f"views: no Python type for {type(prop).__name__} {text(prop.name)!r}")

    def _list(self, inner: Any, item: Type) -> str:
        """How a list is read: a null element, or one of the wrong JSON kind, is a ShapeError (a
        list is only as good as its elements). Lists of objects and of scalars, the common and
        the long ones, are checked in one pass of C (as_objects, as_scalars); other elements
        are read one by one as ``_fn``."""
        if isinstance(inner, ModelProperty):
            convert = "None" if _is_map(inner) else f"{inner.class_info.name}.from_dict"
            return f"as_objects({{v}}, {convert}, {{where}})"
        if isinstance(inner, (StringProperty, IntProperty, FloatProperty, BooleanProperty)):
            return "as_scalars({v}, {where})"
        if isinstance(inner, ListProperty):
            fn = f"lambda x: as_item(x, {self._fn(item)}, {{where}}, list)"
        else:
            fn = self._fn(item)
        return f"as_list({{v}}, {fn}, {{where}})"

    def _fn(self, item: Type) -> str:
        """A one-argument callable applying ``item``'s parse; None when there is nothing to do."""
        if item.parse == "{v}":
            return "None"
        return "lambda x: " + item.parse.replace("{v}", "x")

    def _union(self, prop: UnionProperty) -> Type:
        members = [self.of(p) for p in prop.inner_properties]
        nullable = any(m.annotation == "None" for m in members)
        real = [m for m in members if m.annotation != "None"]
        models = set().union(*(m.models for m in members))
        annotation = " | ".join(dict.fromkeys(m.annotation for m in real))
        if nullable:
            annotation += " | None"
        if len(real) == 1:
            return Type(annotation, real[0].parse, nullable, models, real[0].literal)
        model_members = [
            p for p in prop.inner_properties if isinstance(p, ModelProperty) and not _is_map(p)
        ]
        if not model_members:
            return Type(annotation, "{v}", nullable, models)
        variants = ", ".join(p.class_info.name for p in model_members)
        scalars = ", scalars=True" if len(model_members) < len(real) else ""
        parse = f"as_one_of({{v}}, ({variants},), {{where}}{scalars})"
        return Type(annotation, parse, nullable, models)

    def extra(self, model: ModelProperty) -> Type | None:
        ap: Any = model.additional_properties
        if ap is None or ap is False:
            return None
        if ap is True:
            return Type("Any", "{v}")
        return self.of(ap)


def keyword_name(prop: Any) -> str:
    """The Python name of a field or parameter: the generator's, except that a builtin's name
    (``type``, ``filter``) stays as is: shadowing a builtin in a keyword is harmless, and
    ``search_offers(type="on-demand")`` reads as the API and the CLI spell it."""
    name, key = str(prop.python_name), text(prop.name)
    if name == f"{key}_" and key.isidentifier() and not keyword.iskeyword(key):
        return key
    return name


def field_view(prop: Property, typer: Typer, role: Role) -> FieldView:
    t = typer.of(prop)
    required = bool(prop.required)
    if role == "response" and not required and not t.nullable:
        t = Type(t.annotation + " | None", t.parse, True, t.models, t.literal)
    return FieldView(
        json_key=text(prop.name),
        name=keyword_name(prop),
        type=t,
        required=required,
        doc=one_paragraph(getattr(prop, "description", "")),
    )


def model_view(model: ModelProperty) -> ModelView:
    role = role_of(model)
    typer = Typer(role)
    owner = model.class_info.name
    props = list(model.required_properties or []) + list(model.optional_properties or [])
    fields = [field_view(p, typer, role) for p in props]
    if role == "response":  # positional construction: fields without a default come first
        fields.sort(key=lambda f: not f.required)
    names = [f.name for f in fields]
    if len(set(names)) != len(names) or "additional_properties" in names:
        raise ToolError(f"views: {owner} has clashing field names {names}")
    return ModelView(
        class_name=owner,
        module=model.class_info.module_name,
        role=role,
        fields=fields,
        extra=typer.extra(model),
        doc=one_paragraph(model.description),
        union_keys=tuple(text(p.name) for p in (model.required_properties or [])),
    )


def build_models(data: GeneratorData) -> tuple[list[ModelView], list[AliasView]]:
    """Every class-shaped model (maps become dict annotations) and every request Literal alias."""
    models = [model_view(m) for m in data.models if not _is_map(m)]
    aliases = [
        AliasView(
            name=e.class_info.name,
            module=e.class_info.module_name,
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
            if response.source["attribute"] != "response.json()":
                raise ToolError(f"views: {endpoint.name}: only JSON success bodies are supported")
            return response.prop
    return None


def operation_view(
    endpoint: Endpoint, doc: dict[str, Any], models: dict[str, ModelView]
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
    typer = Typer("request")
    params: list[ParamView] = []
    if endpoint.header_parameters or endpoint.cookie_parameters:
        raise ToolError(f"views: {info.name}: header/cookie parameters are not supported")
    for location, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
    ):
        for p in props:
            t = typer.of(p)
            name = keyword_name(p)
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
            body = ModelView(prop.class_info.name, "", "request", [], Type("Any", "{v}"), "")
        else:
            body = models[prop.class_info.name]
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
        returns=Typer("response").of(success) if success is not None else None,
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
    return Type("float | datetime.datetime | datetime.date", t.parse, t.nullable, set(t.models))


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
            f.type = Type(
                f"str | {f.type.annotation}", f.type.parse, f.type.nullable, f.type.models
            )
    return str(kind)


def _absent(name: str, marker: Any) -> tuple[str, str] | None:
    if marker is None:
        return None
    if not (isinstance(marker, dict) and {"field", "error"} <= marker.keys()):
        raise ToolError(f"views: {name}: x-vast-absent needs 'field' and 'error'")
    return str(marker["field"]), str(marker["error"])


def build_operations(
    data: GeneratorData, doc: dict[str, Any], models: list[ModelView]
) -> list[OperationView]:
    by_name = {m.class_name: m for m in models}
    ops = [
        operation_view(e, doc, by_name)
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
    found[0].type = Type(narrow, t.parse, False, t.models, t.literal)
    found[0].required = True
    model.fields.sort(key=lambda f: not f.required)  # positional construction order
