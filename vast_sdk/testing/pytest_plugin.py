"""pytest plugin (entry point ``vast_sdk_testing``): the ``fake_vast`` fixture.

    def test_search(fake_vast):
        vast = Vast(api_key=fake_vast.api_key, base_url=fake_vast.url)
        assert vast.search_offers(limit=1).offers

The fixture serves a fresh FakeVast on loopback for the test, stops it afterwards and fails the
test if any response the fake produced broke the spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._core import FakeVast


@pytest.fixture
def fake_vast() -> Iterator[FakeVast]:
    """A started FakeVast (``.url``, ``.api_key``, ``.clock``, ``.fail_next``...)."""
    from ._core import FakeVast

    fake = FakeVast()
    with fake.serve():
        yield fake
    assert not fake.errors, "FakeVast answered outside the spec:\n" + "\n".join(fake.errors)
