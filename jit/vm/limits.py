"""Limits shared by every backend, so that they all fail at the same point."""

from __future__ import annotations

import os
from dataclasses import dataclass

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_depth: int = 100_000
    """vm3 call depth limit (the entry activation is depth 1): deeper is a stack overflow error."""
    stack_regs: int = 1 << 20
    """Registers per bank stack (8 bytes each); a call whose window does not fit is a stack overflow."""
    heap_size: int = 64 * MiB
    """Bytes of VM heap; an allocation past it is a heap exhausted error."""


DEFAULT_LIMITS = Limits()

DEFAULT_CODE_CACHE_SIZE = 64 * MiB
"""Executable memory one program's image may take; a larger image runs on the interpreter (with a warning)."""

STACK_PER_DEPTH = 64
"""Machine-stack bytes to allow per active vm3 call (docs/stencil-abi.md: 48 used)."""
STACK_SLACK = 1 << 20


def machine_stack_size(limits: Limits) -> int:
    """The machine stack the compiled code of a run at these limits may need (native thread, Unicorn, AOT)."""
    return STACK_PER_DEPTH * limits.max_depth + STACK_SLACK


def host_memory() -> int:
    """Bytes of physical memory on this machine: limits whose memory exceeds it are refused before a run."""
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
