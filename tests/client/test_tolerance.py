"""What real servers send beyond the spec: new fields, new enum values, nulls, missing fields."""

from __future__ import annotations

import pytest

from vast_sdk import NotFoundError, Vast
from vast_sdk.models import (
    DetachSshKeyResponse,
    Instance,
    RemoveTeamMemberResponse,
    SearchOffersResponse,
    ShowInstanceResponse,
    ShowMachinesResponse,
)

from .server import MockServer, reply


def test_unknown_fields_are_kept(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"success": True, "msg": "ok", "new_field": {"x": [1, 2]}, "n": 3}))
    result = client.detach_ssh_key(id=1, ssh_key_id=2)
    assert isinstance(result, DetachSshKeyResponse)
    assert result.additional_properties == {"new_field": {"x": [1, 2]}, "n": 3}
    assert result.to_dict() == {"success": True, "msg": "ok", "new_field": {"x": [1, 2]}, "n": 3}


def test_unknown_fields_in_nested_models_are_kept(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"instances": {"id": 5, "brand_new": "yes"}}))
    result = client.show_instance(id=5)
    assert isinstance(result.instances, Instance)
    assert result.instances.id == 5
    assert result.instances.additional_properties == {"brand_new": "yes"}


def test_unknown_value_of_a_response_enum_is_accepted(client: Vast, server: MockServer) -> None:
    # The spec says status: enum [success].
    server.add(reply(200, {"status": "success_with_warnings", "message": "done"}))
    result = client.remove_team_member(id=3)
    assert isinstance(result, RemoveTeamMemberResponse)
    assert result.status == "success_with_warnings"


def test_unknown_error_code_of_an_error_enum_is_accepted(client: Vast, server: MockServer) -> None:
    # The spec says error: enum [no_such_instance, no_such_ssh_key].
    server.add(reply(404, {"success": False, "error": "no_such_galaxy", "msg": "?"}))
    with pytest.raises(NotFoundError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert info.value.error == "no_such_galaxy"


def test_null_instance_is_not_found(client: Vast, server: MockServer) -> None:
    """show instance answers a wrong id with 200 {"instances": null}: that is a NotFoundError."""
    server.add(reply(200, {"instances": None}))
    with pytest.raises(NotFoundError) as caught:
        client.show_instance(id=1)
    assert caught.value.error == "no_such_instance" and caught.value.status_code == 200
    assert caught.value.body == {"instances": None}
    server.add(reply(200, {"instances": {"id": 1, "machine_id": 2}}))
    result = client.show_instance(id=1)
    assert isinstance(result, ShowInstanceResponse) and result.instances.id == 1


def test_null_machines_parses(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"machines": None}))
    result = client.show_machines(user_id="1")
    assert isinstance(result, ShowMachinesResponse)
    assert result.machines is None


def test_null_offers_and_null_scalars_parse(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"offers": None}))
    assert client.search_offers().offers is None
    server.add(reply(200, {"offers": [{"id": None, "gpu_name": None, "dph_total": None}]}))
    result = client.search_offers()
    assert isinstance(result, SearchOffersResponse)
    assert isinstance(result.offers, list)
    row_id: object = result.offers[0].id  # typed int (always sent); null is kept as sent
    assert row_id is None
    assert result.offers[0].gpu_name is None


def test_null_in_nested_instance_fields_parses(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"instances": {"id": 1, "image_args": None, "ssh_port": None}}))
    result = client.show_instance(id=1)
    assert isinstance(result.instances, Instance)
    assert result.instances.image_args is None
    assert result.instances.ssh_port is None


def test_missing_fields_are_none(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {}))
    result = client.detach_ssh_key(id=1, ssh_key_id=2)
    assert result.success is None
    assert result.msg is None
    assert result.additional_properties == {}
    server.add(reply(200, {"instances": {"id": 1}}))
    instance = client.show_instance(id=1).instances
    assert isinstance(instance, Instance)
    assert instance.actual_status is None
    assert instance.ssh_host is None
