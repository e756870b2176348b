"""Auth like the real API: Bearer keys, and 404 auth_error for a bad or missing key."""

from __future__ import annotations

import re

import httpx
import pytest

from vast_sdk import OPERATIONS, AuthenticationError, MissingAPIKeyError, Vast
from vast_sdk.testing import FakeVast

AUTH_ERROR = {"success": False, "error": "auth_error", "msg": "Invalid user key"}


@pytest.mark.parametrize("header", [None, "Bearer wrong-key", "Basic abc", "Bearer"])
def test_bad_or_missing_key_is_404_auth_error(fake: FakeVast, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    answer = httpx.get(f"{fake.url}/api/v0/instances/", headers=headers)
    assert (answer.status_code, answer.json()) == (404, AUTH_ERROR)
    assert answer.headers["content-type"] == "application/json"


def test_sdk_raises_authentication_error(fake: FakeVast) -> None:
    with Vast(api_key="not-a-key", base_url=fake.url) as vast:
        with pytest.raises(AuthenticationError) as caught:
            vast.show_user()
        assert (caught.value.status_code, caught.value.error) == (404, "auth_error")
        with pytest.raises(AuthenticationError):  # a wrong key is refused even where optional
            vast.search_offers(limit=1)
        with pytest.raises(AuthenticationError):  # and on the run.vast.ai routes
            vast.route(endpoint="x", cost=1.0)


@pytest.mark.usefixtures("no_key_anywhere")
def test_no_key_fails_in_the_client_before_sending(fake: FakeVast) -> None:
    with Vast(base_url=fake.url) as vast, pytest.raises(MissingAPIKeyError):
        vast.show_user()
    assert fake.calls == []


def test_created_keys_work_and_deleted_keys_stop(vast: Vast, fake: FakeVast) -> None:
    made = vast.create_api_key(name="second", permissions={"api": {"user_read": {}}})
    assert made.id is not None
    with Vast(api_key=made.key, base_url=fake.url) as second:
        assert second.show_user().key_id == made.id
        vast.delete_api_key(id=made.id)
        with pytest.raises(AuthenticationError):
            second.show_user()
    assert vast.show_user().key_id == 1  # the first key still works


def test_every_auth_required_operation_refuses_a_bad_key(fake: FakeVast) -> None:
    """A request without a key is refused before validation, for every operation that needs
    one (all but search_offers and the GPU catalogue, which the CLI reads without a key)."""
    refused = []
    with httpx.Client(base_url=fake.url) as http:
        for op in fake.spec.operations.values():
            path = re.sub(r"\{[^}]+\}", "1", op.path)
            answer = http.request(op.method, path)
            if op.auth == "required":
                assert (answer.status_code, answer.json()) == (404, AUTH_ERROR), op.name
                refused.append(op.name)
    required = sorted(name for name, op in OPERATIONS.items() if op.auth == "required")
    assert sorted(refused) == required and "search_offers" not in refused
    anonymous = {"search_offers", "show_gpu_names", "show_gpu_types"}
    assert sorted(set(OPERATIONS) - set(required)) == sorted(anonymous)
