"""Scheduled jobs: API calls the platform repeats on a schedule (nothing runs them in the fake).

The body is what the official package sends (the documents describe none): start_time,
end_time, api_endpoint, request_method, request_body, frequency (HOURLY, DAILY, WEEKLY),
instance_id, day_of_the_week (WEEKLY only) and hour_of_the_day (DAILY and WEEKLY).
"""

from __future__ import annotations

from typing import Any

from .._base import Call, Reject, Reply, fail, handles, ok, reject
from .._state import Row, State

FREQUENCIES = ("HOURLY", "DAILY", "WEEKLY")
METHODS = ("GET", "POST", "PUT", "DELETE")
FIELDS = (
    "start_time",
    "end_time",
    "api_endpoint",
    "request_method",
    "request_body",
    "frequency",
    "instance_id",
    "day_of_the_week",
    "hour_of_the_day",
)
MAX_JOBS = 2048
"""Jobs one account may have (the listing shows up to this many)."""


def _bad(msg: str) -> Reject:
    return reject(400, "invalid_args", msg)


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad(f"{name} must be a unix timestamp")
    return float(value)


def _check(job: Row) -> None:
    """400 unless ``job`` is a complete, consistent schedule."""
    if not isinstance(job.get("api_endpoint"), str) or not job["api_endpoint"].strip():
        raise _bad("api_endpoint is required")
    if job.get("request_method") not in METHODS:
        raise _bad(f"request_method must be one of {', '.join(METHODS)}")
    if job.get("frequency") not in FREQUENCIES:
        raise _bad(f"frequency must be one of {', '.join(FREQUENCIES)}")
    start, end = (
        _number(job.get("start_time"), "start_time"),
        _number(job.get("end_time"), "end_time"),
    )
    if end <= start:
        raise _bad("end_time must be after start_time")
    day, hour = job.get("day_of_the_week"), job.get("hour_of_the_day")
    weekly, hourly = job["frequency"] == "WEEKLY", job["frequency"] == "HOURLY"
    if weekly != (day is not None) or (weekly and not (isinstance(day, int) and 0 <= day <= 6)):
        raise _bad("day_of_the_week (0-6) is required for WEEKLY jobs and only for them")
    if hourly != (hour is None) or (not hourly and not (isinstance(hour, int) and 0 <= hour <= 23)):
        raise _bad("hour_of_the_day (0-23) is required for DAILY and WEEKLY jobs only")
    if job.get("request_body") is not None and not isinstance(job["request_body"], dict):
        raise _bad("request_body must be a JSON object")


def _find(s: State, c: Call) -> Row:
    job = s.scheduled_jobs.get(c.path["id"])
    if job is None:
        raise reject(404, "not_found", f"Scheduled job {c.path['id']} not found.")
    return job


@handles("show_scheduled_jobs")
def show_scheduled_jobs(s: State, c: Call) -> Reply:
    return ok(list(s.scheduled_jobs.values())[:MAX_JOBS])


@handles("create_scheduled_job")
def create_scheduled_job(s: State, c: Call) -> Reply:
    body = c.body if isinstance(c.body, dict) else {}
    job: Row = {k: body.get(k) for k in FIELDS}
    _check(job)
    if job["instance_id"] is not None and job["instance_id"] not in s.instances:
        raise _bad(f"No instance {job['instance_id']}")
    same = ("instance_id", "api_endpoint", "request_method")
    if any(all(j[k] == job[k] for k in same) for j in s.scheduled_jobs.values()):
        return Reply(
            422, {"error": "job_exists", "msg": "A matching scheduled job already exists."}
        )
    if len(s.scheduled_jobs) >= MAX_JOBS:
        raise _bad("Scheduled job limit exceeded")
    jid = s.next_id("scheduled_jobs", 300)
    s.scheduled_jobs[jid] = {"id": jid, "user_id": s.user["id"], **job, "created_at": s.now()}
    msg = f"Scheduled job {jid} created successfully"
    return ok({"success": True, "scheduled_job_id": jid, "msg": msg})


@handles("update_scheduled_job")
def update_scheduled_job(s: State, c: Call) -> Reply:
    job = _find(s, c)
    body = c.body if isinstance(c.body, dict) else {}
    changes = {k: body[k] for k in FIELDS if k in body}
    if not changes:
        return fail(400, "invalid_args", "No valid fields provided for update.")
    updated = {**job, **changes}
    if "frequency" in changes:  # a new frequency drops the day and hour it does not use
        if changes["frequency"] != "WEEKLY" and "day_of_the_week" not in changes:
            updated["day_of_the_week"] = None
        if changes["frequency"] == "HOURLY" and "hour_of_the_day" not in changes:
            updated["hour_of_the_day"] = None
    _check(updated)
    job.update(updated)
    msg = f"Scheduled job {job['id']} updated successfully"
    return ok({"success": True, "scheduled_job_id": job["id"], "msg": msg})


@handles("delete_scheduled_job")
def delete_scheduled_job(s: State, c: Call) -> Reply:
    if c.path["id"] <= 0:
        return Reply(400, {"error": "missing_input", "msg": "scheduled_job's id is required."})
    job = _find(s, c)
    del s.scheduled_jobs[job["id"]]
    return ok({"success": True, "msg": f"Scheduled job {job['id']} deleted successfully"})
