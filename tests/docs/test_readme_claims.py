"""The README's claims hold: each one a test can check is checked here against the package,
the Makefile, pyproject.toml and the overlay (its snippets run in test_readme.py). A number,
a name or an order the README states is read from the README itself, so changing either side
alone fails here."""

from __future__ import annotations

import builtins
import inspect
import re
import tomllib
import warnings
from pathlib import Path

import pytest
import yaml

import vast_sdk
from vast_sdk import CLI_COMMANDS, OPERATIONS, AsyncVast, InsecureURLError, SyncPage, Vast
from vast_sdk._errors import status_error_class
from vast_sdk.models import CreateInstanceResponse, Offer

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FLAT = " ".join(README.split())
"""The README with its line breaks as spaces: a claim may wrap."""


def section(title: str) -> str:
    found = re.search(rf"^##+ {re.escape(title)}.*?\n(.*?)(?=^##+ |\Z)", README, re.M | re.S)
    assert found, f"README has no section {title!r}"
    return found.group(1)


def number(pattern: str) -> float:
    """The number the README states where ``pattern`` (one group) matches."""
    found = re.search(pattern, FLAT)
    assert found, f"the README no longer says {pattern!r}"
    return float(found.group(1))


# ---------------------------------------------------------------- names


def test_the_naming_examples_are_rows_of_the_cli_table() -> None:
    pairs = re.findall(r"`([a-z][a-z0-9 -]*)` → `([a-z][a-z0-9_]*)`", FLAT)
    assert len(pairs) >= 5
    assert {c: CLI_COMMANDS.get(c) for c, _ in pairs} == dict(pairs)
    assert "detach ssh-key" not in README  # the command is detach ssh


def test_every_method_the_readme_names_exists_on_both_clients() -> None:
    """``vast.name``, ``name(...)`` in backticks, and the names a section heading lists."""
    called = set(re.findall(r"(?<![\w./])vast\.([a-z_][a-z0-9_]*)\b", README))  # not vast.ai
    called |= set(re.findall(r"`([a-z_][a-z0-9_]*)\(", README))
    for heading in re.findall(r"^#+ .*: (`.*)$", README, re.M):
        called |= set(re.findall(r"`([a-z_][a-z0-9_]*)`", heading))
    other = {"to_dict", "parse"} | set(dir(builtins))  # Instance.to_dict(), str(e), ...
    keywords = {"extra_query", "extra_body"}  # every method's: the escape hatches' heading
    assert keywords <= set(inspect.signature(Vast.show_user).parameters)
    missing = sorted(
        n for n in called - other - keywords if not (hasattr(Vast, n) and hasattr(AsyncVast, n))
    )
    assert missing == []
    assert {"launch", "wait_for_instance", "show_instances", "request"} <= called


def test_the_serverless_routes_are_the_ones_listed() -> None:
    hosts = section("Hosts")
    words = {"five": 5, "six": 6, "seven": 7, "eight": 8}
    found = re.search(r"except the (\w+) serverless routes \(([^)]*)\)", " ".join(hosts.split()))
    assert found
    listed = set(re.findall(r"`([a-z_]+)`", found.group(2)))
    serverless = {n for n, op in OPERATIONS.items() if op.host == "serverless"}
    assert listed == serverless and words[found.group(1)] == len(serverless)


def test_the_paged_listings_are_the_ones_named() -> None:
    text = section("Listings that page")
    named = set(re.findall(r"`([a-z_0-9]+)`", text))
    paged = {
        name
        for name in OPERATIONS
        if str(getattr(Vast, name).__annotations__.get("return", "")).startswith("SyncPage[")
    }
    assert paged and paged <= named, f"not named: {sorted(paged - named)}"
    assert "`vast_sdk.SyncPage[Instance, ShowInstancesResponse]`" in FLAT
    assert Vast.show_instances.__annotations__["return"] == (
        "SyncPage[Instance, ShowInstancesResponse]"
    )
    assert SyncPage.__name__ == "SyncPage"


def test_the_narrow_types_named_are_narrow() -> None:
    assert "`offer.id: int`, `created.new_contract: int`" in FLAT
    assert Offer.__annotations__["id"] == "int"
    assert CreateInstanceResponse.__annotations__["new_contract"] == "int"


def test_the_keyword_typo_message_is_the_one_shown() -> None:
    shown = re.search(r"`(TypeError: Vast\.create_instance\(\) [^`]*)`", FLAT)
    assert shown
    with pytest.raises(TypeError) as caught:
        Vast(api_key="k" * 16).create_instance(id=1, imagee="x")  # type: ignore[call-arg]
    assert f"TypeError: {caught.value}" == shown.group(1)


# ---------------------------------------------------------------- errors


def test_every_exception_derives_from_vast_error() -> None:
    assert "All exceptions derive from `vast_sdk.VastError`" in FLAT
    for name in vast_sdk.__all__:
        cls = getattr(vast_sdk, name)
        if isinstance(cls, type) and issubclass(cls, Exception) and not issubclass(cls, Warning):
            assert issubclass(cls, vast_sdk.VastError), name


def test_the_error_table_names_real_classes_and_their_statuses() -> None:
    rows = re.findall(r"^\| (`[A-Za-z]+Error`.*?) \| (.*?) \|$", section("Errors"), re.M)
    assert len(rows) >= 10
    for names, when in rows:
        classes = re.findall(r"`([A-Za-z]+Error)`", names)
        assert all(isinstance(getattr(vast_sdk, c, None), type) for c in classes), names
        statuses = (
            [int(s) for s in re.findall(r"^(\d{3})(?:, (\d{3}))?", when)[0] if s]
            if (re.match(r"^\d{3}", when))
            else []
        )
        if statuses:
            assert [status_error_class(s, None).__name__ for s in statuses] == classes, names
    table = dict((n.strip("`"), w) for n, w in rows)
    assert status_error_class(404, "auth_error").__name__ == "AuthenticationError"
    assert "auth_error" in table["AuthenticationError"]
    assert all(status_error_class(s, None).__name__ == "InternalServerError" for s in (500, 503))
    assert "NoOffersError" in table


# ---------------------------------------------------------------- defaults


def test_the_retry_and_timeout_defaults_are_the_ones_stated() -> None:
    from vast_sdk import _requester, _retry

    assert number(r"Default `max_retries=(\d+)`") == _requester.DEFAULT_MAX_RETRIES
    retried = re.search(r"retried: ([\d, ]+) and connection failures", FLAT)
    assert retried and {int(s) for s in retried.group(1).split(", ")} == _retry.RETRY_STATUSES
    assert number(r"\(([\d.]+) s base, [\d.]+ s cap\)") == _retry.BACKOFF_BASE
    assert number(r"s base, ([\d.]+) s cap\)") == _retry.BACKOFF_CAP
    assert number(r"is honoured up to (\d+) s") == _retry.MAX_RETRY_AFTER
    assert number(r"Default timeout: (\d+) s for each attempt") == _requester.DEFAULT_TIMEOUT
    assert number(r"and (\d+) s to connect") == _requester.DEFAULT_CONNECT_TIMEOUT
    assert number(r"\((\d+) MiB by default") * 2**20 == _requester.DEFAULT_MAX_RESPONSE_SIZE
    keepalive = _requester.DEFAULT_LIMITS.max_keepalive_connections
    assert number(r"the pool keeps httpx's (\d+) idle connections") == keepalive
    vast = Vast(api_key="k" * 16)
    assert (vast.timeout, vast.max_retries) == (_requester.DEFAULT_TIMEOUT, 2)


def test_plain_http_only_for_loopback_and_serverless_follows_base_url() -> None:
    with pytest.raises(InsecureURLError):
        Vast(api_key="k" * 16, base_url="http://example.com")
    local = Vast(api_key="k" * 16, base_url="http://127.0.0.1:9")
    assert local.serverless_url == local.base_url == "http://127.0.0.1:9"
    assert Vast(api_key="k" * 16).serverless_url == "https://run.vast.ai"


def test_repr_shows_at_most_the_keys_last_four_characters() -> None:
    key = "secret-part-of-the-key-WXYZ"
    text = repr(Vast(api_key=key))
    assert "WXYZ" in text and "secret" not in text and key[-5] not in text.split("WXYZ")[0][-2:]


# ---------------------------------------------------------------- the key lookup order


def test_the_key_is_looked_up_in_the_order_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each place the README's numbered list names, tried in the list's order: with a key in
    every place the first wins; take it away and the next one does."""
    items = re.findall(r"^\d+\. (.*)$", section("Authentication"), re.M)
    markers = {
        "argument": "api_key=",
        "env": "VAST_API_KEY",
        "xdg": "XDG_CONFIG_HOME",
        "home": "~/.vast_api_key",
    }
    order = [next(k for k, m in markers.items() if m in item) for item in items]
    assert order[: len(markers)] == list(markers)  # the README's order is the one below
    home = tmp_path / "home"
    xdg = tmp_path / "xdg"
    (xdg / "vastai").mkdir(parents=True)
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    keys = {place: f"key-from-the-{place}-place-{i}{i}{i}{i}" for i, place in enumerate(order)}
    files = {"xdg": xdg / "vastai" / "vast_api_key", "home": home / ".vast_api_key"}
    for place, path in files.items():
        path.write_text(keys[place] + "\n")
        path.chmod(0o600)
    monkeypatch.setenv("VAST_API_KEY", keys["env"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the files are private: no warning
        for place in order:
            explicit = keys["argument"] if place == "argument" else None
            assert Vast(api_key=explicit).api_key_hint == repr("..." + keys[place][-4:])
            if place == "env":
                monkeypatch.delenv("VAST_API_KEY")
            elif place in files:
                files[place].unlink()
    assert "MissingAPIKeyError" in section("Authentication")


# ---------------------------------------------------------------- counts and the repository


def test_the_counts_stated_are_the_packages() -> None:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert f"{len(OPERATIONS)} operations." in api  # "listed, and counted, in docs/api.md"
    overlay = yaml.safe_load((ROOT / "openapi.overlay.yaml").read_text(encoding="utf-8"))
    defined = sum(1 for record in overlay["operations"].values() if "define" in record)
    if found := re.search(r"one method per operation \((\d+)\)", FLAT):
        assert int(found.group(1)) == len(OPERATIONS)
    if found := re.search(r"the (\d+) operations production serves", FLAT):
        assert int(found.group(1)) == defined
    assert "three OpenAPI documents" in FLAT and len(overlay["sources"]) == 3


def test_the_runtime_dependencies_are_the_ones_named() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~\[ ;]", d)[0] for d in project["dependencies"]}
    claim = re.search(r"\*\*Few dependencies\*\*: (.*?)\n\n", README, re.S)
    assert claim
    stated = set(re.findall(r"`([a-z]+)`", claim.group(1)))
    assert names == stated == {"httpx", "attrs", "httpcore", "anyio"}


def test_every_make_target_named_exists() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.M))
    named = set(re.findall(r"`make ([a-z][a-z-]*)", README))
    named |= set(re.findall(r"^make ([a-z][a-z-]*)", README, re.M))
    assert named and named <= targets, sorted(named - targets)


def test_every_relative_link_and_anchor_resolves() -> None:
    headings = {
        re.sub(r"[^a-z0-9 -]", "", h.strip().lower()).replace(" ", "-")
        for h in re.findall(r"^#+ (.*)$", README, re.M)
    }
    for target in re.findall(r"\]\(([^)]+)\)", README):
        if target.startswith(("http://", "https://")):
            continue
        path, _, anchor = target.partition("#")
        if path:
            assert (ROOT / path).exists(), target
        elif anchor:
            assert anchor in headings, target


def test_every_speed_ratio_is_a_measured_number() -> None:
    """The Speed table quotes `make bench` (benchmarks/RESULTS.md): a ratio per row, written
    like the bench writes it (a placeholder or a blank cell fails)."""
    rows = [line for line in section("Speed").splitlines() if line.startswith("| ")][2:]
    assert len(rows) >= 8
    ratio = re.compile(r"\d+\.\d\dx( / \d+\.\d\dx)*")
    for row in rows:
        cell = row.rstrip(" |").rsplit("|", 1)[1].strip()
        assert ratio.fullmatch(cell), row
    bench = (ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    assert "1,000 async calls (50 in flight) to one endpoint of FakeVast limited to 40/s" in bench
