from typing import Literal

ShowLogsBodyDaemonLogs = Literal["true"]

SHOW_LOGS_BODY_DAEMON_LOGS_VALUES: set[ShowLogsBodyDaemonLogs] = {
    "true",
}


def check_show_logs_body_daemon_logs(value: str) -> ShowLogsBodyDaemonLogs:
    if value in SHOW_LOGS_BODY_DAEMON_LOGS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHOW_LOGS_BODY_DAEMON_LOGS_VALUES!r}"
    )
