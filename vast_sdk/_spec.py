"""Reading an (overlay-patched) Vast OpenAPI document: operations, auth, hosts, bodies, statuses.

The one place that knows how the spec describes an operation. The overlay applier, the method
generator and the changelog (``tools/``) and FakeVast (``vast_sdk.testing``) all read documents
through it, so they cannot disagree on what an operation's auth, host or statuses are.
Standard library only: FakeVast imports it from an installed wheel.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "METHODS",
    "SERVERLESS_HOST",
    "OperationInfo",
    "facts_only",
    "iter_operations",
    "operation_info",
    "operations",
    "parse_key",
    "path_pattern",
    "shape",
]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
"""Every HTTP method an OpenAPI path item may hold (lower case, as the document spells them)."""

SERVERLESS_HOST = "run.vast.ai"
"""An operation whose ``servers`` name this host goes to the serverless URL."""

Auth = Literal["required", "optional", "none"]
Host = Literal["api", "serverless"]


def shape(method: str, path: str) -> tuple[str, str]:
    """(METHOD, path with ``{}`` for every parameter and no trailing slash).

    Two documents that rename a path parameter or drop a trailing slash still give an
    operation the same shape; the overlay keys operations by it.
    """
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path).rstrip("/") or "/"


def parse_key(key: str) -> tuple[str, str]:
    """``"PUT /api/v0/asks/{id}/"`` -> ("put", "/api/v0/asks/{id}/"); ValueError if malformed."""
    method, _, path = key.strip().partition(" ")
    if method.lower() not in METHODS or not path.strip().startswith("/"):
        raise ValueError(f"{key!r} is not 'METHOD /path'")
    return method.lower(), path.strip()


def iter_operations(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation object) for every operation, in document order."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield method, path, op


def path_pattern(path: str) -> re.Pattern[str]:
    """A regex matching concrete paths of a template, with or without the trailing slash
    (operations are unique by shape, so that is never ambiguous); groups are named after
    the template's parameters."""
    parts = re.split(r"(\{[^}]+\})", path.rstrip("/") or "/")
    rx = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts if p)
    return re.compile(f"^{rx}/?$")


@dataclass(frozen=True)
class OperationInfo:
    """What the document says about one operation, in the terms the SDK uses."""

    name: str
    """The pinned operationId (after the overlay)."""
    method: str
    """Upper case."""
    path: str
    auth: Auth
    """required: a key must be sent; optional: sent if configured; none: never sent."""
    host: Host
    idempotent: bool
    """The overlay's ``x-idempotent``: True when a replay cannot act twice."""
    statuses: tuple[int, ...]
    """Every documented numeric status, ascending."""
    success_codes: tuple[int, ...]
    """The documented 2xx statuses, ascending."""
    has_body: bool
    body_required: bool
    summary: str


def _auth(op: Mapping[str, Any], doc: Mapping[str, Any]) -> Auth:
    security = op.get("security", doc.get("security", []))
    if not security:
        return "none"
    if any(not requirement for requirement in security):
        return "optional"
    return "required"


def _host(op: Mapping[str, Any], item: Mapping[str, Any]) -> Host:
    servers = op.get("servers") or item.get("servers") or []
    serverless = any(SERVERLESS_HOST in str(s.get("url", "")) for s in servers)
    return "serverless" if serverless else "api"


def operation_info(
    doc: Mapping[str, Any], method: str, path: str, op: Mapping[str, Any]
) -> OperationInfo:
    """The OperationInfo of one operation of ``doc`` (its operationId must be set)."""
    statuses = sorted(int(c) for c in op.get("responses", {}) if str(c).isdigit())
    body = op.get("requestBody")
    return OperationInfo(
        name=str(op.get("operationId", "")),
        method=method.upper(),
        path=path,
        auth=_auth(op, doc),
        host=_host(op, doc["paths"][path]),
        idempotent=bool(op.get("x-idempotent")),
        statuses=tuple(statuses),
        success_codes=tuple(c for c in statuses if 200 <= c < 300),
        has_body=isinstance(body, dict),
        body_required=isinstance(body, dict) and bool(body.get("required")),
        summary=str(op.get("summary") or str(op.get("operationId", "")).replace("_", " ")).strip(),
    )


def operations(doc: Mapping[str, Any]) -> list[OperationInfo]:
    """Every operation of ``doc``, in document order."""
    return [operation_info(doc, m, p, op) for m, p, op in iter_operations(doc)]


_PROSE = frozenset({"description", "summary", "example", "examples", "externalDocs", "title"})
"""Keys whose values are upstream prose or samples, not facts about the wire."""


def facts_only(doc: Mapping[str, Any], *, keep_titles: bool = False) -> dict[str, Any]:
    """A copy of ``doc`` without prose: no descriptions, summaries, titles or examples.

    What the package ships from a spec (FakeVast's route table and schemas, and the generated
    code, whose input is stripped before the overlay adds its own texts) holds facts only.
    Property names are kept even when a property is called ``description`` or ``title``, and
    each response keeps an empty ``description`` (OpenAPI requires the key), so the copy is
    still a valid document.

    keep_titles: keep schema titles (names, not prose: the generator names models by them).
    """
    prose = _PROSE - {"title"} if keep_titles else _PROSE

    def strip(node: Any, in_properties: bool) -> Any:
        if isinstance(node, dict):
            out: dict[str, Any] = {}
            for key, value in node.items():
                if not in_properties and key in prose:
                    continue
                # Under "properties" every key is a field name; below it, schema keywords again.
                out[key] = strip(value, key == "properties" and not in_properties)
            return out
        if isinstance(node, list):
            return [strip(v, False) for v in node]
        return node

    stripped: dict[str, Any] = strip(copy.deepcopy(dict(doc)), False)
    responses = [
        r for _m, _p, op in iter_operations(stripped) for r in op.get("responses", {}).values()
    ]
    responses += list(stripped.get("components", {}).get("responses", {}).values())
    for response in responses:
        if isinstance(response, dict) and "$ref" not in response:
            response["description"] = ""  # OpenAPI requires one; its text is prose
    # info holds contacts, licences and the upstream title: keep only the version it requires.
    version = str((doc.get("info") or {}).get("version", "0"))
    stripped["info"] = {"title": "facts only", "version": version}
    return stripped
