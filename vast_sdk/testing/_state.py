"""Everything one FakeVast holds in memory, and the seeded account it starts with."""

from __future__ import annotations

import hashlib
import itertools
import random
from dataclasses import dataclass, field
from typing import Any

from ._catalogue import build_offers, host_offer
from ._clock import FakeClock

Row = dict[str, Any]


def hex_token(rng: random.Random, bits: int) -> str:
    """A random lower-case hex string of bits/4 digits (keys, tokens, hash ids)."""
    return f"{rng.getrandbits(bits):0{bits // 4}x}"


def public(row: Row) -> Row:
    """A stored row without its internal ``_fields``."""
    return {k: v for k, v in row.items() if not k.startswith("_")}


@dataclass
class State:
    """The fake account and the marketplace around it. Handlers read and change it."""

    clock: FakeClock
    rng: random.Random
    api_key: str
    boot_seconds: float
    user: Row = field(default_factory=dict)
    api_keys: dict[int, Row] = field(default_factory=dict)
    ssh_keys: dict[int, Row] = field(default_factory=dict)
    offers: dict[int, Row] = field(default_factory=dict)
    instances: dict[int, Row] = field(default_factory=dict)
    machines: dict[int, Row] = field(default_factory=dict)
    env_vars: dict[str, str] = field(default_factory=dict)
    templates: dict[int, Row] = field(default_factory=dict)
    volume_offers: dict[int, Row] = field(default_factory=dict)
    volumes: dict[int, Row] = field(default_factory=dict)
    network_offers: dict[int, Row] = field(default_factory=dict)
    network_disks: dict[int, Row] = field(default_factory=dict)
    team: Row | None = None
    roles: dict[int, Row] = field(default_factory=dict)
    members: dict[int, Row] = field(default_factory=dict)
    subaccounts: dict[int, Row] = field(default_factory=dict)
    ledger: list[Row] = field(default_factory=list)
    """Payments, charges and transfers: what invoices and the balance are computed from."""
    endpoints: dict[int, Row] = field(default_factory=dict)
    workergroups: dict[int, Row] = field(default_factory=dict)
    jobs: dict[str, Row] = field(default_factory=dict)
    """Copy and sync jobs by destination id."""
    connections: list[Row] = field(default_factory=list)
    logins: list[Row] = field(default_factory=list)
    scheduled_jobs: dict[int, Row] = field(default_factory=dict)
    """Scheduled API calls (create scheduled job), by id."""
    clusters: dict[int, Row] = field(default_factory=dict)
    """Physical clusters of the account's machines, by id."""
    overlays: dict[int, Row] = field(default_factory=dict)
    """Overlay networks on the clusters, by id."""
    results: dict[str, Row] = field(default_factory=dict)
    """Result objects (logs, execute output) by name: what the fake's result URLs serve."""
    routes: dict[str, Row] = field(default_factory=dict)
    """What route handed out, by signature: the fake workers check auth_data against it."""
    public_url: str = "http://vast.localhost"
    """Where the current request was sent (the fake's own URLs are built on it)."""
    port_blocks: dict[int, int] = field(default_factory=dict)
    """Host port blocks handed out per machine (see _ports.allocate)."""
    failing_machines: dict[int, tuple[str, str]] = field(default_factory=dict)
    """Machines every instance fails to boot on: (actual_status, status_msg) by machine id."""
    race_rents: int = 0
    """Rents still to lose their offer to another renter (FakeVast.race_next_rent)."""
    reprice_rents: list[float] = field(default_factory=list)
    """Price factors for the next on-demand rents (FakeVast.reprice_next_rent)."""
    foreign: dict[int, Row] = field(default_factory=dict)
    """Other renters' instances (offers taken with FakeVast.take_offer), by id."""
    _ids: dict[str, itertools.count[int]] = field(default_factory=dict)

    # ------------------------------------------------------------------ helpers

    def now(self) -> float:
        return self.clock.now()

    def next_id(self, kind: str, start: int = 1000) -> int:
        """A fresh id for a kind of row (instances, ssh_keys, ...)."""
        counter = self._ids.setdefault(kind, itertools.count(start))
        return next(counter)

    def key_for(self, key: str | None) -> Row | None:
        """The API key row for a bearer token, if it is a live key of this account."""
        if not key:
            return None
        return next((k for k in self.api_keys.values() if k["key"] == key), None)

    def new_key(self) -> str:
        """A fresh 64-hex-digit API key (what Vast issues)."""
        return hex_token(self.rng, 256)

    def accrue(self, inst: Row) -> float:
        """Bring an instance's cost up to now (full price running, storage only stopped)."""
        now = self.now()
        rate = inst["dph_total"] if inst["_intended"] == "running" else inst["storage_total_cost"]
        inst["_cost"] += max(0.0, now - inst["_rate_since"]) / 3600.0 * rate
        inst["_rate_since"] = now
        cost: float = inst["_cost"]
        return cost

    def charges(self) -> float:
        """What the account's instances have cost so far."""
        total: float = sum(e["amount"] for e in self.ledger if e["type"] == "charge")
        return total + sum(self.accrue(inst) for inst in self.instances.values())

    def balance(self) -> float:
        """Credit left: payments minus charges, transfers and prepaid deposits."""
        paid = sum(e["amount"] for e in self.ledger if e["type"] in ("payment", "transfer_in"))
        spent = sum(e["amount"] for e in self.ledger if e["type"] in ("transfer", "prepay"))
        left: float = paid - spent - self.charges()
        return round(left, 6)


def seed_state(seed: int, clock: FakeClock, api_key: str | None, boot_seconds: float) -> State:
    """A new account with one API key, credit, templates, two host machines and a market."""
    rng = random.Random(seed)
    now = clock.now()
    key = api_key or hashlib.sha256(f"vast-sdk-fake-{seed}".encode()).hexdigest()
    s = State(clock=clock, rng=rng, api_key=key, boot_seconds=boot_seconds)
    uid = 271828
    s.user = {
        "id": uid,
        "username": "fake-user",
        "email": "you@example.com",
        "fullname": "Fake User",
        "sid": hex_token(rng, 128),
        "address1": "1 Test Street",
        "city": "Testville",
        "zip": "00000",
        "country": "US",
    }
    kid = s.next_id("api_keys", 1)
    s.api_keys[kid] = {
        "id": kid,
        "user_id": uid,
        "key": key,
        "name": "default",
        "rights": "admin",
        "permissions": {},
        "created_at": clock.iso(now - 86400 * 30),
    }
    s.ledger.append(
        {
            "id": s.next_id("ledger", 5000),
            "type": "payment",
            "service": "stripe",
            "amount": 50.0,
            "timestamp": int(now - 86400 * 7),
            "description": "Credit purchase",
        }
    )
    s.offers = build_offers(rng, now)
    for n, machine_id in enumerate((52001, 52002)):
        offer = host_offer(rng, machine_id, 30_000_000 + machine_id, now)
        s.machines[machine_id] = {
            "id": machine_id,
            "hostname": f"fake-host-{n + 1}",
            "_offer": offer,
            "_listed": n == 0,
            "_defjob": None,
            "_min_bid": offer["min_bid"],
            "_maint": [],
            "_disks": [],
            "_earned": round(rng.uniform(40, 120), 2),
        }
        if n == 0:
            s.offers[offer["id"]] = offer
    for name, image, runtype in (
        ("PyTorch (CUDA)", "pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime", "jupyter"),
        ("vLLM", "vllm/vllm-openai:latest", "args"),
        ("Ubuntu 22.04 + CUDA", "nvidia/cuda:12.4.1-base-ubuntu22.04", "ssh"),
        ("Stable Diffusion WebUI", "vastai/stable-diffusion:latest", "jupyter"),
    ):
        tid = s.next_id("templates", 200_000)
        s.templates[tid] = {
            "id": tid,
            "hash_id": hex_token(rng, 128),
            "name": name,
            "image": image,
            "tag": image.rsplit(":", 1)[-1],
            "runtype": runtype,
            "creator_id": 1,
            "_public": True,
        }
    for offer in list(s.offers.values())[:: len(s.offers) // 8]:
        vid = s.next_id("volume_offers", 7_000_000)
        s.volume_offers[vid] = {
            "id": vid,
            "ask_contract_id": vid,
            "machine_id": offer["machine_id"],
            "host_id": offer["host_id"],
            "cpu_arch": "amd64",
            "cpu_name": offer["cpu_name"],
            "disk_name": offer["disk_name"],
            "disk_space": float(rng.choice((100, 250, 500, 1000))),
            "disk_bw": offer["disk_bw"],
            "driver_version": offer["driver_version"],
            "cuda_max_good": offer["cuda_max_good"],
            "geolocation": offer["geolocation"],
            "inet_up": offer["inet_up"],
            "inet_down": offer["inet_down"],
            "mobo_name": offer["mobo_name"],
            "reliability2": offer["reliability2"],
            "static_ip": offer["static_ip"],
            "storage_cost": offer["storage_cost"],
            "storage_total_cost": round(offer["storage_cost"] / 730, 6),
            "verification": offer["verification"],
            "start_date": offer["start_date"],
            "end_date": offer["end_date"],
            "duration": offer["duration"],
            "external": False,
            "_owner": None,
        }
    own = dict(next(iter(s.volume_offers.values())))  # the account lists one volume too
    vid = s.next_id("volume_offers", 7_000_000)
    own.update(id=vid, ask_contract_id=vid, machine_id=52001, geolocation="Ontario, CA")
    s.volume_offers[vid] = {**own, "host_id": s.user["id"], "_owner": s.user["id"]}
    for n, geo in enumerate(("Texas, US", "Quebec, CA", "Oslo, NO", "Bavaria, DE")):
        nid = s.next_id("network_offers", 8_000_000)
        s.network_offers[nid] = {
            "ask_contract_id": nid,
            "disk_space": float(1000 * (n + 1)),
            "inet_up": round(rng.uniform(500, 5000), 1),
            "inet_down": round(rng.uniform(500, 9000), 1),
            "reliability2": round(rng.uniform(0.95, 0.999), 4),
            "verified": True,
            "geolocation": geo,
            "nw_disk_avg_bw": rng.randrange(800, 2000),
            "nw_disk_max_bw": rng.randrange(2000, 4000),
            "nw_disk_min_bw": rng.randrange(200, 800),
            "start_date": now - 86400 * 20,
            "end_date": now + 86400 * 180,
            "storage_cost": round(rng.uniform(0.05, 0.15), 3),
            "storage_cost_total": 0.0,
            "external": False,
            "_owner": None,
        }
    s.connections.append({"id": 11, "cloud_type": "s3", "name": "my-bucket"})
    for n, ip in enumerate(("198.51.100.23", "203.0.113.77")):
        s.logins.append(
            {
                "id": n + 1,
                "user_id": uid,
                "ip_address": ip,
                "timestamp": clock.iso(now - 3600 * (n + 1)),
            }
        )
    return s
