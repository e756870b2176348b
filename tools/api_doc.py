"""docs/api.md's hand-written half: the helpers and the error classes, from what ``vast_sdk``
exposes (``Vast``/``AsyncVast`` and ``vast_sdk.__all__``) and their own docstrings.

Rendered by tools/render.py with the operations, so ``make check-generated`` fails when a
helper's or an error's docstring changes and docs/api.md was not regenerated. Docstrings are
Google style (a summary line, paragraphs, ``Args:``/``Returns:``/``Raises:`` sections); here
they become Markdown: paragraphs as they are, sections as bullet lists, ``>>>`` examples as
code.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from typing import Any

from . import ToolError

_SECTION = re.compile(r"^(Args|Arguments|Returns|Yields|Raises|Examples?|Notes?|Attributes):$")


class _Annotation:
    """An annotation written as its source text (from __future__ annotations), unquoted."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def signature(name: str, fn: Any) -> str:
    """``name(params) -> result`` as the source writes it, without ``self``."""
    sig = inspect.signature(fn)
    params = [p for p in sig.parameters.values() if p.name != "self"]

    def plain(annotation: Any) -> Any:
        if annotation is inspect.Parameter.empty or not isinstance(annotation, str):
            return annotation
        return _Annotation(annotation)

    params = [p.replace(annotation=plain(p.annotation)) for p in params]
    sig = sig.replace(parameters=params, return_annotation=plain(sig.return_annotation))
    return f"{name}{sig}"


def markdown(doc: str) -> str:
    """A Google-style docstring (cleaned) as Markdown."""
    out: list[str] = []
    lines = doc.splitlines()
    i = 0
    section = None
    while i < len(lines):
        line = lines[i]
        found = _SECTION.match(line.strip()) if not line.startswith(" ") else None
        if found:
            section = found.group(1)
            out += ["", f"**{section}:**", ""]
            i += 1
            continue
        if line.lstrip().startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i].strip())
                i += 1
            out += ["", "```python", *block, "```", ""]
            continue
        if section is not None and line.startswith("    "):
            entry = line.strip()
            i += 1
            more = "    " if section in ("Returns", "Yields") else "        "  # one entry
            while i < len(lines) and lines[i].startswith(more):
                entry += " " + lines[i].strip()
                i += 1
            head, sep, rest = entry.partition(": ")
            item = f"`{head}`: {rest}" if sep and " " not in head.strip("*,") else entry
            out.append(f"- {item}")
            continue
        if not line.strip():
            section = None
        out.append(line)
        i += 1
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def helper_entries(operations: Iterable[str]) -> list[dict[str, Any]]:
    """Every public method of ``Vast`` that is not an operation (the helpers and
    ``request``): its signature, whether AsyncVast's is a coroutine, its docstring."""
    try:
        from vast_sdk import AsyncVast, Vast
    except ImportError as exc:  # the committed package is always there
        raise ToolError(
            f"docs/api.md documents vast_sdk's helpers; it fails to import: {exc}"
        ) from exc
    skip = set(operations) | {"close"}
    entries = []
    for name in sorted(vars(Vast)):
        value = vars(Vast)[name]
        if name.startswith("_") or name in skip or not inspect.isfunction(value):
            continue
        doc = inspect.getdoc(value)
        if not doc:
            raise ToolError(f"Vast.{name} has no docstring for docs/api.md")
        other = getattr(AsyncVast, name, None)
        if other is None:
            raise ToolError(f"Vast.{name} has no AsyncVast.{name}")
        entries.append(
            {
                "name": name,
                "signature": signature(name, value),
                "awaited": inspect.iscoroutinefunction(other),
                "doc": markdown(doc),
            }
        )
    return entries


def _public_bases(cls: type, exported: set[str]) -> list[str]:
    """``cls``'s bases as a reader knows them: a private base is replaced by its own."""
    found: list[str] = []
    for base in cls.__bases__:
        if base.__name__.startswith("_"):
            found += [b for b in _public_bases(base, exported) if b not in found]
        elif base.__name__ not in found:
            found.append(base.__name__)
    return found


def error_rows() -> list[dict[str, Any]]:
    """Every exception (and warning) class ``vast_sdk`` exports: its public bases and when it
    is raised (its docstring's first paragraph, on one line)."""
    import vast_sdk

    exported = set(vast_sdk.__all__)
    rows = []
    for name in sorted(exported):
        cls = getattr(vast_sdk, name)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            continue
        doc = inspect.getdoc(cls) or ""
        when = " ".join(doc.split("\n\n")[0].split())
        if not when:
            raise ToolError(f"vast_sdk.{name} has no docstring saying when it is raised")
        rows.append(
            {
                "name": name,
                "bases": ", ".join(f"`{b}`" for b in _public_bases(cls, exported)),
                "when": when.replace("|", "\\|"),
                "warning": issubclass(cls, Warning),
            }
        )
    return rows
