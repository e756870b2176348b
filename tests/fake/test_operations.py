"""Every operation of the spec, called through the SDK (sync and async) against FakeVast over
loopback HTTP, with the result checked.

Each scenario is written once against ``Api``, which awaits a coroutine (AsyncVast) or takes a
plain return value (Vast), and runs in both modes. ``@scenario(...)`` names the operations a
scenario must get a 2xx from; test_scenarios_cover_the_spec checks those names against the spec.
Operations with no stateful handler (the fake answers them from their schema, _default.py) are
called by test_default_served_operation with the smallest arguments the spec allows.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import inspect
import json
import ssl
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from vast_sdk import (
    OPERATIONS,
    APIStatusError,
    AsyncVast,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
    UnprocessableEntityError,
    Vast,
)
from vast_sdk._operation import RequestOptions
from vast_sdk._pagination import AsyncPage
from vast_sdk._types import NOT_GIVEN
from vast_sdk.testing import FakeVast
from vast_sdk.testing._base import HANDLERS
from vast_sdk.testing._default import minimal

from .conftest import async_client, make_fake, record, served, sync_client

SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnly0123456789abcdefgh test@fake"
SSH_KEY_2 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAnotherFakeKeyForTests9876543210zyxw other@fake"


class Api:
    """``await api.op(...)`` for either client."""

    def __init__(self, client: Vast | AsyncVast) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self._client, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            return await result if inspect.isawaitable(result) else result

        return call

    def with_key(self, key: str) -> Api:
        """The same kind of client (and test headers) with another API key."""
        return Api(self._client.with_options(api_key=key))


async def send(api: Api, name: str, body: Any, **path: Any) -> Any:
    """Call ``name`` with a JSON body its generated method may not take yet.

    The upstream documents describe no body for a few operations the official package sends one
    to (bulk create and destroy, scheduled jobs): this sends it through the SDK's own request
    path (the method's request() and parse(), the client's retries), sync or async. Once the
    method takes ``body=``, the method itself is called.
    """
    if "body" in inspect.signature(getattr(Vast, name)).parameters:
        return await getattr(api, name)(body=body, **path)
    module = importlib.import_module(f"vast_sdk._generated.api.{name}")
    request = module.request(**path)._replace(json=body)
    options = RequestOptions(NOT_GIVEN, NOT_GIVEN, None)
    result = api._client.requester.call(OPERATIONS[name], request, module.parse, options)
    return await result if inspect.isawaitable(result) else result


async def next_page(page: Any) -> Any:
    """The next page of a SyncPage or an AsyncPage."""
    following = page.next_page()
    return await following if inspect.isawaitable(following) else following


Scenario = Callable[[Api, FakeVast], Awaitable[None]]
SCENARIOS: dict[str, tuple[tuple[str, ...], Scenario]] = {}


def scenario(*ops: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        SCENARIOS[fn.__name__] = (ops, fn)
        return fn

    return register


async def cheapest_4090(api: Api) -> int:
    found = await api.search_offers(gpu_name={"eq": "RTX 4090"}, order=[["dph_total", "asc"]])
    return int(found.offers[0].id)


async def running_instance(api: Api, fake: FakeVast) -> int:
    created = await api.create_instance(id=await cheapest_4090(api), image="ubuntu:22.04")
    fake.clock.advance(fake.state.boot_seconds)
    return int(created.new_contract)


# ---------------------------------------------------------------- instances


@scenario("search_offers", "create_instance", "show_instance", "show_instances", "destroy_instance")
async def instance_lifecycle(api: Api, fake: FakeVast) -> None:
    found = await api.search_offers(gpu_name={"eq": "RTX 4090"}, order=[["dph_total", "asc"]])
    prices = [o.dph_total for o in found.offers]
    assert prices == sorted(prices) and all(o.gpu_name == "RTX 4090" for o in found.offers)
    created = await api.create_instance(id=found.offers[0].id, image="ubuntu:22.04", label="t")
    assert created.success is True
    iid = created.new_contract
    shown = (await api.show_instance(id=iid)).instances
    assert (shown.id, shown.actual_status, shown.label) == (iid, "loading", "t")
    fake.clock.advance(30)
    assert (await api.show_instance(id=iid)).instances.actual_status == "running"
    listed = (await api.show_instances()).page
    assert listed.instances_found == 1 and listed.instances[0].id == iid
    # one Instance model for both operations, with the Docker port map the API sends
    one = (await api.show_instance(id=iid)).instances
    assert type(listed.instances[0]) is type(one) and type(one).__name__ == "Instance"
    assert one.ports is not None  # no runtype: SSH direct (ports["22/tcp"]) and via the proxy
    ssh = one.ports["22/tcp"][0]
    assert ssh.host_port == str(one.direct_port_start) and one.public_ipaddr
    assert one.ssh_host and one.ssh_port and one.image_runtype == "ssh_direc ssh_proxy"
    assert (await api.destroy_instance(id=iid)).success is True
    with pytest.raises(NotFoundError):  # the API answers 200 {"instances": null}
        await api.show_instance(id=iid)
    assert await every(await api.show_instances()) == []


@scenario("show_instances_v0")
async def v0_listing_is_gone(api: Api, fake: FakeVast) -> None:
    with pytest.raises(APIStatusError) as gone:  # production retired it: 410 Gone
        await api.show_instances_v0()
    assert gone.value.status_code == 410 and "/api/v1/instances/" in str(gone.value)


@scenario("manage_instance", "reboot_instance", "recycle_instance")
async def manage_and_restart(api: Api, fake: FakeVast) -> None:
    iid = await running_instance(api, fake)
    assert (await api.manage_instance(id=iid, state="stopped", label="paused")).success is True
    shown = (await api.show_instance(id=iid)).instances
    assert (shown.actual_status, shown.intended_status, shown.label) == (
        "exited",
        "stopped",
        "paused",
    )
    await api.manage_instance(id=iid, state="running")
    assert (await api.show_instance(id=iid)).instances.actual_status == "loading"
    fake.clock.advance(10)
    assert (await api.show_instance(id=iid)).instances.actual_status == "running"
    assert (await api.reboot_instance(id=iid)).success is True
    assert (await api.show_instance(id=iid)).instances.actual_status == "loading"
    fake.clock.advance(10)
    assert (await api.recycle_instance(id=iid)).success is True
    fake.clock.advance(10)
    assert (await api.show_instance(id=iid)).instances.actual_status == "loading"  # re-pulls
    fake.clock.advance(20)
    assert (await api.show_instance(id=iid)).instances.actual_status == "running"


@scenario("change_bid", "prepay_instance", "show_deposit")
async def bids_and_deposits(api: Api, fake: FakeVast) -> None:
    offer = fake.state.offers[await cheapest_4090(api)]
    bid = offer["min_bid"]
    created = await api.create_instance(id=offer["id"], image="ubuntu:22.04", price=bid)
    iid = int(created.new_contract)
    fake.clock.advance(fake.state.boot_seconds)
    higher = round(bid + 0.05, 4)
    assert (await api.change_bid(id=iid, client_id="me", price=higher)).success is True
    shown = (await api.show_instance(id=iid)).instances
    assert shown.is_bid is True and shown.dph_base == higher
    paid = await api.prepay_instance(id=iid, amount=10.0)
    assert paid.success is True and paid.timescale > 0
    deposit = await api.show_deposit(id=iid)
    assert deposit.refundable_deposit == 10.0


@scenario("launch_instance")
async def launch_searches_and_rents(api: Api, fake: FakeVast) -> None:
    q = {"gpu_name": {"eq": "RTX_4090"}, "num_gpus": {"eq": "1"}, "order": [["dph_total", "asc"]]}
    launched = await api.launch_instance(q=q, image="ubuntu:22.04", disk=16.0, label="l")
    assert launched.success is True and launched.new_contract in fake.state.instances
    inst = fake.state.instances[launched.new_contract]
    assert (inst["gpu_name"], inst["num_gpus"], inst["label"]) == ("RTX 4090", 1, "l")
    with pytest.raises(OperationFailedError) as nothing:  # 200 {"success": false, ...}
        await api.launch_instance(q={"gpu_name": {"eq": "RTX_9999"}}, image="ubuntu:22.04")
    assert nothing.value.error == "offer_not_found"


@scenario("execute", "show_logs")
async def commands_and_logs(api: Api, fake: FakeVast) -> None:
    iid = await running_instance(api, fake)
    ran = await api.execute(id=iid, command="ls -l /workspace")
    assert ran.success is True and ran.result_url.startswith(f"{fake.url}/fake-s3/")  # served
    logs = await api.show_logs(id=iid, tail="100")
    assert logs.success is True and logs.result_url


@scenario("create_ssh_key", "attach_ssh_key", "show_instance_ssh_keys", "detach_ssh_key")
async def instance_ssh_keys(api: Api, fake: FakeVast) -> None:
    iid = await running_instance(api, fake)
    key = (await api.create_ssh_key(ssh_key=SSH_KEY)).key
    attached = await api.attach_ssh_key(id=iid, ssh_key=SSH_KEY)
    assert attached.success is True
    keys = json.loads((await api.show_instance_ssh_keys(id=iid)).ssh_keys)
    assert [k["id"] for k in keys] == [key.id]
    detached = await api.detach_ssh_key(id=iid, ssh_key_id=key.id)
    assert (detached.success, detached.msg) == (True, "SSH key removed from instance.")
    assert json.loads((await api.show_instance_ssh_keys(id=iid)).ssh_keys) == []


@scenario("copy", "cancel_copy", "cloud_copy", "cancel_sync", "show_connections")
async def copies(api: Api, fake: FakeVast) -> None:
    src, dst = await running_instance(api, fake), await running_instance(api, fake)
    started = await api.copy(src_id=str(src), dst_id=str(dst), src_path="/a", dst_path="/b")
    assert started.success is True and "copy initiated" in started.msg
    assert (await api.cancel_copy(dst_id=str(dst))).success is True
    connections = await api.show_connections()
    assert [c.cloud_type for c in connections] == ["s3"]
    synced = await api.cloud_copy(
        instance_id=str(src),
        src="/workspace",
        dst="/backup",
        selected=str(connections[0].id),
        transfer="Instance To Cloud",
    )
    assert synced.success is True and synced.result_url
    assert (await api.cancel_sync(dst_id=src)).success is True


# ---------------------------------------------------------------- search and templates


@scenario("search_benchmarks")
async def benchmarks(api: Api, fake: FakeVast) -> None:
    found = await api.search_benchmarks(query="score>100")
    rows = found.page.benchmarks or []  # an object, as vastai reads it (docs/wire.md W33)
    assert rows == found.items and all(r.score > 100 for r in rows)
    assert {r.model for r in rows} <= {o["gpu_name"] for o in fake.state.offers.values()}
    limited = await api.search_benchmarks(select_filters={"score": {"gt": 100}}, limit=1)
    assert len(limited.items) == 1 and limited.next_cursor is not None  # paged (W41)
    second = await next_page(limited)
    assert second.items[0].id > limited.items[0].id


@scenario("create_template", "search_templates")
async def templates(api: Api, fake: FakeVast) -> None:
    made = await api.create_template(name="my-llm", image="vllm/vllm-openai:v0.6.0", runtype="args")
    assert made.success is True and made.template.name == "my-llm"
    found = await api.search_templates(query="my-llm")
    assert found.templates_found == 1 and found.templates[0].id == made.template.id
    everything = await api.search_templates(select_filters={"runtype": {"eq": "args"}})
    assert {t.name for t in everything.templates} == {"vLLM", "my-llm"}


# ---------------------------------------------------------------- account


@scenario("show_user", "set_user", "show_ipaddrs")
async def user(api: Api, fake: FakeVast) -> None:
    me = await api.show_user()
    assert me.email == "you@example.com" and me.balance == 50.0
    assert (await api.set_user(fullname="Ada Lovelace")).success is True
    assert (await api.show_user()).additional_properties["fullname"] == "Ada Lovelace"
    ips = await api.show_ipaddrs(user_id=str(me.id))
    assert ips.success is True and len(ips.results) == 2


@scenario("show_api_keys", "create_api_key", "delete_api_key")
async def api_keys(api: Api, fake: FakeVast) -> None:
    before = (await api.show_api_keys()).apikeys
    made = await api.create_api_key(name="ci", permissions={"api": {"instance_read": {}}})
    assert len(made.key) == 64 and made.id not in [k.id for k in before]
    assert len((await api.show_api_keys()).apikeys) == len(before) + 1
    assert await api.delete_api_key(id=made.id) == "Successfully Deleted API Key"
    assert [k.id for k in (await api.show_api_keys()).apikeys] == [k.id for k in before]


@scenario("show_ssh_keys", "update_ssh_key", "delete_ssh_key")
async def account_ssh_keys(api: Api, fake: FakeVast) -> None:
    key = (await api.create_ssh_key(ssh_key=SSH_KEY)).key
    assert [(k.id, k.key) for k in await api.show_ssh_keys()] == [(key.id, SSH_KEY)]
    updated = await api.update_ssh_key(id=key.id, ssh_key=SSH_KEY_2)
    assert updated.success is True and updated.key.key == SSH_KEY_2
    assert (await api.delete_ssh_key(id=key.id)).success is True
    assert await api.show_ssh_keys() == []


@scenario("create_env_var", "show_env_vars", "update_env_var", "delete_env_var")
async def env_vars(api: Api, fake: FakeVast) -> None:
    assert (await api.create_env_var(key="HF_TOKEN", value="abc")).success is True
    assert (await api.show_env_vars()).secrets == {"HF_TOKEN": "abc"}
    assert (await api.update_env_var(key="HF_TOKEN", value="xyz")).success is True
    assert (await api.show_env_vars()).secrets == {"HF_TOKEN": "xyz"}
    assert (await api.delete_env_var(key="HF_TOKEN")).success is True
    assert (await api.show_env_vars()).secrets == {}


@scenario("create_subaccount", "show_subaccounts")
async def subaccounts(api: Api, fake: FakeVast) -> None:
    made = await api.create_subaccount(
        email="kid@example.com", username="kid", password="s3cret-pw"
    )
    assert made.username == "kid" and made.key_id
    users = (await api.show_subaccounts()).users
    assert [(u.id, u.parent_id) for u in users] == [(made.id, fake.state.user["id"])]


@scenario("transfer_credit")
async def credit(api: Api, fake: FakeVast) -> None:
    assert (await api.transfer_credit(recipient="friend@example.com", amount=5.0)).success
    assert (await api.show_user()).balance == 45.0


# ---------------------------------------------------------------- billing


@scenario("search_invoices", "show_invoices_v0")
async def invoices(api: Api, fake: FakeVast) -> None:
    iid = await running_instance(api, fake)
    fake.clock.advance(3600)
    await api.destroy_instance(id=iid)
    charges = await api.search_invoices(type="charge")
    assert [c.instance_id for c in charges] == [iid] and float(charges[0].amount) > 0
    uid = str(fake.state.user["id"])
    billed = await api.show_invoices_v0(user_id=uid, inc_charges=True)
    assert {i.type for i in billed.invoices} == {"payment", "charge"}
    assert billed.current.charges == pytest.approx(float(charges[0].amount), abs=1e-3)
    assert {i.type for i in (await api.show_invoices_v0(user_id=uid)).invoices} == {"payment"}


@scenario("show_invoices", "show_charges")
async def invoices_v1_and_charges(api: Api, fake: FakeVast) -> None:
    start = fake.clock.now()
    for amount in (1.0, 2.0, 3.0):  # three transfers out, a second apart
        fake.clock.advance(1)
        await api.transfer_credit(recipient="friend@example.com", amount=amount)
    iid = await running_instance(api, fake)
    fake.clock.advance(3600)
    await api.destroy_instance(id=iid)
    when = {"when": {"gte": start, "lte": fake.clock.now()}}
    first = await api.show_invoices(select_filters=when, limit=2)
    assert first.page.success is True and first.page.total == 3 and first.next_cursor
    assert [i.amount for i in first.items] == [-3.0, -2.0]  # latest first, the API's default
    assert [i.amount for i in await every(first)] == [-3.0, -2.0, -1.0]  # follows the cursor
    oldest = await every(await api.show_invoices(select_filters=when, latest_first=False, limit=1))
    assert [i.amount for i in oldest] == [-1.0, -2.0, -3.0]
    with pytest.raises(OperationFailedError):  # no 'when' range: 200 with success false
        await api.show_invoices(select_filters={})
    day = {"day": {"gte": start, "lte": fake.clock.now()}}
    charges = await every(await api.show_charges(select_filters=day))
    assert [c.source for c in charges] == [f"instance-{iid}"] and charges[0].amount > 0


@scenario("show_earnings")
async def earnings(api: Api, fake: FakeVast) -> None:
    report = await api.show_earnings(user_id=fake.state.user["id"], last_days=3)
    assert len(report.per_day) == 3 and len(report.per_machine) == 2
    assert report.summary.total_gpu == pytest.approx(sum(m.gpu_earn for m in report.per_machine))


# ---------------------------------------------------------------- teams


@scenario("create_team", "show_team_roles", "create_team_role", "show_team_role")
async def team_roles(api: Api, fake: FakeVast) -> None:
    assert (await api.create_team(team_name="lab")).success is True
    assert {r.name for r in await api.show_team_roles()} == {"owner", "member"}
    made = await api.create_team_role(name="dev", permissions={"api": {"instance_read": {}}})
    assert made.msg == "success"
    role = await api.show_team_role(id="dev")
    assert (role.name, role.permissions) == ("dev", ["instance_read"])


@scenario("update_team_role", "remove_team_role", "destroy_team")
async def team_role_changes(api: Api, fake: FakeVast) -> None:
    await api.create_team(team_name="lab")
    await api.create_team_role(name="dev", permissions={"api": {"instance_read": {}}})
    role_id = (await api.show_team_role(id="dev")).id
    renamed = await api.update_team_role(id=role_id, name="ops", permissions={"api": {}})
    assert "ops" in renamed
    await api.create_team_role(name="on call", permissions={"api": {}})  # a name to %-encode
    assert (await api.show_team_role(id="on call")).name == "on call"
    assert (await api.remove_team_role(name="on call")).status == "success"
    assert (await api.remove_team_role(name="ops")).status == "success"
    assert {r.name for r in await api.show_team_roles()} == {"owner", "member"}
    assert (await api.destroy_team()).success is True


@scenario("invite_team_member", "show_team_members", "remove_team_member")
async def team_members(api: Api, fake: FakeVast) -> None:
    await api.create_team(team_name="lab")
    invited = await api.invite_team_member(email="bob@example.com", role="member")
    assert invited.success is True
    members = {m.email: m for m in await api.show_team_members()}
    assert set(members) == {"you@example.com", "bob@example.com"}
    removed = await api.remove_team_member(id=members["bob@example.com"].id)
    assert removed.status == "success"
    assert [m.email for m in await api.show_team_members()] == ["you@example.com"]


# ---------------------------------------------------------------- volumes


@scenario("search_volumes", "rent_volume", "show_volumes", "delete_volume", "unlist_volume")
async def volumes(api: Api, fake: FakeVast) -> None:
    offers = (await api.search_volumes(disk_space={"gte": 100}, limit=50)).offers
    assert offers and all(o.disk_space >= 100 for o in offers)
    rented = await api.rent_volume(id=offers[0].id, size=20)
    assert rented.success is True and rented.volume_name.startswith("V.")
    volumes = (await api.show_volumes()).volumes
    assert [v.disk_space for v in volumes] == [20.0]
    assert (await api.delete_volume(id=volumes[0].id)).success is True
    assert (await api.show_volumes()).volumes == []
    own = next(v for v in fake.state.volume_offers.values() if v["_owner"])
    assert (await api.unlist_volume(id=own["id"])).success is True


@scenario("search_network_volumes", "create_network_volume")
async def network_volumes(api: Api, fake: FakeVast) -> None:
    found = await api.search_network_volumes(geolocation={"in": ["US", "CA"]}, limit=10)
    assert {o.geolocation for o in found.offers} == {"Texas, US", "Quebec, CA"}
    made = await api.create_network_volume(id=found.offers[0].ask_contract_id, size=100, name="nv")
    assert (made["success"], made["volume_name"], made["volume_size"]) == (True, "nv", 100)
    assert [v.disk_space for v in (await api.show_volumes()).volumes] == [100.0]


@scenario("add_network_disk", "list_network_volume", "unlist_network_volume")
async def network_disks(api: Api, fake: FakeVast) -> None:
    disk = await api.add_network_disk(machines=[52001], mount_point="/mnt/nfs")
    assert disk.success is True
    listed = await api.list_network_volume(disk_id=disk.disk_id, price_disk=0.08, size=500)
    assert listed.msg.startswith("Listed network volume offer")
    mine = [o for o in fake.state.network_offers.values() if o["_owner"]]
    assert [o["disk_space"] for o in mine] == [500.0]
    gone = await api.unlist_network_volume(id=mine[0]["ask_contract_id"])
    assert gone.success is True and gone.id == mine[0]["ask_contract_id"]


# ---------------------------------------------------------------- hosting


@scenario("show_machines", "list_machine", "unlist_machine")
async def machines(api: Api, fake: FakeVast) -> None:
    uid = str(fake.state.user["id"])
    rows = {m.id: m for m in (await api.show_machines(user_id=uid)).machines}
    assert set(rows) == {"52001", "52002"}
    listed = await api.list_machine(machine=52002, price_gpu=0.25, price_disk=0.1)
    assert (listed.success, listed.extended) == (True, 0)
    mine = await api.search_offers(machine_id={"in": [52001, 52002]})
    assert sorted(o.machine_id for o in mine.offers) == [52001, 52002]
    assert (await api.unlist_machine(machine_id=52002)).machine_id == 52002
    mine = await api.search_offers(machine_id={"in": [52001, 52002]})
    assert [o.machine_id for o in mine.offers] == [52001]


@scenario("set_defjob", "remove_defjob", "set_min_bid", "cleanup_machine", "show_reports")
async def machine_settings(api: Api, fake: FakeVast) -> None:
    job = await api.set_defjob(
        machine=52001, price_gpu=0.1, price_inetu=0.01, price_inetd=0.01, image="x"
    )
    assert job.success is True and job.machine_id == 52001
    assert (await api.remove_defjob(machine_id=52001)).success is True
    assert (await api.set_min_bid(machine_id=52001, price=0.15)).success is True
    assert fake.state.machines[52001]["_min_bid"] == 0.15
    cleaned = await api.cleanup_machine(machine_id=52001, body={})
    assert cleaned.success is True and cleaned.num_deleted == 0
    reports = await api.show_reports(machine_id=52001)
    assert reports[0].problem == "gpu"


@scenario("schedule_maint", "cancel_maint")
async def maintenance(api: Api, fake: FakeVast) -> None:
    planned = await api.schedule_maint(
        machine_id=52001,
        sdate=dt.datetime(2026, 2, 1, 10, tzinfo=dt.UTC),  # sent as Unix seconds (W20)
        duration=2,
        maintenance_category="gpu",
    )
    assert planned.success is True and planned.you_sent == "0 notifications sent"
    cancelled = await api.cancel_maint(machine_id=52001)
    assert cancelled.msg == "deleted 1 scheduled maintenance window(s) on machine 52001"


# ---------------------------------------------------------------- serverless


@scenario("create_endpoint", "show_endpoints", "create_workergroup", "show_workergroups")
async def serverless_setup(api: Api, fake: FakeVast) -> None:
    endpoint = await api.create_endpoint(endpoint_name="llm", max_workers=4)
    assert endpoint.success is True
    assert [e.endpoint_name for e in (await api.show_endpoints()).results] == ["llm"]
    group = await api.create_workergroup(endpoint_name="llm", test_workers=2, template_hash="abc")
    groups = (await api.show_workergroups()).results
    assert [(g.id, g.endpoint_id) for g in groups] == [(group.id, endpoint.result)]


@scenario("update_workergroup", "delete_workergroup", "delete_endpoint")
async def serverless_teardown(api: Api, fake: FakeVast) -> None:
    endpoint = (await api.create_endpoint(endpoint_name="llm")).result
    group = (await api.create_workergroup(endpoint_id=endpoint, test_workers=1)).id
    assert (await api.update_workergroup(id=group, min_load=5.0)).success is True
    assert (await api.show_workergroups()).results[0].min_load == 5.0
    deleted = await api.delete_workergroup(id=group)
    assert deleted.success is True and len(deleted.deleted_workers) == 1
    assert (await api.delete_endpoint(id=endpoint)).success is True
    with pytest.raises(BadRequestError, match="No endpoints for user found"):  # as documented
        await api.show_endpoints()


@scenario("route", "get_endpoint_workers", "get_workergroup_workers")
async def serverless_routing(api: Api, fake: FakeVast) -> None:
    endpoint = (await api.create_endpoint(endpoint_name="llm")).result
    group = (await api.create_workergroup(endpoint_id=endpoint, test_workers=2)).id
    waiting = await api.route(endpoint="llm", cost=100.0)
    assert waiting.status == "Loading"
    fake.clock.advance(fake.state.boot_seconds)
    routed = await api.route(endpoint="llm", cost=100.0)
    workers = (await api.get_endpoint_workers(id=endpoint)).workers
    assert routed.url in {w.url for w in workers}
    assert {w.status for w in workers} == {"running"}
    assert [w.id for w in (await api.get_workergroup_workers(id=group)).workers] == [
        w.id for w in workers
    ]


@scenario("get_endpoint_logs", "get_workergroup_logs")
async def serverless_logs(api: Api, fake: FakeVast) -> None:
    endpoint = (await api.create_endpoint(endpoint_name="llm")).result
    group = (await api.create_workergroup(endpoint_id=endpoint, test_workers=1)).id
    logs = (await api.get_endpoint_logs(endpoint="llm", tail=100)).logs
    assert "Endpoint llm created" in logs and "Worker" in logs
    own_key = fake.state.endpoints[endpoint]["api_key"]  # vastai's {id, api_key, tail} (W19, W7)
    by_id = await api.get_endpoint_logs(id=endpoint, api_key=own_key, tail=100)
    assert by_id.logs == logs
    assert (await api.get_endpoint_logs(id=endpoint, api_key=fake.api_key)).logs
    assert (await api.get_workergroup_logs(id=group, tail=1)).logs.endswith("started")


# ---------------------------------------------------------------- instances in bulk, v1 listing


async def cheapest_asks(api: Api, count: int) -> list[int]:
    found = await api.search_offers(gpu_name={"eq": "RTX 4090"}, order=[["dph_total", "asc"]])
    return [int(o.id) for o in found.offers[:count]]


@scenario("create_instances", "manage_instances", "destroy_instances")
async def bulk_instances(api: Api, fake: FakeVast) -> None:
    asks = await cheapest_asks(api, 3)
    body = {"ids": [*asks, 999_999_999], "image": "ubuntu:22.04", "label": "bulk"}
    made = await send(api, "create_instances", body)
    created = made.created
    assert made.success is True and len(created) == 3 and made.failed == [999_999_999]
    assert [(r.ask_id, r.state) for r in made.results if r.success] == [
        (a, "loading") for a in asks
    ]
    listed = await every(await api.show_instances())  # the listing and show instance see them
    assert sorted(i.id for i in listed) == sorted(created)
    assert (await api.show_instance(id=created[0])).instances.label == "bulk"
    fake.clock.advance(fake.state.boot_seconds)
    assert (await api.manage_instances(ids=created[:2], state="stopped")).success is True
    status = {i.id: i.actual_status for i in await every(await api.show_instances())}
    assert status == {created[0]: "exited", created[1]: "exited", created[2]: "running"}
    assert (await send(api, "destroy_instances", {"instance_ids": created[:2]})).success is True
    assert [i.id for i in await every(await api.show_instances())] == created[2:]
    with pytest.raises(NotFoundError) as gone:
        await send(api, "destroy_instances", {"instance_ids": created[:2]})
    assert gone.value.error == "instances_not_found"
    with pytest.raises(BadRequestError):  # every offer failed (still rented, or unknown)
        await send(api, "create_instances", {"ids": [asks[2], 999_999_999], "image": "x"})


async def every(page: Any) -> list[Any]:
    """Every item of a SyncPage or AsyncPage and the pages after it (the SDK follows the
    cursor)."""
    if isinstance(page, AsyncPage):
        return [item async for item in page]
    return list(page)


@scenario("show_instances", "show_instances_lite_v1")
async def instances_v1(api: Api, fake: FakeVast) -> None:
    made = await send(api, "create_instances", {"ids": await cheapest_asks(api, 7), "image": "x"})
    created = sorted(made.created)
    await api.manage_instance(id=created[0], label="first")
    pages, token = [], None
    while True:
        more: dict[str, str] = {"after_token": token} if token else {}
        page = (await api.show_instances(limit=3, **more)).page
        assert page.success is True and page.total_instances == 7
        assert page.label_counts == {"first": 1}
        pages.append([i.id for i in page.instances])
        token = page.next_token
        if token is None:
            break
    assert pages == [created[:3], created[3:6], created[6:]]
    assert [i.id for i in await every(await api.show_instances(limit=2))] == created
    newest_first = [{"col": "id", "dir": "desc"}]
    unlabelled = {"id": {"in": created[:4]}, "label": {"neq": "first"}}
    picked = await api.show_instances(
        order_by=newest_first, select_cols=json.dumps(["id", "label"]), select_filters=unlabelled
    )
    assert [i.id for i in picked.items] == [created[3], created[2], created[1]]
    assert picked.items[0].actual_status is None  # only the columns asked for (and the keys)
    first = await api.show_instances(order_by=newest_first, select_filters=unlabelled, limit=2)
    after = await api.show_instances(
        order_by=newest_first, select_filters=unlabelled, after_token=first.next_cursor
    )
    assert [i.id for i in after.items] == [created[1]] and after.next_cursor is None
    with pytest.raises(BadRequestError):  # computed columns cannot be filtered on
        await api.show_instances(select_filters={"dph_total": {"lt": 1}})
    with pytest.raises(BadRequestError):
        await api.show_instances(after_token="not a token")
    with pytest.raises(NotFoundError):  # documented as disabled: always 404
        await api.show_instances_lite_v1()


# ---------------------------------------------------------------- keys


@scenario("show_api_key", "reset_api_key")
async def api_key_reset(api: Api, fake: FakeVast) -> None:
    made = await api.create_api_key(name="ci", permissions={"api": {"misc": {}}})
    shown = await api.show_api_key(id=made.id)
    assert (shown["id"], shown["name"]) == (made.id, "ci") and "key" not in shown
    with pytest.raises(NotFoundError):
        await api.show_api_key(id=made.id + 100)
    second = api.with_key(made.key)
    reset = await second.reset_api_key(client_id="me")
    assert reset.success is True and len(reset.new_api_key) == 64
    assert reset.new_api_key != made.key
    with pytest.raises(AuthenticationError):  # the old key stops working
        await second.show_user()
    assert (await api.with_key(reset.new_api_key).show_user()).key_id == made.id
    assert (await api.show_user()).key_id == 1  # the account's other keys are untouched


# ---------------------------------------------------------------- network volumes, singular


@scenario("create_network_volume_listing", "rent_network_volume", "show_network_disks")
async def network_volume_seed_routes(api: Api, fake: FakeVast) -> None:
    disk = await api.add_network_disk(machines=[52001], mount_point="/mnt/nfs")
    listed = await api.create_network_volume_listing(
        disk_id=disk.disk_id, price_disk=0.08, size=500
    )
    assert listed.success is True
    offer = next(o for o in fake.state.network_offers.values() if o["_owner"])
    rented = await api.rent_network_volume(id=offer["ask_contract_id"], size=100, name="nv")
    assert (rented.success, rented.volume_name, rented.volume_size) == (True, "nv", 100)
    rest = await api.create_network_volume(id=offer["ask_contract_id"], size=400)  # plural route
    assert rest["success"] is True
    assert [v.disk_space for v in (await api.show_volumes()).volumes] == [100.0, 400.0]
    (group,) = (await api.show_network_disks()).data
    assert (group.cluster_id, group.machine_ids, group.mounts) == (
        0,
        [52001],
        {"52001": "/mnt/nfs"},
    )
    (shown,) = group.network_disks
    assert (shown.network_disk_id, shown.free_space, shown.total_space) == (disk.disk_id, 0, 500)


# ---------------------------------------------------------------- serverless, preview routes


@scenario("create_autojob", "show_autojobs", "update_autojob", "delete_autojob")
async def autojobs(api: Api, fake: FakeVast) -> None:
    made = await api.create_autojob(
        endpoint_name="llm", max_workers=4, test_workers=1, search_params="gpu_ram>=24 num_gpus=1"
    )
    assert made.success is True
    (endpoint,) = (await api.show_endpoints()).results  # created on the way
    assert (endpoint.endpoint_name, endpoint.max_workers) == ("llm", 4)
    other = (await api.create_workergroup(endpoint_id=endpoint.id, test_workers=1)).id
    jobs = {j.id: j for j in (await api.show_autojobs()).results}  # the same workergroups
    assert set(jobs) == {made.id, other} and jobs[made.id].endpoint_id == endpoint.id
    assert jobs[made.id].created_at == fake.clock.now()
    assert jobs[made.id].search_query == {"gpu_ram": {"gte": 24}, "num_gpus": {"eq": 1}}
    updated = await api.update_autojob(id=made.id, endpoint_id=endpoint.id, min_load=3.0)
    assert updated.success is True
    groups = {g.id: g for g in (await api.show_workergroups()).results}
    assert groups[made.id].min_load == 3.0
    with pytest.raises(BadRequestError):  # the preview requires endpoint_id
        await api.update_autojob(id=made.id, min_load=1.0)
    assert (await api.delete_autojob(id=made.id)).success is True
    assert [g.id for g in (await api.show_workergroups()).results] == [other]
    with pytest.raises(NotFoundError):
        await api.delete_autojob(id=made.id)


@scenario("get_endpoint", "update_endpoint")
async def one_endpoint(api: Api, fake: FakeVast) -> None:
    eid = (await api.create_endpoint(endpoint_name="llm", max_workers=4)).result
    got = (await api.get_endpoint(id=eid)).result
    assert (got.id, got.endpoint_name, got.max_workers) == (eid, "llm", 4)
    assert got.created_at == fake.clock.now()
    assert (await api.update_endpoint(id=eid, max_workers=8, endpoint_name="chat")).success
    got = (await api.get_endpoint(id=eid)).result
    assert (got.endpoint_name, got.max_workers) == ("chat", 8)
    assert [e.endpoint_name for e in (await api.show_endpoints()).results] == ["chat"]
    with pytest.raises(BadRequestError):
        await api.update_endpoint(id=eid, cold_workers=20)
    with pytest.raises(NotFoundError):
        await api.get_endpoint(id=eid + 1)


# ---------------------------------------------------------------- scheduled jobs


@scenario(
    "create_scheduled_job", "show_scheduled_jobs", "update_scheduled_job", "delete_scheduled_job"
)
async def scheduled_jobs(api: Api, fake: FakeVast) -> None:
    iid = await running_instance(api, fake)
    now = fake.clock.now()
    job = {
        "start_time": now,
        "end_time": now + 7 * 86400,
        "api_endpoint": f"/api/v0/instances/{iid}/",
        "request_method": "PUT",
        "request_body": {"state": "stopped"},
        "frequency": "DAILY",
        "instance_id": iid,
        "day_of_the_week": None,
        "hour_of_the_day": 22,
    }
    made = await send(api, "create_scheduled_job", job)
    jid = made.scheduled_job_id
    assert made.success is True and jid
    with pytest.raises(UnprocessableEntityError):  # the same call twice
        await send(api, "create_scheduled_job", job)
    with pytest.raises(BadRequestError):  # a weekly job needs its day
        await send(api, "create_scheduled_job", {**job, "frequency": "WEEKLY", "instance_id": None})
    assert [(j["id"], j["frequency"]) for j in await api.show_scheduled_jobs()] == [(jid, "DAILY")]
    changed = await send(
        api,
        "update_scheduled_job",
        {"request_body": {"state": "stopped"}, "frequency": "WEEKLY", "day_of_the_week": 5},
        id=jid,
    )
    assert (changed.success, changed.scheduled_job_id) == (True, jid)
    (shown,) = await api.show_scheduled_jobs()
    assert (shown["frequency"], shown["day_of_the_week"], shown["hour_of_the_day"]) == (
        "WEEKLY",
        5,
        22,
    )
    assert (await api.delete_scheduled_job(id=jid)).success is True
    assert await api.show_scheduled_jobs() == []
    with pytest.raises(NotFoundError):
        await api.delete_scheduled_job(id=jid)


# ---------------------------------------------------------------- templates, edits


@scenario("search_templates_v1", "edit_template", "update_template", "delete_template")
async def template_edits(api: Api, fake: FakeVast) -> None:
    made = (await api.create_template(name="mine", image="ubuntu:22.04", runtype="ssh")).template
    listed = (await api.search_templates_v1()).page
    assert made.id in {t.id for t in listed.templates or []}
    assert listed.templates_found == len(listed.templates or []) == 5
    edited = await api.edit_template(hash_id=made.hash_id, desc="described")
    assert (edited.success, edited.template.id) == (True, made.id)
    assert edited.template.hash_id != made.hash_id  # the hash follows the content
    assert fake.state.templates[made.id]["desc"] == "described"
    public = next(t for t in fake.state.templates.values() if t["_public"])
    with pytest.raises(BadRequestError):  # v0 edits only the caller's own templates
        await api.edit_template(hash_id=public["hash_id"], name="mine now")
    copy = await api.update_template(hash_id=public["hash_id"], template={"name": "my copy"})
    assert copy.success is True and copy.template["creator_id"] == fake.state.user["id"]
    assert copy.template["id"] != public["id"] and public["name"] != "my copy"
    assert (await api.search_templates(query="my copy")).templates_found == 1
    assert (await api.delete_template(template_id=made.id)).success is True
    assert made.id not in {t.id for t in (await api.search_templates_v1()).items}


# ---------------------------------------------------------------- team members' roles


@scenario(
    "list_team_roles", "add_team_member_role", "remove_team_member_role", "update_team_member_role"
)
async def team_member_roles(api: Api, fake: FakeVast) -> None:
    await api.create_team(team_name="lab")
    await api.create_team_role(name="dev", permissions={"api": {"instance_read": {}}})
    assert sorted(await api.list_team_roles()) == ["dev", "member", "owner"]
    await api.invite_team_member(email="bob@example.com", role="member")

    async def roles_of(email: str) -> list[str]:
        members = {m.email: m for m in await api.show_team_members()}
        return list(members[email].roles)

    bob = next(m.id for m in await api.show_team_members() if m.email == "bob@example.com")
    assert (await api.add_team_member_role(id=bob, role="dev")).msg == "success"
    assert await roles_of("bob@example.com") == ["member", "dev"]
    assert (await api.remove_team_member_role(id=bob, role="member")).msg == "success"
    assert await roles_of("bob@example.com") == ["dev"]
    with pytest.raises(BadRequestError):  # not a member's only role
        await api.remove_team_member_role(id=bob, role="dev")
    member_role = (await api.show_team_role(id="member")).id
    updated = await api.update_team_member_role(id=bob, member_id=bob, role_id=member_role)
    assert updated.success is True and updated.new_role_permissions == {
        "api": {"instance_read": {}}
    }
    assert await roles_of("bob@example.com") == ["member"]


# ---------------------------------------------------------------- clusters and overlays


@scenario(
    "create_cluster",
    "join_cluster",
    "show_clusters",
    "remove_machine_from_cluster",
    "delete_cluster",
)
async def clusters(api: Api, fake: FakeVast) -> None:
    assert (await api.create_cluster(subnet="10.0.0.0/24", manager_id=52001)).msg
    ((cid, cluster),) = (await api.show_clusters()).clusters.items()
    assert cluster.subnet == "10.0.0.0/24"
    assert [(n.machine_id, n.is_cluster_manager) for n in cluster.nodes] == [(52001, True)]
    assert (await api.join_cluster(cluster_id=int(cid), machine_ids=[52002])).msg
    nodes = (await api.show_clusters()).clusters[cid].nodes
    assert [(n.machine_id, n.local_ip) for n in nodes] == [(52001, "10.0.0.1"), (52002, "10.0.0.2")]
    with pytest.raises(BadRequestError):  # the manager leaves only with a successor
        await api.remove_machine_from_cluster(cluster_id=int(cid), machine_id=52001)
    await api.remove_machine_from_cluster(
        cluster_id=int(cid), machine_id=52001, new_manager_id=52002
    )
    nodes = (await api.show_clusters()).clusters[cid].nodes
    assert [(n.machine_id, n.is_cluster_manager) for n in nodes] == [(52002, True)]
    assert (await api.delete_cluster(cluster_id=int(cid))).msg
    assert (await api.show_clusters()).clusters == {}


@scenario("create_overlay", "join_overlay", "show_overlays", "delete_overlay")
async def overlays(api: Api, fake: FakeVast) -> None:
    await api.create_cluster(subnet="10.0.0.0/24", manager_id=52001)
    cid = int(next(iter((await api.show_clusters()).clusters)))
    iid = await running_instance(api, fake)
    assert (await api.create_overlay(cluster_id=cid, name="net")).msg
    assert (await api.join_overlay(name="net", instance_id=iid)).msg
    (shown,) = await api.show_overlays()
    assert (shown.name, shown.cluster_id, shown.instances) == ("net", cid, [iid])
    with pytest.raises(NotFoundError):
        await api.join_overlay(name="nope", instance_id=iid)
    assert (await api.delete_overlay(overlay_name="net")).msg
    assert await api.show_overlays() == []


# ---------------------------------------------------------------- search routes, machines, team


@scenario("search_offers_new", "search_offers_get")
async def offer_search_routes(api: Api, fake: FakeVast) -> None:
    rtx = {"gpu_name": {"eq": "RTX 4090"}}
    order = [["dph_total", "asc"]]
    posted = await api.search_offers(**rtx, order=order, allocated_storage=20.0, limit=5)
    expected = [(o.id, o.dph_total) for o in posted.offers]
    q = {**rtx, "order": order, "type": "on-demand", "allocated_storage": 20.0, "limit": 5}
    new = await api.search_offers_new(q=q, select_cols=["*"])
    assert [(o.to_dict()["id"], o.to_dict()["dph_total"]) for o in new.offers] == expected
    got = await api.search_offers_get(q=json.dumps(q), select_cols=json.dumps(["id", "dph_total"]))
    assert [o.to_dict() for o in got.offers] == [{"id": i, "dph_total": p} for i, p in expected]
    with pytest.raises(BadRequestError):
        await api.search_offers_get(q="[1, 2]")


@scenario("show_machine", "show_machines_v1")
async def machines_v1(api: Api, fake: FakeVast) -> None:
    (one,) = await api.show_machine(id=52001)
    assert (one["id"], one["hostname"]) == ("52001", "fake-host-1")
    assert await api.show_machine(id=1) == []  # not the account's
    listed = (await api.show_machines_v1()).page
    assert (listed.success, listed.total_machines, listed.next_token) == (True, 2, None)
    assert [m.id for m in listed.machines or []] == ["52001", "52002"]
    first = await api.show_machines_v1(limit=1)
    assert [m.hostname for m in first.items] == ["fake-host-1"] and first.next_cursor
    assert [m.hostname for m in (await next_page(first)).items] == ["fake-host-2"]


@scenario("show_earnings_v1")
async def earnings_v1(api: Api, fake: FakeVast) -> None:
    first = await api.show_earnings_v1(limit=1)
    assert first.page.total_rows == 2 and len(first.items) == 1 and first.next_cursor
    rows = first.items + (await next_page(first)).items
    assert {r.machine_id for r in rows} == set(fake.state.machines)
    total = first.page.total or {}
    assert total["gpu_earn"] == pytest.approx(sum(r.gpu_earn or 0 for r in rows))


@scenario("show_gpu_names", "show_gpu_types")
async def gpu_catalogue(api: Api, fake: FakeVast) -> None:
    market = {o["gpu_name"] for o in fake.state.offers.values()}
    assert set((await api.show_gpu_names()).gpu_names or []) == market
    types = (await api.show_gpu_types()).gpu_types or []
    assert {t.canonical_name for t in types} == market
    assert all(isinstance(t.gpu_ram_mb, int) and t.gpu_ram_mb > 0 for t in types)


@scenario("update_team", "get_team_balances", "transfer_team_ownership")
async def team_admin(api: Api, fake: FakeVast) -> None:
    with pytest.raises(NotFoundError):
        await api.get_team_balances()
    await api.create_team(team_name="lab", transfer_credit=10.0)
    assert (await api.update_team(team_name="lab 2")).success is True
    (balance,) = (await api.get_team_balances()).balances
    assert (balance.team_name, balance.balance) == ("lab 2", 40.0)
    await api.invite_team_member(email="bob@example.com", role="member")
    roles = {m.email: (m.id, m.roles) for m in await api.show_team_members()}
    bob = roles["bob@example.com"][0]
    moved = await api.transfer_team_ownership(new_team_owner_id=bob)
    assert moved.success is True
    roles = {m.email: (m.id, m.roles) for m in await api.show_team_members()}
    assert roles["bob@example.com"][1] == ["owner"] and roles["you@example.com"][1] == ["member"]
    with pytest.raises(PermissionDeniedError):  # no longer the owner
        await api.transfer_team_ownership(new_team_owner_id=bob)


# ---------------------------------------------------------------- the tests

DEFAULT_SERVED = sorted(set(OPERATIONS) - set(HANDLERS))
"""Operations the fake answers from their schema (no stateful handler)."""


def test_scenarios_cover_the_spec() -> None:
    """Every operation in the spec (vast_sdk.OPERATIONS, generated from it) has a scenario, or
    is answered by the schema-driven default and called by test_default_served_operation."""
    covered = {op for ops, _ in SCENARIOS.values() for op in ops}
    spec_ops = set(FakeVast().spec.operations)
    assert spec_ops == set(OPERATIONS), "the SDK and the spec disagree"
    missing = spec_ops - covered - set(DEFAULT_SERVED)
    assert not missing, f"no scenario calls: {sorted(missing)}"
    assert not covered - spec_ops, f"unknown operations: {sorted(covered - spec_ops)}"
    assert not covered & set(DEFAULT_SERVED), "a scenario calls a schema-served operation"
    assert set(HANDLERS) <= spec_ops, f"handlers for no operation: {set(HANDLERS) - spec_ops}"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_operation(name: str, mode: str, fake: FakeVast) -> None:
    ops, run = SCENARIOS[name]

    async def go() -> None:
        if mode == "sync":
            with sync_client(fake) as client:
                await run(Api(client), fake)
        else:
            async with async_client(fake) as aclient:
                await run(Api(aclient), fake)

    asyncio.run(go())
    answered = {c.op for c in fake.calls if served(fake, c)}
    assert set(ops) <= answered, f"not served: {sorted(set(ops) - answered)}"
    assert all(c.documented for c in fake.calls), [c for c in fake.calls if not c.documented]


# ---------------------------------------------------------------- schema-served operations


@pytest.fixture(scope="module")
def schema_fake() -> Iterator[tuple[FakeVast, Vast]]:
    """One fake, and one sync client, for every schema-served call: those operations keep no
    state. (A client per call would spend most of the time loading CA certificates.)"""
    server = make_fake()
    with server.serve(), sync_client(server) as client:
        yield server, client
    record(server)
    assert not server.errors, server.errors


_TLS = ssl.create_default_context()
"""Shared by the async clients below (httpx loads the CA bundle for each new context)."""


def _value(doc: dict[str, Any], schema: Any) -> Any:
    """The smallest valid value, non-empty for a string (a path segment cannot be empty)."""
    value = minimal(doc, schema)
    return "x" if value == "" else value


def minimal_arguments(fake: FakeVast, name: str) -> dict[str, Any]:
    """The method's keywords for the smallest request the spec allows: path parameters,
    required query parameters and a body of the required fields (``body=``)."""
    doc = fake.spec.document
    op = fake.spec.operations[name]
    raw = doc["paths"][op.path][op.method.lower()]
    kwargs: dict[str, Any] = {}
    for param in raw.get("parameters", []):
        if param["in"] == "path" or (param["in"] == "query" and param.get("required")):
            kwargs[param["name"]] = _value(doc, param.get("schema", {}))
    media = ((raw.get("requestBody") or {}).get("content") or {}).get("application/json")
    # a write that documents no body is declared with an optional {} in the shipped spec
    # (docs/wire.md W40); its method has no body keyword and sends {} itself
    if media is not None and "body" in inspect.signature(getattr(Vast, name)).parameters:
        kwargs["body"] = minimal(doc, media.get("schema", {}))
    return kwargs


def is_typed(result: Any, annotation: str) -> bool:
    """True when ``result`` is what the method's return annotation says."""
    builtins: dict[str, type] = {
        "None": type(None),
        "str": str,
        "int": int,
        "float": float,
        "bool": bool,
    }
    if annotation in builtins:
        return isinstance(result, builtins[annotation])
    if annotation.startswith(("list[", "dict[")):
        return isinstance(result, list if annotation.startswith("list[") else dict)
    return type(result).__name__ == annotation


@pytest.mark.parametrize("name", DEFAULT_SERVED)
def test_default_served_operation(name: str, schema_fake: tuple[FakeVast, Vast]) -> None:
    """Sync and async, the smallest valid call gets a typed result, served from the schema."""
    fake, client = schema_fake
    method = getattr(Vast, name)
    signature = inspect.signature(method)
    kwargs = minimal_arguments(fake, name)
    assert set(kwargs) <= set(signature.parameters), f"{name}: keywords {sorted(kwargs)}"
    before = len(fake.calls)

    async def go() -> list[Any]:
        results = [await getattr(Api(client), name)(**kwargs)]
        async with httpx.AsyncClient(verify=_TLS, follow_redirects=False) as http:
            aclient = async_client(fake, http_client=http)
            results.append(await getattr(Api(aclient), name)(**kwargs))
        return results

    for result in asyncio.run(go()):
        assert is_typed(result, str(signature.return_annotation)), (result, signature)
    calls = fake.calls[before:]
    assert [(c.op, c.status) for c in calls] == [(name, calls[0].status)] * 2
    assert all(served(fake, c) and c.documented for c in calls), calls
    assert {c.headers["x-test-client"] for c in calls} == {"sync", "async"}
    assert fake.errors == []
