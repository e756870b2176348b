"""tools/sources.py: one loader for every source (JSON or YAML), errors that name the file and
the line, and the merge of the overlay's sources."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.__main__ import main
from tools.sources import Source, SourceError, load_document, merge_sources, overlay_components

from .pipeline_helpers import SPEC

DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}},
}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["doc.json", "doc.yaml", "doc.yml", "doc"])
def test_json_and_yaml_read_the_same(tmp_path: Path, name: str) -> None:
    text = json.dumps(DOC, indent=1) if name.endswith("json") else yaml.safe_dump(DOC)
    assert load_document(_write(tmp_path, name, text)) == DOC


def test_a_link_is_read_by_its_targets_format(tmp_path: Path) -> None:
    """openapi.json may link to a seed published as YAML."""
    target = _write(tmp_path, "seed.yaml", yaml.safe_dump(DOC))
    (tmp_path / "openapi.json").symlink_to(target.name)
    assert load_document(tmp_path / "openapi.json") == DOC


def test_yaml_reads_as_json_would(tmp_path: Path) -> None:
    """Unquoted status codes and dates come out as JSON has them: text."""
    text = "paths:\n  /x:\n    get:\n      responses:\n        200: {description: ok}\n"
    text += "info: {version: 2024-01-02}\n"
    doc = load_document(_write(tmp_path, "doc.yaml", text))
    assert doc["paths"]["/x"]["get"]["responses"] == {"200": {"description": "ok"}}
    assert doc["info"] == {"version": "2024-01-02"}


def test_the_documents_in_yaml_read_as_their_json(tmp_path: Path) -> None:
    """The next revision is published in both formats: the loader reads them alike."""
    specs = SPEC.resolve().parent
    assert load_document(specs / "vast-openapi-next.yaml") == load_document(
        specs / "vast-openapi-next.json"
    )


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("bad.json", '{\n  "paths": {\n    "/x": ,\n  }\n}\n', "line 3, column 11: not valid JSON"),
        (
            "bad.yaml",
            "paths:\n  /x:\n    get: {}\n   put: {}\n",
            "line 4, column 4: not valid YAML",
        ),
        ("bad.yaml", "paths:\n  /x:\n\tget: {}\n", "line 3, column 1: not valid YAML"),
        (
            "bad.yaml",
            "paths:\n  /x:\n    get: {}\n  /x:\n    put: {}\n",
            "line 4: key '/x' is given twice",
        ),
        ("bad.json", '{\n "paths": {},\n "paths": {}\n}\n', "line 3: key 'paths' is given twice"),
        ("bad.json", "[1, 2]\n", "an OpenAPI document is a mapping, not list"),
        ("bad.yaml", "paths: [1]\n", "'paths' is not a mapping"),
        ("bad.yaml", "paths: {}\nx: !!python/object:os.system {}\n", "not valid YAML"),
    ],
)
def test_an_unreadable_document_names_its_file_and_line(
    tmp_path: Path, name: str, text: str, where: str
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(SourceError) as caught:
        Source("next", path).load()
    message = str(caught.value)
    assert message.startswith(f"source 'next' ({path})"), message
    assert where in message, message


def test_a_missing_or_undecodable_document(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"source 'seed' \(.*gone.json\) does not exist"):
        Source("seed", tmp_path / "gone.json").load()
    path = tmp_path / "latin.json"
    path.write_bytes(b'{\n"a": "\xe9"}\n')
    with pytest.raises(SourceError, match="line 2: not UTF-8 text"):
        load_document(path)


def test_generation_reports_a_broken_source_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What `make generate` prints: the file and the line, no traceback."""
    path = _write(tmp_path, "seed.json", '{"paths": {\n')
    assert main(["generate", "--spec", str(path), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"generate: source 'seed' ({path}), line 2, column 1: not valid JSON (")
    assert err.count("\n") == 1


def test_a_component_the_overlay_names_comes_from_the_first_source_that_has_it() -> None:
    """The primary replaced by a document that inlines the model (the preview as primary):
    the overlay's fixes still find Instance, taken from the next source that defines it."""
    instance = {"type": "object", "properties": {"id": {"type": "integer"}}}
    primary: dict[str, Any] = {"paths": {}, "components": {"schemas": {}}}
    other = {"paths": {}, "components": {"schemas": {"Instance": instance}}}
    merged = merge_sources(
        [(Source("preview", Path("p")), primary), (Source("next", Path("n")), other)],
        overlay_components({"fixes": [{"target": "#/components/schemas/Instance/required"}]}),
    )
    assert merged.doc["components"]["schemas"]["Instance"] == instance
    assert overlay_components(
        {"schemas": {"Offer": []}, "x": {"$ref": "#/components/schemas/A"}}
    ) == {
        "Offer",
        "A",
    }


def test_the_newest_document_as_primary_generates() -> None:
    """The documented trial (docs/regenerating.md) with the preview as primary: it used to
    stop on KeyError 'Instance' (the preview inlines it; the overlay's fixes name it) and on
    a success answer documented without a body."""
    from tools.generate import build

    preview = SPEC.resolve().parent / "vast-openapi-preview.json"
    generated = build(preview, lenient=True)
    detach = generated.files["api/detach_ssh_key.py"]
    assert "``DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/``" in detach
    assert 'f"/api/v0/instances/{_r.quote_path(id)}/ssh/{_r.quote_path(ssh_key_id)}/"' in detach
    assert "def parse(" not in generated.files["api/delete_api_key.py"]  # no body: None
