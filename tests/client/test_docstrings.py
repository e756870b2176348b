"""What help() shows for every method: a capitalised one-line summary, then Args (every
keyword), Returns and Raises; and "not given" written the same way in the type and the default."""

from __future__ import annotations

import inspect
import pydoc
import re

import pytest

from vast_sdk import OPERATIONS, AsyncVast, Vast
from vast_sdk import models as models_module

SECTIONS = ("Args:", "Returns:", "Raises:")


def _sections(doc: str) -> dict[str, list[str]]:
    """The docstring's sections by heading, each a list of its entry names."""
    found: dict[str, list[str]] = {}
    current = None
    for line in inspect.cleandoc(doc).splitlines():
        if line in SECTIONS:
            current = line
            found[current] = []
        elif current and line.startswith("    ") and not line.startswith("     "):
            found[current].append(line.strip().split(":")[0])
        elif not line.strip():
            current = None
    return found


@pytest.mark.parametrize("cls", [Vast, AsyncVast])
def test_every_operation_has_a_summary_args_returns_and_raises(cls: type) -> None:
    bad = {}
    for name in OPERATIONS:
        method = getattr(cls, name)
        doc = method.__doc__ or ""
        first = doc.splitlines()[0] if doc else ""
        problems = []
        if not (first[:1].isupper() and first.endswith(".")) or first.lower().startswith(
            name.replace("_", " ")
        ):
            problems.append(f"summary {first!r}")
        sections = _sections(doc)
        problems += [f"no {s}" for s in SECTIONS if not sections.get(s)]
        keywords = [p for p in inspect.signature(method).parameters if p != "self"]
        missing = [k for k in keywords if k not in sections.get("Args:", [])]
        if missing:
            problems.append(f"undocumented {missing}")
        if problems:
            bad[name] = problems
    assert bad == {}


def test_raises_names_the_documented_statuses_and_the_clients_errors() -> None:
    raises = _sections(Vast.change_bid.__doc__ or "")["Raises:"]
    assert {"BadRequestError", "NotFoundError", "RateLimitError"} <= set(raises)
    assert {"MissingAPIKeyError", "APIConnectionError", "ResponseParseError"} <= set(raises)
    paged = _sections(Vast.show_instances.__doc__ or "")
    assert "PaginationError" in paged["Raises:"]
    assert paged["Returns:"] == ["SyncPage[Instance, ShowInstancesResponse]"]
    assert _sections(AsyncVast.show_instances.__doc__ or "")["Returns:"] == [
        "AsyncPage[Instance, ShowInstancesResponse]"
    ]
    anonymous = _sections(Vast.search_offers.__doc__ or "")["Raises:"]
    assert "MissingAPIKeyError" not in anonymous  # the API answers it without a key


def test_help_writes_not_given_the_same_in_the_type_and_the_default() -> None:
    """help(Vast.create_instance) shows ``label: 'str | NotGiven' = NOT_GIVEN``, never a type
    and a default that name two different things (``Unset`` = ``NOT_GIVEN``)."""
    text = pydoc.render_doc(Vast.create_instance, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "label: 'str | NotGiven' = NOT_GIVEN" in text
    assert "timeout: 'TimeoutLike | NotGiven' = NOT_GIVEN" in text
    classes = [Vast, AsyncVast] + [getattr(models_module, n) for n in models_module.__all__]
    for owner in classes:
        for name, member in inspect.getmembers(owner, callable):
            if name.startswith("__") and name != "__init__":
                continue
            try:
                params = inspect.signature(member).parameters.values()
            except (TypeError, ValueError):
                continue
            for p in params:
                annotation = str(p.annotation)
                assert not re.search(r"\bUnset\b", annotation), (owner, name, p)
                if "NotGiven" in annotation and p.default is not inspect.Parameter.empty:
                    assert repr(p.default) == "NOT_GIVEN", (owner, name, p)
