"""Every operation of the spec, called through the SDK (sync and async) against FakeVast over
loopback HTTP, with the result checked.

Each scenario is written once against ``Api``, which awaits a coroutine (AsyncVast) or takes a
plain return value (Vast), and runs in both modes. ``@scenario(...)`` names the operations a
scenario must get a 2xx from; test_scenarios_cover_the_spec checks those names against the spec.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from vast_sdk import OPERATIONS, AsyncVast, Vast
from vast_sdk.testing import FakeVast

from .conftest import async_client, sync_client

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
    listed = await api.show_instances()
    assert listed.instances_found == 1 and listed.instances[0].id == iid
    # one Instance model for both operations, with the Docker port map the API sends
    one = (await api.show_instance(id=iid)).instances
    assert type(listed.instances[0]) is type(one) and type(one).__name__ == "Instance"
    assert one.ports is not None
    ssh = one.ports["22/tcp"][0]
    assert ssh.host_port == str(one.ssh_port)
    assert (await api.destroy_instance(id=iid)).success is True
    assert (await api.show_instance(id=iid)).instances is None
    assert (await api.show_instances()).instances_found == 0


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
    iid = await running_instance(api, fake)
    assert (await api.change_bid(id=iid, client_id="me", price=0.2)).success is True
    shown = (await api.show_instance(id=iid)).instances
    assert shown.is_bid is True and shown.dph_base == 0.2
    paid = await api.prepay_instance(id=iid, amount=10.0)
    assert paid.success is True and paid.timescale > 0
    deposit = await api.show_deposit(id=iid)
    assert deposit.refundable_deposit == 10.0


@scenario("execute", "show_logs")
async def commands_and_logs(api: Api, fake: FakeVast) -> None:
    iid = await running_instance(api, fake)
    ran = await api.execute(id=iid, command="ls -l /workspace")
    assert ran.success is True and ran.result_url.startswith("https://")
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
    rows = await api.search_benchmarks(query="score>100")
    assert rows and all(r.score > 100 for r in rows)
    assert {r.model for r in rows} <= {o["gpu_name"] for o in fake.state.offers.values()}


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


@scenario("search_invoices", "show_invoices")
async def invoices(api: Api, fake: FakeVast) -> None:
    iid = await running_instance(api, fake)
    fake.clock.advance(3600)
    await api.destroy_instance(id=iid)
    charges = await api.search_invoices(type_="charge")
    assert [c.instance_id for c in charges] == [iid] and float(charges[0].amount) > 0
    uid = str(fake.state.user["id"])
    billed = await api.show_invoices(user_id=uid, inc_charges=True)
    assert {i.type_ for i in billed.invoices} == {"payment", "charge"}
    assert billed.current.charges == pytest.approx(float(charges[0].amount), abs=1e-3)
    assert {i.type_ for i in (await api.show_invoices(user_id=uid)).invoices} == {"payment"}


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


@scenario("search_volumes", "rent_volume", "list_volumes", "delete_volume", "unlist_volume")
async def volumes(api: Api, fake: FakeVast) -> None:
    offers = (await api.search_volumes(q={"disk_space": {"gte": 100}}, limit=50)).offers
    assert offers and all(o.disk_space >= 100 for o in offers)
    rented = await api.rent_volume(id=offers[0].id, size=20)
    assert rented.success is True and rented.volume_name.startswith("V.")
    volumes = (await api.list_volumes()).volumes
    assert [v.disk_space for v in volumes] == [20.0]
    assert (await api.delete_volume(id=volumes[0].id)).success is True
    assert (await api.list_volumes()).volumes == []
    own = next(v for v in fake.state.volume_offers.values() if v["_owner"])
    assert (await api.unlist_volume(id=own["id"])).success is True


@scenario("search_network_volumes", "create_network_volume")
async def network_volumes(api: Api, fake: FakeVast) -> None:
    found = await api.search_network_volumes(q={"geolocation": {"in": ["US", "CA"]}, "limit": 10})
    assert {o.geolocation for o in found.offers} == {"Texas, US", "Quebec, CA"}
    made = await api.create_network_volume(id=found.offers[0].ask_contract_id, size=100, name="nv")
    assert (made.success, made.volume_name, made.volume_size) == (True, "nv", 100)
    assert [v.disk_space for v in (await api.list_volumes()).volumes] == [100.0]


@scenario("add_network_disk", "list_network_volume", "unlist_network_volume")
async def network_disks(api: Api, fake: FakeVast) -> None:
    disk = await api.add_network_disk(machine_id=52001, mount_point="/mnt/nfs")
    assert disk.success is True
    listed = await api.list_network_volume(disk_id=disk.disk_id, price_disk=0.08, size=500)
    assert listed.success is True
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
        machine_id=52001, sdate="2026-02-01T10:00:00Z", duration=2, maintenance_category="gpu"
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
    assert (await api.show_endpoints()).results == []


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
    assert (await api.get_workergroup_logs(id=group, tail=1)).logs.endswith("started")


# ---------------------------------------------------------------- the tests


def test_scenarios_cover_the_spec() -> None:
    """Every operation in the spec (vast_sdk.OPERATIONS, generated from it) has a scenario."""
    covered = {op for ops, _ in SCENARIOS.values() for op in ops}
    spec_ops = set(FakeVast().spec.operations)
    assert spec_ops == set(OPERATIONS), "the SDK and the spec disagree"
    assert not spec_ops - covered, f"no scenario calls: {sorted(spec_ops - covered)}"
    assert not covered - spec_ops, f"unknown operations: {sorted(covered - spec_ops)}"
    assert len(spec_ops) == 86


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
    answered = fake.served_operations()
    assert set(ops) <= answered, f"not answered 2xx: {sorted(set(ops) - answered)}"
    assert all(c.documented for c in fake.calls), [c for c in fake.calls if not c.documented]
