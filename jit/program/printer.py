"""Canonical .vm3 text for a Program: parse_text(print_program(p)) == p.

Positional form wherever it can say everything about an op; keyword form (with the
`flags=` extension) for ops carrying bits positional form cannot express, so that
even odd bytecode from a binary round-trips. An f64 constant prints as Python's
repr, which reads back to the same bits (negative zero included); the canonical
NaN prints as `nan`, and any other NaN as `bits 0x...`, its exact pattern.
"""

from __future__ import annotations

from jit.errors import InputError
from jit.program.cell import CANONICAL_NAN, INT48_MAX, INT48_MIN, f64_bits, is_nan_bits
from jit.program.model import Const, Function, Instr, Program, s16
from jit.program.ops import OPS, Bank, Field, Kind, Op
from jit.program.text import F64_BITS, FLAGS_KEY, NAME_RE, SLOTS, slot_value

_INDENT = "    "
_MNEMONIC_WIDTH = 14
_QUOTE_ESCAPES = {"\n": "\\n", "\t": "\\t", "\\": "\\\\", '"': '\\"'}
_MIXED_FLAGS = frozenset(int(b) for b in Bank)  # CallMixed BankFlags its A prefix can say


def print_program(p: Program) -> str:
    """The whole program as text; InputError if it holds something text cannot express."""
    names = [f.name for f in p.functions]
    first: dict[str, int] = {}
    for i, name in enumerate(names):
        if not NAME_RE.match(name):
            raise InputError(f"function {i} has the name {name!r}, which text cannot express (letters, digits, _ . $)")
        if first.setdefault(name, i) != i:
            raise InputError(f"functions {first[name]} and {i} are both named {name!r}; text needs unique names")
    if not 0 <= p.entry < len(names):
        raise InputError(f"entry index {p.entry} is outside the {len(names)} functions")
    lines = [f"entry {names[p.entry]}"]
    for fn in p.functions:
        lines.append("")
        lines.extend(_function_lines(fn, names))
    return "\n".join(lines) + "\n"


def _function_lines(fn: Function, names: list[str]) -> list[str]:
    params = ", ".join(b.text for b in fn.params)
    lines = [f"func {fn.name}({params}) -> {fn.result.text}"]
    lines.append(f"{_INDENT}.regs " + " ".join(f"{b.text}={n}" for b, n in zip(Bank, fn.nregs, strict=True)))
    lines.extend(f"{_INDENT}.const {_const_text(fn, k, c)}" for k, c in enumerate(fn.consts))
    lines.extend(f"{_INDENT}.table {', '.join(map(str, t))}".rstrip() for t in fn.tables)
    targets = _label_targets(fn)
    for pc, ins in enumerate(fn.code):
        if pc in targets:
            lines.append(f"L{pc}:")
        lines.append(_op_line(fn, pc, ins, names))
    if len(fn.code) in targets:
        lines.append(f"L{len(fn.code)}:")
    lines.append("end")
    return lines


def _label_targets(fn: Function) -> set[int]:
    """pcs that get a label: targets of pc fields that lie inside the function (or just past its end)."""
    targets = set()
    for ins in fn.code:
        if 0 <= ins.op < len(OPS):
            for name, fld in OPS[ins.op].fields:
                value = slot_value(ins, name)
                if fld.kind is Kind.PC and value <= len(fn.code):
                    targets.add(value)
    return targets


def _op_line(fn: Function, pc: int, ins: Instr, names: list[str]) -> str:
    if not 0 <= ins.op < len(OPS):
        raise InputError(f"function {fn.name!r} pc {pc}: unknown opcode {ins.op} cannot be written as text")
    info = OPS[ins.op]
    used = dict(info.fields)
    is_mixed = info.code == Op.CallMixed
    raw_flags = ins.flags != 0 and not (is_mixed and ins.flags in _MIXED_FLAGS)
    unused_set = any(slot_value(ins, n) != 0 for n in SLOTS if n not in used)

    def text(name: str, fld: Field) -> str:
        return _field_text(ins, slot_value(ins, name), fld, len(fn.code), names, raw_flags)

    if raw_flags or unused_set:
        kept = [
            f"{n}={text(n, used[n]) if n in used else slot_value(ins, n)}"
            for n in SLOTS
            if n in used or slot_value(ins, n)
        ]
        if raw_flags:
            kept.append(f"{FLAGS_KEY}={ins.flags}")
        return f"{_INDENT}{info.name:<{_MNEMONIC_WIDTH}} {', '.join(kept)}"
    operands = [text(n, fld) for n, fld in info.fields]
    return f"{_INDENT}{info.name:<{_MNEMONIC_WIDTH}} {', '.join(operands)}".rstrip()


def _field_text(ins: Instr, value: int, fld: Field, ncode: int, names: list[str], raw_flags: bool) -> str:
    if fld.bank is not None:  # REG, or ARGS of a single bank
        return f"{fld.bank.prefix}{value}"
    if fld.kind is Kind.MIXED_DST:
        return str(value) if raw_flags else f"{Bank(ins.flags).prefix}{value}"
    if fld.kind is Kind.IMM:
        return str(s16(value))
    if fld.kind is Kind.PC:
        return f"L{value}" if value <= ncode else str(value)
    if fld.kind is Kind.FUNC:
        return names[value] if value < len(names) else str(value)
    if fld.kind is Kind.FMA:
        return f"0x{value:04x}"
    return str(value)


def _const_text(fn: Function, k: int, c: Const) -> str:
    if c.kind == "i64" and isinstance(c.value, int) and INT48_MIN <= c.value <= INT48_MAX:
        return f"i64 {c.value}"
    if c.kind == "f64" and isinstance(c.value, float | int):
        bits = f64_bits(float(c.value))
        if is_nan_bits(bits):
            return "f64 nan" if bits == CANONICAL_NAN else f"f64 {F64_BITS} 0x{bits:016x}"
        return f"f64 {float(c.value)!r}"
    if c.kind == "str" and isinstance(c.value, bytes):
        return f"str {quote_bytes(c.value)}"
    raise InputError(f"function {fn.name!r} constant {k} ({c.kind} {c.value!r}) cannot be written as text")


def quote_bytes(data: bytes) -> str:
    """A string literal the parser reads back as exactly `data` (UTF-8 shown as text, other bytes as \\xNN)."""
    out = ['"']
    for ch in data.decode("utf-8", "surrogateescape"):
        if ch in _QUOTE_ESCAPES:
            out.append(_QUOTE_ESCAPES[ch])
        elif "\udc80" <= ch <= "\udcff":  # a byte that is not part of valid UTF-8
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch.isprintable():
            out.append(ch)
        else:
            out.extend(f"\\x{b:02x}" for b in ch.encode())
    out.append('"')
    return "".join(out)
