"""Rendering the views (tools/views.py) through our templates: code, docstrings, docs/api.md.

Every code shape is a template (templates/*.jinja; the shared ones in templates/_code.jinja),
fed by the structured views; what a module imports is decided from the views too (which
readers, keywords and types it has), never by searching the rendered text.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import TEMPLATES
from .views import SCALARS, ModelView, OperationView, ParamView, Type


def _docstring(text: str) -> str:
    """Text made safe inside a triple-quoted docstring."""
    safe = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').rstrip()
    return safe[:-1] + '\\"' if safe.endswith('"') else safe


def _pyrepr(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(_pyrepr(v) for v in value)
        if isinstance(value, tuple):
            return f"({inner}{',' if len(value) == 1 else ''})"
        return f"[{inner}]"
    return repr(value)


def environment() -> Environment:
    """The templates' environment: strict, whitespace as written, our filters and globals."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters["pyrepr"] = _pyrepr
    env.filters["repr"] = repr
    env.filters["docstring"] = _docstring
    env.globals["scalars"] = SCALARS
    return env


class _Code:
    """The macros of templates/_code.jinja, callable from Python (for the data other
    templates receive pre-rendered: the operations class's signatures and arguments)."""

    def __init__(self) -> None:
        self._module: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._module is None:
            self._module = environment().get_template("_code.jinja").module
        return getattr(self._module, name)


CODE = _Code()


# ---------------------------------------------------------------- imports, from the views


@dataclass
class Imports:
    """What a generated module imports, decided from its views."""

    models: list[tuple[str, str]] = field(default_factory=list)
    """(module, class) of every model and alias it names."""
    helpers: list[str] = field(default_factory=list)
    """vast_sdk._models functions and errors its readers call."""
    datetime: bool = False
    literal: bool = False
    """typing.Literal (a request ``const``)."""
    mapping: bool = False
    sequence: bool = False
    unset: bool = False


def _model_names(types: list[Type]) -> set[str]:
    return set().union(*(t.models for t in types)) if types else set()


def _body_class(op: OperationView) -> set[str]:
    """The request body's model class, if it has one (a free-form body is a plain mapping)."""
    return {op.body.class_name} if op.body is not None and op.body.module else set()


def operation_imports(op: OperationView, modules: dict[str, str]) -> Imports:
    """An operation module's imports: its keywords' types and its success body's reader."""
    keywords = op.keywords
    types = [p.type for p in op.params] + [f.type for f in op.body_fields]
    names = _model_names(types) | _body_class(op)
    helpers: set[str] = set()
    dates = any(k.dates for k in keywords)
    if op.returns is not None:
        names |= op.returns.models
        dates = dates or op.returns.dates
        if op.returns.annotation in SCALARS:
            helpers = {"expect"}
        else:
            helpers = op.returns.reader.helpers | {"ShapeError"}
            helpers |= {"AbsentResource"} if op.absent is not None else set()
    return Imports(
        models=sorted((modules[n], n) for n in names),
        helpers=sorted(helpers),
        datetime=dates,
        literal=any(t.typing_literal for t in types),
        mapping=any(k.mapping for k in keywords),
        sequence=any(k.sequence for k in keywords),
        unset=any(k.default == "unset" for k in keywords),
    )


def model_imports(model: ModelView, modules: dict[str, str]) -> Imports:
    """A model module's imports: the classes its fields name and the readers they use."""
    types = [f.type for f in model.fields] + ([model.extra] if model.extra else [])
    names = sorted(_model_names(types) - {model.class_name})
    return Imports(
        models=[(modules[n], n) for n in names],
        helpers=sorted(set().union(*(t.reader.helpers for t in types)) if types else set()),
        datetime=any(t.dates for t in types),
        literal=any(t.typing_literal for t in types),
    )


# ---------------------------------------------------------------- the modules


def render_operation_module(env: Environment, op: OperationView, modules: dict[str, str]) -> str:
    return env.get_template("endpoint_module.py.jinja").render(
        op=op, imports=operation_imports(op, modules)
    )


def render_operations(env: Environment, ops: list[OperationView], modules: dict[str, str]) -> str:
    """_operations.py. Its template (templates/operations.py.jinja) takes each operation's
    signature lines, arguments and docstring pre-rendered (by templates/_code.jinja's macros
    and ``method_doc``)."""
    names: set[str] = set()
    for op in ops:
        types = [p.type for p in op.params] + [f.type for f in op.body_fields]
        types += [op.returns] if op.returns else []
        names |= _model_names(types) | _body_class(op)
        if op.paginate is not None and op.paginate.item_type in modules:
            names.add(op.paginate.item_type)
    dates = any(k.dates for op in ops for k in op.keywords)
    dates = dates or any(op.returns.dates for op in ops if op.returns)
    keyword_types = [t for op in ops for t in (*(p.type for p in op.params),
                                                 *(f.type for f in op.body_fields))]  # fmt: skip
    literal = any(t.typing_literal for t in keyword_types)
    flavours = [
        {
            "cls": "SyncOperations",
            "doc": "The API operations as blocking methods.",
            "prefix": "",
            "await": "",
            "page": "SyncPage",
        },
        {
            "cls": "AsyncOperations",
            "doc": "The API operations as coroutines.",
            "prefix": "async ",
            "await": "await ",
            "page": "AsyncPage",
        },
    ]
    return env.get_template("operations.py.jinja").render(
        ops=ops,
        flavours=flavours,
        signatures={op.name: [str(CODE.keyword(k)) for k in op.keywords] for op in ops},
        call_args={op.name: str(CODE.call_args(op)) for op in ops},
        page_args={op.name: str(CODE.page_args(op)) for op in ops if op.paginate},
        docs={op.name: method_doc(op) for op in ops},
        async_docs={op.name: method_doc(op, "AsyncPage") for op in ops if op.paginate},
        type_imports=sorted((modules[n], n) for n in names),
        needs_datetime=dates,
        needs_literal=literal,
        renamed=sorted((old, op.name) for op in ops for old in op.formerly),
    )


def render_model(env: Environment, model: ModelView, modules: dict[str, str]) -> str:
    imports = model_imports(model, modules)
    return env.get_template("model.py.jinja").render(
        model=model,
        imports=imports.models,
        helpers=imports.helpers,
        needs_datetime=imports.datetime,
        needs_literal=imports.literal,
    )


# ---------------------------------------------------------------- method docstrings

_DOC_SOURCES = {
    "overlay": "Undocumented upstream: vast-sdk defines this operation from what production "
    "serves (the official vastai package calls it).",
    "preview": "Described only by Vast's backend-generated preview document.",
}


_QUERY_EXAMPLES = {
    "offers": "gpu_name=RTX_4090 num_gpus>=2",
    "volumes": "disk_space>=100 reliability>0.99",
    "network_volumes": "disk_space>=100 geolocation in [US,CA]",
}
"""An example query per x-vast-query kind, for the ``query`` argument's docstring."""


def _param_facts(op: OperationView, p: ParamView) -> str:
    """A parameter's doc line when the overlay gives none: where it goes on the wire."""
    if op.paginate is not None and p.name == op.paginate.cursor:
        return "Cursor of the page to start from (the method follows the next ones itself)."
    if p.location == "path":
        return f"Path segment ``{p.json_key}``."
    if p.json_text:
        return f"Query parameter ``{p.json_key}``, JSON: a dict or list is sent as JSON text."
    return f"Query parameter ``{p.json_key}``."


def summary_line(op: OperationView) -> str:
    """The docstring's first line: the overlay's own words for the operation (``docs._``), else
    its summary or name as a sentence; capitalised, ending with a full stop."""
    text = op.description.strip().split("\n")[0].strip() if op.description else ""
    text = text or (op.info.summary or op.name).replace("_", " ").strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _returns(op: OperationView, page: str = "SyncPage") -> str:
    """The Returns section's line."""
    if op.paginate is not None and op.returns is not None:
        return (
            f"{page}[{op.paginate.item_type}, {op.returns.annotation}]: the first page, fetched "
            f"now; iterating it yields every {op.paginate.item_type} of every page (``.page`` "
            "is this page as sent, ``.items`` its items)."
        )
    if op.returns is None:
        return "None: the API documents no body for the answer."
    annotation = op.returns.annotation
    if annotation in SCALARS:
        return f"{annotation}: the answer, as sent."
    return f"{annotation}: the answer, typed (a field the API did not send is None)."


def _raises(op: OperationView) -> list[tuple[str, str]]:
    """The Raises section: the documented error statuses by class, then what any call raises."""
    from vast_sdk._errors import status_error_class

    by_class: dict[str, list[str]] = {}
    for code in op.info.statuses:
        if code >= 400:
            by_class.setdefault(status_error_class(code, None).__name__, []).append(str(code))
    found = [
        (name, f"the API answers {', '.join(codes)} (a documented status).")
        for name, codes in by_class.items()
    ]
    if op.absent is not None:
        found.append(
            ("NotFoundError", f"the API answered ``{op.absent[0]}: null`` (no such resource).")
        )
    if op.info.auth == "required":
        found.append(("MissingAPIKeyError", "no API key is configured; nothing was sent."))
    found += [
        (
            "InvalidRequestError",
            "the arguments cannot make a valid request (a path value, a missing required "
            "field); nothing was sent.",
        ),
        ("APIStatusError", "any other error status (its subclass for the status)."),
        ("OperationFailedError", "a 2xx answer saying ``success: false``."),
        ("ResponseParseError", "the answer is not the documented shape."),
        ("APIConnectionError", "no answer (APITimeoutError: the timeout ran out)."),
    ]
    if op.paginate is not None:
        found.append(("PaginationError", "a next-page cursor came back while iterating."))
    return found


def cli_commands(name: str) -> list[str]:
    """The official CLI's commands a method does (vast_sdk.CLI_COMMANDS)."""
    from vast_sdk._cli_commands import CLI_COMMANDS

    return [c for c, n in CLI_COMMANDS.items() if n == name]


def method_doc(op: OperationView, page: str = "SyncPage") -> str:
    """What help() and an IDE show: a one-line summary, the route, every keyword (Args), the
    result (Returns), the errors (Raises), auth and retry safety."""
    info = op.info
    lines = [summary_line(op), ""]
    route = f"``{info.method} {info.path}``"
    if info.host == "serverless":
        route += " on the serverless host (run.vast.ai)"
    commands = cli_commands(op.name)
    if commands:
        route += "; the official CLI's " + ", ".join(f"``vastai {c}``" for c in commands)
    lines.append(route + ".")
    rest = "\n".join(op.description.strip().split("\n")[1:]).strip() if op.description else ""
    if rest:
        lines += ["", rest]
    if op.source in _DOC_SOURCES:
        lines += ["", _DOC_SOURCES[op.source]]
    args = [(p.name, p.doc or _param_facts(op, p)) for p in op.params]
    if op.search is not None:
        args.append(
            (
                "query",
                "A search in the official CLI's query language (text like "
                f'"{_QUERY_EXAMPLES[op.search]}" or a vast_sdk.query.Query): the body starts '
                "from what `vastai search` sends for it, its default filters included (drop one "
                "with `field=any`); order, type and limit take the CLI's forms. Without it, "
                "only the filters you pass are sent.",
            )
        )
    if op.body is not None:
        args.append(
            (
                "body",
                f"The whole request body ({op.body.class_name} or a mapping); "
                "keywords below override its fields.",
            )
        )
        args += [(f.name, f.doc or f"Body field ``{f.json_key}``.") for f in op.body_fields]
    args += [
        ("timeout", "Seconds for each attempt (or an httpx.Timeout); default: the client's."),
        ("max_retries", "Retries for this call; default: the client's."),
        ("extra_headers", "More HTTP headers for this call."),
        ("extra_query", "More query parameters for this call (they win over the above)."),
        ("extra_body", "More top-level JSON body fields (they win over the above)."),
    ]
    lines += ["", "Args:"]
    for name, doc in args:
        lines.append(f"    {name}: {doc}")
    lines += ["", "Returns:", f"    {_returns(op, page)}"]
    lines += ["", "Raises:"]
    lines += [f"    {name}: {doc}" for name, doc in _raises(op)]
    safety = (
        "retried after any retryable failure"
        if info.idempotent
        else "not idempotent, so retried only when the request cannot have been acted on"
    )
    auth = {
        "required": "an API key is required",
        "optional": "the key is sent when configured",
        "none": "no key is sent",
    }[info.auth]
    lines += ["", f"Auth: {auth}. Retries: {safety}."]
    body = _docstring("\n".join(lines))
    return textwrap.indent(body, " " * 8).lstrip() + "\n        "


# ---------------------------------------------------------------- docs/api.md

_SOURCE_NOTES = {
    "next": "from the docs' next revision",
    "preview": "from Vast's backend-generated preview",
    "overlay": "**undocumented upstream** (defined by the SDK from what production serves)",
}


def _api_entry(op: OperationView, upstream_summary: str) -> dict[str, Any]:
    from vast_sdk._errors import status_error_class

    params = [str(CODE.keyword(k, elide=True)) for k in op.keywords]
    ret = op.returns.annotation if op.returns else "None"
    errors = [
        f"{code} `{status_error_class(code, None).__name__}`"
        for code in op.info.statuses
        if code >= 400
    ]
    source = op.source
    summary = " ".join((upstream_summary or op.info.summary or op.name).split())
    return {
        "name": op.name,
        "signature": f"{op.name}(*, {', '.join(params)}) -> {ret}"
        if params
        else f"{op.name}() -> {ret}",
        "route": f"{op.info.method} {op.info.path}",
        "serverless": op.info.host == "serverless",
        "auth": {"required": "key required", "optional": "key optional", "none": "no key"}[
            op.info.auth
        ],
        "retry": "replay-safe" if op.info.idempotent else "not replay-safe",
        "source": source,
        "source_note": _SOURCE_NOTES.get(source, f"from {source}"),
        # the one-line summary, unless it only repeats the name
        "summary": "" if summary.lower() == op.name.replace("_", " ") else summary,
        "errors": ", ".join(errors) or "none documented",
    }


def render_api_doc(
    env: Environment, ops: list[OperationView], doc: dict[str, Any], summaries: dict[str, str]
) -> str:
    """docs/api.md: every method grouped by area (the operation's first tag), then the
    helpers, every error class, the official CLI's commands and the renamed methods.

    ``summaries``: each operation's one-line summary from the documents. docs/api.md is the
    repo's reference page, not shipped in the package, so it may quote the documents' titles;
    their descriptions stay out (tests/pipeline/test_facts_only.py). The helpers and the
    errors are documented from their own docstrings, as ``vast_sdk`` exposes them (tools/
    api_doc.py), so a new helper or error appears on the next generation.
    """
    from vast_sdk._cli_commands import CLI_COMMANDS, CLI_NOTES, CLI_VERSION

    from .api_doc import error_rows, helper_entries

    areas: dict[str, list[dict[str, Any]]] = {}
    for op in ops:
        raw = doc["paths"][op.info.path][op.info.method.lower()]
        area = str((raw.get("tags") or ["Other"])[0])
        areas.setdefault(area, []).append(_api_entry(op, summaries.get(op.name, "")))
    names = {op.name for op in ops}
    renamed = sorted((old, op.name) for op in ops for old in op.formerly)
    old_names = {old for old, _new in renamed}
    cli = [
        {"command": command, "name": name, "note": CLI_NOTES.get(command, "")}
        for command, name in sorted(CLI_COMMANDS.items())
    ]
    return env.get_template("api.md.jinja").render(
        areas=sorted(areas.items()),
        total=len(ops),
        helpers=helper_entries(names | old_names),
        errors=error_rows(),
        cli=cli,
        cli_version=CLI_VERSION,
        renamed=renamed,
    )
