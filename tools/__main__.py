"""``python -m tools generate|check|changelog``: vast-sdk's build commands, one process each.

python -m tools generate [--spec FILE] [--out DIR] [--lenient]
python -m tools check                  # fail if vast_sdk/_generated drifted from spec + overlay
python -m tools changelog [OLD] [NEW]  # Markdown API changes, by pinned name
python -m tools snippets [--out DIR]   # the README's Python snippets, for mypy
python -m tools upgrade SOURCE FILE [SOURCE FILE ...] [--review-only] [--lock]
                                       # take new revisions: review, regenerate, changelog
python -m tools overlay lock           # record what the overlay relies on (openapi.overlay.lock)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import NEXT_SPEC, OVERLAY, ROOT, SPEC, ToolError
from .overlay import OverlayError


def _generate(args: argparse.Namespace) -> int:
    from .generate import build, write

    spec = Path(args.spec) if args.spec else None
    generated = build(spec, Path(args.overlay), lenient=args.lenient)
    for note in generated.notes:
        print(f"overlay: {note}", file=sys.stderr)
    out = Path(args.out)
    dest = out / "_generated"
    package = out.resolve() == (ROOT / "vast_sdk").resolve()
    write(generated, dest, ROOT / "docs" if package else out / "docs")
    if package:  # the revisions the committed code is made from, for the next upgrade's review
        from .overlay_records import load_overlay
        from .sources import sources_from
        from .upgrade import keep, store_dir

        for source in sources_from(load_overlay(Path(args.overlay).read_bytes()), spec):
            keep(source.path, store_dir())
    count = sum(1 for name in generated.files if name.endswith(".py"))
    print(f"generate: wrote {dest} ({count} Python files)")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .check import drift

    committed = ROOT / "vast_sdk" / "_generated"
    problems = drift(committed, ROOT / "docs")
    if problems:
        print(
            f"check: {committed} is not what openapi.json + openapi.overlay.yaml generate "
            f"({len(problems)} difference(s)).\nNever edit generated code by hand: change the "
            "overlay, tools/ or templates/, then run 'make generate' and commit the result.\n",
            file=sys.stderr,
        )
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    print("check: vast_sdk/_generated matches openapi.json + openapi.overlay.yaml")
    return 0


def _changelog(args: argparse.Namespace) -> int:
    from .changelog import changelog
    from .generate import patched_spec

    old, _, _ = patched_spec(Path(args.old), Path(args.overlay), lenient=True, allow_unpinned=True)
    new, notes, _ = patched_spec(
        Path(args.new), Path(args.overlay), lenient=True, allow_unpinned=True
    )
    sys.stdout.write(changelog(old, new, notes))
    return 0


def _snippets(args: argparse.Namespace) -> int:
    from .snippets import write_snippets

    paths = write_snippets(Path(args.out))
    print(f"snippets: wrote {len(paths)} README snippets to {args.out}")
    return 0


def _overlay(args: argparse.Namespace) -> int:
    """``overlay lock``: record, in the lock beside the overlay, what the rules replace or
    create upstream, each source's overlay-owned schemas and every keyword; print what
    changed. Refused while the overlay has other problems (they would be recorded too)."""
    from .generate import patched_spec
    from .lock import Lock, Observed, changes, lock_path, read, write

    overlay = Path(args.overlay)
    seen = Observed()
    _patched, notes, _sources = patched_spec(
        None, overlay, lenient=True, check_lock=False, observe=seen
    )
    if notes:
        raise ToolError(
            "the overlay has problems; fix them before recording the lock:\n  " + "\n  ".join(notes)
        )
    path = lock_path(overlay)
    try:
        old = read(path)
    except OverlayError as exc:  # replaced whole: say so, compare with nothing
        print(f"overlay lock: replacing an unreadable {path.name} ({exc})", file=sys.stderr)
        old = None
    new = Lock.of(seen)
    write(path, new)
    found = changes(old, new)
    print(f"overlay lock: wrote {path.name} ({len(found)} change(s); review them with git diff)")
    for line in found:
        print(f"  - {line}")
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    from .upgrade import run

    items = list(args.pairs)
    if not items or len(items) % 2:
        raise ToolError("give SOURCE FILE pairs (make upgrade SOURCE=next FILE=path)")
    pairs = [(items[i], Path(items[i + 1])) for i in range(0, len(items), 2)]
    store = Path(args.store) if args.store else None
    code, text = run(
        pairs,
        overlay_path=Path(args.overlay),
        store=store,
        review_only=args.review_only,
        relock=args.lock,
    )
    sys.stdout.write(text)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate vast_sdk/_generated")
    gen.add_argument("--spec", help="replace the primary source (default: the overlay's sources)")
    gen.add_argument("--overlay", default=str(OVERLAY))
    gen.add_argument("--out", default=str(ROOT / "vast_sdk"), help="writes OUT/_generated")
    gen.add_argument("--lenient", action="store_true", help="report stale fixes, do not fail")
    gen.set_defaults(run=_generate)
    check = sub.add_parser("check", help="fail if vast_sdk/_generated drifted")
    check.set_defaults(run=_check)
    log = sub.add_parser("changelog", help="API changes between two spec revisions")
    log.add_argument("old", nargs="?", default=str(SPEC))
    log.add_argument("new", nargs="?", default=str(NEXT_SPEC))
    log.add_argument("--overlay", default=str(OVERLAY))
    log.set_defaults(run=_changelog)
    snip = sub.add_parser("snippets", help="write the README's Python snippets as files")
    snip.add_argument("--out", default=str(ROOT / "build" / "readme_snippets"))
    snip.set_defaults(run=_snippets)
    up = sub.add_parser(
        "upgrade", help="take new revisions of sources: review, regenerate, changelog"
    )
    up.add_argument(
        "pairs", nargs="+", metavar="SOURCE FILE", help="a source's name and its new revision"
    )
    up.add_argument("--review-only", action="store_true", help="print the review, change nothing")
    up.add_argument(
        "--lock",
        action="store_true",
        help="after you reviewed them: record the new revisions' expectations and keywords "
        "in openapi.overlay.lock (what 'overlay lock' does) instead of stopping on them",
    )
    up.add_argument("--overlay", default=str(OVERLAY))
    up.add_argument("--store", help="where previous revisions are kept (default: .sources/)")
    up.set_defaults(run=_upgrade)
    ov = sub.add_parser("overlay", help="the overlay's lock (openapi.overlay.lock)")
    ov.add_argument("action", choices=["lock"], help="lock: record what the overlay relies on")
    ov.add_argument("--overlay", default=str(OVERLAY))
    ov.set_defaults(run=_overlay)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except (ToolError, OverlayError) as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
