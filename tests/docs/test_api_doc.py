"""docs/api.md documents everything vast_sdk exposes: every operation, every helper of
Vast/AsyncVast, every exception and warning class, every official CLI command, every renamed
method; and it is what generation makes of them now (a helper or error added or changed
without `make generate` fails here, as `make check-generated` does)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import vast_sdk
from vast_sdk import CLI_COMMANDS, OPERATIONS, AsyncVast, Vast
from vast_sdk._generated._operations import RENAMED_OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", DOC, re.M | re.S)
    assert found, f"docs/api.md has no section {title!r}"
    return found.group(1)


def test_every_operation_has_an_entry() -> None:
    headings = set(re.findall(r"^### `([a-z0-9_]+)`$", DOC, re.M))
    assert set(OPERATIONS) == headings
    assert f"{len(OPERATIONS)} operations" in DOC


def test_every_helper_has_an_entry_from_its_docstring() -> None:
    helpers = section("Helpers")
    public = {
        name
        for name, value in vars(Vast).items()
        if inspect.isfunction(value) and not name.startswith("_") and name != "close"
    }
    helper_names = public - set(OPERATIONS) - set(RENAMED_OPERATIONS)
    assert {"launch", "wait_for_instance", "logs", "execute_text", "ssh_url"} <= helper_names
    assert {"call_endpoint", "request"} <= helper_names
    assert set(re.findall(r"^### `Vast\.([a-z0-9_]+)`$", helpers, re.M)) == helper_names
    for name in helper_names:
        summary = (inspect.getdoc(getattr(Vast, name)) or "").splitlines()[0]
        assert summary and summary in helpers, name
        awaited = inspect.iscoroutinefunction(getattr(AsyncVast, name))
        entry = helpers.split(f"### `Vast.{name}`")[1].split("### ")[0]
        assert ("AsyncVast: awaited." in entry) == awaited, name


def test_every_error_class_has_a_row_with_its_base() -> None:
    errors = section("Errors")
    classes = {
        name: cls
        for name in vast_sdk.__all__
        if isinstance(cls := getattr(vast_sdk, name), type) and issubclass(cls, BaseException)
    }
    rows = dict(re.findall(r"^\| `([A-Za-z]+)` \| (.*?) \| ", errors, re.M))
    assert set(rows) == set(classes)
    assert rows["NoOffersError"] == "`VastError`"
    assert rows["ResponseTooLargeError"] == "`APIConnectionError`"
    assert rows["InsecureURLError"] == "`VastError`, `ValueError`"
    for name, cls in classes.items():
        assert all(f"`{b.__name__}`" in rows[name] for b in cls.__bases__ if b.__name__[0] != "_")
    assert "launch found no offer matching the query" in errors


def test_every_cli_command_has_a_row() -> None:
    table = section("The official CLI's commands")
    rows = dict(re.findall(r"^\| `([a-z][a-z0-9 -]*)` \| (`[a-z0-9_]+`|-) \|", table, re.M))
    assert rows == {c: f"`{n}`" if n else "-" for c, n in CLI_COMMANDS.items()}


def test_renamed_methods_are_listed() -> None:
    table = section("Renamed methods")
    assert dict(re.findall(r"^\| `([a-z0-9_]+)` \| `([a-z0-9_]+)` \|$", table, re.M)) == (
        RENAMED_OPERATIONS
    )
