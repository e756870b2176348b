"""Upgrade drills: an edit of a copy of one upstream document, reviewed as `make upgrade` does.

Each drill checks the review's label and fate for the change, the changelog entry, what
stops generation (openapi.overlay.lock's expectations and keyword pins included), and (in the
``drill`` fixture) that the seed call is still DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/
with its keywords. Drills in the non-primary sources must never be silent: the change is
either in what users get, under "Not followed" with the source that shadows it, or a problem
naming the overlay rule it concerns.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from tools.changelog import RULES
from tools.lock import Lock
from vast_sdk._spec import iter_operations

from .conftest import Drill, Edit

Run = Callable[..., Drill]

NEW_OPERATION = {
    "get": {
        "summary": "show gpu names",
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"names": {"type": "array", "items": {"type": "string"}}},
                        }
                    }
                },
            }
        },
    }
}


def _path(doc: dict[str, Any], route: str) -> str:
    """The document's spelling of ``route`` (with or without the trailing slash)."""
    return str(next(p for p in doc["paths"] if p.rstrip("/") == route.rstrip("/")))


def _body(doc: dict[str, Any], route: str, method: str) -> dict[str, Any]:
    op = doc["paths"][_path(doc, route)][method]
    schema: dict[str, Any] = op["requestBody"]["content"]["application/json"]["schema"]
    return schema


def _instance(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["Instance"]
    return schema


def _rename(route: str, method: str, old: str, new: str) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        props = _body(doc, route, method)["properties"]
        props[new] = props.pop(old)

    return edit


def _add(route: str) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"][route] = copy.deepcopy(NEW_OPERATION)

    return edit


def _drop(*routes: str) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        for route in routes:
            del doc["paths"][_path(doc, route)]

    return edit


def _pin(key: str, name: str) -> Edit:
    """What the review asks for a new operation: its pinned name in the overlay."""

    def edit(overlay: dict[str, Any]) -> None:
        overlay["operations"][key] = {"name": name, "idempotent": True}

    return edit


LOGS = "PUT /api/v0/instances/request_logs/{id}/"


def _keep(key: str, keyword: str, wire: str) -> Edit:
    """What the review asks for a renamed keyword: the record keeps it, sent as ``wire``."""

    def edit(overlay: dict[str, Any]) -> None:
        why = f"upstream renamed {keyword} to {wire}; users keep {keyword}"
        overlay["operations"][key]["keywords"] = {keyword: {"wire": wire, "why": why}}

    return edit


def _kept(d: Drill, operation: str, keyword: str, wire: str) -> None:
    """The SDK's keyword is still ``keyword``, sent as ``wire``; nothing else of it changed."""
    facts = d.review.new.facts[operation].keywords
    field = next(f for k, f in facts.items() if k.partition(":")[2] == keyword)
    assert field.wire == wire
    assert not any(k.endswith(f":{wire}") for k in facts)
    assert [c.change for c in d.review.sdk if c.operation == operation] == ["wire"]
    assert d.review.problems == []


def _one(d: Drill, source: str) -> str:
    lines = d.findings(source)
    assert len(lines) == 1, lines
    return lines[0]


# ---------------------------------------------------------------- an operation added


def test_an_operation_added_to_the_seed_needs_a_name_then_reaches_the_sdk(drill: Run) -> None:
    unpinned = drill({"seed": _add("/api/v0/gpu_makes/unique/")})
    assert _one(unpinned, "seed").startswith("ADDITIVE blocked: `GET /api/v0/gpu_makes/unique`")
    assert "has no pinned name: add a record to 'operations'" in "\n".join(unpinned.review.problems)
    assert "## Problems that stop generation (1)" in unpinned.text

    pinned = drill(
        {"seed": _add("/api/v0/gpu_makes/unique/")},
        _pin("GET /api/v0/gpu_makes/unique/", "show_gpu_makes"),
    )
    assert _one(pinned, "seed").endswith("reaches the SDK: new method `show_gpu_makes`")
    assert pinned.review.problems == []
    assert "**Added**\n\n- `show_gpu_makes` (GET /api/v0/gpu_makes/unique/): new operation" in (
        pinned.entry
    )


@pytest.mark.parametrize("source", ["next", "preview"])
def test_an_operation_added_to_a_supplement_reaches_the_sdk(drill: Run, source: str) -> None:
    d = drill(
        {source: _add("/api/v0/gpu_makes/unique")},
        _pin("GET /api/v0/gpu_makes/unique/", "show_gpu_makes"),
    )
    assert _one(d, source).startswith("ADDITIVE reaches:")
    assert "- ADDITIVE: `show_gpu_makes` (GET /api/v0/gpu_makes/unique/): new operation" in d.text
    assert "`show_gpu_makes` (GET /api/v0/gpu_makes/unique/): new operation" in d.entry


def test_an_operation_the_overlay_defines_appearing_upstream_blocks(drill: Run) -> None:
    """Upstream documents an operation the overlay defines from what production serves."""

    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/api/v0/network_volumes"] = {"put": {"responses": {"200": {}}}}

    d = drill({"preview": edit}, check_seed_call=False)
    assert _one(d, "preview").startswith("ADDITIVE blocked: `PUT /api/v0/network_volumes`")
    assert d.review.problems == [
        "operations['PUT /api/v0/network_volumes/'].define: the documents describe this "
        "operation now: remove 'define'"
    ]
    assert "- unknown: the overlay cannot be applied (see the problems below)" in d.text


def test_an_operation_added_where_an_earlier_source_has_it_is_shadowed(drill: Run) -> None:
    """next gains the seed's add network disk: the seed's shape stays, and the review says so."""

    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/api/v0/network_disk"] = {"post": {"responses": {"200": {"description": ""}}}}

    d = drill({"next": edit})
    assert _one(d, "next") == (
        "ADDITIVE shadowed: `POST /api/v0/network_disk` (POST /api/v0/network_disk): new "
        "operation; shadowed: 'seed' describes it first; the SDK keeps `add_network_disk`"
    )
    assert d.review.sdk == []
    assert (
        "**Not followed**" in d.entry and "`next`, additive: POST /api/v0/network_disk" in d.entry
    )


# ---------------------------------------------------------------- a body keyword renamed


def test_a_keyword_renamed_in_the_seed_stops_generation_until_the_keyword_is_kept(
    drill: Run,
) -> None:
    rename = {"seed": _rename("/api/v0/instances/request_logs/{id}", "put", "tail", "tail_lines")}
    d = drill(rename)
    assert _one(d, "seed") == (
        "BREAKING reaches: `PUT /api/v0/instances/request_logs/{}`: keyword `tail` renamed to "
        "`tail_lines`; reaches the SDK: `show_logs`"
    )
    assert "**Breaking**\n\n- `show_logs`: keyword `tail` renamed to `tail_lines`" in d.entry
    # generation stops: the keyword pinned in the lock is gone, and the overlay documents it
    assert (
        "keyword `tail` of show_logs (body, pinned in openapi.overlay.lock) is gone" in d.problems
    )
    assert f"by adding to operations[{LOGS!r}] `keywords: {{tail: {{wire: tail_lines" in d.problems
    assert "show_logs has no parameter or body field 'tail'" in d.problems
    assert "keyword(s) `tail_lines` of show_logs (body) are not pinned" in d.problems

    kept = drill(rename, _keep(LOGS, "tail", "tail_lines"))
    _kept(kept, "show_logs", "tail", "tail_lines")
    assert _one(kept, "seed") == (
        "BREAKING absorbed: `PUT /api/v0/instances/request_logs/{}`: keyword `tail` renamed to "
        "`tail_lines`; absorbed by the keyword pin: users keep `tail`, the SDK sends "
        f"`tail_lines` (operations[{LOGS!r}].keywords.tail (upstream renamed tail to "
        "tail_lines; users keep tail))"
    )
    line = (
        "`show_logs`: keyword `tail` is sent as `tail_lines` now (upstream renamed `tail`; the "
        "overlay keeps the keyword, so calls stay as they are)"
    )
    assert f"- NEUTRAL: {line}" in kept.text
    assert f"**Changed**\n\n- {line}" in kept.entry and "**Breaking**" not in kept.entry


def test_a_keyword_renamed_in_next_where_the_seed_rules_is_not_silent(drill: Run) -> None:
    d = drill({"next": _rename("/api/v0/instances/request_logs/{id}", "put", "tail", "tail_lines")})
    assert _one(d, "next").endswith("shadowed: the SDK takes `show_logs` from 'seed'")
    assert _one(d, "next").startswith("BREAKING shadowed:")
    assert d.review.sdk == []
    assert "No change to the SDK's methods, keywords or models." in d.entry
    assert "- `next`, breaking: PUT /api/v0/instances/request_logs/{id}: keyword `tail` " in d.entry


def test_a_keyword_renamed_in_next_where_next_rules_reaches_users(drill: Run) -> None:
    rename = {"next": _rename("/api/v0/endptjobs/{id}", "put", "min_load", "min_workers")}
    d = drill(rename)
    assert _one(d, "next").startswith("BREAKING reaches:")
    assert "- `update_endpoint`: keyword `min_load` renamed to `min_workers`" in d.entry
    assert "keyword `min_load` of update_endpoint (body, pinned in" in d.problems
    kept = drill(rename, _keep("PUT /api/v0/endptjobs/{id}/", "min_load", "min_workers"))
    _kept(kept, "update_endpoint", "min_load", "min_workers")
    assert _one(kept, "next").startswith("BREAKING absorbed:")
    assert "- `update_endpoint`: keyword `min_load` is sent as `min_workers` now" in kept.entry


def test_a_keyword_renamed_in_the_preview(drill: Run) -> None:
    shadowed = drill({"preview": _rename("/api/v0/endptjobs/{id}", "put", "min_load", "x")})
    assert _one(shadowed, "preview").endswith("the SDK takes `update_endpoint` from 'next'")
    assert "- `preview`, breaking: PUT /api/v0/endptjobs/{id}: keyword `min_load`" in (
        shadowed.entry
    )
    rename = {"preview": _rename("/api/v0/team", "put", "team_name", "name")}
    reaches = drill(rename)
    assert _one(reaches, "preview").startswith("BREAKING reaches:")
    assert "- `update_team`: keyword `team_name` renamed to `name`" in reaches.entry
    assert "keyword `team_name` of update_team (body, pinned in" in reaches.problems
    kept = drill(rename, _keep("PUT /api/v0/team", "team_name", "name"))
    _kept(kept, "update_team", "team_name", "name")
    assert "- `update_team`: keyword `team_name` is sent as `name` now" in kept.entry


# ---------------------------------------------------------------- a response field retyped


def test_a_response_field_retyped_reaches_every_operation_returning_the_model(drill: Run) -> None:
    """show_instance's model sits behind anyOf [$ref Instance, null]; it is compared too."""

    def edit(doc: dict[str, Any]) -> None:
        _instance(doc)["properties"]["ssh_port"] = {"type": "string"}

    d = drill({"seed": edit})
    assert _one(d, "seed").startswith(
        "BREAKING reaches: `GET /api/v0/instances/{}`: response field `instances.ssh_port` "
        "type integer -> string"
    )
    line = (
        "`Instance.ssh_port` (field of `show_instance`, `show_instances`, "
        "`show_instances_v0`): type integer|null -> string|null"
    )
    assert f"- BREAKING: {line}" in d.text
    assert f"**Breaking**\n\n- {line}" in d.entry
    # Instance is overlay-owned: its change in any source stops generation until recorded
    changed = (
        "schemas.Instance (overlay-owned) differs from the documents: Instance in 'seed' "
        'changed (properties/ssh_port/type: "integer" -> "string")'
    )
    assert [p for p in d.review.problems if p.startswith("schemas.Instance")] == [
        next(p for p in d.review.problems if p.startswith(changed))
    ]
    assert "schemas.Instance[1] (Instance.ports is an int list" in d.problems
    # once reviewed, the maintainer records it (make upgrade ... LOCK=1): nothing stops then
    assert drill({"seed": edit}, relocked=Lock.of(d.review.new.observed)).review.problems == []

    shadowed = drill({"next": edit})
    assert _one(shadowed, "next").endswith("shadowed: the SDK takes `show_instance` from 'seed'")
    # next's Instance never reaches the SDK, and the review still says it changed
    assert "Instance in 'next' changed (properties/ssh_port/type" in shadowed.problems
    assert shadowed.review.sdk == []


def test_a_field_the_overlay_recreates_is_named_with_its_rule(drill: Run) -> None:
    def edit(doc: dict[str, Any]) -> None:
        del _instance(doc)["properties"]["ports"]

    d = drill({"seed": edit})
    line = _one(d, "seed")
    assert line.startswith("BREAKING overridden:") and "response field `instances.ports`" in line
    assert "overridden by the overlay: schemas.Instance[1] (Instance.ports is an int list" in line
    assert "**Not followed**" in d.entry and "`Instance.ports`" in d.entry
    # the rule would quietly recreate the field: generation stops and names it
    assert (
        "expectation changed: upstream dropped #/components/schemas/Instance > "
        "properties/ports, which the overlay replaces (and so recreates)"
    ) in d.problems
    assert "rule(s): schemas.Instance[1] (Instance.ports is an int list" in d.problems


def test_offer_rows_retyped_upstream_are_hidden_by_the_overlays_offer(drill: Run) -> None:
    def edit(doc: dict[str, Any]) -> None:
        op = doc["paths"]["/api/v0/bundles/"]["post"]
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        schema["properties"]["offers"]["items"] = {"type": "string"}

    d = drill({"seed": edit})
    line = _one(d, "seed")
    assert line.startswith("BREAKING overridden:") and "`offers[]` type object -> string" in line
    assert (
        "operations['POST /api/v0/bundles/'].fixes[3] (each search-offers row is an Offer" in line
    )
    assert (
        "expectation changed: upstream changed POST /api/v0/bundles/ > responses/200/content/"
        "application~1json/schema/properties/offers/items, which the overlay replaces "
        '(additionalProperties: true -> absent; type: "object" -> "string"); rule(s): '
        "operations['POST /api/v0/bundles/'].fixes[3]"
    ) in d.problems


def test_a_source_starting_to_define_an_overlay_owned_schema_is_reported(drill: Run) -> None:
    """next starts publishing an Offer of its own: the overlay's Offer would hide it."""

    def edit(doc: dict[str, Any]) -> None:
        offer = {"type": "object", "properties": {"id": {"type": "string"}}}
        doc.setdefault("components", {}).setdefault("schemas", {})["Offer"] = offer

    d = drill({"next": edit})
    assert d.review.sdk == []
    assert (
        "schemas.Offer (overlay-owned) differs from the documents: 'next' now defines Offer"
    ) in d.problems
    assert (
        "expectation changed: upstream now defines #/components/schemas/Offer, which the "
        "overlay creates"
    ) in d.problems
    assert "rule(s): schemas.Offer[0] (search offers returns untyped rows" in d.problems


# ---------------------------------------------------------------- an operation removed


def test_an_operation_removed_from_the_seed(drill: Run) -> None:
    gone = drill({"seed": _drop("/api/v0/network_disk/")})
    assert _one(gone, "seed").endswith("reaches the SDK: `add_network_disk` is removed")
    assert "**Breaking**\n\n- `add_network_disk` (POST /api/v0/network_disk/): removed" in (
        gone.entry
    )
    fallback = drill({"seed": _drop("/api/v0/instances/request_logs/{id}")})
    assert "`show_logs` now takes its shape from 'next'" in _one(fallback, "seed")
    assert "- 1 operation(s) take their shape now from 'next' (was 'seed'): `show_logs`." in (
        fallback.entry
    )


def test_an_operation_removed_from_next_and_preview(drill: Run) -> None:
    only_next = drill({"next": _drop("/api/v0/charges")})
    assert "`show_charges` now takes its shape from 'preview'" in _one(only_next, "next")
    assert "- `show_charges`: response field `results[].amount` removed" in only_next.entry
    both = drill({"next": _drop("/api/v0/charges"), "preview": _drop("/api/v0/charges")})
    assert _one(both, "next").endswith("`show_charges` is removed")
    assert _one(both, "preview").endswith("'next' removed it too; `show_charges` is removed")
    assert "- `show_charges` (GET /api/v0/charges/): removed" in both.entry
    # the overlay's rules for it are stale now: generation stops and names them
    assert both.review.problems == [
        "stale record: operations['GET /api/v0/charges/'] (show_charges) matches no operation "
        "of the documents"
    ]


# ---------------------------------------------------------------- enum values


def test_an_enum_value_added_and_removed(drill: Run) -> None:
    def add(doc: dict[str, Any]) -> None:
        _body(doc, "/api/v0/instances/request_logs/{id}", "put")["properties"]["daemon_logs"][
            "enum"
        ].append("false")

    def remove(doc: dict[str, Any]) -> None:
        _body(doc, "/api/v0/instances/{id}/", "put")["properties"]["state"]["enum"].remove(
            "stopped"
        )

    added = drill({"seed": add})
    assert _one(added, "seed").startswith(
        "ADDITIVE reaches: `PUT /api/v0/instances/request_logs/{}`: keyword `daemon_logs` enum "
        'value(s) added: "false"'
    )
    assert '- `show_logs`: keyword `daemon_logs` enum value(s) added: "false"' in added.entry
    removed = drill({"seed": remove})
    assert _one(removed, "seed").startswith("BREAKING reaches:")
    assert '- `manage_instance`: keyword `state` enum value(s) removed: "stopped"' in removed.entry


def test_enum_changes_the_overlay_absorbs_name_the_rule(drill: Run) -> None:
    def request(doc: dict[str, Any]) -> None:
        _body(doc, "/api/v0/bundles/", "post")["properties"]["type"]["enum"].remove("bid")

    def response(doc: dict[str, Any]) -> None:
        op = doc["paths"][_path(doc, "/api/v0/team/members/{id}")]["delete"]
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        schema["properties"]["status"]["enum"].append("queued")

    narrowed = drill({"seed": request})
    pinned = _one(narrowed, "seed")
    assert pinned.startswith("BREAKING overridden:")
    assert "operations['POST /api/v0/bundles/'].fixes[5] (the next revision's type enum" in pinned
    assert (
        "expectation changed: upstream changed POST /api/v0/bundles/ > requestBody/content/"
        "application~1json/schema/properties/type/enum, which the overlay replaces"
    ) in narrowed.problems
    opened = _one(drill({"seed": response}), "seed")
    assert opened.startswith("ADDITIVE overridden:")
    assert "transforms.open-response-enums (closed enums in responses" in opened


# ---------------------------------------------------------------- required fields


def test_a_required_field_added(drill: Run) -> None:
    def keyword(doc: dict[str, Any]) -> None:
        _body(doc, "/api/v0/instances/request_logs/{id}", "put")["required"] = ["filter"]

    def model(doc: dict[str, Any]) -> None:
        _instance(doc)["required"] = ["id", "gpu_name"]

    d = drill({"seed": keyword})
    assert _one(d, "seed").startswith("BREAKING reaches:") and "`filter` now required" in d.text
    assert "**Breaking**\n\n- `show_logs`: keyword `filter` now required" in d.entry
    overridden = drill({"seed": model})
    lines = overridden.findings("seed")
    assert len(lines) == 2 and all(line.startswith("BREAKING overridden:") for line in lines)
    assert all("schemas.Instance[4] (an instance row always has its id" in x for x in lines)
    assert "`Instance.gpu_name`" in overridden.entry
    assert (
        "expectation changed: upstream now defines #/components/schemas/Instance > required, "
        'which the overlay creates (absent -> ["id", "gpu_name"]); rule(s): schemas.Instance[4]'
    ) in overridden.problems


# ---------------------------------------------------------------- routes and keywords pinned


def test_trailing_slashes_dropped_change_no_route(drill: Run) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"] = {(p.rstrip("/") or "/"): item for p, item in doc["paths"].items()}

    d = drill({"seed": edit})
    seed = d.review.old.sources[0][1]
    slashed = sum(1 for _m, path, _op in iter_operations(seed) if path.endswith("/"))
    assert slashed > 1
    assert f"- NEUTRAL: {slashed} routes dropped or gained their trailing slash" in d.text
    assert "each operations entry pins the route the SDK sends" in d.text
    assert [c.label for c in d.review.sdk] == ["neutral"] * slashed
    assert f"Upstream dropped or added the trailing slash of {slashed} route(s)" in d.entry
    assert d.review.problems == []


def test_a_path_keyword_renamed_upstream_keeps_the_users_keyword(drill: Run) -> None:
    def edit(doc: dict[str, Any]) -> None:
        item = doc["paths"].pop("/api/v0/instances/{id}/ssh/{ssh_key_id}/")
        for p in item["delete"]["parameters"]:
            p["name"] = {"id": "instance_id", "ssh_key_id": "key"}[p["name"]]
        doc["paths"]["/api/v0/instances/{instance_id}/ssh/{key}"] = item

    d = drill({"seed": edit})
    renames = [x for x in d.findings("seed") if "renamed" in x]
    assert len(renames) == 2
    assert all(x.startswith("BREAKING overridden:") for x in renames)
    assert all(
        "operations['DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/'].pin (pins the route" in x
        for x in renames
    )
    assert d.review.sdk == []


# ---------------------------------------------------------------- the review's frame


def test_the_review_states_its_rules_and_breaking_comes_first(drill: Run) -> None:
    def edit(doc: dict[str, Any]) -> None:
        _rename("/api/v0/team", "put", "team_name", "name")(doc)
        doc["paths"]["/api/v0/gpu_makes/unique"] = copy.deepcopy(NEW_OPERATION)

    d = drill({"preview": edit}, _pin("GET /api/v0/gpu_makes/unique/", "show_gpu_makes"))
    for rule in RULES:
        assert rule in d.text
    assert d.entry.index("**Breaking**") < d.entry.index("**Added**")
    assert d.text.index("- BREAKING:") < d.text.index("- ADDITIVE:")
