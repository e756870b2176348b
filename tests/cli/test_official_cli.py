"""The official ``vastai`` 1.9.1 CLI's everyday commands against FakeVast (issue 18).

Each command runs as a user would type it (``vastai --url ... --api-key ... <command>``, here
in-process: official.py) against a fake served the way ``python -m vast_sdk.testing`` serves
it. Every test checks what the command did (the fake's state) and what it printed (parsed), and
the fixture checks the fake refused nothing the test did not ask for and answered within its
spec. Where vastai 1.9.1 itself is broken, the test pins the bug and docs/testing.md records it.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from .conftest import Served

PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOfficialCliWireTestKey000000000000000000 t@x"


def offers(served: Served, *query: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = served("search", "offers", *query).json()
    return found


def rent(served: Served, *options: str) -> int:
    """``vastai create instance`` on the cheapest RTX 4090; the new instance's id."""
    cheapest = offers(served, "gpu_name=RTX_4090", "-o", "dph+")[0]["id"]
    created = served("create", "instance", str(cheapest), "--image", "ubuntu:22.04", *options)
    body = created.json()
    assert body["success"] is True
    return int(body["new_contract"])


def running(served: Served) -> None:
    served.fake.clock.advance(served.fake.state.boot_seconds)


# ---------------------------------------------------------------- search


def test_search_offers_with_query_text_and_the_cli_defaults(served: Served) -> None:
    rows = offers(served, "gpu_name=RTX_4090 num_gpus>=1 reliability>0.9", "-o", "dph+")
    assert rows, "the CLI's defaults (verified, external=false, rentable) find offers"
    assert {r["gpu_name"] for r in rows} == {"RTX 4090"}
    assert all(r["num_gpus"] >= 1 and r["reliability"] > 0.9 for r in rows)
    assert all(r["verification"] == "verified" and r["external"] is False for r in rows)
    prices = [r["dph_total"] for r in rows]
    assert prices == sorted(prices)
    everything = offers(served)  # no query: the CLI's defaults alone
    assert len(everything) > len(rows)
    bids = offers(served, "-b", "gpu_name=RTX_4090")  # interruptible prices
    assert bids and all(r["is_bid"] is True and r["dph_base"] == r["min_bid"] for r in bids)


def test_search_volumes_and_network_volumes_with_the_cli_defaults(served: Served) -> None:
    local = served("search", "volumes", "disk_space>=50").json()
    assert local and all(v["disk_space"] >= 50 and v["external"] is False for v in local)
    assert served("search", "volumes").json(), "the defaults alone find volume offers"
    network = served("search", "network-volumes").json()
    assert network and all(v["verified"] is True and v["external"] is False for v in network)


# ---------------------------------------------------------------- one instance's life


def test_create_show_label_stop_start_reboot_destroy_instance(served: Served) -> None:
    env = "-e TZ=Europe/Paris -e TOKEN=a/b:c=d+e -p 8080:8080 -p 10022:10022"
    iid = rent(served, "--env", env, "--ssh", "--direct", "--label", "job-1", "--disk", "20")
    inst = served.fake.state.instances[iid]
    assert (inst["label"], inst["disk_space"], inst["image_runtype"]) == (
        "job-1",
        20.0,
        "ssh_direc ssh_proxy",
    )
    loading = served("show", "instance", str(iid)).json()
    assert loading["actual_status"] == "loading" and loading["ports"] == {}
    running(served)
    shown = served("show", "instance", str(iid)).json()
    assert shown["actual_status"] == "running"
    assert shown["extra_env"]["TOKEN"] == "a/b:c=d+e"  # any printable value, as sent
    assert set(shown["ports"]) == {"22/tcp", "8080/tcp", "10022/tcp"}
    host = int(shown["ports"]["10022/tcp"][0]["HostPort"])
    assert shown["direct_port_start"] <= host <= shown["direct_port_end"]
    assert [i["id"] for i in served("show", "instances").json()] == [iid]

    said = served("label", "instance", str(iid), "job-2", raw=False)
    assert said.ok and said.out.strip() == f"label for {iid} set to job-2."
    assert inst["label"] == "job-2"
    assert (
        served("stop", "instance", str(iid), raw=False).out.strip() == f"stopping instance {iid}."
    )
    assert served("show", "instance", str(iid)).json()["actual_status"] == "exited"
    started = served("start", "instance", str(iid), raw=False)
    assert started.out.strip() == f"starting instance {iid}."
    assert inst["_intended"] == "running"
    boots = inst["_boot"]
    rebooted = served("reboot", "instance", str(iid), raw=False)
    assert rebooted.out.strip() == f"Rebooting instance {iid}."
    assert inst["_boot"] == boots + 1  # the container restarted

    asked = served("destroy", "instance", str(iid), stdin="n\n", raw=False)  # it asks first
    assert "Aborted." in asked.out and iid in served.fake.state.instances
    gone = served("destroy", "instance", str(iid), "-y", raw=False)
    assert gone.ok and gone.out.strip() == f"destroying instance {iid}."
    assert served.fake.state.instances == {}
    again = served("destroy", "instance", str(iid), "-y")  # already gone: production's 404
    served.expected_refusals.add(("destroy_instance", 404))
    err = json.loads(again.err)
    assert (err["status_code"], err["msg"]) == (404, f"Instance {iid} not found.")


def test_bulk_create_start_stop_destroy_instances(served: Served) -> None:
    ids = [str(o["id"]) for o in offers(served, "gpu_name=RTX_4090", "-o", "dph+")[:3]]
    made = served("create", "instances", *ids, "--image", "ubuntu:22.04", raw=False)
    assert made.ok and made.out.startswith("Started. ")  # one bulk request: three rentals
    answer = ast.literal_eval(made.out.removeprefix("Started. ").strip())
    iids = sorted(served.fake.state.instances)
    assert sorted(answer["created"]) == iids and len(iids) == 3 and answer["failed"] == []
    assert sorted(i["_offer"] for i in served.fake.state.instances.values()) == sorted(
        int(i) for i in ids
    )
    stopped = served("stop", "instances", *map(str, iids), raw=False)
    assert stopped.ok
    assert {i["_intended"] for i in served.fake.state.instances.values()} == {"stopped"}
    assert served("start", "instances", *map(str, iids), raw=False).ok
    assert {i["_intended"] for i in served.fake.state.instances.values()} == {"running"}
    assert served("destroy", "instances", *map(str, iids), "-y", raw=False).ok
    assert served.fake.state.instances == {}


def test_launch_instance_rents_the_best_match_or_says_nothing_matched(served: Served) -> None:
    launched = served(
        "launch",
        "instance",
        "-g",
        "RTX_4090",
        "-n",
        "1",
        "-i",
        "ubuntu:22.04",
        "-r",
        "Europe",
        "--env",
        "-p 10022:10022",
        "--label",
        "launched",
    ).json()
    assert launched["success"] is True
    inst = served.fake.state.instances[launched["new_contract"]]
    assert (inst["gpu_name"], inst["num_gpus"], inst["label"]) == ("RTX 4090", 1, "launched")
    assert inst["geolocation"].endswith(("DE", "NL", "NO", "PL", "SE", "FI"))
    assert "10022/tcp" in inst["_ports"]
    nothing = served("launch", "instance", "-g", "H100_SXM", "-n", "14", "-i", "ubuntu", raw=False)
    assert nothing.ok  # (vastai prints the failure and exits 0)
    assert "Failed to launch instance: offer_not_found, No offer matched the query." in nothing.out
    assert len(served.fake.state.instances) == 1


# ---------------------------------------------------------------- getting in, and output


def test_attach_detach_ssh_key_and_ssh_scp_urls(served: Served) -> None:
    iid = rent(served, "--ssh", "--direct")
    proxied = rent(served)  # the CLI's default runtype "ssh": the proxy only
    running(served)
    attached = served("attach", "ssh", str(iid), PUBLIC_KEY)
    assert attached.ok and "SSH key attached successfully" in attached.out
    (key,) = served("show", "ssh-keys").json()
    assert served.fake.state.instances[iid]["_ssh_keys"] == [key["id"]]
    detached = served("detach", "ssh", str(iid), str(key["id"]))
    assert detached.ok and "SSH key removed from instance." in detached.out
    assert served.fake.state.instances[iid]["_ssh_keys"] == []

    shown = served("show", "instance", str(iid)).json()
    direct = f"root@{shown['public_ipaddr']}:{shown['ports']['22/tcp'][0]['HostPort']}"
    assert served("ssh-url", str(iid), raw=False).out.strip() == f"ssh://{direct}"
    assert served("scp-url", str(iid), raw=False).out.strip() == f"scp://{direct}"
    proxy = served("show", "instance", str(proxied)).json()
    assert "22/tcp" not in proxy["ports"]
    url = served("ssh-url", str(proxied), raw=False).out.strip()
    assert url == f"ssh://root@{proxy['ssh_host']}:{proxy['ssh_port']}"


def test_logs_return_the_job_output_and_mark_the_fake_lines(served: Served) -> None:
    iid = rent(served, "--onstart-cmd", "python train.py && echo done")
    running(served)
    served.fake.write_output(iid, "epoch 1 loss 0.52\nepoch 2 loss 0.31")
    text = served("logs", str(iid), raw=False).out
    lines = [ln for ln in text.splitlines() if ln]
    job = [ln for ln in lines if not ln.startswith("[FakeVast] ")]
    assert job == ["epoch 1 loss 0.52", "epoch 2 loss 0.31"]  # exactly what the job wrote
    assert "echo done" not in text  # the onstart script is not echoed back as output
    assert any("Container started" in ln for ln in lines)
    tail = served("logs", str(iid), "--tail", "1", raw=False).out.split()
    assert tail == ["epoch", "2", "loss", "0.31"]
    daemon = served("logs", str(iid), "--daemon-logs", raw=False).out
    assert "kaalia" in daemon and "epoch" not in daemon


def test_execute_in_vastai_1_9_1_crashes_after_fetching_the_output(served: Served) -> None:
    """vastai 1.9.1 bug (docs/testing.md): ``api/instances.py:execute`` already polls the
    result URL and returns the text, and ``cli/commands/misc.py:execute`` then calls
    ``.get("success")`` on that text: every successful ``vastai execute`` ends in
    AttributeError. The request and the fetch of its output work; the printing does not."""
    iid = rent(served)
    running(served)
    served.fake.write_output(iid, "model.bin\nREADME.md\n", command="ls /workspace")
    result = served("execute", str(iid), "ls /workspace", raw=False)
    assert result.code == 1
    assert "AttributeError: 'str' object has no attribute 'get'" in result.err
    served_ops = [(c.op, c.status) for c in served.fake.calls[-3:]]
    assert ("execute", 200) in served_ops and served_ops[-1] == ("result_url", 200)


# ---------------------------------------------------------------- the account


def test_show_user_invoices_and_earnings(served: Served) -> None:
    user = served("show", "user").json()
    assert (user["id"], user["email"]) == (served.fake.state.user["id"], "you@example.com")
    assert "api_key" not in user
    # the fake's clock starts 2026-01-01: give the CLI (which counts from the real now) dates
    invoices = served("show", "invoices", "-s", "2025-12-01", "-e", "2026-02-01").json()
    assert [row["type"] for row in invoices] == ["payment"]
    assert invoices[0]["amount"] == 50.0
    earnings = served("show", "earnings").json()  # sends ?machid=null (F3)
    assert earnings["per_machine"] and earnings["summary"]["total_gpu"] > 0


def test_create_show_delete_volume(served: Served) -> None:
    offer = served("search", "volumes", "disk_space>=100").json()[0]
    made = served("create", "volume", str(offer["ask_contract_id"]), "-s", "50").json()
    assert made["success"] is True
    (volume,) = served("show", "volumes").json()
    assert volume["disk_space"] == 50.0 and made["volume_name"].endswith(str(volume["id"]))
    assert served("delete", "volume", str(volume["id"])).json()["success"] is True
    assert served("show", "volumes").json() == []


def test_create_show_delete_endpoint_and_workergroup(served: Served) -> None:
    made = served("create", "endpoint", "--endpoint_name", "llm", "--max_workers", "4").json()
    (endpoint,) = served("show", "endpoints").json()
    assert (endpoint["id"], endpoint["endpoint_name"], endpoint["max_workers"]) == (
        made["result"],
        "llm",
        4,
    )
    template = next(iter(served.fake.state.templates.values()))["hash_id"]
    group = served("create", "workergroup", "--endpoint_name", "llm", "--template_hash", template)
    assert group.ok and "'success': True" in group.out
    (shown,) = served("show", "workergroups").json()
    assert shown["endpoint_id"] == endpoint["id"]
    deleted = served("delete", "workergroup", str(shown["id"]))
    assert deleted.ok and served.fake.state.workergroups == {}
    assert served("delete", "endpoint", str(endpoint["id"])).ok
    assert served.fake.state.endpoints == {}


def test_create_show_delete_env_var(served: Served) -> None:
    value = "hf_0123/abc:def=ghi+jkl"  # refused by one document's pattern; production takes it
    made = served("create", "env-var", "HF_TOKEN", value, raw=False)
    assert made.ok and "added successfully" in made.out
    assert served("show", "env-vars", "-s").json() == {"HF_TOKEN": value}
    assert served("delete", "env-var", "HF_TOKEN", raw=False).ok
    assert served.fake.state.env_vars == {}


def test_create_search_delete_template(served: Served) -> None:
    made = served(
        "create",
        "template",
        "--name",
        "trainer",
        "--image",
        "pytorch/pytorch",
        "--disk_space",
        "40",
        "--env",
        "-p 8080:8080",
        raw=False,
    )  # --disk_space is sent as the string "40" (F1)
    assert made.ok and "New Template:" in made.out
    (found,) = served("search", "templates", "name=trainer").json()
    assert (found["image"], found["recommended_disk_space"]) == ("pytorch/pytorch", 40)
    gone = served("delete", "template", "--template-id", str(found["id"]), raw=False)
    assert gone.ok and found["id"] not in served.fake.state.templates


def test_change_bid(served: Served) -> None:
    offer = offers(served, "-b", "gpu_name=RTX_4090", "-o", "dph+")[0]
    low = served("create", "instance", str(offer["id"]), "--image", "ubuntu", "--bid_price", "0.01")
    served.expected_refusals.add(("create_instance", 400))
    assert (
        json.loads(low.err)["msg"] == f"Bid price 0.01 is below the minimum {offer['min_bid']:g}."
    )
    bid = str(offer["min_bid"])
    iid = served("create", "instance", str(offer["id"]), "--image", "ubuntu", "--bid_price", bid)
    contract = int(iid.json()["new_contract"])
    assert served.fake.state.instances[contract]["is_bid"] is True
    higher = round(offer["min_bid"] + 0.05, 4)
    changed = served("change", "bid", str(contract), "--price", str(higher), raw=False)
    assert changed.ok and "bid price changed" in changed.out
    assert served.fake.state.instances[contract]["dph_base"] == higher


def test_create_delete_api_key(served: Served, tmp_path: Path) -> None:
    permissions = tmp_path / "permissions.json"
    permissions.write_text(json.dumps({"api": {"instance_read": {}}}))
    made = served("create", "api-key", "--name", "ci", "--permission_file", str(permissions))
    assert made.ok and made.out.startswith("api-key created ")
    body = ast.literal_eval(made.out.removeprefix("api-key created ").strip())
    key_id = body["id"]
    assert len(body["key"]) == 64
    assert served.fake.state.api_keys[key_id]["permissions"] == {"api": {"instance_read": {}}}
    assert served("delete", "api-key", str(key_id)).ok
    assert key_id not in served.fake.state.api_keys
