"""Key order: api_key=, VAST_API_KEY, $XDG_CONFIG_HOME/vastai/vast_api_key, ~/.vast_api_key.

The vastai CLI's two-factor session key file (vast_tfa_key), which the CLI reads first, is never
read; tests/robustness/test_keys.py runs the CLI's own resolution beside ours. Key files are
written with mode 600, as the CLI's users should keep them: the warning about shared key files
is tested where it is the subject (tests/robustness/test_keys.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vast_sdk import MissingAPIKeyError, Vast

from .server import MockServer, reply

OK_DETACH = {"success": True, "msg": "ok"}


def _write(path: Path, text: str) -> Path:
    """A key file readable by its owner only (no shared-file warning)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.chmod(0o600)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def key_files(clean_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """All four sources set, each to a different key."""
    xdg = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    monkeypatch.setenv("VAST_API_KEY", "key-from-env")
    return {
        "xdg": _write(xdg / "vastai" / "vast_api_key", "key-from-xdg\n"),
        "default_xdg": _write(clean_env / ".config" / "vastai" / "vast_api_key", "key-default-xdg"),
        "home": _write(clean_env / ".vast_api_key", "  key-from-home  \n"),
    }


def _sent_key(server: MockServer, **kwargs: object) -> str | None:
    server.add(reply(200, OK_DETACH))
    with Vast(base_url=server.url, **kwargs) as client:  # type: ignore[arg-type]
        client.detach_ssh_key(id=1, ssh_key_id=2)
    return server.last.headers.get("authorization")


def test_explicit_key_wins(server: MockServer, key_files: dict[str, Path]) -> None:
    assert _sent_key(server, api_key="key-explicit") == "Bearer key-explicit"


def test_env_beats_files(server: MockServer, key_files: dict[str, Path]) -> None:
    assert _sent_key(server) == "Bearer key-from-env"


def test_xdg_file_beats_home_file(
    server: MockServer, key_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VAST_API_KEY")
    assert _sent_key(server) == "Bearer key-from-xdg"


def test_default_xdg_is_home_dot_config(
    server: MockServer, key_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VAST_API_KEY")
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert _sent_key(server) == "Bearer key-default-xdg"


def test_home_file_is_the_last_resort(
    server: MockServer, key_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VAST_API_KEY")
    key_files["xdg"].unlink()
    key_files["default_xdg"].unlink()
    assert _sent_key(server) == "Bearer key-from-home"


def test_blank_sources_are_skipped(
    server: MockServer, key_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAST_API_KEY", "   ")
    _write(key_files["xdg"], "\n")
    assert _sent_key(server, api_key="") == "Bearer key-from-home"


def test_no_key_raises_before_any_network_io(
    server: MockServer, clean_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    client = Vast(base_url=server.url)
    assert client.api_key_hint == "None"

    with pytest.raises(MissingAPIKeyError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)

    assert server.requests == []
    assert server.connections == 0
    message = str(info.value)
    for place in (
        "api_key=",
        "VAST_API_KEY",
        str(tmp_path / "xdg" / "vastai" / "vast_api_key"),
        str(clean_env / ".vast_api_key"),
    ):
        assert place in message
    assert info.value.looked_in[-1] == str(clean_env / ".vast_api_key")
    client.close()


def test_no_key_default_xdg_location_is_listed(server: MockServer, clean_env: Path) -> None:
    with Vast(base_url=server.url) as client, pytest.raises(MissingAPIKeyError) as info:
        client.show_user()
    assert str(clean_env / ".config" / "vastai" / "vast_api_key") in str(info.value)
    assert server.connections == 0


def test_every_place_looked_is_listed_in_order(clean_env: Path) -> None:
    with Vast() as client, pytest.raises(MissingAPIKeyError) as info:
        client.show_user()
    assert info.value.looked_in == [
        "api_key= argument",
        "VAST_API_KEY environment variable",
        str(clean_env / ".config" / "vastai" / "vast_api_key"),
        str(clean_env / ".vast_api_key"),
    ]
    assert "Looked in: " + "; ".join(info.value.looked_in) + "." in str(info.value)


# ------------------------------------------------ the CLI's two-factor session key file


@pytest.mark.parametrize("xdg", [True, False])
def test_the_two_factor_session_key_file_is_never_read(
    server: MockServer,
    clean_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    xdg: bool,
) -> None:
    config = (tmp_path / "xdg" if xdg else clean_env / ".config") / "vastai"
    if xdg:
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    _write(config / "vast_tfa_key", "key-from-tfa-login")
    _write(config / "vast_api_key", "key-from-set-api-key")
    assert _sent_key(server) == "Bearer key-from-set-api-key"

    (config / "vast_api_key").unlink()
    _write(clean_env / ".vast_api_key", "key-legacy")
    assert _sent_key(server) == "Bearer key-legacy"


def test_with_only_a_session_key_file_the_error_names_it(
    server: MockServer, clean_env: Path
) -> None:
    tfa = _write(clean_env / ".config" / "vastai" / "vast_tfa_key", "key-from-tfa-login")
    with Vast(base_url=server.url) as client, pytest.raises(MissingAPIKeyError) as info:
        client.show_user()
    assert server.connections == 0
    assert info.value.looked_in[-1] == (
        f"{tfa} (the vastai CLI's two-factor session key: found, not read; "
        "pass it as api_key= to use it)"
    )
    assert str(clean_env / ".vast_api_key") == info.value.looked_in[-2]
    assert "key-from-tfa-login" not in str(info.value)
    session = tfa.read_text().strip()  # what the README says to do
    assert _sent_key(server, api_key=session) == "Bearer key-from-tfa-login"


@pytest.mark.parametrize("value", ["", "relative/config"])
def test_an_empty_or_relative_xdg_config_home_means_dot_config(
    server: MockServer,
    clean_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    value: str,
) -> None:
    """As the xdg package the CLI uses: only an absolute $XDG_CONFIG_HOME counts."""
    monkeypatch.chdir(clean_env)
    monkeypatch.setenv("XDG_CONFIG_HOME", value)
    _write(clean_env / "relative" / "config" / "vastai" / "vast_api_key", "key-relative")
    _write(clean_env / ".config" / "vastai" / "vast_api_key", "key-default-xdg")
    assert _sent_key(server) == "Bearer key-default-xdg"


def test_auth_optional_operation_works_without_a_key(server: MockServer) -> None:
    server.add(reply(200, {"offers": []}))
    with Vast(base_url=server.url) as client:
        result = client.search_offers()
    assert result.offers == []
    assert len(server.requests) == 1
    assert "authorization" not in server.last.headers
    assert server.last.method == "POST"
    assert server.last.path == "/api/v0/bundles/"


def test_auth_optional_operation_sends_the_key_when_there_is_one(server: MockServer) -> None:
    server.add(reply(200, {"offers": []}))
    with Vast(base_url=server.url, api_key="key-x") as client:
        client.search_offers()
    assert server.last.headers["authorization"] == "Bearer key-x"


def test_with_options_can_change_the_key(server: MockServer) -> None:
    server.add(reply(200, OK_DETACH), reply(200, OK_DETACH))
    with Vast(base_url=server.url, api_key="key-one") as client:
        client.with_options(api_key="key-two").detach_ssh_key(id=1, ssh_key_id=2)
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert [r.headers["authorization"] for r in server.requests] == [
        "Bearer key-two",
        "Bearer key-one",
    ]
