"""One API key by id, and resetting the key a request was sent with (the old one stops working)."""

from __future__ import annotations

from .._base import Call, Reply, fail, handles, ok
from .._state import State


@handles("show_api_key")
def show_api_key(s: State, c: Call) -> Reply:
    key = s.api_keys.get(c.path["id"])
    if key is None:
        return fail(404, "not_found", "API Key not found.")
    return ok({k: v for k, v in key.items() if k != "key"})  # the secret is shown once, at creation


@handles("reset_api_key")
def reset_api_key(s: State, c: Call) -> Reply:
    key = s.key_for(c.key)
    if key is None:  # unreachable: the operation needs a valid key
        return fail(404, "auth_error", "Invalid user key")
    old, new = key["key"], s.new_key()
    key["key"] = new
    if s.api_key == old:
        s.api_key = new
    msg = "API key reset: the old key no longer works."
    return ok({"success": True, "msg": msg, "new_api_key": new})
