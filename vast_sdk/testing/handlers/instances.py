"""Instances: renting an offer, the loading -> running lifecycle, manage, SSH keys, copies.

Renting (``create_instance``, and through it ``create_instances`` and ``launch_instance``) is
one function, ``rent``, so every way in meets the same offer checks, bids, ports and faults.

Error answers follow the documents per route; where two documents disagree about the same
situation, the backend-derived preview wins (``destroy_instance``'s 404 is
``no_such_instance``, as dstack relies on; the seed's example says ``not_found``), see
tests/fake/errors.py.
"""

from __future__ import annotations

import json
from typing import Any

from .._base import Call, Reply, fail, handles, ok, reject
from .._container import allowed, log_lines, run_command, select, writeable_path
from .._ports import DEFAULT_RUNTYPE, allocate, network, runtype_ports, split_env
from .._results import put_result
from .._state import Row, State, hex_token, public
from .account import add_ssh_key, valid_ssh_key

RESTART_SECONDS = 10.0
"""Fake seconds a start or reboot takes (a create or recycle takes ``boot_seconds``)."""

MAX_LABEL = 1024
"""The longest label production stores ("label_too_long" beyond it)."""

_OFFER_ONLY = ("ask_contract_id", "rented", "rn", "gpu_ids", "expected_reliability")
"""Offer fields an instance does not carry (it inherits every other one from its offer)."""


def find(s: State, instance_id: int, status: int = 404, error: str = "no_such_instance") -> Row:
    """The caller's instance, or a Reject with the operation's documented error."""
    inst = s.instances.get(instance_id)
    if inst is None:
        msg = f"Instance {instance_id} not found." if status == 404 else "invalid instance_id"
        raise reject(status, error, msg)
    return inst


def start_failure(s: State, inst: Row) -> tuple[str, str] | None:
    """(actual_status, status_msg) when the current boot fails (FakeVast.fail_start)."""
    own = inst.get("_start_failure")
    if own is not None and inst["_boot"] >= inst["_fails_from_boot"]:
        return (str(own[0]), str(own[1]).replace("{image}", str(inst["image_uuid"])))
    machine = inst.get("_boot_failure")
    if machine is not None:
        return (str(machine[0]), str(machine[1]).replace("{image}", str(inst["image_uuid"])))
    return None


def boot(s: State, inst: Row, seconds: float) -> None:
    """Start (or restart) the container: ready after ``seconds`` unless the boot fails."""
    inst["_boot"] += 1
    inst["_ready_at"] = s.now() + seconds
    inst["_boot_failure"] = s.failing_machines.get(inst["machine_id"])
    inst.pop("_forced", None)


def state(s: State, inst: Row) -> tuple[str, str]:
    """(actual_status, status_msg) now, derived from the clock and the faults."""
    if inst.get("_forced"):
        return str(inst["_forced"][0]), str(inst["_forced"][1])
    if inst["_intended"] == "stopped":
        return "exited", "Stopped by user."
    if inst.get("_outbid"):
        bid, floor = inst["dph_base"], inst["min_bid"]
        return "exited", f"Stopped: outbid. Your bid ${bid}/hr is below the current ${floor}/hr."
    if s.now() < inst["_ready_at"]:
        return "loading", f"Pulling image {inst['image_uuid']}"
    failed = start_failure(s, inst)
    if failed is not None:
        return failed
    return "running", f"success, running {inst['image_uuid']}"


def actual_status(s: State, inst: Row) -> str:
    """What the container is doing now (loading, running, exited, created, frozen...)."""
    return state(s, inst)[0]


def render(s: State, inst: Row) -> Row:
    """An instance row as show instance and show instances return it."""
    status, msg = state(s, inst)
    row = public(inst)
    stopped = inst["_intended"] == "stopped" or bool(inst.get("_outbid"))
    row.update(
        actual_status=status,
        cur_state="stopped" if stopped else "running",
        next_state=inst["_intended"],
        intended_status=inst["_intended"],
        status_msg=msg,
        uptime_mins=round((s.now() - inst["_ready_at"]) / 60, 2) if status == "running" else None,
        gpu_util=0.93 if status == "running" else 0.0,
        cpu_util=0.12 if status == "running" else 0.0,
        duration=inst["end_date"] - s.now(),
        credit_balance=s.balance(),
        client_run_time=round(max(0.0, s.now() - inst["start_date"]), 1),
    )
    row["extra_env"] = [[k, v] for k, v in inst["_env"].items()]
    row.update(network(inst, status == "running"))
    return row


def _price(inst: Row) -> None:
    inst["storage_total_cost"] = round(inst["storage_cost"] * inst["disk_space"] / 730, 6)
    inst["dph_total"] = round(inst["dph_base"] + inst["storage_total_cost"], 6)


# ---------------------------------------------------------------- renting


def offer_available(offer: Row) -> bool:
    return bool(offer["rentable"]) and not offer["rented"]


def take(s: State, offer: Row) -> None:
    """Another renter takes ``offer``: it leaves the market, and a foreign instance holds it."""
    offer.update(rented=True, rentable=False)
    iid = s.next_id("instances", 24_000_000)
    s.foreign[iid] = {"id": iid, "_offer": offer["id"], "machine_id": offer["machine_id"]}
    offer["_taken_by"] = iid


def release(s: State, offer_id: int) -> None:
    offer = s.offers.get(offer_id)
    if offer is not None and "_taken_by" not in offer:
        offer.update(rented=False, rentable=True)


def rent(s: State, c: Call, ask_id: int, fields: dict[str, Any]) -> Reply:
    """Rent offer ``ask_id`` with the create-instance ``fields``: the answer create_instance
    gives (200 ``{success, new_contract}``, or its documented errors)."""
    offer = s.offers.get(ask_id)
    if offer is not None and offer_available(offer) and s.race_rents > 0:
        s.race_rents -= 1  # another renter got there between the search and this rent
        take(s, offer)
    if offer is None:
        msg = f"error 404/3603: no_such_ask Instance type by id {ask_id} is not available."
        return fail(404, "no_such_ask", msg, ask_id=ask_id)
    if not offer_available(offer):
        msg = f"error 410/3907: no_such_ask Instance type {ask_id} is no longer available."
        return fail(410, "no_such_ask", msg, ask_id=ask_id)
    template = None
    template_id, template_hash = fields.get("template_id"), fields.get("template_hash_id")
    if template_id is not None or template_hash:
        template = next(
            (
                t
                for t in s.templates.values()
                if t["id"] == template_id or t["hash_id"] == template_hash
            ),
            None,
        )
        if template is None:
            return fail(400, "invalid_args", "error 400/3461: No such template.", ask_id=ask_id)
    image = fields.get("image") or (template["image"] if template else None)
    if not image:
        msg = "error 400/3467: Invalid args: give an image or a template"
        return fail(400, "invalid_args", msg, ask_id=ask_id)
    try:
        disk = float(fields.get("disk", 10.0))
    except (TypeError, ValueError):
        return fail(400, "invalid_args", "error 400/3467: Invalid args: disk", ask_id=ask_id)
    if not 1 <= disk <= offer["disk_space"]:
        msg = f"error 400/3467: Invalid args: disk must be between 1 and {offer['disk_space']} GB"
        return fail(400, "invalid_args", msg, ask_id=ask_id)
    price = fields.get("price")
    if price is not None:
        try:
            price = float(price)
        except (TypeError, ValueError):
            return fail(400, "invalid_price", f"Invalid bid price {price!r}.", ask_id=ask_id)
        if price < offer["min_bid"]:
            msg = f"Bid price {price:g} is below the minimum {offer['min_bid']:g}."
            return fail(400, "invalid_price", msg, ask_id=ask_id, min_bid=offer["min_bid"])
    label = fields.get("label")
    if label is not None and len(str(label)) > MAX_LABEL:
        return fail(400, "invalid_args", "label_too_long", ask_id=ask_id)
    if fields.get("vm") and not s.ssh_keys:
        msg = "A VM instance needs an SSH key on the account: add one (create ssh-key) first."
        return fail(400, "no_ssh_key_for_vm", msg, ask_id=ask_id)
    env, env_ports = split_env(fields.get("env"))
    runtype = str(
        fields.get("runtype") or (template["runtype"] if template else None) or DEFAULT_RUNTYPE
    )
    now = s.now()
    iid = s.next_id("instances", 24_000_000)
    ports = allocate(s, offer["machine_id"], sorted({*runtype_ports(runtype), *env_ports}))
    inst: Row = {k: v for k, v in offer.items() if k not in _OFFER_ONLY and k[0] != "_"}
    inst.update(
        id=iid,
        label=label,
        image_uuid=image,
        image_args=list(fields.get("args") or []),
        image_runtype=runtype,
        onstart=fields.get("onstart"),
        template_id=template["id"] if template else None,
        template_hash_id=template["hash_id"] if template else None,
        template_name=template["name"] if template else None,
        jupyter_token=hex_token(s.rng, 256),
        ssh_idx=str(iid % 10),
        ssh_host=f"ssh{iid % 10}.vast.ai",
        ssh_port=10_000 + iid % 50_000,
        machine_dir_ssh_port=40_000 + iid % 20_000,
        local_ipaddrs="10.0.0.5 172.17.0.1 \n",
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
        min_bid=offer["min_bid"],
        credit_discount=None,
        host_run_time=offer["duration"],
        dlperf_per_dphtotal=None,
        flops_per_dphtotal=None,
        score=None,
        search={"gpuCostPerHour": offer["dph_base"], "diskHour": 0.0},
        instance={"gpuCostPerHour": offer["dph_base"], "diskHour": 0.0},
        vram_costperhour=offer["vram_costperhour"],
        _offer=ask_id,
        _intended=fields.get("target_state") or "running",
        _boot=0,
        _ready_at=now,
        _env=env,
        _ports=ports,
        _ssh_keys=[],
        _cost=0.0,
        _rate_since=now,
        _credit=0.0,
    )
    boot(s, inst, s.boot_seconds)
    if price is not None:
        inst["dph_base"] = price
    elif s.reprice_rents:  # the host raised its price since the search (reprice_next_rent)
        inst["dph_base"] = round(inst["dph_base"] * s.reprice_rents.pop(0), 6)
    _price(inst)
    inst["dlperf_per_dphtotal"] = round(inst["dlperf"] / inst["dph_total"], 3)
    inst["flops_per_dphtotal"] = round(inst["total_flops"] / inst["dph_total"], 3)
    s.instances[iid] = inst
    offer.update(rented=True, rentable=False)
    return ok({"success": True, "new_contract": iid})


@handles("create_instance")
def create_instance(s: State, c: Call) -> Reply:
    fields = dict(c.body) if isinstance(c.body, dict) else {}
    return rent(s, c, c.path["id"], fields)


# ---------------------------------------------------------------- reading and managing


@handles("show_instances_v0")
def show_instances_v0(s: State, c: Call) -> Reply:
    """Retired in production (410 Gone), so the fake refuses it too: tests catch v0 callers."""
    msg = "GET /api/v0/instances/ is retired; list instances with GET /api/v1/instances/."
    return fail(410, "gone", msg)


@handles("show_instance")
def show_instance(s: State, c: Call) -> Reply:
    if c.path["id"] <= 0:
        return fail(400, "invalid_args", "invalid instance_id")
    inst = s.instances.get(c.path["id"])  # an unknown or destroyed id reads as null, like the API
    return ok({"instances": None if inst is None else render(s, inst)})


@handles("manage_instance")
def manage_instance(s: State, c: Call) -> Reply:
    inst = find(s, c.path["id"])
    wanted, label = c.field("state"), c.field("label")
    if wanted is None and label is None:
        return fail(400, "invalid_args", "Nothing to change: give state and/or label.")
    if label is not None and len(str(label)) > MAX_LABEL:
        return fail(400, "invalid_args", "label_too_long")
    if wanted == "running" and inst["_intended"] != "running" and s.balance() <= 0:
        return fail(400, "missing_billing", "You lack credit, see the billing page.")
    if label is not None:
        inst["label"] = label
    if wanted == "running" and inst.get("_forced"):  # a crashed container restarts
        boot(s, inst, RESTART_SECONDS)
    if wanted is not None and wanted != inst["_intended"]:
        s.accrue(inst)
        inst["_intended"] = wanted
        if wanted == "running":
            boot(s, inst, RESTART_SECONDS)
    return ok()


@handles("destroy_instance")
def destroy_instance(s: State, c: Call) -> Reply:
    if c.path["id"] <= 0:
        return fail(400, "invalid_args", "invalid instance_id")
    inst = s.instances.get(c.path["id"])
    if inst is None:
        return fail(404, "no_such_instance", f"Instance {c.path['id']} not found.")
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
    release(s, inst["_offer"])
    del s.instances[inst["id"]]
    return ok({"success": True, "msg": "Instance destroyed successfully"})


@handles("reboot_instance", "recycle_instance")
def reboot_instance(s: State, c: Call) -> Reply:
    recycle = c.op == "recycle_instance"
    if recycle:
        inst = find(s, c.path["id"], 400, "invalid_id")
    else:
        inst = find(s, c.path["id"], 400, "invalid_args")
    if inst["_intended"] != "running":
        return fail(400, "invalid_args", "Instance is stopped; start it first.")
    boot(s, inst, s.boot_seconds if recycle else RESTART_SECONDS)
    return ok()


@handles("change_bid")
def change_bid(s: State, c: Call) -> Reply:
    inst = s.instances.get(c.path["id"])
    given = c.field("price")
    price = float(given) if given is not None else None
    if price is not None and price < 0.001:
        return fail(400, "invalid_args", "Please set a bid price >= 0.001.")
    if inst is None:
        return fail(404, "no_such_instance", "Instance with that ID does not exist.")
    if price is None:  # vastai sends null without --price: a winning bid (docs/wire.md W34)
        price = float(inst["min_bid"])
    if not inst["is_bid"]:
        return fail(400, "invalid_args", "Can't change price of on-demand contract.")
    s.accrue(inst)
    inst["dph_base"] = price
    _price(inst)
    if inst.get("_outbid") and price >= inst["min_bid"]:  # the bid wins again: it restarts
        inst["_outbid"] = False
        if inst["_intended"] == "running":
            boot(s, inst, RESTART_SECONDS)
    return ok()


def _months(inst: Row, amount: float) -> float:
    per_month: float = inst["dph_total"] * 24 * 30
    return amount / max(per_month, 1e-9)


MAX_PREPAY_MONTHS = 12.0
"""The longest a prepayment may cover ("rental_too_long" beyond it)."""


@handles("prepay_instance")
def prepay_instance(s: State, c: Call) -> Reply:
    inst = s.instances.get(c.path["id"])
    if inst is None:
        return fail(400, "invalid_args", "No such instance")
    amount = float(c.field("amount"))
    if amount <= 0:
        return fail(400, "invalid_args", "amount must be > 0")
    if amount > s.balance():
        return fail(400, "insufficient_credit", "Insufficient credit")
    if _months(inst, inst["_credit"] + amount) > MAX_PREPAY_MONTHS:
        return fail(400, "rental_too_long", "Cannot rent instance for that length of time")
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


# ---------------------------------------------------------------- text from the instance


def _result_url(s: State, kind: str, text: str = "") -> str:
    """A URL the fake serves ``text`` on, a moment later (see _results.py)."""
    return put_result(s, kind, text)


@handles("execute")
def execute(s: State, c: Call) -> Reply:
    inst = s.instances.get(c.path["id"])
    if inst is None:
        return fail(404, "not_found", "Instance not found.")
    command = str(c.field("command", "")).strip()
    if not command:
        return fail(400, "invalid_args", "Missing command.")
    if not allowed(command):
        return fail(400, "invalid_args", "Invalid command given.")
    status = actual_status(s, inst)
    if status in ("exited", "created", "frozen", "offline", "unknown"):
        return fail(400, "invalid_container", f"The container is not running ({status}).")
    if status != "running":  # loading: no container yet (the API says "Invalid command given.")
        failed = s.now() >= inst["_ready_at"]
        if failed:  # a start that failed before its container was made
            return fail(400, "invalid_container_id", "The instance has no container.")
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
        if c.path["id"] in s.foreign:
            return fail(403, "not_authorized", "You are not authorized to view these logs.")
        return Reply(404, {"error": "invalid_id", "msg": "Invalid instance id."})
    failed = start_failure(s, inst) if s.now() >= inst["_ready_at"] else None
    daemon = c.field("daemon_logs") == "true"
    lines = log_lines(s, inst, daemon, failure=failed[1] if failed else None)
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
    if not text.strip():
        return fail(400, "no_ssh_key", "No ssh key provided to add to instance.")
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


def _job_target(s: State, raw: Any, status: int, error: str = "no_such_instance") -> int:
    try:
        target = int(raw)
    except (TypeError, ValueError):
        raise reject(400, "invalid_args", "Invalid dst_id.") from None
    if target <= 0:
        raise reject(400, "invalid_args", "Invalid dst_id.")
    if target not in s.instances:
        raise reject(status, error, "No such instance.")
    return target


@handles("copy")
def copy(s: State, c: Call) -> Reply:
    for side in ("src", "dst"):
        if c.field(f"{side}_id") is not None:
            _job_target(s, c.field(f"{side}_id"), 404, "no_such_user")
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
    target = _job_target(s, c.field("dst_id"), 404, "no_such_user")
    s.jobs.pop(f"copy:{target}", None)
    return ok()


@handles("cloud_copy")
def cloud_copy(s: State, c: Call) -> Reply:
    try:
        target = int(c.field("instance_id"))
    except (TypeError, ValueError):
        return fail(400, "invalid_args", "instance_id is required.")
    if target not in s.instances:
        return fail(400, "invalid_args", "No such instance.")
    selected = c.field("selected")
    if selected is not None and str(selected) not in {str(x["id"]) for x in s.connections}:
        return fail(400, "invalid_args", "No such cloud connection.")
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
