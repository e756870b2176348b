"""The labelling rules (tools/changelog.py RULES) on small documents, one rule per case."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.changelog import diff, document_facts


def _doc(body: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    return {
        "paths": {
            "/x/{id}/": {
                "put": {
                    "operationId": "op",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "requestBody": {
                        "content": {"application/json": {"schema": copy.deepcopy(body)}}
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": copy.deepcopy(response)}},
                        }
                    },
                }
            }
        }
    }


BODY: dict[str, Any] = {
    "type": "object",
    "properties": {
        "count": {"type": "integer"},
        "ratio": {"type": "number"},
        "mode": {"type": "string", "enum": ["a", "b"]},
        "name": {"type": "string"},
    },
    "required": ["name"],
}
RESPONSE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "size": {"type": "integer"},
        "port": {"type": ["integer", "null"]},
        "state": {"type": "string"},
    },
    "required": ["state"],
}


def _labels(edit: str, pinned: bool) -> list[tuple[str, str, str]]:
    body, response = copy.deepcopy(BODY), copy.deepcopy(RESPONSE)
    exec(edit, {"body": body, "response": response})  # the edit, as written in the case
    old = document_facts(_doc(BODY, RESPONSE), pinned=pinned)
    new = document_facts(_doc(body, response), pinned=pinned)
    return [(c.label, c.change, c.name) for c in diff(old, new)]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("body['properties']['ratio'] = {'type': 'integer'}", ("breaking", "type", "ratio")),
        ("body['properties']['count'] = {'type': 'number'}", ("additive", "type", "count")),
        ("body['properties']['count'] = {'type': 'string'}", ("breaking", "type", "count")),
        ("body['required'] = ['name', 'count']", ("breaking", "required", "count")),
        ("body['required'] = []", ("additive", "optional", "name")),
        ("body['properties']['mode']['enum'] = ['a']", ("breaking", "enum-removed", "mode")),
        ("body['properties']['mode']['enum'] += ['c']", ("additive", "enum-added", "mode")),
        ("body['properties']['mode'] = {'const': 'a'}", ("breaking", "enum-removed", "mode")),
        ("body['properties']['extra'] = {'type': 'string'}", ("additive", "added", "extra")),
        ("del body['properties']['ratio']", ("breaking", "removed", "ratio")),
        (
            "body['properties']['label'] = body['properties'].pop('name'); "
            "body['required'] = ['label']",
            ("breaking", "renamed", "name"),
        ),
        ("response['properties']['port'] = {'type': 'integer'}", ("neutral", "type", "port")),
        (
            "response['properties']['size'] = {'type': ['integer', 'null']}",
            ("breaking", "type", "size"),
        ),
        ("response['properties']['size'] = {'type': 'string'}", ("breaking", "type", "size")),
        ("response['required'] = []", ("breaking", "optional", "state")),
        ("response['required'] = ['state', 'size']", ("breaking", "required", "size")),
        ("response['properties']['new'] = {'type': 'string'}", ("additive", "added", "new")),
        ("del response['properties']['state']", ("breaking", "removed", "state")),
    ],
)
def test_each_rule(edit: str, expected: tuple[str, str, str]) -> None:
    assert _labels(edit, pinned=True) == [expected]


def test_a_renamed_path_keyword_upstream_is_a_breaking_rename() -> None:
    old = _doc(BODY, RESPONSE)
    new = copy.deepcopy(old)
    item = new["paths"].pop("/x/{id}/")
    item["put"]["parameters"][0]["name"] = "key"
    new["paths"]["/x/{key}"] = item
    changes = diff(document_facts(old, pinned=False), document_facts(new, pinned=False))
    assert [(c.label, c.change, c.name, c.detail) for c in changes] == [
        ("breaking", "renamed", "id", "renamed to `key`"),
        ("neutral", "route", "", "PUT /x/{id}/ -> PUT /x/{key}"),
    ]


def test_a_keyword_the_overlay_keeps_after_an_upstream_rename_is_neutral() -> None:
    """The overlay's x-vast-keywords marker (a record's ``keywords``): users type ``name``,
    the SDK sends ``label``; the same rename without it is breaking."""
    old = _doc(BODY, RESPONSE)
    renamed = copy.deepcopy(BODY)
    renamed["properties"]["label"] = renamed["properties"].pop("name")
    renamed["required"] = ["label"]
    kept = {**copy.deepcopy(renamed), "x-vast-keywords": {"label": "name"}}
    for body, expected in (
        (kept, [("neutral", "wire", "name")]),
        (renamed, [("breaking", "renamed", "name")]),
    ):
        changes = diff(
            document_facts(old, pinned=True), document_facts(_doc(body, RESPONSE), pinned=True)
        )
        assert [(c.label, c.change, c.name) for c in changes] == expected
    [change] = diff(
        document_facts(old, pinned=True), document_facts(_doc(kept, RESPONSE), pinned=True)
    )
    assert change.text() == (
        "`op`: keyword `name` is sent as `label` now (upstream renamed `name`; the overlay "
        "keeps the keyword, so calls stay as they are)"
    )
