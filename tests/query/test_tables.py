"""Our tables against the installed vastai 1.9.1: fields, aliases, units, dates, regions."""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Callable
from typing import Any

from vast_sdk.query import (
    ALIASES,
    DATE_FIELDS,
    DEFAULTS,
    FIELD_TYPES,
    FIELDS,
    GEO_REGIONS,
    KINDS,
    MULTIPLIERS,
    ORDER_ALIASES,
    QueryKind,
    network_volumes_body,
    offers_body,
    volumes_body,
)

from .official import Official, canon


def _data_query_columns(official: Official) -> set[str]:
    """The Column("...") names vastai/data/query.py declares."""
    import vastai.data.query as data_query  # type: ignore[import-untyped]

    names: set[str] = set()
    for node in ast.parse(inspect.getsource(data_query)).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            if isinstance(call.func, ast.Name) and call.func.id == "Column":
                first = call.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str)
                names.add(first.value)
    return names


def test_offers_fields_are_the_clis_plus_the_object_query_columns(official: Official) -> None:
    q = official.query
    cli = set(q.offers_fields) | set(q.offers_alias)
    columns = _data_query_columns(official)
    assert cli <= FIELDS["offers"]
    assert FIELDS["offers"] == (cli | columns) - {"allocated_storage"}


def test_other_kinds_fields(official: Official) -> None:
    q = official.query
    assert FIELDS["volumes"] == set(q.vol_offers_fields) | {"gpu_name", "external"}
    assert FIELDS["network_volumes"] == set(q.vol_offers_fields) | {"external"}
    assert FIELDS["templates"] == set(q.templates_fields)
    assert FIELDS["benchmarks"] == set(q.benchmarks_fields)
    assert FIELDS["invoices"] == set(q.invoices_fields)


def test_aliases_and_units(official: Official) -> None:
    q = official.query
    assert dict(ALIASES["offers"]) == q.offers_alias == dict(ORDER_ALIASES)
    assert all(not ALIASES[k] for k in KINDS if k != "offers")
    for kind in ("offers", "volumes", "network_volumes"):
        assert dict(MULTIPLIERS[kind]) == q.offers_mult
    assert all(not MULTIPLIERS[k] for k in ("templates", "benchmarks", "invoices"))


def test_date_fields_are_the_ones_the_cli_fixes() -> None:
    from vastai.cli.commands import offers as cli_offers  # type: ignore[import-untyped]

    calls = re.findall(r"fix_date_fields\(query, (\[[^\]]*\])\)", inspect.getsource(cli_offers))
    fixed = [sorted(ast.literal_eval(call)) for call in calls]
    assert sorted(fixed) == sorted(
        sorted(DATE_FIELDS[k]) for k in ("templates", "benchmarks", "invoices")
    )
    assert all(not DATE_FIELDS[k] for k in ("offers", "volumes", "network_volumes"))


def test_regions(official: Official) -> None:
    import vastai.utils as utils  # type: ignore[import-untyped]

    assert {k: ",".join(v) for k, v in GEO_REGIONS.items()} == utils._regions


def test_defaults_are_what_an_empty_cli_search_sends(official: Official) -> None:
    cases: list[tuple[list[str], Callable[[], dict[str, Any]], QueryKind]] = [
        (["search", "offers"], offers_body, "offers"),
        (["search", "volumes"], volumes_body, "volumes"),
        (["search", "network-volumes"], network_volumes_body, "network_volumes"),
    ]
    for command, build, kind in cases:
        got = official.cli(command)
        assert got.sent is not None
        payload = {k: v for k, v in got.sent.payload.items() if isinstance(v, dict)}
        assert canon(payload) == canon({k: dict(v) for k, v in DEFAULTS[kind].items()})
        assert canon(build()) == canon(got.sent.payload)
    assert all(not DEFAULTS[k] for k in ("templates", "benchmarks", "invoices"))


_HELP_ROW = re.compile(r"^\s*([a-z_]+):?\s+(int|float|bool|string|json),?(?:\s|$)", re.IGNORECASE)


def _help_types(source: str, usage: str) -> dict[str, str]:
    """{field: type} from the "Available fields" table of the command whose usage is ``usage``."""
    start = source.index(f'usage="{usage} ')
    table = source[source.index("Available fields:", start) : source.index('"""),', start)]
    rows = (_HELP_ROW.match(line) for line in table.splitlines())
    return {m[1]: m[2].lower() for m in rows if m}


def test_field_types_are_the_ones_the_clis_help_documents() -> None:
    from vastai.cli.commands import offers as cli_offers
    from vastai.cli.commands import storage as cli_storage

    offers, storage = inspect.getsource(cli_offers), inspect.getsource(cli_storage)
    helps: dict[QueryKind, dict[str, str]] = {
        "offers": _help_types(offers, "vastai search offers"),
        "benchmarks": _help_types(offers, "vastai search benchmarks"),
        "templates": _help_types(offers, "vastai search templates"),
        "invoices": _help_types(offers, "vastai search invoices"),
        "volumes": _help_types(storage, "vastai search volumes"),
        "network_volumes": _help_types(storage, "vastai search network volumes"),
    }
    for kind, documented in helps.items():
        assert len(documented) > 5, kind
        by_api_name = {ALIASES[kind].get(name, name): typed for name, typed in documented.items()}
        assert dict(FIELD_TYPES[kind]) == by_api_name, kind
        assert set(FIELD_TYPES[kind]) <= FIELDS[kind], kind
