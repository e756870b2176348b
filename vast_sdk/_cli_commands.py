"""The official ``vastai`` CLI's commands, each with the SDK method or helper doing the same.

``CLI_COMMANDS`` maps every command of the official CLI (``vastai show volumes``) to the
``Vast``/``AsyncVast`` method or helper that sends the same request (``"show_volumes"``), or
None for a command that makes no API call of its own (``set api-key`` writes a local file).
docs/api.md prints it as a table; tests/cli/test_cli_names.py derives each row from the
installed CLI's parser and code, so the table cannot go stale. Standard library only.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

__all__ = ["CLI_COMMANDS", "CLI_NOTES", "warn_renamed"]

_AUTOJOBS = (
    "the CLI sends /autojobs/ (`{0}_autojob`); this method sends /workergroups/, as the "
    "official serverless client does"
)

CLI_VERSION: Final = "1.9.1"
"""The official ``vastai`` release the table is checked against (a test dependency)."""

CLI_COMMANDS: Final[Mapping[str, str | None]] = MappingProxyType(
    {
        "accept price-increase": "accept_price_increase",
        "add network-disk": "add_network_disk",
        "attach ssh": "attach_ssh_key",
        "cancel copy": "cancel_copy",
        "cancel maint": "cancel_maint",
        "cancel sync": "cancel_sync",
        "change bid": "change_bid",
        "cleanup machine": "cleanup_machine",
        "clone volume": "clone_volume",
        "cloud copy": "cloud_copy",
        "copy": "copy",
        "create api-key": "create_api_key",
        "create endpoint": "create_endpoint",
        "create env-var": "create_env_var",
        "create instance": "create_instance",
        "create instances": "create_instances",
        "create network-volume": "create_network_volume",
        "create ssh-key": "create_ssh_key",
        "create subaccount": "create_subaccount",
        "create team": "create_team",
        "create team-role": "create_team_role",
        "create template": "create_template",
        "create volume": "rent_volume",
        "create workergroup": "create_workergroup",
        "defrag machines": "defrag_machines",
        "delete api-key": "delete_api_key",
        "delete deployment": "delete_deployment",
        "delete endpoint": "delete_endpoint",
        "delete env-var": "delete_env_var",
        "delete machine": "delete_machine",
        "delete scheduled-job": "delete_scheduled_job",
        "delete ssh-key": "delete_ssh_key",
        "delete template": "delete_template",
        "delete volume": "delete_volume",
        "delete workergroup": "delete_workergroup",
        "destroy instance": "destroy_instance",
        "destroy instances": "destroy_instances",
        "destroy team": "destroy_team",
        "detach ssh": "detach_ssh_key",
        "dump-logs": None,
        "execute": "execute_text",
        "get endpt-logs": "get_endpoint_logs",
        "get endpt-workers": "get_endpoint_workers",
        "get wrkgrp-logs": "get_wrkgrp_logs",
        "invite member": "invite_team_member",
        "label instance": "label_instance",
        "launch instance": "launch_instance",
        "list machine": "list_machine",
        "list machines": "list_machine",
        "list network-volume": "list_network_volume",
        "list volume": "list_volume",
        "list volumes": "list_volume",
        "logs": "logs",
        "metrics gpu": "show_gpu_metrics",
        "metrics gpu-locations": "show_gpu_locations",
        "metrics gpu-trends": "show_gpu_trends",
        "prepay instance": "prepay_instance",
        "reboot instance": "reboot_instance",
        "recycle instance": "recycle_instance",
        "reject price-increase": "reject_price_increase",
        "remove defjob": "remove_defjob",
        "remove member": "remove_team_member",
        "remove team-role": "remove_team_role",
        "reports": "show_reports",
        "reset api-key": "reset_api_key",
        "run benchmarks": None,
        "schedule maint": "schedule_maint",
        "scp-url": "scp_url",
        "search benchmarks": "search_benchmarks",
        "search instances": "search_offers",
        "search invoices": "search_invoices",
        "search network-volumes": "search_network_volumes",
        "search offers": "search_offers",
        "search templates": "search_templates",
        "search volumes": "search_volumes",
        "self-test machine": None,
        "set api-key": None,
        "set defjob": "set_defjob",
        "set min-bid": "set_min_bid",
        "set role": None,
        "set user": "set_user",
        "show api-key": "show_api_key",
        "show api-keys": "show_api_keys",
        "show audit-logs": "show_audit_logs",
        "show connections": "show_connections",
        "show deployment": "show_deployment",
        "show deployment-versions": "show_deployment_versions",
        "show deployments": "show_deployments",
        "show deposit": "show_deposit",
        "show earnings": "show_earnings",
        "show endpoints": "show_endpoints",
        "show env-vars": "show_env_vars",
        "show gpu-locations": "show_gpu_locations",
        "show gpu-metrics": "show_gpu_metrics",
        "show gpu-trends": "show_gpu_trends",
        "show instance": "show_instance",
        "show instance-backup-files": "show_instance_backup_files",
        "show instance-backups": "show_instance_backups",
        "show instances": "show_instances",
        "show instances-v1": "show_instances",
        "show invoices": "show_invoices_v0",
        "show invoices-v1": "show_invoices",
        "show ipaddrs": "show_ipaddrs",
        "show machine": "show_machine",
        "show machines": "show_machines",
        "show maints": "show_maints",
        "show members": "show_team_members",
        "show network-disks": "show_network_disks",
        "show pending-price-increases": "show_pending_price_increases",
        "show scheduled-jobs": "show_scheduled_jobs",
        "show ssh-keys": "show_ssh_keys",
        "show subaccounts": "show_subaccounts",
        "show team-role": "show_team_role",
        "show team-roles": "show_team_roles",
        "show user": "show_user",
        "show volumes": "show_volumes",
        "show workergroups": "show_workergroups",
        "ssh-url": "ssh_url",
        "start deployment": "start_deployment",
        "start instance": "start_instance",
        "start instances": "manage_instances",
        "stop deployment": "stop_deployment",
        "stop instance": "stop_instance",
        "stop instances": "manage_instances",
        "take snapshot": "take_snapshot",
        "tfa activate": "tfa_activate",
        "tfa auth-new": "tfa_auth_new",
        "tfa delete": "tfa_delete",
        "tfa login": "tfa_login",
        "tfa regen-codes": "tfa_regen_codes",
        "tfa resend-sms": "tfa_resend_sms",
        "tfa send-email": "tfa_send_email",
        "tfa send-sms": "tfa_send_sms",
        "tfa status": "tfa_status",
        "tfa totp-setup": "tfa_totp_setup",
        "tfa update": "tfa_update",
        "transfer credit": "transfer_credit",
        "unlist machine": "unlist_machine",
        "unlist network-volume": "unlist_network_volume",
        "unlist volume": "unlist_volume",
        "update endpoint": "update_endpoint",
        "update env-var": "update_env_var",
        "update instance": "update_instance",
        "update ssh-key": "update_ssh_key",
        "update team-role": "update_team_role",
        "update template": "update_template",
        "update workergroup": "update_workergroup",
        "update workers": "update_workers",
    }
)
"""Every command of the official ``vastai`` CLI (``help`` aside) -> the ``Vast``/``AsyncVast``
method or helper that does what it does, or None when the command makes no API call of its
own (CLI_NOTES says what to use instead)."""

CLI_NOTES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "attach ssh": "`attach_local_ssh_key(id)` also reads your public key from ~/.ssh",
        "copy": "between instances with rsync: `start_rsync_copy`",
        "create volume": "rents a volume offer (`search_volumes`)",
        "create workergroup": _AUTOJOBS.format("create"),
        "delete deployment": "by name: `delete_deployment_by_name`",
        "delete workergroup": _AUTOJOBS.format("delete"),
        "dump-logs": "a diagnostic bundle made on the host; its instance logs are `logs(id)`",
        "execute": (
            "`execute` answers the URL of the output; `execute_text` returns the output, as the "
            "CLI prints it"
        ),
        "launch instance": (
            "the API picks the offer; `launch` searches, rents the cheapest and waits until it runs"
        ),
        "list machines": "one `list_machine` call per machine",
        "list volumes": "`list_volume` with a list of machines",
        "logs": "`show_logs` answers the URL of the text; `logs` returns the text, as the CLI does",
        "run benchmarks": (
            "a workflow: finds the template (`search_templates`) and rents benchmark instances"
        ),
        "self-test machine": (
            "a host's test of its own machine: rents it (`create_instance`), reads `logs`, "
            "destroys it"
        ),
        "set api-key": (
            "writes the CLI's key file, which `Vast()` reads; or `Vast(api_key=...)`, VAST_API_KEY"
        ),
        "set role": "a display setting of the CLI (which commands its help lists)",
        "show invoices": "the deprecated v0 listing; `show_invoices` is `show invoices-v1`",
        "show invoices-v1": "with --charges: `show_charges`",
        "show volumes": (
            "was `list_volumes` (deprecated, warns; the CLI's list volume(s) rent disk space out)"
        ),
        "show workergroups": _AUTOJOBS.format("show"),
        "ssh-url": "prefers direct SSH and falls back to the proxy, as the CLI does",
        "start instances": "`start_instance(id)` for one",
        "stop instances": "`stop_instance(id)` for one",
        "update workergroup": _AUTOJOBS.format("update"),
    }
)
"""A remark for some rows of the table: where the SDK differs or offers more."""


_PACKAGE = tuple({str(Path(__file__).parent), str(Path(__file__).resolve().parent)})
"""The package's folder, as imported and resolved: frames there are the SDK's own."""


def warn_renamed(old: str, new: str) -> None:
    """Warn (DeprecationWarning, pointing at the caller's line) that the method ``old`` is
    renamed ``new``; the generated old-name methods call it before calling ``new``."""
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back
        level += 1
    warnings.warn(
        f"{old}() is renamed {new}(), after the official CLI's command (vast_sdk.CLI_COMMANDS); "
        f"the old name goes in the next release",
        DeprecationWarning,
        stacklevel=level,
    )
