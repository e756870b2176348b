"""An operation renamed after the CLI's command keeps its old name for one release: the old
method takes the same arguments, sends the same request, warns (DeprecationWarning, pointing
at the caller's line) and is typed like the new one; its models keep their old names too."""

from __future__ import annotations

import asyncio
import inspect
import warnings

import pytest

from vast_sdk import AsyncVast, Vast
from vast_sdk._generated._operations import RENAMED_OPERATIONS
from vast_sdk.testing import FakeVast


def test_list_volumes_is_the_old_name_of_show_volumes() -> None:
    assert RENAMED_OPERATIONS == {"list_volumes": "show_volumes"}
    for cls in (Vast, AsyncVast):
        old, new = inspect.signature(cls.list_volumes), inspect.signature(cls.show_volumes)
        assert old == new
        assert "Deprecated" in (cls.list_volumes.__doc__ or "")


def test_the_old_name_warns_at_the_callers_line_and_sends_the_same_request() -> None:
    fake = FakeVast()
    vast = fake.client()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = vast.list_volumes(type="all_volume")
    [warning] = caught
    assert warning.category is DeprecationWarning
    assert warning.filename == __file__  # the caller's line, not the SDK's
    assert "list_volumes() is renamed show_volumes()" in str(warning.message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        new = vast.show_volumes(type="all_volume")
    assert old == new
    sent = [(c.op, c.method, c.path) for c in fake.calls]
    assert sent == [("show_volumes", "GET", "/api/v0/volumes")] * 2


def test_the_old_name_on_asyncvast_and_raw_responses() -> None:
    fake = FakeVast()

    async def main() -> None:
        async with fake.async_client() as vast:
            with pytest.warns(DeprecationWarning, match="show_volumes") as caught:
                await vast.list_volumes()
            assert caught[0].filename == __file__
            with pytest.warns(DeprecationWarning):
                raw = await vast.with_raw_response.list_volumes()
            assert raw.status_code == 200

    asyncio.run(main())
    with pytest.warns(DeprecationWarning):
        raw = fake.client().with_raw_response.list_volumes()
    assert raw.parse().volumes == []


def test_the_old_model_names_import_and_warn() -> None:
    from vast_sdk import models

    with pytest.warns(DeprecationWarning, match="ShowVolumesResponse"):
        old = models.ListVolumesResponse
    assert old is models.ShowVolumesResponse
