"""Serverless workers: the URLs ``route`` hands out, served by the fake itself.

A worker URL is ``{the fake's host}/fake-worker/{worker id}``; a request to
``{url}{path}`` is answered like a PyWorker answers: the body must be ``{"auth_data": <the
route's answer>, "payload": ...}``, whose signature must be one ``route`` issued for this
worker, and the Bearer token must be the endpoint's API key. The fake worker echoes the
request: ``{"worker_id", "endpoint", "path", "reqnum", "echo": payload}``.
"""

from __future__ import annotations

import json
from typing import Any

from ._base import Reply
from ._state import Row, State

PREFIX = "/fake-worker"
AUTH_FIELDS = ("cost", "endpoint", "reqnum", "request_idx", "signature", "url")
"""What a PyWorker requires in auth_data."""


def worker_url(s: State, worker_id: int) -> str:
    return f"{s.public_url}{PREFIX}/{worker_id}"


def _find(s: State, worker_id: int) -> tuple[Row, Row] | None:
    for group in s.workergroups.values():
        for worker in group["_workers"]:
            if worker["id"] == worker_id:
                return group, worker
    return None


def _error(status: int, **body: Any) -> Reply:
    return Reply(status, body)


def serve_worker(
    s: State, name: str, query: dict[str, str], headers: dict[str, str], body: bytes
) -> Reply:
    """POST ``/fake-worker/{id}/{path}``."""
    head, _, rest = name.partition("/")
    path = "/" + rest
    try:
        found = _find(s, int(head))
    except ValueError:
        found = None
    if found is None:
        return _error(404, error="no such worker")
    group, worker = found
    if s.now() < worker["_ready_at"]:
        return _error(503, error="worker is still loading")
    endpoint = s.endpoints.get(group["endpoint_id"])
    if endpoint is None:
        return _error(404, error="the worker's endpoint was deleted")
    if headers.get("authorization", "") != f"Bearer {endpoint['api_key']}":
        return _error(401, error="the Bearer token is not the endpoint's API key")
    try:
        data = json.loads(body)
    except ValueError:
        return _error(422, error="invalid JSON")
    if not isinstance(data, dict):
        return _error(422, error="the body must be a JSON object")
    auth = data.get("auth_data")
    errors: dict[str, Any] = {}
    if not isinstance(auth, dict):
        auth, errors["auth_data"] = {}, "field missing"
    missing = {f: "missing parameter" for f in AUTH_FIELDS if f not in auth}
    if missing and "auth_data" not in errors:
        errors["auth_data"] = missing
    if "payload" not in data:
        errors["payload"] = "field missing"
    if errors:
        return Reply(422, errors)
    issued = s.routes.get(str(auth["signature"]))
    if issued is None or issued["worker_id"] != worker["id"] or issued["url"] != auth["url"]:
        return _error(401, error="signature verification failed")
    group["_log"].append(f"{s.clock.iso()} - Worker {worker['id']} served {path}")
    return Reply(
        200,
        {
            "worker_id": worker["id"],
            "endpoint": endpoint["endpoint_name"],
            "path": path,
            "reqnum": issued["reqnum"],
            "echo": data["payload"],
        },
    )
