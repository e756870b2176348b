"""Per-kind field tables, aliases, unit conversions and default filters of the query grammar.

Every table is copied from the official ``vastai`` package, version 1.9.1; the comment over each
one gives the file and lines it comes from. tests/query/test_tables.py checks them against
the installed package.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal

__all__ = [
    "ALIASES",
    "DATE_FIELDS",
    "DEFAULTS",
    "FIELDS",
    "FIELD_TYPES",
    "GEO_REGIONS",
    "KINDS",
    "MULTIPLIERS",
    "OPS",
    "ORDER_ALIASES",
    "FieldType",
    "Op",
    "QueryKind",
]

QueryKind = Literal["offers", "volumes", "network_volumes", "templates", "benchmarks", "invoices"]
"""The searches that take a query: one per ``vastai search ...`` command."""

KINDS: tuple[QueryKind, ...] = (
    "offers",
    "volumes",
    "network_volumes",
    "templates",
    "benchmarks",
    "invoices",
)

Op = Literal["eq", "neq", "lt", "lte", "gt", "gte", "in", "notin"]
"""The operator names the API takes in ``{field: {op: value}}``."""

OPS: tuple[Op, ...] = ("eq", "neq", "lt", "lte", "gt", "gte", "in", "notin")

# vastai/api/query.py:109-166 (offers_fields): the fields `vastai search offers` documents.
_OFFERS_CLI = frozenset(
    {
        "bw_nvlink", "cluster_id", "compute_cap", "cpu_arch", "cpu_cores", "cpu_cores_effective",
        "cpu_ghz", "cpu_ram", "cuda_max_good", "datacenter", "direct_port_count", "disk_bw",
        "disk_space", "dlperf", "dlperf_per_dphtotal", "dph_total", "driver_version", "duration",
        "external", "flops_per_dphtotal", "geolocation", "gpu_arch", "gpu_display_active",
        "gpu_frac", "gpu_max_power", "gpu_max_temp", "gpu_mem_bw", "gpu_name", "gpu_ram",
        "gpu_total_ram", "has_avx", "host_id", "id", "inet_down", "inet_down_cost", "inet_up",
        "inet_up_cost", "machine_id", "min_bid", "mobo_name", "num_gpus", "pci_gen", "pcie_bw",
        "reliability", "rentable", "rented", "static_ip", "storage_cost", "total_flops",
        "ubuntu_version", "verification", "verified", "vms_enabled",
    }
)  # fmt: skip

# vastai/data/query.py:136-241: the other columns (and server-side virtual columns and aliases)
# of ask_contract_offers that the official object query language names. `vastai search offers`
# sends them too, after a warning. allocated_storage is left out: the body's own
# "allocated_storage" key (offers_body's storage=) would overwrite it.
_OFFERS_COLUMNS = frozenset(
    {
        "ask_contract_id", "avail_vol_ask_id", "avail_vol_dph", "avail_vol_size", "bundle_id",
        "bundled_results", "cpu_name", "cpu_ram_GB", "credit_discount_max", "disk_name",
        "dph_base", "dphtotal", "driver_vers", "end_date", "expected_reliability", "geolocode",
        "gpu_ids", "gpu_lanes", "gpu_ram_GB", "gpu_totalram", "gpu_totalram_GB", "hosting_type",
        "hostname", "is_bid", "is_vm_deverified", "logo", "nw_disk_avg_bw", "nw_disk_max_bw",
        "nw_disk_min_bw", "os_version", "platform_fee", "public_ipaddr", "reliability2",
        "reliability_mult", "resource_type", "score", "start_date", "storage_total_cost",
        "target_reliability", "vericode", "vram_costperhour", "webpage",
    }
)  # fmt: skip

# vastai/api/query.py:78-106 (vol_offers_fields), used by `search volumes` and
# `search network volumes` (vastai/cli/commands/storage.py:396 and :490).
_VOLUMES = frozenset(
    {
        "cluster_id", "cpu_arch", "cuda_vers", "datacenter", "disk_bw", "disk_space",
        "driver_version", "duration", "geolocation", "gpu_arch", "has_avx", "host_id", "id",
        "inet_down", "inet_up", "machine_id", "nw_disk_avg_bw", "nw_disk_max_bw",
        "nw_disk_min_bw", "pci_gen", "pcie_bw", "reliability", "static_ip", "storage_cost",
        "total_flops", "ubuntu_version", "verified",
    }
)  # fmt: skip

# vastai/api/query.py:229-247 (templates_fields).
_TEMPLATES = frozenset(
    {
        "count_created", "created_at", "creator_id", "default_tag", "docker_login_repo",
        "hash_id", "id", "image", "jup_direct", "name", "private", "recent_create_date",
        "recommended", "recommended_disk_space", "ssh_direct", "tag", "use_ssh",
    }
)  # fmt: skip

# vastai/api/query.py:185-199 (benchmarks_fields).
_BENCHMARKS = frozenset(
    {
        "contract_id", "dph_base", "gpu_name", "id", "image", "last_update", "launch_args",
        "machine_id", "num_gpus", "template_hash", "template_id", "type", "value",
    }
)  # fmt: skip

# vastai/api/query.py:201-227 (invoices_fields).
_INVOICES = frozenset(
    {
        "amount_cents", "balance_after", "balance_before", "cut_amount", "cut_percent",
        "error", "event_id", "extra", "failed", "id", "is_check", "is_credit", "is_delayed",
        "original_amount", "paid_on", "payment_expected", "paypal_email", "refunded",
        "service", "stripe_charge", "stripe_payout", "stripe_refund", "transfer_group",
        "user_id", "when",
    }
)  # fmt: skip

# vastai/api/query.py:168-175 (offers_alias). Only `search offers` applies them to the query
# (vastai/cli/commands/offers.py:141; the volume searches pass {}), but every search that
# takes an order applies them to the order (offers.py:156, storage.py:411 and :505).
_OFFERS_ALIAS: Mapping[str, str] = MappingProxyType(
    {
        "cuda_vers": "cuda_max_good",
        "display_active": "gpu_display_active",
        "dlperf_usd": "dlperf_per_dphtotal",
        "dph": "dph_total",
        "flops_usd": "flops_per_dphtotal",
    }
)

# vastai/api/query.py:177-182 (offers_mult): the value is given in GB (or days) and sent in
# MB (or seconds). Passed by `search offers` and both volume searches.
_OFFERS_MULT: Mapping[str, float] = MappingProxyType(
    {"cpu_ram": 1000, "gpu_ram": 1000, "gpu_total_ram": 1000, "duration": 24.0 * 60.0 * 60.0}
)

_NONE: Mapping[str, Any] = MappingProxyType({})

FIELDS: Mapping[QueryKind, frozenset[str]] = MappingProxyType(
    {
        # Aliases are accepted and sent under their target's name.
        "offers": _OFFERS_CLI | _OFFERS_COLUMNS | frozenset(_OFFERS_ALIAS),
        # + gpu_name: listed in `search volumes --help` (storage.py:369) though not in
        # vol_offers_fields; + external: a default filter (storage.py:393), so it can be changed.
        "volumes": _VOLUMES | {"gpu_name", "external"},
        "network_volumes": _VOLUMES | {"external"},  # + external: a default (storage.py:487)
        "templates": _TEMPLATES,
        "benchmarks": _BENCHMARKS,
        "invoices": _INVOICES,
    }
)
"""The field names each kind of query accepts (aliases included)."""

ALIASES: Mapping[QueryKind, Mapping[str, str]] = MappingProxyType(
    {
        "offers": _OFFERS_ALIAS,
        "volumes": _NONE,
        "network_volumes": _NONE,
        "templates": _NONE,
        "benchmarks": _NONE,
        "invoices": _NONE,
    }
)
"""Query field aliases per kind: the CLI's name -> the API field it is sent as."""

ORDER_ALIASES: Mapping[str, str] = _OFFERS_ALIAS
"""Aliases applied to order fields (all three searches that take an order use offers_alias)."""

MULTIPLIERS: Mapping[QueryKind, Mapping[str, float]] = MappingProxyType(
    {
        "offers": _OFFERS_MULT,
        "volumes": _OFFERS_MULT,
        "network_volumes": _OFFERS_MULT,
        "templates": _NONE,
        "benchmarks": _NONE,
        "invoices": _NONE,
    }
)
"""Unit conversions per kind: the value given is multiplied by this before it is sent."""

# vastai/cli/commands/offers.py:274, :377 and :456 (fix_date_fields calls): values in MM/DD/YYYY
# (UTC midnight) or epoch seconds, sent as epoch seconds (vastai/api/query.py:36-59).
DATE_FIELDS: Mapping[QueryKind, frozenset[str]] = MappingProxyType(
    {
        "offers": frozenset(),
        "volumes": frozenset(),
        "network_volumes": frozenset(),
        "templates": frozenset({"created_at", "recent_create_date"}),
        "benchmarks": frozenset({"last_update"}),
        "invoices": frozenset({"when", "paid_on", "payment_expected"}),
    }
)
"""Date fields per kind: MM/DD/YYYY or epoch seconds in the query, epoch seconds on the wire."""

# offers: vastai/cli/commands/offers.py:138 (also vastai/sdk.py:300-303 for string queries).
# volumes, network volumes: vastai/cli/commands/storage.py:393 and :487.
_VOLUME_DEFAULTS: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {"verified": {"eq": True}, "external": {"eq": False}, "disk_space": {"gte": 1}}
)
DEFAULTS: Mapping[QueryKind, Mapping[str, Mapping[str, Any]]] = MappingProxyType(
    {
        "offers": MappingProxyType(
            {"verified": {"eq": True}, "external": {"eq": False}, "rentable": {"eq": True}}
        ),
        "volumes": _VOLUME_DEFAULTS,
        "network_volumes": _VOLUME_DEFAULTS,
        "templates": _NONE,
        "benchmarks": _NONE,
        "invoices": _NONE,
    }
)
"""The filters the CLI adds to each kind of search unless told not to (``-n``)."""

# vastai/utils.py:271-286 (_regions), expanded by `georegion=true` (utils.py:298-337).
GEO_REGIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        code: tuple(countries.split(","))
        for code, countries in {
            "AF": "DZ,AO,BJ,BW,BF,BI,CM,CV,CF,TD,KM,CD,CG,DJ,EG,GQ,ER,ET,GA,GM,GH,GN,"
            "GW,KE,LS,LR,LY,MW,MA,ML,MR,MU,MZ,NA,NE,NG,RW,SH,ST,SN,SC,SL,SO,ZA,"
            "SS,SD,SZ,TZ,TG,TN,UG,YE,ZM,ZW",
            "AS": "AE,AM,AR,AU,AZ,BD,BH,BN,BT,MM,KH,KP,IN,ID,IR,IQ,IL,JP,JO,KZ,LV,"
            "LI,MY,MV,MN,NP,KR,PK,PH,QA,SA,SG,LK,SY,TW,TJ,TH,TR,TM,VN,YE,HK,CN,OM",
            "EU": "AL,AD,AT,BY,BE,BA,BG,HR,CY,CZ,DK,EE,FI,FR,GE,DE,GR,HU,IS,IT,KZ,LV,LI,LT,"
            "LU,MT,MD,MC,ME,NL,NO,PL,PT,RO,RU,RS,SK,SI,ES,SE,CH,UA,GB,VA,MK",
            "LC": "AG,AR,BS,BB,BZ,BO,BR,CL,CO,CR,CU,DO,EC,SV,GY,HT,HN,JM,MX,NI,PA,PY,"
            "PE,PR,RD,SUR,TT,UR,VZ",
            "NA": "CA,US",
            "OC": "AU,FJ,GU,KI,MH,FM,NR,NZ,PG,PW,SL,TO,TV,VU",
        }.items()
    }
)
"""Region code -> country codes, for ``georegion=true geolocation=EU`` (offers only)."""

FieldType = Literal["int", "float", "bool", "string", "json"]
"""A field's type as ``vastai search ... --help`` documents it."""


def _typed(**by_type: str) -> Mapping[str, FieldType]:
    """``{field: type}`` from ``type="field field ..."`` (the help lists, grouped by type)."""
    table: dict[str, FieldType] = {}
    for kind_of, names in by_type.items():
        for name in names.split():
            table[name] = kind_of  # type: ignore[assignment]
    return MappingProxyType(table)


# The "Available fields" tables of the CLI's help, by the API's name (the help's aliases
# cuda_vers, dlperf_usd, dph and flops_usd resolved): vastai/cli/commands/offers.py:72-124
# (search offers), :244-261 (benchmarks), :345-364 (templates) and :416-445 (invoices);
# vastai/cli/commands/storage.py:356-383 (search volumes) and :466-477 (network volumes).
# Fields a help table leaves out are not type-checked.
FIELD_TYPES: Mapping[QueryKind, Mapping[str, FieldType]] = MappingProxyType(
    {
        "offers": _typed(
            int="compute_cap cpu_cores direct_port_count id machine_id num_gpus",
            float="bw_nvlink cpu_ghz cpu_cores_effective cpu_ram cuda_max_good disk_bw "
            "disk_space dlperf dlperf_per_dphtotal dph_total duration flops_per_dphtotal "
            "gpu_max_power gpu_max_temp gpu_mem_bw gpu_ram gpu_total_ram gpu_frac inet_down "
            "inet_down_cost inet_up inet_up_cost min_bid pci_gen pcie_bw reliability "
            "storage_cost total_flops",
            bool="datacenter external gpu_display_active has_avx rentable static_ip verified "
            "vms_enabled",
            string="cpu_arch driver_version geolocation gpu_arch gpu_name ubuntu_version",
        ),
        "volumes": _typed(
            int="id machine_id",
            float="cuda_vers disk_bw disk_space duration inet_down inet_up pci_gen pcie_bw "
            "reliability storage_cost total_flops",
            bool="datacenter has_avx static_ip verified",
            string="cpu_arch driver_version geolocation gpu_arch gpu_name ubuntu_version",
        ),
        "network_volumes": _typed(
            int="id",
            float="duration inet_down inet_up reliability storage_cost",
            bool="verified",
            string="geolocation",
        ),
        "templates": _typed(
            int="count_created creator_id id",
            float="created_at recent_create_date recommended_disk_space",
            bool="jup_direct recommended ssh_direct use_ssh",
            string="default_tag docker_login_repo hash_id image name tag",
        ),
        "benchmarks": _typed(
            int="contract_id id machine_id num_gpus template_id",
            float="dph_base last_update value",
            string="gpu_name image launch_args template_hash type",
        ),
        "invoices": _typed(
            int="amount_cents cut_amount id original_amount user_id",
            float="balance_after balance_before cut_percent paid_on payment_expected when",
            bool="failed is_check is_credit is_delayed refunded",
            string="event_id paypal_email service transfer_group",
            json="error extra stripe_charge stripe_payout stripe_refund",
        ),
    }
)
"""Field types per kind as the CLI's help documents them: the parser and the builder refuse
a value of the wrong type for an int, float or bool field before anything is sent."""
