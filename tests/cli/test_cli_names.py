"""vast_sdk.CLI_COMMANDS against the installed official CLI: every command it registers has a
row, and each row's method sends what the command sends.

The commands are the CLI's own parser's (``vastai.cli.main.parser``, its commands registered as
``vastai`` does). What a command sends is read from the CLI's code, never from a hand list:
each route its function (and the ``vastai.api`` functions it calls, transitively) requests
(``client.put("/instances/{id}/", ...)``), matched to the SDK's operations by shape, plus the
operations tests/wire/catalogue.py pairs with those ``vastai.api`` functions. So a new CLI
command, a renamed one, or a row naming a method that sends something else fails here.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import re
import textwrap
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import vast_sdk
from vast_sdk import OPERATIONS, AsyncVast, Vast
from vast_sdk._cli_commands import CLI_COMMANDS, CLI_NOTES, CLI_VERSION
from vast_sdk._spec import shape

from .official import _Setup

pytest.importorskip("vastai", reason="the official vastai package (a dev dependency) is needed")

HELPER_SENDS = {
    "start_instance": {"manage_instance"},
    "stop_instance": {"manage_instance"},
    "label_instance": {"manage_instance"},
    "logs": {"show_logs"},
    "execute_text": {"execute"},
    "ssh_url": {"show_instance", "show_instances"},
    "scp_url": {"show_instance", "show_instances"},
}
"""What each helper a row names sends (or, for the SSH URLs, the instance listing it reads)."""

VERBS = frozenset({"get", "put", "post", "delete", "patch"})


@pytest.fixture(scope="module")
def commands(cli_home: Path) -> dict[str, Callable[..., Any] | None]:
    """Every command of the installed CLI's parser -> the function it runs (the parser is set
    up once per process, as conftest.py's ``served`` sets it up: with the fake's GPU names)."""
    from vast_sdk.testing import FakeVast
    from vast_sdk.testing.__main__ import _parser

    fake = FakeVast(seed=_parser().parse_args([]).seed)
    _Setup.ensure(cli_home, sorted({o["gpu_name"] for o in fake.state.offers.values()}))
    parser = _Setup.parser.parser
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: p.get_default("func") for name, p in sub.choices.items()}


def _path(node: ast.expr) -> str | None:
    """A route literal (``"/instances/"``, ``f"/instances/{id}/"``) as a path template."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{x}" for v in node.values)
    return None


def _vastai_function(node: ast.expr, names: dict[str, Any]) -> Any:
    """The vastai function a name or ``module.name`` in the code refers to, if any."""
    target = None
    if isinstance(node, ast.Name):
        target = names.get(node.id)
    elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        module = names.get(node.value.id)
        if isinstance(module, types.ModuleType) and module.__name__.startswith("vastai."):
            target = getattr(module, node.attr, None)
    ok = isinstance(target, types.FunctionType) and target.__module__.startswith("vastai.")
    return target if ok else None


def requested(fn: Any, seen: set[Any] | None = None) -> tuple[set[tuple[str, str]], set[str]]:
    """(the route shapes ``fn`` requests, the ``api/<file>.py:<function>`` it calls), following
    the vastai functions it calls or passes on (``api_call=price_increase_api.accept``)."""
    seen = set() if seen is None else seen
    if fn in seen:
        return set(), set()
    seen.add(fn)
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError):
        return set(), set()
    routes: set[tuple[str, str]] = set()
    api: set[str] = set()
    if fn.__module__.startswith("vastai.api."):
        api.add(f"api/{fn.__module__.rsplit('.', 1)[1]}.py:{fn.__name__}")
    for node in ast.walk(tree):
        called: list[ast.expr] = []
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in VERBS and node.args:
                path = _path(node.args[0])
                if path is not None and path.startswith("/"):
                    if not re.match(r"^/api/v\d+/", path):
                        path = "/api/v0" + path  # as VastClient._build_url does
                    routes.add(shape(func.attr, path.split("?")[0]))
            called.append(func)
        elif isinstance(node, ast.keyword):
            called.append(node.value)
        for expr in called:
            target = _vastai_function(expr, fn.__globals__)
            if target is not None:
                more_routes, more_api = requested(target, seen)
                routes |= more_routes
                api |= more_api
    return routes, api


def operations_of(fn: Any) -> set[str]:
    """The SDK operations with the routes ``fn`` requests, and those the wire catalogue pairs
    with the vastai.api functions it calls."""
    from wire.catalogue import cases

    by_shape: dict[tuple[str, str], set[str]] = {}
    for op in OPERATIONS.values():
        by_shape.setdefault(shape(op.method, op.path), set()).add(op.name)
    routes, api = requested(fn)
    found: set[str] = set()
    for method, path in routes:
        as_user = re.sub(r"/me(?=/|$)", "/{}", path)  # /users/me/... is /users/{user_id}/...
        found |= by_shape.get((method, path), set()) | by_shape.get((method, as_user), set())
    found |= {case.op for case in cases() if case.source in api}
    return found


def test_the_table_is_checked_against_the_installed_cli() -> None:
    from importlib.metadata import version

    assert version("vastai") == CLI_VERSION


def test_every_command_of_the_cli_has_a_row(commands: dict[str, Any]) -> None:
    assert sorted(set(commands) - {"help"}) == sorted(CLI_COMMANDS)
    assert set(CLI_NOTES) <= set(CLI_COMMANDS)
    assert vast_sdk.CLI_COMMANDS is CLI_COMMANDS


def test_every_row_names_a_method_of_both_clients() -> None:
    for command, name in CLI_COMMANDS.items():
        if name is None:
            assert command in CLI_NOTES, f"{command}: say what to use instead"
            continue
        assert hasattr(Vast, name) and hasattr(AsyncVast, name), (command, name)
        assert name in OPERATIONS or name in HELPER_SENDS, (command, name)


@pytest.mark.parametrize("command", sorted(c for c, n in CLI_COMMANDS.items() if n is not None))
def test_the_method_sends_what_the_command_sends(commands: dict[str, Any], command: str) -> None:
    name = CLI_COMMANDS[command]
    assert name is not None
    sends = HELPER_SENDS.get(name, {name})
    found = operations_of(commands[command])
    assert sends & found, f"{command!r} sends {sorted(found)}; the row says {name}"


def test_commands_without_a_method_make_no_call_of_their_own(commands: dict[str, Any]) -> None:
    """set api-key, set role and run benchmarks send nothing themselves (run benchmarks goes
    through the VastAI class); dump-logs and self-test machine are host workflows made of
    several calls, which their notes name."""
    for command, name in CLI_COMMANDS.items():
        if name is not None:
            continue
        found = operations_of(commands[command])
        if command in ("dump-logs", "self-test machine"):
            assert len(found) > 1 and "logs" in CLI_NOTES[command]
        else:
            assert found == set(), command


def test_a_method_named_after_a_command_does_what_the_command_does(
    commands: dict[str, Any],
) -> None:
    """Where a name contradicted the CLI's meaning, the method has the CLI's: ``show volumes``
    lists your volumes (``show_volumes``, was ``list_volumes``), ``list volume`` rents disk
    space out (``list_volume``). The one name kept: ``show_invoices`` is ``show invoices-v1``,
    which the CLI's own help of the deprecated ``show invoices`` (the v0 listing,
    ``show_invoices_v0``) sends its users to."""
    assert CLI_COMMANDS["show volumes"] == "show_volumes"
    assert CLI_COMMANDS["list volume"] == CLI_COMMANDS["list volumes"] == "list_volume"
    contradicting = {}
    for command, name in CLI_COMMANDS.items():
        snake = command.replace(" ", "_").replace("-", "_")
        if name is not None and snake in OPERATIONS and snake not in HELPER_SENDS.get(name, {name}):
            contradicting[command] = name
    assert contradicting == {"show invoices": "show_invoices_v0"}
    parser = _Setup.parser.parser
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    help_text = sub.choices["show invoices"].format_usage() + str(
        next(a.help for a in sub._choices_actions if a.dest == "show invoices")
    )
    assert "DEPRECATED" in help_text and "show invoices-v1" in help_text
    assert CLI_COMMANDS["show invoices-v1"] == "show_invoices"
