"""Which registers of its own window each op reads and writes.

The op trace shows their values, and the compiler's dataflow (jit/compiler/dataflow.py) proves from them which
registers a function may read before writing.
"""

from __future__ import annotations

from jit.program.model import Instr, Program
from jit.program.ops import CALL_BANK, CALLS, Bank, Kind, Op

Reg = tuple[Bank, int]

_CMP_BRANCHES = frozenset(op for op in Op if op.name.startswith("Cmp") and op.name.endswith("Br"))
_A_READ = _CMP_BRANCHES | {
    Op.ReturnI64,
    Op.ReturnF64,
    Op.ReturnCell,
    Op.ListPushI64,
    Op.ListSetI64,
    Op.ListSetF64,
    Op.ListSetCell,
    Op.MapSetI64I64,
}
"""Ops whose register A is an input (the list or map they change, the value they compare or return)."""


def dest_bank(ins: Instr) -> Bank:
    """The bank of a call's destination register A."""
    return CALL_BANK.get(Op(ins.op), Bank(ins.flags & 3))


def op_regs(program: Program, ins: Instr) -> tuple[tuple[Reg, ...], tuple[Reg, ...]]:
    """(registers read, registers written) by an op in its own window; a call's destination is left out."""
    reads: list[Reg] = []
    writes: list[Reg] = []
    op = Op(ins.op)
    raw = {"A": ins.a, "B": ins.b, "C": ins.c}
    for name, fld in ins.info.fields:
        v = raw[name]
        if name == "A" and op in CALLS:
            continue  # the destination: written when the callee returns
        if fld.kind is Kind.REG and fld.bank is not None:
            (writes if name == "A" and op not in _A_READ else reads).append((fld.bank, v))
        elif fld.kind is Kind.FMA:
            reads += [(Bank.F64, v & 0xFF), (Bank.F64, v >> 8)]
        elif fld.kind is Kind.ARGS:
            params = program.functions[ins.c].params
            reads += [(fld.bank if fld.bank is not None else bank, v + k) for k, bank in enumerate(params)]
    return tuple(dict.fromkeys(reads)), tuple(writes)


def op_writes(program: Program, ins: Instr) -> tuple[Reg, ...]:
    """The registers an op has written once it is done: a call's destination (when the callee returns) too."""
    writes = op_regs(program, ins)[1]
    return (*writes, (dest_bank(ins), ins.a)) if ins.op in CALLS else writes
