"""Start-up knowledge: when an instance that is not running yet never will, and why.

``actual_status`` alone does not say it: an image that cannot be pulled or a container that
cannot be created leaves the instance ``loading`` or ``created`` with the reason in
``status_msg``, and a wait on the status alone spins until its timeout. ``STARTUP_FAILURES`` is
the table of ``status_msg`` patterns that mean "this will never start", each with its source:

- the official package's self-test (``vastai`` 1.9.1, ``vastai/cli/commands/machines.py``,
  its ``wait_for_instance``): it gives up on an instance whose ``status_msg`` contains
  "error", "failed", "failure", "exception", "traceback", "oci runtime" or "permission
  denied", and names the failure with ``vastai/cli/self_test/runtime_diagnostics.py``'s
  ``classify_status_msg``: image pull (pull, manifest, unauthorized, denied, repository does not
  exist, no such image) or daemon/container start-up (OCI runtime, runc, nvidia-container, exec
  format error, mount, entrypoint); its NVML check adds driver/library version mismatch and
  "failed to initialize ... nvidia".
- dstack's Vast backend (``src/dstack/_internal/core/backends/vastai/compute.py``,
  ``update_provisioning_data``): an instance ``created`` whose ``status_msg`` contains
  ": OCI runtime create failed:" is a provisioning error.
- Docker's and the NVIDIA container toolkit's own wording for the same failures (no space left
  on device, failed to register layer, could not select device driver with capabilities gpu,
  unsatisfied condition: cuda>=, toomanyrequests).

The self-test's single words ("error", "failed") are not used alone: a launch that gives up
destroys the instance, and a transient "Error response from daemon" while a pull is retried
would then cost a working rental. Every pattern below is a specific failure phrase, checked
only while the instance is not running. Rows are tried in order, the specific causes (disk,
GPU, mounts) before the generic "OCI runtime create failed" that Docker wraps them in.

``startup_verdict`` is the one decision, pure, for one poll of an instance waited on for
``running``; the wait's Waiter (_wait.py) raises the typed errors from it (InstanceStartError,
OutbidError, InstanceStateError). docs/RELIABILITY.md ("Start-up failures") shows the table.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from ._read import InstanceLike, get, text
from ._wait import HOST_GONE

__all__ = [
    "HOST_GONE",
    "STARTUP_FAILURES",
    "StartupFailure",
    "Verdict",
    "VerdictKind",
    "classify_status_msg",
    "is_outbid",
    "startup_verdict",
]

Category = Literal["image_pull", "container", "disk", "gpu", "mount"]


@dataclass(frozen=True)
class StartupFailure:
    """One row of the table: a ``status_msg`` pattern that means the instance will not start.

    ``category`` is the kind of failure, ``pattern`` the regular expression (searched, case
    insensitive), ``why`` what it means for the user, ``source`` where the knowledge comes from.
    """

    category: Category
    pattern: str
    why: str
    source: str


_SELF_TEST = "vastai 1.9.1 self-test (runtime_diagnostics.classify_status_msg)"
_DSTACK = "dstack vastai/compute.py update_provisioning_data"
_DOCKER = "Docker / NVIDIA container toolkit error text"

STARTUP_FAILURES: tuple[StartupFailure, ...] = (
    # ---- the image cannot be pulled
    StartupFailure(
        "image_pull",
        r"pull access denied",
        "the registry refused the pull: a private image without image_login, or a wrong name",
        _SELF_TEST,
    ),
    StartupFailure(
        "image_pull",
        r"requested access to the resource is denied",
        "the registry refused access to the image",
        _SELF_TEST,
    ),
    StartupFailure(
        "image_pull",
        r"repository does not exist|no such image",
        "the image does not exist",
        _SELF_TEST,
    ),
    StartupFailure(
        "image_pull",
        r"manifest (?:for \S+ )?(?:unknown|not found)|manifest unknown",
        "the image tag does not exist (or not for this platform)",
        _SELF_TEST,
    ),
    StartupFailure(
        "image_pull",
        r"unauthorized: |authentication required|incorrect username or password",
        "the registry login (image_login) was refused or missing",
        _SELF_TEST,
    ),
    StartupFailure(
        "image_pull",
        r"invalid reference format",
        "the image name is not a valid Docker reference",
        _DOCKER,
    ),
    StartupFailure(
        "image_pull",
        r"toomanyrequests|pull rate limit",
        "the registry's pull rate limit for this machine is used up",
        _DOCKER,
    ),
    StartupFailure(
        "image_pull",
        r"(?:error|failed)(?: while)? pulling image|failed to pull",
        "the image pull failed",
        _SELF_TEST,
    ),
    # ---- no disk space
    StartupFailure(
        "disk",
        r"no space left on device|not enough (?:disk )?space|insufficient (?:disk )?space",
        "the machine has no disk space for the image or the container",
        _DOCKER,
    ),
    StartupFailure(
        "disk",
        r"disk quota exceeded|failed to register layer",
        "the image's layers could not be written to disk",
        _DOCKER,
    ),
    # ---- GPU and driver
    StartupFailure(
        "gpu",
        r"nvidia-container-cli|nvidia-container-runtime",
        "the NVIDIA container toolkit could not give the container its GPUs",
        _SELF_TEST,
    ),
    StartupFailure(
        "gpu",
        r"driver/library version mismatch|failed to initialize nvml|nvml: ",
        "the host's NVIDIA driver is broken or mismatched",
        "vastai 1.9.1 self-test (runtime_diagnostics NVML check)",
    ),
    StartupFailure(
        "gpu",
        r"could not select device driver",
        "the host cannot give containers GPUs",
        _DOCKER,
    ),
    StartupFailure(
        "gpu",
        r"unsatisfied condition: cuda",
        "the image needs a newer CUDA than the host's driver supports",
        _DOCKER,
    ),
    # ---- volumes and mounts
    StartupFailure(
        "mount",
        r"error (?:while )?mounting|failed to mount|invalid mount config",
        "a volume or mount of the container could not be set up",
        _SELF_TEST,
    ),  # ---- the container cannot be created or started
    StartupFailure(
        "container",
        r"oci runtime (?:create |start |exec )?failed",
        "the container runtime could not create the container",
        f"{_DSTACK}; {_SELF_TEST}",
    ),
    StartupFailure(
        "container",
        r"exec format error",
        "the image is built for another CPU architecture",
        _SELF_TEST,
    ),
    StartupFailure(
        "container",
        r"executable file not found|starting container process caused",
        "the image's entrypoint or command cannot be run",
        _SELF_TEST,
    ),
    StartupFailure(
        "container",
        r"failed to create (?:shim|task)|cannot start (?:a )?(?:stopped )?container",
        "the container runtime could not start the container",
        _SELF_TEST,
    ),
)
"""The ``status_msg`` patterns that end a wait for ``running`` at once (see the module doc).

Not in the table, on purpose: the single words the official self-test gives up on ("error",
"failed", "failure", "exception", "traceback", "permission denied"; machines.py
wait_for_instance), which also match messages that pass while Vast retries.
"""


@functools.cache
def _compiled() -> tuple[tuple[StartupFailure, re.Pattern[str]], ...]:
    """The table's patterns, compiled at the first wait that needs them (not at import)."""
    return tuple((row, re.compile(row.pattern, re.IGNORECASE)) for row in STARTUP_FAILURES)


OUTBID_TEXT = r"\bout[- ]?bid\b|\bhigher bid\b|\bbid (?:is )?(?:too low|below)"
"""status_msg wording that says a bid instance lost its machine to a higher bid."""

OUTBID_STATES = frozenset({"stopped"})
"""actual_status of a bid instance stopped by the market (the official package's guide,
vastai/SKILL.md: "When outbid, the instance moves to stopped (not destroyed)")."""


def classify_status_msg(status_msg: str | None) -> StartupFailure | None:
    """The first table row whose pattern ``status_msg`` contains, or None."""
    if not status_msg or not status_msg.strip():
        return None
    return next((row for row, rx in _compiled() if rx.search(status_msg)), None)


def is_outbid(instance: InstanceLike) -> bool:
    """True for a bid instance that the market stopped (it was outbid).

    A bid (``is_bid``) instance that should run (``intended_status`` running) but does not:
    its ``status_msg`` says so, or its ``actual_status`` (or ``cur_state``, the contract's
    state, as FakeVast shows an outbid instance: ``exited`` with ``cur_state`` stopped) is
    ``stopped`` while nobody stopped it.
    A bid instance the user stopped has ``intended_status`` stopped and is not outbid.
    """
    if get(instance, "is_bid") is not True:
        return False
    if get(instance, "intended_status") not in (None, "running"):
        return False
    msg = get(instance, "status_msg")
    if isinstance(msg, str) and re.search(OUTBID_TEXT, msg, re.IGNORECASE):
        return True
    stopped = get(instance, "actual_status") in OUTBID_STATES
    return stopped or get(instance, "cur_state") == "stopped"


VerdictKind = Literal[
    "running", "keep_waiting", "failed", "outbid", "frozen", "host_gone", "stopped", "exited"
]


@dataclass(frozen=True)
class Verdict:
    """What one poll says about an instance waited on for ``running``.

    ``kind``:

    - ``running``: it runs (``actual_status`` and ``intended_status`` running);
    - ``keep_waiting``: not yet, nothing says it will not;
    - ``failed``: a start-up failure in ``status_msg`` (``failure`` is the table row);
    - ``outbid``: a bid instance the market stopped;
    - ``frozen``: paused with its memory kept (GPU charges continue); it does not resume alone;
    - ``host_gone``: ``offline`` or ``unknown``, the host stopped reporting;
    - ``stopped``: ``intended_status`` stopped (start it first);
    - ``exited``: the container exited; whether that ends the wait is the Waiter's call (right
      after a start an instance still shows ``exited`` for a while).

    ``reason`` says it in words, for an error message.
    """

    kind: VerdictKind
    reason: str
    failure: StartupFailure | None = None

    @property
    def final(self) -> bool:
        """True when waiting longer cannot make the instance run."""
        return self.kind in ("failed", "outbid", "frozen", "host_gone", "stopped")


def startup_verdict(instance: InstanceLike) -> Verdict:
    """Decide one poll of an instance waited on for ``running`` (pure).

    Checked in this order: running; outbid; a start-up failure in ``status_msg`` (only while
    not running); frozen; host gone; stopped; exited; else keep waiting.
    """
    actual, intended = get(instance, "actual_status"), get(instance, "intended_status")
    if actual == "running" and intended in (None, "running"):
        return Verdict("running", "running")
    if is_outbid(instance):
        return Verdict(
            "outbid",
            "was outbid: a higher bid took its machine (raise the bid with change_bid, or "
            "destroy it: its disk is still billed)",
        )
    msg = text(instance, "status_msg")
    failure = classify_status_msg(msg)
    if failure is not None:
        return Verdict("failed", f"will not start: {failure.why} ({msg})", failure)
    if actual == "frozen":
        return Verdict(
            "frozen", "is frozen (paused with its memory kept, GPU still billed): it will not run"
        )
    if actual in HOST_GONE:
        return Verdict(
            "host_gone", f"is {actual}: its host stopped reporting, so it will not start"
        )
    if intended == "stopped":
        return Verdict(
            "stopped", "is stopped (intended_status 'stopped'): start it with start_instance first"
        )
    if actual == "exited":
        return Verdict("exited", "exited: its container stopped")
    return Verdict("keep_waiting", f"is {actual or 'being created'}")
