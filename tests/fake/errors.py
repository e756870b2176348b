"""Every error code the documents give per route, read from the documents themselves.

For each operation of each upstream document (the seed, the next revision and the
backend-derived preview, routed to the fake's operation names by method and path), an error
response documents its code in one of three ways: an ``enum``/``example`` of the body's
``error`` property, an ``error`` in a response example, or, in the preview, ``error:
"<code>"`` in the response's description (a 2xx description that says "with status N" gives
that status). Nothing here is a hand-kept list: a new code in a document is a new case.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vast_sdk.testing._spec import Spec

SPECS = Path(__file__).resolve().parents[2] / "openapi.json"
"""The seed (a link into ../shared/specs, where the other two documents are)."""
DOCUMENTS = ("vast-openapi.json", "vast-openapi-next.json", "vast-openapi-preview.json")
METHODS = ("get", "put", "post", "delete", "patch")

_IN_TEXT = re.compile(r"""error["']?\s*:\s*\\?["']([a-z][a-z0-9_]*)\\?["']""")
_STATUS = re.compile(r"status (\d{3})")


@dataclass(frozen=True)
class Documented:
    """One documented error answer: ``operation`` answers ``status`` with ``error``."""

    operation: str
    status: int
    error: str


def _resolve(document: dict[str, Any], node: Any) -> Any:
    for _ in range(20):
        if not (isinstance(node, dict) and "$ref" in node):
            return node
        found: Any = document
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            found = found[part]
        node = found
    return node


def _codes(document: dict[str, Any], response: dict[str, Any]) -> set[str]:
    media = ((response.get("content") or {}).get("application/json")) or {}
    codes = set(re.findall(r'"error": "([a-z][a-z0-9_]*)"', json.dumps(media)))
    schema = _resolve(document, media.get("schema")) or {}
    error = _resolve(document, (schema.get("properties") or {}).get("error")) or {}
    codes |= {str(v) for v in error.get("enum") or []}
    if isinstance(error.get("example"), str):
        codes.add(error["example"])
    return {c for c in codes if re.fullmatch(r"[a-z][a-z0-9_]*", c)}


def _route(spec: Spec, method: str, path: str) -> str | None:
    sample = re.sub(r"\{[^}]+\}", "1", path)
    for candidate in (sample, sample.rstrip("/"), sample.rstrip("/") + "/"):
        op, _ = spec.route(method.upper(), candidate)
        if op is not None:
            return op.name
    return None


def documented(spec: Spec) -> dict[Documented, set[str]]:
    """Every documented error answer, with the documents that give it."""
    found: dict[Documented, set[str]] = defaultdict(set)
    folder = SPECS.resolve().parent
    for name in DOCUMENTS:
        document = json.loads((folder / name).read_text(encoding="utf-8"))
        source = name.removeprefix("vast-openapi").removesuffix(".json").strip("-") or "seed"
        for path, item in document.get("paths", {}).items():
            for method in METHODS:
                op = item.get(method) if isinstance(item, dict) else None
                if not isinstance(op, dict):
                    continue
                operation = _route(spec, method, path)
                if operation is None:
                    continue
                for code, response in (op.get("responses") or {}).items():
                    response = _resolve(document, response)
                    text = str(response.get("description", ""))
                    if str(code)[0] in "45":
                        status = int(code)
                        errors = _codes(document, response) | set(_IN_TEXT.findall(text))
                    elif _STATUS.search(text):  # "... returns {...} with status 404"
                        status = int(_STATUS.findall(text)[-1])
                        errors = set(_IN_TEXT.findall(text))
                    else:
                        continue
                    for error in errors:
                        found[Documented(operation, status, error)].add(source)
    return dict(found)
