"""One or more tests per row of docs/wire.md (``@row("W<n>")``).

Each compares what the SDK sends with what the official vastai 1.9.1 package sends for the same
call, both recorded on the loopback recorder. A pending row's tests call the SDK the way the
row's choice says it will be called (``id=`` for get_endpoint_logs, a ``datetime`` for
schedule_maint...), so they fail today and pass once the overlay fix or generator change lands.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest

import vast_sdk
from vast_sdk import InvalidRequestError, Vast

from .catalogue import SDATE, SDATE_DT, SSH, cases
from .compare import drop_nulls
from .recorder import KEY, Call, Recorded, Recorder
from .rows import row, rows

pytest.importorskip("vastai", reason="the official vastai package (a dev dependency) is needed")

Pairs = dict[str, tuple[Call, Call]]

WORKERGROUP_API = (
    "show_workergroups",
    "create_workergroup",
    "update_workergroup",
    "delete_workergroup",
)


def sent(call: Call) -> Recorded:
    """The request an SDK call made; its exception when it refused to send one."""
    if call.error is not None and not call.requests:
        raise call.error
    return call.last


def official_of(pairs: Pairs, key: str) -> Recorded:
    return pairs[key][0].last


def without(value: Any, *keys: str) -> Any:
    """A JSON object without ``keys`` (and without nulls)."""
    value = drop_nulls(value)
    return {k: v for k, v in value.items() if k not in keys} if isinstance(value, dict) else value


def as_keywords(op: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` as keyword arguments of ``Vast.<op>``; the rest go in ``body=``."""
    params = inspect.signature(getattr(Vast, op)).parameters
    kwargs = {k: v for k, v in fields.items() if k in params and k != "body"}
    rest = {k: v for k, v in fields.items() if k not in kwargs}
    if rest:
        kwargs["body"] = rest
    return kwargs


def annotation(op: str, name: str) -> set[str]:
    """The parts of a keyword's annotation (``'str | Unset'`` -> {'str', 'Unset'})."""
    text = str(inspect.signature(getattr(Vast, op)).parameters[name].annotation)
    return {part.strip() for part in text.split("|")}


# ---------------------------------------------------------------- done


@row("W1")
def test_paths_are_the_official_routes(recorded: Pairs) -> None:
    wrong = {}
    for case in cases():
        official, sdk = recorded[case.key]
        if (case.op in WORKERGROUP_API and case.via == "api") or not sdk.requests:
            continue  # W2; a call refused before sending has its own row
        o, s = official.last, sdk.last
        if (o.method, o.path) != (s.method, s.path):
            wrong[case.key] = f"official {o.method} {o.path}, SDK {s.method} {s.path}"
    assert wrong == {}
    for key in ("create_network_volume", "list_network_volume"):
        assert sent(recorded[key][1]).path == "/api/v0/network_volumes/"


@row("W2")
@pytest.mark.parametrize(
    ("official_key", "sdk_key"),
    [
        ("show_workergroups", "show_autojobs"),
        ("create_workergroup", "create_autojob"),
        ("update_workergroup", "update_autojob"),
        ("delete_workergroup", "delete_autojob"),
        ("show_workergroups[serverless]", "show_workergroups[serverless]"),
        ("create_workergroup[serverless]", "create_workergroup[serverless]"),
        ("delete_workergroup[serverless]", "delete_workergroup[serverless]"),
    ],
)
def test_workergroups_have_both_proven_routes(
    recorded: Pairs, official_key: str, sdk_key: str
) -> None:
    """api/endpoints.py sends /autojobs/ (the SDK's *_autojob), serverless/client/client.py
    sends /workergroups/ (the SDK's *_workergroup)."""
    o, s = official_of(recorded, official_key), sent(recorded[sdk_key][1])
    assert (o.method, o.path) == (s.method, s.path)


@row("W3")
def test_workergroup_logs_use_the_autogroup_route(recorded: Pairs) -> None:
    o, s = official_of(recorded, "get_wrkgrp_logs"), sent(recorded["get_wrkgrp_logs"][1])
    assert (o.method, o.path) == (s.method, s.path) == ("POST", "/get_autogroup_logs/")
    assert vast_sdk.OPERATIONS["get_wrkgrp_logs"].host == "serverless"


@row("W4")
def test_content_type_goes_only_with_a_body(recorded: Pairs) -> None:
    wrong = {}
    for key, (_official, sdk) in recorded.items():
        for r in sdk.requests:
            if (r.content_type is not None) != bool(r.body):
                wrong[key] = (r.content_type, r.body)
            elif r.body:
                assert r.content_type == "application/json", key
    assert wrong == {}


def _string_path_params() -> list[tuple[str, str]]:
    found = []
    for name, op in sorted(vast_sdk.OPERATIONS.items()):
        params = inspect.signature(getattr(Vast, name)).parameters
        for p in re.findall(r"\{(\w+)\}", op.path):
            if str(params[p].annotation).split(" | ")[0] == "str":
                found.append((name, p))
    return found


@row("W5")
@pytest.mark.parametrize(("op", "param"), _string_path_params())
@pytest.mark.parametrize("bad", [".", "..", "", " "])
def test_path_values_that_would_change_the_route_are_refused(
    rec: Recorder, op: str, param: str, bad: str
) -> None:
    path_params = re.findall(r"\{(\w+)\}", vast_sdk.OPERATIONS[op].path)
    kwargs: dict[str, Any] = {p: 1 for p in path_params}
    kwargs[param] = bad
    call = rec.sdk(lambda v: getattr(v, op)(**kwargs))
    assert isinstance(call.error, InvalidRequestError), call.error
    assert call.requests == []


@row("W5")
def test_a_slash_stays_inside_its_path_segment(rec: Recorder) -> None:
    s = sent(rec.sdk(lambda v: v.remove_team_role(name="a/../b")))
    assert s.path == "/api/v0/team/roles/a%2F..%2Fb/"
    assert _string_path_params(), "no string path parameter found: the test lost its subject"


@row("W6")
@pytest.mark.parametrize(
    "key", ["show_endpoints", "show_workergroups", "show_autojobs", "show_reports"]
)
def test_no_body_on_a_get(recorded: Pairs, key: str) -> None:
    o, s = official_of(recorded, key), sent(recorded[key][1])
    assert o.method == "GET" and o.body  # the evidence: vastai sends a GET body here
    assert s.method == "GET" and s.body == b"" and s.content_type is None
    assert s.authorized


@row("W7")
def test_the_account_key_never_goes_in_a_body_or_url(recorded: Pairs) -> None:
    carried = {
        key: r.path
        for key, (_official, sdk) in recorded.items()
        if key != "update_workers[serverless]"  # its SDK call passes api_key=KEY itself
        for r in sdk.requests
        if KEY.encode() in r.body or KEY in r.raw_query or KEY in r.path
    }
    assert carried == {}
    evidence = [official_of(recorded, k).json for k in ("get_wrkgrp_logs", "update_workers")]
    assert all(body["api_key"] == KEY for body in evidence)


@row("W7")
@pytest.mark.parametrize(
    "call",
    [
        lambda v: v.get_wrkgrp_logs(id=7, tail=100, api_key="endpoint-key"),
        lambda v: v.update_workers(workergroup_id=7, api_key="endpoint-key"),
    ],
)
def test_an_api_key_field_carries_exactly_what_the_caller_gives(
    rec: Recorder, call: Callable[[Vast], Any]
) -> None:
    s = sent(rec.sdk(call))
    assert s.json["api_key"] == "endpoint-key"
    assert s.authorized


@row("W8")
def test_only_the_fields_given_are_sent(recorded: Pairs) -> None:
    nulls = {
        key: r.json
        for key, (_official, sdk) in recorded.items()
        for r in sdk.requests
        if r.body and drop_nulls(r.json) != r.json
    }
    assert nulls == {"change_bid[no price]": {"client_id": "me", "price": None}}  # W36's null
    assert official_of(recorded, "create_instance").json["label"] is None  # vastai's nulls


@row("W9")
def test_the_serverless_client_puts_the_key_in_the_url_and_the_sdk_does_not(
    recorded: Pairs,
) -> None:
    # get_endpoint_workers posts with its own session: the key in the body, no header (W7)
    keys = [c.key for c in cases() if c.via == "serverless" and c.op != "get_endpoint_workers"]
    assert keys
    for key in keys:
        official, sdk = recorded[key]
        assert official.last.query_json.get("api_key") == KEY, key
        s = sent(sdk)
        assert "api_key" not in s.query_json and s.authorized, key


# ---------------------------------------------------------------- pending: placement


@row("W10")
def test_invite_team_member_sends_a_query(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "invite_team_member")
    s = sent(rec.sdk(lambda v: v.invite_team_member(email="a@example.com", role="member")))
    assert s.query_json == o.query_json == {"email": "a@example.com", "role": "member"}
    assert not (s.json or {}).keys() & {"email", "role"}


@row("W11")
def test_delete_volume_sends_a_query(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "delete_volume")
    s = sent(rec.sdk(lambda v: v.delete_volume(id=77)))
    assert s.query_json == o.query_json == {"id": 77}
    assert "id" not in (s.json or {})


@row("W12")
def test_search_invoices_sends_query_parameters(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "search_invoices")
    s = sent(
        rec.sdk(
            lambda v: v.search_invoices(select_filters={"amount": {"gt": 5}}, select_cols=["*"])
        )
    )
    assert (s.method, s.path, s.query_json) == (o.method, o.path, o.query_json)
    assert s.body == b""


@row("W13")
def test_search_volumes_sends_the_filters_as_the_body(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "search_volumes")
    s = sent(
        rec.sdk(
            lambda v: v.search_volumes(
                disk_space={"gte": 50}, order=[["score", "desc"]], allocated_storage=1.0
            )
        )
    )
    assert s.json == o.json
    assert s.query_json == {}


@row("W14")
def test_search_network_volumes_sends_the_filters_unwrapped(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "search_network_volumes")
    s = sent(
        rec.sdk(
            lambda v: v.search_network_volumes(
                disk_space={"gte": 50}, order=[["score", "desc"]], allocated_storage=1.0
            )
        )
    )
    assert s.json == o.json


# ---------------------------------------------------------------- pending: owner=me and reads


@row("W15")
def test_show_machines_sends_owner_me(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "show_machines")
    s = sent(rec.sdk(lambda v: v.show_machines()))
    assert (s.path, s.query_json) == (o.path, o.query_json) == ("/api/v0/machines", {"owner": "me"})


@row("W16")
@pytest.mark.parametrize(
    ("key", "call"),
    [
        ("show_instance", lambda v: v.show_instance(id=1234)),
        ("show_machine", lambda v: v.show_machine(id=42)),
        ("show_deposit", lambda v: v.show_deposit(id=1234)),
        ("show_subaccounts", lambda v: v.show_subaccounts()),
        ("show_ipaddrs", lambda v: v.show_ipaddrs()),
        ("show_invoices_v0", lambda v: v.show_invoices_v0()),
        ("show_earnings", lambda v: v.show_earnings()),
        ("show_volumes", lambda v: v.show_volumes()),
        ("show_maints", lambda v: v.show_maints()),
    ],
)
def test_reads_send_owner_me(
    rec: Recorder, recorded: Pairs, key: str, call: Callable[[Vast], Any]
) -> None:
    o = official_of(recorded, key)
    s = sent(rec.sdk(call))
    assert s.path == o.path
    assert s.query_json.get("owner") == o.query_json["owner"] == "me"


@row("W17")
@pytest.mark.parametrize(
    ("key", "call"),
    [
        ("show_volumes", lambda v: v.show_volumes(type="network_volume")),
        ("show_maints", lambda v: v.show_maints(machine_ids=[42, 43])),
    ],
)
def test_show_volumes_type_and_show_maints_machine_ids(
    rec: Recorder, recorded: Pairs, key: str, call: Callable[[Vast], Any]
) -> None:
    o = official_of(recorded, key)
    s = sent(rec.sdk(call))
    assert without(s.query_json, "owner") == without(o.query_json, "owner")


# ---------------------------------------------------------------- pending: names and types


@row("W18")
def test_add_network_disk_sends_machines(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "add_network_disk")
    s = sent(
        rec.sdk(lambda v: v.add_network_disk(machines=[42, 43], mount_point="/mnt/nfs", disk_id=5))
    )
    assert s.json == o.json


@row("W19")
def test_get_endpoint_logs_takes_the_endpoint_id(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "get_endpoint_logs")
    s = sent(rec.sdk(lambda v: v.get_endpoint_logs(id=5, api_key=KEY, tail=100)))
    assert (s.path, s.json) == (o.path, o.json)


@row("W20")
@pytest.mark.parametrize(
    ("call", "where", "expected"),
    [
        (
            lambda v: v.schedule_maint(
                machine_id=42, sdate=SDATE_DT, duration=2.0, maintenance_category="power"
            ),
            "body",
            {"sdate": SDATE, "duration": 2.0},
        ),
        (
            lambda v: v.schedule_maint(machine_id=42, sdate=dt.date(2030, 1, 1), duration=0.5),
            "body",
            {"sdate": SDATE, "duration": 0.5},
        ),
        (
            lambda v: v.show_invoices_v0(
                user_id="me", sdate=dt.date(2030, 1, 1), edate=dt.date(2030, 1, 2)
            ),
            "query",
            {"sdate": SDATE, "edate": SDATE + 86400},
        ),
        (
            lambda v: v.show_earnings(
                user_id="me", sday=dt.date(2030, 1, 1), eday=dt.date(2030, 1, 2)
            ),
            "query",
            {"sday": 21915.0, "eday": 21916.0},
        ),
        (
            lambda v: v.list_machine(machine=42, end_date=SDATE_DT),
            "body",
            {"end_date": SDATE},
        ),
        (
            lambda v: v.show_gpu_trends(gpu_name="RTX_4090", start=SDATE_DT),
            "query",
            {"start": SDATE},
        ),
    ],
)
def test_dates_are_sent_as_epoch_numbers(
    rec: Recorder, call: Callable[[Vast], Any], where: str, expected: dict[str, float]
) -> None:
    """vastai sends Unix seconds (days for earnings) as numbers; a datetime/date is accepted."""
    s = sent(rec.sdk(call))
    got = s.json if where == "body" else s.query_json
    for name, value in expected.items():
        assert isinstance(got[name], (int, float)) and not isinstance(got[name], bool), got
        assert got[name] == value


def test_schedule_maint_evidence_is_epoch_seconds(recorded: Pairs) -> None:
    """W20's evidence: vastai's schedule maint body (its CLI passes --sdate as a float)."""
    assert official_of(recorded, "schedule_maint").json["sdate"] == SDATE


@row("W21")
def test_create_api_key_key_params_is_typed_as_the_string_vastai_sends() -> None:
    assert "str" in annotation("create_api_key", "key_params")


def test_create_api_key_sends_key_params_unchanged(recorded: Pairs) -> None:
    """W21's wire half, already right: the string is sent as it is."""
    o, s = official_of(recorded, "create_api_key"), sent(recorded["create_api_key"][1])
    assert s.json == o.json


@row("W22")
def test_create_template_env_string_and_flags(rec: Recorder, recorded: Pairs) -> None:
    assert "str" in annotation("create_template", "env")
    o = official_of(recorded, "create_template")
    s = sent(
        rec.sdk(lambda v: v.create_template(**as_keywords("create_template", drop_nulls(o.json))))
    )
    assert s.json == drop_nulls(o.json)
    assert {"use_ssh", "private", "readme_visible"} <= set(
        inspect.signature(Vast.create_template).parameters
    )


@row("W23")
def test_create_instance_runtype_is_free_form() -> None:
    assert "str" in annotation("create_instance", "runtype")


def test_create_instance_sends_vastais_runtype_unchanged(recorded: Pairs) -> None:
    """W23's wire half, already right: "ssh_direc ssh_proxy" is sent as given."""
    o, s = official_of(recorded, "create_instance"), sent(recorded["create_instance"][1])
    assert s.json["runtype"] == o.json["runtype"] == "ssh_direc ssh_proxy"


@row("W24")
def test_create_instance_launches_a_template_without_an_image(
    rec: Recorder, recorded: Pairs
) -> None:
    o = official_of(recorded, "create_instance[template]")
    assert o.json["image"] is None
    s = sent(rec.sdk(lambda v: v.create_instance(id=4321, template_hash_id="abc123", image=None)))
    assert {k: v for k, v in s.json.items() if k != "client_id"} == {
        "image": None,
        "template_hash_id": "abc123",
    }
    assert "None" in annotation("create_instance", "image")
    bare = sent(rec.sdk(lambda v: v.create_instance(id=4321, template_hash_id="abc123")))
    assert bare.json["template_hash_id"] == "abc123"
    extra = sent(rec.sdk(lambda v: v.create_instance(id=4321, image="img", extra="--shm-size 1g")))
    assert extra.json["extra"] == "--shm-size 1g"


# ---------------------------------------------------------------- pending: client_id "me"


@row("W25")
@pytest.mark.parametrize(
    ("key", "call", "where", "field"),
    [
        ("create_instance", lambda v: v.create_instance(id=4321, image="img"), "body", "client_id"),
        (
            "create_instances",
            lambda v: v.create_instances(ids=[4321], image="img"),
            "body",
            "client_id",
        ),
        ("change_bid", lambda v: v.change_bid(id=1234, price=0.3), "body", "client_id"),
        ("reset_api_key", lambda v: v.reset_api_key(), "body", "client_id"),
        (
            "copy",
            lambda v: v.copy(src_path="/a/", dst_path="/b/", src_id="C.1", dst_id="C.2"),
            "body",
            "client_id",
        ),
        (
            "start_rsync_copy",
            lambda v: v.start_rsync_copy(src_path="a/", dst_path="/b/"),
            "body",
            "client_id",
        ),
        ("cancel_copy", lambda v: v.cancel_copy(dst_id="C.2"), "body", "client_id"),
        ("cancel_sync", lambda v: v.cancel_sync(dst_id=2), "body", "client_id"),
        ("set_min_bid", lambda v: v.set_min_bid(machine_id=42, price=0.2), "body", "client_id"),
        (
            "schedule_maint",
            lambda v: v.schedule_maint(machine_id=42, sdate=SDATE, duration=2.0),
            "body",
            "client_id",
        ),
        ("cancel_maint", lambda v: v.cancel_maint(machine_id=42), "body", "client_id"),
        ("update_endpoint", lambda v: v.update_endpoint(id=5, max_workers=3), "body", "client_id"),
        (
            "create_autojob",
            lambda v: v.create_autojob(template_hash="abc123", endpoint_id=5),
            "body",
            "client_id",
        ),
        (
            "update_autojob",
            lambda v: v.update_autojob(id=7, template_hash="abc123"),
            "body",
            "client_id",
        ),
        ("delete_autojob", lambda v: v.delete_autojob(id=7), "body", "client_id"),
        ("show_endpoints[serverless]", lambda v: v.show_endpoints(), "query", "client_id"),
        (
            "transfer_credit",
            lambda v: v.transfer_credit(recipient="b@example.com", amount=1.0),
            "body",
            "sender",
        ),
        (
            "create_subaccount",
            lambda v: v.create_subaccount(email="s@example.com", username="s", password="p"),
            "body",
            "parent_id",
        ),
    ],
)
def test_me_is_sent_where_vastai_sends_it(
    rec: Recorder, recorded: Pairs, key: str, call: Callable[[Vast], Any], where: str, field: str
) -> None:
    o = official_of(recorded, key)
    s = sent(rec.sdk(call))
    official = o.json if where == "body" else o.query_json
    got = (s.json or {}) if where == "body" else s.query_json
    assert got.get(field) == official[field] == "me"


# ---------------------------------------------------------------- pending: bodies and fields


@row("W26")
@pytest.mark.parametrize(
    ("key", "path_args"),
    [
        ("create_instances", {}),
        ("destroy_instances", {}),
        ("clone_volume", {}),
        ("launch_instance", {}),
        ("create_scheduled_job", {}),
        ("update_scheduled_job", {"id": 8}),
        ("cancel_maint", {"machine_id": 42}),
        ("delete_autojob", {"id": 7}),
    ],
)
def test_bodies_the_sdk_could_not_send(
    rec: Recorder, recorded: Pairs, key: str, path_args: dict[str, Any]
) -> None:
    """The SDK sends vastai's body, given as keywords (the rest as body=); client_id and the
    repeated path ids come from the SDK itself (W25, W27)."""
    o = official_of(recorded, key)
    op = key.split("[")[0]
    fields = without(o.json, "client_id", "machine_id", "autojob_id")
    s = sent(rec.sdk(lambda v: getattr(v, op)(**path_args, **as_keywords(op, fields))))
    assert s.json == drop_nulls(o.json)


@row("W27")
@pytest.mark.parametrize(
    ("key", "call", "field", "value"),
    [
        ("update_ssh_key", lambda v: v.update_ssh_key(id=3, ssh_key=SSH), "id", 3),
        (
            "update_instance",
            lambda v: v.update_instance(instance_id=1234, image="img:2"),
            "id",
            1234,
        ),
        ("update_endpoint", lambda v: v.update_endpoint(id=5, max_workers=3), "endptjob_id", 5),
        (
            "update_autojob",
            lambda v: v.update_autojob(id=7, template_hash="abc123"),
            "autojob_id",
            7,
        ),
    ],
)
def test_the_path_id_is_repeated_in_the_body(
    rec: Recorder, recorded: Pairs, key: str, call: Callable[[Vast], Any], field: str, value: int
) -> None:
    assert official_of(recorded, key).json[field] == value
    assert sent(rec.sdk(call)).json.get(field) == value


_ECHOED = ("client_id", "id", "endptjob_id", "autojob_id")


@row("W28")
@pytest.mark.parametrize(
    ("key", "call"),
    [
        (
            "update_instance",
            lambda v: v.update_instance(
                instance_id=1234,
                template_hash_id="abc123",
                image="img:2",
                args="--x",
                env={"A": "1"},
            ),
        ),
        ("rent_volume", lambda v: v.rent_volume(id=99, size=20, name="data")),
        (
            "list_volume",
            lambda v: v.list_volume(machine=42, size=100, price_disk=0.1, end_date=SDATE),
        ),
        ("list_volume[many]", lambda v: v.list_volume(machine=[42, 43], size=100, price_disk=0.1)),
        (
            "list_machine",
            lambda v: v.list_machine(
                machine=42,
                price_gpu=0.5,
                price_disk=0.1,
                price_inetu=0.01,
                price_inetd=0.01,
                price_min_bid=0.2,
                min_chunk=1,
                end_date=SDATE,
                credit_discount_max=0.3,
                duration="3 months",
                vol_size=100,
                vol_price=0.1,
            ),
        ),
        (
            "create_endpoint",
            lambda v: v.create_endpoint(
                endpoint_name="ep",
                min_load=0.0,
                min_cold_load=0.0,
                target_util=0.9,
                cold_mult=2.5,
                cold_workers=0,
                max_workers=2,
                autoscaler_instance="prod",
            ),
        ),
        (
            "update_endpoint",
            lambda v: v.update_endpoint(id=5, max_workers=3, autoscaler_instance="prod"),
        ),
        (
            "start_rsync_copy",
            lambda v: v.start_rsync_copy(src_path="data/", dst_path="/workspace/", dst_id="C.1235"),
        ),
        ("delete_template[hash_id]", lambda v: v.delete_template(hash_id="abc")),
        (
            "search_offers",
            lambda v: v.search_offers(
                verified={"eq": True},
                external={"eq": False},
                rentable={"eq": True},
                rented={"eq": False},
                num_gpus={"eq": 1},
                order=[["score", "desc"]],
                type="on-demand",
                limit=5,
                allocated_storage=5.0,
            ),
        ),
    ],
)
def test_fields_vastai_sends_have_keywords(
    rec: Recorder, recorded: Pairs, key: str, call: Callable[[Vast], Any]
) -> None:
    o = official_of(recorded, key)
    s = sent(rec.sdk(call))
    assert without(s.json, *_ECHOED) == without(o.json, *_ECHOED)


@row("W28")
def test_create_workergroup_takes_the_serverless_clients_fields(rec: Recorder) -> None:
    config = importlib.import_module("vastai.data.workergroup").WorkergroupConfig(
        search_params="gpu_ram>=20",
        endpoint_id=5,
        template_hash="abc123",
        min_cold_load=1.0,
        autoscaler_instance="prod",
        docker_login_user="u",
        docker_login_pass="p",
        docker_login_repo="r.example",
    )
    o = rec.serverless(lambda c: c.create_workergroup(config)).last
    s = sent(rec.sdk(lambda v: v.create_workergroup(**as_keywords("create_workergroup", o.json))))
    assert s.json == o.json
    assert "body" not in as_keywords("create_workergroup", o.json)


@row("W29")
@pytest.mark.parametrize(
    ("key", "call"),
    [
        (
            "search_templates",
            lambda v: v.search_templates(select_filters={"name": {"eq": "x"}}, select_cols=["*"]),
        ),
        (
            "search_benchmarks",
            lambda v: v.search_benchmarks(
                select_cols=["*"], select_filters={"gpu_name": {"eq": "RTX 4090"}}, limit=10
            ),
        ),
    ],
)
def test_select_parameters(
    rec: Recorder, recorded: Pairs, key: str, call: Callable[[Vast], Any]
) -> None:
    o = official_of(recorded, key)
    assert sent(rec.sdk(call)).query_json == o.query_json


@row("W30")
@pytest.mark.parametrize("key", ["show_invoices", "show_charges"])
def test_select_filters_is_sent_as_json_text(recorded: Pairs, key: str) -> None:
    o, s = official_of(recorded, key), sent(recorded[key][1])
    assert s.query_json == o.query_json
    assert not s.query["select_filters"][0].startswith("{'")


@row("W31")
def test_update_template_sends_the_fields_at_the_top_level(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "update_template")
    fields = drop_nulls(o.json)
    s = sent(rec.sdk(lambda v: v.update_template(**as_keywords("update_template", fields))))
    assert s.json == fields
    assert "body" not in as_keywords("update_template", fields)


@row("W32")
@pytest.mark.parametrize(
    "key",
    [
        "reboot_instance",
        "recycle_instance",
        "destroy_instance",
        "delete_ssh_key",
        "detach_ssh_key",
        "delete_api_key",
        "destroy_team",
        "remove_team_member",
        "remove_team_role",
        "unlist_machine",
        "remove_defjob",
        "delete_machine",
        "delete_deployment",
        "stop_deployment",
        "start_deployment",
        "delete_scheduled_job",
        "tfa_totp_setup",
        "tfa_send_email",
    ],
)
def test_writes_carry_an_empty_json_object(recorded: Pairs, key: str) -> None:
    """POST/PUT send {} as vastai does; a DELETE sends no body, because the commissioned
    DELETE is documented without one and production answers bodiless DELETEs."""
    o, s = official_of(recorded, key), sent(recorded[key][1])
    assert (o.json, o.content_type) == ({}, "application/json")  # the evidence
    if vast_sdk.OPERATIONS[key].method == "DELETE":
        assert s.json is None and s.content_type is None
    else:
        assert (s.json, s.content_type) == ({}, "application/json")


@row("W33")
def test_search_benchmarks_reads_vastais_object(rec: Recorder) -> None:
    call = rec.sdk(lambda v: v.search_benchmarks())
    assert call.error is None, call.error
    assert call.result.page.benchmarks == [] and call.result.next_cursor is None  # W41: paged


@row("W34")
def test_templates_are_private_unless_the_caller_says_otherwise(
    rec: Recorder, recorded: Pairs
) -> None:
    o = official_of(recorded, "create_template")
    assert o.json["private"] is True  # the evidence: vastai's default
    s = sent(rec.sdk(lambda v: v.create_template(name="t", image="img")))
    assert s.body == b'{"private":true,"name":"t","image":"img"}'
    public = sent(rec.sdk(lambda v: v.create_template(name="t", image="img", private=False)))
    assert public.json == {"private": False, "name": "t", "image": "img"}


VASTAI_TEMPLATE_DEFAULTS = {
    "jup_direct": False,
    "ssh_direct": False,
    "use_jupyter_lab": False,
    "runtype": "args",
    "use_ssh": False,
    "extra_filters": {},
    "readme_visible": True,
    "private": True,
}
"""What vastai 1.9.1's update_template sends for every flag its caller leaves out."""


@row("W34")
def test_an_update_is_the_whole_template_as_vastai_sends_it(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "update_template")
    assert drop_nulls(o.json) == {
        **VASTAI_TEMPLATE_DEFAULTS,
        "id": 9,
        "hash_id": "abc",
        "name": "t2",
        "image": "img",
    }
    s = sent(rec.sdk(lambda v: v.update_template(hash_id="abc", id=9, name="t2", image="img")))
    assert s.json == drop_nulls(o.json)
    public = sent(rec.sdk(lambda v: v.update_template(hash_id="abc", private=False)))
    assert public.json == {**VASTAI_TEMPLATE_DEFAULTS, "private": False, "hash_id": "abc"}


@row("W34")
def test_edit_template_sends_the_whole_template_too(rec: Recorder) -> None:
    s = sent(rec.sdk(lambda v: v.edit_template(hash_id="abc", name="n", ssh_direct=True)))
    assert (s.method, s.path) == ("PUT", "/api/v0/template")
    assert s.json == {**VASTAI_TEMPLATE_DEFAULTS, "hash_id": "abc", "name": "n", "ssh_direct": True}


@row("W35")
def test_take_snapshot_fills_what_vastai_fills(rec: Recorder, recorded: Pairs) -> None:
    o = official_of(recorded, "take_snapshot")
    s = sent(recorded["take_snapshot"][1])  # take_snapshot(instance_id=1234, personal_repo=...)
    assert s.json == drop_nulls(o.json)
    assert s.json == {
        "id": 1234,
        "container_registry": "docker.io",
        "pause": "true",
        "personal_repo": "me/snap",
        "docker_login_user": "u",
    }
    assert "id" not in inspect.signature(Vast.take_snapshot).parameters
    other = sent(
        rec.sdk(
            lambda v: v.take_snapshot(
                instance_id=5, personal_repo="r", container_registry="ghcr.io", pause="false"
            )
        )
    )
    assert other.json == {
        "id": 5,
        "container_registry": "ghcr.io",
        "pause": "false",
        "personal_repo": "r",
    }


@row("W36")
def test_change_bid_without_a_price_sends_null(recorded: Pairs) -> None:
    o, s = official_of(recorded, "change_bid[no price]"), sent(recorded["change_bid[no price]"][1])
    assert o.body == b'{"client_id": "me", "price": null}'  # the evidence, as vastai writes it
    assert s.json == o.json == {"client_id": "me", "price": None}
    assert "None" in annotation("change_bid", "price")


@row("W37")
def test_select_cols_is_sent_as_json_text(recorded: Pairs) -> None:
    o, s = recorded["show_instances[select_cols]"]
    assert o.last.query["select_cols"] == ['["id", "label"]']  # one value, JSON text
    assert s.last.query["select_cols"] == ['["id","label"]']
    assert s.last.query_json == o.last.query_json


@row("W38")
def test_the_registry_operations_take_their_parameters(rec: Recorder) -> None:
    login = {"username": "u", "token": "t"}
    tags = sent(
        rec.sdk(lambda v: v.fetch_image_tags(image="nvidia/pytorch", server="nvcr.io", **login))
    )
    assert (tags.method, tags.path) == ("POST", "/api/v1/templates/fetch-tags")
    assert tags.json == {"image": "nvidia/pytorch", "server": "nvcr.io", **login}
    auth = sent(rec.sdk(lambda v: v.validate_registry_auth(server="docker.io", **login)))
    assert auth.json == {"server": "docker.io", "username": "u", "token": "t"}
    refused = rec.sdk(lambda v: v.fetch_image_tags(server="nvcr.io"))
    assert isinstance(refused.error, InvalidRequestError) and not refused.requests


@row("W39")
def test_a_datetime_in_select_filters_is_sent_as_epoch_seconds(recorded: Pairs) -> None:
    o, s = official_of(recorded, "show_invoices"), sent(recorded["show_invoices[datetime]"][1])
    assert s.query_json == o.query_json
    assert '"gte":1893456000,' in s.query["select_filters"][0]


@row("W40")
def test_the_shipped_spec_declares_the_empty_body_of_every_write() -> None:
    """A validator built from fake_spec.json (openapi-core's, as FakeVast's) accepts the {} the
    SDK sends on each POST or PUT that documents no body, and still refuses a body that is not
    a JSON object."""
    import json
    from importlib import resources

    from openapi_core import OpenAPI
    from openapi_core.contrib.requests import RequestsOpenAPIRequest
    from openapi_core.validation.request.validators import V31RequestBodyValidator
    from requests import Request

    from vast_sdk._spec import iter_operations

    text = resources.files("vast_sdk._generated").joinpath("fake_spec.json").read_text()
    doc = json.loads(text)
    writes = {  # the writes whose methods take no body: they send {}
        op["operationId"]: (m, p)
        for m, p, op in iter_operations(doc)
        if m in ("post", "put", "patch")
        and "body" not in inspect.signature(getattr(Vast, op["operationId"])).parameters
    }
    assert sorted(writes) == sorted(rows()["W40"].operations)
    for method, path in writes.values():
        declared = doc["paths"][path][method]["requestBody"]
        assert declared["content"]["application/json"]["schema"] == {"type": "object"}
    spec = OpenAPI.from_dict(doc).spec
    for name, (method, path) in writes.items():
        assert vast_sdk.OPERATIONS[name].method == method.upper()
        url = "https://console.vast.ai" + re.sub(r"\{[^}]*\}", "5", path)

        def check(body: bytes, url: str = url, method: str = method) -> None:
            request = Request(
                method.upper(), url, data=body, headers={"Content-Type": "application/json"}
            )
            V31RequestBodyValidator(spec).validate(RequestsOpenAPIRequest(request.prepare()))

        check(b"{}")
        with pytest.raises(Exception, match=r"(?i)body"):
            check(b"[]")


PAGED = {
    "search_benchmarks": ("/api/v0/benchmarks", "id"),
    "search_templates_v1": ("/api/v1/template", "id"),
    "show_earnings_v1": ("/api/v1/user/earnings", "machine_id"),
    "show_machines_v1": ("/api/v1/machines", "id"),
}


@row("W41")
@pytest.mark.parametrize("op", sorted(PAGED))
def test_every_listing_that_pages_is_paged(op: str) -> None:
    """Against FakeVast on loopback: the first call fetches one page; iterating sends each
    page's next_token back as after_token (the same limit each time) until the last page."""
    import httpx

    from vast_sdk import SyncPage
    from vast_sdk.testing import FakeVast

    path, key = PAGED[op]
    fake = FakeVast()
    urls: list[httpx.URL] = []
    with (
        fake.serve() as url,
        httpx.Client(event_hooks={"request": [lambda r: urls.append(r.url)]}) as http,
    ):
        vast = Vast(api_key=fake.api_key, base_url=url, http_client=http)
        first = getattr(vast, op)(limit=1)
        assert isinstance(first, SyncPage) and len(first.items) == 1 and len(urls) == 1
        everything = [getattr(item, key) for item in first]
    assert len(everything) == len(set(everything)) >= 2
    assert [u.path for u in urls] == [path] * len(urls) and len(urls) == len(everything)
    tokens = [u.params.get("after_token") for u in urls]
    assert tokens[0] is None and all(tokens[1:])
    assert {u.params.get("limit") for u in urls} == {"1"}
    assert not fake.errors


@row("W41")
def test_async_listings_page_too() -> None:
    import asyncio

    from vast_sdk import AsyncPage, AsyncVast
    from vast_sdk.testing import FakeVast

    fake = FakeVast()

    async def main() -> list[int | str | None]:
        with fake.serve() as url:
            async with AsyncVast(api_key=fake.api_key, base_url=url) as vast:
                first = await vast.show_machines_v1(limit=1)
                assert isinstance(first, AsyncPage) and first.next_cursor
                return [machine.id async for machine in first]

    assert len(asyncio.run(main())) == 2


@row("W1")
@pytest.mark.parametrize("op", ["show_gpu_names", "show_gpu_types"])
def test_the_gpu_catalogue_is_read_as_the_cli_reads_it(recorded: Pairs, op: str) -> None:
    """The CLI's own catalogue reads (cli/util.py, outside vastai/api): the same GET, with no
    key, and the SDK reads what the CLI reads from the answer."""
    official, sdk = recorded[op]
    o, s = official.only, sent(sdk)
    assert (o.method, o.path, o.raw_query, o.body) == (s.method, s.path, s.raw_query, s.body)
    assert not o.authorized and not s.authorized
    if op == "show_gpu_names":
        assert official.result == ["RTX_4090", "H100_SXM"]  # the CLI's -g choices
        assert sdk.result.gpu_names == ["RTX 4090", "H100 SXM"]
    else:
        assert official.result == [{"canonical_name": "RTX 4090", "gpu_ram_mb": 24564}]
        assert [t.canonical_name for t in sdk.result.gpu_types] == ["RTX 4090"]
        assert sdk.result.gpu_types[0].gpu_ram_mb == 24564
