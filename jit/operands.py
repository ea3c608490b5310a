"""The value of every number hole of an op (docs/stencil-abi.md), computed from the program alone.

Code holes (_JIT_CONTINUE, _JIT_TARGET, _JIT_CALLEE, jit_rt_*) are addresses
and belong to the compiler; everything else an op's stencil may ask for is here.
"""

from __future__ import annotations

from jit import cell
from jit.ops import CALL_BANK, Bank, Kind, Op
from jit.program import Function, Instr, Program, param_regs, s16

COUNTED = tuple(
    f"_JIT_{name}"
    for name in (
        *"ABCD",
        *(f"{group}_{bank}" for group in ("FRAME", "CALLEE", "PARAMS", "NREGS") for bank in "IFC"),
        "NARGS",
    )
)
"""Holes that also exist as NAME_OFF = 8 * NAME (byte offsets into a register window)."""

_FIELD_HOLE = {"A": "_JIT_A", "B": "_JIT_B", "C": "_JIT_C"}


class DataArea:
    """The program's read-only data block: lookup tables and CallMixed signatures, 8-aligned."""

    def __init__(self, program: Program) -> None:
        self.blob = bytearray()
        self.tables: list[list[int]] = []  # per function, byte offset of each table
        for f in program.functions:
            offsets = []
            for table in f.tables:
                offsets.append(self._add(b"".join((v & cell.MASK64).to_bytes(8, "little") for v in table)))
            self.tables.append(offsets)
        self.signatures = [self._add(bytes(f.params)) for f in program.functions]

    def _add(self, data: bytes) -> int:
        offset = len(self.blob)
        self.blob += data + bytes(-len(data) % 8)
        return offset


def with_offsets(values: dict[str, int]) -> dict[str, int]:
    """Add NAME_OFF for every counted hole present."""
    values.update({f"{n}_OFF": 8 * values[n] for n in COUNTED if n in values})
    return values


def entry_values(f: Function) -> dict[str, int]:
    """FuncEntry's holes: which registers of each bank to zero."""
    values = {}
    for bank in Bank:
        values[f"_JIT_PARAMS_{'IFC'[bank]}"] = param_regs(f.params, bank)
        values[f"_JIT_NREGS_{'IFC'[bank]}"] = f.nregs[bank]
    return with_offsets(values)


def op_values(p: Program, fi: int, pc: int, ins: Instr, strings: dict[int, int], data: DataArea) -> dict[str, int]:
    """Every number hole of op `ins` at (function fi, pc); the op is verified."""
    f = p.functions[fi]
    info = ins.info
    values = {"_JIT_ERRLOC": (fi << 16) | pc}
    raw = {"A": ins.a, "B": ins.b, "C": ins.c}
    for name, fld in info.fields:
        v = raw[name]
        if fld.kind in (Kind.REG, Kind.ARGS, Kind.MIXED_DST):
            values[_FIELD_HOLE[name]] = v
        elif fld.kind is Kind.IMM:
            values["_JIT_K"] = s16(v)
        elif fld.kind is Kind.CAP:
            values["_JIT_CAP"] = v
        elif fld.kind is Kind.FMA:
            values["_JIT_C"], values["_JIT_D"] = v & 0xFF, v >> 8
        elif fld.kind is Kind.TABLE:
            values["_JIT_TABLE"] = data.tables[fi][v]
            values["_JIT_TABLE_LEN"] = len(f.tables[v])
        elif fld.kind is Kind.CONST:
            values["_JIT_BITS"] = _const_bits(f, v, strings)
        elif fld.kind is Kind.FUNC:
            values.update(_call_values(p, f, ins, data))
    if ins.op == Op.Deopt:
        values["_JIT_DEOPT_PC"] = ins.c
    return with_offsets(values)


def _const_bits(f: Function, k: int, strings: dict[int, int]) -> int:
    c = f.consts[k]
    if c.kind == "f64":
        return cell.f64_bits(c.value)  # type: ignore[arg-type]
    if c.kind == "i64":
        return c.value & cell.MASK64  # type: ignore[operator]
    return strings[k]


def _call_values(p: Program, f: Function, ins: Instr, data: DataArea) -> dict[str, int]:
    callee = p.functions[ins.c]
    dest = CALL_BANK.get(Op(ins.op), ins.flags & 3)
    return {
        "_JIT_FRAME_I": f.nregs[0],
        "_JIT_FRAME_F": f.nregs[1],
        "_JIT_FRAME_C": f.nregs[2],
        "_JIT_CALLEE_I": callee.nregs[0],
        "_JIT_CALLEE_F": callee.nregs[1],
        "_JIT_CALLEE_C": callee.nregs[2],
        "_JIT_NARGS": len(callee.params),
        "_JIT_CONV": 3 * callee.result + dest,
        "_JIT_SIG": data.signatures[ins.c],
    }
