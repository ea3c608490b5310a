"""The vm3 opcode table: numbers, mnemonics, and what each of the A, B, C fields means.

Every other module (text format, verifier, interpreter, stencils, compiler) reads
operand meaning from here, so the table is the single source of truth.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cached_property


class Bank(enum.IntEnum):
    """A register bank; the values are vm3's BankFlags encoding for CallMixed."""

    I64 = 0
    F64 = 1
    CELL = 2

    @property
    def text(self) -> str:
        return ("i64", "f64", "cell")[self]

    @property
    def prefix(self) -> str:
        """Register prefix in the text format: i3, f0, c1."""
        return "ifc"[self]

    @classmethod
    def from_text(cls, name: str) -> Bank:
        return {"i64": cls.I64, "f64": cls.F64, "cell": cls.CELL}[name]


class Kind(enum.Enum):
    """What a field holds."""

    REG = "reg"  # a register of the field's bank (u16)
    IMM = "imm"  # an int16 immediate
    PC = "pc"  # a target instruction index (u16)
    FUNC = "func"  # a function index (u16)
    CONST = "const"  # a constant pool index (u16); `const_kind` says which kind
    TABLE = "table"  # an i64 lookup table index (u16)
    CAP = "cap"  # a u16 capacity hint
    ARGS = "args"  # first argument register of a call (bank(s) from the callee's params)
    MIXED_DST = "mixed_dst"  # CallMixed's destination: register of the bank BankFlags & 3
    FMA = "fma"  # FmaF64's C: two f64 registers packed, low byte and high byte


@dataclass(frozen=True)
class Field:
    kind: Kind
    bank: Bank | None = None  # for REG and for single-bank ARGS
    const_kind: str | None = None  # for CONST: "i64", "f64" or "str"
    local: bool = True  # for PC: a jump target inside the function (False: Deopt's pc, any u16, as vm3 takes it)


@dataclass(frozen=True)
class OpInfo:
    code: int
    name: str
    a: Field | None
    b: Field | None
    c: Field | None

    @cached_property
    def fields(self) -> tuple[tuple[str, Field], ...]:
        """The fields this op uses, in text order A, B, C (built once: the compiler asks for them per op)."""
        return tuple((n, f) for n, f in (("A", self.a), ("B", self.b), ("C", self.c)) if f is not None)


def _r(bank: Bank) -> Field:
    return Field(Kind.REG, bank)


RI, RF, RC = _r(Bank.I64), _r(Bank.F64), _r(Bank.CELL)
IMM = Field(Kind.IMM)
PC = Field(Kind.PC)
DEOPT_PC = Field(Kind.PC, local=False)
"""Deopt's C names a pc of the bytecode the program came from, not a jump target: vm3 returns deopt(uint16(C))."""
FN = Field(Kind.FUNC)
CAP = Field(Kind.CAP)

_CMP = ("Eq", "Ne", "Lt", "Le", "Gt", "Ge")
_ARITH = ("Add", "Sub", "Mul", "Div", "Mod")

_SPECS: list[tuple[str, Field | None, Field | None, Field | None]] = [
    ("Nop", None, None, None),
    ("MovI64", RI, RI, None),
    ("MovF64", RF, RF, None),
    ("ConstI64K", RI, None, IMM),
    ("ConstF64K", RF, None, Field(Kind.CONST, const_kind="f64")),
    ("ConstI64KW", RI, None, Field(Kind.CONST, const_kind="i64")),
    *[(f"{o}I64", RI, RI, RI) for o in _ARITH],
    ("NegI64", RI, RI, None),
    *[(f"{o}I64K", RI, RI, IMM) for o in _ARITH],
    *[(f"{o}F64", RF, RF, RF) for o in _ARITH[:4]],
    ("NegF64", RF, RF, None),
    *[(f"Cmp{c}I64Br", RI, RI, PC) for c in _CMP],
    *[(f"Cmp{c}I64KBr", RI, IMM, PC) for c in _CMP],
    ("Jump", None, None, PC),
    ("CallI64", RI, Field(Kind.ARGS, Bank.I64), FN),
    ("CallF64", RF, Field(Kind.ARGS, Bank.F64), FN),
    ("CallCell", RC, Field(Kind.ARGS, Bank.CELL), FN),
    ("TailCallI64", None, Field(Kind.ARGS, Bank.I64), FN),
    ("ReturnI64", RI, None, None),
    ("ReturnF64", RF, None, None),
    ("ReturnCell", RC, None, None),
    ("ReturnConstK", None, None, IMM),
    ("Deopt", None, None, DEOPT_PC),
    ("ConstStrKW", RC, None, Field(Kind.CONST, const_kind="str")),
    ("LenStr", RI, RC, None),
    ("ConcatStr", RC, RC, RC),
    ("CallMixed", Field(Kind.MIXED_DST), Field(Kind.ARGS), FN),
    ("TailCallMixed", None, Field(Kind.ARGS), FN),
    ("NewList", RC, None, CAP),
    ("ListLenI64", RI, RC, None),
    ("ListPushI64", RC, RI, None),
    ("ListGetI64", RI, RC, RI),
    ("ListSetI64", RC, RI, RI),
    ("NewMap", RC, None, CAP),
    ("MapSetI64I64", RC, RI, RI),
    ("MapGetI64I64", RI, RC, RI),
    ("ListGetF64", RF, RC, RI),
    ("ListSetF64", RC, RF, RI),
    ("ListGetCell", RC, RC, RI),
    ("ListSetCell", RC, RC, RI),
    *[(f"Cmp{c}F64Br", RF, RF, PC) for c in _CMP],
    ("I64ToF64", RF, RI, None),
    ("F64ToI64", RI, RF, None),
    ("FmaF64", RF, RF, Field(Kind.FMA)),
    ("LookupI64KW", RI, RI, Field(Kind.TABLE)),
    ("SqrtF64", RF, RF, None),
]

OPS: tuple[OpInfo, ...] = tuple(OpInfo(i, n, a, b, c) for i, (n, a, b, c) in enumerate(_SPECS))
BY_NAME: dict[str, OpInfo] = {o.name: o for o in OPS}
assert len(OPS) == 72

Op = enum.IntEnum("Op", {o.name: o.code for o in OPS})  # type: ignore[misc]
"""Opcode numbers by mnemonic: Op.AddI64 == 6."""

CALLS = frozenset({Op.CallI64, Op.CallF64, Op.CallCell, Op.CallMixed})
TAIL_CALLS = frozenset({Op.TailCallI64, Op.TailCallMixed})
RETURNS = frozenset({Op.ReturnI64, Op.ReturnF64, Op.ReturnCell, Op.ReturnConstK})
TERMINATORS = RETURNS | TAIL_CALLS | {Op.Jump, Op.Deopt}
"""Ops after which control never falls through to pc + 1."""

RETURN_BANK = {Op.ReturnI64: Bank.I64, Op.ReturnF64: Bank.F64, Op.ReturnCell: Bank.CELL, Op.ReturnConstK: Bank.I64}
CALL_BANK = {Op.CallI64: Bank.I64, Op.CallF64: Bank.F64, Op.CallCell: Bank.CELL, Op.TailCallI64: Bank.I64}
"""The single bank of a call's arguments and destination (CallMixed names them per parameter)."""
