"""Text from an instance: its logs (``vastai logs``) and a command's output (``vastai execute``).

    python -m vast_sdk.testing --run examples/logs_and_execute.py   # local FakeVast
    VAST_API_KEY=... python examples/logs_and_execute.py            # the real API: rents a GPU!

``logs`` and ``execute_text`` call show_logs / execute, then fetch the text from the URL the API
answers with (on S3: a plain GET without your API key, polled until it is uploaded). Rents the
cheapest instance with ``launch`` and destroys it at the end. Against the real API it asks
before renting (``--yes`` skips the question).
"""

from __future__ import annotations

import sys

from vast_sdk import DEFAULT_BASE_URL, Vast, VastError


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent a real GPU; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def show(title: str, text: str) -> None:
    print(f"--- {title}")
    print(text.rstrip() or "(empty)")


def main() -> int:
    with Vast() as vast:
        if vast.base_url == DEFAULT_BASE_URL and not confirm("Rent a GPU on the real API?"):
            return 2
        instance = vast.launch(image="ubuntu:22.04", disk=10, onstart="echo hello from onstart")
        try:
            show("logs, last 20 lines", vast.logs(instance.id, tail=20))
            show("daemon logs", vast.logs(instance.id, daemon_logs=True))
            show("ls -l /workspace", vast.execute_text(instance.id, "ls -l /workspace"))
            show("du -d1 -h /", vast.execute_text(instance.id, "du -d1 -h /"))
        finally:
            vast.destroy_instance(id=instance.id)
            print(f"Destroyed instance {instance.id}.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"logs example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
