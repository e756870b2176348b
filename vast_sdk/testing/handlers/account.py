"""The account: user, API keys, SSH keys, env vars (secrets), subaccounts, credit transfers."""

from __future__ import annotations

import re
from typing import Any

from .._base import Call, Reply, fail, handles, ok
from .._proven import printable
from .._state import Row, State, public

MAX_INPUT = 256
"""The longest value ``set_user`` and the env var routes take ("input_too_long")."""
MAX_ENV_VALUE = 4096
MAX_SECRETS = 16
"""Env vars an account may hold (the preview: "the limit of 16 environment variables")."""
USER_FIELDS = frozenset(
    {
        "normalized_email",
        "username",
        "fullname",
        "ssh_key",
        "billaddress_name",
        "billaddress_addr1",
        "billaddress_addr2",
        "billaddress_city",
        "billaddress_zip",
        "billaddress_country",
        "billaddress_taxinfo",
        "balance_threshold_enabled",
        "balance_threshold",
        "autobill_threshold",
        "phone_number",
    }
)
"""What ``set_user`` changes (the official client's list, ``api/billing.py:set_user``); any
other key is ``nonexistent_key``."""


def _text_problem(value: Any, limit: int) -> tuple[str, str] | None:
    """(error, msg) for a value a text field refuses, else None."""
    if isinstance(value, str):
        if not value.strip():
            return "empty_input", "Input cannot be empty."
        if len(value) > limit:
            return "input_too_long", f"Input is longer than {limit} characters."
        if not printable(value):
            return "invalid_characters", "Input contains invalid characters."
    return None


# ---------------------------------------------------------------- user


@handles("show_user")
def show_user(s: State, c: Call) -> Reply:
    keys = sorted(s.ssh_keys.values(), key=lambda k: k["id"])
    key = s.key_for(c.key)
    balance = s.balance()
    return ok(
        {
            **s.user,
            "key_id": key["id"] if key else None,
            "balance": balance,
            "credit": balance,
            "ssh_key": keys[-1]["key"] if keys else None,
        }
    )


@handles("set_user")
def set_user(s: State, c: Call) -> Reply:
    given = {k: v for k, v in (c.body or {}).items() if v is not None}
    if not given:
        return fail(400, "missing_input", "Nothing to update.")
    for key, value in given.items():
        if key not in USER_FIELDS:
            return fail(400, "nonexistent_key", f"{key} is not a user setting.")
        problem = _text_problem(value, MAX_INPUT)
        if problem is not None:
            return fail(400, problem[0], f"{key}: {problem[1]}")
    renamed = {"normalized_email": "email"}
    s.user.update({renamed.get(k, k): v for k, v in given.items()})
    return ok({"success": True, "msg": "User updated."})


@handles("show_ipaddrs")
def show_ipaddrs(s: State, c: Call) -> Reply:
    if c.path["user_id"] not in ("me", str(s.user["id"])):
        return fail(403, "not_authorized", "You may only list your own IP addresses.")
    return ok({"success": True, "results": s.logins})


@handles("show_connections")
def show_connections(s: State, c: Call) -> Reply:
    return ok(s.connections)


@handles("transfer_credit")
def transfer_credit(s: State, c: Call) -> Reply:
    amount, recipient = float(c.field("amount")), str(c.field("recipient")).strip()
    if amount <= 0:
        return fail(400, "invalid_args", "The amount to transfer cannot be zero or negative")
    if not recipient:
        return fail(400, "invalid_args", "A recipient is required")
    if round(amount, 2) != amount:
        return fail(400, "invalid_params", "Amount cannot have more than 2 decimal places")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", recipient):
        return fail(400, "invalid_recipient", "Invalid recipient email format")
    if recipient.lower() == s.user["email"].lower():
        return fail(400, "invalid_recipient", "You cannot transfer credit to yourself")
    if amount > s.balance():
        msg = "You lack the credit balance to perform that operation"
        return fail(400, "insufficient_balance", msg)
    entry = {"id": s.next_id("ledger", 5000), "type": "transfer", "amount": amount}
    s.ledger.append({**entry, "timestamp": int(s.now()), "recipient": recipient})
    return ok()


# ---------------------------------------------------------------- API keys


@handles("show_api_keys")
def show_api_keys(s: State, c: Call) -> Reply:
    rows = [{k: v for k, v in key.items() if k != "key"} for key in s.api_keys.values()]
    return ok({"apikeys": rows})


@handles("create_api_key")
def create_api_key(s: State, c: Call) -> Reply:
    name = str(c.field("name", "")).strip()
    permissions = c.field("permissions")
    if not name:
        return fail(400, "invalid_args", "API key name is required")
    if not permissions:
        return fail(400, "missing_permissions", "Missing permissions")
    if not isinstance(permissions, dict) or any(
        not isinstance(v, dict) for v in permissions.values()
    ):
        return fail(400, "invalid_permissions", "Invalid permission format")
    kid = s.next_id("api_keys", 2)
    key = s.new_key()
    s.api_keys[kid] = {
        "id": kid,
        "user_id": s.user["id"],
        "key": key,
        "name": name,
        "rights": "custom" if permissions else "admin",
        "permissions": permissions,
        "key_params": c.field("key_params") or {},
        "created_at": s.clock.iso(),
    }
    return ok({"id": kid, "key": key, "permissions": permissions})


@handles("delete_api_key")
def delete_api_key(s: State, c: Call) -> Reply:
    if s.api_keys.pop(c.path["id"], None) is None:
        return Reply(404, {"msg": "API Key not found."})
    return ok("Successfully Deleted API Key")


# ---------------------------------------------------------------- SSH keys


def valid_ssh_key(text: str) -> bool:
    """True for an OpenSSH public key line (type, base64 blob, optional comment)."""
    parts = text.strip().split()
    kinds = ("ssh-", "ecdsa-", "sk-")
    return len(parts) >= 2 and parts[0].startswith(kinds) and len(parts[1]) >= 16


def add_ssh_key(s: State, text: str) -> Row:
    """Store a public key on the account (also used when attach is given an unknown key)."""
    kid = s.next_id("ssh_keys", 40_000)
    s.ssh_keys[kid] = {
        "id": kid,
        "user_id": s.user["id"],
        "key": text.strip(),
        "created_at": s.clock.iso(),
        "deleted_at": None,
    }
    return s.ssh_keys[kid]


@handles("show_ssh_keys")
def show_ssh_keys(s: State, c: Call) -> Reply:
    return ok([public(k) for k in s.ssh_keys.values()])


@handles("create_ssh_key")
def create_ssh_key(s: State, c: Call) -> Reply:
    text = str(c.field("ssh_key") or "")
    if not text.strip():
        return fail(400, "no_ssh_key", "No ssh key provided")
    if not valid_ssh_key(text):
        return fail(400, "invalid_args", "Invalid ssh key: expected an OpenSSH public key line")
    key = add_ssh_key(s, text)
    shown = {**{k: key[k] for k in ("id", "user_id", "created_at", "deleted_at")}}
    return ok({"success": True, "key": {**shown, "public_key": key["key"]}})


@handles("update_ssh_key")
def update_ssh_key(s: State, c: Call) -> Reply:
    key = s.ssh_keys.get(c.path["id"])
    if key is None:
        return fail(404, "not_found", "The SSH key does not exist on this account")
    text = str(c.field("ssh_key") or "")
    if not valid_ssh_key(text):
        return fail(400, "invalid_args", "Invalid ssh key: expected an OpenSSH public key line")
    key["key"] = text.strip()
    return ok({"success": True, "key": public(key)})


@handles("delete_ssh_key")
def delete_ssh_key(s: State, c: Call) -> Reply:
    if c.path["id"] <= 0:
        return fail(400, "invalid_request", "Invalid ssh key id")
    if s.ssh_keys.pop(c.path["id"], None) is None:
        return fail(400, "no_ssh_key", f"No ssh key with id {c.path['id']}")
    for inst in s.instances.values():  # a deleted key leaves every instance it was on
        if c.path["id"] in inst["_ssh_keys"]:
            inst["_ssh_keys"].remove(c.path["id"])
    return ok({"success": True})


# ---------------------------------------------------------------- env vars (secrets)


@handles("show_env_vars")
def show_env_vars(s: State, c: Call) -> Reply:
    return ok({"success": True, "secrets": dict(s.env_vars)})


@handles("create_env_var", "update_env_var")
def create_env_var(s: State, c: Call) -> Reply:
    key, value = str(c.field("key") or "").strip(), c.field("value")
    creating = c.op == "create_env_var"
    if not key or value is None:
        return fail(400, "missing_input", "Both 'key' and 'value' are required.")
    for field, text, limit in (("key", key, MAX_INPUT), ("value", value, MAX_ENV_VALUE)):
        problem = _text_problem(text, limit)
        if problem is not None:
            return fail(400, problem[0], f"{field}: {problem[1]}")
    if creating and key in s.env_vars:
        return fail(400, "existing_key", f"Environment variable {key} already exists.")
    if creating and len(s.env_vars) >= MAX_SECRETS:
        msg = f"User has reached the limit of {MAX_SECRETS} environment variables."
        return fail(400, "max_secrets", msg)
    if not creating and key not in s.env_vars:
        return fail(400, "nonexistent_key", "Environment variable not found")
    s.env_vars[key] = str(value)
    verb = "added" if creating else "updated"
    return ok({"success": True, "msg": f"Environment variable {verb} successfully"})


@handles("delete_env_var")
def delete_env_var(s: State, c: Call) -> Reply:
    key = str(c.field("key", "")).strip()
    if not key:
        return fail(400, "missing_input", "'key' required.")
    if s.env_vars.pop(key, None) is None:
        return fail(400, "missing_input", "Environment variable not found")
    return ok({"success": True, "msg": "Environment variable deleted successfully"})


# ---------------------------------------------------------------- subaccounts


def _reserved(email: str) -> bool:
    """An address at a domain reserved for tests and examples (RFC 2606): not deliverable."""
    domain = email.rsplit("@", 1)[-1].lower()
    return domain.endswith((".invalid", ".test", ".localhost", ".example"))


@handles("create_subaccount")
def create_subaccount(s: State, c: Call) -> Reply:
    email, username = str(c.field("email") or "").strip(), str(c.field("username") or "").strip()
    password = c.field("password")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email) or _reserved(email):
        return Reply(400, {"error": "invalid_email", "msg": "Email address not allowed"})
    if not username:
        return Reply(400, {"error": "invalid_request", "msg": "A username is required."})
    if not password or len(str(password)) < 8:
        msg = "A password of 8 or more characters is required."
        return Reply(400, {"error": "missing_auth_value", "msg": msg})
    taken = [s.user, *s.subaccounts.values()]
    if any(u["email"] == email or u["username"] == username for u in taken):
        return Reply(409, {"error": "user_exists", "msg": "user already exists."})
    uid = s.next_id("users", 300_000)
    key_id = s.next_id("api_keys", 2)
    s.subaccounts[uid] = {
        "id": uid,
        "parent_id": s.user["id"],
        "key_id": key_id,
        "username": username,
        "email": email,
        "host_only": bool(c.field("host_only", False)),
        "created_at": s.clock.iso(),
        "deleted_at": None,
    }
    return ok({"id": uid, "username": username, "email": email, "key_id": key_id})


@handles("show_subaccounts")
def show_subaccounts(s: State, c: Call) -> Reply:
    return ok({"users": list(s.subaccounts.values())})
