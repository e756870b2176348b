"""What a person reads: VAST_LOG=info lines, and error messages for proxy pages and huge bodies."""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Callable, Iterator

import pytest

from vast_sdk import APIStatusError, InternalServerError, NotFoundError, Vast
from vast_sdk._errors import ResponseTooLargeError
from vast_sdk._logging import setup_logging

from .hostile import HostileServer, answer

NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n"
    b"</body>\r\n</html>\r\n" + b"<!-- a padding to disable MSIE's friendly error page -->\r\n" * 6
)
LOGGER = logging.getLogger("vast_sdk")


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def vast_log_info(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lines]:
    """VAST_LOG=info set up as at import; what the SDK's logger then emits, line by line."""
    handlers, level = list(LOGGER.handlers), LOGGER.level
    monkeypatch.setenv("VAST_LOG", "info")
    setup_logging()
    assert LOGGER.level == logging.INFO
    lines = Lines()
    LOGGER.handlers[:] = [lines]  # not stderr: pytest's capture may have swapped it out
    yield lines
    LOGGER.handlers[:] = handlers
    LOGGER.setLevel(level)


def test_vast_log_info_shows_one_line_for_a_successful_call(
    vast: Callable[..., Vast], server: HostileServer, vast_log_info: Lines
) -> None:
    server.default = answer(200, {"id": 1})
    client = vast()
    client.show_user()
    client.create_instance(id=1, image="x")
    lines = vast_log_info.lines
    assert len(lines) == 2, lines
    assert all("-> 200 (" in line for line in lines)


def test_vast_log_info_explains_retries_and_giving_up(
    vast: Callable[..., Vast], server: HostileServer, vast_log_info: Lines
) -> None:
    server.default = answer(502, body=NGINX_502, headers={"Content-Type": "text/html"})
    with pytest.raises(InternalServerError):
        vast(max_retries=2).show_user()
    with pytest.raises(InternalServerError):
        vast(max_retries=2).create_instance(id=1, image="x")
    server.default = answer(404, {"error": "no_such_user"})
    with pytest.raises(NotFoundError):
        vast().show_user()
    err = "\n".join(vast_log_info.lines)
    assert err.count("-> retrying") == 2
    assert "show_user: status 502 after 2 retries -> giving up" in err
    assert "create_instance: status 502 on an operation that is not replay-safe" in err
    assert "404 is not retried" not in err  # the response line says it all


def test_a_proxy_html_page_is_summarised_in_the_message(
    vast: Callable[..., Vast], server: HostileServer
) -> None:
    server.default = answer(502, body=NGINX_502, headers={"Content-Type": "text/html"})
    with pytest.raises(InternalServerError) as info:
        vast(max_retries=0).show_user()
    exc = info.value
    assert str(exc) == f"GET {server.url}/api/v0/users/current -> 502: 502 Bad Gateway"
    assert exc.content == NGINX_502  # the bytes are all kept
    assert exc.body is None and exc.msg == "502 Bad Gateway"


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        (
            b"<html><head><title>\n  Service &amp; Co\n down</title>" + b"x" * 100_000,
            "Service & Co down",
        ),
        (b"Bad gateway\r\n\r\nupstream timed out", "Bad gateway upstream timed out"),
        (b"<html><title></title><body>" + b"y" * 5000, "<html><title></title><body>yyy"),
        (b"\xff\xfe not utf-8", "\ufffd\ufffd not utf-8"),
    ],
)
def test_a_body_that_is_not_json_is_one_short_line(
    vast: Callable[..., Vast], server: HostileServer, page: bytes, shown: str
) -> None:
    server.default = answer(500, body=page, headers={"Content-Type": "text/html"})
    with pytest.raises(InternalServerError) as info:
        vast(max_retries=0).show_user()
    message = str(info.value)
    assert shown in message
    assert "\n" not in message and len(message) < 300
    assert info.value.content == page


def test_a_huge_error_message_is_cut_in_str_but_kept_whole(
    vast: Callable[..., Vast], server: HostileServer
) -> None:
    server.default = answer(400, {"error": "bad_request", "msg": "m" * 1_000_000})
    with pytest.raises(APIStatusError) as info:
        vast(max_retries=0).show_user()
    assert len(str(info.value)) < 1200
    assert info.value.msg == "m" * 1_000_000


@pytest.mark.parametrize("depth", [900, 980, 5000])
def test_a_deeply_nested_error_body_is_still_a_typed_error(
    vast: Callable[..., Vast], server: HostileServer, depth: int
) -> None:
    body = b'{"error": "x", "deep": ' + b"[" * depth + b"]" * depth + b"}"
    server.default = answer(404, body=body)
    with pytest.raises(NotFoundError) as info:
        vast(max_retries=0).show_user()
    assert info.value.content == body
    assert info.value.body is None or info.value.body["error"] == "x"


def test_response_too_large_pickles(vast: Callable[..., Vast], server: HostileServer) -> None:
    server.default = answer(200, body=json.dumps({"x": "y" * 5000}).encode())
    with pytest.raises(ResponseTooLargeError) as info:
        vast(max_response_size=1000).show_user()
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is ResponseTooLargeError
    assert (again.method, again.url, str(again)) == ("GET", info.value.url, str(info.value))
