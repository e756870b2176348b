"""A client written the way integrators write theirs runs against FakeVast with no special case.

``DstackStyleClient`` is shaped after dstack's Vast backend (``api_client.py`` and
``compute.py`` in dstackai/dstack; our own port, plain httpx): it searches ``/bundles/`` with
its extra filters, rents with ``{"-p 10022:10022": "1"}`` in ``env`` and ``runtype: "args"``,
authenticates with ``?api_key=`` as dstack does, polls the instance until it runs and reads
the published port (``ports["10022/tcp"][0]["HostPort"]`` on ``public_ipaddr.strip()``), fails
fast on ``": OCI runtime create failed:"`` with ``actual_status`` ``created``, stops, and
destroys, treating only ``no_such_instance`` as already gone.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from vast_sdk.testing import FakeVast

RUNNER_PORT = 10022


class ProvisioningError(Exception):
    """The instance will not start (dstack raises its own ProvisioningError)."""


class DstackStyleClient:
    def __init__(self, base_url: str, api_key: str) -> None:
        self.http = httpx.Client(base_url=f"{base_url}/api/v0", timeout=10)
        self.api_key = api_key

    def _url(self, path: str) -> str:
        return f"/{path.lstrip('/')}?api_key={self.api_key}"

    def offers(self) -> list[dict[str, Any]]:
        filters = {
            "direct_port_count": {"gte": 1},
            "reliability2": {"gte": 0.9},
            "inet_down": {"gt": 128},
            "verified": {"eq": True},
            "cuda_max_good": {"gte": 12.2},
            "compute_cap": {"gte": 600},
            "rentable": {"eq": True},
            "rented": {"eq": False},
        }
        answer = self.http.post(self._url("/bundles/"), json=filters)
        answer.raise_for_status()
        found: list[dict[str, Any]] = answer.json()["offers"]
        return found

    def create_instance(self, bundle_id: int, name: str) -> int:
        payload = {
            "client_id": "me",
            "image": "dstackai/base:py3.12-0.7-cuda-12.1",
            "disk": 80,
            "label": name,
            "env": {f"-p {RUNNER_PORT}:{RUNNER_PORT}": "1"},
            "user": "root",
            "onstart": "/bin/sh",
            "args": ["-c", "echo start runner && sleep infinity"],
            "runtype": "args",
            "image_login": None,
            "python_utf8": False,
            "lang_utf8": False,
            "use_jupyter_lab": False,
            "jupyter_dir": None,
            "create_from": None,
            "force": False,
        }
        answer = self.http.put(self._url(f"/asks/{bundle_id}/"), json=payload)
        data = answer.json()
        if answer.status_code != 200 or not data["success"]:
            raise RuntimeError(f"no capacity: {answer.text}")
        return int(data["new_contract"])

    def get_instance(self, instance_id: int) -> dict[str, Any] | None:
        answer = self.http.get(self._url(f"/instances/{instance_id}/"))
        answer.raise_for_status()
        found: dict[str, Any] | None = answer.json()["instances"]
        return found

    def address(self, instance_id: int) -> tuple[str, int] | None:
        """(hostname, runner port) once running, as dstack's update_provisioning_data."""
        inst = self.get_instance(instance_id)
        if inst is None:
            return None
        if inst["actual_status"] == "created" and ": OCI runtime create failed:" in (
            inst["status_msg"] or ""
        ):
            raise ProvisioningError(inst["status_msg"])
        if inst["actual_status"] != "running":
            return None
        return inst["public_ipaddr"].strip(), int(
            inst["ports"][f"{RUNNER_PORT}/tcp"][0]["HostPort"]
        )

    def stop(self, instance_id: int) -> None:
        answer = self.http.put(self._url(f"/instances/{instance_id}/"), json={"state": "stopped"})
        answer.raise_for_status()

    def terminate(self, instance_id: int) -> None:
        answer = self.http.delete(self._url(f"/instances/{instance_id}/"))
        if answer.status_code == 404 and answer.json().get("error") == "no_such_instance":
            return  # already gone
        answer.raise_for_status()

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def dstack(fake: FakeVast) -> DstackStyleClient:
    client = DstackStyleClient(fake.url, fake.api_key)
    return client


def test_rent_read_the_published_port_stop_and_destroy(
    dstack: DstackStyleClient, fake: FakeVast
) -> None:
    offer = dstack.offers()[0]
    iid = dstack.create_instance(offer["id"], "vscode-1")
    assert dstack.address(iid) is None  # loading: no address yet
    for _ in range(10):  # poll, as dstack's background task does
        fake.clock.advance(5)
        found = dstack.address(iid)
        if found is not None:
            break
    assert found is not None
    host, port = found
    inst = fake.state.instances[iid]
    assert host == offer["public_ipaddr"] and port == inst["_ports"]["10022/tcp"]
    assert inst["image_runtype"] == "args" and inst["label"] == "vscode-1"
    dstack.stop(iid)
    assert dstack.get_instance(iid)["actual_status"] == "exited"  # type: ignore[index]
    dstack.terminate(iid)
    dstack.terminate(iid)  # already gone: no_such_instance, taken as done
    assert fake.state.instances == {}
    assert [c.status for c in fake.calls_to("destroy_instance")] == [200, 404]
    dstack.close()


def test_a_container_that_cannot_start_fails_fast(
    dstack: DstackStyleClient, fake: FakeVast
) -> None:
    offer = dstack.offers()[0]
    fake.fail_start(machine_id=offer["machine_id"], reason="oci_runtime")
    iid = dstack.create_instance(offer["id"], "broken")
    fake.clock.advance(fake.state.boot_seconds)
    with pytest.raises(ProvisioningError, match="OCI runtime create failed"):
        dstack.address(iid)
    dstack.terminate(iid)
    dstack.close()
