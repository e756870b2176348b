"""What goes on the wire: JSON bodies from keywords, dicts and models; JSON in query strings."""

from __future__ import annotations

import json

import pytest

from vast_sdk import InvalidRequestError, Vast
from vast_sdk.models import CreateInstanceBody

from .conftest import SleepRecorder
from .server import MockServer, reply

OK_CREATE = {"success": True, "new_contract": 777}
TEMPLATES = {"success": True, "templates_found": 0, "templates": []}


def test_keyword_fields_become_the_json_body(client: Vast, server: MockServer) -> None:
    server.add(reply(200, OK_CREATE))
    result = client.create_instance(id=4242, image="x", disk=10)
    assert result.success is True
    sent = server.last
    assert (sent.method, sent.path) == ("PUT", "/api/v0/asks/4242/")
    assert sent.json() == {"client_id": "me", "image": "x", "disk": 10}  # W25: as vastai sends


def test_dict_body_with_unknown_keys(client: Vast, server: MockServer) -> None:
    server.add(reply(200, OK_CREATE))
    client.create_instance(id=1, body={"image": "x", "extra_key": 1})
    assert server.last.json() == {"client_id": "me", "image": "x", "extra_key": 1}


def test_model_body(client: Vast, server: MockServer) -> None:
    server.add(reply(200, OK_CREATE), reply(200, OK_CREATE))
    body = CreateInstanceBody(image="x", disk=12.5, runtype="ssh_direct")
    client.create_instance(id=1, body=body)
    assert server.last.json() == {
        "client_id": "me",
        "image": "x",
        "disk": 12.5,
        "runtype": "ssh_direct",
    }
    body.additional_properties["extra_key"] = [1]
    client.create_instance(id=1, body=body)
    assert server.last.json()["extra_key"] == [1]


def test_keyword_fields_override_the_body(client: Vast, server: MockServer) -> None:
    server.add(reply(200, OK_CREATE), reply(200, OK_CREATE))
    client.create_instance(id=1, body={"image": "a", "disk": 5, "label": "keep"}, image="b")
    assert server.last.json() == {"client_id": "me", "image": "b", "disk": 5, "label": "keep"}
    model = CreateInstanceBody(image="a", disk=5)
    client.create_instance(id=1, body=model, disk=50)
    assert server.last.json() == {"client_id": "me", "image": "a", "disk": 50}
    assert model.disk == 5  # the caller's model is not changed


def test_nested_mapping_fields(client: Vast, server: MockServer) -> None:
    server.add(reply(200, OK_CREATE))
    client.create_instance(id=1, image="x", env={"-p 8080:8080": "1", "HF_TOKEN": "t"})
    assert server.last.json() == {
        "client_id": "me",
        "image": "x",
        "env": {"-p 8080:8080": "1", "HF_TOKEN": "t"},
    }


def test_runtype_takes_the_values_the_official_cli_sends(client: Vast, server: MockServer) -> None:
    """runtype is a plain string (docs/wire.md W23): the official CLI sends values the seed's
    enum does not list ("ssh_direc ssh_proxy") and the API accepts them."""
    server.add(reply(200, {"success": True, "new_contract": 7}))
    created = client.create_instance(id=1, image="x", runtype="ssh_direc ssh_proxy")
    assert created.new_contract == 7
    assert server.last.json() == {"client_id": "me", "image": "x", "runtype": "ssh_direc ssh_proxy"}


def test_missing_required_field_is_rejected_before_sending(
    client: Vast, server: MockServer
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.create_ssh_key()
    assert "ssh_key" in str(info.value)
    with pytest.raises(InvalidRequestError):
        client.transfer_credit(recipient="a@b.c")
    assert server.connections == 0


def test_wrong_body_type_is_rejected(client: Vast, server: MockServer) -> None:
    with pytest.raises(InvalidRequestError):
        client.create_instance(id=1, body="image=x")  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError):
        client.create_instance(id=1, body=[("image", "x")])  # type: ignore[arg-type]
    assert server.connections == 0


def test_unencodable_body_is_an_invalid_request(client: Vast, server: MockServer) -> None:
    with pytest.raises(InvalidRequestError):
        client.create_instance(id=1, body={"image": "x", "extra": object()})
    assert server.connections == 0


def test_json_query_parameter_is_sent_as_json_text(client: Vast, server: MockServer) -> None:
    server.add(reply(200, TEMPLATES))
    client.search_templates(select_filters={"a": {"eq": 1}}, order_by="name")
    sent = server.last
    assert (sent.method, sent.path) == ("GET", "/api/v0/template/")
    assert sent.query["order_by"] == ["name"]
    (text,) = sent.query["select_filters"]
    assert json.loads(text) == {"a": {"eq": 1}}
    assert "'" not in text  # not a Python repr
    assert sent.body == b""


def test_json_query_parameter_given_as_text_is_sent_as_is(client: Vast, server: MockServer) -> None:
    server.add(reply(200, TEMPLATES))
    client.search_templates(select_filters='{"b":{"gt":2}}')
    assert server.last.query["select_filters"] == ['{"b":{"gt":2}}']


def test_unset_query_parameters_are_not_sent(client: Vast, server: MockServer) -> None:
    server.add(reply(200, TEMPLATES))
    client.search_templates()
    assert server.last.raw_query == ""


def test_path_parameters_are_quoted(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {}))
    client.detach_ssh_key(id="1/../2", ssh_key_id=3)  # type: ignore[arg-type]
    assert server.last.path == "/api/v0/instances/1%2F..%2F2/ssh/3/"


@pytest.mark.parametrize("headers", [{"X-A": "é"}, {"X-A": "a\nb"}, {"X A": "1"}])
def test_unsendable_headers_are_an_invalid_request(
    client: Vast, server: MockServer, headers: dict[str, str]
) -> None:
    client.requester.sleep = SleepRecorder()
    with pytest.raises(InvalidRequestError):
        client.detach_ssh_key(id=1, ssh_key_id=2, extra_headers=headers)
    assert client.requester.sleep.delays == []  # a local error: not retried
    assert server.requests == []
