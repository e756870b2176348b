"""env and ports for a rental: the official CLI's docker-style string read exactly as vastai
1.9.1 reads it (compared with its own ``parse_env`` on many strings), refused where it would
silently drop a part, and the ``ports=`` entries in the wire form the API takes."""

from __future__ import annotations

import contextlib
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vast_sdk import InvalidRequestError
from vast_sdk._workflows._ports import build_env, parse_env_string, port_env
from vast_sdk._workflows._rent_errors import EnvError

SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def official(env: str) -> dict[str, str]:
    """What vastai 1.9.1 sends as ``env`` for ``--env ENV`` (vastai/utils.py:parse_env)."""
    from vastai.utils import parse_env  # type: ignore[import-untyped]

    result: dict[str, str] = parse_env(env)
    return result


def items(env: dict[str, str]) -> list[tuple[str, str]]:
    """The object as sent: keys and values in order (JSON keeps the order)."""
    return list(env.items())


# ---------------------------------------------------------------- the same as the official CLI

SAME = [
    "-e TZ=UTC -p 8080:8080",
    "-e A=b -p 8080:8080 -h host",
    "-e TZ=PDT -e XNAME=XX4 -p 5000:5000 -p 1234:1234",  # the self-test's own string
    "-e HF_TOKEN=hf_abc:def/ghi+jkl==",  # values with : / + =
    "-e URL=https://example.com/a?b=c&d=e",
    "-e GREETING='hello world' -e OTHER=\"a b c\"",
    "-e EMPTY= -e Q='' -e DQ=\"\"",
    "-e A=1 -e A=2",  # the last wins, in the first one's place
    "-p 8080:8080/udp -p 22:22/tcp -p 6006",
    "-v /data:/workspace -v vol_1:/mnt/x.y",
    "-n my-net-1",
    "-h worker-7.example",
    "  -e A=1   -p 8080:8080  ",  # spaces between parts are harmless
    "",
    "-e A=b\tc",  # only a space separates: the tab is in the value
    "-e PATH_LIKE=/usr/local/bin:/usr/bin -e Q='x=y z'",
    "-e A=\"'quoted'\"",  # every surrounding quote goes, as the CLI strips them
]


@pytest.mark.parametrize("env", SAME)
def test_a_string_reads_as_the_official_cli_reads_it(env: str) -> None:
    assert items(parse_env_string(env)) == items(official(env))


def test_examples_read_as_their_meaning() -> None:
    assert parse_env_string("-e GREETING='hello world' -p 8080:8080 -h box") == {
        "GREETING": "hello world",
        "-p 8080:8080": "1",
        "-h": "box",
    }
    assert parse_env_string("-e A=1 -e A=2") == {"A": "2"}


# ---------------------------------------------------------------- refused: the CLI drops a part

LOSSY = [
    ("-e  A=b", "A"),  # two spaces: -e takes an empty value, then A=b is dropped
    ("A=b -p 8080:8080", "A"),  # no -e: dropped
    ("-e A", "A"),  # no =: dropped
    ("-p http", "-p http"),  # not a port: dropped
    ("-n My_Net", "-n My_Net"),  # upper case and _ are dropped
    ("-e A=b -p 8080:8080 -p", "-p "),  # a flag with no value: dropped
    ("-h  box", "box"),  # -h takes an empty value, then box is dropped
]


@pytest.mark.parametrize("env, lost", LOSSY, ids=[e for e, _ in LOSSY])
def test_a_part_the_official_cli_drops_is_refused(env: str, lost: str) -> None:
    sent = official(env)
    assert lost not in sent and lost not in sent.values()  # the CLI loses it without a word
    with pytest.raises(EnvError) as caught:
        parse_env_string(env)
    assert caught.value.env == env and caught.value.token is not None
    assert isinstance(caught.value, InvalidRequestError)


@pytest.mark.parametrize(
    "env, why",
    [
        ("-v /my data:/x", "'data:/x' follows no flag"),  # the CLI keeps "-v /my" only
        ("-v my-vol:/x", "letters, digits"),  # '-' is not kept by the CLI
        ("-e A='b c", "quote is not closed"),
        ('-e "A=b"', "name must be plain text"),  # the CLI sends the key '"A'
        ("-e =b", "name must be plain text"),  # the CLI sends the key ''
        ("-p 99999:99999", "not a port mapping"),  # the CLI sends it; the API refuses it
        ("-p 8080:8080:80", "not a port mapping"),
        ("-h -e", "host name"),  # the CLI sends {"-h": "-e"}
        ("-n -p", "network name"),
        ("-e A=b -e", "-e has no value"),
    ],
)
def test_garbled_parts_are_refused_with_the_reason(env: str, why: str) -> None:
    with pytest.raises(EnvError, match=why):
        parse_env_string(env)


# ---------------------------------------------------------------- properties against the CLI

_NAME = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True)
_PLAIN = st.text(
    st.sampled_from("abcXYZ019=:/+.,-_@%&?!"), min_size=0, max_size=12
)  # no space, no quote
_SPACED = st.text(st.sampled_from("ab c=:/-"), min_size=0, max_size=10)
_PORT = st.integers(1, 65535)


@st.composite
def _part(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["e", "e'", 'e"', "p", "p2", "h", "v", "n"]))
    if kind == "e":
        return f"-e {draw(_NAME)}={draw(_PLAIN)}"
    if kind in ("e'", 'e"'):
        quote = kind[1]
        return f"-e {draw(_NAME)}={quote}{draw(_SPACED)}{quote}"
    if kind in ("p", "p2"):
        proto = draw(st.sampled_from(["", "/tcp", "/udp"]))
        container = draw(_PORT)
        host = f"{draw(_PORT)}:" if kind == "p2" else ""
        return f"-p {host}{container}{proto}"
    if kind == "h":
        return "-h " + draw(st.from_regex(r"[a-z0-9][a-z0-9.-]{0,10}", fullmatch=True))
    if kind == "v":
        return "-v " + draw(
            st.from_regex(r"[A-Za-z0-9_./]{1,8}:[A-Za-z0-9_./]{1,8}", fullmatch=True)
        )
    return "-n " + draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,8}", fullmatch=True))


@given(st.lists(_part(), max_size=8), st.sampled_from(["", " ", "  "]))
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_well_formed_string_is_accepted_and_sent_as_the_cli_sends_it(
    parts: list[str], pad: str
) -> None:
    env = pad + " ".join(parts) + pad
    assert items(parse_env_string(env)) == items(official(env))


TOKENS = [
    *("-e", "-p", "-h", "-v", "-n", "A=b", "A='x y'", 'B="p q"', "A=b=c", "A=", "=b", "A", "b"),
    *("8080:8080", "80", "8080/udp", "1:2:3", "99999", "/a:/b", "net-1", "Net", "-x", "'", '"'),
    *("b\tc", "x'y", ""),
]
FLAGS = ["-e", "-p", "-h", "-v", "-n"]


def _mixed(rng: random.Random) -> str:
    """A string of mostly well-formed parts, some flags with any value, some stray tokens,
    joined by one space, sometimes two or none."""
    out = []
    for _ in range(rng.randint(0, 5)):
        roll = rng.random()
        if roll < 0.6:
            flag = rng.choice(FLAGS)
            good = {
                "-e": ["A=b", "A='x y'", 'B="p q"', "A=b=c", "A="],
                "-p": ["8080:8080", "80", "8080/udp"],
                "-h": ["box", "b"],
                "-v": ["/a:/b", "b"],
                "-n": ["net-1", "b"],
            }[flag]
            out.append(f"{flag} {rng.choice(good)}")
        elif roll < 0.85:
            out.append(f"{rng.choice(FLAGS)} {rng.choice(TOKENS)}")
        else:
            out.append(rng.choice(TOKENS))
    gaps = [rng.choice([" ", " ", " ", " ", "  ", ""]) for _ in out]
    return "".join(part + gap for part, gap in zip(out, gaps, strict=True))


@given(st.randoms(use_true_random=False))
@SETTINGS
def test_any_string_is_either_sent_as_the_cli_sends_it_or_refused(rng: random.Random) -> None:
    env = _mixed(rng)
    try:
        ours = parse_env_string(env)
    except EnvError:
        return  # refused before sending, with a typed error (never another exception)
    assert items(ours) == items(official(env))


def test_the_property_above_sees_many_accepted_and_refused_strings() -> None:
    """Guard against a vacuous property: its strings are often accepted (and compared with
    the CLI's) and often refused."""
    rng = random.Random(17)
    accepted = 0
    for _ in range(1000):
        with contextlib.suppress(EnvError):
            accepted += bool(parse_env_string(_mixed(rng)))
    assert 200 < accepted < 800


# ---------------------------------------------------------------- ports= and the mapping form


def test_ports_become_the_p_entries_the_api_takes() -> None:
    assert port_env((8080, 6006)) == {"-p 8080:8080": "1", "-p 6006:6006": "1"}
    assert port_env(["5000/udp", "22/tcp"]) == {"-p 5000:5000/udp": "1", "-p 22:22": "1"}
    # the same object the official CLI sends for the same ports
    assert port_env((8080, "5000/udp")) == official("-p 8080:8080 -p 5000:5000/udp")


@pytest.mark.parametrize("bad", [0, 65536, -1, "http", "80/sctp", True, 8080.5, None])
def test_a_port_that_is_not_one_is_refused(bad: Any) -> None:
    with pytest.raises(InvalidRequestError):
        port_env([bad])


@pytest.mark.parametrize("bad", [8080, "8080"])
def test_ports_must_be_a_sequence(bad: Any) -> None:
    with pytest.raises(InvalidRequestError, match="sequence"):
        port_env(bad)


def test_build_env_merges_env_and_ports_without_mapping_a_port_twice() -> None:
    assert build_env({"A": "b"}, (8080,)) == {"A": "b", "-p 8080:8080": "1"}
    assert build_env("-e A=b -p 9000:8080", (8080, 6006)) == {
        "A": "b",
        "-p 9000:8080": "1",  # 8080 is mapped already (Vast picks the host port anyway)
        "-p 6006:6006": "1",
    }
    assert build_env({"-p 8080:8080/udp": "1"}, (8080,)) == {
        "-p 8080:8080/udp": "1",
        "-p 8080:8080": "1",  # tcp and udp are two mappings
    }
    assert build_env(None) is None and build_env({}) is None and build_env("") is None


@pytest.mark.parametrize(
    "env, why",
    [
        ({"PORT": 8080}, "must be text"),
        ({"FLAG": True}, "must be text"),
        ({"X": None}, "must be text"),
        ({1: "a"}, "names must be non-empty text"),
        ({"": "a"}, "names must be non-empty text"),
        ({"-p http": "1"}, "not a port mapping"),
        (["-e", "A=b"], "mapping of names to text"),
        (b"-e A=b", "mapping of names to text"),
        (42, "mapping of names to text"),
    ],
)
def test_anything_else_is_refused_before_sending(env: Any, why: str) -> None:
    with pytest.raises(EnvError, match=why):
        build_env(env)
