"""Serverless: send a request to an endpoint's worker and get its JSON answer back.

    python -m vast_sdk.testing --run examples/serverless.py           # local FakeVast
    VAST_API_KEY=... python examples/serverless.py ENDPOINT PATH      # your endpoint (real API)

``call_endpoint`` does what the official client's ``endpoint.request(path, payload)`` does:
``route`` until a worker is ready, then POST ``{"auth_data": ..., "payload": ...}`` to the worker
with the endpoint's own key. Against the local fake it first creates an endpoint and a
workergroup (whose fake workers echo the request) and deletes them at the end. Against the real
API it calls your existing endpoint (workers may start, and bill; ``--yes`` skips the question).
"""

from __future__ import annotations

import json
import sys

from vast_sdk import DEFAULT_BASE_URL, Vast, VastError

PAYLOAD = {"prompt": "Say hello in French.", "max_tokens": 16}


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This may start billed workers; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def call(vast: Vast, endpoint: str, path: str) -> None:
    print(f"POST {path} on endpoint {endpoint!r}: {json.dumps(PAYLOAD)}")
    answer = vast.call_endpoint(endpoint, PAYLOAD, path=path, cost=256)
    print(f"answer: {json.dumps(answer)}")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    with Vast() as vast:
        if vast.base_url == DEFAULT_BASE_URL:
            if len(args) != 2:
                print("usage: serverless.py ENDPOINT PATH   (e.g. my-llm /v1/completions)")
                return 2
            if not confirm(f"Call endpoint {args[0]!r} on the real API?"):
                return 2
            call(vast, args[0], args[1])
            return 0
        endpoint_id = vast.create_endpoint(endpoint_name="vast-sdk-example").result
        vast.create_workergroup(endpoint_name="vast-sdk-example", test_workers=2)
        try:
            call(vast, "vast-sdk-example", "/generate")
        finally:
            if endpoint_id is not None:
                vast.delete_endpoint(id=endpoint_id)
                print(f"Deleted endpoint {endpoint_id}.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"serverless example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
