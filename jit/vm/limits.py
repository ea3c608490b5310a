"""Limits shared by every backend, so that they all fail at the same point.

Memory is reserved, not committed: the machine-code backends reserve the bank stacks and the heap whole and the
host (or Unicorn, chunk by chunk) supplies pages as they are first touched, so generous defaults cost nothing
until a program uses them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

MiB = 1 << 20


def host_memory() -> int:
    """Bytes of physical memory on this machine: the default heap limit, and the most any limit may need."""
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


@dataclass(frozen=True)
class Limits:
    max_depth: int = 10_000_000
    """vm3 call depth limit (the entry activation is depth 1): deeper is a stack overflow error."""
    stack_regs: int = 1 << 28
    """Registers per bank stack (8 bytes each, reserved lazily); a call whose window does not fit is a stack
    overflow. 2^28 holds the default depth for functions of up to 26 registers per bank."""
    heap_size: int = field(default_factory=host_memory)
    """Bytes of VM heap; an allocation past it is a heap exhausted error."""


DEFAULT_LIMITS = Limits()

OBJECT_LIMITS = Limits(max_depth=100_000, stack_regs=1 << 20, heap_size=64 * MiB)
"""The default limits of an AOT object, whose VM is its zero-filled data: on x86-64 a program must reach its data
within 2 GiB, so the bank stacks and the heap are sized as a library's static data may be."""

DEFAULT_CODE_CACHE_SIZE = 64 * MiB
"""Executable memory one program's image may take; a larger image runs on the interpreter (with a warning)."""

STACK_PER_DEPTH = 64
"""Machine-stack bytes to allow per active vm3 call (docs/stencil-abi.md: 48 used)."""
STACK_SLACK = 1 << 20


def machine_stack_size(limits: Limits) -> int:
    """The machine stack the compiled code of a run at these limits may need (native thread, Unicorn, AOT)."""
    return STACK_PER_DEPTH * limits.max_depth + STACK_SLACK


def most_machine_stack() -> int:
    """The largest machine stack a run may ask for: the native backend's worker thread gets it from the C
    library, which commits it like any mapping, so it must fit in memory with room to spare."""
    return host_memory() * 3 // 4


def most_depth() -> int:
    """The largest --max-depth whose machine stack this machine can give."""
    return (most_machine_stack() - STACK_SLACK) // STACK_PER_DEPTH
