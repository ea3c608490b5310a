"""What every backend does before the first op: the entry's register windows and the initial heap.

The interpreter and the machine-code backends share this, so string constants and
string arguments land at the same heap offsets (and so get the same handle bits)
everywhere, and a start-up failure is the same error everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jit.errors import ErrorKind, InputError, VMError
from jit.program import cell
from jit.program.model import Function, Program
from jit.program.ops import Bank
from jit.vm.heap import Fault, Heap
from jit.vm.limits import Limits

_H = 1 << 63  # i64 values lie in [-_H, _H)


@dataclass
class Startup:
    heap: Heap
    strings: list[dict[int, int]]
    """Per function, the Cell of each string constant (by constant index)."""
    windows: tuple[list[int], list[int], list[int]]
    """The entry activation's registers per bank (i64 signed, f64 bits, Cell bits), parameters filled in."""


def start(p: Program, args: Sequence[Any], limits: Limits) -> Startup:
    """Intern string constants, then allocate string arguments, then check the entry fits (docs/semantics.md).

    Failures are VMErrors at (entry function, pc 0); args that do not fit the parameters are InputError.
    """
    heap = Heap(limits.heap_size)
    entry = p.entry_function
    values = _entry_values(entry, args)
    try:
        strings = intern_strings(p, heap)
        cells = [v if isinstance(v, int) else heap.new_string(v) for v in values]  # string args after constants
        if limits.max_depth < 1:
            raise Fault(ErrorKind.STACK_OVERFLOW, f"max_depth {limits.max_depth} leaves no room for the entry")
        check_window(max(entry.nregs), limits.stack_regs)
    except Fault as f:
        raise VMError(f.kind, entry.name, 0, f.detail) from None
    windows: tuple[list[int], list[int], list[int]] = tuple([0] * n for n in entry.nregs)  # type: ignore[assignment]
    for k, (bank, v) in enumerate(zip(entry.params, cells, strict=True)):
        windows[bank][k] = v
    return Startup(heap, strings, windows)


def check_window(end: int, stack_regs: int) -> None:
    """STACK_OVERFLOW unless a register window ending at register `end` fits a bank stack of stack_regs."""
    if end > stack_regs:
        raise Fault(ErrorKind.STACK_OVERFLOW, f"register window ends at {end}, past stack_regs {stack_regs}")


def intern_strings(p: Program, heap: Heap) -> list[dict[int, int]]:
    """Cells of every string constant, allocated before the run in program order."""
    return [
        {k: heap.new_string(bytes(c.value)) for k, c in enumerate(f.consts) if c.kind == "str"}  # type: ignore[arg-type]
        for f in p.functions
    ]


def _entry_values(f: Function, args: Sequence[Any]) -> list[int | bytes]:
    """Register values of the entry's parameters in order; a string is left as bytes to allocate."""
    if len(args) != len(f.params):
        raise InputError(f"{f.name} takes {len(f.params)} argument(s), got {len(args)}")
    return [_entry_value(f.name, k, bank, arg) for k, (bank, arg) in enumerate(zip(f.params, args, strict=True))]


def _entry_value(fname: str, k: int, bank: Bank, arg: Any) -> int | bytes:
    where = f"argument {k} of {fname} ({bank.text})"
    if bank is Bank.I64:
        if isinstance(arg, bool) or not isinstance(arg, int) or not -_H <= arg < _H:
            raise InputError(f"{where}: expected an integer in the i64 range, got {arg!r}")
        return arg
    if bank is Bank.F64:
        if isinstance(arg, bool) or not isinstance(arg, int | float):
            raise InputError(f"{where}: expected a float, got {arg!r}")
        return cell.f64_bits(float(arg))
    kind, value = getattr(arg, "kind", None), getattr(arg, "value", None)
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return cell.from_int(value)
    if kind == "float" and isinstance(value, int | float) and not isinstance(value, bool):
        return cell.from_f64(float(value))
    if kind == "str" and isinstance(value, bytes):
        return value
    if kind == "str" and isinstance(value, str):
        try:
            return value.encode("utf-8", "surrogateescape")  # command-line text gives back its bytes
        except UnicodeEncodeError as e:
            raise InputError(f"{where}: string is not encodable as UTF-8: {e.reason}") from None
    raise InputError(f"{where}: expected a CellArg of kind int, float or str, got {arg!r}")
