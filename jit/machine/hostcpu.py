"""What this host's CPU offers beyond its ISA's baseline: the features that host-only stencil variants need
(jit.compiler.variants.HOST_VARIANTS), read from Linux's /proc/cpuinfo (none elsewhere)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

CPUINFO = Path("/proc/cpuinfo")


@cache
def host_features() -> frozenset[str]:
    """The CPU's feature flags as /proc/cpuinfo names them (x86 `flags`, arm64 `Features`), or none."""
    try:
        text = CPUINFO.read_text()
    except OSError:
        return frozenset()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            return frozenset(value.split())
    return frozenset()
