"""Teams: one team per account owner, its roles and members (invitations join at once)."""

from __future__ import annotations

from typing import Any

from .._base import Call, Reply, fail, handles, ok, reject
from .._state import Row, State

INVITE_COOLDOWN = 300.0
"""Fake seconds before the same address may be invited again (the API answers 429)."""


def _team(s: State, status: int = 403) -> Row:
    if s.team is None:
        raise reject(status, "no_team", "You are not in a team: create one first (create team).")
    return s.team


def _role(s: State, ident: Any) -> Row | None:
    text = str(ident)
    return next((r for r in s.roles.values() if r["name"] == text or str(r["id"]) == text), None)


def _add_role(s: State, name: str, permissions: dict[str, Any]) -> Row:
    rid = s.next_id("roles", 900)
    s.roles[rid] = {"id": rid, "name": name, "identifier": f"{name}_role", "_perms": permissions}
    return s.roles[rid]


def _permission_list(role: Row) -> list[str]:
    perms = role["_perms"]
    return sorted(perms.get("api", perms))


@handles("create_team")
def create_team(s: State, c: Call) -> Reply:
    name = str(c.field("team_name", "")).strip()
    if not name:
        return Reply(400, {"success": False, "msg": "Team name is required"})
    if s.team is not None:
        return Reply(400, {"success": False, "msg": "Team name already exists"})
    credit = float(c.field("transfer_credit") or 0)
    if credit < 0 or credit > s.balance():
        return Reply(400, {"success": False, "msg": "Invalid transfer_credit amount"})
    if credit:
        entry = {"id": s.next_id("ledger", 5000), "type": "transfer", "amount": credit}
        s.ledger.append({**entry, "timestamp": int(s.now())})
    s.team = {"id": s.next_id("teams", 7000), "name": name, "owner_id": s.user["id"]}
    _add_role(s, "owner", {"api": {"misc": {}, "user_write": {}, "instance_write": {}}})
    _add_role(s, "member", c.field("permissions") or {"api": {"instance_read": {}}})
    u = s.user
    s.members = {
        u["id"]: {
            "id": u["id"],
            "username": u["username"],
            "email": u["email"],
            "fullname": u["fullname"],
            "roles": ["owner"],
        }
    }
    return ok({"success": True, "msg": "Team Successfully Created!"})


@handles("destroy_team")
def destroy_team(s: State, c: Call) -> Reply:
    if s.team is None:
        return fail(404, "not_found", "Cannot Delete Team. User is not a team account")
    team = s.team
    s.team, s.roles, s.members = None, {}, {}
    return ok({"success": True, "msg": "Team Successfully Deleted!", "pkey_id": team["id"]})


@handles("invite_team_member")
def invite_team_member(s: State, c: Call) -> Reply:
    if s.team is None:
        return Reply(404, {"msg": "Team metadata not found"})
    email, role = str(c.field("email")).strip(), str(c.field("role")).strip()
    if _role(s, role) is None:
        return Reply(400, {"msg": f"Role {role!r} does not exist in this team"})
    member = next((m for m in s.members.values() if m["email"] == email), None)
    if member is not None:
        ago = s.now() - member.get("_invited", -INVITE_COOLDOWN)
        if ago < INVITE_COOLDOWN:
            msg = f"Error: invitation already sent to {email} only {ago:.0f} seconds ago."
            return Reply(429, {"msg": msg})
        return Reply(400, {"msg": f"{email} is already a member of this team"})
    mid = s.next_id("users", 300_000)
    s.members[mid] = {
        "id": mid,
        "username": email.split("@", 1)[0],
        "email": email,
        "fullname": "",
        "roles": [role],
        "_invited": s.now(),
    }
    return ok({"success": True, "msg": f"New invitation sent to {email}"})


@handles("show_team_members")
def show_team_members(s: State, c: Call) -> Reply:
    _team(s)
    return ok([{k: v for k, v in m.items() if not k.startswith("_")} for m in s.members.values()])


@handles("remove_team_member")
def remove_team_member(s: State, c: Call) -> Reply:
    team = _team(s, 404)
    member_id = c.path["id"]
    if member_id == team["owner_id"]:
        return Reply(400, {"msg": "Cannot remove the team owner from the team"})
    if s.members.pop(member_id, None) is None:
        return Reply(404, {"status": "failure", "message": "No user was removed from the team."})
    return ok({"status": "success", "message": "User removed from the team."})


@handles("create_team_role")
def create_team_role(s: State, c: Call) -> Reply:
    _team(s)
    name, permissions = str(c.field("name", "")).strip(), c.field("permissions")
    if not name or not isinstance(permissions, dict):
        return Reply(400, {"success": False, "msg": "Missing permissions parameter"})
    if _role(s, name) is not None:
        return Reply(400, {"success": False, "msg": f"Role {name!r} already exists"})
    _add_role(s, name, permissions)
    return ok({"msg": "success"})


@handles("show_team_roles")
def show_team_roles(s: State, c: Call) -> Reply:
    rows = [
        {"id": r["id"], "name": r["name"], "identifier": r["identifier"]}
        | {"permissions": _permission_list(r)}
        for r in s.roles.values()
    ]
    return ok(rows)


@handles("show_team_role")
def show_team_role(s: State, c: Call) -> Reply:
    role = _role(s, c.path["id"])
    if role is None:
        return fail(404, "not_found", "Specified role not found")
    return ok({"id": role["id"], "name": role["name"], "permissions": _permission_list(role)})


@handles("update_team_role")
def update_team_role(s: State, c: Call) -> Reply:
    role = s.roles.get(c.path["id"])
    if role is None:
        return fail(404, "not_found", "Specified role not found")
    role.update(name=str(c.field("name")), _perms=c.field("permissions") or {})
    return ok(f"Successfully Updated Team Role For {role['name']}")


@handles("remove_team_role")
def remove_team_role(s: State, c: Call) -> Reply:
    role = _role(s, c.path["name"])
    if role is None:
        return fail(404, "not_found", "Specified role not found")
    if role["name"] == "owner":
        return fail(403, "forbidden", "You cannot delete the owner role.")
    del s.roles[role["id"]]
    return ok({"status": "success", "message": "Role removed from team"})
