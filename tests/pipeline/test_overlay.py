"""The overlay: pinned names for every operation, retry safety, and the spec fixes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tools.overlay import OverlayError, apply_overlay, load_overlay, read_overlay
from vast_sdk._spec import iter_operations

from .pipeline_helpers import (
    NEXT_SPEC,
    ROOT,
    SPEC,
    Expected,
    check_patched,
    expected_operations,
    run_generate,
    with_sources,
)


def test_every_operation_of_the_documents_and_the_overlay_is_pinned_once(
    patched: dict[str, Any], expected: Expected
) -> None:
    """The union of the documents (by method and path shape) plus the overlay's own
    operations: each exactly one operation, pinned to a unique name by one record."""
    assert expected.documented["seed"] and expected.defined  # the checks have something to check
    check_patched(patched, expected)
    records = expected.records.operations
    assert len(records) == len(expected.shapes)  # no record left without its operation


def test_every_operation_says_where_it_comes_from(patched: dict[str, Any]) -> None:
    ops = iter_operations(patched)
    by_name = {op["operationId"]: op.get("x-vast-source") for _m, _p, op in ops}
    assert by_name["detach_ssh_key"] == "seed"
    assert by_name["show_instances"] == "next"
    assert by_name["create_instances"] == "preview"
    assert by_name["show_api_key"] == "overlay"


@pytest.mark.parametrize(
    ("method", "path", "name"),
    [
        ("delete", "/api/v0/instances/{id}/ssh/{ssh_key_id}/", "detach_ssh_key"),
        ("post", "/api/v0/bundles/", "search_offers"),
        ("get", "/api/v1/instances/", "show_instances"),
        ("get", "/api/v0/instances/", "show_instances_v0"),
        ("get", "/api/v1/invoices/", "show_invoices"),
        ("put", "/api/v0/asks/{id}/", "create_instance"),
        ("put", "/api/v0/machines/create_bids/", "set_defjob"),
        ("get", "/api/v0/instances/{id}/ssh/", "show_instance_ssh_keys"),
        ("post", "/route/", "route"),
    ],
)
def test_names_follow_the_cli_command(
    patched: dict[str, Any], method: str, path: str, name: str
) -> None:
    assert patched["paths"][path][method]["operationId"] == name


def test_money_moving_operations_are_not_idempotent(patched: dict[str, Any]) -> None:
    by_name = {op["operationId"]: op for _m, _p, op in iter_operations(patched)}
    for name in (
        "create_instance",
        "transfer_credit",
        "prepay_instance",
        "execute",
        "create_workergroup",
        "rent_volume",
        "create_network_volume",
        "set_defjob",
    ):
        assert by_name[name]["x-idempotent"] is False, name
    for name in ("detach_ssh_key", "show_instances", "destroy_instance", "search_offers"):
        assert by_name[name]["x-idempotent"] is True, name


def test_names_survive_parameter_renames_and_trailing_slashes(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    edited = copy.deepcopy(spec)
    item = edited["paths"].pop("/api/v0/instances/{id}/ssh/{ssh_key_id}/")
    for p in item["delete"]["parameters"]:
        p["name"] = {"id": "instance_id", "ssh_key_id": "key"}[p["name"]]
    edited["paths"]["/api/v0/instances/{instance_id}/ssh/{key}"] = item
    item["delete"]["summary"] = "remove an ssh key from an instance (reworded upstream)"
    result, _ = apply_overlay(with_sources(edited), overlay)
    # the SDK keeps sending the seed call's documented route, with its keyword names
    assert "/api/v0/instances/{instance_id}/ssh/{key}" not in result["paths"]
    op = result["paths"]["/api/v0/instances/{id}/ssh/{ssh_key_id}/"]["delete"]
    assert op["operationId"] == "detach_ssh_key"
    assert sorted(p["name"] for p in op["parameters"] if p["in"] == "path") == ["id", "ssh_key_id"]
    assert op["x-vast-upstream-path"] == "/api/v0/instances/{instance_id}/ssh/{key}"


def test_a_changed_upstream_document_is_caught_or_pinned(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    """Renamed path parameter: pinned. Removed field we rely on: caught. New operation without
    a name: caught. Stale fix: caught. A fix can never create the node it should have found."""
    edited = copy.deepcopy(spec)
    item = edited["paths"].pop("/api/v0/instances/{id}/ssh/{ssh_key_id}/")
    for p in item["delete"]["parameters"]:
        p["name"] = {"id": "instance", "ssh_key_id": "key"}[p["name"]]
    edited["paths"]["/api/v0/instances/{instance}/ssh/{key}"] = item
    result, _ = apply_overlay(with_sources(edited), overlay)
    assert "/api/v0/instances/{id}/ssh/{ssh_key_id}/" in result["paths"]
    # a removed field the overlay marks as always sent
    removed = copy.deepcopy(spec)
    ok = removed["paths"]["/api/v0/asks/{id}/"]["put"]["responses"]["200"]["content"]
    del ok["application/json"]["schema"]["properties"]["new_contract"]
    with pytest.raises(OverlayError, match=r"\['new_contract'\] are not properties"):
        apply_overlay(with_sources(removed), overlay)
    # a new operation
    added = copy.deepcopy(spec)
    added["paths"]["/api/v0/new/thing"] = {"post": {"summary": "make thing", "responses": {}}}
    with pytest.raises(OverlayError, match=r"POST /api/v0/new/thing .* has no pinned name"):
        apply_overlay(with_sources(added), overlay)
    # a fix whose parent is gone is stale, and nothing is created in its place
    why = "a fix whose target upstream removed"
    for where, fix in (
        (("schemas", "Nope"), {"at": "properties/x", "set": {"type": "string"}}),
        (
            ("operations", "POST /route/"),
            {"at": "responses/200/content/application~1json/schema/anyOf/0", "merge": {"x": 1}},
        ),
        (("operations", "POST /route/"), {"at": "callbacks/x", "remove": True}),
    ):
        bad = copy.deepcopy(overlay)
        section, key = where
        if section == "schemas":
            bad["schemas"][key] = [{"why": why, **fix}]
        else:
            bad["operations"][key].setdefault("fixes", []).append({"why": why, **fix})
        with pytest.raises(OverlayError, match="stale fix"):
            apply_overlay(with_sources(spec), bad)
        patched, notes = apply_overlay(with_sources(spec), bad, lenient=True)
        assert len(notes) == 1 and "Nope" not in patched["components"]["schemas"]
        route = patched["paths"]["/route/"]["post"]["responses"]["200"]["content"]
        assert "anyOf" not in route["application/json"]["schema"]


def test_a_dangling_ref_names_the_rule_that_wrote_it(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    """A fix pointing at a component that does not exist fails after the fixes ran, naming
    the fix (not a KeyError from a later step), in lenient mode too."""
    bad = copy.deepcopy(overlay)
    fix = {
        "why": "a test's reference to a component no document has",
        "at": "properties/ports",
        "set": {"type": "array", "items": {"$ref": "#/components/schemas/Nope"}},
    }
    bad["schemas"]["Instance"].append(fix)
    where = len(bad["schemas"]["Instance"]) - 1
    message = (
        r"#/components/schemas/Instance > properties/ports/items: \$ref "
        r"#/components/schemas/Nope names no component: written by "
        rf"schemas\.Instance\[{where}\] \(a test's reference"
    )
    for lenient in (False, True):
        with pytest.raises(OverlayError, match=message):
            apply_overlay(with_sources(spec), bad, lenient=lenient)


def test_unpinned_operation_fails_with_what_to_add(tmp_path: Path, spec: dict[str, Any]) -> None:
    edited = copy.deepcopy(spec)
    edited["paths"]["/api/v0/gpu_makes/unique/"] = {
        "get": {
            "summary": "show gpu makes",
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            },
        }
    }
    src = tmp_path / "spec.json"
    src.write_text(json.dumps(edited))
    run = run_generate(tmp_path / "out", spec=src)  # the real pipeline, not just the applier
    assert run.returncode == 1
    assert "GET /api/v0/gpu_makes/unique/ ('show gpu makes') has no pinned name" in run.stderr
    assert (
        "GET /api/v0/gpu_makes/unique/: {name: show_gpu_makes, idempotent: <true|false>}"
        in run.stderr
    )
    assert not (tmp_path / "out").exists()  # nothing half-generated is left behind


def test_duplicate_names_and_missing_retry_safety_are_rejected(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    bad = copy.deepcopy(overlay)
    bad["operations"]["GET /api/v0/instances/"]["name"] = "detach_ssh_key"
    with pytest.raises(OverlayError, match=r"detach_ssh_key.*used by both"):
        apply_overlay(with_sources(spec), bad)
    bad = copy.deepcopy(overlay)
    del bad["operations"]["PUT /api/v0/asks/{id}/"]["idempotent"]
    with pytest.raises(OverlayError, match="idempotent"):
        apply_overlay(with_sources(spec), bad)


def test_every_rule_says_why(overlay: dict[str, Any]) -> None:
    """Every fix, SDK behaviour and transform says in one line why it exists, and so does
    every operation that is not replay-safe (what a replay would do twice)."""
    records = read_overlay(overlay)
    fixes = [f for r in records.operations for f in r.fixes]
    fixes += [f for s in records.schemas for f in s.fixes]
    rules = [f.rule for f in fixes] + [t.rule for t in records.transforms]
    rules += [r.sdk.rule for r in records.operations if r.sdk is not None]
    rules += [r.rule("define", r.evidence) for r in records.operations if r.define is not None]
    rules += [pin.rule for pin in records.model_pins().values()]
    rules += [pin.rule for r in records.operations for pin in r.keywords.values()]
    assert len(rules) > 100
    for rule in rules:
        assert len(rule.why) > 20 and "\n" not in rule.why.strip(), str(rule)
    unsafe = [r for r in records.operations if not r.idempotent]
    assert len(unsafe) >= 25
    assert [r.key for r in unsafe if len(r.why) < 10] == []


def test_a_stale_fix_fails_strict_and_is_reported_lenient(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    bad = copy.deepcopy(overlay)
    bad["operations"]["PUT /api/v0/asks/{id}/"]["fixes"].append(
        {
            "why": "a fix whose target upstream removed long ago",
            "at": "responses/299",
            "remove": True,
        }
    )
    with pytest.raises(OverlayError, match=r"stale fix .*PUT /api/v0/asks/\{id\}/.*fixes\[\d+\]"):
        apply_overlay(with_sources(spec), bad)
    _, notes = apply_overlay(with_sources(spec), bad, lenient=True)
    assert any("responses/299" in n for n in notes)


def test_spec_fixes_are_applied(patched: dict[str, Any]) -> None:
    paths = patched["paths"]
    # one path template for the instance ssh resource (was {id} and {instance_id})
    assert "/api/v0/instances/{instance_id}/ssh/" not in paths
    assert set(paths["/api/v0/instances/{id}/ssh/"]) >= {"get", "post"}
    # no header parameter overriding the client's key
    assert not any(p["in"] == "header" for p in paths["/api/v0/ssh/"]["get"].get("parameters", []))
    # no non-standard status
    assert "483" not in paths["/api/v0/instances/command/{id}/"]["put"]["responses"]
    # JSON-in-query parameters are strings the client fills with JSON
    q = {p["name"]: p for p in paths["/api/v0/template/"]["get"]["parameters"]}
    assert q["select_filters"]["schema"] == {"type": "string", "x-json": True}
    # the undefined required 'permissions' is defined and optional
    team = paths["/api/v0/team/"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert team["required"] == ["team_name"] and "permissions" in team["properties"]
    # /route/ variants can be told apart
    variants = paths["/route/"]["post"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]["oneOf"]
    assert [v["required"] for v in variants] == [["url"], ["status"]]
    # the serverless host survives (the client routes on it)
    assert paths["/route/"]["post"]["servers"][0]["url"] == "https://run.vast.ai"
    # search offers rows are typed
    offers = paths["/api/v0/bundles/"]["post"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert offers["properties"]["offers"]["items"] == {"$ref": "#/components/schemas/Offer"}
    assert {"gpu_name", "dph_total", "num_gpus", "reliability"} <= set(
        patched["components"]["schemas"]["Offer"]["properties"]
    )


def test_transforms_make_responses_tolerant(patched: dict[str, Any]) -> None:
    text = json.dumps(patched)
    assert '"nullable"' not in text
    instance = patched["components"]["schemas"]["Instance"]["properties"]
    assert instance["label"]["type"] == ["string", "null"]
    assert "null" in instance["search"]["type"]
    seed = patched["paths"]["/api/v0/instances/{id}/ssh/{ssh_key_id}/"]["delete"]["responses"]
    error = seed["404"]["content"]["application/json"]["schema"]["properties"]["error"]
    assert "enum" not in error and "no_such_ssh_key" in error["description"]
    # enums on requests stay: they check what the user sends (create_instance's runtype is free
    # text since docs/wire.md W23: vastai sends "ssh_direc ssh_proxy")
    body = patched["paths"]["/api/v0/bundles/"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    assert "enum" in body["properties"]["type"]


def test_patched_spec_is_valid_openapi(patched: dict[str, Any]) -> None:
    from openapi_spec_validator import validate

    validate(patched)


def test_names_and_routes_stay_when_the_primary_becomes_the_next_revision(
    patched: dict[str, Any],
) -> None:
    """Regenerated from the next revision as primary: every operation both builds have keeps
    its name, and its route (the pinned one, whatever slash or parameter names upstream uses)."""
    from tools.generate import patched_spec

    result, _notes, _ = patched_spec(NEXT_SPEC, lenient=True)
    now = {op["operationId"]: f"{m} {p}" for m, p, op in iter_operations(patched)}
    later = {op["operationId"]: f"{m} {p}" for m, p, op in iter_operations(result)}
    # what the next revision as primary must give: its operations, the preview's, the overlay's
    expected = expected_operations(primary=NEXT_SPEC)
    assert set(later) == expected.names
    shared = now.keys() & later.keys()
    assert shared == expected.names
    assert {k: later[k] for k in shared} == {k: now[k] for k in shared}


def test_committed_openapi_json_is_the_shared_spec_link() -> None:
    assert SPEC.is_symlink()
    assert SPEC.resolve() == (ROOT.parent / "shared" / "specs" / "vast-openapi.json").resolve()


def test_requests_carry_no_spec_defaults(patched: dict[str, Any]) -> None:
    """A default in a request schema would be sent although the caller never chose it."""
    found = []
    for m, p, op in iter_operations(patched):
        text = json.dumps([op.get("parameters", []), op.get("requestBody", {})])
        if '"default":' in text:
            found.append(f"{m.upper()} {p}")
    assert found == []
    from vast_sdk.models import CreateEndpointBody, CreateWorkergroupBody

    assert CreateEndpointBody().to_dict() == {}  # was cold_workers=5, max_workers=20, ...
    assert CreateWorkergroupBody().to_dict() == {}  # was test_workers=3, cold_workers=3, ...


def test_a_record_without_a_why_for_an_unsafe_operation_is_refused(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    bad = copy.deepcopy(overlay)
    del bad["operations"]["PUT /api/v0/asks/{id}/"]["why"]
    with pytest.raises(OverlayError, match=r"PUT /api/v0/asks/\{id\}/.*what a replay would do"):
        apply_overlay(with_sources(spec), bad)


def test_docs_name_real_keys_and_reach_the_docstrings(
    spec: dict[str, Any], overlay: dict[str, Any]
) -> None:
    edited = copy.deepcopy(overlay)
    edited["operations"]["PUT /api/v0/instances/{id}/"]["docs"] = {"id": "Ours.", "colour": "x"}
    with pytest.raises(
        OverlayError,
        match=r"operations\['PUT /api/v0/instances/\{id\}/'\]\.docs: manage_instance has no "
        "parameter or body field 'colour'",
    ):
        apply_overlay(with_sources(spec), edited)
    doc, notes = apply_overlay(with_sources(spec), edited, lenient=True)
    assert len(notes) == 1
    put = doc["paths"]["/api/v0/instances/{id}/"]["put"]
    assert put["parameters"][0]["description"] == "Ours."
    import vast_sdk

    # the overlay's docs section reaches the method's Args (the parameter's own text, not the
    # one the parser shares between operations with a parameter of the same name)
    method_doc = vast_sdk.Vast.manage_instance.__doc__ or ""
    assert "id: Instance (contract) id." in method_doc
    assert '"stopped" stops it' in method_doc


def test_a_key_given_twice_is_refused() -> None:
    """PyYAML keeps the last of two equal keys silently; a second record or docs entry for
    one operation would drop the first without a word."""
    text = "operations:\n  GET /a:\n    name: a\n  GET /a:\n    name: b\n"
    with pytest.raises(OverlayError, match="line 4: 'GET /a' is given twice"):
        load_overlay(text)
    assert load_overlay("operations:\n  GET /a: {x: 1}\n  GET /b: {x: 1}\n") == {
        "operations": {"GET /a": {"x": 1}, "GET /b": {"x": 1}}
    }
