"""Forward dataflow over a function's basic blocks: facts that hold on every path to an op.

A set of facts is a bit mask. Each op keeps some facts and establishes others (after = before & keep | gen),
and where paths meet only the facts true on all of them survive (intersection). The compiler uses this to
know which cell registers hold lists (jit.operands) and which registers a callee may read before it writes
them (so its callers need not zero the rest).
"""

from __future__ import annotations

from collections.abc import Sequence

from jit.oplabel import dest_bank
from jit.opregs import op_regs
from jit.ops import CALLS, Bank, Op
from jit.program import Function, Program

BRANCHES = frozenset(op for op in Op if op.name.startswith("Cmp") and op.name.endswith("Br")) | {Op.Jump}
"""Ops that may jump to the pc in field C."""
ENDS = frozenset({Op.Jump, Op.Deopt, Op.ReturnI64, Op.ReturnF64, Op.ReturnCell, Op.ReturnConstK})
ENDS |= {Op.TailCallI64, Op.TailCallMixed}
"""Ops after which control never falls through to the next pc."""


def must_hold(f: Function, transfer: Sequence[tuple[int, int]], entry: int, everything: int) -> list[int]:
    """Per pc, the facts true on every path from the function's start (where `entry` holds) to that op: the
    greatest fixed point, with `transfer[pc]` = (keep, gen) of each op. An op no path reaches gets
    `everything`. Solved over basic blocks, in passes until stable."""
    n = len(f.code)
    leaders = {0} | {ins.c for ins in f.code if ins.op in BRANCHES}
    leaders |= {pc + 1 for pc, ins in enumerate(f.code) if ins.op in BRANCHES or ins.op in ENDS}
    starts = sorted(x for x in leaders if x < n)
    index = {start: k for k, start in enumerate(starts)}
    blocks = []  # (first pc, end pc, keep, gen, successor blocks)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else n
        keep, gen = everything, 0
        for k_op, g_op in transfer[start:end]:
            keep, gen = keep & k_op, (gen & k_op) | g_op
        last = f.code[end - 1]
        nexts = ([] if last.op in ENDS else [end]) + ([last.c] if last.op in BRANCHES else [])
        blocks.append((start, end, keep, gen, [index[s] for s in nexts if s < n]))  # (verified: always < n)
    entries = [everything] * len(blocks)
    entries[0] = entry
    reached = [False] * len(blocks)
    reached[0] = changed = True
    while changed:
        changed = False
        for k, (_, _, keep, gen, succs) in enumerate(blocks):
            if reached[k]:
                out = entries[k] & keep | gen
                for s in succs:
                    if entries[s] & out != entries[s] or not reached[s]:
                        entries[s] &= out
                        reached[s] = changed = True
    holds = [everything] * n
    for k, (start, end, _, _, _) in enumerate(blocks):
        state = entries[k]
        for pc in range(start, end):
            holds[pc] = state
            keep, gen = transfer[pc]
            state = state & keep | gen
    return holds


def _bit(bank: Bank, k: int) -> int:
    return 1 << (3 * k + bank)


def exposed_reads(program: Program, fi: int) -> tuple[int, int, int]:
    """Per bank, 1 + the highest register that function fi may read before it has written it on some path
    (0: none): what a call must initialise beyond the parameters. Parameter k is written on entry (register
    k of its bank); a call writes its destination when it returns."""
    f = program.functions[fi]
    transfer: list[tuple[int, int]] = []
    reads: list[int] = []
    for ins in f.code:
        read, written = op_regs(program, ins)
        gen = 0
        for bank, k in written:
            gen |= _bit(bank, k)
        if ins.op in CALLS:
            gen |= _bit(dest_bank(ins), ins.a)
        transfer.append((-1, gen))
        mask = 0
        for bank, k in read:
            mask |= _bit(bank, k)
        reads.append(mask)
    params = 0
    for k, bank in enumerate(f.params):
        params |= _bit(Bank(bank), k)
    exposed = 0
    for mask, written in zip(reads, must_hold(f, transfer, params, -1), strict=True):
        exposed |= mask & ~written
    top = [0, 0, 0]
    k = 0
    while exposed:
        for bank in Bank:
            if exposed >> bank & 1:
                top[bank] = k + 1
        exposed >>= 3
        k += 1
    return top[0], top[1], top[2]
