"""The VM memory layout, read from the `#define VM_NAME number` lines of jit/stencils/vm3.h.

The C header is the single source of truth: the stencils compile against it and
Python reads the same numbers here, so the two can never disagree.
"""

from __future__ import annotations

import re
from functools import cache

from jit.resources import STENCIL_SOURCES

HEADER = STENCIL_SOURCES / "vm3.h"
_DEFINE = re.compile(r"^#define\s+(VM_[A-Z0-9_]+)\s+(0[xX][0-9A-Fa-f]+|\d+)\s*$")


@cache
def constants(header: str = HEADER.name) -> dict[str, int]:
    """Every `VM_*` number of a header of jit/stencils (vm3.h unless named), by name."""
    values = {}
    for line in (STENCIL_SOURCES / header).read_text().splitlines():
        m = _DEFINE.match(line)
        if m:
            values[m.group(1)] = int(m.group(2), 0)
    return values


def vm(name: str) -> int:
    """One constant, e.g. vm("CTX_DEPTH") is VM_CTX_DEPTH."""
    return constants()["VM_" + name]
