"""Forward dataflow over a function's basic blocks: facts that hold on every path to an op.

A set of facts is a bit mask. Each op keeps some facts and establishes others (after = before & keep | gen),
and where paths meet only the facts true on all of them survive (intersection). The compiler uses this to
know which cell registers hold lists (jit.compiler.holes) and which registers a callee may read before it writes
them (so its callers need not zero the rest).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from jit.program.model import Function, Instr, Program
from jit.program.ops import Bank, Op
from jit.program.regs import Reg, op_regs, op_writes

BRANCHES = frozenset(op for op in Op if op.name.startswith("Cmp") and op.name.endswith("Br")) | {Op.Jump}
"""Ops that may jump to the pc in field C."""
ENDS = frozenset({Op.Jump, Op.Deopt, Op.ReturnI64, Op.ReturnF64, Op.ReturnCell, Op.ReturnConstK})
ENDS |= {Op.TailCallI64, Op.TailCallMixed}
"""Ops after which control never falls through to the next pc."""


def by_opcode(value: Callable[[Op], int]) -> tuple[int, ...]:
    """A table indexed by opcode: cheaper in the per-op loops than sets of Op members."""
    return tuple(value(Op(code)) for code in range(len(Op)))


FALLS, BRANCH, JUMP, END = 0, 1, 2, 3
FLOW = by_opcode(lambda op: JUMP if op is Op.Jump else BRANCH if op in BRANCHES else END if op in ENDS else FALLS)
"""How each opcode passes control on, indexed by opcode."""

Transfer = tuple[int, int]
"""(keep, gen) of one op: the facts after it are (before & keep) | gen."""


def must_hold(
    f: Function, transfers: dict[int, Transfer], entry: int, everything: int, jumps: dict[int, int] | None = None
) -> list[int]:
    """Per pc, the facts true on every path from the function's start (where `entry` holds) to that op: the
    greatest fixed point, where the op at pc changes the facts by transfers[pc] (others change nothing). An op
    no path reaches gets `everything`.

    Solved in passes over the ops that matter (those that change the facts or end a block, and branch
    targets), each pass in pc order: a forward branch's state is met at its target in the same pass, so only
    back edges need another pass, until the states they bring stop changing. `jumps` makes the op at a pc a
    jump to another (a self tail call compiled as a jump to pc 0)."""
    code = f.code
    flow = FLOW
    jumps = jumps or {}
    ends = [pc for pc, ins in enumerate(code) if flow[ins.op] != FALLS]
    targets = {code[pc].c for pc in ends if flow[code[pc].op] in (BRANCH, JUMP)} | set(jumps.values())
    points = sorted(targets.union(ends, transfers))
    arriving: dict[int, int] = {}  # branch target -> meet of the states that branches from reached code bring
    while True:
        holds: list[int] = []
        state, reached, last, again = entry, True, 0, False
        for pc in points:
            holds += [state] * (pc - last)
            holds.append(state)
            last = pc + 1
            if pc in targets:
                if not reached:
                    holds[pc] = state = everything  # a block that no path reached yet
                if pc in arriving:
                    holds[pc] = state = state & arriving[pc]
                    reached = True
            transfer = transfers.get(pc)
            if transfer is not None:
                state = state & transfer[0] | transfer[1]
            kind = JUMP if pc in jumps else flow[code[pc].op]
            if kind == FALLS:
                continue
            if kind != END and reached:
                target = jumps.get(pc, code[pc].c)
                met = arriving.get(target, everything) & state
                if arriving.get(target) != met:
                    arriving[target] = met
                    again |= target <= pc
            if kind != BRANCH or not reached:
                state, reached = everything, False  # the next block is reached only by a branch, if at all
        holds += [state] * (len(code) - last)
        if not again:
            return holds


def _bit(bank: Bank, k: int) -> int:
    return 1 << (3 * k + bank)


def _bits(regs: tuple[Reg, ...]) -> int:
    out = 0
    for bank, k in regs:
        out |= _bit(bank, k)
    return out


class Access(NamedTuple):
    """The registers an op reads, and those it has written once it is done (op_writes: a call's destination
    too); also as bit masks, register k of bank b at bit 3k + b."""

    reads: tuple[Reg, ...]
    writes: tuple[Reg, ...]
    read_bits: int
    write_bits: int


def access(program: Program, ins: Instr) -> Access:
    reads, writes = op_regs(program, ins)[0], op_writes(program, ins)
    return Access(reads, writes, _bits(reads), _bits(writes))


def exposed_reads(program: Program, fi: int, accesses: list[Access] | None = None) -> tuple[int, int, int]:
    """Per bank, 1 + the highest register that function fi may read before it has written it on some path
    (0: none): what a call must initialise beyond the parameters. Parameter k is written on entry (register
    k of its bank); a call writes its destination when it returns. `accesses`: each op's (access), if known."""
    f = program.functions[fi]
    if accesses is None:
        accesses = [access(program, ins) for ins in f.code]
    transfers: dict[int, Transfer] = {pc: (-1, a.write_bits) for pc, a in enumerate(accesses) if a.write_bits}
    params = 0
    for k, bank in enumerate(f.params):
        params |= _bit(Bank(bank), k)
    exposed = 0
    for a, written in zip(accesses, must_hold(f, transfers, params, -1), strict=True):
        exposed |= a.read_bits & ~written
    return _count(exposed, Bank.I64), _count(exposed, Bank.F64), _count(exposed, Bank.CELL)


def _count(bits: int, bank: Bank) -> int:
    """1 + the highest register k of `bank` whose bit (3k + bank) is set (0: none); linear in the mask's size
    (a register file may have 65535 registers)."""
    of_bank = ((1 << 3 * (bits.bit_length() // 3 + 1)) - 1) // 7 << bank  # bits bank, bank + 3, bank + 6, ...
    highest = (bits & of_bank).bit_length()
    return (highest - 1 - bank) // 3 + 1 if highest else 0
