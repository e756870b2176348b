"""The generated code after an upgrade drill (one generation, in process): a body keyword upstream
renamed and kept by the overlay, and a ``const`` in a request and a response.

The seed renames show_logs' ``tail`` to ``tail_lines`` and the overlay keeps the keyword
(``keywords: {tail: {wire: tail_lines}}``): the method still takes ``tail`` and sends
``tail_lines``. FakeVast then serves the regenerated spec with closed bodies: the hand-written
``logs()`` helper, which sends the body field ``tail`` by name, fails there, where an open body
would have let production ignore it silently.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import OVERLAY, SPEC
from tools.generate import Generated, build
from tools.lock import lock_path
from tools.overlay import load_overlay
from vast_sdk import BadRequestError
from vast_sdk.testing import FakeVast

LOGS = "PUT /api/v0/instances/request_logs/{id}/"
WHY = "upstream renamed tail to tail_lines; users keep tail"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    tmp = tmp_path_factory.mktemp("generated")
    seed: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    logs = seed["paths"]["/api/v0/instances/request_logs/{id}"]["put"]
    props = logs["requestBody"]["content"]["application/json"]["schema"]["properties"]
    props["tail_lines"] = props.pop("tail")
    props["daemon_logs"] = {"type": "string", "const": "true"}  # was enum ["true"]
    answer = logs["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    answer["success"] = {"const": True}
    (tmp / "seed.json").write_text(json.dumps(seed), encoding="utf-8")
    overlay = load_overlay(OVERLAY.read_bytes())
    overlay["operations"][LOGS]["keywords"] = {"tail": {"wire": "tail_lines", "why": WHY}}
    edited = tmp / "overlay.yaml"
    edited.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    shutil.copy(lock_path(OVERLAY), lock_path(edited))  # nothing else differs from the lock
    return build(tmp / "seed.json", edited)  # strict: the lock holds


def test_a_kept_keyword_is_sent_under_the_new_name(generated: Generated) -> None:
    module = generated.files["api/show_logs.py"]
    assert "    tail: str | NotGiven = NOT_GIVEN," in module
    assert '"tail_lines": tail' in module and '"tail":' not in module
    methods = generated.files["_operations.py"]
    signature = methods.split("def show_logs(", 1)[1].split(")", 1)[0]
    assert "tail: str | NotGiven = NOT_GIVEN" in signature and "tail_lines" not in signature
    assert "tail: Lines from the end, as text" in methods  # the overlay's docs follow the keyword
    body = generated.files["models/show_logs_body.py"]
    assert '("tail", "tail_lines"),' in body  # ShowLogsBody(tail=...) sends tail_lines too
    # the commissioned call, exactly as its page documents it
    detach = generated.files["api/detach_ssh_key.py"]
    assert 'f"/api/v0/instances/{_r.quote_path(id)}/ssh/{_r.quote_path(ssh_key_id)}/"' in detach
    assert "``DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/``" in detach


def test_a_const_becomes_a_literal_in_a_request_and_its_type_in_a_response(
    generated: Generated,
) -> None:
    module = generated.files["api/show_logs.py"]
    assert 'daemon_logs: Literal["true"] | NotGiven = NOT_GIVEN' in module
    assert "from typing import Any, Literal" in module
    methods = generated.files["_operations.py"]
    assert "from typing import TYPE_CHECKING, Any, Literal" in methods
    assert 'daemon_logs: Literal["true"] | NotGiven = NOT_GIVEN' in methods
    body = generated.files["models/show_logs_body.py"]
    assert 'daemon_logs: Literal["true"] | NotGiven = NOT_GIVEN' in body and ", Literal" in body
    answer = generated.files["models/show_logs_response.py"]
    assert "success: bool | None = None" in answer  # read as sent (open, like response enums)
    for name, text in generated.files.items():
        if name.endswith(".py"):
            compile(text, name, "exec")


def test_logs_sending_the_old_field_fails_against_closed_bodies(
    generated: Generated, tmp_path: Path
) -> None:
    spec = tmp_path / "fake_spec.json"
    spec.write_text(generated.files["fake_spec.json"], encoding="utf-8")
    open_fake = FakeVast(spec_file=spec, auto_advance=0.0)
    closed_fake = FakeVast(spec_file=spec, auto_advance=0.0, closed_bodies={"show_logs"})
    for fake in (open_fake, closed_fake):
        with fake.client(virtual_sleep=True) as vast:
            offer = vast.search_offers(limit=1).offers[0]
            iid = vast.create_instance(id=offer.id, image="pytorch/pytorch").new_contract
            fake.clock.advance(fake.state.boot_seconds)
            if fake is open_fake:  # the documents leave the body open: nothing says it is wrong
                assert vast.logs(iid, 5)
                continue
            with pytest.raises(BadRequestError, match=r"show_logs: body field\(s\) \['tail'\]"):
                vast.logs(iid, 5)
            assert vast.logs(iid)  # without the old field it is fine
    assert not open_fake.errors and not closed_fake.errors
