"""Suite-wide: the test API key never shows in a log record, an error the SDK built, or its repr.

Every test runs with the SDK's, httpx's and httpcore's loggers at DEBUG and a handler on the
root logger that keeps every record; every VastError created during the test (raised or not)
is kept too. When the test ends, the formatted records and each error's str, repr, attributes
(the kept httpx request and response included) and pickle must not contain TEST_KEY.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from vast_sdk import VastError

TEST_KEY = "sk-test-SECRET-0123456789abcd"
"""The key the client and robustness suites give their clients (tests/client/conftest.py KEY)."""

_LOGGERS = ("vast_sdk", "httpx", "httpcore")
_CREATED: list[BaseException] = []


def _tracking_new(cls: type[BaseException], *args: Any, **kwargs: Any) -> BaseException:
    error = Exception.__new__(cls, *args)
    _CREATED.append(error)
    return error


VastError.__new__ = _tracking_new  # type: ignore[assignment, method-assign]


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _header_text(headers: httpx.Headers) -> str:
    """Every header as sent (``str(headers)`` masks Authorization)."""
    return "\n".join(f"{k}: {v}" for k, v in headers.multi_items())


def key_leaks(value: Any, key: str = TEST_KEY, depth: int = 0) -> list[str]:
    """Where ``key`` shows in ``value``: an error, an httpx request/response, or anything else."""
    if depth > 3:
        return []
    found: list[str] = []
    if isinstance(value, httpx.Response):
        try:
            content = value.content
        except httpx.ResponseNotRead:
            content = b""
        if key.encode() in content or key in _header_text(value.headers):
            found.append("response")
        found += [f"response.{w}" for w in key_leaks(value.request, key, depth + 1)]
        for old in value.history:
            found += [f"history.{w}" for w in key_leaks(old, key, depth + 1)]
    elif isinstance(value, httpx.Request):
        try:
            content = value.content
        except httpx.RequestNotRead:
            content = b""
        if key in str(value.url) or key in _header_text(value.headers) or key.encode() in content:
            found.append("request")
    elif isinstance(value, BaseException):
        if key in str(value) or key in repr(value):
            found.append("message")
        for name, attr in vars(value).items():
            found += [f"{name}:{w}" for w in key_leaks(attr, key, depth + 1)]
        try:
            if key.encode() in pickle.dumps(value):
                found.append("pickle")
        except Exception:
            pass
    elif key in repr(value):
        found.append(type(value).__name__)
    return found


@pytest.fixture(autouse=True)
def the_test_key_never_leaks() -> Iterator[None]:
    keep = _Keep()
    root = logging.getLogger()
    loggers = [logging.getLogger(name) for name in _LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    root.addHandler(keep)
    _CREATED.clear()
    try:
        yield
    finally:
        root.removeHandler(keep)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    leaks = [formatter.format(r) for r in keep.records if TEST_KEY in formatter.format(r)]
    for error in _CREATED:
        leaks += [f"{type(error).__name__}.{where}" for where in key_leaks(error)]
    _CREATED.clear()
    assert not leaks, f"the test API key leaked: {leaks[:5]}"


@pytest.fixture(name="key_leaks")
def key_leaks_fixture() -> Any:
    """key_leaks(value, key=TEST_KEY): where the key shows in an error, request or response."""
    return key_leaks


@pytest.fixture
def vast_errors() -> list[BaseException]:
    """Every VastError created so far in this test (clear it to keep memory bounded)."""
    return _CREATED


_ONE_SCOPE = ("tests/fake/",)
"""Folders whose tests share a session-wide record (tests/fake/test_zz_coverage.py checks what
the fixture clients of the whole folder were served), so one pytest-xdist worker runs them."""
_OWN_SCOPE = ("tests/fake/test_schemathesis.py", "tests/fake/test_plugin_without_extra.py")
"""Files of those folders that use no fixture client (nothing they do is recorded), so they
may run in another worker: schemathesis alone is a good part of tests/fake's time."""


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """pytest-xdist (make test runs -n): each test file runs whole in one worker, so its module
    fixtures are made once, and each folder of _ONE_SCOPE (less _OWN_SCOPE) runs whole in one
    worker; the biggest scopes start first."""
    from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

    class ByFile(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            if path in _OWN_SCOPE:
                return path
            return next((f for f in _ONE_SCOPE if path.startswith(f)), path)

    return ByFile(config, log)
