"""Every error code the documents give for a route the fake serves statefully is answered.

The list is derived from the documents (errors.py), never written here: for each documented
(operation, status, error) of an operation with a handler, either a case below provokes it and
the fake answers exactly that status and ``error`` (in a body the spec accepts), or it is in
NOT_SIMULATED / SUPERSEDED with the reason. A code a document adds tomorrow fails
``test_every_documented_error_is_walked`` until it has one or the other; an entry whose code no
document gives any more fails it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from vast_sdk.testing import LOCAL_URL, FakeVast
from vast_sdk.testing._base import HANDLERS
from vast_sdk.testing._spec import load_spec

from .errors import Documented, documented
from .test_operations import SSH_KEY

SPEC = load_spec()
FOUND = documented(SPEC)
STATEFUL = {d for d in FOUND if d.operation in HANDLERS}


class Fx:
    """A fresh fake and a raw HTTP client on it (in-process: no socket)."""

    def __init__(self) -> None:
        self.fake = FakeVast(auto_advance=0)
        self.http = httpx.Client(
            transport=self.fake.transport(),
            base_url=LOCAL_URL,
            headers={"Authorization": f"Bearer {self.fake.api_key}"},
        )

    def call(
        self,
        op: str,
        json: Any = None,
        params: dict[str, Any] | None = None,
        **path: Any,
    ) -> httpx.Response:
        spec = SPEC.operations[op]
        url = re.sub(r"\{([^}]+)\}", lambda m: str(path[m.group(1)]), spec.path)
        return self.http.request(spec.method, url, json=json, params=params)

    def offer(self) -> int:
        s = self.fake.state
        ok = [o for o in s.offers.values() if o["rentable"] and not o["rented"]]
        return int(min(ok, key=lambda o: o["dph_base"])["id"])

    def instance(self, running: bool = True, **body: Any) -> int:
        answer = self.call("create_instance", {"image": "ubuntu:22.04", **body}, id=self.offer())
        iid = int(answer.json()["new_contract"])
        if running:
            self.fake.clock.advance(self.fake.state.boot_seconds)
        return iid

    def broke(self) -> float:
        """The account's credit spent (a transfer of more than all of it, in the ledger)."""
        return self.credit(-1000.0)

    def credit(self, amount: float) -> float:
        """Credit added to (or, negative, taken from) the account; the new balance."""
        kind = "payment" if amount >= 0 else "transfer"
        entry = {"id": 1, "type": kind, "amount": abs(amount), "timestamp": 0}
        self.fake.state.ledger.append(entry)
        return self.fake.state.balance()

    @staticmethod
    def after(*steps: object) -> httpx.Response:
        """The answer of the last step (the others set the scene)."""
        last = steps[-1]
        assert isinstance(last, httpx.Response)
        return last

    def team(self) -> httpx.Response:
        return self.call("create_team", {"team_name": "lab"})

    def endpoint(self) -> int:
        made = self.call("create_endpoint", {"endpoint_name": "e"})
        return int(made.json()["result"])

    def network_disk(self) -> int:
        made = self.call("add_network_disk", {"machines": [52001], "mount_point": "/mnt/nd"})
        return int(made.json()["disk_id"])


Recipe = Callable[[Fx], httpx.Response]


def _rate_limited(op: str, first: Recipe) -> Recipe:
    def run(f: Fx) -> httpx.Response:
        f.fake.rate_limit(op, requests=1, per=60)
        first(f)
        return first(f)

    return run


def _injected(op: str, status: int, error: str, call: Recipe) -> Recipe:
    """A server-side failure the fake cannot cause itself: injected with fail_next, in the
    documented shape (the check is that the fault's answer is one the spec accepts)."""

    def run(f: Fx) -> httpx.Response:
        body = {"success": False, "error": error, "msg": "Injected server failure"}
        f.fake.fail_next(op, status=status, body=body)
        return call(f)

    return run


def _job(f: Fx, **more: Any) -> dict[str, Any]:
    now = f.fake.clock.now()
    return {
        "instance_id": f.instance(running=False),
        "start_time": now,
        "end_time": now + 86400,
        "api_endpoint": "/api/v0/instances/reboot/1/",
        "request_method": "PUT",
        "request_body": {},
        "frequency": "HOURLY",
        **more,
    }


def _taken_offer_rent(f: Fx) -> httpx.Response:
    offer = f.offer()
    f.fake.take_offer(offer)
    return f.call("create_instance", {"image": "ubuntu"}, id=offer)


def _failed_pull_execute(f: Fx) -> httpx.Response:
    iid = f.instance(running=False)
    f.fake.fail_start(iid, reason="image_pull")
    f.fake.clock.advance(f.fake.state.boot_seconds)
    return f.call("execute", {"command": "ls"}, id=iid)


def _taken_offer_logs(f: Fx) -> httpx.Response:
    offer = f.offer()
    f.fake.take_offer(offer)
    foreign = next(iter(f.fake.state.foreign))
    return f.call("show_logs", {}, id=foreign)


CASES: dict[tuple[str, int, str], Recipe] = {
    ("add_network_disk", 400, "invalid_args"): lambda f: f.call(
        "add_network_disk", {"machines": [], "mount_point": "/mnt"}
    ),
    ("add_network_disk", 403, "not_authorized"): lambda f: f.call(
        "add_network_disk", {"machines": [999], "mount_point": "/mnt"}
    ),
    ("attach_ssh_key", 400, "no_ssh_key"): lambda f: f.call(
        "attach_ssh_key", {"ssh_key": " "}, id=f.instance()
    ),
    ("cancel_copy", 400, "invalid_args"): lambda f: f.call("cancel_copy", {"dst_id": "x"}),
    ("cancel_copy", 404, "no_such_user"): lambda f: f.call("cancel_copy", {"dst_id": "999"}),
    ("cancel_sync", 400, "invalid_args"): lambda f: f.call("cancel_sync", {"dst_id": 0}),
    ("cancel_sync", 404, "no_such_instance"): lambda f: f.call("cancel_sync", {"dst_id": 999}),
    ("change_bid", 400, "invalid_args"): lambda f: f.call(
        "change_bid", {"client_id": "me", "price": 0.5}, id=f.instance()
    ),
    ("change_bid", 404, "no_such_instance"): lambda f: f.call(
        "change_bid", {"client_id": "me", "price": 0.5}, id=999
    ),
    ("cloud_copy", 400, "invalid_args"): lambda f: f.call("cloud_copy", {"instance_id": "x"}),
    ("copy", 400, "invalid_args"): lambda f: f.call("copy", {"src_path": "/a", "dst_path": " "}),
    ("copy", 404, "no_such_user"): lambda f: f.call(
        "copy", {"src_path": "/a", "dst_path": "/b", "dst_id": "999"}
    ),
    ("create_api_key", 400, "invalid_permissions"): lambda f: f.call(
        "create_api_key", {"name": "k", "permissions": {"api": "all"}}
    ),
    ("create_api_key", 400, "missing_permissions"): lambda f: f.call(
        "create_api_key", {"name": "k"}
    ),
    ("create_env_var", 400, "existing_key"): lambda f: f.after(
        f.call("create_env_var", {"key": "A", "value": "1"}),
        f.call("create_env_var", {"key": "A", "value": "2"}),
    ),
    ("create_env_var", 400, "max_secrets"): lambda f: f.after(
        *[f.call("create_env_var", {"key": f"K{n}", "value": "v"}) for n in range(17)]
    ),
    ("create_env_var", 400, "missing_input"): lambda f: f.call(
        "create_env_var", {"key": " ", "value": "v"}
    ),
    ("create_instance", 400, "invalid_args"): lambda f: f.call(
        "create_instance", {"image": "ubuntu", "disk": 999999}, id=f.offer()
    ),
    ("create_instance", 400, "invalid_price"): lambda f: f.call(
        "create_instance", {"image": "ubuntu", "price": 0.001}, id=f.offer()
    ),
    ("create_instance", 400, "no_ssh_key_for_vm"): lambda f: f.call(
        "create_instance", {"image": "ubuntu", "vm": True}, id=f.offer()
    ),
    ("create_instance", 404, "no_such_ask"): lambda f: f.call(
        "create_instance", {"image": "ubuntu"}, id=1
    ),
    ("create_instance", 410, "no_such_ask"): _taken_offer_rent,
    ("create_instances", 400, "invalid_args"): lambda f: f.call(
        "create_instances", {"ids": [], "image": "ubuntu"}
    ),
    ("create_network_volume_listing", 400, "invalid_args"): lambda f: f.call(
        "create_network_volume_listing", {"disk_id": f.network_disk(), "size": 0}
    ),
    ("create_network_volume_listing", 403, "not_authorized"): lambda f: f.call(
        "create_network_volume_listing", {"disk_id": 999, "size": 10}
    ),
    ("create_scheduled_job", 422, "job_exists"): lambda f: f.after(
        f.call("create_scheduled_job", job := _job(f)),
        f.call("create_scheduled_job", job),
    ),
    ("create_scheduled_job", 500, "insert_failed"): _injected(
        "create_scheduled_job",
        500,
        "insert_failed",
        lambda f: f.call("create_scheduled_job", _job(f)),
    ),
    ("create_ssh_key", 400, "no_ssh_key"): lambda f: f.call("create_ssh_key", {"ssh_key": " "}),
    ("create_subaccount", 400, "invalid_email"): lambda f: f.call(
        "create_subaccount", {"email": "a@example.invalid", "username": "u", "password": "1" * 8}
    ),
    ("create_subaccount", 400, "invalid_request"): lambda f: f.call(
        "create_subaccount", {"email": "a@b.co", "username": " ", "password": "12345678"}
    ),
    ("create_subaccount", 400, "missing_auth_value"): lambda f: f.call(
        "create_subaccount", {"email": "a@b.co", "username": "u", "password": ""}
    ),
    ("create_subaccount", 409, "user_exists"): lambda f: f.call(
        "create_subaccount", {"email": "you@example.com", "username": "u", "password": "12345678"}
    ),
    ("create_template", 400, "invalid_args"): lambda f: f.call(
        "create_template", {"name": " ", "image": "ubuntu"}
    ),
    ("create_workergroup", 400, "invalid_args"): lambda f: f.call(
        "create_workergroup", {"endpoint_name": "nope"}
    ),
    ("delete_endpoint", 400, "invalid_args"): lambda f: f.call("delete_endpoint", id=999),
    # an account without endpoints (seed, next and preview agree: not an empty list)
    ("show_endpoints", 400, "invalid_args"): lambda f: f.call("show_endpoints"),
    ("delete_scheduled_job", 400, "missing_input"): lambda f: f.call("delete_scheduled_job", id=0),
    ("delete_scheduled_job", 404, "not_found"): lambda f: f.call("delete_scheduled_job", id=999),
    ("delete_ssh_key", 400, "invalid_request"): lambda f: f.call("delete_ssh_key", id=0),
    ("delete_ssh_key", 400, "no_ssh_key"): lambda f: f.call("delete_ssh_key", id=999),
    ("delete_volume", 400, "invalid_args"): lambda f: f.call("delete_volume", params={"id": 0}),
    ("delete_volume", 404, "no_such_volume"): lambda f: f.call("delete_volume", params={"id": 999}),
    ("delete_workergroup", 400, "invalid_args"): lambda f: f.call("delete_workergroup", id=0),
    ("delete_workergroup", 404, "no_such_workergroup"): lambda f: f.call(
        "delete_workergroup", id=999
    ),
    ("destroy_instance", 400, "invalid_args"): lambda f: f.call("destroy_instance", id=0),
    ("destroy_instance", 404, "no_such_instance"): lambda f: f.call("destroy_instance", id=999),
    ("destroy_instance", 429, "rate_limit_exceeded"): _rate_limited(
        "destroy_instance", lambda f: f.call("destroy_instance", id=999)
    ),
    ("destroy_instances", 400, "invalid_args"): lambda f: f.call(
        "destroy_instances", {"instance_ids": []}
    ),
    ("destroy_instances", 404, "instances_not_found"): lambda f: f.call(
        "destroy_instances", {"instance_ids": [999]}
    ),
    ("destroy_team", 404, "not_found"): lambda f: f.call("destroy_team"),
    ("detach_ssh_key", 400, "invalid_request"): lambda f: f.call(
        "detach_ssh_key", id=0, ssh_key_id=1
    ),
    ("detach_ssh_key", 404, "no_such_instance"): lambda f: f.call(
        "detach_ssh_key", id=999, ssh_key_id=1
    ),
    ("detach_ssh_key", 404, "no_such_ssh_key"): lambda f: f.call(
        "detach_ssh_key", id=f.instance(), ssh_key_id=999
    ),
    ("detach_ssh_key", 500, "delete_ssh_from_instance"): _injected(
        "detach_ssh_key",
        500,
        "delete_ssh_from_instance",
        lambda f: f.call("detach_ssh_key", id=f.instance(), ssh_key_id=999),
    ),
    ("execute", 400, "invalid_args"): lambda f: f.call(
        "execute", {"command": "cat /etc/passwd"}, id=f.instance()
    ),
    ("execute", 400, "invalid_container"): lambda f: f.after(
        f.call("manage_instance", {"state": "stopped"}, id=(iid := f.instance())),
        f.call("execute", {"command": "ls"}, id=iid),
    ),
    ("execute", 400, "invalid_container_id"): _failed_pull_execute,
    ("execute", 404, "not_found"): lambda f: f.call("execute", {"command": "ls"}, id=999),
    ("list_machine", 400, "invalid_args"): lambda f: f.call(
        "list_machine", {"machine": 52001, "price_gpu": -1.0}
    ),
    ("list_machine", 403, "not_authorized"): lambda f: f.call("list_machine", {"machine": 1}),
    ("manage_instance", 400, "invalid_args"): lambda f: f.call(
        "manage_instance", {}, id=f.instance()
    ),
    ("manage_instance", 400, "missing_billing"): lambda f: f.after(
        f.call("manage_instance", {"state": "stopped"}, id=(iid := f.instance())),
        f.broke(),
        f.call("manage_instance", {"state": "running"}, id=iid),
    ),
    ("manage_instance", 404, "no_such_instance"): lambda f: f.call(
        "manage_instance", {"label": "x"}, id=999
    ),
    ("manage_instances", 400, "insufficient_credit"): lambda f: f.after(
        f.call("manage_instance", {"state": "stopped"}, id=(iid := f.instance())),
        f.broke(),
        f.call("manage_instances", {"ids": [iid], "state": "running"}),
    ),
    ("manage_instances", 400, "invalid_args"): lambda f: f.call(
        "manage_instances", {"ids": [], "state": "running"}
    ),
    ("manage_instances", 404, "invalid_args"): lambda f: f.call(
        "manage_instances", {"ids": [999], "state": "running"}
    ),
    ("prepay_instance", 400, "insufficient_credit"): lambda f: f.call(
        "prepay_instance", {"amount": 1000.0}, id=f.instance()
    ),
    ("prepay_instance", 400, "invalid_args"): lambda f: f.call(
        "prepay_instance", {"amount": 0.0}, id=f.instance()
    ),
    ("prepay_instance", 400, "rental_too_long"): lambda f: f.after(
        f.credit(1e6), f.call("prepay_instance", {"amount": 500000.0}, id=f.instance())
    ),
    ("reboot_instance", 400, "invalid_args"): lambda f: f.call("reboot_instance", id=999),
    ("recycle_instance", 400, "invalid_id"): lambda f: f.call("recycle_instance", id=999),
    ("remove_team_member", 429, "rate_limit_exceeded"): _rate_limited(
        "remove_team_member", lambda f: f.call("remove_team_member", id=999)
    ),
    ("remove_team_role", 403, "forbidden"): lambda f: f.after(
        f.team(), f.call("remove_team_role", name="owner")
    ),
    ("remove_team_role", 404, "not_found"): lambda f: f.after(
        f.team(), f.call("remove_team_role", name="nope")
    ),
    ("rent_network_volume", 400, "invalid_args"): lambda f: f.call(
        "rent_network_volume", {"id": 999, "size": 10}
    ),
    ("rent_volume", 400, "invalid_args"): lambda f: f.call(
        "rent_volume", {"id": min(f.fake.state.volume_offers), "size": 10**6}
    ),
    ("search_offers", 400, "invalid_request"): lambda f: f.call(
        "search_offers", {"num_gpus": {"between": [1, 2]}}
    ),
    ("search_volumes", 400, "invalid_args"): lambda f: f.call("search_volumes", {"limit": 0}),
    ("search_volumes", 400, "invalid_request"): lambda f: f.call(
        "search_volumes", {"disk_space": {"near": 5}}
    ),
    ("set_user", 400, "empty_input"): lambda f: f.call("set_user", {"fullname": " "}),
    ("set_user", 400, "input_too_long"): lambda f: f.call("set_user", {"fullname": "x" * 300}),
    ("set_user", 400, "invalid_characters"): lambda f: f.call("set_user", {"fullname": "a\x00b"}),
    ("set_user", 400, "missing_input"): lambda f: f.call("set_user", {}),
    ("set_user", 400, "nonexistent_key"): lambda f: f.call("set_user", {"shoe_size": "9"}),
    ("show_charges", 400, "invalid_token"): lambda f: f.call(
        "show_charges",
        params={"select_filters": '{"day": {"gte": 0, "lte": 3e9}}', "after_token": "x"},
    ),
    ("show_deposit", 404, "no_such_instance"): lambda f: f.call("show_deposit", id=999),
    ("show_instance", 400, "invalid_args"): lambda f: f.call("show_instance", id=0),
    ("show_instances", 400, "invalid_request"): lambda f: f.call(
        "show_instances", params={"select_filters": "{not json"}
    ),
    ("show_instances", 400, "invalid_token"): lambda f: f.after(
        f.instance(), f.call("show_instances", params={"after_token": "bm9wZQ=="})
    ),
    ("show_invoices", 400, "invalid_token"): lambda f: f.call(
        "show_invoices",
        params={"select_filters": '{"when": {"gte": 0, "lte": 3e9}}', "after_token": "x"},
    ),
    ("show_logs", 403, "not_authorized"): _taken_offer_logs,
    ("show_logs", 404, "invalid_id"): lambda f: f.call("show_logs", {}, id=999),
    ("transfer_credit", 400, "insufficient_balance"): lambda f: f.call(
        "transfer_credit", {"recipient": "x@y.co", "amount": 1000.0}
    ),
    ("transfer_credit", 400, "invalid_args"): lambda f: f.call(
        "transfer_credit", {"recipient": " ", "amount": 1.0}
    ),
    ("transfer_credit", 400, "invalid_params"): lambda f: f.call(
        "transfer_credit", {"recipient": "x@y.co", "amount": 1.005}
    ),
    ("transfer_credit", 400, "invalid_recipient"): lambda f: f.call(
        "transfer_credit", {"recipient": "you@example.com", "amount": 1.0}
    ),
    ("unlist_network_volume", 400, "invalid_args"): lambda f: f.call(
        "unlist_network_volume", {"id": 0}
    ),
    ("unlist_network_volume", 403, "not_authorized"): lambda f: f.call(
        "unlist_network_volume", {"id": 999}
    ),
    ("update_endpoint", 400, "invalid_args"): lambda f: f.call(
        "update_endpoint", {"target_util": 2.0}, id=f.endpoint()
    ),
    ("update_env_var", 400, "empty_input"): lambda f: f.call(
        "update_env_var", {"key": "A", "value": " "}
    ),
    ("update_env_var", 400, "input_too_long"): lambda f: f.call(
        "update_env_var", {"key": "A", "value": "x" * 5000}
    ),
    ("update_env_var", 400, "invalid_characters"): lambda f: f.call(
        "update_env_var", {"key": "A", "value": "line\nbreak\x07"}
    ),
    ("update_env_var", 400, "nonexistent_key"): lambda f: f.call(
        "update_env_var", {"key": "NOPE", "value": "x"}
    ),
    ("update_scheduled_job", 404, "not_found"): lambda f: f.call(
        "update_scheduled_job", {"request_body": {}}, id=999
    ),
    ("update_scheduled_job", 500, "update_failed"): _injected(
        "update_scheduled_job",
        500,
        "update_failed",
        lambda f: f.call("update_scheduled_job", {"request_body": {}}, id=999),
    ),
    ("update_ssh_key", 404, "not_found"): lambda f: f.call(
        "update_ssh_key", {"ssh_key": SSH_KEY}, id=999
    ),
    ("update_template", 404, "invalid_template"): lambda f: f.call(
        "update_template", {"hash_id": "0" * 32, "name": "x"}
    ),
    ("update_workergroup", 400, "invalid_args"): lambda f: f.call(
        "update_workergroup", {"min_load": 1.0}, id=999
    ),
}


NOT_SIMULATED: dict[tuple[str, int, str], str] = {
    ("create_instance", 403, "invalid_args"): "host-only accounts (the fake's account rents)",
    ("destroy_team", 403, "not_allowed"): "teams owned by someone else (the fake's user owns "
    "the one team it creates)",
    ("remove_team_member", 403, "forbidden"): "blacklisted users",
    ("rent_network_volume", 403, "not_authorized"): "API key permission scopes (the seed's "
    "'Check that you have proper privileges')",
    ("show_charges", 403, "auth_error"): "API key permission scopes (every fake key acts for "
    "the whole account)",
    ("show_invoices", 403, "auth_error"): "API key permission scopes (every fake key acts for "
    "the whole account)",
}
"""Documented answers to situations the fake does not model, and why."""

SUPERSEDED: dict[tuple[str, int, str], str] = {
    ("destroy_instance", 404, "not_found"): "the preview (derived from the backend) gives "
    "no_such_instance for the same situation, which dstack relies on",
    ("create_instance", 404, "invalid_args"): "the preview gives no_such_ask for an unknown offer",
    ("create_team", 401, "auth_error"): "a refused key is 404 auth_error (the overlay documents "
    "production's answer, tests/fake/test_auth.py)",
    ("destroy_team", 401, "auth_error"): "a refused key is 404 auth_error",
    ("show_instance", 401, "auth_error"): "a refused key is 404 auth_error",
    ("remove_team_member", 401, "unauthorized"): "a refused key is 404 auth_error",
    ("remove_team_role", 401, "unauthorized"): "a refused key is 404 auth_error",
    ("show_charges", 404, "auth_error"): "walked by tests/fake/test_auth.py for every operation",
    ("show_invoices", 404, "auth_error"): "walked by tests/fake/test_auth.py for every operation",
    ("show_team_roles", 404, "auth_error"): "walked by tests/fake/test_auth.py for every operation",
    ("update_env_var", 400, "missing_input"): "the documents' own schema requires a key matching "
    "^[a-zA-Z_]\\w*$ and a value, so a request missing either is refused by validation (400 "
    "invalid_request) first",
}
"""Documented answers the fake gives differently, or checks elsewhere, and why."""


def _unserved() -> set[Documented]:
    """Documented statuses the spec the fake serves (the overlay's) does not list."""
    return {d for d in STATEFUL if d.status not in SPEC.operations[d.operation].statuses}


def _key(d: Documented) -> tuple[str, int, str]:
    return (d.operation, d.status, d.error)


def test_every_documented_error_is_walked() -> None:
    assert len(STATEFUL) > 100, "the documents were not read"  # a check that can fail
    needed = {_key(d) for d in STATEFUL - _unserved()}
    handled = set(CASES) | set(NOT_SIMULATED) | set(SUPERSEDED)
    assert sorted(needed - handled) == [], "documented error codes with no case"
    assert sorted(handled - needed) == [], "cases for codes no document gives"
    assert not set(CASES) & (set(NOT_SIMULATED) | set(SUPERSEDED))


def test_statuses_the_served_spec_drops_are_few() -> None:
    """A documented status the overlay-patched spec does not list cannot be answered (it would
    be undocumented): today only execute's 483 (a typo for 403/400 in the seed)."""
    assert sorted(_key(d) for d in _unserved()) == [("execute", 483, "invalid_args")]


@pytest.mark.parametrize("key", sorted(CASES), ids=lambda k: f"{k[0]}-{k[1]}-{k[2]}")
def test_documented_error(key: tuple[str, int, str]) -> None:
    op, status, error = key
    f = Fx()
    answer = CASES[key](f)
    body = answer.json()
    assert (answer.status_code, body.get("error")) == (status, error), body
    served = f.fake.calls_to(op)[-1]
    assert served.documented, f"{op} answered {served.status}, which its spec does not list"
    assert f.fake.errors == []  # the body passed the spec's response validation
