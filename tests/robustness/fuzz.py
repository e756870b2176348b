"""Hypothesis strategies for hostile responses: bodies from an operation's response schemas,
mutated, serialised, mangled, compressed, under any status and odd headers.
"""

from __future__ import annotations

import gzip
import importlib
import json
import zlib
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from . import ops
from .conftest import KEY


def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - the dev extra installs both
        return None


brotli = _optional("brotli")
zstandard = _optional("zstandard")

STATUSES = [
    100, 199, 200, 201, 202, 203, 204, 206, 299, 300, 301, 304, 400, 401, 402, 403, 404, 405,
    408, 409, 410, 413, 422, 429, 451, 499, 500, 501, 502, 503, 504, 599,
]  # fmt: skip
"""Every status class, the retried ones, and the odd."""

HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n" + b"<!-- a padding comment -->\r\n" * 6
)

_JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
JSON = st.recursive(
    _JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def from_schema(schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid for a (resolved) JSON schema, small and bounded in depth."""
    schema = ops.resolve(schema)
    if not isinstance(schema, dict) or depth > 5:
        return JSON if depth <= 5 else st.none()
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = ops.resolve(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return from_schema(merged, depth)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([from_schema(s, depth + 1) for s in schema[key]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type") or ("object" if "properties" in schema else None)
    if kinds is None:
        return JSON
    if isinstance(kinds, str):
        kinds = [kinds]
    return st.one_of([_typed(kind, schema, depth) for kind in kinds])


def _typed(kind: str, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if kind == "object":
        props = schema.get("properties") or {}
        required = [k for k in schema.get("required", []) if k in props]
        optional = {k: from_schema(v, depth + 1) for k, v in props.items() if k not in required}
        fixed = st.fixed_dictionaries(
            {k: from_schema(props[k], depth + 1) for k in required}, optional=optional
        )
        if schema.get("additionalProperties") not in (None, False):
            extra = st.dictionaries(st.text(max_size=8), JSON, max_size=2)
            return st.tuples(fixed, extra).map(lambda p: {**p[1], **p[0]})
        return fixed
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {}), depth + 1), max_size=3)
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.datetimes().map(lambda d: d.isoformat())
        return st.text(max_size=16)
    if kind == "integer":
        return st.integers(-(2**53), 2**53)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**31), 2**31)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return JSON


# ------------------------------------------------------------------ mutations of the value


def _walk(value: Any, leaf: Any, draw: Any) -> Any:
    """``value`` with some nodes replaced: ``leaf(node)`` decides per node (None: keep)."""
    replaced = leaf(value)
    if replaced is not _KEEP:
        return replaced
    if isinstance(value, dict):
        return {k: _walk(v, leaf, draw) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, leaf, draw) for v in value]
    return value


_KEEP = object()


def mutate(draw: Any, value: Any) -> tuple[str, Any]:
    """(mutation name, mutated value)."""
    rnd = draw(st.randoms(use_true_random=False))
    kind = draw(
        st.sampled_from(
            ["valid", "valid", "valid", "nulls", "wrong-types", "missing", "unknown", "deep",
             "huge", "scalar", "echo-key"]
        )
    )  # fmt: skip
    if kind == "nulls":
        return kind, _walk(value, lambda v: None if rnd.random() < 0.5 else _KEEP, draw)
    if kind == "wrong-types":
        others: list[Any] = [None, True, 0, -1.5, "x", "", [], {}, [1, "a"], {"k": None}]
        return kind, _walk(
            value, lambda v: rnd.choice(others) if rnd.random() < 0.4 else _KEEP, draw
        )
    if kind == "missing":

        def drop(v: Any) -> Any:
            if isinstance(v, dict) and v:
                gone = set(rnd.sample(sorted(v), k=rnd.randint(1, len(v))))
                return {k: _walk(x, drop, draw) for k, x in v.items() if k not in gone}
            return _KEEP

        return kind, _walk(value, drop, draw)
    if kind == "unknown":

        def add(v: Any) -> Any:
            if isinstance(v, dict):
                out = {k: _walk(x, add, draw) for k, x in v.items()}
                out[f"brand_new_{rnd.randint(0, 9)}"] = rnd.choice([1, "v", [1], {"a": {}}])
                return out
            if isinstance(v, str) and rnd.random() < 0.5:
                return "a_value_no_enum_has"
            return _KEEP

        return kind, _walk(value, add, draw)
    if kind == "deep":
        return kind, Deep(
            draw(st.sampled_from([40, 400, 900, 980, 3000])), value, draw(st.booleans())
        )
    if kind == "huge":
        big = draw(st.sampled_from(["string", "number", "float", "array", "object"]))
        huge: Any = {
            "string": "x" * 2_000_000,
            "number": 10**300,
            "float": 1.7e308,
            "array": list(range(100_000)),
            "object": {str(i): i for i in range(20_000)},
        }[big]
        return f"huge-{big}", _walk(value, lambda v: huge if rnd.random() < 0.3 else _KEEP, draw)
    if kind == "scalar":
        return kind, draw(
            st.sampled_from([None, True, 0, 3.5, "", "no such instance", [], [[]], {}])
        )
    if kind == "echo-key":
        return kind, {"error": f"bad_key_{KEY}", "msg": f"key {KEY} is wrong", **_as_dict(value)}
    return kind, value


@dataclass
class Deep:
    """``value`` nested ``depth`` levels deep (alternating objects and arrays), or beside it."""

    depth: int
    value: Any
    inside: bool

    def encode(self) -> bytes:
        nest = b'{"d": [' * (self.depth // 2) + b"1" + b"]}" * (self.depth // 2)
        if self.inside:
            return (
                b'{"d": [' * (self.depth // 2)
                + json.dumps(self.value).encode()
                + b"]}" * (self.depth // 2)
            )
        rest = json.dumps(_as_dict(self.value))[1:]
        return b'{"deep": ' + nest + (b", " + rest.encode() if rest != "}" else b"}")


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {"value": value}


# ------------------------------------------------------------------ bytes, encodings, headers


def serialise(draw: Any, value: Any) -> tuple[str, bytes]:
    text = value.encode().decode() if isinstance(value, Deep) else json.dumps(value)
    kind = draw(
        st.sampled_from(
            ["json", "json", "json", "json", "json", "json", "empty", "blank", "truncated",
             "html", "text", "invalid-utf8", "utf16", "bom", "huge-digits", "nan"]
        )
    )  # fmt: skip
    raw = text.encode()
    if kind == "empty":
        return kind, b""
    if kind == "blank":
        return kind, b" \r\n\t "
    if kind == "truncated":
        return kind, raw[: draw(st.integers(0, max(0, len(raw) - 1)))]
    if kind == "html":
        return kind, HTML.replace(b"nginx", KEY.encode()) if draw(st.booleans()) else HTML
    if kind == "text":
        return kind, draw(st.sampled_from([b"Internal Server Error", b"OK", b"no", b"\x00\x01"]))
    if kind == "invalid-utf8":
        at = draw(st.integers(0, len(raw)))
        return kind, raw[:at] + b"\xff\xfe\xc3" + raw[at:]
    if kind == "utf16":
        return kind, text.encode("utf-16")
    if kind == "bom":
        return kind, b"\xef\xbb\xbf" + raw
    if kind == "huge-digits":
        return kind, b'{"id": ' + b"9" * 20_000 + b"}"
    if kind == "nan":
        return kind, b'{"id": NaN, "x": Infinity, "y": -Infinity}'
    return kind, raw


def encodings() -> list[str]:
    names = ["identity", "gzip", "deflate", "gzip, deflate", "bogus-gzip", "compress"]
    if brotli is not None:
        names.append("br")
    if zstandard is not None:
        names.append("zstd")
    return names


def compress(encoding: str, raw: bytes) -> tuple[bytes, dict[str, str]]:
    """(bytes on the wire, headers) for a body sent with ``encoding``."""
    if encoding == "identity":
        return raw, {}
    if encoding == "bogus-gzip":
        return raw, {"Content-Encoding": "gzip"}  # says gzip, is not
    out = raw
    for name in [e.strip() for e in encoding.split(",")]:
        if name == "gzip":
            out = gzip.compress(out, compresslevel=1)
        elif name == "deflate":
            out = zlib.compress(out, 1)
        elif name == "br" and brotli is not None:
            out = bytes(brotli.compress(out, quality=1))
        elif name == "zstd" and zstandard is not None:
            out = bytes(zstandard.ZstdCompressor(level=1).compress(out))
    return out, {"Content-Encoding": encoding}


RETRY_AFTER = [None, "0", "0.01", "-3", "nan", "inf", "1e9", "99999", "soon",
               "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT"]  # fmt: skip
CONTENT_TYPES = [None, "application/json", "text/html; charset=utf-8", "text/plain", "x/\x7f"]


@dataclass
class Case:
    """One hostile response for one operation."""

    name: str
    status: int
    mutation: str
    form: str
    encoding: str
    body: bytes
    headers: dict[str, str]


@st.composite
def cases(draw: Any, name: str) -> Case:
    schemas = ops.response_schemas(name)
    documented = sorted({200, 201, 202, 204} | set(schemas))
    status = draw(st.sampled_from(documented) | st.sampled_from(STATUSES))
    schema = schemas.get(status) or schemas.get(200) or {}
    value = draw(from_schema(schema))
    mutation, value = mutate(draw, value)
    form, raw = serialise(draw, value)
    encoding = draw(st.sampled_from(encodings()))
    body, headers = compress(encoding, raw)
    content_type = draw(st.sampled_from(CONTENT_TYPES))
    if content_type:
        headers["Content-Type"] = content_type
    retry_after = draw(st.sampled_from(RETRY_AFTER))
    if retry_after:
        headers["Retry-After"] = retry_after
    return Case(name, status, mutation, form, encoding, body, headers)
