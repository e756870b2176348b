"""``launch_instance`` (``PUT /api/v0/launch_instance/``): search and rent in one call.

The body is what the official client sends (``api/offers.py:launch_instance``): the instance's
fields (``image``, ``disk``, ``env``, ``label``, ``onstart``, ``runtype``, ``args``...) and the
search in ``q``, in the search body's own form (filters such as ``{"num_gpus": {"eq": "1"}}``
with numbers as text, ``order``, ``type``, ``limit``, ``allocated_storage``). The fake searches
the market as ``search_offers`` does (same default filters, order and pricing) and rents the
best match through the same path as ``create_instance``.

Answers, as the documents give them: ``{"success": true, "new_contract": id}``; when nothing
matches, or the match is gone by the time it is rented, 200 ``{"success": false, "error":
"offer_not_found", "message": ...}`` (the preview's answer; the official CLI prints ``error``
and ``message``); a rent the offer refuses (a bad disk size, a bid below the minimum) answers
create_instance's 400.
"""

from __future__ import annotations

from typing import Any

from .._base import Call, Reply, fail, handles, ok
from .._state import State
from .instances import rent
from .search import search_offers

RENT_FIELDS = (
    "image",
    "disk",
    "env",
    "label",
    "onstart",
    "runtype",
    "args",
    "args_str",
    "extra",
    "image_login",
    "python_utf8",
    "lang_utf8",
    "use_jupyter_lab",
    "jupyter_dir",
    "cancel_unavail",
    "template_hash_id",
    "template_id",
    "price",
    "target_state",
    "user",
)
"""Body fields passed on to the rent (the rest of the body is the search)."""


def _not_found(message: str) -> Reply:
    return ok({"success": False, "error": "offer_not_found", "message": message})


@handles("launch_instance")
def launch_instance(s: State, c: Call) -> Reply:
    body: dict[str, Any] = c.body if isinstance(c.body, dict) else {}
    q = body.get("q")
    if not isinstance(q, dict):
        return fail(400, "invalid_request", "q must be an object of search filters")
    query = dict(q)
    query.setdefault("allocated_storage", body.get("disk", 10.0))
    found = search_offers(s, Call("search_offers", {}, {}, query, c.user_id, c.key))
    if found.status != 200:
        return found
    offers = found.body["offers"]
    if not offers:
        return _not_found("No offer matched the query.")
    offer = offers[0]
    fields = {k: body[k] for k in RENT_FIELDS if k in body}
    reply = rent(s, c, int(offer["id"]), fields)
    if reply.status in (404, 410):  # taken between the search and the rent
        return _not_found(f"Offer {offer['id']} was taken before it could be rented.")
    return reply
