"""Templates beyond search and create (search.py): the v1 listing, edit, v1 update, delete.

A template's ``hash_id`` follows its content (an edit gives a new one). Editing a template the
caller did not create (a public one) makes the caller an edited copy, as the API does; a
template only its creator may delete.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .._base import Call, Reply, handles, ok
from .._state import Row, State, public
from .paged import keyset_page
from .search import visible_templates

COLUMNS = frozenset(
    {
        "name",
        "image",
        "tag",
        "href",
        "repo",
        "env",
        "onstart",
        "jup_direct",
        "ssh_direct",
        "use_jupyter_lab",
        "runtype",
        "use_ssh",
        "jupyter_dir",
        "docker_login_repo",
        "extra_filters",
        "recommended_disk_space",
        "readme",
        "readme_visible",
        "desc",
        "private",
    }
)
"""Template fields an edit may set."""

_IDENTITY = frozenset({"id", "hash_id", "template", "docker_login_user", "docker_login_pass"})
"""Keys an edit body may carry besides COLUMNS (identify the template, or are not stored)."""


def _error(status: int, msg: str, error: str = "invalid_args") -> Reply:
    return Reply(status, {"success": False, "error": error, "msg": msg})


def content_hash(template: Row) -> str:
    """The hash_id of a template's content (what a content change changes)."""
    content = {k: v for k, v in template.items() if k in COLUMNS}
    data = json.dumps(content, sort_keys=True, default=str).encode()
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _by_hash(s: State, c: Call, hash_id: Any) -> Row | None:
    """The template with that hash visible to the caller; the caller's own wins."""
    found = [t for t in visible_templates(s, c.user_id) if t["hash_id"] == hash_id]
    own = [t for t in found if t["creator_id"] == c.user_id]
    return (own or found)[0] if found else None


def _edit(s: State, c: Call, template: Row, changes: dict[str, Any]) -> tuple[Row, str]:
    """Apply ``changes``: in place for the creator, else on a copy the caller owns."""
    if all(template.get(k) == v for k, v in changes.items()):
        return template, "No Edits made to the Template."
    if template["creator_id"] != c.user_id:
        tid = s.next_id("templates", 200_000)
        copy = {**template, **changes, "id": tid, "creator_id": c.user_id, "_public": False}
        copy["hash_id"] = content_hash(copy)
        s.templates[tid] = copy
        return copy, f"Created an Edited Copy of Template {template['id']}: new id {tid}"
    template.update(changes)
    template["hash_id"] = content_hash(template)
    return template, f"Template {template['id']} Updated Successfully"


@handles("search_templates_v1")
def search_templates_v1(s: State, c: Call) -> Reply:
    rows = [public(t) for t in visible_templates(s, c.user_id)]
    if not rows:
        return ok({"success": False, "msg": "No templates found"})
    page, token = keyset_page(c, rows, PAGE)
    return ok(
        {"success": True, "templates_found": len(page), "templates": page, "next_token": token}
    )


PAGE = 25
"""Rows of a v1 listing's page when no limit is given."""


@handles("edit_template")
def edit_template(s: State, c: Call) -> Reply:
    body: dict[str, Any] = c.body if isinstance(c.body, dict) else {}
    unexpected = sorted(set(body) - COLUMNS - _IDENTITY)
    if unexpected:
        return _error(400, f"Unexpected Key '{unexpected[0]}' found in Template.")
    template = _by_hash(s, c, body.get("hash_id"))
    if template is None:
        msg = f"Unable to Update Template. None found for given Hash ID: {body.get('hash_id')}"
        return _error(400, msg)
    if template["creator_id"] != c.user_id:
        return _error(400, "Only the Template Creator may Update Existing Template.")
    template, msg = _edit(s, c, template, {k: v for k, v in body.items() if k in COLUMNS})
    shown = public(template)
    return ok({"success": True, "hash_id": template["hash_id"], "msg": msg, "template": shown})


@handles("update_template")
def update_template(s: State, c: Call) -> Reply:
    """The official package sends the template's fields flat; the preview nests them in
    ``template``: both are read (top level wins)."""
    body: dict[str, Any] = c.body if isinstance(c.body, dict) else {}
    nested: dict[str, Any] = body["template"] if isinstance(body.get("template"), dict) else {}
    fields = {**nested, **{k: v for k, v in body.items() if k != "template"}}
    hash_id = fields.get("hash_id")
    if not hash_id:
        return _error(400, "hash_id is required")
    unexpected = sorted(set(fields) - COLUMNS - _IDENTITY)
    if unexpected:
        return _error(400, f"Unexpected Key '{unexpected[0]}' found in Template.")
    template = _by_hash(s, c, hash_id)
    if template is None or ("id" in fields and fields["id"] != template["id"]):
        return _error(404, "error 404: Template not found", "invalid_template")
    changes = {k: v for k, v in fields.items() if k in COLUMNS and v is not None}
    template, msg = _edit(s, c, template, changes)
    shown = public(template)
    return ok({"success": True, "hash_id": template["hash_id"], "msg": msg, "template": shown})


@handles("delete_template")
def delete_template(s: State, c: Call) -> Reply:
    tid = c.field("template_id")
    template = s.templates.get(tid) if isinstance(tid, int) else None
    if template is None:
        return _error(400, "Invalid Template ID or User ID")
    if template["creator_id"] != c.user_id:
        return _error(401, "Templates can ONLY be Deleted by their Creator", "not_creator")
    if any(i.get("template_id") == tid for i in s.instances.values()):
        return _error(400, "Cannot Delete Template. Other Users are still using it.")
    del s.templates[tid]
    return ok({"success": True, "msg": f"Template {tid} Deleted Successfully"})
