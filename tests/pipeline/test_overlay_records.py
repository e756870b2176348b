"""The overlay as typed records: one per operation, problems named by entry and line, and the
provenance of every node a rule touched (what issue 19's upgrade review names)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.generate import patched_spec
from tools.overlay import OverlayError, apply_overlay
from tools.overlay_records import load_overlay, overlay_lines, read_overlay
from tools.provenance import Provenance

from .pipeline_helpers import OVERLAY, with_sources

INVOICES = "GET /api/v0/users/{user_id}/invoices"
LOGS = "PUT /api/v0/instances/request_logs/{id}/"


@pytest.fixture(scope="module")
def traced() -> tuple[dict[str, Any], Provenance]:
    trace = Provenance()
    patched, notes, _sources = patched_spec(prose=False, trace=trace)
    assert notes == []
    return patched, trace


def test_one_record_per_operation_holds_everything_about_it() -> None:
    text = OVERLAY.read_text()
    records = read_overlay(load_overlay(text), overlay_lines(text))
    record = records.by_name("show_invoices_v0")
    assert record is not None and record.key == "GET /api/v0/users/{user_id}/invoices"
    assert record.sdk is not None
    assert dict(record.sdk.send) == {"user_id": "me", "owner": "me"}
    assert dict(record.sdk.dates) == {"sdate": "epoch", "edate": "epoch"}
    assert record.docs["_"].startswith("Deprecated by vastai")
    assert record.fixes and all(f.rule.line for f in record.fixes)
    # found by shape, whatever slash or parameter names a revision uses
    assert records.record_for("get", "/api/v0/users/{id}/invoices/") == record
    assert records.by_name("show_api_key").define is not None  # type: ignore[union-attr]
    paged = records.by_name("show_instances")
    assert paged is not None and paged.sdk is not None and paged.sdk.paginate is not None
    assert {s.name for s in records.schemas} >= {"Instance", "Offer", "SshKey"}


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda o: o["operations"]["GET /api/v0/ssh/"].update(nmae="x"),
            r"operations\['GET /api/v0/ssh/'\] \(line \d+\): unknown key\(s\) \['nmae'\]",
        ),
        (
            lambda o: o["operations"]["GET /api/v0/users/{user_id}/invoices"]["sdk"][
                "dates"
            ].update(sdate="iso"),
            r"invoices'\]\.sdk\.dates \(line \d+\): sdate: 'iso' is not one of epoch, epoch-days",
        ),
        (
            lambda o: o["operations"]["PUT /api/v0/asks/{id}/"]["fixes"][0].pop("why"),
            r"operations\['PUT /api/v0/asks/\{id\}/'\]\.fixes\[0\] \(line \d+\): 'why' must be",
        ),
        (
            lambda o: o["operations"]["PUT /api/v0/asks/{id}/"]["fixes"][0].update(merge={}),
            r"fixes\[0\] \(line \d+\): needs exactly one action of set, merge, remove, hoist",
        ),
        (
            lambda o: o["operations"]["GET /api/v0/ssh/"].update(host="moon"),
            r"host must be api or serverless",
        ),
        (
            lambda o: o["operations"]["GET /api/v0/ssh/"].update(name="class"),
            r"name 'class' collides with the Python keyword 'class'",
        ),
        (lambda o: o.update(fixes=[]), r"the overlay: unknown key\(s\) \['fixes'\]"),
        (
            lambda o: o["operations"]["GET /api/v0/auth/apikeys/{id}/"].pop("evidence"),
            r"'evidence' \(what shows production serves it\) must be a non-empty text",
        ),
        (
            lambda o: o["operations"][LOGS].update(keywords={"tail": {"wire": "tail"}}),
            r"\.keywords\.tail: 'wire' names the field upstream renamed it to",
        ),
        (
            lambda o: o["operations"][LOGS].update(keywords={"tail": {"wire": "lines"}}),
            r"\.keywords\.tail: 'why' must be a non-empty text",
        ),
    ],
)
def test_a_bad_record_is_refused_naming_the_entry_and_its_line(edit: Any, message: str) -> None:
    text = OVERLAY.read_text()
    data = load_overlay(text)
    edit(data)
    with pytest.raises(OverlayError, match=message):
        read_overlay(data, overlay_lines(text))


def test_sdk_behaviour_must_name_real_keywords(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    bad = copy.deepcopy(overlay)
    bad["operations"]["GET /api/v0/machines"]["sdk"]["send"]["ownr"] = "me"
    with pytest.raises(
        OverlayError,
        match=r"operations\['GET /api/v0/machines'\]\.sdk: show_machines has no parameter or "
        r"body field 'ownr'",
    ):
        apply_overlay(with_sources(spec), bad)


def test_a_kept_keyword_must_name_what_upstream_has(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    """A record's ``keywords`` maps a keyword to a wire name upstream has, and only once the
    old one is gone."""
    bad = copy.deepcopy(overlay)
    why = "a test's mapping, for a rename that did not happen"
    bad["operations"][LOGS]["keywords"] = {"tail": {"wire": "tail_lines", "why": why}}
    with pytest.raises(OverlayError, match=r"keywords\.tail: show_logs still has 'tail' upstream"):
        apply_overlay(with_sources(spec), bad)
    renamed = copy.deepcopy(spec)
    body = renamed["paths"]["/api/v0/instances/request_logs/{id}"]["put"]["requestBody"]
    props = body["content"]["application/json"]["schema"]["properties"]
    props["lines"] = props.pop("tail")
    with pytest.raises(OverlayError, match=r"keywords\.tail: show_logs has no query parameter or"):
        apply_overlay(with_sources(renamed), bad)
    bad["operations"][LOGS]["keywords"] = {"tail": {"wire": "lines", "why": why}}
    patched, notes = apply_overlay(with_sources(renamed), bad)
    assert notes == []
    schema = patched["paths"][LOGS.split(" ")[1]]["put"]["requestBody"]["content"]
    assert schema["application/json"]["schema"]["x-vast-keywords"] == {"lines": "tail"}


def test_sdk_behaviour_becomes_the_markers_the_generator_reads(patched: dict[str, Any]) -> None:
    machines = patched["paths"]["/api/v0/machines"]["get"]
    owner = next(p for p in machines["parameters"] if p["name"] == "owner")
    assert owner["schema"]["x-vast-send"] == "me"
    paged = patched["paths"]["/api/v1/instances/"]["get"]
    assert paged["x-vast-paginate"] == {
        "items": "instances",
        "next": "next_token",
        "cursor": "after_token",
    }
    body = patched["paths"]["/api/v0/autojobs/{id}/"]["delete"]["requestBody"]
    fields = body["content"]["application/json"]["schema"]["properties"]
    assert fields["autojob_id"]["x-vast-echo"] == "id"
    assert fields["client_id"]["x-vast-send"] == "me"


def test_provenance_names_the_rule_that_overrides_an_upstream_node(
    traced: tuple[dict[str, Any], Provenance],
) -> None:
    _patched, trace = traced
    # upstream retypes Instance.ports: the overlay's set of the whole node decides it
    rules = trace.rules(trace.over(schema="Instance", pointer=("properties", "ports", "type")))
    ports = [r for r in rules if r.where.startswith("schemas.Instance[")]
    assert len(ports) == 1 and "Docker port map" in ports[0].why
    assert str(ports[0]).startswith("openapi.overlay.yaml:") and ports[0].line
    text = OVERLAY.read_text().splitlines()
    assert "- why:" in text[ports[0].line - 1]  # the line is where the rule is written
    # ... and the transforms that then made every response field nullable
    assert any(r.where == "transforms.nullable-response-fields" for r in rules)
    # the commissioned call: its name is the pin's, and its 404 a transform's
    detach = trace.over(operation="detach_ssh_key", pointer=("operationId",))
    assert [t.action for t in detach] == ["pin"]
    assert (
        detach[0].rule.where == "operations['DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/'].pin"
    )


def test_provenance_covers_every_kind_of_rule(traced: tuple[dict[str, Any], Provenance]) -> None:
    _patched, trace = traced
    defined = [t for t in trace.over(operation="show_api_key") if t.action == "define"]
    assert len(defined) == 1 and defined[0].rule.why.startswith("vastai 1.9.1 api/keys.py")
    marks = trace.over(
        operation="show_machines", pointer=("parameters", "name=owner", "schema", "x-vast-send")
    )
    assert [(t.action, t.rule.where) for t in marks] == [
        ("set", "operations['GET /api/v0/machines'].fixes[0]"),  # the parameter list, above
        ("mark", "operations['GET /api/v0/machines'].sdk"),
    ]
    described = trace.over(operation="manage_instance", pointer=("parameters", "name=id"))
    assert "describe" in {t.action for t in described}
    # a merge at the operation names each key it wrote
    security = trace.over(operation="search_offers", pointer=("security",))
    assert [t.action for t in security] == ["merge"]
    # below a node: the rules that edit part of it
    body = trace.over(operation="create_instance", pointer=("requestBody",))
    assert any("runtype" in t.node.pointer for t in body)
    with pytest.raises(ValueError, match="exactly one"):
        trace.over()


def test_every_rule_touches_the_document(traced: tuple[dict[str, Any], Provenance]) -> None:
    """A rule that touches nothing is dead weight (or silently stale). Optional fixes target
    constructs only some revisions (or only the prose the code is not made from) have."""
    _patched, trace = traced
    records = read_overlay(load_overlay(OVERLAY.read_text()))
    fixes = [f for r in records.operations for f in r.fixes]
    fixes += [f for s in records.schemas for f in s.fixes]
    expected = {f.rule.where for f in fixes if not f.optional}
    expected |= {r.sdk.rule.where for r in records.operations if r.sdk is not None}
    expected |= {t.rule.where for t in records.transforms}
    expected |= {f"operations[{r.key!r}].docs" for r in records.operations if r.docs}
    expected |= {f"operations[{r.key!r}].define" for r in records.operations if r.define}
    expected |= {p.rule.where for r in records.operations for p in r.keywords.values()}
    touched = {rule.where for rule in trace.rules()}
    assert sorted(expected - touched) == []
