"""The program model: 8-byte ops, functions, constants, tables, programs."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from jit.program.ops import CALLS, OPS, TAIL_CALLS, Bank, Op, OpInfo

OP_STRUCT = struct.Struct("<BBHHH")


def s16(v: int) -> int:
    """A u16 field read as int16."""
    v &= 0xFFFF
    return v - 0x10000 if v & 0x8000 else v


@dataclass(frozen=True)
class Instr:
    """One vm3 op. a, b, c are the raw u16 fields; use s16() where a field is an int16 immediate."""

    op: int
    flags: int = 0
    a: int = 0
    b: int = 0
    c: int = 0

    def encode(self) -> bytes:
        return OP_STRUCT.pack(self.op, self.flags, self.a & 0xFFFF, self.b & 0xFFFF, self.c & 0xFFFF)

    @classmethod
    def decode(cls, data: bytes) -> Instr:
        return cls(*OP_STRUCT.unpack(data))

    @property
    def info(self) -> OpInfo:
        """Only valid for a known opcode (the verifier checks that first)."""
        return OPS[self.op]


@dataclass(frozen=True)
class Const:
    """A constant pool entry: kind "i64" (int48 range), "f64" (a float) or "str" (bytes)."""

    kind: str
    value: int | float | bytes

    def __eq__(self, other: object) -> bool:
        # Compare floats by bit pattern so that NaN and -0.0 round-trip exactly.
        if not isinstance(other, Const) or other.kind != self.kind:
            return False
        if self.kind == "f64":
            return struct.pack("<d", self.value) == struct.pack("<d", other.value)  # type: ignore[arg-type]
        return self.value == other.value

    def __hash__(self) -> int:
        return hash((self.kind, struct.pack("<d", self.value) if self.kind == "f64" else self.value))


def param_regs(params: tuple[Bank, ...], bank: Bank) -> int:
    """Registers of `bank` that parameters need: parameter k arrives in register k of its own bank."""
    return max((k + 1 for k, p in enumerate(params) if p == bank), default=0)


@dataclass(frozen=True)
class Function:
    name: str
    params: tuple[Bank, ...]
    result: Bank
    nregs: tuple[int, int, int]  # register counts of the i64, f64 and cell banks
    code: tuple[Instr, ...]
    consts: tuple[Const, ...] = ()
    tables: tuple[tuple[int, ...], ...] = ()

    def param_regs(self, bank: Bank) -> int:
        return param_regs(self.params, bank)


@dataclass(frozen=True)
class Program:
    functions: tuple[Function, ...]
    entry: int = 0
    _by_name: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _allocating: list[bool] = field(default_factory=list, compare=False, repr=False)

    def index(self, name: str) -> int | None:
        if not self._by_name:
            self._by_name.update({f.name: i for i, f in enumerate(self.functions)})
        return self._by_name.get(name)

    def may_allocate(self, fi: int) -> bool:
        """Whether function fi may allocate on the heap, itself or through the calls it makes: a call of one that
        cannot needs no region around it (docs/semantics.md, "Reclaiming")."""
        if not self._allocating:
            self._allocating.extend(_allocating(self.functions))
        return self._allocating[fi]

    @property
    def entry_function(self) -> Function:
        return self.functions[self.entry]


ALLOCATING_OPS = frozenset({Op.NewList, Op.NewMap, Op.ListPushI64, Op.MapSetI64I64, Op.ConcatStr})
"""The ops that may take heap memory (docs/semantics.md, "Heap")."""


def _allocating(functions: tuple[Function, ...]) -> list[bool]:
    """Per function, whether it has an allocating op or calls (or tail calls) a function that may allocate."""
    callers: list[set[int]] = [set() for _ in functions]
    allocating = [False] * len(functions)
    for fi, f in enumerate(functions):
        for ins in f.code:
            if ins.op in ALLOCATING_OPS:
                allocating[fi] = True
            elif (ins.op in CALLS or ins.op in TAIL_CALLS) and 0 <= ins.c < len(functions):
                callers[ins.c].add(fi)
    todo = [fi for fi, a in enumerate(allocating) if a]
    while todo:
        for caller in callers[todo.pop()]:
            if not allocating[caller]:
                allocating[caller] = True
                todo.append(caller)
    return allocating
