"""Instances: create from an offer, the loading -> running lifecycle, manage, SSH keys, copies."""

from __future__ import annotations

import json
from typing import Any

from .._base import Call, Reply, fail, handles, ok, reject
from .._container import log_lines, run_command, select, writeable_path
from .._results import put_result
from .._state import Row, State, hex_token, public
from .account import add_ssh_key, valid_ssh_key

RESTART_SECONDS = 10.0
"""Fake seconds a start or reboot takes (a create or recycle takes ``boot_seconds``)."""

_OFFER_ONLY = ("ask_contract_id", "rented", "rn", "gpu_ids", "expected_reliability")
"""Offer fields an instance does not carry (it inherits every other one from its offer)."""


def find(s: State, instance_id: int, status: int = 404, error: str = "no_such_instance") -> Row:
    """The caller's instance, or a Reject with the operation's documented error."""
    inst = s.instances.get(instance_id)
    if inst is None:
        msg = "Instance not found." if status == 404 else "invalid instance_id"
        raise reject(status, error, msg)
    return inst


def actual_status(s: State, inst: Row) -> str:
    """What the container is doing now, derived from the clock: loading, running or exited
    (or what ``FakeVast.fail_instance`` forced: exited, offline, unknown...)."""
    if inst.get("_forced"):
        return str(inst["_forced"][0])
    if inst["_intended"] == "stopped":
        return "exited"
    return "loading" if s.now() < inst["_ready_at"] else "running"


def render(s: State, inst: Row) -> Row:
    """An instance row as show instance and show instances return it."""
    status = actual_status(s, inst)
    row = public(inst)
    env = inst["_env"]
    ports = sorted(inst["_ports"])
    msgs = {
        "loading": f"Pulling image {inst['image_uuid']}",
        "running": f"success, running {inst['image_uuid']}",
        "exited": "Stopped by user.",
    }
    row.update(
        actual_status=status,
        cur_state="stopped" if inst["_intended"] == "stopped" else "running",
        next_state=inst["_intended"],
        intended_status=inst["_intended"],
        status_msg=inst["_forced"][1] if inst.get("_forced") else msgs.get(status, status),
        uptime_mins=round((s.now() - inst["_ready_at"]) / 60, 2) if status == "running" else None,
        gpu_util=0.93 if status == "running" else 0.0,
        cpu_util=0.12 if status == "running" else 0.0,
        duration=inst["end_date"] - s.now(),
        credit_balance=s.balance(),
        client_run_time=round(max(0.0, s.now() - inst["start_date"]), 1),
    )
    row["extra_env"] = [[k, v] for k, v in env.items()]
    row["ports"] = {
        f"{p}/tcp": [{"HostIp": "0.0.0.0", "HostPort": str(inst["ssh_port"] + n)}]
        for n, p in enumerate(ports)
    }
    return row


def _price(inst: Row) -> None:
    inst["storage_total_cost"] = round(inst["storage_cost"] * inst["disk_space"] / 730, 6)
    inst["dph_total"] = round(inst["dph_base"] + inst["storage_total_cost"], 6)


@handles("create_instance")
def create_instance(s: State, c: Call) -> Reply:
    ask_id = c.path["id"]
    offer = s.offers.get(ask_id)
    if offer is None:
        msg = f"error 404/3603: no_such_ask Instance type by id {ask_id} is not available."
        return fail(404, "no_such_ask", msg, ask_id=ask_id)
    if offer["rented"] or not offer["rentable"]:
        msg = f"error 410/3907: no_such_ask Instance type {ask_id} is no longer available."
        return fail(410, "no_such_ask", msg, ask_id=ask_id)
    template = None
    if c.field("template_id") is not None or c.field("template_hash_id"):
        template = next(
            (
                t
                for t in s.templates.values()
                if t["id"] == c.field("template_id") or t["hash_id"] == c.field("template_hash_id")
            ),
            None,
        )
        if template is None:
            return fail(400, "invalid_args", "error 400/3461: No such template.", ask_id=ask_id)
    disk = float(c.field("disk", 10.0))
    if not 1 <= disk <= offer["disk_space"]:
        msg = f"error 400/3467: Invalid args: disk must be between 1 and {offer['disk_space']} GB"
        return fail(400, "invalid_args", msg, ask_id=ask_id)
    price = c.field("price")
    if price is not None and price < offer["min_bid"]:
        msg = f"error 400/3468: Bid price {price} is below the minimum {offer['min_bid']}."
        return fail(400, "invalid_args", msg, ask_id=ask_id)
    now = s.now()
    iid = s.next_id("instances", 24_000_000)
    env = {str(k): str(v) for k, v in (c.field("env") or {}).items()}
    inst: Row = {k: v for k, v in offer.items() if k not in _OFFER_ONLY}
    inst.update(
        id=iid,
        label=c.field("label"),
        image_uuid=c.field("image"),
        image_args=list(c.field("args") or []),
        image_runtype=c.field("runtype") or (template["runtype"] if template else "ssh"),
        onstart=c.field("onstart"),
        template_id=template["id"] if template else None,
        template_hash_id=template["hash_id"] if template else None,
        template_name=template["name"] if template else None,
        jupyter_token=hex_token(s.rng, 256),
        ssh_idx=str(iid % 10),
        ssh_host=f"ssh{iid % 10}.vast.ai",
        ssh_port=10_000 + iid % 50_000,
        machine_dir_ssh_port=40_000 + iid % 20_000,
        local_ipaddrs="10.0.0.5 172.17.0.1 \n",
        direct_port_start=-1,
        direct_port_end=-1,
        start_date=now,
        end_date=offer["end_date"],
        gpu_totalram=offer["gpu_ram"],
        gpu_temp=41.0,
        disk_space=disk,
        disk_util=0.0,
        disk_usage=0.0,
        mem_limit=None,
        mem_usage=None,
        vmem_usage=None,
        is_bid=price is not None,
        credit_discount=None,
        host_run_time=offer["duration"],
        dlperf_per_dphtotal=None,
        flops_per_dphtotal=None,
        score=None,
        search={"gpuCostPerHour": offer["dph_base"], "diskHour": 0.0},
        instance={"gpuCostPerHour": offer["dph_base"], "diskHour": 0.0},
        vram_costperhour=offer["vram_costperhour"],
        _offer=ask_id,
        _intended=c.field("target_state") or "running",
        _ready_at=now + s.boot_seconds,
        _env=env,
        _ports=[22, 8080] if "jupyter" not in (c.field("runtype") or "") else [22, 8080, 8888],
        _ssh_keys=[],
        _cost=0.0,
        _rate_since=now,
        _credit=0.0,
    )
    if price is not None:
        inst["dph_base"] = float(price)
    _price(inst)
    inst["dlperf_per_dphtotal"] = round(inst["dlperf"] / inst["dph_total"], 3)
    inst["flops_per_dphtotal"] = round(inst["total_flops"] / inst["dph_total"], 3)
    s.instances[iid] = inst
    offer["rented"] = True
    return ok({"success": True, "new_contract": iid})


@handles("show_instances_v0")
def show_instances_v0(s: State, c: Call) -> Reply:
    """Retired in production (410 Gone), so the fake refuses it too: tests catch v0 callers."""
    msg = "GET /api/v0/instances/ is retired; list instances with GET /api/v1/instances/."
    return fail(410, "gone", msg)


@handles("show_instance")
def show_instance(s: State, c: Call) -> Reply:
    inst = s.instances.get(c.path["id"])  # an unknown or destroyed id reads as null, like the API
    return ok({"instances": None if inst is None else render(s, inst)})


@handles("manage_instance")
def manage_instance(s: State, c: Call) -> Reply:
    inst = find(s, c.path["id"])
    state, label = c.field("state"), c.field("label")
    if state is None and label is None:
        return fail(400, "invalid_args", "Nothing to change: give state and/or label.")
    if label is not None:
        inst["label"] = label
    if state == "running" and inst.pop("_forced", None):  # a crashed container restarts
        inst["_ready_at"] = s.now() + RESTART_SECONDS
    if state is not None and state != inst["_intended"]:
        s.accrue(inst)
        inst["_intended"] = state
        if state == "running":
            inst["_ready_at"] = s.now() + RESTART_SECONDS
    return ok()


@handles("destroy_instance")
def destroy_instance(s: State, c: Call) -> Reply:
    inst = s.instances.get(c.path["id"])
    if inst is None:
        return fail(404, "not_found", "Instance not found")
    cost = s.accrue(inst)
    hours = (s.now() - inst["start_date"]) / 3600
    s.ledger.append(
        {
            "id": s.next_id("ledger", 5000),
            "type": "charge",
            "amount": round(cost, 6),
            "timestamp": int(s.now()),
            "start": int(inst["start_date"]),
            "instance_id": inst["id"],
            "quantity": round(hours, 3),
            "rate": inst["dph_total"],
            "description": f"Instance {inst['id']} GPU charge: hours * $/hr",
        }
    )
    offer = s.offers.get(inst["_offer"])
    if offer is not None:
        offer["rented"] = False
    del s.instances[inst["id"]]
    return ok({"success": True, "msg": "Instance destroyed successfully"})


@handles("reboot_instance", "recycle_instance")
def reboot_instance(s: State, c: Call) -> Reply:
    recycle = c.op == "recycle_instance"
    inst = find(s, c.path["id"], 400, "invalid_args")
    if inst["_intended"] != "running":
        return fail(400, "invalid_args", "Instance is stopped; start it first.")
    inst["_ready_at"] = s.now() + (s.boot_seconds if recycle else RESTART_SECONDS)
    inst.pop("_forced", None)
    return ok()


@handles("change_bid")
def change_bid(s: State, c: Call) -> Reply:
    price = float(c.field("price"))
    if price < 0.001:
        return fail(400, "invalid_args", "Please set a bid price >= 0.001.")
    inst = s.instances.get(c.path["id"])
    if inst is None:
        return fail(404, "no_such_instance", "Instance with that ID does not exist.")
    s.accrue(inst)
    inst.update(is_bid=True, dph_base=price)
    _price(inst)
    return ok()


def _months(inst: Row, amount: float) -> float:
    per_month: float = inst["dph_total"] * 24 * 30
    return amount / max(per_month, 1e-9)


@handles("prepay_instance")
def prepay_instance(s: State, c: Call) -> Reply:
    inst = s.instances.get(c.path["id"])
    if inst is None:
        return Reply(400, {"success": False, "msg": "No such instance"})
    amount = float(c.field("amount"))
    if amount <= 0 or amount > s.balance():
        return Reply(411, {"success": False, "msg": "Insufficient credit"})
    entry = {"id": s.next_id("ledger", 5000), "type": "prepay", "amount": amount}
    s.ledger.append({**entry, "timestamp": int(s.now())})
    inst["_credit"] += amount
    months = _months(inst, inst["_credit"])
    return ok({"success": True, "timescale": round(months, 3), "discount_rate": _discount(months)})


def _discount(months: float) -> float:
    return round(min(0.4, 0.1 * months), 3)


@handles("show_deposit")
def show_deposit(s: State, c: Call) -> Reply:
    inst = find(s, c.path["id"])
    credit: float = inst["_credit"]
    months = _months(inst, credit)
    return ok(
        {
            "success": True,
            "refundable_deposit": round(inst["_credit"], 6),
            "total_discount": round(inst["_credit"] * _discount(months), 6),
            "discount_months": int(months),
        }
    )


def _result_url(s: State, kind: str, text: str = "") -> str:
    """A URL the fake serves ``text`` on, a moment later (see _results.py)."""
    return put_result(s, kind, text)


@handles("execute")
def execute(s: State, c: Call) -> Reply:
    inst = find(s, c.path["id"], 400, "invalid_args")
    command = str(c.field("command", "")).strip()
    if command.split(" ", 1)[0] not in ("ls", "rm", "du") or actual_status(s, inst) != "running":
        return fail(400, "invalid_args", "Invalid command given.")
    try:
        output = run_command(inst, command)
    except ValueError:  # unbalanced quotes
        return fail(400, "invalid_args", "Invalid command given.")
    return ok(
        {
            "success": True,
            "writeable_path": writeable_path(inst),
            "result_url": _result_url(s, "instance_logs", output),
            "msg": "Command is executing, wait a few seconds and then view the result_url",
        }
    )


@handles("show_logs")
def show_logs(s: State, c: Call) -> Reply:
    inst = s.instances.get(c.path["id"])
    if inst is None:
        return Reply(404, {"error": "invalid_id", "msg": "Invalid instance id."})
    lines = log_lines(s, inst, daemon=c.field("daemon_logs") == "true")
    text = select(lines, c.field("tail"), c.field("filter"))
    msg = "Logs are being uploaded; fetch result_url in a few seconds."
    url = _result_url(s, "daemon_logs" if c.field("daemon_logs") else "instance_logs", text)
    return ok({"success": True, "result_url": url, "msg": msg})


# ---------------------------------------------------------------- SSH keys on an instance


def _key_by_text(s: State, text: str) -> Row | None:
    return next((k for k in s.ssh_keys.values() if k["key"].strip() == text.strip()), None)


@handles("attach_ssh_key")
def attach_ssh_key(s: State, c: Call) -> Reply:
    inst = find(s, c.path["id"])
    text = str(c.field("ssh_key") or "")
    if not valid_ssh_key(text):
        return fail(400, "invalid_args", "Invalid or missing ssh_key (an OpenSSH public key).")
    key = _key_by_text(s, text)
    if key is None:  # the API stores an unknown key on the account, then attaches it
        key = add_ssh_key(s, text)
    if key["id"] not in inst["_ssh_keys"]:
        inst["_ssh_keys"].append(key["id"])
    return ok({"success": True, "msg": "SSH key attached successfully"})


@handles("show_instance_ssh_keys")
def show_instance_ssh_keys(s: State, c: Call) -> Reply:
    inst = find(s, c.path["id"])
    keys: list[dict[str, Any]] = [
        {"id": k, "name": f"key-{k}", "public_key": s.ssh_keys[k]["key"]}
        for k in inst["_ssh_keys"]
        if k in s.ssh_keys
    ]
    return ok({"success": True, "ssh_keys": json.dumps(keys)})


@handles("detach_ssh_key")
def detach_ssh_key(s: State, c: Call) -> Reply:
    """DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/, exactly as its page documents it."""
    instance_id, key_id = c.path["id"], c.path["ssh_key_id"]
    if instance_id <= 0 or key_id <= 0:
        return fail(400, "invalid_request", "Invalid request parameters")
    inst = s.instances.get(instance_id)
    if inst is None:
        return fail(404, "no_such_instance", "Instance not found.")
    if key_id not in s.ssh_keys:
        return fail(404, "no_such_ssh_key", "SSH key not found.")
    if key_id in inst["_ssh_keys"]:  # detaching a key that is not attached is a no-op
        inst["_ssh_keys"].remove(key_id)
    return ok({"success": True, "msg": "SSH key removed from instance."})


# ---------------------------------------------------------------- copies between instances


def _job_target(s: State, raw: Any, status: int) -> int:
    try:
        target = int(raw)
    except (TypeError, ValueError):
        raise reject(400, "invalid_args", "Invalid dst_id.") from None
    if target not in s.instances:
        raise reject(status, "no_such_instance", "No such instance.")
    return target


@handles("copy")
def copy(s: State, c: Call) -> Reply:
    for side in ("src", "dst"):
        if c.field(f"{side}_id") is not None:
            _job_target(s, c.field(f"{side}_id"), 404)
        if not str(c.field(f"{side}_path", "")).strip():
            return fail(400, "invalid_args", f"Invalid {side}_path.")
    s.jobs[f"copy:{c.field('dst_id')}"] = {"kind": "copy", "started": s.now()}
    msg = (
        "Remote to Remote copy initiated - check instance status bar for progress updates "
        "(~30 seconds delayed)."
    )
    return ok({"success": True, "msg": msg})


@handles("cancel_copy")
def cancel_copy(s: State, c: Call) -> Reply:
    target = _job_target(s, c.field("dst_id"), 404)
    s.jobs.pop(f"copy:{target}", None)
    return ok()


@handles("cloud_copy")
def cloud_copy(s: State, c: Call) -> Reply:
    try:
        target = int(c.field("instance_id"))
    except (TypeError, ValueError):
        return Reply(400, {"success": False, "msg": "instance_id is required."})
    if target not in s.instances:
        return Reply(400, {"success": False, "msg": "No such instance."})
    selected = c.field("selected")
    if selected is not None and str(selected) not in {str(x["id"]) for x in s.connections}:
        return Reply(400, {"success": False, "msg": "No such cloud connection."})
    s.jobs[f"sync:{target}"] = {"kind": "sync", "started": s.now()}
    return ok(
        {
            "success": True,
            "msg": "Sending cloud copy command to the instance.",
            "result_url": _result_url(s, "sync_logs"),
        }
    )


@handles("cancel_sync")
def cancel_sync(s: State, c: Call) -> Reply:
    target = _job_target(s, c.field("dst_id"), 404)
    s.jobs.pop(f"sync:{target}", None)
    msg = (
        "Remote copy canceled - check instance status bar for progress updates "
        "(~30 seconds delayed)."
    )
    return ok({"success": True, "msg": msg})
