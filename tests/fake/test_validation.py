"""Requests are validated against the patched spec (400 invalid_request), responses conform to it,
and the seed endpoint (detach ssh-key) answers exactly as its page documents."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from vast_sdk import BadRequestError, NotFoundError, Vast
from vast_sdk.testing import FakeVast

from .test_faults import attached


def call(fake: FakeVast, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {fake.api_key}", **kwargs.pop("headers", {})}
    return httpx.request(method, fake.url + path, headers=headers, **kwargs)


def invalid(answer: httpx.Response) -> str:
    body = answer.json()
    assert answer.status_code == 400, body
    assert set(body) == {"success", "error", "msg"}
    assert (body["success"], body["error"]) == (False, "invalid_request")
    return str(body["msg"])


def test_missing_required_body_field(fake: FakeVast) -> None:
    # (create_instance's image is optional since a template launch sends "image": null, W24)
    msg = invalid(call(fake, "POST", "/api/v0/ssh/", json={"label": "no key"}))
    assert "'ssh_key' is a required property" in msg
    assert fake.state.instances == {}  # nothing happened


def test_wrong_types_and_enums(fake: FakeVast) -> None:
    assert "'x' is not of type 'integer'" in invalid(
        call(fake, "POST", "/api/v0/bundles/", json={"limit": "x"})
    )
    # (create_instance's runtype is free text: vastai sends "ssh_direc ssh_proxy", W23)
    body = {"type": "teleport"}
    assert "teleport" in invalid(call(fake, "POST", "/api/v0/bundles/", json=body))
    assert "order" in invalid(
        call(fake, "POST", "/api/v0/bundles/", json={"order": [["dph_total"]]})
    )


def test_bad_path_and_query_parameters(fake: FakeVast) -> None:
    assert "ssh_key_id" in invalid(call(fake, "DELETE", "/api/v0/instances/5/ssh/abc/"))
    assert "email" in invalid(call(fake, "POST", "/api/v0/team/invite/?role=x"))  # required query
    assert "sday" in invalid(call(fake, "GET", "/api/v0/users/1/machine-earnings/?sday=soon"))


def test_body_that_is_not_json(fake: FakeVast) -> None:
    answer = call(
        fake,
        "POST",
        "/api/v0/bundles/",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert invalid(answer) == "Invalid json body"


def test_unknown_route_and_method(fake: FakeVast) -> None:
    answer = call(fake, "GET", "/api/v0/nope/")
    assert answer.status_code == 404 and answer.json()["error"] == "not_found"
    answer = call(fake, "PATCH", "/api/v0/instances/")
    assert answer.status_code == 405 and "GET" in answer.json()["msg"]


@pytest.mark.parametrize("method", ["TRACE", "QUERY", "HEAD", "OPTIONS"])
def test_any_http_method_gets_an_answer(fake: FakeVast, method: str) -> None:
    answer = call(fake, method, "/api/v0/instances/")
    assert answer.status_code == 405
    if method != "HEAD":
        assert answer.json()["error"] == "method_not_allowed"


def test_huge_numbers_are_refused_not_looped_over(fake: FakeVast) -> None:
    uid = fake.state.user["id"]
    answer = call(fake, "GET", f"/api/v0/users/{uid}/machine-earnings/?last_days=999999999999")
    assert answer.status_code == 400 and "last_days" in answer.json()["msg"]
    call(fake, "POST", "/api/v0/endptjobs/", json={"endpoint_name": "e", "max_workers": 10**12})
    made = call(
        fake, "POST", "/api/v0/workergroups/", json={"endpoint_name": "e", "test_workers": 10**12}
    )
    assert made.status_code == 200
    assert len(fake.state.workergroups[made.json()["id"]]["_workers"]) == 16


def test_sdk_surfaces_server_side_400(vast: Vast) -> None:
    with pytest.raises(BadRequestError) as caught:
        vast.search_offers(body={"num_gpus": {"gte": [1]}})
    assert caught.value.error == "invalid_request"


# ---------------------------------------------------------------- the seed endpoint


def test_detach_answers_exactly_as_documented(vast: Vast, fake: FakeVast) -> None:
    iid, key_id = attached(vast, fake)
    ok = call(fake, "DELETE", f"/api/v0/instances/{iid}/ssh/{key_id}/")
    assert (ok.status_code, ok.json()) == (
        200,
        {"success": True, "msg": "SSH key removed from instance."},
    )
    again = call(fake, "DELETE", f"/api/v0/instances/{iid}/ssh/{key_id}/")
    assert again.status_code == 200  # detaching twice is a no-op (the op is replay-safe)
    no_instance = call(fake, "DELETE", f"/api/v0/instances/999/ssh/{key_id}/").json()
    assert no_instance == {
        "success": False,
        "error": "no_such_instance",
        "msg": "Instance not found.",
    }
    no_key = call(fake, "DELETE", f"/api/v0/instances/{iid}/ssh/999/")
    assert no_key.status_code == 404
    assert no_key.json() == {
        "success": False,
        "error": "no_such_ssh_key",
        "msg": "SSH key not found.",
    }
    bad = call(fake, "DELETE", f"/api/v0/instances/0/ssh/{key_id}/").json()
    assert bad == {
        "success": False,
        "error": "invalid_request",
        "msg": "Invalid request parameters",
    }
    assert invalid(call(fake, "DELETE", f"/api/v0/instances/{iid}/ssh/x/"))


def test_detach_through_the_sdk(vast: Vast, fake: FakeVast) -> None:
    iid, key_id = attached(vast, fake)
    assert vast.detach_ssh_key(id=iid, ssh_key_id=key_id).msg == "SSH key removed from instance."
    with pytest.raises(NotFoundError) as caught:
        vast.detach_ssh_key(id=iid + 1, ssh_key_id=key_id)
    assert (caught.value.error, caught.value.msg) == ("no_such_instance", "Instance not found.")
    vast.delete_ssh_key(id=key_id)
    with pytest.raises(NotFoundError) as caught:
        vast.detach_ssh_key(id=iid, ssh_key_id=key_id)
    assert caught.value.error == "no_such_ssh_key"


# ---------------------------------------------------------------- responses against the spec


def test_a_response_outside_the_spec_is_caught(
    fake: FakeVast, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Strict mode turns a handler bug (a response the spec forbids) into a loud 500."""
    from vast_sdk.testing._base import HANDLERS, Reply

    monkeypatch.setitem(HANDLERS, "show_user", lambda s, c: Reply(200, {"id": "not-an-int"}))
    answer = call(fake, "GET", "/api/v0/users/current/")
    assert answer.status_code == 500 and answer.json()["error"] == "fake_spec_violation"
    assert "'not-an-int' is not of type 'integer'" in fake.errors[0]
    fake.errors.clear()  # the fixture fails a test that leaves spec errors behind


def test_responses_of_a_whole_session_validate(vast: Vast, fake: FakeVast) -> None:
    iid, key_id = attached(vast, fake)
    vast.show_instances()
    vast.detach_ssh_key(id=iid, ssh_key_id=key_id)
    vast.destroy_instance(id=iid)
    assert fake.errors == [] and all(c.documented for c in fake.calls)


# ------------------------------------------------------------------ the official client's forms
# FakeVast takes what production takes (issue 10, docs/wire.md): the forms vastai 1.9.1 sends
# and the documents' forms where production accepts both, with shapes still validated.


def test_explicit_nulls_are_read_as_absent(fake: FakeVast) -> None:
    """vastai sends null for every field its caller left out (docs/wire.md W8)."""
    offer = next(iter(fake.state.offers))
    body = {
        "client_id": "me",
        "image": "pytorch/pytorch",
        "disk": 20,
        "label": None,
        "onstart": None,
        "price": None,
        "extra": None,
        "template_hash_id": None,
    }
    answer = call(fake, "PUT", f"/api/v0/asks/{offer}/", json=body)
    assert answer.status_code == 200, answer.json()
    assert answer.json()["success"] is True


def test_an_empty_object_on_a_bodiless_write(fake: FakeVast) -> None:
    """vastai sends {} on every write it gives no body (docs/wire.md W32); so does the SDK."""
    bare = call(fake, "DELETE", "/api/v0/ssh/999/")
    empty = call(fake, "DELETE", "/api/v0/ssh/999/", json={})
    assert bare.json() == empty.json() and empty.json()["error"] == "no_ssh_key"


def test_query_or_body_where_production_takes_both(fake: FakeVast) -> None:
    """invite_team_member and delete_volume: vastai's query (W10, W11), the documents' body."""
    vid = 987_654
    for answer in (
        call(fake, "DELETE", f"/api/v0/volumes/?id={vid}", json={}),
        call(fake, "DELETE", "/api/v0/volumes/", json={"id": vid}),
        call(fake, "DELETE", "/api/v0/volumes", json={"id": str(vid)}),
    ):
        assert answer.status_code == 404, answer.json()  # read, validated, then not found
        assert answer.json()["error"] == "no_such_volume"
    assert "id" in invalid(call(fake, "DELETE", "/api/v0/volumes/", json={"id": "x"}))


def test_search_invoices_takes_query_parameters(fake: FakeVast) -> None:
    """vastai sends select_filters as JSON text in the query of the GET (W12)."""
    answer = call(
        fake, "GET", '/api/v0/invoices?select_cols=["*"]&select_filters={"type":{"eq":"payment"}}'
    )
    assert answer.status_code == 200, answer.json()
    assert isinstance(answer.json(), list)


def test_volume_searches_take_both_body_forms(fake: FakeVast) -> None:
    """search_volumes: vastai's top-level filters (W13); network volumes: unwrapped or q (W14)."""
    top = call(
        fake, "POST", "/api/v0/volumes/search/", json={"disk_space": {"gte": 100}, "limit": 5}
    )
    assert top.status_code == 200 and all(o["disk_space"] >= 100 for o in top.json()["offers"])
    wrapped = {"q": {"disk_space": {"gte": 100}, "limit": 5}}
    old = call(fake, "POST", "/api/v0/network_volumes/search/", json=wrapped)
    new = call(fake, "POST", "/api/v0/network_volumes/search/", json=wrapped["q"])
    assert old.status_code == new.status_code == 200, (old.json(), new.json())
    assert old.json()["offers"] == new.json()["offers"]
