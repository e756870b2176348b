"""The spec FakeVast serves: finding it, routing by it and validating with openapi-core.

The package ships it: ``vast_sdk/_generated/fake_spec.json`` is the overlay-patched spec
without prose (``vast_sdk._spec.facts_only``), written by the generator next to OPERATIONS, so
an installed wheel needs no checkout, no build step and no environment variable.
``$VAST_SDK_SPEC`` (or ``FakeVast(spec_file=...)``) points the fake at another document.
What an operation is (name, route, auth, host, statuses) is read with ``vast_sdk._spec``, the
same code the generator reads the spec with.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import functools
import json
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from .._spec import OperationInfo, iter_operations, operations, path_pattern
from ._proven import absent_query, coerce_body, proven_document

try:
    from openapi_core import Config, OpenAPI
    from openapi_core.datatypes import RequestParameters
    from werkzeug.datastructures import Headers, ImmutableMultiDict
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        f"vast_sdk.testing needs the 'testing' extra ({exc.name} is missing): "
        "pip install 'vast-sdk[testing]'"
    ) from exc

SPEC_PACKAGE = "vast_sdk._generated"
SPEC_FILE = "fake_spec.json"
"""The shipped document: ``importlib.resources.files(SPEC_PACKAGE) / SPEC_FILE``."""

_HOST = "http://fake.invalid"
_extracted = contextlib.ExitStack()  # holds the spec extracted from a zipped install, if any
atexit.register(_extracted.close)


class SpecNotFoundError(RuntimeError):
    """The spec document could not be found."""


def spec_path() -> Path:
    """Path of the document FakeVast validates against: ``$VAST_SDK_SPEC`` if set, else the
    one shipped in the package (``vast_sdk/_generated/fake_spec.json``)."""
    env = os.environ.get("VAST_SDK_SPEC", "").strip()
    if env:
        path = Path(env)
        if not path.is_file():
            raise SpecNotFoundError(f"VAST_SDK_SPEC={env!r} is not a file")
        return path
    return shipped_spec_path()


def shipped_spec_path() -> Path:
    """Path of the document shipped in the package (SpecNotFoundError if it is missing)."""
    try:
        resource = resources.files(SPEC_PACKAGE).joinpath(SPEC_FILE)
        found = resource.is_file()
    except (ImportError, OSError) as exc:  # pragma: no cover - a broken install
        raise SpecNotFoundError(f"cannot read {SPEC_PACKAGE}: {exc}") from exc
    if not found:
        raise SpecNotFoundError(
            f"FakeVast's spec {SPEC_PACKAGE.replace('.', '/')}/{SPEC_FILE} is missing from this "
            "vast-sdk install (the generator writes it: run `make generate` in a checkout, or "
            "reinstall the package); VAST_SDK_SPEC can point at another spec document"
        )
    if isinstance(resource, Path):
        return resource
    # A zipped install: openapi-core and callers want a real file, so extract it once.
    return _extracted.enter_context(resources.as_file(resource))  # pragma: no cover


@dataclass(frozen=True)
class OpSpec:
    """One operation: what the spec says about it (``info``) and the regex its path matches."""

    info: OperationInfo
    pattern: re.Pattern[str]

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def method(self) -> str:
        """Upper case."""
        return self.info.method

    @property
    def path(self) -> str:
        return self.info.path

    @property
    def auth(self) -> Literal["required", "optional", "none"]:
        """required: a valid key must be sent; optional: a key, if sent, must be valid;
        none: the Authorization header is ignored."""
        return self.info.auth

    @property
    def statuses(self) -> tuple[int, ...]:
        """Every documented numeric status."""
        return self.info.statuses


@dataclass
class _Request:
    """A request in the shape openapi-core reads (its ``Request`` protocol)."""

    method: str
    path: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters
    host_url: str = _HOST


@dataclass
class _Response:
    """A response in the shape openapi-core reads (its ``Response`` protocol)."""

    status_code: int
    data: bytes | None
    content_type: str
    headers: Headers = field(default_factory=Headers)


@dataclass
class Checked:
    """Outcome of request validation: an error message, or the typed parameters."""

    error: str | None
    path: dict[str, Any]
    query: dict[str, Any]


def _describe(exc: BaseException) -> str:
    """A one-line, user-facing description of an openapi-core validation error."""
    name = getattr(exc, "name", None)
    where = f"{getattr(exc, 'location', '')} parameter {name!r}: " if name else ""
    cause = exc.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(exc, "schema_errors", None)
    if schema_errors:
        msgs = []
        for err in list(schema_errors)[:3]:
            at = ".".join(str(p) for p in getattr(err, "absolute_path", []))
            msgs.append(f"{err.message}" + (f" (at {at})" if at else ""))
        return where + "; ".join(msgs)
    if cause is not None and str(cause):
        return where + str(cause)
    return where + (str(exc) or type(exc).__name__)


def _local(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with every operation served from the fake's one host, and its
    union-typed parameters made single-typed (see ``_single_type``)."""
    local = copy.deepcopy(document)
    local["servers"] = [{"url": _HOST}]
    for item in local.get("paths", {}).values():
        if isinstance(item, dict):
            item.pop("servers", None)
            _single_types(item.get("parameters"))
    for _method, _path, op in iter_operations(local):
        op.pop("servers", None)
        _single_types(op.get("parameters"))
    return local


def _single_types(parameters: Any) -> None:
    for param in parameters if isinstance(parameters, list) else []:
        if isinstance(param, dict) and isinstance(param.get("schema"), dict):
            param["schema"] = _single_type(param["schema"])


def _single_type(schema: dict[str, Any]) -> dict[str, Any]:
    """A parameter schema openapi-core can read (it reads ``type`` as one string):
    ``[integer, null]`` becomes ``integer`` (a ``null`` value was already taken as absent,
    ``Spec.official_forms``); ``anyOf``/``oneOf`` with a null branch become the other branch;
    several other types become ``string`` when one of them is (a query value is text),
    else the first."""
    kinds = schema.get("type")
    if isinstance(kinds, list):
        rest = [k for k in kinds if k != "null"] or ["string"]
        chosen = "string" if len(rest) > 1 and "string" in rest else rest[0]
        return {**schema, "type": chosen}
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key)
        if isinstance(branches, list):
            kept = [b for b in branches if not (isinstance(b, dict) and b.get("type") == "null")]
            if len(kept) == 1 and isinstance(kept[0], dict):
                merged = {k: v for k, v in schema.items() if k != key}
                return _single_type({**merged, **kept[0]})
    return schema


def _as_documented(op: OpSpec, path: str) -> str:
    """``path`` with the trailing slash the operation's template has (or lacks).

    The fake routes a path with or without it; openapi-core finds the operation again by exact
    template, so it must see the documented form (else ``/machines/`` reads as
    ``/machines/{id}`` with an empty id, and ``/users/current/`` finds no path at all).
    """
    if op.path.endswith("/") and not path.endswith("/"):
        return path + "/"
    if not op.path.endswith("/") and path.endswith("/") and path != "/":
        return path.rstrip("/")
    return path


class Spec:
    """Routes requests to operations and validates requests and responses against the spec."""

    def __init__(self, document: dict[str, Any], *, validate: bool = True) -> None:
        """``validate``: check the document is valid OpenAPI first (seconds for the whole API;
        the shipped document skips it: tests/fake/test_server.py checks it once)."""
        self.document = document
        ops = [OpSpec(info, path_pattern(info.path)) for info in operations(document)]
        # Literal segments win over templated ones (/instances/balance/{id}/ before /{id}/...).
        ops.sort(key=lambda o: -len(re.sub(r"\{[^}]+\}", "", o.path)))
        self.operations: dict[str, OpSpec] = {o.name: o for o in ops}
        self._ordered = ops
        config = Config() if validate else Config(spec_validator_cls=None)
        # What the fake checks requests and responses against: the document, loosened where the
        # official client's proven forms disagree with it (_proven.py, docs/wire.md F rows).
        self._api = OpenAPI.from_dict(_local(proven_document(document)), config=config)

    def route(self, method: str, path: str) -> tuple[OpSpec | None, list[str]]:
        """(the operation, or None; the methods the path allows, for a 405)."""
        allowed: list[str] = []
        for op in self._ordered:
            if op.pattern.match(path):
                if op.method == method.upper():
                    return op, allowed
                allowed.append(op.method)
        return None, allowed

    def official_forms(
        self, op: OpSpec, query: list[tuple[str, str]], body: bytes
    ) -> tuple[list[tuple[str, str]], bytes]:
        """The request in the form the spec documents, from a form the official client sends.

        Production takes what the official ``vastai`` package sends (docs/wire.md), so the fake
        takes it too: explicit ``null`` for a body field the caller left out (W8) is read as
        absent; a documented query parameter sent in the JSON body instead (the documents'
        form of ``invite_team_member``, ``delete_volume``, ``search_invoices``: W10-W12) is
        read from the body; and ``{}`` on an operation that declares no body (vastai sends it on
        every write, W32) is no body; ``null`` for an optional query value is no value, and a
        number sent as text where the official CLI does is that number (_proven.py). Shapes are
        still validated after this.
        """
        raw = self._raw(op)
        query = self._without_nulls(op, raw, query)
        if not body.strip():
            return query, body
        try:
            data = json.loads(body)
        except ValueError:
            return query, body  # the caller answers 400
        if not isinstance(data, dict):
            return query, body
        declared_body = "requestBody" in raw
        data = coerce_body(op.name, {k: v for k, v in data.items() if v is not None})
        given = {k for k, _ in query}
        moved = list(query)
        for param in raw.get("parameters", []):
            name = param.get("name")
            if param.get("in") != "query" or name in given or name not in data:
                continue
            if declared_body and name in _body_properties(self.document, raw):
                continue
            value = data.pop(name)
            moved.append((name, value if isinstance(value, str) else json.dumps(value)))
        if not data and not declared_body:
            return moved, b""
        return moved, json.dumps(data).encode()

    def undocumented_fields(self, op: OpSpec, body: dict[str, Any]) -> list[str]:
        """The top-level fields of ``body`` the operation's JSON body schema does not name
        (none when it names no field, a free-form object, or declares
        ``additionalProperties``: it takes any)."""
        content = (self._raw(op).get("requestBody") or {}).get("content") or {}
        schema = (content.get("application/json") or {}).get("schema") or {}
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        if not isinstance(schema, dict) or "properties" not in schema:
            return []
        if schema.get("additionalProperties", False) is not False:
            return []
        return sorted(set(body) - set(_body_properties(self.document, self._raw(op))))

    def response_fields(self, op: OpSpec, status: int) -> set[str]:
        """The property names of the JSON body the operation documents for ``status``."""
        response = (self._raw(op).get("responses") or {}).get(str(status)) or {}
        content = response.get("content") if isinstance(response, dict) else None
        schema = ((content or {}).get("application/json") or {}).get("schema") or {}
        for _ in range(20):
            if not (isinstance(schema, dict) and "$ref" in schema):
                break
            schema = self.document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        props = schema.get("properties") if isinstance(schema, dict) else None
        return set(props) if isinstance(props, dict) else set()

    def _without_nulls(
        self, op: OpSpec, raw: dict[str, Any], query: list[tuple[str, str]]
    ) -> list[tuple[str, str]]:
        schemas = {
            p.get("name"): p.get("schema") or {}
            for p in [*self._path_params(op), *raw.get("parameters", [])]
            if isinstance(p, dict) and p.get("in") == "query"
        }
        return [
            (name, value)
            for name, value in query
            if not (name in schemas and absent_query(op.name, schemas[name], value))
        ]

    def _path_params(self, op: OpSpec) -> list[Any]:
        item = self.document.get("paths", {}).get(op.path, {})
        found = item.get("parameters") if isinstance(item, dict) else None
        return found if isinstance(found, list) else []

    def _raw(self, op: OpSpec) -> dict[str, Any]:
        item = self.document.get("paths", {}).get(op.path, {})
        found = item.get(op.method.lower(), {}) if isinstance(item, dict) else {}
        return found if isinstance(found, dict) else {}

    def check_request(
        self,
        op: OpSpec,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes | None,
    ) -> Checked:
        """Validate a request; security is not checked here (the fake checks keys itself, and
        takes ``?api_key=`` too: openapi-core, which stops reading parameters when its security
        check fails, is shown a header)."""
        headers = {"authorization": "Bearer checked-by-the-fake", **headers}
        request = _Request(
            method=op.method.lower(),
            path=_as_documented(op, path),
            body=body if body else None,
            content_type="application/json" if body else "",
            parameters=RequestParameters(query=ImmutableMultiDict(query), header=Headers(headers)),
        )
        result = self._api.unmarshal_request(request)
        errors = [e for e in result.errors if type(e).__name__ != "SecurityValidationError"]
        params = result.parameters
        return Checked(
            error="; ".join(_describe(e) for e in errors) if errors else None,
            path=dict(params.path) if params else {},
            query=dict(params.query) if params else {},
        )

    def check_response(
        self, op: OpSpec, path: str, status: int, content_type: str, body: bytes
    ) -> str | None:
        """An error message if the response does not match the spec, else None."""
        request = _Request(
            method=op.method.lower(),
            path=_as_documented(op, path),
            body=None,
            content_type="",
            parameters=RequestParameters(),
        )
        response = _Response(status, body, content_type, Headers({"Content-Type": content_type}))
        errors = list(self._api.iter_response_errors(request, response))
        return "; ".join(_describe(e) for e in errors) if errors else None


def _body_properties(document: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    """The properties of an operation's JSON request body schema ($refs followed)."""
    content = (raw.get("requestBody") or {}).get("content") or {}
    schema = (content.get("application/json") or {}).get("schema") or {}
    while isinstance(schema, dict) and "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    props = schema.get("properties") if isinstance(schema, dict) else None
    return props if isinstance(props, dict) else {}


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> Spec:
    """One Spec per document version, shared by every FakeVast serving it: routes and the
    openapi-core object are read-only (each fake keeps its own State, clock and records)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except ValueError as exc:
        raise SpecNotFoundError(f"{path} is not a JSON spec document: {exc}") from exc
    try:
        shipped = str(shipped_spec_path().resolve())
    except SpecNotFoundError:
        shipped = None
    return Spec(document, validate=path != shipped)


def load_spec(path: Path | None = None) -> Spec:
    """The Spec for a document (default: ``spec_path()``); cached per file and version, as
    loading another document takes seconds (openapi-core checks it is valid OpenAPI)."""
    path = path or spec_path()
    try:
        mtime_ns = path.stat().st_mtime_ns
    except OSError as exc:
        raise SpecNotFoundError(f"cannot read the spec document {path}: {exc}") from exc
    return _load(str(path.resolve()), mtime_ns)
