"""How the debugging tools name an op: `fib pc=3 SubI64K A=i3 B=i0 C=2`.

Trace lines, breakpoint stops and disassembly headers all use this one text, so
a line of one can be searched for in the other.
"""

from __future__ import annotations

from jit.errors import printable
from jit.program.model import Function, Instr, Program, s16
from jit.program.ops import Field, Kind
from jit.program.printer import quote_bytes
from jit.program.regs import dest_bank

_MAX_CONST_TEXT = 24


def op_label(program: Program, func: int, pc: int) -> str:
    """`NAME pc=N Mnemonic A=.. B=.. C=..` for a verified program's op."""
    return f"{printable(program.functions[func].name)} pc={pc} {op_text(program, func, pc)}"


def op_text(program: Program, func: int, pc: int) -> str:
    """`Mnemonic A=.. B=.. C=..`: the op's fields as the registers, numbers and names they stand for."""
    f = program.functions[func]
    ins = f.code[pc]
    parts = [ins.info.name]
    parts.extend(f"{name}={_field(program, f, ins, name, fld)}" for name, fld in ins.info.fields)
    return " ".join(parts)


def _field(program: Program, f: Function, ins: Instr, name: str, fld: Field) -> str:
    value = {"A": ins.a, "B": ins.b, "C": ins.c}[name]
    if fld.bank is not None:  # a register, or the first argument of a single-bank call
        return f"{fld.bank.prefix}{value}"
    if fld.kind is Kind.MIXED_DST:
        return f"{dest_bank(ins).prefix}{value}"
    if fld.kind is Kind.IMM:
        return str(s16(value))
    if fld.kind is Kind.FUNC:
        return printable(program.functions[value].name)
    if fld.kind is Kind.FMA:
        return f"f{value & 0xFF},f{value >> 8}"
    if fld.kind is Kind.TABLE:
        return f"t{value}"
    if fld.kind is Kind.CONST:
        return f"k{value}:{_const_text(f, value)}"
    return str(value)  # PC, CAP, and CallMixed's first argument (one index for every bank)


def _const_text(f: Function, k: int) -> str:
    c = f.consts[k]
    if c.kind == "f64":
        return repr(float(c.value))  # type: ignore[arg-type]
    if c.kind == "i64":
        return str(c.value)
    data = bytes(c.value)  # type: ignore[arg-type]
    text = quote_bytes(data[:_MAX_CONST_TEXT])
    return text + "..." if len(data) > _MAX_CONST_TEXT else text
