"""The op trace: one record per vm3 op executed, with the values of the registers it reads and writes.

A backend delivers Steps (the op about to run and its activation) in execution
order and a RegisterFile to read the bank stacks; the Tracer turns them into
Records. It does not care which backend runs: the emulator's steps and the
interpreter's observer give identical records for the same program, which is
how the trace is tested.

Values: registers an op reads are taken when it starts, registers it writes
once it has finished (at the next step). A call writes its destination only
when the callee returns, so that value is shown on the callee's return line
(`=> caller A=value`); a tail call overwrites its own window, which is why
reads are taken before the op.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TextIO, TypeVar

from jit.debug.labels import op_label
from jit.errors import printable
from jit.program import cell
from jit.program.model import Program
from jit.program.ops import CALLS, RETURNS, Bank
from jit.program.regs import Reg, dest_bank, op_regs
from jit.vm.results import HeapReader, format_cell

Value = tuple[Bank, int, int]  # bank, register number in the activation's window, raw 64 bits


T = TypeVar("T")

_MAX_CELL_ITEMS = 16  # elements shown per list or map in a trace value


@dataclass(frozen=True)
class Step:
    """The op about to run: (func, pc), the call depth (entry 1) and the activation's window starts."""

    func: int
    pc: int
    depth: int
    bases: tuple[int, int, int]  # register index, in each bank's stack, of the window's register 0


class RegisterFile(Protocol):
    """Read access to a running program's bank stacks and heap."""

    heap: HeapReader

    def reg(self, bank: Bank, index: int) -> int:
        """Raw 64 bits of register `index` of the bank's whole stack (i64 two's complement, f64 bits, Cell)."""
        ...


@dataclass(frozen=True)
class Record:
    """One trace line's data."""

    step: Step
    reads: tuple[Value, ...]  # at the op's start
    writes: tuple[Value, ...]  # once it finished (empty if the run stopped inside it)
    returned: tuple[int, Value] | None = None  # a return: (caller function, its destination after the return)
    stopped: bool = False  # the run ended inside this op (error, instruction limit, quit)


class Tracer:
    """Turns steps into records, each emitted once its op has finished (or the run ended inside it)."""

    def __init__(self, program: Program, regs: RegisterFile, emit: Callable[[Record], None]) -> None:
        self.program = program
        self.regs = regs
        self.emit = emit
        self._pending: tuple[Step, tuple[Value, ...]] | None = None
        self._frames: list[Step] = []  # by depth - 1: the last step of each live activation
        self._regs = [[op_regs(program, ins) for ins in f.code] for fi, f in enumerate(program.functions)]

    def step(self, step: Step) -> None:
        self._complete(step)
        reads = self._values(step, self._regs[step.func][step.pc][0])
        self._pending = (step, reads)
        del self._frames[step.depth - 1 :]
        self._frames.append(step)

    def finish(self, completed: bool) -> None:
        """The run is over: emit the last op (`completed` False if the run stopped inside it)."""
        if self._pending is not None:
            if completed:
                self._complete(None)
            else:
                step, reads = self._pending
                self.emit(Record(step, reads, (), stopped=True))
            self._pending = None

    def _complete(self, following: Step | None) -> None:
        if self._pending is None:
            return
        step, reads = self._pending
        ins = self.program.functions[step.func].code[step.pc]
        writes = self._values(step, self._regs[step.func][step.pc][1])
        returned = None
        if following is not None and following.depth < step.depth and ins.op in RETURNS:
            returned = self._caller_destination(following)
        self.emit(Record(step, reads, writes, returned))

    def _caller_destination(self, caller_next: Step) -> tuple[int, Value] | None:
        """After a return: the caller's call op and the value it now holds in its destination register."""
        call = self._frames[caller_next.depth - 1]
        ins = self.program.functions[call.func].code[call.pc]
        if ins.op not in CALLS:
            return None
        bank = dest_bank(ins)
        return call.func, (bank, ins.a, self.regs.reg(bank, call.bases[bank] + ins.a))

    def _values(self, step: Step, regs: Sequence[Reg]) -> tuple[Value, ...]:
        return tuple((bank, k, self.regs.reg(bank, step.bases[bank] + k)) for bank, k in regs)


def format_reg(bank: Bank, bits: int, heap: HeapReader) -> str:
    """A register's value as the result printer writes it; long lists and maps are cut short."""
    if bank is Bank.I64:
        return str(cell.to_signed64(bits))
    if bank is Bank.F64:
        return repr(cell.bits_f64(bits))
    capped = _CappedHeap(heap)
    text = format_cell(bits, capped)
    return text + " (cut short)" if capped.cut else text


def format_values(values: Sequence[Value], heap: HeapReader) -> str:
    return " ".join(f"{bank.prefix}{k}={format_reg(bank, bits, heap)}" for bank, k, bits in values)


def format_record(program: Program, record: Record, heap: HeapReader) -> str:
    """`[depth] fib pc=1 SubI64K A=i1 B=i0 C=1 | i1=4 i0=5`: written registers first, then the others read."""
    step = record.step
    written = {(bank, k) for bank, k, _ in record.writes}
    shown = list(record.writes) + [v for v in record.reads if (v[0], v[1]) not in written]
    line = f"[{step.depth}] {op_label(program, step.func, step.pc)}"
    if shown:
        line += " | " + format_values(shown, heap)
    if record.returned is not None:
        caller, value = record.returned
        line += f" => {printable(program.functions[caller].name)} {format_values([value], heap)}"
    if record.stopped:
        line += " (stopped here)"
    return line


class TextTrace:
    """Writes each record as a line."""

    def __init__(self, program: Program, heap: HeapReader, out: TextIO) -> None:
        self.program, self.heap, self.out = program, heap, out

    def __call__(self, record: Record) -> None:
        self.out.write(format_record(self.program, record, self.heap) + "\n")


class _CappedHeap:
    """A HeapReader that shows at most _MAX_CELL_ITEMS elements of each list or map, so a trace line stays short."""

    def __init__(self, heap: HeapReader) -> None:
        self.heap = heap
        self.cut = False

    def string_bytes(self, offset: int) -> bytes:
        return self.heap.string_bytes(offset)

    def list_items(self, offset: int) -> Sequence[int]:
        return self._cap(self.heap.list_items(offset))

    def map_items(self, offset: int) -> Sequence[tuple[int, int]]:
        return self._cap(self.heap.map_items(offset))

    def _cap(self, items: Sequence[T]) -> Sequence[T]:
        if len(items) > _MAX_CELL_ITEMS:
            self.cut = True
            return items[:_MAX_CELL_ITEMS]
        return items
