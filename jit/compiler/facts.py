"""What the compiler knows at each op of a function, for choosing its stencil: which f64 registers the
accumulators hold (acc_states), which cell registers hold lists (known_lists), and, per callee, which
registers a call must zero (jit.compiler.dataflow.exposed_reads). Facts runs each analysis once per function,
on first use.
"""

from __future__ import annotations

from functools import cached_property

from jit.compiler.dataflow import BRANCHES, by_opcode, exposed_reads, must_hold
from jit.program.model import Function, Instr, Program
from jit.program.ops import Bank, Op

# The f64 accumulators (jit/stencils/vm3.h, VM_ACC): along a straight run of the ops of float.c, acc0 holds
# the value of the f64 register the last producer wrote and acc1 the one before.

AccState = tuple[int | None, int | None]
"""The f64 registers whose current values acc0 and acc1 hold (None: unknown)."""

NO_ACC: AccState = (None, None)

CMP_F64 = frozenset(Op[f"Cmp{c}F64Br"] for c in ("Eq", "Ne", "Lt", "Le", "Gt", "Ge"))
F64_PRODUCERS = frozenset(
    {Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64, Op.SqrtF64, Op.FmaF64, Op.NegF64, Op.I64ToF64, Op.MovF64}
    | {Op.ConstF64K, Op.ListGetF64}
)
"""Ops whose stencils continue with the f64 value they wrote to register A in acc0 (and the old acc0 in acc1)."""
F64_ACC_OPS = F64_PRODUCERS | {Op.F64ToI64, Op.ListSetF64} | CMP_F64
"""Ops whose stencils pass the accumulators on; after any other op they are unknown."""

_KILLS, _PASSES, _PRODUCES = 0, 1, 2
_ACC_ROLE = by_opcode(lambda op: _PRODUCES if op in F64_PRODUCERS else _PASSES if op in F64_ACC_OPS else _KILLS)
_IS_BRANCH = by_opcode(lambda op: op in BRANCHES)


def branch_targets(f: Function) -> set[int]:
    """The pcs that a branch or jump of f may go to."""
    is_branch = _IS_BRANCH
    return {ins.c for ins in f.code if is_branch[ins.op]}


def acc_states(f: Function) -> list[AccState]:
    """Per pc, what the accumulators hold when the op starts: known only after a fall-through from an op of
    float.c, never at a branch target or the function's start, which other paths reach. Only the ops of
    float.c are looked at one by one."""
    code = f.code
    n = len(code)
    targets = branch_targets(f)
    role = _ACC_ROLE
    out = [NO_ACC] * n
    state, last = NO_ACC, -2
    for pc in [pc for pc, ins in enumerate(code) if role[ins.op]]:
        if pc != last + 1 or pc in targets:
            state = NO_ACC
        out[pc] = state
        if role[code[pc].op] == _PRODUCES:
            a = code[pc].a
            state = (a, state[0] if state[0] != a else None)
        if pc + 1 < n and pc + 1 not in targets:
            out[pc + 1] = state
        last = pc
    return out


# Known lists: a cell register is known to hold a list handle where, on every path to the op, a list op
# checked it (or NewList wrote it) and nothing wrote it since.

LIST_FIELD: dict[Op, str] = {
    Op.ListLenI64: "b",
    Op.ListPushI64: "a",
    Op.ListGetI64: "b",
    Op.ListSetI64: "a",
    Op.ListGetF64: "b",
    Op.ListSetF64: "a",
    Op.ListGetCell: "b",
    Op.ListSetCell: "a",
}
"""List ops: the field of the list whose kind they check (WRONG_KIND unless it holds a list handle)."""

_CELL_DESTS = frozenset({Op.ConstStrKW, Op.ConcatStr, Op.NewList, Op.NewMap, Op.ListGetCell, Op.CallCell})
"""Ops that write cell register A (and CallMixed when its destination bank is cell)."""
_MAY_CHANGE_LISTS = by_opcode(lambda op: op in LIST_FIELD or op in _CELL_DESTS or op is Op.CallMixed)
"""Ops that may change which registers are known lists (a table: the cheap first test per op)."""


def _writes_cell(ins: Instr) -> bool:
    return ins.op in _CELL_DESTS or (ins.op == Op.CallMixed and ins.flags & 3 == Bank.CELL)


def _changes_lists(ins: Instr) -> bool:
    return ins.op in LIST_FIELD or _writes_cell(ins)


def _list_transfer(ins: Instr, everything: int) -> tuple[int, int]:
    """(keep, gen) of one op: the known lists after it are (before & keep) | gen."""
    keep, gen = everything, 0
    field = LIST_FIELD.get(ins.op)
    if field is not None:
        gen = 1 << getattr(ins, field)
    if _writes_cell(ins):
        keep = everything & ~(1 << ins.a)
        gen = (gen & keep) | (1 << ins.a if ins.op == Op.NewList else 0)
    return keep, gen


def known_lists(f: Function) -> list[int]:
    """Per pc, the set of cell registers (a bit mask) known to hold list handles when the op starts: what holds
    on every path from the function's start, where nothing is known (jit.compiler.dataflow.must_hold)."""
    everything = (1 << f.nregs[Bank.CELL]) - 1
    may_change = _MAY_CHANGE_LISTS
    transfers = {
        pc: _list_transfer(ins, everything)
        for pc, ins in enumerate(f.code)
        if may_change[ins.op] and _changes_lists(ins)
    }
    return must_hold(f, transfers, 0, everything)


class Facts:
    """What the compiler knows at each pc of one function: each analysis runs once, on first use."""

    def __init__(self, program: Program, fi: int, exposed: dict[int, tuple[int, int, int]] | None = None) -> None:
        """`exposed`: the callees' exposed_reads so far, shared by the Facts of one program's functions."""
        self.program = program
        self.function = program.functions[fi]
        self._exposed = {} if exposed is None else exposed

    def exposed(self, callee: int) -> tuple[int, int, int]:
        """Per bank, how many of the callee's registers a call must initialise (jit.compiler.dataflow.exposed_reads)."""
        counts = self._exposed.get(callee)
        if counts is None:
            counts = self._exposed[callee] = exposed_reads(self.program, callee)
        return counts

    @cached_property
    def acc(self) -> list[AccState]:
        """Per pc, the registers acc0 and acc1 hold (acc_states)."""
        return acc_states(self.function)

    @cached_property
    def lists(self) -> list[int]:
        """Per pc, the cell registers known to hold lists (known_lists)."""
        return known_lists(self.function)
