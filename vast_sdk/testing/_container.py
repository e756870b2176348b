"""What runs inside a fake instance: its log lines and the few commands ``execute`` allows.

Deterministic from the instance and the clock, so a test can assert on the text.
"""

from __future__ import annotations

import fnmatch
import shlex

from ._state import Row, State

HEARTBEAT = 60.0
"""Fake seconds between the log lines a running container prints."""
MAX_LINES = 1000
"""What the API returns without ``tail``."""
FILES = {
    "/workspace/README.md": 1_024,
    "/workspace/data/train.csv": 52_428_800,
    "/workspace/data/test.csv": 10_485_760,
    "/workspace/model/weights.bin": 1_073_741_824,
    "/root/onstart.sh": 128,
}
"""The files every fake instance starts with (path -> bytes)."""


def writeable_path(inst: Row) -> str:
    """Where the container's filesystem lives on the host (execute output is prefixed by it)."""
    return f"/var/lib/docker/overlay2/c{inst['id']}/merged"


MARK = "[FakeVast]"
"""Starts every log line the fake writes itself, so it is never mistaken for a job's output."""


def log_lines(s: State, inst: Row, daemon: bool, failure: str | None = None) -> list[str]:
    """The container's (or, ``daemon``, the host daemon's) log up to now.

    The container log is the fake's own lines (each starting ``[FakeVast]``: image pull,
    start, a heartbeat a minute) and, in the order written, the job output a test fed with
    ``FakeVast.write_output`` (as written, unmarked). The onstart script is not echoed.
    ``failure``: the status message of a boot that failed (FakeVast.fail_start).
    """
    start, ready = inst["start_date"], inst["_ready_at"]
    now, image = s.now(), inst["image_uuid"]

    def at(t: float, text: str) -> tuple[float, str]:
        return t, f"{MARK} {s.clock.iso(t)} {text}"

    if daemon:
        lines = [at(start, f"kaalia: contract {inst['id']} accepted, pulling {image}")]
        if now >= ready:
            lines.append(at(ready, f"kaalia: container C.{inst['id']} started"))
        return [text for _, text in lines]
    lines = [at(start, f"Pulling image {image}")]
    if now >= ready and failure:
        lines.append(at(ready, f"Container failed to start: {failure}"))
    elif now >= ready:
        lines.append(at(ready, f"Status: Downloaded newer image for {image}"))
        lines.append(at(ready, "Container started"))
        beats = min(int((now - ready) // HEARTBEAT), MAX_LINES)
        lines += [at(ready + (n + 1) * HEARTBEAT, f"heartbeat {n + 1}") for n in range(beats)]
    lines += [(t, text) for t, text in inst.get("_output", [])]
    lines.sort(key=lambda pair: pair[0])  # stable: a line written at a tick stays in order
    return [text for _, text in lines]


def write_output(s: State, inst: Row, text: str) -> None:
    """Append ``text`` (split into lines) to the container's output, at the fake's now."""
    now = s.now()
    output: list[tuple[float, str]] = inst.setdefault("_output", [])
    output += [(now, line) for line in text.splitlines()]


def select(lines: list[str], tail: str | None, pattern: str | None) -> str:
    """``grep pattern | tail -n tail``, as the API applies them."""
    if pattern:
        lines = [ln for ln in lines if pattern in ln]
    try:
        count = int(tail) if tail is not None else MAX_LINES
    except ValueError:
        count = MAX_LINES
    return "\n".join(lines[-count:] if count > 0 else []) + "\n"


def _files(inst: Row) -> dict[str, int]:
    files: dict[str, int] = inst.setdefault("_files", dict(FILES))
    return files


def _absolute(path: str) -> str:
    return "/" + path.strip("/") if path not in ("", ".") else "/"


COMMANDS = ("ls", "rm", "du")
"""What ``execute`` runs (production refuses anything else: "Invalid command given.")."""


def allowed(command: str) -> bool:
    """True for a command ``execute`` accepts (its first word is one of COMMANDS)."""
    return command.strip().split(" ", 1)[0] in COMMANDS


def run_command(inst: Row, command: str) -> str:
    """The output of ``ls``, ``du`` or ``rm`` on the fake filesystem (paths from ``/``), or
    what a test scripted for exactly this command (``FakeVast.write_output(command=...)``)."""
    scripted: dict[str, str] = inst.get("_command_output") or {}
    if command.strip() in scripted:
        return scripted[command.strip()]
    words = shlex.split(command)
    name, args = words[0], [w for w in words[1:] if not w.startswith("-")]
    root = writeable_path(inst)
    files = _files(inst)
    target = _absolute(args[0]) if args else "/"
    inside = [p for p in files if p == target or p.startswith(target.rstrip("/") + "/")]
    if name == "rm":
        for path in inside or [p for p in files if fnmatch.fnmatch(p, target)]:
            del files[path]
        return ""
    if name == "ls":
        if target in files:
            return target.rsplit("/", 1)[-1] + "\n"
        depth = target.rstrip("/").count("/") + 1
        names = sorted({p.split("/")[depth] for p in inside})
        return "".join(f"{n}\n" for n in names)
    # du: one line per directory under the target, then the target, sizes in KiB
    sizes: dict[str, int] = {}
    for path in inside:
        parts = path.split("/")
        for cut in range(2, len(parts)):
            folder = "/".join(parts[:cut])
            sizes[folder] = sizes.get(folder, 0) + files[path]
    lines = [f"{size // 1024}\t{root}{folder}" for folder, size in sorted(sizes.items())]
    return "\n".join(lines) + "\n"
