"""The overlay-patched OpenAPI document: finding it, routing by it and validating with openapi-core.

The patched spec (``build/openapi.patched.json``) is a build artifact. It is found, in order, at
``$VAST_SDK_SPEC``, or under the repository root that holds this package (rebuilt there with
``tools/overlay.py`` when missing or older than the spec, the overlay or the applier).
"""

from __future__ import annotations

import copy
import functools
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

try:
    from openapi_core import OpenAPI
    from openapi_core.datatypes import RequestParameters
    from werkzeug.datastructures import Headers, ImmutableMultiDict
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        f"vast_sdk.testing needs the 'testing' extra ({exc.name} is missing): "
        "pip install 'vast-sdk[testing]'"
    ) from exc

METHODS = ("get", "put", "post", "delete", "patch")
_HOST = "http://fake.invalid"


class SpecNotFoundError(RuntimeError):
    """The patched spec could not be found or built."""


def repo_root() -> Path | None:
    """The checkout this package lives in (has openapi.json and tools/overlay.py), if any."""
    for parent in Path(__file__).resolve().parents:
        if (parent / "openapi.json").exists() and (parent / "tools" / "overlay.py").exists():
            return parent
    return None


def spec_path() -> Path:
    """Path of the patched spec, building it with tools/overlay.py if it is missing."""
    env = os.environ.get("VAST_SDK_SPEC", "").strip()
    if env:
        path = Path(env)
        if not path.is_file():
            raise SpecNotFoundError(f"VAST_SDK_SPEC={env!r} is not a file")
        return path
    root = repo_root()
    if root is None:
        raise SpecNotFoundError(
            "cannot find the patched Vast OpenAPI spec: set VAST_SDK_SPEC to the path of "
            "openapi.patched.json (built by tools/overlay.py in a vast-sdk checkout)"
        )
    path = root / "build" / "openapi.patched.json"
    sources = [root / "openapi.json", root / "openapi.overlay.yaml", root / "tools" / "overlay.py"]
    if not path.is_file() or path.stat().st_mtime < max(p.stat().st_mtime for p in sources):
        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".json")
        os.close(fd)
        cmd = [sys.executable, str(root / "tools" / "overlay.py")]
        cmd += [str(root / "openapi.json"), str(root / "openapi.overlay.yaml"), tmp]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            Path(tmp).unlink(missing_ok=True)
            raise SpecNotFoundError(f"tools/overlay.py failed: {done.stderr.strip()}")
        os.replace(tmp, path)  # atomic: parallel test workers never read half a file
    return path


@dataclass(frozen=True)
class OpSpec:
    """One operation: its pinned name, route and what the spec documents about it."""

    name: str
    method: str
    path: str
    pattern: re.Pattern[str]
    auth: Literal["required", "optional"]
    statuses: frozenset[int]
    has_body: bool
    serverless: bool


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


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    rx = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts if p)
    return re.compile(f"^{rx}$")


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


class Spec:
    """Routes requests to operations and validates requests and responses against the spec."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        default_security = document.get("security", [])
        ops: list[OpSpec] = []
        for path, item in document["paths"].items():
            for method in METHODS:
                raw = item.get(method)
                if not isinstance(raw, dict):
                    continue
                security = raw.get("security", default_security)
                servers = raw.get("servers") or item.get("servers") or []
                ops.append(
                    OpSpec(
                        name=raw["operationId"],
                        method=method.upper(),
                        path=path,
                        pattern=_pattern(path),
                        auth="optional" if any(not s for s in security) else "required",
                        statuses=frozenset(int(c) for c in raw["responses"] if c.isdigit()),
                        has_body="requestBody" in raw,
                        serverless=any("run.vast.ai" in s.get("url", "") for s in servers),
                    )
                )
        # Literal segments win over templated ones (/instances/balance/{id}/ before /{id}/...).
        ops.sort(key=lambda o: -len(re.sub(r"\{[^}]+\}", "", o.path)))
        self.operations: dict[str, OpSpec] = {o.name: o for o in ops}
        self._ordered = ops
        local = copy.deepcopy(document)
        local["servers"] = [{"url": _HOST}]
        for item in local["paths"].values():
            item.pop("servers", None)
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    item[method].pop("servers", None)
        self._api = OpenAPI.from_dict(local)

    def route(self, method: str, path: str) -> tuple[OpSpec | None, list[str]]:
        """(the operation, or None; the methods the path allows, for a 405)."""
        allowed: list[str] = []
        for op in self._ordered:
            if op.pattern.match(path):
                if op.method == method.upper():
                    return op, allowed
                allowed.append(op.method)
        return None, allowed

    def check_request(
        self,
        op: OpSpec,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes | None,
    ) -> Checked:
        """Validate a request; security is not checked here (the fake checks keys itself)."""
        request = _Request(
            method=op.method.lower(),
            path=path,
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
            path=path,
            body=None,
            content_type="",
            parameters=RequestParameters(),
        )
        response = _Response(status, body, content_type, Headers({"Content-Type": content_type}))
        errors = list(self._api.iter_response_errors(request, response))
        return "; ".join(_describe(e) for e in errors) if errors else None


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> Spec:
    return Spec(json.loads(Path(path).read_text(encoding="utf-8")))


def load_spec(path: Path | None = None) -> Spec:
    """The Spec for a patched document (cached: loading takes a few hundred ms)."""
    path = path or spec_path()
    return _load(str(path.resolve()), path.stat().st_mtime)
