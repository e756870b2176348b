"""The hand-written helpers that send body fields by name, checked against the documents.

The generated methods take keywords the overlay pins (openapi.overlay.lock), so an upstream
rename cannot change what they send without the review saying so. The helpers build some
bodies themselves (``logs``: show_logs' ``tail``; ``launch`` and the query language:
search_offers' filters; ``call_endpoint``: route's ``request_idx``), and production ignores a
field it does not know: only a fake that refuses undocumented fields (``closed_bodies``)
makes a test fail when a helper sends one (test_generated.py drills the rename).

Two fields the helpers send, ``disk_space`` (launch's disk filter) and ``request_idx`` (the
route call asked again), are documented by a later source and not by the seed, whose shape the
SDK takes for those operations: the overlay adds them (HELPER_FIELDS, checked below).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vast_sdk._spec import iter_operations, shape
from vast_sdk.testing import FakeVast
from vast_sdk.testing._spec import shipped_spec_path

HELPER_FIELDS = {
    ("POST", "/api/v0/bundles"): ("search_offers", "disk_space"),
    ("POST", "/route"): ("route", "request_idx"),
}
"""Operation shape -> (its name, a body field a helper sends that only the overlay gives the
seed's shape)."""


def _body(doc: dict[str, Any], wanted: tuple[str, str]) -> dict[str, Any]:
    """The properties of the JSON request body of the operation with this shape."""
    for method, path, op in iter_operations(doc):
        if shape(method, path) == wanted:
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            while "$ref" in schema:
                schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
            props: dict[str, Any] = schema["properties"]
            return props
    raise AssertionError(f"no operation {wanted}")


@pytest.fixture(scope="module")
def spec() -> Path:
    """The spec the package ships (FakeVast's), as generated from the seed and the overlay."""
    return shipped_spec_path()


def test_the_fields_the_helpers_send_are_documented_in_the_shipped_spec(spec: Path) -> None:
    shipped = json.loads(spec.read_text(encoding="utf-8"))
    for wanted, (name, field) in HELPER_FIELDS.items():
        assert field in _body(shipped, wanted), f"{name}: {field}"


def test_the_helpers_send_only_documented_fields(spec: Path) -> None:
    fake = FakeVast(spec_file=spec, auto_advance=0.0, closed_bodies=True)
    with fake.serve(), fake.client(virtual_sleep=True) as vast:
        offer = vast.search_offers(limit=1).offers[0]
        iid = vast.create_instance(id=offer.id, image="pytorch/pytorch").new_contract
        fake.clock.advance(fake.state.boot_seconds)
        assert vast.logs(iid, 5, filter="Container", daemon_logs=False)
        assert vast.logs(iid, daemon_logs=True)
        assert vast.search_offers(query="gpu_name=RTX_4090 num_gpus>=1 reliability>0.9").offers
        launched = vast.launch({"gpu_name": {"eq": "RTX 4090"}}, image="vllm/vllm", disk=20)
        assert launched.actual_status == "running"
        vast.create_endpoint(endpoint_name="llm")
        vast.create_workergroup(endpoint_name="llm", test_workers=2)
        fake.clock.advance(fake.state.boot_seconds)
        fake.fail_next("worker", status=429)  # sent again: with the route's request_idx
        answer = vast.call_endpoint("llm", {"prompt": "hi"}, path="/generate")
        assert answer["echo"] == {"prompt": "hi"}
    assert [c.status for c in fake.calls_to("worker")] == [429, 200]
    refused = [c for c in fake.calls if c.status == 400]
    assert refused == [] and not fake.errors


def test_a_closed_body_refuses_what_its_operation_does_not_document(spec: Path) -> None:
    """What makes the test above a check: the same call with one field more fails."""
    fake = FakeVast(spec_file=spec, auto_advance=0.0, closed_bodies={"show_logs"})
    with fake.client() as vast:
        offer = vast.search_offers(limit=1, body={"tail": 1}).offers[0]  # not closed: taken
        iid = vast.create_instance(id=offer.id, image="pytorch/pytorch").new_contract
        with pytest.raises(Exception, match=r"show_logs: body field\(s\) \['lines'\]"):
            vast.show_logs(id=iid, body={"lines": "5"})
        assert vast.show_logs(id=iid, tail="5").result_url
