"""A response model hides nothing it was sent: its repr shows the fields the spec does not
document, and ``to_dict(include_none=True)`` has every documented key (None included), as the
official client's dicts do; the default ``to_dict()`` is unchanged."""

from __future__ import annotations

from vast_sdk.models import Instance, ShowInstancesResponse, ShowUserResponse
from vast_sdk.testing import FakeVast


def test_repr_shows_the_fields_the_spec_does_not_document() -> None:
    user = FakeVast().client().show_user()
    assert user.additional_properties["username"] == "fake-user"
    text = repr(user)
    assert text.startswith("ShowUserResponse(id=271828, ")
    assert "additional_properties={" in text and "'username': 'fake-user'" in text
    plain = ShowUserResponse.from_dict({"id": 1})
    assert "additional_properties" not in repr(plain)  # nothing undocumented: nothing to show
    assert repr(plain) == repr(ShowUserResponse.from_dict({"id": 1}))


def test_to_dict_include_none_has_every_documented_key_in_every_model() -> None:
    page = ShowInstancesResponse.from_dict(
        {"instances": [{"id": 5, "machine_id": 7, "label": None, "extra": 1}], "next_token": None}
    )
    full = page.to_dict(include_none=True)
    keys = {key for _attr, key in ShowInstancesResponse._FIELDS}
    assert keys <= set(full) and full["next_token"] is None
    row = full["instances"][0]
    assert row["label"] is None and row["actual_status"] is None  # sent null / not sent
    assert set(row) == {key for _attr, key in Instance._FIELDS} | {"extra"}
    assert row["extra"] == 1


def test_to_dict_default_still_leaves_out_what_is_none() -> None:
    row = Instance.from_dict({"id": 5, "machine_id": 7, "label": None, "extra": 1})
    assert row.to_dict() == {"id": 5, "machine_id": 7, "extra": 1}


def test_code_written_for_the_official_clients_dicts_works() -> None:
    """``instance["label"]`` on the official client's row is ``row["label"]`` here."""
    fake = FakeVast()
    vast = fake.client()
    offer = vast.search_offers(limit=1).offers[0]
    vast.create_instance(id=offer.id, image="ubuntu:22.04")
    rows = [i.to_dict(include_none=True) for i in vast.show_instances()]
    assert rows and all(r["label"] is None and isinstance(r["id"], int) for r in rows)
