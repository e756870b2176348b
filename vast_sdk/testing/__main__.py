"""``python -m vast_sdk.testing``: serve a FakeVast on loopback, or run a script against one.

    python -m vast_sdk.testing --port 0                  # prints the URL, serves until killed
    python -m vast_sdk.testing --run examples/quickstart.py [ARGS...]
    python -m vast_sdk.testing --closed-bodies --run my_script.py   # undocumented fields: 400

``--run`` starts the fake, runs the script with this Python and VAST_URL, VAST_API_KEY (and,
unless already set, VAST_POLL_INTERVAL=0.2: the seconds between polls of the SDK's helpers, which
read it) in its environment, stops the fake and exits with the script's exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import threading

from ._core import FakeVast


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m vast_sdk.testing", description=__doc__.split("\n")[0]
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    p.add_argument("--seed", type=int, default=0, help="catalogue seed (default 0)")
    p.add_argument("--api-key", default=None, help="the key the fake accepts (default: derived)")
    p.add_argument("--boot-seconds", type=float, default=30.0, help="fake seconds to boot")
    p.add_argument(
        "--auto-advance",
        type=float,
        default=5.0,
        help="fake seconds each request moves the clock (default 5)",
    )
    p.add_argument(
        "--closed-bodies",
        action="store_true",
        help="answer 400 to a request body field its operation does not document (production "
        "ignores it: this finds a field your code sends for nothing)",
    )
    p.add_argument("--run", nargs=argparse.REMAINDER, metavar="SCRIPT", help="script and args")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    fake = FakeVast(
        seed=args.seed,
        api_key=args.api_key,
        boot_seconds=args.boot_seconds,
        auto_advance=args.auto_advance,
        closed_bodies=args.closed_bodies,
    )
    with fake.serve(args.host, args.port) as url:
        if args.run:
            env = {**os.environ, "VAST_URL": url, "VAST_API_KEY": fake.api_key}
            env.setdefault("VAST_POLL_INTERVAL", "0.2")
            print(f"FakeVast serving {url}; running {' '.join(args.run)}", file=sys.stderr)
            return subprocess.call([sys.executable, *args.run], env=env)
        print(url, flush=True)
        print(
            f"FakeVast: export VAST_URL={url} VAST_API_KEY={fake.api_key}  (Ctrl-C stops)",
            file=sys.stderr,
            flush=True,
        )
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
