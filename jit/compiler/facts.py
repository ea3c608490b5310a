"""What the compiler knows at each op of a function, for choosing its stencil: which cell registers hold lists
(known_lists), per callee which registers a call must zero (jit.compiler.dataflow.exposed_reads), how
deep in loops each op is (loop_depths), and which registers each op reads and writes (Access). Facts runs each
analysis once per function, on first use.
"""

from __future__ import annotations

from functools import cached_property

from jit.compiler.dataflow import BRANCHES, Access, access, by_opcode, exposed_reads, must_hold
from jit.program.model import Function, Instr, Program
from jit.program.ops import Bank, Op

_IS_BRANCH = by_opcode(lambda op: op in BRANCHES)


def branch_targets(f: Function) -> set[int]:
    """The pcs that a branch or jump of f may go to."""
    is_branch = _IS_BRANCH
    return {ins.c for ins in f.code if is_branch[ins.op]}


def loop_depths(f: Function) -> list[int]:
    """Per pc, the number of backward branches whose range [target, branch] holds it: the loop nesting of
    structured code, and a fair guess of how often an op runs relative to its neighbours otherwise (what the
    register allocation weighs uses by)."""
    n = len(f.code)
    delta = [0] * (n + 1)
    is_branch = _IS_BRANCH
    for pc, ins in enumerate(f.code):
        if is_branch[ins.op] and ins.c <= pc:
            delta[ins.c] += 1
            delta[pc + 1] -= 1
    out, depth = [], 0
    for pc in range(n):
        depth += delta[pc]
        out.append(depth)
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


class ProgramFacts:
    """What the Facts of one program's functions share, each computed on first use: its distinct instructions
    and their accesses (equal instructions share one), and per function its exposed_reads."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self.instructions: list[Instr] = []
        """The program's distinct instructions, in order of first use."""
        self.access: list[Access] = []
        """Per distinct instruction, its access."""
        self._index: dict[tuple[int, int, int, int, int], int] = {}  # an instruction's fields -> its index
        self._ids: dict[int, list[int]] = {}
        self._exposed: dict[int, tuple[int, int, int]] = {}

    def ids(self, fi: int) -> list[int]:
        """Per pc of function fi, the index of its instruction among the distinct ones."""
        known = self._ids.get(fi)
        if known is None:
            known = self._ids[fi] = [self._id(ins) for ins in self.program.functions[fi].code]
        return known

    def _id(self, ins: Instr) -> int:
        key = (ins.op, ins.flags, ins.a, ins.b, ins.c)
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = len(self.instructions)
            self.instructions.append(ins)
            self.access.append(access(self.program, ins))
        return index

    def exposed(self, fi: int) -> tuple[int, int, int]:
        """Per bank, how many of function fi's registers a call must initialise (exposed_reads)."""
        counts = self._exposed.get(fi)
        if counts is None:
            access = self.access
            counts = self._exposed[fi] = exposed_reads(self.program, fi, [access[i] for i in self.ids(fi)])
        return counts


class Facts:
    """What the compiler knows at each pc of one function: each analysis runs once, on first use."""

    def __init__(self, program: Program, fi: int, shared: ProgramFacts | None = None) -> None:
        """`shared`: what the Facts of one program's functions share."""
        self.program = program
        self.fi = fi
        self.function = program.functions[fi]
        self.shared = ProgramFacts(program) if shared is None else shared

    def exposed(self, callee: int) -> tuple[int, int, int]:
        """Per bank, how many of the callee's registers a call must initialise (jit.compiler.dataflow.exposed_reads)."""
        return self.shared.exposed(callee)

    @property
    def ids(self) -> list[int]:
        """Per pc, the index of its instruction among the program's distinct ones (ProgramFacts)."""
        return self.shared.ids(self.fi)

    @cached_property
    def lists(self) -> list[int]:
        """Per pc, the cell registers known to hold lists (known_lists)."""
        return known_lists(self.function)

    @cached_property
    def depths(self) -> list[int]:
        """Per pc, how many loops hold the op (loop_depths)."""
        return loop_depths(self.function)
