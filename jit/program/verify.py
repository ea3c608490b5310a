"""The verifier: every property of a program that the interpreter and the machine code rely on.

A program that passes `verify` can be run by every backend without bounds checks on
registers, pcs, callees, constants or tables. Errors name the first broken rule:
program-level rules, then every function's signature (callers rely on callees'
signatures), then each function's constants, tables and code, in function and pc order.

`parse_entry_args` turns command-line strings into the entry function's arguments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jit.errors import InputError, VerifyError
from jit.program.cell import INT48_MAX, INT48_MIN
from jit.program.model import Function, Instr, Program
from jit.program.ops import CALL_BANK, OPS, RETURN_BANK, TAIL_CALLS, TERMINATORS, Bank, Field, Kind, Op

PROGRAM = "<program>"
"""The function name reported for program-level errors."""

MAX_REGS = 0xFFFF
INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1
CONST_KINDS = ("i64", "f64", "str")
_FIELDS = tuple(info.fields for info in OPS)
"""OpInfo.fields of each opcode, built once (the property builds a new tuple each time)."""


def _name(f: Function, index: int) -> str:
    return f.name if isinstance(f.name, str) and f.name else f"<function {index}>"


def _bank_list(banks: Sequence[Bank]) -> str:
    return ", ".join(b.text for b in banks)


def verify(p: Program) -> None:
    """Raise VerifyError for the first rule `p` breaks; return None if it is well formed."""
    if not p.functions:
        raise VerifyError(PROGRAM, None, "program has no functions")
    if not isinstance(p.entry, int) or not 0 <= p.entry < len(p.functions):
        raise VerifyError(PROGRAM, None, f"entry index {p.entry} out of range ({len(p.functions)} functions)")
    seen: set[str] = set()
    for i, f in enumerate(p.functions):
        _check_signature(f, i, seen)
    for i, f in enumerate(p.functions):
        _FunctionChecker(p, f, _name(f, i)).run()


def _check_signature(f: Function, index: int, seen: set[str]) -> None:
    """Name, parameter and result banks and register counts: what callers and frames rely on."""
    name = _name(f, index)
    if not isinstance(f.name, str) or not f.name:
        raise VerifyError(name, None, "function name is empty")
    if f.name in seen:
        raise VerifyError(name, None, f"duplicate function name {f.name!r}")
    seen.add(f.name)
    for k, bank in enumerate(f.params):
        if not isinstance(bank, Bank):
            raise VerifyError(name, None, f"parameter {k} has an invalid bank {bank!r}")
    if not isinstance(f.result, Bank):
        raise VerifyError(name, None, f"result has an invalid bank {f.result!r}")
    if len(f.nregs) != 3:
        raise VerifyError(name, None, f"register counts must give 3 banks, got {len(f.nregs)}")
    for bank in Bank:
        count, needed = f.nregs[bank], f.param_regs(bank)
        if not isinstance(count, int) or not 0 <= count <= MAX_REGS:
            raise VerifyError(name, None, f"{bank.text} register count {count!r} out of range (0..{MAX_REGS})")
        if count < needed:
            raise VerifyError(
                name,
                None,
                f"{bank.text} register count {count} is too small: its parameters need {needed} "
                "(parameter k is register k)",
            )


def _check_const(name: str, k: int, kind: str, value: object) -> None:
    if kind not in CONST_KINDS:
        raise VerifyError(name, None, f"const {k} has an unknown kind {kind!r}")
    if kind == "i64":
        if not isinstance(value, int) or isinstance(value, bool) or not INT48_MIN <= value <= INT48_MAX:
            raise VerifyError(name, None, f"i64 const {k} value {value!r} is not an int48")
    elif kind == "f64":
        if not isinstance(value, float):
            raise VerifyError(name, None, f"f64 const {k} value {value!r} is not a float")
    elif not isinstance(value, bytes):
        raise VerifyError(name, None, f"str const {k} value {value!r} is not bytes")


class _FunctionChecker:
    """Checks one function whose signature (and every other function's) is already valid."""

    def __init__(self, p: Program, f: Function, name: str) -> None:
        self.p, self.f, self.name = p, f, name
        self.pc = 0

    def fail(self, message: str) -> VerifyError:
        return VerifyError(self.name, self.pc, message)

    def run(self) -> None:
        f = self.f
        for k, c in enumerate(f.consts):
            _check_const(self.name, k, c.kind, c.value)
        for t, table in enumerate(f.tables):
            for j, v in enumerate(table):
                if not isinstance(v, int) or isinstance(v, bool) or not INT64_MIN <= v <= INT64_MAX:
                    raise VerifyError(self.name, None, f"table {t} entry {j} value {v!r} does not fit int64")
        if not f.code:
            raise VerifyError(self.name, None, "function has no code")
        last = len(f.code) - 1
        for self.pc, ins in enumerate(f.code):
            self.check_op(ins)
            if self.pc == last and ins.op not in TERMINATORS:
                raise self.fail("control falls off the end of the function")

    def reg(self, what: str, bank: Bank, index: int) -> None:
        count = self.f.nregs[bank]
        if index >= count:
            raise self.fail(
                f"{what}: register {bank.prefix}{index} out of range (function has {count} {bank.text} registers)"
            )

    def check_op(self, ins: Instr) -> None:
        if not isinstance(ins.op, int) or not 0 <= ins.op < len(OPS):
            raise self.fail(f"unknown opcode {ins.op!r}")
        info = OPS[ins.op]
        if info.code == Op.CallMixed:
            if ins.flags not in (0, 1, 2):
                raise self.fail(f"CallMixed BankFlags {ins.flags!r} must be 0 (i64), 1 (f64) or 2 (cell)")
        elif ins.flags != 0:
            raise self.fail(f"BankFlags {ins.flags!r} must be 0 for {info.name}")
        values = {"A": ins.a, "B": ins.b, "C": ins.c}
        for fname, field in (("A", info.a), ("B", info.b), ("C", info.c)):
            value = values[fname]
            if not isinstance(value, int) or not 0 <= value <= 0xFFFF:
                raise self.fail(f"{info.name} field {fname}={value!r} is not a u16")
            if field is None and value != 0:
                raise self.fail(f"{info.name} does not use field {fname}, which must be 0 (got {value})")
        for fname, field in _FIELDS[info.code]:
            self.check_field(info.name, fname, field, values[fname], ins.flags)
        if info.code in CALL_BANK or info.code in (Op.CallMixed, Op.TailCallMixed):
            self.check_call(ins)
        if info.code in RETURN_BANK and RETURN_BANK[info.code] != self.f.result:
            bank = RETURN_BANK[info.code]
            raise self.fail(f"{info.name} returns {bank.text} but the function's result is {self.f.result.text}")

    def check_field(self, op: str, fname: str, field: Field, value: int, flags: int) -> None:
        what = f"{op} field {fname}"
        f = self.f
        match field.kind:
            case Kind.REG:
                assert field.bank is not None
                self.reg(what, field.bank, value)
            case Kind.MIXED_DST:
                self.reg(what, Bank(flags), value)
            case Kind.PC:
                if field.local and value >= len(f.code):
                    raise self.fail(f"{what}: jump target {value} out of range (function has {len(f.code)} ops)")
            case Kind.FUNC:
                if value >= len(self.p.functions):
                    raise self.fail(f"{what}: function index {value} out of range ({len(self.p.functions)} functions)")
            case Kind.CONST:
                if value >= len(f.consts):
                    raise self.fail(f"{what}: const index {value} out of range (function has {len(f.consts)} consts)")
                if f.consts[value].kind != field.const_kind:
                    kind = f.consts[value].kind
                    raise self.fail(f"{what}: const {value} is {kind}, {op} needs a const of kind {field.const_kind}")
            case Kind.TABLE:
                if value >= len(f.tables):
                    raise self.fail(f"{what}: table index {value} out of range (function has {len(f.tables)} tables)")
            case Kind.FMA:
                self.reg(f"{what} (low byte)", Bank.F64, value & 0xFF)
                self.reg(f"{what} (high byte)", Bank.F64, value >> 8)
            case Kind.IMM | Kind.CAP | Kind.ARGS:
                pass  # any u16 is a valid int16 or capacity; call arguments are checked with the callee

    def check_call(self, ins: Instr) -> None:
        """Argument registers and banks against the callee, result conversion, tail-call result bank."""
        op = Op(ins.op)
        callee = self.p.functions[ins.c]
        if op in CALL_BANK:
            bank = CALL_BANK[op]
            for k, pb in enumerate(callee.params):
                if pb != bank:
                    raise self.fail(
                        f"{op.name} passes only {bank.text} arguments but callee {callee.name} "
                        f"has params ({_bank_list(callee.params)}): param {k} is {pb.text}"
                    )
            if callee.params:
                self.reg(f"{op.name} argument {len(callee.params) - 1}", bank, ins.b + len(callee.params) - 1)
            dst = bank
        else:
            for k, pb in enumerate(callee.params):
                self.reg(f"{op.name} argument {k} ({pb.text})", pb, ins.b + k)
            dst = Bank(ins.flags)
        if op in TAIL_CALLS:
            if callee.result != self.f.result:
                raise self.fail(
                    f"tail call of {callee.name} returning {callee.result.text} "
                    f"from a function returning {self.f.result.text}"
                )
        elif callee.result == Bank.CELL and dst != Bank.CELL:
            raise self.fail(f"{op.name} cannot convert the cell result of {callee.name} to {dst.text}")


@dataclass(frozen=True)
class CellArg:
    """An entry argument for a cell parameter: kind "int" (int48), "float" or "str" (value is bytes)."""

    kind: str
    value: int | float | bytes


EntryArg = int | float | CellArg


def _parse_int(text: str) -> int | None:
    """Python int syntax (sign, 0x/0o/0b, underscores), and decimal with leading zeros; None if not an int."""
    for base in (0, 10):
        try:
            return int(text, base)
        except ValueError:
            continue
    return None


def _parse_float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _parse_arg(where: str, bank: Bank, text: str) -> EntryArg:
    if bank == Bank.I64:
        value = _parse_int(text)
        if value is None:
            raise InputError(f"{where}: {text!r} is not an integer")
        if not INT64_MIN <= value <= INT64_MAX:
            raise InputError(f"{where}: {text!r} does not fit in i64")
        return value
    if bank == Bank.F64:
        x = _parse_float(text)
        if x is None:
            raise InputError(f"{where}: {text!r} is not a float")
        return x
    value = _parse_int(text)
    if value is not None:
        if not INT48_MIN <= value <= INT48_MAX:
            raise InputError(f"{where}: {text!r} does not fit in an int48 cell")
        return CellArg("int", value)
    x = _parse_float(text)
    if x is not None:
        return CellArg("float", x)
    return CellArg("str", text.encode("utf-8", "surrogateescape"))


def parse_entry_args(p: Program, args: Sequence[str]) -> tuple[EntryArg, ...]:
    """The entry function's arguments from command-line strings, by its parameter banks.

    `p` must have passed `verify`. i64 -> int, f64 -> float, cell -> CellArg.
    """
    f = p.entry_function
    if len(args) != len(f.params):
        n = len(f.params)
        expected = "no arguments" if n == 0 else f"{n} argument{'s' if n > 1 else ''} ({_bank_list(f.params)})"
        raise InputError(f"{f.name} expects {expected}, got {len(args)}")
    return tuple(
        _parse_arg(f"{f.name} argument {k} ({bank.text})", bank, text)
        for k, (bank, text) in enumerate(zip(f.params, args, strict=True))
    )
