"""The team itself: its name, its balance, and handing it to another member."""

from __future__ import annotations

from .._base import Call, Reply, handles, ok
from .._state import State


def _deny(status: int, msg: str) -> Reply:
    return Reply(status, {"success": False, "msg": msg})


@handles("update_team")
def update_team(s: State, c: Call) -> Reply:
    if s.team is None:
        return _deny(403, "User is not a team account")
    name = str(c.field("team_name") or "").strip()
    if not name:
        return _deny(400, "Team name is required")
    if name == s.team["name"]:
        return _deny(400, "Team name already exists")
    s.team["name"] = name
    return ok({"success": True, "msg": "Team Name Updated Successfully!"})


@handles("get_team_balances")
def get_team_balances(s: State, c: Call) -> Reply:
    if s.team is None:
        return _deny(404, "No team memberships found")
    row = {"team_id": s.team["id"], "team_name": s.team["name"], "balance": s.balance()}
    msg = "Team Balances Retrieved Successfully!"
    return ok({"success": True, "msg": msg, "balances": [row]})


@handles("transfer_team_ownership")
def transfer_team_ownership(s: State, c: Call) -> Reply:
    if s.team is None:
        return _deny(404, "Team owner not found")
    if s.team["owner_id"] != s.user["id"]:
        return _deny(403, "Only the Team's Owner may transfer ownership of the team")
    new_owner = c.field("new_team_owner_id")
    if new_owner is None:
        return _deny(400, "New team owner id required")
    if new_owner == s.team["owner_id"]:
        return _deny(400, "The new and old owner must differ")
    member = s.members.get(new_owner)
    if member is None:
        return _deny(404, f"No team member {new_owner}")
    old = s.members[s.team["owner_id"]]
    old["roles"] = [r for r in old["roles"] if r != "owner"] or ["member"]
    member["roles"] = ["owner"]
    s.team["owner_id"] = new_owner
    return ok({"success": True, "msg": "Team Successfully Transferred!"})
