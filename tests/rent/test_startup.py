"""Start-up knowledge: the status_msg table, the verdict for one poll, and the Waiter that ends a
wait at once with a typed error, on instances shaped as production sends them."""

from __future__ import annotations

import pickle
import re
from typing import Any

import pytest

from vast_sdk import InstanceStateError, WaitTimeoutError
from vast_sdk._workflows._rent_errors import InstanceStartError, OutbidError
from vast_sdk._workflows._startup import (
    STARTUP_FAILURES,
    classify_status_msg,
    is_outbid,
    startup_verdict,
)
from vast_sdk._workflows._wait import Waiter
from vast_sdk.models import Instance

FAILING = [
    (
        "Error response from daemon: pull access denied for vastai/doesnotexist, repository does "
        "not exist or may require 'docker login': denied: requested access to the resource is "
        "denied",
        "image_pull",
    ),
    (
        "Error response from daemon: manifest for pytorch/pytorch:9.9 not found: manifest "
        "unknown: manifest unknown",
        "image_pull",
    ),
    (
        'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: '
        "incorrect username or password",
        "image_pull",
    ),
    ("Error response from daemon: No such image: ghcr.io/me/private:latest", "image_pull"),
    ("invalid reference format: repository name must be lowercase", "image_pull"),
    (
        "Error response from daemon: toomanyrequests: You have reached your pull rate limit.",
        "image_pull",
    ),
    ("Error pulling image: context deadline exceeded", "image_pull"),
    (
        "failed to register layer: write /usr/lib/x86_64-linux-gnu/libcudnn.so.8: no space left "
        "on device",
        "disk",
    ),
    ("Error response from daemon: not enough disk space to extract the image", "disk"),
    (
        "docker: Error response from daemon: failed to create task for container: failed to "
        "create shim task: OCI runtime create failed: runc create failed: unable to start "
        "container process: error during container init: error running hook #0: error running "
        "hook: exit status 1, stdout: , stderr: Auto-detected mode as 'legacy' "
        "nvidia-container-cli: initialization error: nvml error: driver/library version "
        "mismatch: unknown.",
        "gpu",  # the cause, not the OCI wrapper
    ),
    (
        'Error response from daemon: could not select device driver "" with capabilities: [[gpu]]',
        "gpu",
    ),
    (
        "nvidia-container-cli: requirement error: unsatisfied condition: cuda>=12.4, please "
        "update your driver to a newer version",
        "gpu",
    ),
    ("Failed to initialize NVML: Driver/library version mismatch", "gpu"),
    (
        'Error response from daemon: invalid mount config for type "bind": bind source path does '
        "not exist: /data",
        "mount",
    ),
    (
        "Error response from daemon: failed to create task for container: failed to create "
        "shim task: OCI runtime create failed: runc create failed: unable to start container "
        'process: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown',
        "container",  # dstack's check, word for word
    ),
    ("exec /usr/bin/python3: exec format error", "container"),
    (
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "nvcc": '
        "executable file not found in $PATH: unknown",
        "container",
    ),
    (
        "Error response from daemon: failed to create task for container: context deadline "
        "exceeded",
        "container",
    ),
]

PASSING = [
    None,
    "",
    "   ",
    "Pulling image pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime",
    "Downloading [=====>        ] 1.2GB/3.4GB",
    "Extracting [==>            ] 200MB/1GB",
    "Status: Downloaded newer image for pytorch/pytorch:latest",
    "Image pulled, creating container",
    "success, running pytorch/pytorch:latest",
    "loading",
    "Stopped by user.",
    # a transient registry error while the daemon retries: the self-test's word "error" would
    # give up here, the table does not
    'Error response from daemon: Head "https://registry-1.docker.io/v2/library/ubuntu/'
    'manifests/22.04": net/http: TLS handshake timeout',
]


@pytest.mark.parametrize("msg, category", FAILING, ids=[c for _, c in FAILING])
def test_each_failure_message_is_classified(msg: str, category: str) -> None:
    row = classify_status_msg(msg)
    assert row is not None and row.category == category
    assert classify_status_msg(msg.upper()) == row  # case does not matter


@pytest.mark.parametrize("msg", PASSING)
def test_messages_of_an_instance_on_its_way_are_not_failures(msg: str | None) -> None:
    assert classify_status_msg(msg) is None


def test_every_row_of_the_table_is_exercised_and_cites_its_source() -> None:
    for row in STARTUP_FAILURES:
        assert row.source and row.why
        assert any(re.search(row.pattern, m, re.IGNORECASE) for m, _ in FAILING), row.pattern


def loading(**fields: Any) -> Instance:
    """A bid-less instance as show_instance returns it while it starts."""
    row: dict[str, Any] = {
        "id": 24000017,
        "machine_id": 52001,
        "actual_status": "loading",
        "intended_status": "running",
        "cur_state": "running",
        "next_state": "running",
        "status_msg": "Pulling image vastai/doesnotexist:latest",
        "is_bid": False,
        "min_bid": 0.1889,
    }
    row.update(fields)
    return Instance.from_dict(row)


@pytest.mark.parametrize(
    "fields, kind",
    [
        ({}, "keep_waiting"),
        ({"actual_status": None, "status_msg": None}, "keep_waiting"),
        ({"actual_status": "running"}, "running"),
        ({"actual_status": "running", "intended_status": None}, "running"),
        ({"status_msg": FAILING[0][0]}, "failed"),
        # dstack's shape: created, with the OCI failure
        ({"actual_status": "created", "status_msg": FAILING[-4][0]}, "failed"),
        ({"actual_status": "frozen"}, "frozen"),
        ({"actual_status": "offline"}, "host_gone"),
        ({"actual_status": "unknown"}, "host_gone"),
        ({"intended_status": "stopped", "actual_status": "exited"}, "stopped"),
        ({"actual_status": "exited"}, "exited"),
        ({"is_bid": True, "actual_status": "stopped"}, "outbid"),
        ({"is_bid": True, "actual_status": "exited", "status_msg": "Stopped: outbid"}, "outbid"),
        ({"is_bid": True, "status_msg": "Your bid is below the current minimum"}, "outbid"),
        # a bid instance the user stopped is not outbid
        ({"is_bid": True, "actual_status": "stopped", "intended_status": "stopped"}, "stopped"),
        # an on-demand instance that is stopped is not outbid
        ({"is_bid": False, "actual_status": "stopped"}, "keep_waiting"),
        # a running instance with an old error text runs
        ({"actual_status": "running", "status_msg": FAILING[0][0]}, "running"),
    ],
)
def test_the_verdict_of_one_poll(fields: dict[str, Any], kind: str) -> None:
    verdict = startup_verdict(loading(**fields))
    assert verdict.kind == kind
    assert verdict.final == (kind in ("failed", "outbid", "frozen", "host_gone", "stopped"))
    assert startup_verdict(loading(**fields).to_dict()).kind == kind  # the JSON reads the same


def test_outbid_needs_a_bid_instance() -> None:
    assert is_outbid({"is_bid": True, "actual_status": "stopped", "intended_status": "running"})
    assert not is_outbid({"is_bid": None, "actual_status": "stopped"})
    assert not is_outbid({"is_bid": "true", "actual_status": "stopped"})


def waiter() -> Waiter:
    made = Waiter.start(24000017, "running", 900.0, 5.0)
    assert isinstance(made, Waiter)
    return made


def test_the_waiter_gives_up_at_once_on_a_start_up_failure_with_the_message() -> None:
    w = waiter()
    assert w.observe(loading(), 0.0) == 5.0  # keeps waiting while it pulls
    msg = FAILING[0][0]
    with pytest.raises(InstanceStartError) as caught:
        w.observe(loading(status_msg=msg), 5.0)
    err = caught.value
    assert err.status_msg == msg and err.category == "image_pull" and err.machine_id == 52001
    assert err.elapsed == 5.0 and err.instance is not None and err.instance_id == 24000017
    assert "will not start" in str(err) and msg in str(err)
    assert isinstance(err, InstanceStateError)  # existing except clauses still catch it
    back = pickle.loads(pickle.dumps(err))
    assert back.status_msg == msg and back.category == "image_pull" and back.machine_id == 52001
    assert back.instance is not None and back.instance.status_msg == msg


def test_the_waiter_raises_outbid_and_frozen_as_their_own_errors() -> None:
    with pytest.raises(OutbidError) as caught:
        waiter().observe(loading(is_bid=True, actual_status="stopped"), 10.0)
    assert caught.value.min_bid == 0.1889 and "change_bid" in str(caught.value)
    assert pickle.loads(pickle.dumps(caught.value)).min_bid == 0.1889
    with pytest.raises(InstanceStateError, match="frozen") as frozen:
        waiter().observe(loading(actual_status="frozen"), 10.0)
    assert type(frozen.value) is InstanceStateError


def test_the_waiter_keeps_its_other_rules() -> None:
    w = waiter()
    assert w.observe(loading(actual_status="running"), 1.0).actual_status == "running"  # type: ignore[union-attr]
    with pytest.raises(InstanceStateError, match="offline"):
        waiter().observe(loading(actual_status="offline"), 1.0)
    with pytest.raises(WaitTimeoutError):
        waiter().observe(loading(), 900.0)
    stopped_wait = Waiter.start(1, "stopped", 900.0, 5.0)
    # waiting for "stopped", a start-up failure is not this wait's business
    assert stopped_wait.observe(loading(status_msg=FAILING[0][0]), 1.0) == 5.0
