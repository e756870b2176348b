"""The API key: in no error attribute, no log record (httpx's and httpcore's included), no cut
snippet; key files that others can read are warned about; whitespace around a key is fine.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from vast_sdk import AsyncVast, Vast, VastError, _auth
from vast_sdk._auth import REDACTED
from vast_sdk._errors import SNIPPET

from .conftest import KEY
from .hostile import Conn, HostileServer, Seen, answer, redirect

ATTRIBUTES = ("msg", "error", "body", "url", "content", "headers", "request", "response")


def _echo(status: int, *, where: str) -> Callable[[Conn, Seen], Any]:
    """A server that echoes the Authorization header's key back in ``where``."""

    def behaviour(conn: Conn, seen: Seen) -> Any:
        key = seen.headers["authorization"].removeprefix("Bearer ")
        body: dict[str, Any] = {"success": False}
        headers = {}
        if where == "error":
            body["error"] = f"bad_key:{key}"
        elif where == "msg":
            body["msg"] = f"the key {key} is revoked"
        elif where == "body":
            body["detail"] = {"keys": [key, {key: key}]}
        elif where == "header":
            headers = {"X-Echo": key, "WWW-Authenticate": f'Bearer realm="{key}"'}
        elif where == "html":
            page = f"<html><title>denied {key}</title><body>{key}</body></html>".encode()
            conn.respond(status, page, {"Content-Type": "text/html"})
            return "keep"
        conn.respond(status, json.dumps(body).encode(), headers)
        return "keep"

    return behaviour


def _attribute_leaks(error: BaseException, key: str = KEY) -> list[str]:
    found = []
    for name in ATTRIBUTES:
        value = getattr(error, name, None)
        if value is None:
            continue
        if name == "request":
            text = f"{value.url} {value.headers.multi_items()} {value.content!r}"
        elif name == "response":
            text = f"{value.url} {value.headers.multi_items()} {value.content!r}"
            text += f" {value.request.headers.multi_items()}"
        elif name == "headers":
            text = repr(value.multi_items())
        else:
            text = repr(value)
        if key in text:
            found.append(name)
    if key in str(error) or key in repr(error):
        found.append("message")
    if key.encode() in pickle.dumps(error):
        found.append("pickle")
    return found


@pytest.mark.parametrize("where", ["error", "msg", "body", "header", "html"])
@pytest.mark.parametrize("status", [200, 201, 401, 404, 502])
def test_an_echoed_key_is_in_no_error_attribute(
    vast: Callable[..., Vast], server: HostileServer, where: str, status: int
) -> None:
    server.default = _echo(status, where=where)
    with pytest.raises(VastError) as info:
        vast(max_retries=0).show_user()
    assert _attribute_leaks(info.value) == []
    assert getattr(info.value, "status_code", status) == status


def test_a_key_in_a_redirect_url_is_in_no_attribute_and_no_log(
    vast: Callable[..., Vast],
    server: HostileServer,
    server2: HostileServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    server.default = redirect(f"{server2.url}/login?key={KEY}&next=/x", 302)
    server2.default = answer(404, {"error": "no_such_page", "msg": "gone"})
    with pytest.raises(VastError) as info:
        vast(max_retries=0).show_user()
    assert _attribute_leaks(info.value) == []
    records = [r for r in caplog.records if r.name in ("httpx", "httpcore.http11")]
    assert any("[REDACTED]" in r.getMessage() for r in records)  # the URL and Location header
    assert KEY not in caplog.text


def test_a_percent_encoded_key_is_scrubbed_too(
    server: HostileServer, server2: HostileServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    key = "k3y/with+special=chars&more"
    server.default = redirect(f"{server2.url}/x?k=k3y%2Fwith%2Bspecial%3Dchars%26more", 302)
    server2.default = answer(404, {"msg": f"unknown {key}"})
    with Vast(api_key=key, base_url=server.url, max_retries=0) as client:
        with pytest.raises(VastError) as info:
            client.show_user()
        assert _attribute_leaks(info.value, key) == []
        assert "k3y%2Fwith" not in str(info.value.request.url)  # type: ignore[attr-defined]
    assert key not in caplog.text and "k3y%2Fwith" not in caplog.text


@pytest.mark.parametrize("status", [200, 500])
def test_a_snippet_cut_at_the_edge_leaves_no_part_of_the_key(
    vast: Callable[..., Vast], server: HostileServer, status: int
) -> None:
    client = vast(max_retries=0)
    for offset in range(SNIPPET - len(KEY) - 2, SNIPPET + 2):
        server.add(answer(status, body=b"x" * offset + KEY.encode() + b" tail " * 50))
        with pytest.raises(VastError) as info:
            client.show_user()
        text = str(info.value)
        assert not [n for n in range(8, len(KEY) + 1) if KEY[:n] in text], (offset, text)


@pytest.mark.anyio
async def test_async_an_echoed_key_is_in_no_error_attribute(
    async_vast: Callable[..., AsyncVast], server: HostileServer
) -> None:
    server.default = _echo(401, where="msg")
    async with async_vast(max_retries=0) as client:
        with pytest.raises(VastError) as info:
            await client.show_user()
    assert _attribute_leaks(info.value) == []


def test_no_log_record_carries_the_key_at_debug(
    vast: Callable[..., Vast], server: HostileServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.add(answer(503, {}), _echo(200, where="header"))
    server.default = answer(200, {"id": 1})
    client = vast()
    with pytest.raises(VastError):
        client.show_user()
    client.show_user()
    assert {r.name for r in caplog.records} >= {"vast_sdk", "httpx", "httpcore.http11"}
    assert KEY not in caplog.text
    assert KEY not in repr(client) and KEY not in repr(client.with_raw_response.show_user())


# ------------------------------------------------------------------ key files


def _key_file(home: Path, text: str, mode: int) -> Path:
    path = home / ".config" / "vastai" / "vast_api_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    os.chmod(path, mode)
    return path


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_key_file_others_can_read_is_warned_about(clean_env: Path, mode: int) -> None:
    path = _key_file(clean_env, KEY, mode)
    with pytest.warns(UserWarning, match="chmod 600") as caught:
        Vast().close()
    message = str(caught[0].message)
    assert str(path) in message
    assert KEY not in message


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("mode", [0o600, 0o400])
def test_a_private_key_file_is_not_warned_about(clean_env: Path, mode: int) -> None:
    _key_file(clean_env, KEY, mode)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Vast().close()


@pytest.mark.parametrize(
    "text", [KEY + "\n", f"  {KEY}  \n\n", f"\t{KEY}\r\n", f"\ufeff{KEY}\n", f"\n{KEY}"]
)
def test_whitespace_around_the_key_in_a_file_is_ignored(
    clean_env: Path, server: HostileServer, text: str
) -> None:
    _key_file(clean_env, text, 0o600)
    server.default = answer(200, {"id": 1})
    with Vast(base_url=server.url) as client:
        client.show_user()
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_the_suite_wide_check_sees_a_leak(
    key_leaks: Callable[[Any], list[str]], vast_errors: list[BaseException]
) -> None:
    import httpx

    from vast_sdk import APIConnectionError

    request = httpx.Request("GET", "https://x.test/", headers={"Authorization": f"Bearer {KEY}"})
    leaky = APIConnectionError("boom", method="GET", url="https://x.test/", request=request)
    assert "request:request" in key_leaks(leaky)
    assert "pickle" in key_leaks(leaky)
    assert key_leaks(APIConnectionError("fine", method="GET", url="u")) == []
    vast_errors.clear()  # the leaky one was made on purpose


# ------------------------------------------------------------- short-key boundaries

# (key, what api_key_hint and repr show, whether the key is registered and scrubbed).
# Under 4 characters a key is too short to scrub (it would replace every such run of text);
# the hint shows the last 4 characters only from 12 on, so at least 8 stay hidden.
BOUNDARIES = [
    pytest.param("Q#z", "'...'", False, id="3"),
    pytest.param("Q#z/", "'...'", True, id="4"),
    pytest.param("Q#z/5678901", "'...'", True, id="11"),
    pytest.param("Q#z/56789012", "'...9012'", True, id="12"),
    pytest.param("Q#z/567890123", "'...0123'", True, id="13"),
]


@pytest.fixture
def own_registry(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """A fresh set of known keys, so short test keys are not scrubbed from later tests' logs."""
    registry: set[str] = set()
    monkeypatch.setattr(_auth, "_KNOWN_KEYS", registry)
    return registry


@pytest.mark.parametrize(("key", "hint", "hidden"), BOUNDARIES)
def test_what_the_hint_the_repr_and_the_logs_show_at_each_key_length(
    key: str,
    hint: str,
    hidden: bool,
    server: HostileServer,
    own_registry: set[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with Vast(api_key=key, base_url=server.url, max_retries=0) as client:
        assert client.api_key_hint == hint
        assert repr(client) == f"Vast(base_url={server.url!r}, api_key={hint})"
        assert not [n for n in range(2, len(key) + 1) if key[:n] in repr(client)]  # no head
        assert own_registry == ({key} if hidden else set())

        encoded = quote(key, safe="")
        logging.getLogger("vast_sdk").info("plain %s, in a URL %s", key, encoded)
        logging.getLogger("httpx").debug("header %s", key)
        shown = [r.getMessage() for r in caplog.records[-2:]]
        if hidden:
            assert shown == [f"plain {REDACTED}, in a URL {REDACTED}", f"header {REDACTED}"]
        else:
            assert shown == [f"plain {key}, in a URL {encoded}", f"header {key}"]

        server.default = _echo(401, where="msg")
        with pytest.raises(VastError) as info:
            client.show_user()
        assert (key in str(info.value)) is not hidden
        assert (REDACTED in str(info.value)) is hidden


@pytest.mark.parametrize(("key", "hint", "hidden"), BOUNDARIES)
def test_the_helpers_at_each_key_length(key: str, hint: str, hidden: bool) -> None:
    assert _auth.redact(key) == hint
    forms = (key, quote(key, safe="")) if hidden else ()
    assert _auth.key_forms(key) == forms
    text = f"a {key} b {quote(key, safe='')} c"
    scrubbed = f"a {REDACTED} b {REDACTED} c" if hidden else text
    assert _auth.scrub(text, key) == scrubbed


def test_a_client_with_no_key(
    server: HostileServer, own_registry: set[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with Vast(base_url=server.url) as client:
        assert client.api_key_hint == "None"
        assert repr(client) == f"Vast(base_url={server.url!r}, api_key=None)"
        logging.getLogger("vast_sdk").info("nothing to hide in %s", "this")
    assert own_registry == set()
    assert caplog.records[-1].getMessage() == "nothing to hide in this"
    assert _auth.redact(None) == _auth.redact("") == "None"
    assert _auth.key_forms(None) == _auth.key_forms("") == ()
    assert _auth.scrub("text", None) == "text"


def test_a_key_is_registered_once_stripped(own_registry: set[str]) -> None:
    with Vast(api_key="  Q#z/5678  \n") as client:
        assert client.api_key_hint == "'...'"
    assert own_registry == {"Q#z/5678"}


# ------------------------------------------- key discovery beside the official CLI's

# The official CLI's own key resolution (vastai 1.9.1, cli/main.py:202-208), run as the CLI
# runs: a fresh process whose HOME and XDG_CONFIG_HOME are the scenario's. It prints the key
# the CLI would send; discover_api_key runs here in the same environment.
THEIRS = """
import sys
import vastai.cli.main as main
import vastai.cli.selfupdate as selfupdate
selfupdate.notify_update = lambda args: None
def report(args):
    print(repr(args.api_key))
    raise SystemExit(0)
main.run_command = report
sys.argv = ["vastai", "show", "user"]
main.main()
"""

# name: (XDG_CONFIG_HOME relative to HOME or None, files relative to HOME, VAST_API_KEY,
#        the key the CLI sends, the key we send)
SCENARIOS: dict[str, tuple[str | None, dict[str, str], str | None, str | None, str | None]] = {
    "tfa, api key file and legacy file": (
        "xdg",
        {
            "xdg/vastai/vast_tfa_key": "tfa",
            "xdg/vastai/vast_api_key": "api",
            ".vast_api_key": "old",
        },
        None,
        "tfa",
        "api",
    ),
    "tfa and legacy file, default config dir": (
        None,
        {".config/vastai/vast_tfa_key": "tfa", ".vast_api_key": "old"},
        None,
        "tfa",
        "old",
    ),
    "legacy file only": (None, {".vast_api_key": "old"}, None, "old", "old"),
    "relative XDG_CONFIG_HOME": (
        "",  # made relative below
        {"rel/vastai/vast_api_key": "rel", ".config/vastai/vast_api_key": "api"},
        None,
        "api",
        "api",
    ),
    "environment beats every file": (
        None,
        {".config/vastai/vast_tfa_key": "tfa", ".config/vastai/vast_api_key": "api"},
        "env",
        "env",
        "env",
    ),
}  # fmt: skip


def test_we_find_the_key_the_official_cli_finds_except_its_session_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_registry: set[str]
) -> None:
    """The two differ only where a vast_tfa_key file exists (see the README)."""
    runs, envs = [], []
    for number, (xdg, files, env_key, _, _) in enumerate(SCENARIOS.values()):
        home = tmp_path / f"home{number}"
        for name, text in files.items():
            (home / name).parent.mkdir(parents=True, exist_ok=True)
            (home / name).write_text(text + "\n")
            os.chmod(home / name, 0o600)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VAST_", "XDG_"))}
        env.update(HOME=str(home), VASTAI_NO_UPDATE_CHECK="1", PYTHONDONTWRITEBYTECODE="1")
        if xdg is not None:
            env["XDG_CONFIG_HOME"] = str(home / xdg) if xdg else "rel"
        if env_key is not None:
            env["VAST_API_KEY"] = env_key
        envs.append((home, env))
        runs.append(
            subprocess.Popen(
                [sys.executable, "-c", THEIRS],
                cwd=home,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    ours = []
    for home, env in envs:  # in this process, in the same environment
        monkeypatch.chdir(home)
        for name in ("HOME", "XDG_CONFIG_HOME", "VAST_API_KEY"):
            monkeypatch.delenv(name, raising=False)
            if name in env:
                monkeypatch.setenv(name, env[name])
        ours.append(_auth.discover_api_key(None)[0])
    outputs = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0] * len(runs), outputs
    theirs = [out.strip().splitlines()[-1] for out, _ in outputs]
    for number, (name, (_, _, _, cli, sdk)) in enumerate(SCENARIOS.items()):
        assert (theirs[number], ours[number]) == (repr(cli), sdk), name
