"""Key order: api_key=, VAST_API_KEY, $XDG_CONFIG_HOME/vastai/vast_api_key, ~/.vast_api_key."""

from __future__ import annotations

from pathlib import Path

import pytest

from vast_sdk import MissingAPIKeyError, Vast

from .server import MockServer, reply

OK_DETACH = {"success": True, "msg": "ok"}


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
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
