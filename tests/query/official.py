"""Drive the official vastai 1.9.1 package (a test dependency) and capture what it would send.

``Official.cli(["search", "offers", QUERY, "-o", ORDER])`` runs the CLI command's own function
with a recording client and returns the request it made, or the error it printed.
``Official.sdk("search_offers", QUERY, ...)`` does the same through ``vastai.VastAI``.
Importing ``vastai.cli`` creates config directories under $HOME, so the import happens under
a temporary HOME.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from unittest import mock


@dataclass
class Sent:
    """One request the official code made: method, path and JSON body or query args."""

    method: str
    path: str
    payload: Any


@dataclass
class Result:
    """What one official call did: the request it sent, or the error it reported."""

    sent: Sent | None
    error: str | None = None
    stderr: str = ""


class _Response:
    def __init__(self, path: str) -> None:
        self.headers = {"Content-Type": "application/json"}
        self.status_code = 200
        self._path = path

    def raise_for_status(self) -> None:
        return None

    def json(self) -> dict[str, Any]:
        return {"offers": [], "benchmarks": [], "templates": [], "next_token": None}


@dataclass
class _Recorder:
    sent: list[Sent] = field(default_factory=list)

    def _record(self, method: str, path: str, payload: Any) -> _Response:
        self.sent.append(Sent(method, path, json.loads(json.dumps(payload))))
        return _Response(path)

    def post(self, path: str, json_data: Any = None, **_: Any) -> _Response:
        return self._record("POST", path, json_data)

    def put(self, path: str, json_data: Any = None, **_: Any) -> _Response:
        return self._record("PUT", path, json_data)

    def get(self, path: str, query_args: Any = None, **_: Any) -> _Response:
        return self._record("GET", path, query_args)


@contextlib.contextmanager
def _temporary_home() -> Iterator[None]:
    names = ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "VAST_API_KEY")
    saved = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix="vastai-home-") as home:
        os.environ["HOME"] = home
        for name in names[1:4]:
            os.environ.pop(name, None)
        os.environ["VAST_API_KEY"] = "test-key"
        try:
            yield
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


class Official:
    """The official package's CLI search commands and SDK search methods, recorded.

    Use :meth:`get`: the CLI's argument parser is global, so there is one instance.
    """

    _instance: Official | None = None

    @classmethod
    def get(cls) -> Official:
        """The one instance, made on first use."""
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def __init__(self) -> None:
        with _temporary_home():
            import vastai.api.query as api_query  # type: ignore[import-untyped]
            import vastai.cli.main as cli_main  # type: ignore[import-untyped]
            import vastai.sdk as sdk  # type: ignore[import-untyped]
            from vastai.cli.commands import offers as cli_offers  # type: ignore[import-untyped]
            from vastai.cli.commands import storage as cli_storage
        self.query: ModuleType = api_query
        self._commands = (cli_offers, cli_storage)
        parser = cli_main.parser
        for flag in ("--raw", "--explain", "--curl", "--full", "--no-color"):
            parser.add_argument(flag, action="store_true")
        parser.add_argument("--api-key", default="test-key")
        parser.add_argument("--url", default="http://vast.invalid")
        parser.add_argument("--retry", type=int, default=0)
        self._parser = parser
        self._vast = sdk.VastAI(api_key="test-key", server_url="http://vast.invalid")

    def cli(self, argv: list[str]) -> Result:
        """Run ``vastai <argv> --raw``; its request, or the error it printed and returned."""
        recorder = _Recorder()
        args = self._parser.parse_args([*argv, "--raw"])
        out, err = io.StringIO(), io.StringIO()
        with contextlib.ExitStack() as stack:
            for module in self._commands:
                stack.enter_context(mock.patch.object(module, "get_client", return_value=recorder))
            stack.enter_context(contextlib.redirect_stdout(out))
            stack.enter_context(contextlib.redirect_stderr(err))
            code = args.func(args)
        if code == 1:
            return Result(None, out.getvalue().strip(), err.getvalue())
        assert len(recorder.sent) == 1, recorder.sent
        return Result(recorder.sent[0], None, err.getvalue())

    def sdk(self, method: str, *args: Any, **kwargs: Any) -> Result:
        """Call ``VastAI().<method>(...)``; its request, or the exception it raised."""
        recorder = _Recorder()
        client = self._vast.client
        err = io.StringIO()
        with (
            mock.patch.object(client, "post", recorder.post),
            mock.patch.object(client, "get", recorder.get),
            mock.patch.object(client, "put", recorder.put),
            contextlib.redirect_stderr(err),
        ):
            try:
                getattr(self._vast, method)(*args, **kwargs)
            except Exception as exc:
                return Result(None, f"{type(exc).__name__}: {exc}", err.getvalue())
        assert len(recorder.sent) == 1, recorder.sent
        return Result(recorder.sent[0], None, err.getvalue())

    def parse(self, text: str, kind: str) -> dict[str, Any]:
        """``vastai.api.query.parse_query`` as the CLI calls it for ``kind``, defaults included
        (vastai/cli/commands/offers.py:134-141, :268-274, :371-377, :450-456, storage.py)."""
        q = self.query
        base: dict[str, Any]
        with contextlib.redirect_stderr(io.StringIO()):
            if kind == "offers":
                base = {
                    "verified": {"eq": True},
                    "external": {"eq": False},
                    "rentable": {"eq": True},
                }
                out = q.parse_query(text, base, q.offers_fields, q.offers_alias, q.offers_mult)
            elif kind in ("volumes", "network_volumes"):
                base = {
                    "verified": {"eq": True},
                    "external": {"eq": False},
                    "disk_space": {"gte": 1},
                }
                out = q.parse_query(text, base, q.vol_offers_fields, {}, q.offers_mult)
            else:
                fields, dates = {
                    "templates": (q.templates_fields, ["created_at", "recent_create_date"]),
                    "benchmarks": (q.benchmarks_fields, ["last_update"]),
                    "invoices": (q.invoices_fields, ["when", "paid_on", "payment_expected"]),
                }[kind]
                out = q.fix_date_fields(q.parse_query(text, {}, fields), dates)
        return dict(out)


def canon(value: Any) -> str:
    """JSON with sorted keys: equal only if equal on the wire (True != 1, 1.0 != 1)."""
    return json.dumps(value, sort_keys=True)
