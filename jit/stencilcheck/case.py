"""A case: one op of a tiny program and the whole VM state it starts from, and what a run of it is seen to do.

The program holds the op at pc `pc` of function `fi` (plus a callee for calls); the state is the three
register-bank stacks, a heap of real strings, lists and maps (jit.stencilcheck.heapimage), and the context's
depth and limit. The reference (jit.stencilcheck.reference) and the machine (jit.stencilcheck.machine) both
turn a case into an Observed, and jit.stencilcheck.compare lists how two of them differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jit.program import cell
from jit.program.model import Instr, Program, s16
from jit.program.ops import OPS, Bank, Kind
from jit.program.regs import dest_bank, op_regs
from jit.stencilcheck.heapimage import ObjectKey
from jit.vm.heap import Heap


def bank_fill(bank: int, k: int) -> int:
    """Stale contents of register k of a bank stack beyond the frame (distinct per bank and register)."""
    return 0x5EED_0000_0000_0000 | (bank << 32) | k


@dataclass
class Case:
    """One op of `program` (function fi, pc) with the VM state it starts from. The ops from pc `first` on run
    before it on the machine too (they set up what a variant of the op relies on); every op before `first`
    must leave the state unchanged (a Nop), since only the interpreter runs those."""

    program: Program
    fi: int
    pc: int
    strings: list[dict[int, int]]  # per function, the Cell of each string constant
    banks: tuple[list[int], list[int], list[int]]  # every register of each bank stack (raw u64); the frame first
    heap: Heap  # heap objects before the op; heap.size is the heap size
    depth: int
    max_depth: int
    first: int = -1  # the first op the machine runs: pc if -1
    run: str = ""
    """What the machine runs for the op: a stencil by name, or a lowering (families.LOWERED); empty: what the
    compiler picks."""
    pins: dict[tuple[Bank, int], int] = field(default_factory=dict)
    """Registers of the op's function that live in slots (jit.compiler.regalloc): (bank, register) -> slot.
    The machine loads them into their slots right before the op and stores them back after it."""

    def __repr__(self) -> str:
        """The dataclass's repr, but for the bank stacks of a wide case (jit.stencilcheck.cases.WIDE_BASE): their
        size only, since hypothesis makes a repr of every case it draws (describe() shows the registers)."""
        banks = repr(self.banks) if self.stack_regs <= 64 else f"<3 bank stacks of {self.stack_regs} registers>"
        return (
            f"Case(program={self.program!r}, fi={self.fi}, pc={self.pc}, strings={self.strings!r}, banks={banks}, "
            f"heap={self.heap!r}, depth={self.depth}, max_depth={self.max_depth}, first={self.first}, "
            f"pins={self.pins!r})"
        )

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Hypothesis's pretty printer would otherwise print a dataclass field by field."""
        printer.text(repr(self))

    @property
    def start(self) -> int:
        return self.pc if self.first < 0 else self.first

    @property
    def ins(self) -> Instr:
        return self.program.functions[self.fi].code[self.pc]

    @property
    def stack_regs(self) -> int:
        return len(self.banks[0])

    def operands(self) -> str:
        """The op's fields and every register it reads with its value: `AddI64 A=i0 B=i1 C=i2 | i1=5 i2=-1`."""
        ins = self.ins
        raw = {"A": ins.a, "B": ins.b, "C": ins.c}
        fields = []
        for name, fld in ins.info.fields:
            v = raw[name]
            if fld.kind is Kind.REG and fld.bank is not None:
                fields.append(f"{name}={fld.bank.prefix}{v}")
            elif fld.kind is Kind.MIXED_DST:
                fields.append(f"{name}={dest_bank(ins).prefix}{v}")
            elif fld.kind is Kind.FMA:
                fields.append(f"{name}=f{v & 0xFF},f{v >> 8}")
            elif fld.kind is Kind.FUNC:
                fields.append(f"{name}={self.program.functions[v].name}")
            else:
                fields.append(f"{name}={s16(v) if fld.kind is Kind.IMM else v}")
        reads = op_regs(self.program, ins)[0]
        values = " ".join(f"{bank.prefix}{k}={_value(bank, self.banks[bank][k])}" for bank, k in reads)
        return " ".join([ins.info.name, *fields]) + (f" | {values}" if values else "")

    def describe(self) -> str:
        """The op, its function's registers, the heap and depth, and the other functions: a failure's operands."""
        f = self.program.functions[self.fi]
        lines = [f"{OPS[self.ins.op].name} {self.ins} in {f.name} (index {self.fi}) pc {self.pc}, nregs {f.nregs}"]
        if self.pins:
            pinned = ", ".join(f"{bank.prefix}{k} in slot {s}" for (bank, k), s in sorted(self.pins.items()))
            lines.append(f"  pinned: {pinned}")
        for bank, (name, window, n) in enumerate(zip("ifc", self.banks, f.nregs, strict=True)):
            low = next((k for k in range(n) if window[k] != bank_fill(bank, k)), n)  # a wide case's fill
            skipped = f"(0..{low - 1}: stale fill) " if low > 8 else ""
            lines.append(f"  r{name}: {skipped}" + " ".join(f"{v:#x}" for v in window[low if skipped else 0 : n]))
        h = self.heap
        lines.append(
            f"  heap used {h.used} of {h.size}; depth {self.depth} of {self.max_depth}; stack {self.stack_regs}"
        )
        for i, g in enumerate(self.program.functions):
            if i != self.fi:
                lines.append(f"  {g.name}: params {g.params} result {g.result} nregs {g.nregs} code {g.code}")
        return "\n".join(lines)


def _value(bank: Bank, bits: int) -> str:
    if bank is Bank.I64:
        return str(cell.to_signed64(bits))
    if bank is Bank.F64:
        return f"{cell.bits_f64(bits)!r} ({bits:#x})"
    return f"{bits:#x}"


Outcome = tuple[object, ...]
"""("continue",), ("target",), ("return", bits), ("deopt", pc), ("error", kind, function index, pc), or for
the machine only ("stopped", pad or address) / ("fault", message) when something went wrong."""


@dataclass
class Observed:
    """Where control went, every register of the three bank stacks, the heap objects and the context fields."""

    outcome: Outcome
    banks: tuple[tuple[int, ...], ...]
    objects: dict[ObjectKey, object]  # ("str"|"list"|"map", header offset) -> contents (and capacity)
    ctx: dict[str, int]
    problems: tuple[str, ...] = ()  # machine memory that should not have changed, or an inconsistent heap
