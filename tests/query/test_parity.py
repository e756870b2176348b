"""Bodies equal, on the wire, to what vastai 1.9.1's CLI (and SDK) send for the same arguments.

Each row runs the official command's own code with a recording client and compares its request
with ours as sorted JSON, so ``True`` vs ``1`` or ``24000.0`` vs ``24000`` would fail.
"""

from __future__ import annotations

from typing import Any

import pytest

from vast_sdk.query import (
    network_volumes_body,
    offers_body,
    parse_query,
    select_params,
    volumes_body,
)

from .official import Official, canon

Opts = dict[str, Any]

# (query, options): options are order, type, limit, storage, no_default.
OFFERS: list[tuple[str | None, Opts]] = [
    (None, {}),
    ("", {}),
    # The example and the examples in `vastai search offers --help`.
    (
        "gpu_name=RTX_4090 num_gpus>=2 reliability>0.99 disk_space>=100 geolocation in [US,CA]",
        {"order": "dph_total", "type": "on-demand", "limit": 10},
    ),
    ("reliability > 0.98 num_gpus=1 gpu_name=RTX_3090", {}),
    ("compute_cap > 610 total_flops > 5 datacenter=True", {}),
    ("reliability>0.99 num_gpus=4 geolocation in [TW,SE]", {}),
    ('reliability>0.99 gpu_name in ["RTX 4090", "RTX 3090"] geolocation notin [CN,VN]', {}),
    (
        "disk_space>146 duration>24 gpu_ram>10 cuda_vers>=12.1 direct_port_count>=2 "
        "driver_version >= 535.86.05",
        {},
    ),
    ("reliability > 0.99  num_gpus>=4 verified=False", {"order": "num_gpus-"}),
    ("cpu_arch=arm64", {}),
    # Aliases.
    ("dph<1.5", {}),
    ("dph_total<=0.5", {}),
    ("dlperf_usd>10", {}),
    ("flops_usd>=3", {}),
    ("display_active=false", {}),
    ("cuda_vers>12", {}),
    # Units: GB -> MB, days -> seconds; driver versions.
    ("gpu_ram>=24", {}),
    ("cpu_ram>64", {}),
    ("gpu_total_ram>=80.5", {}),
    ("duration>=7", {}),
    ("duration<0.5 gpu_ram<=12", {}),
    ("driver_version=550.54.14", {}),
    ("driver_version>=535086005", {}),
    # Word operators and spellings.
    ("num_gpus gte 2 num_gpus lte 8", {}),
    ("reliability gt 0.9 dph lt 2", {}),
    ("gpu_name eq RTX_4090", {}),
    ("gpu_name neq RTX_3090", {}),
    ("gpu_name noteq A100", {}),
    ("geolocation not eq CN", {}),
    ("geolocation nin [CN,VN]", {}),
    ("geolocation not in [CN]", {}),
    ("geolocation notin [CN, RU]", {}),
    ("geolocation in US,CA", {}),
    ("geolocation in US", {}),
    ("num_gpus==8", {}),
    ("gpu_name!=RTX_3090", {}),
    ("num_gpus >= 2", {}),
    ("num_gpus>= 2", {}),
    ("num_gpus >=2", {}),
    # Booleans, null, wildcards dropping defaults.
    ("static_ip=true rented=False", {}),
    ("external=true", {}),
    ("rentable=any", {}),
    ("verified=any external=any rentable=any", {}),
    ("verified=*", {}),
    ("verified=?", {}),
    ("verified=false", {}),
    ("verified!=false", {}),
    ("verified=any verified=false", {}),
    ("mobo_name=null gpu_arch=None", {}),
    ("num_gpus=any", {}),
    # Lists and separators.
    ("gpu_name in [RTX_4090, RTX_3090, A100_SXM4]", {}),
    ("machine_id in [302,402]", {}),
    ("num_gpus=2, gpu_name=RTX_4090", {}),
    ("gpu_name=RTX_4090 gpu_name!=RTX_3090", {}),
    # Columns the CLI does not document but sends (after a warning).
    ("score>10 hosting_type=1", {}),
    # Order, type, limit, storage, -n.
    ("", {"order": "-dph_total"}),
    ("", {"order": "dph+,score-"}),
    ("", {"order": "num_gpus,total_flops-"}),
    ("", {"order": "dlperf_usd-"}),
    ("", {"order": ""}),
    ("", {"type": "bid"}),
    ("", {"type": "reserved"}),
    ("num_gpus=1", {"type": "interruptible"}),
    ("", {"limit": 5}),
    ("", {"storage": 20.0}),
    ("num_gpus=1", {"no_default": True}),
    ("verified=false", {"no_default": True}),
    ("gpu_ram>=48 num_gpus>=8", {"order": "dph", "type": "bid", "limit": 3, "storage": 100.0}),
]

VOLUMES: list[tuple[str | None, Opts]] = [
    (None, {}),
    ("disk_space>50 inet_up>500 inet_down>500", {}),
    ("disk_space>=100", {}),
    ("disk_space=any", {}),
    ("disk_space=any disk_space>50", {}),
    ("duration>=30", {}),
    ("reliability>0.99 geolocation in [US,CA]", {"order": "storage_cost"}),
    ("cuda_vers>=12 driver_version>=535.86.05", {}),
    ("verified=false external=true", {}),
    ("gpu_name=RTX_4090", {}),
    ("", {"limit": 3, "storage": 50.0}),
    ("", {"order": "-disk_space,inet_up-"}),
    ("static_ip=true", {"no_default": True}),
]

NETWORK_VOLUMES: list[tuple[str | None, Opts]] = [
    (None, {}),
    ("disk_space>50 inet_up>500 inet_down>500", {}),
    ("reliability>0.9 storage_cost<0.2", {"order": "storage_cost"}),
    ("duration>=7 geolocation notin [CN]", {"limit": 10}),
    ("verified=any", {}),
    ("", {"storage": 10.0, "no_default": True}),
]

SELECT: list[tuple[str, str]] = [
    ("templates", "count_created > 100  creator_id in [38382,48982]"),
    ("templates", "name=pytorch"),
    ("templates", "created_at>01/01/2024 recent_create_date<1700000000"),
    ("templates", "private=true recommended=True use_ssh=true"),
    ("templates", "image=vastai/pytorch tag=latest"),
    ("templates", "created_at=any"),
    ("templates", "recommended_disk_space>=8"),
    ("benchmarks", "value > 100.0  gpu_name=RTX_4090  machine_id in [302,402]"),
    ("benchmarks", "last_update>=01/15/2025"),
    ("benchmarks", "num_gpus=8 type=llm"),
    ("benchmarks", "last_update<1735689600.5 template_id notin [1,2]"),
    ("invoices", "amount_cents>3000  "),
    ("invoices", "when>=01/01/2025 paid_on<1735689600"),
    ("invoices", "is_credit=true service=stripe"),
    ("invoices", "payment_expected>12/31/2024 failed=False"),
    ("invoices", ""),
]


def _argv(command: list[str], query: str | None, opts: Opts) -> list[str]:
    argv = [*command]
    if query is not None:
        argv.append(query)
    for key in ("order", "type", "limit", "storage"):
        if key in opts:
            argv.append(f"--{key}={opts[key]}")  # = so that "-dph" is not read as a flag
    if opts.get("no_default"):
        argv.append("-n")
    return argv


@pytest.mark.parametrize(("query", "opts"), OFFERS)
def test_offers_body_equals_the_cli(official: Official, query: str | None, opts: Opts) -> None:
    got = official.cli(_argv(["search", "offers"], query, opts))
    assert got.sent is not None and got.sent.path == "/bundles/", got.error
    assert canon(offers_body(query, **opts)) == canon(got.sent.payload)


@pytest.mark.parametrize(("query", "opts"), [row for row in OFFERS if row[0] is not None])
def test_offers_body_equals_the_sdk(official: Official, query: str, opts: Opts) -> None:
    """VastAI.search_offers with a string query (it differs for None: see test_differences)."""
    kwargs = {**opts, "order": opts.get("order", "score-")}
    got = official.sdk("search_offers", query, **kwargs)
    assert got.sent is not None, got.error
    assert canon(offers_body(query, **opts)) == canon(got.sent.payload)


def test_the_offers_table_is_big_enough() -> None:
    assert len(OFFERS) >= 40


@pytest.mark.parametrize(("query", "opts"), VOLUMES)
def test_volumes_body_equals_the_cli(official: Official, query: str | None, opts: Opts) -> None:
    got = official.cli(_argv(["search", "volumes"], query, opts))
    assert got.sent is not None and got.sent.path == "/volumes/search/", got.error
    assert canon(volumes_body(query, **opts)) == canon(got.sent.payload)


@pytest.mark.parametrize(("query", "opts"), NETWORK_VOLUMES)
def test_network_volumes_body_equals_the_cli(
    official: Official, query: str | None, opts: Opts
) -> None:
    got = official.cli(_argv(["search", "network-volumes"], query, opts))
    assert got.sent is not None and got.sent.path == "/network_volumes/search/", got.error
    assert canon(network_volumes_body(query, **opts)) == canon(got.sent.payload)


@pytest.mark.parametrize(("kind", "query"), SELECT)
def test_select_params_equal_the_cli_and_sdk(official: Official, kind: Any, query: str) -> None:
    ours = canon(select_params(query, kind=kind))
    cli = official.cli(["search", kind, query])
    assert cli.sent is not None, cli.error
    assert ours == canon(cli.sent.payload)
    sdk = official.sdk(f"search_{kind}", query)
    assert sdk.sent is not None, sdk.error
    assert ours == canon(sdk.sent.payload)


@pytest.mark.parametrize(("query", "opts"), OFFERS[2:12])
def test_query_objects_and_their_text_give_the_same_body(query: str, opts: Opts) -> None:
    q = parse_query(query)
    assert canon(offers_body(q, **opts)) == canon(offers_body(str(q), **opts))
    assert canon(offers_body(q, **opts)) == canon(offers_body(query, **opts))
