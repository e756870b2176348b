"""Result objects: what show_logs, execute and cloud_copy upload, served like pre-signed S3 URLs.

The real API answers those operations with a ``result_url`` on S3 that holds the text a few
seconds later. The fake keeps the text and serves it itself, on the host the request came in
on (``http://127.0.0.1:PORT/fake-s3/...`` on loopback, ``http://vast.localhost/...``
in-process), and answers as S3 does: 404 ``NoSuchKey`` until it is uploaded, 403 for a wrong
signature or an expired URL, and 400 for a request that also carries an Authorization header
(S3 allows one auth mechanism; this is how a test sees the API key leak there).
"""

from __future__ import annotations

from typing import Any

from ._base import Reply
from ._state import State, hex_token

RESULT_DELAY = 2.0
"""Fake seconds from the request to the text being there (S3 upload)."""
RESULT_EXPIRES = 3600
"""Seconds a result URL stays valid (X-Amz-Expires)."""
PREFIX = "/fake-s3/vast.ai"


def put_result(s: State, kind: str, text: str) -> str:
    """Store ``text`` (there after RESULT_DELAY fake seconds) and return its URL."""
    name = f"{kind}/fake-{s.rng.getrandbits(64):016x}.log"
    signature = hex_token(s.rng, 128)
    s.results[name] = {
        "text": text,
        "signature": signature,
        "ready_at": s.now() + RESULT_DELAY,
        "expires_at": s.now() + RESULT_EXPIRES,
    }
    query = f"X-Amz-Expires={RESULT_EXPIRES}&X-Amz-Signature={signature}"
    return f"{s.public_url}{PREFIX}/{name}?{query}"


def _s3_error(status: int, code: str, message: str) -> Reply:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    )
    return Reply(status, raw=xml.encode(), headers={"Content-Type": "application/xml"})


def serve_result(
    s: State, name: str, query: dict[str, str], headers: dict[str, str], body: Any
) -> Reply:
    """GET of a result URL."""
    if "authorization" in headers:
        return _s3_error(
            400,
            "InvalidArgument",
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
            "Signature query string parameter or the Authorization header should be specified",
        )
    stored = s.results.get(name)
    if stored is None or query.get("X-Amz-Signature") != stored["signature"]:
        return _s3_error(403, "AccessDenied", "Access Denied")
    if s.now() > stored["expires_at"]:
        return _s3_error(403, "AccessDenied", "Request has expired")
    if s.now() < stored["ready_at"]:
        return _s3_error(404, "NoSuchKey", "The specified key does not exist.")
    content = stored["text"].encode()
    return Reply(200, raw=content, headers={"Content-Type": "text/plain; charset=utf-8"})
