"""Which registers of its own window each op reads and writes.

The op trace shows their values, and the compiler's dataflow (jit/compiler/dataflow.py) proves from them which
registers a function may read before writing.
"""

from __future__ import annotations

from jit.program.model import Instr, Program
from jit.program.ops import CALL_BANK, CALLS, OPS, Bank, Kind, Op

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


_Entry = tuple[Kind, str, Bank | None, bool]
"""One field of an opcode as op_regs sees it: its kind, Instr attribute, bank, and whether it is written."""


def _entries(op: Op) -> tuple[_Entry, ...]:
    out: list[_Entry] = []
    for name, fld in OPS[op].fields:
        if name == "A" and op in CALLS:
            continue  # the destination: written when the callee returns
        if (fld.kind is Kind.REG and fld.bank is not None) or fld.kind in (Kind.FMA, Kind.ARGS):
            out.append((fld.kind, name.lower(), fld.bank, fld.kind is Kind.REG and name == "A" and op not in _A_READ))
    return tuple(out)


_ENTRIES = {op.value: _entries(op) for op in Op}
"""Each opcode's register fields, built once: op_regs runs several times per op in every compile."""


def op_regs(program: Program, ins: Instr) -> tuple[tuple[Reg, ...], tuple[Reg, ...]]:
    """(registers read, registers written) by an op in its own window; a call's destination is left out."""
    reads: list[Reg] = []
    writes: list[Reg] = []
    for kind, attr, bank, written in _ENTRIES[ins.op]:
        v = getattr(ins, attr)
        if kind is Kind.REG:
            (writes if written else reads).append((bank, v))  # type: ignore[arg-type]
        elif kind is Kind.FMA:
            reads += [(Bank.F64, v & 0xFF), (Bank.F64, v >> 8)]
        else:
            params = program.functions[ins.c].params
            reads += [(bank if bank is not None else b, v + k) for k, b in enumerate(params)]
    return tuple(dict.fromkeys(reads)) if len(reads) > 1 else tuple(reads), tuple(writes)


def op_writes(program: Program, ins: Instr) -> tuple[Reg, ...]:
    """The registers an op has written once it is done: a call's destination (when the callee returns) too."""
    writes = op_regs(program, ins)[1]
    return (*writes, (dest_bank(ins), ins.a)) if ins.op in CALLS else writes
