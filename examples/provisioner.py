"""A cluster provisioner on vast-sdk, in the shape of SkyPilot's Vast provisioner.

    python -m vast_sdk.testing --run examples/provisioner.py     # a local FakeVast
    VAST_API_KEY=... python examples/provisioner.py              # the real API: rents GPUs!

SkyPilot's ``sky/provision/vast`` (utils.py, instance.py) provisions a cluster as a head node and
workers told apart by their label (``{cluster}-head``, ``{cluster}-worker``), searches with query
text (``georegion=true geolocation="US" gpu_name="RTX 4090" ...``), passes env as the official
CLI's docker-style string with ``-p`` port mappings, and starts, stops and terminates nodes by
label. This is our own port of that shape onto vast-sdk (not SkyPilot's code), where the SDK's
helpers take over what the provisioner writes by hand there:

- ``launch`` retries an offer taken by another renter and a machine that cannot start the image
  (SkyPilot: one replacement, with its own excluded-machines list), never rents twice after a
  lost answer, and destroys what it rented when it fails;
- ``wait_for_instances`` waits for every node with one listing per poll, failing fast on
  start-up errors (SkyPilot: its own loop over ``show instances``);
- ``destroy_labelled`` terminates by label and confirms through the listing;
- ``public_port`` reads the published address of a port (SkyPilot guesses ``ssh_port + 1`` for
  8080).

The demo provisions a head and a worker, prints the cluster's SSH addresses and port 8080, stops
and resumes the worker, and terminates the cluster. Against the real API it asks before renting
(``--yes`` skips it).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from vast_sdk import DEFAULT_BASE_URL, LaunchError, Vast, VastError, public_port
from vast_sdk.models import Instance

PENDING = frozenset({None, "created", "loading", "restarting", "rebooting"})
STOPPED = frozenset({"exited", "stopped", "frozen"})


@dataclass(frozen=True)
class NodeInfo:
    """What SkyPilot's InstanceInfo holds for a node: addresses and the SSH port."""

    instance_id: int
    name: str
    internal_ip: str
    external_ip: str
    ssh_port: int


def instance_query(instance_type: str, region: str, disk_gb: int, secure_only: bool) -> str:
    """Offer query text for a SkyPilot-style instance type ``{n}x-{GPU_NAME}-{cpus}-{ram_mb}``.

    SkyPilot's query also starts with ``chunked=true``: that is a filter the official ``vastai``
    package applies to the search's results afterwards (rounding machine specs), not a query
    filter, so vast-sdk's query language refuses it; it is left out here.
    """
    count, gpu, _cpus, ram_mb = instance_type.split("-")
    query = [
        "georegion=true",
        f'geolocation="{region[-2:]}"',  # the country code, as SkyPilot's catalogue gives it
        f"disk_space>={disk_gb}",
        f"num_gpus={int(count.rstrip('x'))}",
        f'gpu_name="{gpu.replace("_", " ")}"',
        f'cpu_ram>="{float(ram_mb) / 1024:g}"',  # GB: the query language multiplies it
    ]
    if secure_only:
        query += ["datacenter=true", "hosting_type>=1"]
    return " ".join(query)


def docker_env(ports: list[int], user_env: str | None) -> str:
    """The env string SkyPilot sends: its tag, the port mappings, then the user's env."""
    parts = ["-e __SOURCE=skypilot", *(f"-p {p}:{p}" for p in ports)]
    if user_env:
        parts.append(user_env)
    return " ".join(parts)


def cluster_instances(vast: Vast, cluster: str, head_only: bool = False) -> list[Instance]:
    """The cluster's nodes, found by label, head first."""
    names = [f"{cluster}-head"] if head_only else [f"{cluster}-head", f"{cluster}-worker"]
    found = list(vast.show_instances(select_filters={"label": {"in": names}}))
    return sorted(found, key=lambda i: (i.label != f"{cluster}-head", i.id))


def run_instances(
    vast: Vast,
    cluster: str,
    count: int,
    *,
    instance_type: str,
    region: str,
    disk_gb: int,
    image: str,
    ports: list[int],
    env: str | None = None,
    preemptible: bool = False,
    secure_only: bool = False,
) -> list[Instance]:
    """Provision ``count`` nodes (one head, the rest workers) and return them running, head
    first; nodes the cluster already has (stopped ones are resumed) count towards ``count``."""
    existing = cluster_instances(vast, cluster)
    stopped = [i.id for i in existing if i.actual_status in STOPPED]
    for iid in stopped:
        vast.start_instance(iid)
    if stopped:
        vast.wait_for_instances(stopped)
    missing = count - len(existing)
    if missing < 0:
        raise RuntimeError(f"cluster {cluster} already has {len(existing)} nodes, not {count}")
    query = instance_query(instance_type, region, disk_gb, secure_only)

    def rent(role: str, nodes: int) -> None:
        vast.launch(
            query,
            image=image,
            disk=disk_gb,
            env=docker_env(ports, env),
            onstart="touch ~/.no_auto_tmux",
            spot=preemptible,  # SkyPilot bids the offer's min_bid; launch adds a 5 % margin
            count=nodes,
            label=f"{cluster}-{role}",
        )

    has_head = any(i.label == f"{cluster}-head" for i in existing)
    if missing and not has_head:
        rent("head", 1)
        missing -= 1
    if missing:
        try:
            rent("worker", missing)
        except LaunchError:
            if not has_head:  # nothing half-made stays behind
                vast.destroy_labelled(f"{cluster}-head")
            raise
    return cluster_instances(vast, cluster)


def query_instances(vast: Vast, cluster: str) -> dict[int, tuple[str, str | None]]:
    """SkyPilot's cluster status per node: INIT, UP or STOPPED, with the status message."""
    statuses = {}
    for inst in cluster_instances(vast, cluster):
        if inst.actual_status == "running":
            status = "UP"
        elif inst.actual_status in STOPPED:
            status = "STOPPED"
        else:
            status = "INIT"  # pending, and the host states (offline, unknown) SkyPilot maps there
        statuses[inst.id] = (status, inst.status_msg)
    return statuses


def stop_instances(vast: Vast, cluster: str, worker_only: bool = False) -> None:
    ids = [
        i.id
        for i in cluster_instances(vast, cluster)
        if not (worker_only and i.label == f"{cluster}-head")
    ]
    for iid in ids:
        vast.stop_instance(iid)
    if ids:
        vast.wait_for_instances(ids, "stopped")


def terminate_instances(vast: Vast, cluster: str, worker_only: bool = False) -> list[int]:
    """Destroy the cluster's nodes by label, confirmed gone through the listing."""
    gone = vast.destroy_labelled(f"{cluster}-worker")
    if not worker_only:
        gone += vast.destroy_labelled(f"{cluster}-head")
    return gone


def get_cluster_info(vast: Vast, cluster: str) -> list[NodeInfo]:
    """Each running node's addresses. SSH goes through Vast's proxy (``direct=False``), as
    SkyPilot does: direct SSH to a host's public IP is often blocked."""
    nodes = []
    for inst in cluster_instances(vast, cluster):
        if inst.actual_status != "running":
            continue
        host, port = public_port(inst, 22, direct=False)
        internal = (inst.local_ipaddrs or "").split()
        nodes.append(
            NodeInfo(inst.id, inst.label or "", internal[0] if internal else "", host, port)
        )
    return nodes


def query_ports(vast: Vast, cluster: str, ports: list[int]) -> dict[int, tuple[str, int]]:
    """Where the head's ports are reached: the mapping Vast published for each."""
    head = cluster_instances(vast, cluster, head_only=True)
    return {port: public_port(head[0], port) for port in ports} if head else {}


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent real GPUs; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def main() -> int:
    cluster = "sky-demo-1a2b"
    with Vast() as vast:
        if vast.base_url == DEFAULT_BASE_URL and not confirm("Provision 2 GPUs?"):
            return 2
        try:
            nodes = run_instances(
                vast,
                cluster,
                2,
                instance_type="1x-RTX_4090-8-16384",
                region="Texas, US",
                disk_gb=50,
                image="ubuntu:22.04",
                ports=[8080],
                env="-e SKYPILOT_NUM_NODES=2",
            )
            print(f"Provisioned {cluster}: {[(n.id, n.label) for n in nodes]}")
            for info in get_cluster_info(vast, cluster):
                where = f"ssh -p {info.ssh_port} root@{info.external_ip}"
                print(f"  {info.name} {info.instance_id}: {where}")
            for port, (host, number) in query_ports(vast, cluster, [8080]).items():
                print(f"  head port {port}: {host}:{number}")
            stop_instances(vast, cluster, worker_only=True)
            print(f"Workers stopped: {query_instances(vast, cluster)}")
            run_instances(
                vast,
                cluster,
                2,
                instance_type="1x-RTX_4090-8-16384",
                region="Texas, US",
                disk_gb=50,
                image="ubuntu:22.04",
                ports=[8080],
            )
            print(f"Resumed: {sorted(s for s, _ in query_instances(vast, cluster).values())}")
        finally:
            gone = terminate_instances(vast, cluster)
            print(f"Terminated {cluster}: {gone}; left: {cluster_instances(vast, cluster)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"provisioner example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
