"""``python -m tools upgrade SOURCE FILE`` (``make upgrade``): take a new revision of a source.

1. The revision the code was generated from (STAMP.json's sha256: read from the source's
   path, or from the store when that file has changed in place) and the new one are kept in
   the **store**: ``.sources/`` in the checkout (``$VAST_SDK_SOURCE_STORE`` elsewhere), each
   named by its sha256, git-ignored, outside the package and the sdist.
2. The review (``tools/review.py``) is printed. If something would stop generation (an
   operation without a pinned name, a stale rule), nothing else changes: fix it, run again.
   What differs from openapi.overlay.lock (a node a rule replaces changed upstream, a keyword
   is new or gone) stops it too, unless ``--lock`` (``LOCK=1``) says the maintainer reviewed
   it: then the new revisions are recorded in the lock with the regeneration.
3. The source's reference moves to the new file: the ``openapi.json`` link for the seed, the
   overlay's ``sources`` path for the others. The file itself stays where it is: upstream
   documents never enter the repository.
4. The code is regenerated (as ``make generate``) and the entry is written first in
   CHANGELOG.md's unreleased section. Any failure on the way puts the references back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import ROOT, ToolError
from .lock import Lock, lock_path
from .lock import read as read_lock
from .lock import write as write_lock
from .overlay import OverlayError
from .overlay_records import load_overlay, overlay_lines
from .review import Docs, changelog_entry, render_review, review
from .sources import Source, load_document, sources_from

STORE_ENV = "VAST_SDK_SOURCE_STORE"
STORE_NAME = ".sources"
_SUFFIXES = (".json", ".yaml", ".yml")


# ---------------------------------------------------------------- the store


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def store_dir(root: Path = ROOT) -> Path:
    """Where revisions are kept: ``$VAST_SDK_SOURCE_STORE``, else ``.sources/``."""
    env = os.environ.get(STORE_ENV)
    return Path(env) if env else root / STORE_NAME


def keep(path: Path, store: Path) -> Path:
    """Copy ``path`` into the store as ``<sha256><suffix>`` (once); returns the copy."""
    data = path.read_bytes()
    suffix = path.suffix.lower() if path.suffix.lower() in _SUFFIXES else ""
    dest = store / f"{hashlib.sha256(data).hexdigest()}{suffix}"
    if not dest.exists():
        store.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(dest)
    return dest


def kept(digest: str, store: Path) -> Path | None:
    """The kept revision with this sha256, if any."""
    for suffix in ("", *_SUFFIXES):
        candidate = store / f"{digest}{suffix}"
        if candidate.is_file() and sha256(candidate) == digest:
            return candidate
    return None


def stamped(root: Path = ROOT) -> dict[str, str]:
    """Source name -> the sha256 the committed code was generated from (STAMP.json)."""
    path = root / "vast_sdk" / "_generated" / "STAMP.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(s["name"]): str(s["sha256"]) for s in data.get("sources", [])}


def previous(source: Source, digest: str | None, store: Path) -> Path:
    """The revision of ``source`` the code was generated from (``digest``: its sha256),
    kept in the store; the source's own file while it still is that revision."""
    if source.path.is_file() and (digest is None or sha256(source.path) == digest):
        return keep(source.path, store)
    if digest is None:
        raise ToolError(f"source {source.name!r}: {source.path} does not exist")
    hit = kept(digest, store)
    if hit is None:
        raise ToolError(
            f"source {source.name!r}: the code was generated from sha256 {digest[:12]}, which "
            f"is neither at {source.path} now nor kept in {store}. Restore that revision, or "
            "regenerate from what is there first ('make generate')."
        )
    return hit


# ---------------------------------------------------------------- references


def _inside(path: Path, root: Path) -> bool:
    return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(root))


def _reference(path: Path, base: Path, root: Path) -> str:
    """``path`` as the checkout names it: relative to ``base`` when it sits beside the
    checkout (like ../shared/specs), absolute otherwise."""
    absolute = os.path.abspath(path)
    return os.path.relpath(absolute, base) if _inside(Path(absolute), root.parent) else absolute


def _relink(link: Path, target: str) -> None:
    tmp = link.with_name(link.name + ".upgrade-tmp")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(target)
    tmp.replace(link)


@dataclass
class Repointed:
    """A moved reference, and how to put it back."""

    what: str
    link: tuple[Path, str] | None = None
    text: tuple[Path, str] | None = None

    def undo(self) -> None:
        if self.link is not None:
            _relink(*self.link)
        if self.text is not None:
            self.text[0].write_text(self.text[1], encoding="utf-8")


def _sources_line(name: str, path: str) -> re.Pattern[str]:
    """The overlay's ``- {name: NAME, path: PATH}`` line, its path as group ``path``."""
    quoted = r"['\"]?"
    return re.compile(
        rf"^(\s*-\s*\{{\s*name:\s*{quoted}{re.escape(name)}{quoted}\s*,\s*path:\s*)"
        rf"(?P<path>{quoted}{re.escape(path)}{quoted})",
        re.MULTILINE,
    )


def repoint(root: Path, overlay_path: Path, name: str, new_file: Path) -> Repointed | None:
    """Make source ``name`` read ``new_file``: retarget its link when the overlay names a link
    in the checkout (openapi.json), else rewrite its path in the overlay's ``sources``."""
    before = overlay_path.read_text(encoding="utf-8")
    entries = {str(e["name"]): str(e["path"]) for e in load_overlay(before).get("sources") or []}
    if name not in entries:
        raise ToolError(f"no source {name!r} (the overlay's: {', '.join(entries)})")
    current = root / entries[name]
    if current.exists() and current.resolve() == new_file.resolve():
        return None
    if current.is_symlink() and _inside(current.parent, root):
        target = _reference(new_file, current.parent, root)
        undo = (current, os.readlink(current))
        _relink(current, target)
        return Repointed(f"{entries[name]} -> {target}", link=undo)
    new_ref = _reference(new_file, root, root)
    found = list(_sources_line(name, entries[name]).finditer(before))
    after = ""
    if len(found) == 1:
        m = found[0]
        after = before[: m.start("path")] + json.dumps(new_ref) + before[m.end("path") :]
    check = {
        str(e["name"]): str(e["path"]) for e in load_overlay(after or "{}").get("sources") or []
    }
    if check.get(name) != new_ref:
        raise ToolError(
            f"cannot find the line '- {{name: {name}, path: {entries[name]}}}' in "
            f"{overlay_path.name}'s sources; set that path to {new_ref} by hand"
        )
    overlay_path.write_text(after, encoding="utf-8")
    return Repointed(
        f"{overlay_path.name}: sources {name} -> {new_ref}", text=(overlay_path, before)
    )


# ---------------------------------------------------------------- the changelog


def write_entry(changelog: Path, entry: str) -> None:
    """Put ``entry`` first in the top release section when it is unreleased, else in a new
    ``## [Unreleased]`` section above it."""
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    lines = text.splitlines(keepends=True)
    top = next((i for i, line in enumerate(lines) if line.startswith("## ")), None)
    block = entry.rstrip("\n") + "\n\n"
    if top is None:
        new = text.rstrip("\n") + "\n\n## [Unreleased]\n\n" + block
    elif "unreleased" in lines[top].lower():
        end = next((i for i in range(top + 1, len(lines)) if lines[i].startswith("## ")), None)
        end = len(lines) if end is None else end
        at = next((i for i in range(top + 1, end) if lines[i].startswith("### ")), end)
        new = "".join(lines[:at]) + block + "".join(lines[at:])
    else:
        new = "".join(lines[:top]) + "## [Unreleased]\n\n" + block + "".join(lines[top:])
    changelog.write_text(new, encoding="utf-8")


# ---------------------------------------------------------------- the command

_BLOCKED = (
    "\nNothing was changed: fix the problems above (pin a new operation, retarget or delete a "
    "stale rule, map a renamed keyword), then run the same command again (with LOCK=1 for "
    "what differs from openapi.overlay.lock, once you reviewed it).\n"
)


def run(
    pairs: Sequence[tuple[str, Path]],
    *,
    root: Path = ROOT,
    overlay_path: Path | None = None,
    store: Path | None = None,
    review_only: bool = False,
    relock: bool = False,
) -> tuple[int, str]:
    """The whole command; returns (exit code, what to print). Sources whose file changed in
    place since the code was generated are reviewed (and upgraded) with the named ones.
    ``relock``: what differs from openapi.overlay.lock was reviewed: record the new
    revisions there instead of stopping on it."""
    overlay_path = overlay_path or root / "openapi.overlay.yaml"
    store = store or store_dir(root)
    text = overlay_path.read_bytes()
    overlay = load_overlay(text)
    sources = sources_from(overlay, root=root)
    known = [s.name for s in sources]
    wanted: dict[str, Path] = {}
    for name, file in pairs:
        if name not in known:
            raise ToolError(f"no source {name!r} (the overlay's: {', '.join(known)})")
        if not file.is_file():
            raise ToolError(f"{file} does not exist")
        if _inside(file, root) and not (_inside(file, store) or _inside(file, root / "build")):
            raise ToolError(
                f"{file} is inside the checkout, and upstream documents stay out of "
                "the repository: put it beside the other sources (../shared/specs)"
            )
        wanted[name] = file
    stamp = stamped(root)
    old_docs: Docs = []
    new_docs: Docs = []
    kept_at: dict[str, Path] = {}
    digests: dict[str, tuple[str, str]] = {}
    for source in sources:
        before = previous(source, stamp.get(source.name), store)
        after = wanted.get(source.name, source.path)
        old_sha, new_sha = sha256(before), sha256(after)
        old_doc = load_document(before, source.name)
        new_doc = load_document(after, source.name) if new_sha != old_sha else old_doc
        old_docs.append((source, old_doc))
        new_docs.append((Source(source.name, after), new_doc))
        if source.name in wanted or new_sha != old_sha:
            keep(after, store)
            kept_at[source.name] = before
            digests[source.name] = (old_sha, new_sha)
    locked = lock_path(overlay_path)
    r = review(
        overlay, old_docs, new_docs, digests, lock=read_lock(locked), lines=overlay_lines(text)
    )
    report = render_review(r, kept_at)
    blocking = [p for p in r.problems if not (relock and p in r.lock_problems)]
    if blocking:
        return 1, report + _BLOCKED
    if review_only:
        return 0, report + "\nReview only: nothing was changed.\n"
    if all(a == b for a, b in digests.values()):
        return 0, report + "\nThe code was generated from these revisions: nothing to do.\n"
    if Path(os.path.abspath(root)) != ROOT:
        raise ToolError(f"regenerate from {root} itself (python -m tools there)")
    moved = [m for name, file in wanted.items() if (m := repoint(root, overlay_path, name, file))]
    lock_before = locked.read_bytes() if locked.exists() else None
    try:
        if relock:
            write_lock(locked, Lock.of(r.new.observed))
        from .generate import build, write

        write(build(None, overlay_path), root / "vast_sdk" / "_generated", root / "docs")
    except (ToolError, OverlayError):
        for m in moved:
            m.undo()
        if relock and lock_before is not None:
            locked.write_bytes(lock_before)
        elif relock:
            locked.unlink(missing_ok=True)
        raise
    entry = changelog_entry(r)
    write_entry(root / "CHANGELOG.md", entry)
    with (store / "upgrades.jsonl").open("a", encoding="utf-8") as log:
        for name, (a, b) in digests.items():
            record = {"source": name, "from": a, "to": b, "file": str(wanted.get(name, ""))}
            log.write(json.dumps(record) + "\n")
    done = [f"- reference: {m.what}" for m in moved]
    if relock:
        done.append(f"- {locked.name}: the new revisions recorded (review its diff)")
    done += ["- regenerated vast_sdk/_generated and docs/api.md", "- CHANGELOG.md: this entry"]
    return 0, (
        f"{report}\n## Changelog entry\n\n{entry}\n## Done\n\n" + "\n".join(done) + "\n\n"
        "Review `git diff`, run `make test`, commit.\n"
    )
