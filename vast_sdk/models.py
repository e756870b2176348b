"""Every request and response model, e.g. ``vast_sdk.models.Instance``; each loads on first use.

A model's old name (before the names users can read: docs/model-renames.md) still works for
one release and warns (DeprecationWarning) naming the new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated import models as _models

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403

__all__ = _models.__all__


def __getattr__(name: str) -> Any:
    if name in _models._MODULES:
        return getattr(_models, name)
    new = None
    if not name.startswith("__"):  # import machinery asks for __path__ and the like
        from ._generated.models._renamed import new_name

        new = new_name(name, __name__)
    if new is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(_models, new)


def __dir__() -> list[str]:
    return sorted(__all__)
