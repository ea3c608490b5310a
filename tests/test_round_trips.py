"""Exact round trips between the two forms of a program: text -> binary -> text and binary -> text -> binary
give back the very same bytes, for every op and constant kind, NaN payloads and negative zero included."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from strategies import EDGE_F64_BITS, programs

from jit.errors import ParseError
from jit.program.binary import read_binary, write_binary
from jit.program.cell import bits_f64, f64_bits
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import OPS, Bank
from jit.program.printer import print_program
from jit.program.text import SLOTS, parse_text


def binary_text_binary(data: bytes) -> bytes:
    return write_binary(parse_text(print_program(read_binary(data, "p.vm3b")), "p.vm3"))


def text_binary_text(text: str) -> str:
    return print_program(read_binary(write_binary(parse_text(text, "p.vm3")), "p.vm3b"))


@settings(max_examples=300, deadline=None)
@given(programs())
def test_binary_text_binary_is_the_same_bytes(p: Program) -> None:
    data = write_binary(p)
    assert binary_text_binary(data) == data


@settings(max_examples=300, deadline=None)
@given(programs())
def test_text_binary_text_is_the_same_text(p: Program) -> None:
    text = print_program(p)
    assert text_binary_text(text) == text
    assert write_binary(parse_text(text)) == write_binary(p)


def every_kind() -> Program:
    """One function with every opcode (odd flags and unused fields too) and every kind of constant."""
    code = []
    for info in OPS:
        fields = dict.fromkeys(SLOTS, 0) | {name: 1 + k for k, (name, _) in enumerate(info.fields)}
        code.append(Instr(info.code, 0, fields["A"], fields["B"], fields["C"]))
        code.append(Instr(info.code, 0xA5, 0xFFFF, 0x8000, 7))  # raw bits: the keyword form carries them
    floats = [bits_f64(b) for b in EDGE_F64_BITS] + [0.0, 1.5, -(2.0**-1074), float("inf"), -float("inf")]
    consts = (
        *(Const("f64", x) for x in floats),
        Const("i64", -(1 << 47)),
        Const("i64", (1 << 47) - 1),
        Const("str", b'\x00\xff\n"\\ tab\t \xc3\xa9'),
    )
    return Program((Function("main", (Bank.I64, Bank.F64, Bank.CELL), Bank.F64, (3, 4, 5), tuple(code), consts),))


def test_every_op_and_constant_kind_round_trips_bit_for_bit() -> None:
    p = every_kind()
    data = write_binary(p)
    assert binary_text_binary(data) == data
    text = print_program(p)
    assert text_binary_text(text) == text
    assert ".const f64 bits 0xfff4000000000123\n" in text and ".const f64 -0.0\n" in text


@pytest.mark.parametrize(
    ("line", "bits"),
    [
        ("bits 0xFFF4000000000123", 0xFFF4000000000123),
        ("bits 0x7ff8000000000000", 0x7FF8000000000000),
        ("bits 0x8000000000000000", 0x8000000000000000),  # -0.0: any pattern, not only NaNs
        ("bits 0", 0),
        ("bits 18446744073709551615", (1 << 64) - 1),
        ("nan", 0x7FF8000000000000),  # the old spellings keep their meaning
        ("-nan", 0x7FF8000000000000),
        ("-0.0", 0x8000000000000000),
    ],
)
def test_f64_constants_by_their_bits(line: str, bits: int) -> None:
    (c,) = parse_text(f"func main() -> f64\n    .const f64 {line}\n    ReturnF64 f0\nend\n").functions[0].consts
    assert f64_bits(c.value) == bits  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "col", "message"),
    [
        ("bits", 20, "expected a 64-bit pattern, found end of line"),
        ("bits -1", 21, "expected a 64-bit pattern in 0..18446744073709551615, found -1"),
        ("bits 0x10000000000000000", 21, "expected a 64-bit pattern in 0..18446744073709551615"),
        ("bits 1.5", 21, "expected a 64-bit pattern, found '1.5'"),
        ("bits 0x1 2", 25, "expected end of line after the constant, found '2'"),
        ("bit 0x1", 16, "expected an f64 constant (decimal, hex float, inf, nan or bits N), found 'bit'"),
    ],
)
def test_bad_bits_constants(line: str, col: int, message: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_text(f"func main() -> f64\n    .const f64 {line}\n    ReturnF64 f0\nend\n", "p.vm3")
    assert (info.value.line, info.value.col) == (2, col)
    assert info.value.message.startswith(message), info.value.message
