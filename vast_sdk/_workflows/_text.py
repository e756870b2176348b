"""Text from an instance: its logs, and the output of execute, fetched from the result URL.

show_logs and execute answer with a ``result_url`` (on S3) that holds the text a few seconds
later. These helpers fetch it through the requester's ``fetch`` (a plain GET without the API
key, with the client's limits, timeout and retries), polling until it is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from .._errors import InvalidRequestError
from .._requester import without_query
from ._base import AsyncHelper, SyncHelper, Timer, poll_interval_of, wait_timeout_of
from ._errors import ResultError, ResultTimeoutError

DEFAULT_RESULT_TIMEOUT = 60.0
"""Seconds to wait for a result URL to hold the text (the official CLI waits about 9)."""
DEFAULT_RESULT_POLL = 1.0
"""Seconds between fetches of a result URL that is not ready yet."""


def logs_body(tail: int | None, filter: str | None, daemon_logs: bool) -> dict[str, Any]:
    """The show_logs body for these options (only what was asked for is sent)."""
    body: dict[str, Any] = {}
    if tail is not None:
        if isinstance(tail, bool) or not isinstance(tail, int) or tail < 0:
            raise InvalidRequestError(f"tail must be an int >= 0, got {tail!r}")
        body["tail"] = str(tail)
    if filter:
        body["filter"] = filter
    if daemon_logs:
        body["daemon_logs"] = "true"
    return body


def result_url(url: str | None, operation: str, msg: str | None) -> str:
    """The URL to fetch, checked to be one (the API answers ``success`` with a message else)."""
    if not url or not url.startswith(("https://", "http://")):
        shown = without_query(url or "")
        raise ResultError(f"{operation} gave no result URL ({msg})", url=shown, status_code=None)
    return url


def strip_path(text: str, writeable_path: str | None) -> str:
    """execute's output without the instance's writeable path, as the CLI prints it."""
    return text.replace(writeable_path, "") if writeable_path else text


NOT_READY_STATUSES = frozenset({403, 404})
"""What S3 answers for an object not uploaded yet (404 NoSuchKey, or 403 without list rights)."""
RESULT_HEADERS = {"Accept": "*/*"}


@dataclass
class ResultPoller:
    """Polling one result URL: ready (200), not uploaded yet (403/404: poll again until the
    timeout), or a failure (anything else, once the requester's retries are spent)."""

    url: str
    timeout: float
    poll_interval: float
    last_status: int | None = None

    def answered(self, response: httpx.Response, elapsed: float) -> str | float:
        """The text when ready, else seconds to sleep; raises ResultError/ResultTimeoutError."""
        status = self.last_status = response.status_code
        text = response.content.decode("utf-8", errors="replace")
        if status == 200:
            return text
        if status in NOT_READY_STATUSES:
            remaining = self.timeout - elapsed
            if remaining <= 0:
                raise ResultTimeoutError(
                    f"GET {without_query(self.url)}: the result was not ready after "
                    f"{self.timeout:g}s (last status {self.last_status})",
                    url=without_query(self.url),
                    status_code=self.last_status,
                )
            return min(self.poll_interval, remaining)
        raise ResultError(
            f"GET {without_query(self.url)} -> {status}: {text[:200]!r}",
            url=without_query(self.url),
            status_code=status,
        )


class SyncText(SyncHelper):
    def logs(
        self,
        id: int,
        tail: int | None = None,
        *,
        filter: str | None = None,
        daemon_logs: bool = False,
        wait_timeout: float = DEFAULT_RESULT_TIMEOUT,
        poll_interval: float | None = None,
        timeout: float | None = None,
    ) -> str:
        """The logs of instance ``id`` as text, like ``vastai logs``.

        Calls ``show_logs``, which has the instance upload its logs and answers with a URL;
        then fetches that URL (a plain GET without the API key) until the text is there.

        Args:
            id: The instance.
            tail: Only the last ``tail`` lines (default: the API's, 1000).
            filter: Only lines matching this grep pattern.
            daemon_logs: True for the host daemon's log about the instance instead of the
                container's output.
            wait_timeout: Seconds to wait for the text to be uploaded (default 60).
            poll_interval: Seconds between fetches while it is not (default 1, or
                VAST_POLL_INTERVAL).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The log text.

        Raises:
            ResultTimeoutError: the text was not there within ``wait_timeout``.
            ResultError: the result URL answered with an error.
            APIConnectionError: the result URL did not answer (after the client's retries), or
                its answer was over the client's max_response_size (ResponseTooLargeError).
            NotFoundError...: as show_logs raised it.
        """
        body = logs_body(tail, filter, daemon_logs)
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_RESULT_TIMEOUT, "logs")
        poll = poll_interval_of(poll_interval, DEFAULT_RESULT_POLL)
        answer = self.ops.show_logs(id=id, body=body)
        url = result_url(answer.result_url, "show_logs", answer.msg)
        return self._fetch_result(url, limit, poll)

    def execute_text(
        self,
        id: int,
        command: str,
        *,
        wait_timeout: float = DEFAULT_RESULT_TIMEOUT,
        poll_interval: float | None = None,
        timeout: float | None = None,
    ) -> str:
        """Run ``command`` on instance ``id`` with ``execute`` and return its output as text.

        The API runs only a few commands this way (``ls``, ``rm``, ``du``, with their options)
        and answers with a URL; the output is fetched from it (a plain GET without the API
        key) once it is there, with the instance's writeable path removed, as ``vastai
        execute`` prints it. ``execute`` itself is sent once (it acts on the instance).

        Args:
            id: The instance (it must be running).
            command: E.g. ``"ls -l /workspace"``, ``"du -d2 -h"``.
            wait_timeout: Seconds to wait for the output (default 60).
            poll_interval: Seconds between fetches while it is not there (default 1, or
                VAST_POLL_INTERVAL).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The command's output, the instance's writeable path removed.

        Raises:
            ResultTimeoutError: the output was not there within ``wait_timeout``.
            ResultError: the result URL answered with an error.
            APIConnectionError: the result URL did not answer (after the client's retries), or
                its answer was over the client's max_response_size (ResponseTooLargeError).
            BadRequestError...: as execute raised it (e.g. a command it does not allow).
        """
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_RESULT_TIMEOUT, "execute_text")
        poll = poll_interval_of(poll_interval, DEFAULT_RESULT_POLL)
        answer = self.ops.execute(id=id, command=command)
        url = result_url(answer.result_url, "execute", answer.msg)
        return strip_path(self._fetch_result(url, limit, poll), answer.writeable_path)

    def _fetch_result(self, url: str, timeout: float, poll_interval: float) -> str:
        poller = ResultPoller(url, timeout, poll_interval)
        timer = Timer()
        while True:
            response = self.requester.fetch(
                "GET", url, sends_api_key=False, headers=RESULT_HEADERS, what="result URL"
            )
            step = poller.answered(response, timer.elapsed())
            if isinstance(step, str):
                return step
            timer.sleep(step, self.requester.pause)


class AsyncText(AsyncHelper):
    async def logs(
        self,
        id: int,
        tail: int | None = None,
        *,
        filter: str | None = None,
        daemon_logs: bool = False,
        wait_timeout: float = DEFAULT_RESULT_TIMEOUT,
        poll_interval: float | None = None,
        timeout: float | None = None,
    ) -> str:
        """The logs of instance ``id`` as text, like ``vastai logs``.

        Calls ``show_logs``, which has the instance upload its logs and answers with a URL;
        then fetches that URL (a plain GET without the API key) until the text is there.

        Args:
            id: The instance.
            tail: Only the last ``tail`` lines (default: the API's, 1000).
            filter: Only lines matching this grep pattern.
            daemon_logs: True for the host daemon's log about the instance instead of the
                container's output.
            wait_timeout: Seconds to wait for the text to be uploaded (default 60).
            poll_interval: Seconds between fetches while it is not (default 1, or
                VAST_POLL_INTERVAL).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The log text.

        Raises:
            ResultTimeoutError: the text was not there within ``wait_timeout``.
            ResultError: the result URL answered with an error.
            APIConnectionError: the result URL did not answer (after the client's retries), or
                its answer was over the client's max_response_size (ResponseTooLargeError).
            NotFoundError...: as show_logs raised it.
        """
        body = logs_body(tail, filter, daemon_logs)
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_RESULT_TIMEOUT, "logs")
        poll = poll_interval_of(poll_interval, DEFAULT_RESULT_POLL)
        answer = await self.ops.show_logs(id=id, body=body)
        url = result_url(answer.result_url, "show_logs", answer.msg)
        return await self._fetch_result(url, limit, poll)

    async def execute_text(
        self,
        id: int,
        command: str,
        *,
        wait_timeout: float = DEFAULT_RESULT_TIMEOUT,
        poll_interval: float | None = None,
        timeout: float | None = None,
    ) -> str:
        """Run ``command`` on instance ``id`` with ``execute`` and return its output as text.

        The API runs only a few commands this way (``ls``, ``rm``, ``du``, with their options)
        and answers with a URL; the output is fetched from it (a plain GET without the API
        key) once it is there, with the instance's writeable path removed, as ``vastai
        execute`` prints it. ``execute`` itself is sent once (it acts on the instance).

        Args:
            id: The instance (it must be running).
            command: E.g. ``"ls -l /workspace"``, ``"du -d2 -h"``.
            wait_timeout: Seconds to wait for the output (default 60).
            poll_interval: Seconds between fetches while it is not there (default 1, or
                VAST_POLL_INTERVAL).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The command's output, the instance's writeable path removed.

        Raises:
            ResultTimeoutError: the output was not there within ``wait_timeout``.
            ResultError: the result URL answered with an error.
            APIConnectionError: the result URL did not answer (after the client's retries), or
                its answer was over the client's max_response_size (ResponseTooLargeError).
            BadRequestError...: as execute raised it (e.g. a command it does not allow).
        """
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_RESULT_TIMEOUT, "execute_text")
        poll = poll_interval_of(poll_interval, DEFAULT_RESULT_POLL)
        answer = await self.ops.execute(id=id, command=command)
        url = result_url(answer.result_url, "execute", answer.msg)
        text = await self._fetch_result(url, limit, poll)
        return strip_path(text, answer.writeable_path)

    async def _fetch_result(self, url: str, timeout: float, poll_interval: float) -> str:
        poller = ResultPoller(url, timeout, poll_interval)
        timer = Timer()
        while True:
            response = await self.requester.fetch(
                "GET", url, sends_api_key=False, headers=RESULT_HEADERS, what="result URL"
            )
            step = poller.answered(response, timer.elapsed())
            if isinstance(step, str):
                return step
            await timer.async_sleep(step, self.requester.pause)
