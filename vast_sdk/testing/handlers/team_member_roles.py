"""A team member's roles (add, remove, replace) and the team's role names."""

from __future__ import annotations

from .._base import Call, Reply, handles, ok
from .._state import Row, State


def _role(s: State, name: str) -> Row | None:
    return next((r for r in s.roles.values() if r["name"] == name), None)


def _deny(status: int, msg: str) -> Reply:
    return Reply(status, {"success": False, "msg": msg})


def _member(s: State, c: Call) -> Row | Reply:
    """The team member the path names, or the documented error."""
    if s.team is None:
        return _deny(403, "Only team accounts can update member roles.")
    member = s.members.get(c.path["id"])
    if member is None:
        return _deny(404, "Team member not found.")
    return member


@handles("list_team_roles")
def list_team_roles(s: State, c: Call) -> Reply:
    return ok([r["name"] for r in s.roles.values()])


@handles("add_team_member_role")
def add_team_member_role(s: State, c: Call) -> Reply:
    member = _member(s, c)
    if isinstance(member, Reply):
        return member
    name = str(c.field("role", "")).strip()
    if name == "owner":
        return _deny(400, "Cannot assign the owner role.")
    role = _role(s, name)
    if role is None:
        return _deny(404, f"Role {name!r} not found.")
    if role["name"] in member["roles"]:
        return _deny(400, "Member already has this role.")
    member["roles"].append(role["name"])
    return ok({"msg": "success"})


@handles("remove_team_member_role")
def remove_team_member_role(s: State, c: Call) -> Reply:
    member = _member(s, c)
    if isinstance(member, Reply):
        return member
    name = str(c.field("role", "")).strip()
    if name == "owner":
        return _deny(400, "Cannot remove the owner role.")
    if name not in member["roles"]:
        return _deny(404, f"Member does not have the role {name!r}.")
    if len(member["roles"]) == 1:
        return _deny(400, "Cannot remove a member's only role; update it instead.")
    member["roles"].remove(name)
    return ok({"msg": "success"})


@handles("update_team_member_role")
def update_team_member_role(s: State, c: Call) -> Reply:
    member = _member(s, c)
    if isinstance(member, Reply):
        return member
    if "owner" in member["roles"]:
        return _deny(403, "Cannot update the team owner's role.")
    role = s.roles.get(c.field("role_id"))
    if role is None:
        return _deny(404, "Role not found.")
    if len(member["roles"]) > 1:
        return _deny(400, "Cannot update the role of a member with several roles.")
    if member["roles"] == [role["name"]]:
        return _deny(400, "Member already has this role.")
    member["roles"] = [role["name"]]
    permissions = role["_perms"]
    return ok(
        {
            "success": True,
            "msg": "User role updated successfully",
            "new_role_permissions": permissions,
        }
    )
