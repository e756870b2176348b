"""The official ``vastai`` 1.9.1 CLI, run in-process against a FakeVast on loopback.

``OfficialCLI(url, key, home)("show", "user", "--raw")`` parses the arguments with the CLI's
own parser and runs the command with its own runner (``vastai.cli.main.run_command``: the
``--raw`` JSON printing, the HTTP error reporting and ``sys.exit``), capturing stdout and
stderr. A subprocess per command costs about a second of imports; in-process the suite takes a
few seconds.

What differs from typing ``vastai ...`` in a shell, and why:

- ``main()`` adds the global options (``--url``, ``--raw``, ...) to the one module-level parser
  each time it runs, so it can run only once per process, and another suite (tests/query)
  adds them to the same parser itself. So the global options are not added here at all: each
  command is ``parser.parse_args(argv)`` then ``run_command(args)``, as ``main()`` does, with
  the global values (url, key, ``--retry 3``, ``--raw`` or not) given as the parser's defaults
  for that one call and put back afterwards. The parser is left as it was found.
- ``vastai`` reads the GPU names for ``launch instance -g`` from production when its command
  module is imported (``cli/util.py:_get_gpu_names``, cached a day); here they are the fake's.
  A guard refuses any request that is not for 127.0.0.1, so nothing reaches the internet.
- ``ssh-url`` caches addresses in the CLI's cache directory, and the CLI caches the account's
  role in its config directory: both are the test's own (whichever suite imported the CLI first
  and where its HOME was then).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

COMMAND_MODULES = (
    "instances",
    "offers",
    "machines",
    "teams",
    "keys",
    "endpoints",
    "billing",
    "storage",
    "auth",
    "misc",
    "deployments",
    "metrics",
    "benchmarks",
    "price_increase",
)
"""What ``vastai.cli.main.main`` imports (less repl, update and uninstall, which are not API
commands)."""

QUIET = {"explain": False, "curl": False, "full": False, "no_color": False}
"""The global options no command here asks for."""


@dataclass
class Result:
    """One command's outcome, as a shell would see it."""

    code: int
    """The exit status (``sys.exit(True)`` is 1, as in a real process)."""
    out: str
    err: str

    def json(self) -> Any:
        """stdout as JSON (``--raw``), after checking the command succeeded."""
        assert self.ok, f"exit {self.code}\nstdout: {self.out}\nstderr: {self.err}"
        return json.loads(self.out)

    @property
    def ok(self) -> bool:
        """Exit status 0 and no error reported on stderr (the CLI reports an HTTP error on
        stderr and still exits 0)."""
        return self.code == 0 and "error" not in self.err.lower()


class _Setup:
    """The process-wide part: imports and parser registration, done once."""

    done = False
    parser: Any = None
    run_command: Any = None
    util: Any = None

    @classmethod
    def ensure(cls, home: Path, gpu_names: list[str]) -> None:
        if cls.done:
            return
        saved = {k: os.environ.get(k) for k in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
        os.environ["HOME"] = str(home)
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ.pop(name, None)
        try:
            import importlib

            util = importlib.import_module("vastai.cli.util")
            names = [n.replace(" ", "_").replace("-", "_") for n in gpu_names]
            with (
                mock.patch.object(util, "_get_gpu_names", return_value=names),
                mock.patch.object(util, "_get_gpu_types", return_value=[]),
                _loopback_only(),
            ):
                main = importlib.import_module("vastai.cli.main")
                for module in COMMAND_MODULES:
                    importlib.import_module(f"vastai.cli.commands.{module}")
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        cls.parser, cls.run_command, cls.util = main.parser, main.run_command, util
        cls.done = True


@contextlib.contextmanager
def _loopback_only() -> Iterator[None]:
    """Refuse any request the official package makes to a host other than 127.0.0.1."""
    import requests.adapters

    real = requests.adapters.HTTPAdapter.send

    def send(self: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        host = urlsplit(request.url).hostname
        if host != "127.0.0.1":
            raise AssertionError(f"the official CLI tried to reach {request.url}")
        return real(self, request, *args, **kwargs)

    with mock.patch.object(requests.adapters.HTTPAdapter, "send", send):
        yield


@contextlib.contextmanager
def _global_values(parser: argparse.ArgumentParser, values: dict[str, Any]) -> Iterator[None]:
    """The global options' values as ``parser``'s defaults for one command, then put back
    (an option another suite registered keeps its own default)."""
    saved_defaults = dict(parser._defaults)
    actions = [a for a in parser._actions if a.dest in values]
    saved_actions = [(a, a.default) for a in actions]
    parser.set_defaults(**values)
    try:
        yield
    finally:
        parser._defaults.clear()
        parser._defaults.update(saved_defaults)
        for action, default in saved_actions:
            action.default = default


class OfficialCLI:
    """``vastai`` against one FakeVast: ``cli("show", "instances", raw=True)``."""

    def __init__(self, url: str, key: str, home: Path, gpu_names: list[str]) -> None:
        _Setup.ensure(home, gpu_names)
        self.url, self.key, self.home = url, key, home
        self.cache = home / "cache"
        self.config = home / "config"  # its role file (it asks show_user once, then reads it)
        self.cache.mkdir(parents=True, exist_ok=True)
        self.config.mkdir(parents=True, exist_ok=True)

    def __call__(self, *argv: str, raw: bool = True, stdin: str = "") -> Result:
        values = {"url": self.url, "api_key": self.key, "retry": 3, "raw": raw, **QUIET}
        out, err = io.StringIO(), io.StringIO()
        code: Any = 0
        with contextlib.ExitStack() as stack:
            stack.enter_context(_global_values(_Setup.parser.parser, values))
            stack.enter_context(_loopback_only())
            benchmarks = sys.modules["vastai.cli.commands.benchmarks"]  # no GPU catalogue
            stack.enter_context(mock.patch.object(benchmarks, "_get_gpu_types", lambda: []))
            dirs = {"config": str(self.config), "state": str(self.config), "temp": str(self.cache)}
            stack.enter_context(mock.patch.dict(_Setup.util.DIRS, dirs))
            stack.enter_context(mock.patch.object(sys, "stdin", io.StringIO(stdin)))
            stack.enter_context(contextlib.redirect_stdout(out))
            stack.enter_context(contextlib.redirect_stderr(err))
            try:
                args = _Setup.parser.parse_args(list(argv))
                _Setup.run_command(args)
            except SystemExit as exc:
                code = exc.code
            except Exception:  # what an uncaught exception does to a real process
                traceback.print_exc()
                code = 1
        if code is None or code is False:
            status = 0
        elif code is True:
            status = 1
        elif isinstance(code, int):
            status = code
        else:  # sys.exit("message"): printed to stderr, status 1
            err.write(str(code))
            status = 1
        return Result(status, out.getvalue(), err.getvalue())
