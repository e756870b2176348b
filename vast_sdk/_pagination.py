"""Cursor-paged listings: iterate every item across pages, or walk the pages yourself.

A paged method (e.g. ``show_instances``) fetches its first page when called, so errors are
raised there; iterating the result fetches the next pages as needed, each through the same
method with the API's cursor (``after_token`` <- ``next_token``), so every page gets the
client's retries and timeouts. A cursor the API sends again raises ``PaginationError``
instead of paging forever (or stopping early, which would drop items silently).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

from ._errors import PaginationError
from ._types import NOT_GIVEN, NotGiven

__all__ = ["AsyncPage", "SyncPage"]

T = TypeVar("T")
"""An item of the listing (e.g. Instance)."""
P = TypeVar("P")
"""The page's response model (e.g. ShowInstancesResponse: counts, labels, cursor)."""

Cursor = str | NotGiven


def _items(page: Any, field: str) -> list[Any]:
    items = getattr(page, field, None)
    return list(items) if items else []


def _next(page: Any, field: str) -> Cursor:
    cursor = getattr(page, field, None)
    return cursor if isinstance(cursor, str) and cursor else NOT_GIVEN


def _followed(before: frozenset[str], cursor: Cursor) -> frozenset[str]:
    """The cursors followed to reach a page: those before it and the one that fetched it."""
    return before if isinstance(cursor, NotGiven) else before | {cursor}


def _new_cursor(page: Any, field: str, followed: frozenset[str]) -> Cursor:
    """The next page's cursor (NOT_GIVEN on the last page); PaginationError if it was followed
    already on the way to this page (the pages would loop)."""
    cursor = _next(page, field)
    if not isinstance(cursor, NotGiven) and cursor in followed:
        shown = cursor if len(cursor) <= 60 else cursor[:57] + "..."
        raise PaginationError(
            f"the API sent {field}={shown!r} again after following it: the pages would loop "
            "forever, so iteration stops here (the items so far were yielded)"
        )
    return cursor


class SyncPage(Generic[T, P]):
    """One page of a listing; iterating it yields every item of this page and the next ones."""

    def __init__(
        self,
        fetch: Callable[[Cursor], P],
        cursor: Cursor,
        *,
        items: str,
        next_field: str,
        followed: frozenset[str] = frozenset(),
    ) -> None:
        self._fetch = fetch
        self._items_field = items
        self._next_field = next_field
        self._followed = _followed(followed, cursor)
        self.page: P = fetch(cursor)
        """The page as the API returned it (its response model: counts, labels, cursor)."""

    @property
    def items(self) -> list[T]:
        """The items of this page only."""
        return _items(self.page, self._items_field)

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page, or None on the last one."""
        cursor = _next(self.page, self._next_field)
        return None if isinstance(cursor, NotGiven) else cursor

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    def next_page(self) -> SyncPage[T, P]:
        """Fetch the next page (StopIteration when this is the last one; PaginationError when
        the API sent back a cursor followed on the way to this page)."""
        cursor = _new_cursor(self.page, self._next_field, self._followed)
        if isinstance(cursor, NotGiven):
            raise StopIteration("no next page")
        return SyncPage(
            self._fetch,
            cursor,
            items=self._items_field,
            next_field=self._next_field,
            followed=self._followed,
        )

    def iter_pages(self) -> Iterator[SyncPage[T, P]]:
        """This page and every next one (PaginationError if a cursor comes back)."""
        page: SyncPage[T, P] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        more = ", more" if self.has_next_page() else ""
        return f"<SyncPage {len(self.items)} items{more}>"


class AsyncPage(Generic[T, P]):
    """One page of a listing; ``async for`` yields every item of this page and the next ones."""

    def __init__(
        self,
        fetch: Callable[[Cursor], Awaitable[P]],
        page: P,
        *,
        items: str,
        next_field: str,
        followed: frozenset[str] = frozenset(),
    ) -> None:
        self._fetch = fetch
        self._items_field = items
        self._next_field = next_field
        self._followed = followed
        self.page: P = page
        """The page as the API returned it (its response model: counts, labels, cursor)."""

    @classmethod
    async def first(
        cls,
        fetch: Callable[[Cursor], Awaitable[P]],
        cursor: Cursor,
        *,
        items: str,
        next_field: str,
        followed: frozenset[str] = frozenset(),
    ) -> AsyncPage[T, P]:
        """Fetch the page at ``cursor`` (errors are raised here, at the call); ``followed``:
        the cursors followed before it."""
        page = await fetch(cursor)
        followed = _followed(followed, cursor)
        return cls(fetch, page, items=items, next_field=next_field, followed=followed)

    @property
    def items(self) -> list[T]:
        """The items of this page only."""
        return _items(self.page, self._items_field)

    @property
    def next_cursor(self) -> str | None:
        cursor = _next(self.page, self._next_field)
        return None if isinstance(cursor, NotGiven) else cursor

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    async def next_page(self) -> AsyncPage[T, P]:
        """Fetch the next page (StopAsyncIteration when this is the last one; PaginationError
        when the API sent back a cursor followed on the way to this page)."""
        cursor = _new_cursor(self.page, self._next_field, self._followed)
        if isinstance(cursor, NotGiven):
            raise StopAsyncIteration("no next page")
        return await AsyncPage.first(
            self._fetch,
            cursor,
            items=self._items_field,
            next_field=self._next_field,
            followed=self._followed,
        )

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T, P]]:
        """This page and every next one (PaginationError if a cursor comes back)."""
        page: AsyncPage[T, P] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        more = ", more" if self.has_next_page() else ""
        return f"<AsyncPage {len(self.items)} items{more}>"
