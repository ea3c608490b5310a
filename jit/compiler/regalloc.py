"""Register allocation: which of a function's i64 and f64 registers live in slots, the machine registers that
every stencil passes on (jit/stencils/vm3.h, "Cached registers"; docs/stencil-abi.md).

A pinned register lives in its slot for the whole function, so its value is there at every op boundary and
at every branch target, loop-carried values included, and the debugger finds it there. Its home in the
register window is kept only where something needs memory: before an op that reads it from memory, around a
call, for the inactive activations a debugger shows. jit.compiler.lower inserts those stores and loads.

The choice is greedy on an estimate: each access by an op that has variants with that operand in a slot saves
a load or a store; each access by another op costs one (a store before it or a load after it); each call or
runtime-helper op, which clobbers the slots, costs a reload (and often a store) of every pinned register; and
the function's start costs a load. Uses weigh by loop depth. The registers with the largest positive gains
take the slots, in order. Linear in the function's size.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from jit.compiler.facts import Facts
from jit.compiler.variants import LOCATION_BANKS, SWAPPED_COMPARES, located_variants
from jit.program.ops import CALLS, Bank, Op
from jit.program.regs import Reg
from jit.stencilset.header import vm

LOOP_WEIGHT = 8
"""How many times an op one loop deeper is taken to run."""
MAX_DEPTH = 4
"""Depths beyond this weigh as much (the weights stay small integers)."""

CLOBBERS = frozenset(
    {*CALLS, Op.ConcatStr, Op.NewList, Op.NewMap, Op.ListPushI64, Op.MapSetI64I64, Op.MapGetI64I64, Op.FmaF64}
)
"""Ops whose stencils may make a machine call (a vm3 call, or a runtime helper's C call) and so continue with
the slots clobbered (vm3.h, CONTINUE_CLOBBERED): the compiler reloads every pinned register after them."""


@dataclass(frozen=True)
class Pins:
    """The pinned registers of one function: (bank, register) -> slot number (0 .. VM_SLOTS - 1 per bank)."""

    slots: dict[Reg, int]

    def __bool__(self) -> bool:
        return bool(self.slots)


NO_PINS = Pins({})


@cache
def slot_count() -> int:
    return vm("SLOTS")


@cache
def _located_ops() -> frozenset[Op]:
    return frozenset(located_variants(slot_count())) | frozenset(SWAPPED_COMPARES)


def allocate(facts: Facts) -> Pins:
    """The pinned registers of the function of `facts` (NO_PINS when none is worth a slot)."""
    located = _located_ops()
    weights: dict[int, int] = {}  # distinct instruction (ProgramFacts) -> the summed weights of its ops
    for (i, depth), count in Counter(zip(facts.ids, facts.depths, strict=True)).items():
        weights[i] = weights.get(i, 0) + count * LOOP_WEIGHT ** min(depth, MAX_DEPTH)
    instructions, accesses = facts.shared.instructions, facts.shared.access
    gain: dict[Reg, int] = {}
    clobbered = 1  # the function's start loads every pinned register
    for i, w in weights.items():
        op = instructions[i].op
        if op in CLOBBERS:
            clobbered += 2 * w  # a reload after each, and often a store before it
        per_access = w if op in located and op not in CLOBBERS else -w
        reads, writes = accesses[i].reads, accesses[i].writes
        for reg in (*reads, *writes):
            if reg[0] in LOCATION_BANKS:
                gain[reg] = gain.get(reg, 0) + per_access
    slots: dict[Reg, int] = {}
    for bank in LOCATION_BANKS:
        ranked = sorted(
            ((g - clobbered, reg) for reg, g in gain.items() if reg[0] == bank and g > clobbered),
            key=lambda x: (-x[0], x[1][1]),
        )
        for k, (_, reg) in enumerate(ranked[: slot_count()]):
            slots[reg] = k
    return Pins(slots) if slots else NO_PINS


def pinned_banks(pins: Pins) -> dict[Bank, dict[int, int]]:
    """Per bank, register -> slot."""
    out: dict[Bank, dict[int, int]] = {bank: {} for bank in LOCATION_BANKS}
    for (bank, reg), slot in pins.slots.items():
        out[bank][reg] = slot
    return out
