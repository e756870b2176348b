"""Every operation both the official vastai 1.9.1 package and the SDK can call, as one call each.

Each :class:`Case` names the SDK operation, the official function (``api/<file>.py:<function>``
in the 1.9.1 wheel), that function called with the values its CLI command passes (same types:
the CLI parses ``--tail`` as a string, ``--sdate`` as a float...), and the SDK call a user
would write today for the same intent: keywords for every field the SDK has one for. Fields
the SDK has no keyword for are left out, so the table shows them as sent only by the official
package. The official functions that send the operation through a look-up first (update
template, accept price increase) are compared on their last request.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .recorder import KEY, Call, Recorder, official_api


@dataclass(frozen=True)
class Case:
    op: str
    """The SDK operation (a key of vast_sdk.OPERATIONS)."""
    source: str
    """The official function, as ``api/<file>.py:<function>``."""
    official: Callable[[Any], Any]
    """Called with the official package's VastClient."""
    sdk: Callable[[Any], Any]
    """Called with vast_sdk.Vast."""
    label: str = ""
    """Tells apart two cases of one operation (single vs list id...)."""
    via: str = "api"
    """"api": ``official`` takes ``vastai/api``'s VastClient; "serverless": it takes the
    package's serverless client (``vastai/serverless/client``) and returns a coroutine."""

    @property
    def key(self) -> str:
        return f"{self.op}[{self.label}]" if self.label else self.op


def _api(module: str) -> Any:
    return official_api(module)


def run_official(rec: Recorder, case: Case) -> Call:
    """The official side of ``case``, through the client it names."""
    return (
        rec.serverless(case.official) if case.via == "serverless" else rec.official(case.official)
    )


def _serverless_cases() -> list[Case]:
    """The package's serverless client (vastai/serverless/client/client.py), which reaches the
    console with aiohttp and its own request helper (connection.py:_make_request)."""
    import importlib

    data_ep = importlib.import_module("vastai.data.endpoint")
    data_wg = importlib.import_module("vastai.data.workergroup")
    ep_mod = importlib.import_module("vastai.serverless.client.endpoint")
    src = "serverless/client/client.py:"

    def endpoint(c: Any) -> Any:
        return ep_mod.Endpoint(client=c, name="ep", id=5, api_key="endpoint-key")

    return [
        Case(
            "show_endpoints",
            src + "get_endpoints",
            lambda c: c.get_endpoints(),
            lambda v: v.show_endpoints(),
            label="serverless",
            via="serverless",
        ),
        Case(
            "get_endpoint",
            src + "fetch_endpoint",
            lambda c: c.fetch_endpoint(5),
            lambda v: v.get_endpoint(id=5),
            label="serverless",
            via="serverless",
        ),
        Case(
            "create_endpoint",
            src + "create_endpoint",
            lambda c: c.create_endpoint(
                data_ep.EndpointConfig(endpoint_name="ep", cold_workers=0, max_workers=2)
            ),
            lambda v: v.create_endpoint(endpoint_name="ep", cold_workers=0, max_workers=2),
            label="serverless",
            via="serverless",
        ),
        Case(
            "delete_endpoint",
            src + "delete_endpoint",
            lambda c: c.delete_endpoint(5),
            lambda v: v.delete_endpoint(id=5),
            label="serverless",
            via="serverless",
        ),
        Case(
            "show_workergroups",
            src + "find_workergroup_for_endpoint",
            lambda c: c.find_workergroup_for_endpoint(5),
            lambda v: v.show_workergroups(),
            label="serverless",
            via="serverless",
        ),
        Case(
            "create_workergroup",
            src + "create_workergroup",
            lambda c: c.create_workergroup(
                data_wg.WorkergroupConfig(
                    search_params="gpu_ram>=20", endpoint_id=5, template_hash="abc123"
                )
            ),
            lambda v: v.create_workergroup(
                search_params="gpu_ram>=20", endpoint_id=5, template_hash="abc123"
            ),
            label="serverless",
            via="serverless",
        ),
        Case(
            "delete_workergroup",
            src + "delete_workergroup",
            lambda c: c.delete_workergroup(7),
            lambda v: v.delete_workergroup(id=7),
            label="serverless",
            via="serverless",
        ),
        Case(
            "update_workers",
            src + "update_workers",
            lambda c: c.update_workers(7),
            lambda v: v.update_workers(workergroup_id=7, api_key=KEY),
            label="serverless",
            via="serverless",
        ),
        Case(
            "get_endpoint_workers",
            src + "get_endpoint_workers",
            lambda c: c.get_endpoint_workers(endpoint(c)),
            lambda v: v.get_endpoint_workers(id=5),
            label="serverless",
            via="serverless",
        ),
        Case(
            "show_deployment",
            src + "fetch_deployment",
            lambda c: c.fetch_deployment(5),
            lambda v: v.show_deployment(id=5),
            label="serverless",
            via="serverless",
        ),
    ]


SSH = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJm0vN2SIrb5v3dBq9YpX1Q8kGQm4tEhvE5oRfw3c2M me@host"
SDATE = 1893456000.0
"""2030-01-01T00:00:00Z as the official CLI sends it (``--sdate`` is a float epoch)."""
SDATE_DT = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def _cases() -> list[Case]:
    inst, keys, st, teams = _api("instances"), _api("keys"), _api("storage"), _api("teams")
    mach, bill, ep, offers = _api("machines"), _api("billing"), _api("endpoints"), _api("offers")
    auth, cl, dep, met, pi = (
        _api("auth"),
        _api("clusters"),
        _api("deployments"),
        _api("metrics"),
        _api("price_increase"),
    )
    return [
        # ---------------------------------------------------------------- instances
        Case(
            "show_instances",
            "api/instances.py:show_instances",
            lambda c: inst.show_instances(c),
            lambda v: v.show_instances(
                select_filters={}, order_by=[{"col": "id", "dir": "asc"}], limit=25
            ),
        ),
        Case(
            "show_instances",
            "api/instances.py:show_instances_v1",
            lambda c: inst.show_instances_v1(c, {"select_cols": ["id", "label"], "limit": 5}),
            lambda v: v.show_instances(select_cols=["id", "label"], limit=5),
            label="select_cols",
        ),
        Case(
            "show_instance_filters",
            "api/instances.py:show_instance_filters",
            lambda c: inst.show_instance_filters(c),
            lambda v: v.show_instance_filters(),
        ),
        Case(
            "show_instance",
            "api/instances.py:show_instance",
            lambda c: inst.show_instance(c, 1234),
            lambda v: v.show_instance(id=1234),
        ),
        Case(
            "create_instance",
            "api/instances.py:create_instance",
            lambda c: inst.create_instance(
                c, 4321, image="pytorch/pytorch", disk=20, env={"A": "1"}, ssh=True, direct=True
            ),
            lambda v: v.create_instance(
                id=4321,
                image="pytorch/pytorch",
                disk=20,
                env={"A": "1"},
                runtype="ssh_direc ssh_proxy",
                python_utf8=False,
                lang_utf8=False,
                use_jupyter_lab=False,
                force=False,
                cancel_unavail=False,
            ),
        ),
        Case(
            "create_instance",
            "api/instances.py:create_instance",
            lambda c: inst.create_instance(c, 4321, template_hash="abc123", disk=20),
            lambda v: v.create_instance(
                id=4321,
                template_hash_id="abc123",
                disk=20,
                python_utf8=False,
                lang_utf8=False,
                use_jupyter_lab=False,
                force=False,
                cancel_unavail=False,
            ),
            label="template",
        ),
        Case(
            "create_instances",
            "api/instances.py:create_instance",
            lambda c: inst.create_instance(c, [4321, 4322], image="pytorch/pytorch", disk=20),
            lambda v: v.create_instances(),
        ),
        Case(
            "destroy_instance",
            "api/instances.py:destroy_instance",
            lambda c: inst.destroy_instance(c, 1234),
            lambda v: v.destroy_instance(id=1234),
        ),
        Case(
            "destroy_instances",
            "api/instances.py:destroy_instance",
            lambda c: inst.destroy_instance(c, [1234, 1235]),
            lambda v: v.destroy_instances(),
        ),
        Case(
            "manage_instance",
            "api/instances.py:start_instance",
            lambda c: inst.start_instance(c, 1234),
            lambda v: v.manage_instance(id=1234, state="running"),
            label="start",
        ),
        Case(
            "manage_instance",
            "api/instances.py:label_instance",
            lambda c: inst.label_instance(c, 1234, "web"),
            lambda v: v.manage_instance(id=1234, label="web"),
            label="label",
        ),
        Case(
            "manage_instances",
            "api/instances.py:stop_instance",
            lambda c: inst.stop_instance(c, [1234, 1235]),
            lambda v: v.manage_instances(ids=[1234, 1235], state="stopped"),
        ),
        Case(
            "reboot_instance",
            "api/instances.py:reboot_instance",
            lambda c: inst.reboot_instance(c, 1234),
            lambda v: v.reboot_instance(id=1234),
        ),
        Case(
            "recycle_instance",
            "api/instances.py:recycle_instance",
            lambda c: inst.recycle_instance(c, 1234),
            lambda v: v.recycle_instance(id=1234),
        ),
        Case(
            "prepay_instance",
            "api/instances.py:prepay_instance",
            lambda c: inst.prepay_instance(c, 1234, 25.0),
            lambda v: v.prepay_instance(id=1234, amount=25.0),
        ),
        Case(
            "change_bid",
            "api/instances.py:change_bid",
            lambda c: inst.change_bid(c, 1234, price=0.3),
            lambda v: v.change_bid(id=1234, price=0.3),
        ),
        Case(
            "change_bid",
            "api/instances.py:change_bid",
            lambda c: inst.change_bid(c, 1234),
            lambda v: v.change_bid(id=1234),
            label="no price",
        ),
        Case(
            "execute",
            "api/instances.py:execute",
            lambda c: inst.execute(c, 1234, "ls -l"),
            lambda v: v.execute(id=1234, command="ls -l"),
        ),
        Case(
            "show_logs",
            "api/instances.py:logs",
            lambda c: inst.logs(c, 1234, tail="100", filter="err", daemon_logs=True),
            lambda v: v.show_logs(id=1234, tail="100", filter="err", daemon_logs="true"),
        ),
        Case(
            "update_instance",
            "api/instances.py:update_instance",
            lambda c: inst.update_instance(
                c, 1234, template_hash_id="abc123", image="img:2", args="--x", env={"A": "1"}
            ),
            lambda v: v.update_instance(instance_id=1234, template_hash_id="abc123", image="img:2"),
        ),
        Case(
            "take_snapshot",
            "api/instances.py:take_snapshot",
            lambda c: inst.take_snapshot(c, 1234, repo="me/snap", docker_login_user="u"),
            lambda v: v.take_snapshot(
                instance_id=1234, personal_repo="me/snap", docker_login_user="u"
            ),
        ),
        Case(
            "show_pending_price_increases",
            "api/price_increase.py:list_pending",
            lambda c: pi.list_pending(c),
            lambda v: v.show_pending_price_increases(),
        ),
        Case(
            "accept_price_increase",
            "api/price_increase.py:accept",
            lambda c: pi.accept(c, 55),
            lambda v: v.accept_price_increase(pending_price_increase_id=55),
        ),
        Case(
            "reject_price_increase",
            "api/price_increase.py:reject",
            lambda c: pi.reject(c, 55),
            lambda v: v.reject_price_increase(pending_price_increase_id=55),
        ),
        # ---------------------------------------------------------------- ssh and api keys
        Case(
            "create_ssh_key",
            "api/keys.py:create_ssh_key",
            lambda c: keys.create_ssh_key(c, SSH),
            lambda v: v.create_ssh_key(ssh_key=SSH),
        ),
        Case(
            "show_ssh_keys",
            "api/keys.py:show_ssh_keys",
            lambda c: keys.show_ssh_keys(c),
            lambda v: v.show_ssh_keys(),
        ),
        Case(
            "update_ssh_key",
            "api/keys.py:update_ssh_key",
            lambda c: keys.update_ssh_key(c, 3, SSH),
            lambda v: v.update_ssh_key(id=3, ssh_key=SSH),
        ),
        Case(
            "delete_ssh_key",
            "api/keys.py:delete_ssh_key",
            lambda c: keys.delete_ssh_key(c, 3),
            lambda v: v.delete_ssh_key(id=3),
        ),
        Case(
            "attach_ssh_key",
            "api/keys.py:attach_ssh",
            lambda c: keys.attach_ssh(c, 1234, SSH),
            lambda v: v.attach_ssh_key(id=1234, ssh_key=SSH),
        ),
        Case(
            "detach_ssh_key",
            "api/keys.py:detach_ssh",
            lambda c: keys.detach_ssh(c, 1234, "3"),
            lambda v: v.detach_ssh_key(id=1234, ssh_key_id=3),
        ),
        Case(
            "create_api_key",
            "api/keys.py:create_api_key",
            lambda c: keys.create_api_key(
                c, "ci", permissions={"api": {}}, key_params='{"instance_id": 5}'
            ),
            lambda v: v.create_api_key(
                name="ci", permissions={"api": {}}, key_params='{"instance_id": 5}'
            ),
        ),
        Case(
            "show_api_key",
            "api/keys.py:show_api_key",
            lambda c: keys.show_api_key(c, 8),
            lambda v: v.show_api_key(id=8),
        ),
        Case(
            "show_api_keys",
            "api/keys.py:show_api_keys",
            lambda c: keys.show_api_keys(c),
            lambda v: v.show_api_keys(),
        ),
        Case(
            "delete_api_key",
            "api/keys.py:delete_api_key",
            lambda c: keys.delete_api_key(c, 8),
            lambda v: v.delete_api_key(id=8),
        ),
        Case(
            "reset_api_key",
            "api/keys.py:reset_api_key",
            lambda c: keys.reset_api_key(c),
            lambda v: v.reset_api_key(),
        ),
        # ---------------------------------------------------------------- copies and volumes
        Case(
            "copy",
            "api/storage.py:copy",
            lambda c: st.copy(c, "C.1234", "C.1235", "/workspace/", "/workspace/"),
            lambda v: v.copy(
                src_id="C.1234", dst_id="C.1235", src_path="/workspace/", dst_path="/workspace/"
            ),
        ),
        Case(
            "start_rsync_copy",
            "api/storage.py:copy",
            lambda c: st.copy(c, None, "C.1235", "data/", "/workspace/"),
            lambda v: v.start_rsync_copy(src_path="data/", dst_path="/workspace/"),
        ),
        Case(
            "cancel_copy",
            "api/storage.py:cancel_copy",
            lambda c: st.cancel_copy(c, "C.1235"),
            lambda v: v.cancel_copy(dst_id="C.1235"),
        ),
        Case(
            "cancel_sync",
            "api/storage.py:cancel_sync",
            lambda c: st.cancel_sync(c, 1235),
            lambda v: v.cancel_sync(dst_id=1235),
        ),
        Case(
            "cloud_copy",
            "api/storage.py:cloud_copy",
            lambda c: st.cloud_copy(
                c, "bucket/data", "/workspace", "1234", "77", "Cloud To Instance"
            ),
            lambda v: v.cloud_copy(
                src="bucket/data",
                dst="/workspace",
                instance_id="1234",
                selected="77",
                transfer="Cloud To Instance",
                flags=[],
            ),
        ),
        Case(
            "clone_volume",
            "api/storage.py:clone_volume",
            lambda c: st.clone_volume(c, 77, 78, size=20),
            lambda v: v.clone_volume(),
        ),
        Case(
            "show_volumes",
            "api/storage.py:show_volumes",
            lambda c: st.show_volumes(c, type="network"),
            lambda v: v.show_volumes(),
        ),
        Case(
            "show_instance_backups",
            "api/storage.py:show_instance_backups",
            lambda c: st.show_instance_backups(c, contract_id=1234),
            lambda v: v.show_instance_backups(contract_id=1234),
        ),
        Case(
            "show_instance_backup_files",
            "api/storage.py:instance_backup_files",
            lambda c: st.instance_backup_files(c, 1234),
            lambda v: v.show_instance_backup_files(contract_id=1234),
        ),
        Case(
            "rent_volume",
            "api/storage.py:create_volume",
            lambda c: st.create_volume(c, 99, size=20, name="data"),
            lambda v: v.rent_volume(id=99, size=20),
        ),
        Case(
            "delete_volume",
            "api/storage.py:delete_volume",
            lambda c: st.delete_volume(c, 77),
            lambda v: v.delete_volume(id=77),
        ),
        Case(
            "list_volume",
            "api/storage.py:list_volume",
            lambda c: st.list_volume(c, 42, size=100, price_disk=0.1, end_date=SDATE),
            lambda v: v.list_volume(machine=42),
        ),
        Case(
            "list_volume",
            "api/storage.py:list_volumes",
            lambda c: st.list_volumes(c, [42, 43], size=100, price_disk=0.1),
            lambda v: v.list_volume(machines=[42, 43]),
            label="many",
        ),
        Case(
            "unlist_volume",
            "api/storage.py:unlist_volume",
            lambda c: st.unlist_volume(c, 99),
            lambda v: v.unlist_volume(id=99),
        ),
        Case(
            "create_network_volume",
            "api/storage.py:create_network_volume",
            lambda c: st.create_network_volume(c, 99, size=20, name="data"),
            lambda v: v.create_network_volume(id=99, size=20, name="data"),
        ),
        Case(
            "list_network_volume",
            "api/storage.py:list_network_volume",
            lambda c: st.list_network_volume(c, 5, price_disk=0.2, size=100, end_date=SDATE),
            lambda v: v.list_network_volume(disk_id=5, price_disk=0.2, size=100, end_date=SDATE),
        ),
        Case(
            "unlist_network_volume",
            "api/storage.py:unlist_network_volume",
            lambda c: st.unlist_network_volume(c, 99),
            lambda v: v.unlist_network_volume(id=99),
        ),
        Case(
            "show_network_disks",
            "api/storage.py:show_network_disks",
            lambda c: st.show_network_disks(c),
            lambda v: v.show_network_disks(),
        ),
        Case(
            "add_network_disk",
            "api/storage.py:add_network_disk",
            lambda c: st.add_network_disk(c, [42, 43], "/mnt/nfs", disk_id=5),
            lambda v: v.add_network_disk(machine_ids=[42, 43], mount_point="/mnt/nfs", disk_id=5),
        ),
        Case(
            "show_connections",
            "api/storage.py:show_connections",
            lambda c: st.show_connections(c),
            lambda v: v.show_connections(),
        ),
        # ---------------------------------------------------------------- teams
        Case(
            "create_team",
            "api/teams.py:create_team",
            lambda c: teams.create_team(c, "lab", transfer_credit=5.0),
            lambda v: v.create_team(team_name="lab", transfer_credit=5.0),
        ),
        Case(
            "destroy_team",
            "api/teams.py:destroy_team",
            lambda c: teams.destroy_team(c),
            lambda v: v.destroy_team(),
        ),
        Case(
            "show_team_members",
            "api/teams.py:show_members",
            lambda c: teams.show_members(c),
            lambda v: v.show_team_members(),
        ),
        Case(
            "invite_team_member",
            "api/teams.py:invite_member",
            lambda c: teams.invite_member(c, "a@example.com", "member"),
            lambda v: v.invite_team_member(email="a@example.com", role="member"),
        ),
        Case(
            "remove_team_member",
            "api/teams.py:remove_member",
            lambda c: teams.remove_member(c, 12),
            lambda v: v.remove_team_member(id=12),
        ),
        Case(
            "create_team_role",
            "api/teams.py:create_team_role",
            lambda c: teams.create_team_role(c, "ops", {"api": {}}),
            lambda v: v.create_team_role(name="ops", permissions={"api": {}}),
        ),
        Case(
            "show_team_role",
            "api/teams.py:show_team_role",
            lambda c: teams.show_team_role(c, "ops"),
            lambda v: v.show_team_role(id="ops"),
        ),
        Case(
            "show_team_roles",
            "api/teams.py:show_team_roles",
            lambda c: teams.show_team_roles(c),
            lambda v: v.show_team_roles(),
        ),
        Case(
            "update_team_role",
            "api/teams.py:update_team_role",
            lambda c: teams.update_team_role(c, 6, name="ops2", permissions={"api": {}}),
            lambda v: v.update_team_role(id=6, name="ops2", permissions={"api": {}}),
        ),
        Case(
            "remove_team_role",
            "api/teams.py:remove_team_role",
            lambda c: teams.remove_team_role(c, "ops"),
            lambda v: v.remove_team_role(name="ops"),
        ),
        Case(
            "transfer_credit",
            "api/teams.py:transfer_credit",
            lambda c: teams.transfer_credit(c, "b@example.com", 10.0),
            lambda v: v.transfer_credit(recipient="b@example.com", amount=10.0),
        ),
        # ---------------------------------------------------------------- hosting
        Case(
            "show_machine",
            "api/machines.py:show_machine",
            lambda c: mach.show_machine(c, 42),
            lambda v: v.show_machine(id=42),
        ),
        Case(
            "show_machines",
            "api/machines.py:show_machines",
            lambda c: mach.show_machines(c),
            lambda v: v.show_machines(user_id="me"),
        ),
        Case(
            "show_maints",
            "api/machines.py:show_maints",
            lambda c: mach.show_maints(c, [42, 43]),
            lambda v: v.show_maints(),
        ),
        Case(
            "list_machine",
            "api/machines.py:list_machine",
            lambda c: mach.list_machine(
                c,
                42,
                price_gpu=0.5,
                price_disk=0.1,
                price_inetu=0.01,
                price_inetd=0.01,
                price_min_bid=0.2,
                min_chunk=1,
                end_date=SDATE,
                discount_rate=0.3,
                duration="3 months",
                vol_size=100,
                vol_price=0.1,
            ),
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
            ),
        ),
        Case(
            "unlist_machine",
            "api/machines.py:unlist_machine",
            lambda c: mach.unlist_machine(c, 42),
            lambda v: v.unlist_machine(machine_id=42),
        ),
        Case(
            "cancel_maint",
            "api/machines.py:cancel_maint",
            lambda c: mach.cancel_maint(c, 42),
            lambda v: v.cancel_maint(machine_id=42),
        ),
        Case(
            "schedule_maint",
            "api/machines.py:schedule_maint",
            lambda c: mach.schedule_maint(
                c, 42, sdate=SDATE, duration=2.0, maintenance_category="power"
            ),
            lambda v: v.schedule_maint(
                machine_id=42, sdate=SDATE_DT, duration=2, maintenance_category="power"
            ),
        ),
        Case(
            "cleanup_machine",
            "api/machines.py:cleanup_machine",
            lambda c: mach.cleanup_machine(c, 42),
            lambda v: v.cleanup_machine(machine_id=42),
        ),
        Case(
            "defrag_machines",
            "api/machines.py:defrag_machines",
            lambda c: mach.defrag_machines(c, [42, 43]),
            lambda v: v.defrag_machines(machine_ids=[42, 43]),
        ),
        Case(
            "delete_machine",
            "api/machines.py:delete_machine",
            lambda c: mach.delete_machine(c, 42),
            lambda v: v.delete_machine(machine_id=42),
        ),
        Case(
            "show_reports",
            "api/machines.py:reports",
            lambda c: mach.reports(c, 42),
            lambda v: v.show_reports(machine_id=42),
        ),
        Case(
            "set_defjob",
            "api/machines.py:set_defjob",
            lambda c: mach.set_defjob(
                c, 42, price_gpu=0.1, price_inetu=0.01, price_inetd=0.01, image="img", args=["a"]
            ),
            lambda v: v.set_defjob(
                machine=42,
                price_gpu=0.1,
                price_inetu=0.01,
                price_inetd=0.01,
                image="img",
                args=["a"],
            ),
        ),
        Case(
            "remove_defjob",
            "api/machines.py:remove_defjob",
            lambda c: mach.remove_defjob(c, 42),
            lambda v: v.remove_defjob(machine_id=42),
        ),
        Case(
            "set_min_bid",
            "api/machines.py:set_min_bid",
            lambda c: mach.set_min_bid(c, 42, price=0.2),
            lambda v: v.set_min_bid(machine_id=42, price=0.2),
        ),
        # ---------------------------------------------------------------- billing and account
        Case(
            "show_invoices_v0",
            "api/billing.py:show_invoices",
            lambda c: bill.show_invoices(c, start_date="2030-01-01", end_date="2030-01-02"),
            lambda v: v.show_invoices_v0(
                user_id="me",
                sdate="2030-01-01T00:00:00+00:00",
                edate="2030-01-02T00:00:00+00:00",
                inc_charges=True,
            ),
        ),
        Case(
            "show_invoices",
            "api/billing.py:show_invoices_v1",
            lambda c: bill.show_invoices_v1(
                c, {"start_date": 1893456000, "end_date": 1893542400, "limit": 20}
            ),
            lambda v: v.show_invoices(
                select_filters={"when": {"gte": 1893456000, "lte": 1893542400}},
                latest_first=False,
                limit=20,
            ),
        ),
        Case(
            "show_invoices",
            "api/billing.py:show_invoices_v1",
            lambda c: bill.show_invoices_v1(
                c, {"start_date": 1893456000, "end_date": 1893542400, "limit": 20}
            ),
            lambda v: v.show_invoices(
                select_filters={"when": {"gte": SDATE_DT, "lte": SDATE_DT + dt.timedelta(days=1)}},
                latest_first=False,
                limit=20,
            ),
            label="datetime",
        ),
        Case(
            "show_charges",
            "api/billing.py:show_invoices_v1",
            lambda c: bill.show_invoices_v1(
                c, {"charges": True, "start_date": 1893456000, "end_date": 1893542400}
            ),
            lambda v: v.show_charges(
                select_filters={"day": {"gte": 1893456000, "lte": 1893542400}},
                latest_first=False,
                limit=20,
                format="table",
            ),
        ),
        Case(
            "show_earnings",
            "api/billing.py:show_earnings",
            lambda c: bill.show_earnings(
                c, start_date="2030-01-01", end_date="2030-01-02", machine_id=42
            ),
            lambda v: v.show_earnings(user_id="me", sday=21915, eday=21916, machid=42),
        ),
        Case(
            "show_deposit",
            "api/billing.py:show_deposit",
            lambda c: bill.show_deposit(c, 1234),
            lambda v: v.show_deposit(id=1234),
        ),
        Case(
            "show_user",
            "api/billing.py:show_user",
            lambda c: bill.show_user(c),
            lambda v: v.show_user(),
        ),
        Case(
            "set_user",
            "api/billing.py:set_user",
            lambda c: bill.set_user(c, {"username": "me2"}),
            lambda v: v.set_user(username="me2"),
        ),
        Case(
            "show_subaccounts",
            "api/billing.py:show_subaccounts",
            lambda c: bill.show_subaccounts(c),
            lambda v: v.show_subaccounts(),
        ),
        Case(
            "create_subaccount",
            "api/billing.py:create_subaccount",
            lambda c: bill.create_subaccount(c, "s@example.com", "sub", "pw", host_only=False),
            lambda v: v.create_subaccount(
                email="s@example.com", username="sub", password="pw", host_only=False
            ),
        ),
        Case(
            "fetch_contracts",
            "api/billing.py:fetch_contracts",
            lambda c: bill.fetch_contracts(c, label="web", contract_ids=[1234]),
            lambda v: v.fetch_contracts(label="web", contract_ids=[1234]),
        ),
        Case(
            "show_ipaddrs",
            "api/billing.py:show_ipaddrs",
            lambda c: bill.show_ipaddrs(c),
            lambda v: v.show_ipaddrs(user_id="me"),
        ),
        # ---------------------------------------------------------------- serverless
        Case(
            "show_endpoints",
            "api/endpoints.py:show_endpoints",
            lambda c: ep.show_endpoints(c),
            lambda v: v.show_endpoints(),
        ),
        Case(
            "create_endpoint",
            "api/endpoints.py:create_endpoint",
            lambda c: ep.create_endpoint(c, endpoint_name="ep", cold_workers=0, max_workers=2),
            lambda v: v.create_endpoint(
                endpoint_name="ep",
                min_load=0.0,
                target_util=0.9,
                cold_mult=2.5,
                cold_workers=0,
                max_workers=2,
            ),
        ),
        Case(
            "update_endpoint",
            "api/endpoints.py:update_endpoint",
            lambda c: ep.update_endpoint(c, 5, max_workers=3),
            lambda v: v.update_endpoint(id=5, max_workers=3),
        ),
        Case(
            "delete_endpoint",
            "api/endpoints.py:delete_endpoint",
            lambda c: ep.delete_endpoint(c, 5),
            lambda v: v.delete_endpoint(id=5),
        ),
        Case(
            "get_endpoint_logs",
            "api/endpoints.py:get_endpt_logs",
            lambda c: ep.get_endpt_logs(c, 5, tail=100),
            lambda v: v.get_endpoint_logs(endpoint="ep", tail=100),
        ),
        Case(
            "show_workergroups",
            "api/endpoints.py:show_workergroups",
            lambda c: ep.show_workergroups(c),
            lambda v: v.show_workergroups(),
        ),
        Case(
            "show_autojobs",
            "api/endpoints.py:show_workergroups",
            lambda c: ep.show_workergroups(c),
            lambda v: v.show_autojobs(),
        ),
        Case(
            "create_workergroup",
            "api/endpoints.py:create_workergroup",
            lambda c: ep.create_workergroup(
                c, template_hash="abc123", endpoint_id=5, search_params="gpu_ram>=20"
            ),
            lambda v: v.create_workergroup(
                template_hash="abc123",
                endpoint_id=5,
                search_params="gpu_ram>=20 verified=True rentable=True rented=False",
            ),
        ),
        Case(
            "create_autojob",
            "api/endpoints.py:create_workergroup",
            lambda c: ep.create_workergroup(
                c, template_hash="abc123", endpoint_id=5, search_params="gpu_ram>=20"
            ),
            lambda v: v.create_autojob(
                template_hash="abc123",
                endpoint_id=5,
                search_params="gpu_ram>=20 verified=True rentable=True rented=False",
                autoscaler_instance="prod",
            ),
        ),
        Case(
            "update_workergroup",
            "api/endpoints.py:update_workergroup",
            lambda c: ep.update_workergroup(c, 7, template_hash="abc123", no_default=True),
            lambda v: v.update_workergroup(id=7, template_hash="abc123", search_params=""),
        ),
        Case(
            "update_autojob",
            "api/endpoints.py:update_workergroup",
            lambda c: ep.update_workergroup(c, 7, template_hash="abc123", no_default=True),
            lambda v: v.update_autojob(id=7, template_hash="abc123", search_params=""),
        ),
        Case(
            "delete_workergroup",
            "api/endpoints.py:delete_workergroup",
            lambda c: ep.delete_workergroup(c, 7),
            lambda v: v.delete_workergroup(id=7),
        ),
        Case(
            "delete_autojob",
            "api/endpoints.py:delete_workergroup",
            lambda c: ep.delete_workergroup(c, 7),
            lambda v: v.delete_autojob(id=7),
        ),
        Case(
            "get_wrkgrp_logs",
            "api/endpoints.py:get_wrkgrp_logs",
            lambda c: ep.get_wrkgrp_logs(c, 7, tail=100),
            lambda v: v.get_wrkgrp_logs(id=7, tail=100),
        ),
        Case(
            "get_endpoint_workers",
            "api/endpoints.py:get_endpoint_workers",
            lambda c: ep.get_endpoint_workers(c, 5),
            lambda v: v.get_endpoint_workers(id=5),
        ),
        Case(
            "update_workers",
            "api/endpoints.py:update_workers",
            lambda c: ep.update_workers(c, 7, cancel=True),
            lambda v: v.update_workers(workergroup_id=7, cancel_update=True),
        ),
        # ---------------------------------------------------------------- search
        Case(
            "search_offers",
            "api/offers.py:search_offers",
            lambda c: offers.search_offers(c, {"num_gpus": {"eq": 1}}, limit=5),
            lambda v: v.search_offers(
                verified={"eq": True},
                rentable={"eq": True},
                rented={"eq": False},
                num_gpus={"eq": 1},
                order=[["score", "desc"]],
                type="on-demand",
                limit=5,
                allocated_storage=5.0,
            ),
        ),
        Case(
            "search_offers_new",
            "api/offers.py:search_offers_new",
            lambda c: offers.search_offers_new(c, {"num_gpus": {"eq": 1}}, no_default=True),
            lambda v: v.search_offers_new(
                select_cols=["*"],
                q={
                    "num_gpus": {"eq": 1},
                    "order": [["score", "desc"]],
                    "type": "on-demand",
                    "allocated_storage": 5.0,
                },
            ),
        ),
        Case(
            "search_templates",
            "api/offers.py:search_templates",
            lambda c: offers.search_templates(c, {"name": {"eq": "x"}}),
            lambda v: v.search_templates(select_filters={"name": {"eq": "x"}}),
        ),
        Case(
            "search_benchmarks",
            "api/offers.py:search_benchmarks",
            lambda c: offers.search_benchmarks(c, {"gpu_name": {"eq": "RTX 4090"}}, limit=10),
            lambda v: v.search_benchmarks(),
        ),
        Case(
            "search_volumes",
            "api/offers.py:search_volumes",
            lambda c: offers.search_volumes(c, {"disk_space": {"gte": 50}}, no_default=True),
            lambda v: v.search_volumes(
                q={
                    "disk_space": {"gte": 50},
                    "order": [["score", "desc"]],
                    "allocated_storage": 1.0,
                }
            ),
        ),
        Case(
            "search_network_volumes",
            "api/offers.py:search_network_volumes",
            lambda c: offers.search_network_volumes(
                c, {"disk_space": {"gte": 50}}, no_default=True
            ),
            lambda v: v.search_network_volumes(
                q={
                    "disk_space": {"gte": 50},
                    "order": [["score", "desc"]],
                    "allocated_storage": 1.0,
                }
            ),
        ),
        Case(
            "search_invoices",
            "api/offers.py:search_invoices",
            lambda c: offers.search_invoices(c, {"amount": {"gt": 5}}),
            lambda v: v.search_invoices(select_filters={"amount": {"gt": 5}}),
        ),
        Case(
            "create_template",
            "api/offers.py:create_template",
            lambda c: offers.create_template(
                c, name="t", image="img", env="-e A=1 -p 8080:8080", runtype="ssh", use_ssh=True
            ),
            lambda v: v.create_template(
                name="t",
                image="img",
                env="-e A=1 -p 8080:8080",
                runtype="ssh",
                jup_direct=False,
                ssh_direct=False,
                use_jupyter_lab=False,
                extra_filters={},
            ),
        ),
        Case(
            "update_template",
            "api/offers.py:update_template",
            lambda c: offers.update_template(c, "abc", name="t2", image="img"),
            lambda v: v.update_template(hash_id="abc", id=9, name="t2", image="img"),
        ),
        Case(
            "delete_template",
            "api/offers.py:delete_template",
            lambda c: offers.delete_template(c, hash_id="abc"),
            lambda v: v.delete_template(body={"hash_id": "abc"}),
            label="hash_id",
        ),
        Case(
            "delete_template",
            "api/offers.py:delete_template",
            lambda c: offers.delete_template(c, template_id=9),
            lambda v: v.delete_template(template_id=9),
        ),
        Case(
            "launch_instance",
            "api/offers.py:launch_instance",
            lambda c: offers.launch_instance(c, "RTX_4090", "1", "pytorch/pytorch", ssh=True),
            lambda v: v.launch_instance(),
        ),
        # ---------------------------------------------------------------- clusters and overlays
        Case(
            "show_clusters",
            "api/clusters.py:show_clusters",
            lambda c: cl.show_clusters(c),
            lambda v: v.show_clusters(),
        ),
        Case(
            "create_cluster",
            "api/clusters.py:create_cluster",
            lambda c: cl.create_cluster(c, "10.0.0.0/24", 42),
            lambda v: v.create_cluster(subnet="10.0.0.0/24", manager_id=42),
        ),
        Case(
            "delete_cluster",
            "api/clusters.py:delete_cluster",
            lambda c: cl.delete_cluster(c, 3),
            lambda v: v.delete_cluster(cluster_id=3),
        ),
        Case(
            "join_cluster",
            "api/clusters.py:join_cluster",
            lambda c: cl.join_cluster(c, 3, [42, 43]),
            lambda v: v.join_cluster(cluster_id=3, machine_ids=[42, 43]),
        ),
        Case(
            "remove_machine_from_cluster",
            "api/clusters.py:remove_machine_from_cluster",
            lambda c: cl.remove_machine_from_cluster(c, 3, 43, new_manager_id=42),
            lambda v: v.remove_machine_from_cluster(cluster_id=3, machine_id=43, new_manager_id=42),
        ),
        Case(
            "show_overlays",
            "api/clusters.py:show_overlays",
            lambda c: cl.show_overlays(c),
            lambda v: v.show_overlays(),
        ),
        Case(
            "create_overlay",
            "api/clusters.py:create_overlay",
            lambda c: cl.create_overlay(c, 3, "net"),
            lambda v: v.create_overlay(cluster_id=3, name="net"),
        ),
        Case(
            "delete_overlay",
            "api/clusters.py:delete_overlay",
            lambda c: cl.delete_overlay(c, "net"),
            lambda v: v.delete_overlay(overlay_name="net"),
        ),
        Case(
            "join_overlay",
            "api/clusters.py:join_overlay",
            lambda c: cl.join_overlay(c, "net", 1234),
            lambda v: v.join_overlay(name="net", instance_id=1234),
        ),
        # ---------------------------------------------------------------- deployments
        Case(
            "show_deployments",
            "api/deployments.py:show_deployments",
            lambda c: dep.show_deployments(c),
            lambda v: v.show_deployments(),
        ),
        Case(
            "show_deployment",
            "api/deployments.py:show_deployment",
            lambda c: dep.show_deployment(c, 5),
            lambda v: v.show_deployment(id=5),
        ),
        Case(
            "show_deployment_versions",
            "api/deployments.py:show_deployment_versions",
            lambda c: dep.show_deployment_versions(c, 5),
            lambda v: v.show_deployment_versions(id=5),
        ),
        Case(
            "delete_deployment",
            "api/deployments.py:delete_deployment",
            lambda c: dep.delete_deployment(c, 5),
            lambda v: v.delete_deployment(id=5),
        ),
        Case(
            "stop_deployment",
            "api/deployments.py:stop_deployment",
            lambda c: dep.stop_deployment(c, 5),
            lambda v: v.stop_deployment(id=5),
        ),
        Case(
            "start_deployment",
            "api/deployments.py:start_deployment",
            lambda c: dep.start_deployment(c, 5),
            lambda v: v.start_deployment(id=5),
        ),
        Case(
            "delete_deployment_by_name",
            "api/deployments.py:delete_deployment_by_name",
            lambda c: dep.delete_deployment_by_name(c, "app", tag="v1"),
            lambda v: v.delete_deployment_by_name(name="app", tag="v1"),
        ),
        # ---------------------------------------------------------------- metrics
        Case(
            "show_gpu_metrics",
            "api/metrics.py:gpu_current",
            lambda c: met.gpu_current(c),
            lambda v: v.show_gpu_metrics(verified="all", hosting_type="all", num_gpus="all"),
        ),
        Case(
            "show_gpu_trends",
            "api/metrics.py:gpu_history",
            lambda c: met.gpu_history(c, "RTX_4090", start=1893456000, end=1893542400, step=3600),
            lambda v: v.show_gpu_trends(
                gpu_name="RTX_4090",
                verified="all",
                hosting_type="all",
                num_gpus="all",
                start=1893456000,
                end=1893542400,
                step=3600,
            ),
        ),
        Case(
            "show_gpu_locations",
            "api/metrics.py:gpu_locations",
            lambda c: met.gpu_locations(c),
            lambda v: v.show_gpu_locations(),
        ),
        # ---------------------------------------------------------------- env vars, jobs, audit
        Case(
            "show_audit_logs",
            "api/auth.py:show_audit_logs",
            lambda c: auth.show_audit_logs(c),
            lambda v: v.show_audit_logs(),
        ),
        Case(
            "show_env_vars",
            "api/auth.py:show_env_vars",
            lambda c: auth.show_env_vars(c),
            lambda v: v.show_env_vars(),
        ),
        Case(
            "create_env_var",
            "api/auth.py:create_env_var",
            lambda c: auth.create_env_var(c, "HF_TOKEN", "x"),
            lambda v: v.create_env_var(key="HF_TOKEN", value="x"),
        ),
        Case(
            "update_env_var",
            "api/auth.py:update_env_var",
            lambda c: auth.update_env_var(c, "HF_TOKEN", "y"),
            lambda v: v.update_env_var(key="HF_TOKEN", value="y"),
        ),
        Case(
            "delete_env_var",
            "api/auth.py:delete_env_var",
            lambda c: auth.delete_env_var(c, "HF_TOKEN"),
            lambda v: v.delete_env_var(key="HF_TOKEN"),
        ),
        Case(
            "show_scheduled_jobs",
            "api/auth.py:show_scheduled_jobs",
            lambda c: auth.show_scheduled_jobs(c),
            lambda v: v.show_scheduled_jobs(),
        ),
        Case(
            "create_scheduled_job",
            "api/auth.py:create_scheduled_job",
            lambda c: auth.create_scheduled_job(
                c,
                SDATE,
                SDATE + 86400,
                "/api/v0/instances/1234/",
                "PUT",
                {"state": "stopped"},
                "DAILY",
                1234,
                hour_of_the_day=3,
            ),
            lambda v: v.create_scheduled_job(),
        ),
        Case(
            "update_scheduled_job",
            "api/auth.py:update_scheduled_job",
            lambda c: auth.update_scheduled_job(c, 8, {"state": "running"}, frequency="HOURLY"),
            lambda v: v.update_scheduled_job(id=8),
        ),
        Case(
            "delete_scheduled_job",
            "api/auth.py:delete_scheduled_job",
            lambda c: auth.delete_scheduled_job(c, 8),
            lambda v: v.delete_scheduled_job(id=8),
        ),
        # ---------------------------------------------------------------- two-factor
        Case(
            "tfa_status",
            "api/auth.py:tfa_status",
            lambda c: auth.tfa_status(c),
            lambda v: v.tfa_status(),
        ),
        Case(
            "tfa_totp_setup",
            "api/auth.py:tfa_totp_setup",
            lambda c: auth.tfa_totp_setup(c),
            lambda v: v.tfa_totp_setup(),
        ),
        Case(
            "tfa_activate",
            "api/auth.py:tfa_activate",
            lambda c: auth.tfa_activate(c, "123456", "sec", label="phone"),
            lambda v: v.tfa_activate(code="123456", secret="sec", tfa_method="totp", label="phone"),
        ),
        Case(
            "tfa_login",
            "api/auth.py:tfa_login",
            lambda c: auth.tfa_login(c, code="123456", method_type="totp"),
            lambda v: v.tfa_login(code="123456", tfa_method="totp"),
        ),
        Case(
            "tfa_delete",
            "api/auth.py:tfa_delete",
            lambda c: auth.tfa_delete(c, code="123456", method_type="totp", id_to_delete=4),
            lambda v: v.tfa_delete(code="123456", tfa_method="totp", target_id=4),
        ),
        Case(
            "tfa_send_sms",
            "api/auth.py:tfa_send_sms",
            lambda c: auth.tfa_send_sms(c, phone_number="+15550100"),
            lambda v: v.tfa_send_sms(phone_number="+15550100"),
        ),
        Case(
            "tfa_resend_sms",
            "api/auth.py:tfa_resend_sms",
            lambda c: auth.tfa_resend_sms(c, "sec", phone_number="+15550100"),
            lambda v: v.tfa_resend_sms(secret="sec", phone_number="+15550100"),
        ),
        Case(
            "tfa_regen_codes",
            "api/auth.py:tfa_regen_codes",
            lambda c: auth.tfa_regen_codes(c, code="123456", method_type="totp"),
            lambda v: v.tfa_regen_codes(code="123456", tfa_method="totp"),
        ),
        Case(
            "tfa_update",
            "api/auth.py:tfa_update",
            lambda c: auth.tfa_update(c, 4, label="work", set_primary=True),
            lambda v: v.tfa_update(tfa_method_id=4, label="work", is_primary=True),
        ),
        Case(
            "tfa_auth_new",
            "api/auth.py:tfa_auth_new",
            lambda c: auth.tfa_auth_new(c, method_type="email"),
            lambda v: v.tfa_auth_new(tfa_method="email"),
        ),
        Case(
            "tfa_auth_new_verify",
            "api/auth.py:tfa_auth_new",
            lambda c: auth.tfa_auth_new(c, code="123456", secret="sec"),
            lambda v: v.tfa_auth_new_verify(code="123456", secret="sec"),
        ),
        Case(
            "tfa_send_email",
            "api/auth.py:tfa_send_email",
            lambda c: auth.tfa_send_email(c),
            lambda v: v.tfa_send_email(),
        ),
    ]


_CACHE: list[Case] = []


def _cli_util(function: str) -> Callable[[Any], Any]:
    """The official CLI's own GPU catalogue readers (``cli/util.py``), which GET a production
    URL of their own (``server_url_default``) without a key: aimed at the client's URL (the
    recorder) with their day-long cache in a temporary directory."""
    import importlib
    import tempfile
    from unittest import mock

    def call(client: Any) -> Any:
        with tempfile.TemporaryDirectory(prefix="vastai-cache-") as tmp:
            saved = os.environ.get("HOME")
            os.environ["HOME"] = tmp  # the CLI's folders are made under HOME when it loads
            try:
                util = importlib.import_module("vastai.cli.util")
            finally:
                if saved is None:
                    os.environ.pop("HOME", None)
                else:
                    os.environ["HOME"] = saved
            with (
                mock.patch.object(util, "server_url_default", client.server_url),
                mock.patch.object(util, "CACHE_FILE", f"{tmp}/gpu_names.json"),
                mock.patch.object(util, "GPU_TYPES_CACHE_FILE", f"{tmp}/gpu_types.json"),
            ):
                return getattr(util, function)()

    return call


def _cli_cases() -> list[Case]:
    """The routes the CLI reads itself, outside ``vastai/api`` (its GPU catalogue)."""
    return [
        Case(
            "show_gpu_names",
            "cli/util.py:_get_gpu_names",
            _cli_util("_get_gpu_names"),
            lambda v: v.show_gpu_names(),
        ),
        Case(
            "show_gpu_types",
            "cli/util.py:_get_gpu_types",
            _cli_util("_get_gpu_types"),
            lambda v: v.show_gpu_types(),
        ),
    ]


def cases() -> list[Case]:
    """Every case (the official modules are imported on first use)."""
    if not _CACHE:
        _CACHE.extend(_cases() + _serverless_cases() + _cli_cases())
    return _CACHE


__all__ = ["KEY", "SDATE", "SDATE_DT", "SSH", "Case", "cases", "run_official"]
