"""Paged listings over loopback: every item across pages; a cursor loop raises, never hangs."""

from __future__ import annotations

import asyncio
from typing import Any, assert_type

import pytest

from vast_sdk import PaginationError, SyncPage, Vast
from vast_sdk.models import Instance, ShowInstancesResponse
from vast_sdk.testing import FakeVast
from vast_sdk.testing._base import HANDLERS, Call, Reply, ok
from vast_sdk.testing._state import State

from .conftest import async_client


def rent(vast: Vast, count: int) -> list[int]:
    offers = vast.search_offers(gpu_name={"eq": "RTX 4090"}, order=[["dph_total", "asc"]])
    return sorted(
        int(vast.create_instance(id=o.id, image="ubuntu:22.04").new_contract)
        for o in offers.offers[:count]
    )


def looping(token: str, *, after: int = 0) -> Any:
    """A show_instances handler that pages correctly ``after`` times, then repeats ``token``
    (ending the listing after 10 calls, so a regressed guard fails the test instead of hanging
    it)."""
    real = HANDLERS["show_instances"]
    served: list[str | None] = []

    def handler(s: State, c: Call) -> Reply:
        served.append(c.query.get("after_token"))
        if len(served) <= after:
            return real(s, c)
        reply = real(s, c)
        return ok({**reply.body, "next_token": token if len(served) < 10 else None})

    return handler


def test_every_instance_across_pages(vast: Vast, fake: FakeVast) -> None:
    created = rent(vast, 5)
    listing = vast.show_instances(limit=2)
    assert_type(listing, SyncPage[Instance, ShowInstancesResponse])  # mypy checks these
    assert_type(listing.page.total_instances, int | None)
    assert listing.page.total_instances == 5
    assert [i.id for i in listing.items] == created[:2] and listing.next_cursor
    assert [i.id for i in listing] == created
    assert [len(p.items) for p in listing.iter_pages()] == [2, 2, 1]
    # the first page once, then pages 2 and 3 for the loop and again for iter_pages
    assert len([c for c in fake.calls if c.op == "show_instances"]) == 1 + 2 + 2


def test_a_repeated_cursor_raises_instead_of_looping(
    vast: Vast, fake: FakeVast, monkeypatch: pytest.MonkeyPatch
) -> None:
    rent(vast, 3)
    token = vast.show_instances(limit=1).next_cursor  # a valid cursor: past the first instance
    assert token is not None
    monkeypatch.setitem(HANDLERS, "show_instances", looping(token))
    listing = vast.show_instances(limit=1)
    seen = []
    with pytest.raises(PaginationError, match=f"next_token='{token[:20]}"):
        for instance in listing:
            seen.append(instance.id)
    assert len(seen) == 2  # the first page and the one the repeated cursor fetched
    with pytest.raises(PaginationError):  # walking page by page stops there too
        listing.next_page().next_page()


def test_a_cursor_cycle_raises(vast: Vast, fake: FakeVast, monkeypatch: pytest.MonkeyPatch) -> None:
    """Page 1 -> page 2 -> page 1's cursor again: the loop spans two pages."""
    rent(vast, 3)
    first = vast.show_instances(limit=1).next_cursor
    assert first is not None
    monkeypatch.setitem(HANDLERS, "show_instances", looping(first, after=2))
    with pytest.raises(PaginationError):
        list(vast.show_instances(limit=1))


def test_async_repeated_cursor_raises(
    vast: Vast, fake: FakeVast, monkeypatch: pytest.MonkeyPatch
) -> None:
    rent(vast, 2)
    token = vast.show_instances(limit=1).next_cursor
    assert token is not None
    monkeypatch.setitem(HANDLERS, "show_instances", looping(token))

    async def go() -> list[int]:
        seen: list[int] = []
        async with async_client(fake) as avast:
            listing = await avast.show_instances(limit=1)
            with pytest.raises(PaginationError):
                async for instance in listing:
                    seen.append(instance.id)
        return seen

    assert len(asyncio.run(go())) == 2
