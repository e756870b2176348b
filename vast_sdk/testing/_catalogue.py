"""A seeded, realistic catalogue of host machines and their offers (same seed, same catalogue)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Gpu:
    """One GPU model's published figures and a typical market price range per GPU-hour."""

    name: str
    ram: int
    """MB"""
    compute_cap: int
    tflops: float
    mem_bw: float
    max_power: float
    price: tuple[float, float]
    dlperf: float
    datacenter: bool
    count: int
    """How many machines of this model the catalogue holds."""


GPUS = (
    Gpu("RTX 4090", 24564, 890, 82.6, 1008.0, 450, (0.28, 0.60), 70.0, False, 16),
    Gpu("RTX 3090", 24576, 860, 35.6, 936.2, 350, (0.13, 0.30), 33.0, False, 12),
    Gpu("RTX A6000", 49140, 860, 38.7, 768.0, 300, (0.38, 0.65), 38.0, True, 6),
    Gpu("A100 SXM4", 81920, 800, 19.5, 2039.0, 400, (0.75, 1.40), 95.0, True, 8),
    Gpu("H100 SXM", 81559, 900, 66.9, 3350.0, 700, (1.65, 2.80), 180.0, True, 6),
    Gpu("L40S", 46068, 890, 91.6, 864.0, 350, (0.55, 0.95), 80.0, True, 5),
    Gpu("RTX 3060", 12288, 860, 12.7, 360.0, 170, (0.05, 0.10), 12.0, False, 7),
)

LOCATIONS = (
    "Washington, US",
    "Texas, US",
    "California, US",
    "Virginia, US",
    "Quebec, CA",
    "Ontario, CA",
    "Oslo, NO",
    "Stockholm, SE",
    "Helsinki, FI",
    "Bavaria, DE",
    "North Holland, NL",
    "Masovia, PL",
    "Taipei, TW",
    "Tokyo, JP",
    "Singapore, SG",
    "New South Wales, AU",
)

_CPUS = {
    True: ("AMD EPYC 7763 64-Core Processor", "Xeon® Gold 6338", "AMD EPYC 9354 32-Core Processor"),
    False: ("AMD Ryzen 9 7950X 16-Core Processor", "Core™ i9-13900K", "AMD Ryzen 9 5950X"),
}
_DISKS = (
    "Samsung SSD 990 PRO 2TB",
    "Micron 7450 3.84TB",
    "WD_BLACK SN850X 4TB",
    "KIOXIA CD6 7.68TB",
)
_MOBOS = ("ROME2D32GM-2T", "PRO WS WRX80E-SAGE SE", "X13DEG-OAD", "ROG STRIX X670E-E", "H12SSL-i")
_DRIVERS = (("535.183.01", 12.2), ("550.127.05", 12.4), ("560.35.03", 12.6), ("570.124.04", 12.8))


_TEST_NETS = ("192.0.2", "198.51.100", "203.0.113")
"""The address blocks reserved for documentation (RFC 5737): no test ever reaches a real host."""


def _documentation_address(rng: random.Random) -> str:
    net = _TEST_NETS[rng.randrange(20, 220) % 3]
    rng.randrange(256), rng.randrange(256)  # keep the catalogue's draws (same seed, same market)
    return f"{net}.{rng.randrange(1, 255)}"


def country(geolocation: str) -> str:
    """The two-letter country code of a geolocation such as "Texas, US"."""
    return geolocation.rsplit(",", 1)[-1].strip()


def _offer(
    rng: random.Random, gpu: Gpu, machine_id: int, ask_id: int, now: float
) -> dict[str, Any]:
    num = rng.choice((1, 1, 2, 4, 8) if gpu.datacenter else (1, 1, 1, 2, 4))
    per_gpu = round(rng.uniform(*gpu.price), 4)
    storage_cost = round(rng.choice((0.05, 0.1, 0.15, 0.2)), 3)
    driver, cuda = rng.choice(_DRIVERS)
    location = rng.choice(LOCATIONS)
    verified = rng.random() < 0.8
    reliability = round(rng.uniform(0.90, 0.9999) if verified else rng.uniform(0.6, 0.97), 4)
    dlperf = round(gpu.dlperf * num * rng.uniform(0.9, 1.05), 3)
    dph_base = round(per_gpu * num, 4)
    cores = num * rng.choice((8, 12, 16, 24))
    host_id = 100_000 + rng.randrange(900_000)
    end = now + rng.choice((30, 60, 90, 180, 365)) * 86400.0
    return {
        "id": ask_id,
        "ask_contract_id": ask_id,
        "bundle_id": ask_id + 500_000_000,
        "machine_id": machine_id,
        "host_id": host_id,
        "hostname": f"host{host_id}",
        "gpu_name": gpu.name,
        "gpu_arch": "nvidia",
        "num_gpus": num,
        "gpu_ids": list(range(num)),
        "gpu_ram": gpu.ram,
        "gpu_total_ram": gpu.ram * num,
        "gpu_frac": 1.0,
        "gpu_lanes": 16,
        "gpu_mem_bw": gpu.mem_bw,
        "gpu_max_power": gpu.max_power,
        "gpu_max_temp": 83.0,
        "gpu_display_active": False,
        "bw_nvlink": round(rng.choice((0.0, 100.0, 600.0)) if num > 1 else 0.0, 1),
        "compute_cap": gpu.compute_cap,
        "total_flops": round(gpu.tflops * num, 2),
        "dlperf": dlperf,
        "cpu_arch": "amd64",
        "cpu_name": rng.choice(_CPUS[gpu.datacenter]),
        "cpu_cores": cores * 2,
        "cpu_cores_effective": float(cores),
        "cpu_ghz": round(rng.uniform(2.4, 4.5), 2),
        "cpu_ram": num * rng.choice((32768, 65536, 131072)),
        "has_avx": 1,
        "disk_name": rng.choice(_DISKS),
        "disk_space": round(rng.uniform(200, 3500), 1),
        "disk_bw": round(rng.uniform(1500, 7000), 1),
        "mobo_name": rng.choice(_MOBOS),
        "pci_gen": 5.0 if gpu.compute_cap >= 890 else 4.0,
        "pcie_bw": round(rng.uniform(20, 54), 1),
        "inet_up": round(rng.uniform(100, 5000), 1),
        "inet_down": round(rng.uniform(200, 9000), 1),
        "inet_up_cost": round(rng.uniform(0.0005, 0.004), 5),
        "inet_down_cost": round(rng.uniform(0.0005, 0.004), 5),
        "internet_up_cost_per_tb": 0.0,
        "internet_down_cost_per_tb": 0.0,
        "driver_version": driver,
        "driver_vers": int(driver.replace(".", "")),
        "cuda_max_good": cuda,
        "os_version": rng.choice(("22.04", "24.04")),
        "direct_port_count": rng.choice((20, 50, 100, 500)),
        "public_ipaddr": _documentation_address(rng),
        "static_ip": rng.random() < 0.6,
        "geolocation": location,
        "geolocode": rng.randrange(10_000_000, 99_999_999),
        "hosting_type": 1 if gpu.datacenter else 0,
        "verification": "verified" if verified else rng.choice(("unverified", "deverified")),
        "vericode": 1 if verified else 0,
        "reliability": reliability,
        "reliability2": reliability,
        "reliability_mult": round(reliability**2, 4),
        "expected_reliability": reliability,
        "rentable": rng.random() < 0.95,
        "rented": rng.random() < 0.15,
        "external": False,
        "is_bid": False,
        "dph_base": dph_base,
        "min_bid": round(dph_base * 0.55, 4),
        "storage_cost": storage_cost,
        "vram_costperhour": round(dph_base / (gpu.ram * num / 1024), 6),
        "credit_discount_max": 0.4,
        "discount_rate": 0.0,
        "start_date": now - rng.uniform(86400, 86400 * 300),
        "end_date": end,
        "duration": end - now,
        "logo": "/static/logos/vastai_small2.png",
        "webpage": "",
        "vms_enabled": gpu.datacenter,
        "is_vm_deverified": False,
        "resource_type": "gpu",
        "time_remaining": "",
        "time_remaining_isbid": "",
        "rn": 1,
    }


def build_offers(rng: random.Random, now: float) -> dict[int, dict[str, Any]]:
    """Offers keyed by ask id: every GPU model in GPUS, machines in every region."""
    offers: dict[int, dict[str, Any]] = {}
    machine_id = 10_000
    for gpu in GPUS:
        for _ in range(gpu.count):
            machine_id += rng.randrange(1, 400)
            ask_id = 20_000_000 + machine_id * 100 + rng.randrange(100)
            offers[ask_id] = _offer(rng, gpu, machine_id, ask_id, now)
    # The catalogue always has cheap verified RTX 4090s to rent (tests and the demo rely on it).
    for offer in [o for o in offers.values() if o["gpu_name"] == "RTX 4090"][:4]:
        offer.update(verification="verified", vericode=1, rentable=True, rented=False)
    return offers


def more_offers(
    rng: random.Random, taken: set[int], count: int, gpu_name: str, now: float
) -> dict[int, dict[str, Any]]:
    """``count`` new machines of ``gpu_name``, one verified, rentable, free offer each, with
    machine and ask ids not in ``taken`` (FakeVast.add_machines: a market for fleet tests)."""
    gpu = next((g for g in GPUS if g.name == gpu_name), None)
    if gpu is None:
        raise ValueError(f"unknown gpu_name {gpu_name!r}; use one of {[g.name for g in GPUS]}")
    offers: dict[int, dict[str, Any]] = {}
    machine_id = 900_000 + len(taken)
    while len(offers) < count:
        machine_id += 1
        ask_id = 20_000_000 + machine_id * 100
        if machine_id in taken or ask_id in taken:
            continue
        offer = _offer(rng, gpu, machine_id, ask_id, now)
        offer.update(verification="verified", vericode=1, rentable=True, rented=False)
        offers[ask_id] = offer
    return offers


def host_offer(rng: random.Random, machine_id: int, ask_id: int, now: float) -> dict[str, Any]:
    """An offer row for one of the account's own host machines (RTX 3090s in Ontario)."""
    offer = _offer(rng, GPUS[1], machine_id, ask_id, now)
    offer.update(geolocation="Ontario, CA", verification="verified", vericode=1, rented=False)
    offer.update(rentable=True, num_gpus=2, gpu_ids=[0, 1], gpu_total_ram=GPUS[1].ram * 2)
    return offer
