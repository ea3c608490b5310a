"""The VM3B container: its exact layout, round trips, and a precise FormatError for each malformation."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from strategies import programs

from jit.errors import FormatError, InputError
from jit.program.binary import read_binary, write_binary
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import Bank, Op
from jit.program.printer import print_program
from jit.program.text import parse_text

SAMPLE = Program(
    functions=(
        Function(
            name="main",
            params=(Bank.I64, Bank.CELL),
            result=Bank.F64,
            nregs=(2, 3, 4),
            code=(Instr(Op.AddI64K, 0, 1, 0, 0xFFFF), Instr(Op.ReturnF64, 0, 0)),
            consts=(Const("i64", -2), Const("f64", 1.5), Const("str", b"hi")),
            tables=((7, -1),),
        ),
    ),
    entry=0,
)

# The same program, written out by hand from docs/binary-format.md.
SAMPLE_BYTES = b"".join(
    [
        b"VM3B",
        struct.pack("<HII", 1, 1, 0),  # version, function count, entry
        struct.pack("<I", 4) + b"main",
        struct.pack("<I", 2) + bytes([0, 2]) + bytes([1]),  # params (i64, cell) -> f64
        struct.pack("<III", 2, 3, 4),
        struct.pack("<I", 3),
        b"\x00" + struct.pack("<q", -2),
        b"\x01" + struct.pack("<d", 1.5),
        b"\x02" + struct.pack("<I", 2) + b"hi",
        struct.pack("<I", 1) + struct.pack("<I", 2) + struct.pack("<qq", 7, -1),
        struct.pack("<I", 2),
        bytes([Op.AddI64K, 0, 1, 0, 0, 0, 0xFF, 0xFF]),
        bytes([Op.ReturnF64, 0, 0, 0, 0, 0, 0, 0]),
    ]
)

# Byte offsets of fields in SAMPLE_BYTES, used to corrupt them one at a time.
VERSION_AT, COUNT_AT, ENTRY_AT, NAME_LEN_AT, NAME_AT = 4, 6, 10, 14, 18
PARAMS_AT = 22
PARAM0_AT, RESULT_AT = 26, 28
CONST_COUNT_AT = 41
CONST0_AT = 45
TABLE_COUNT_AT = CONST0_AT + 9 + 9 + 7
CODE_COUNT_AT = TABLE_COUNT_AT + 4 + 4 + 16


def patched(at: int, new: bytes) -> bytes:
    return SAMPLE_BYTES[:at] + new + SAMPLE_BYTES[at + len(new) :]


def test_layout_matches_the_documentation() -> None:
    assert write_binary(SAMPLE) == SAMPLE_BYTES
    assert read_binary(SAMPLE_BYTES, "s.vm3b") == SAMPLE
    assert SAMPLE_BYTES[CODE_COUNT_AT : CODE_COUNT_AT + 4] == struct.pack("<I", 2)


def test_unknown_opcodes_and_odd_bits_load_unverified() -> None:
    odd = Program(functions=(Function("", (), Bank.CELL, (0, 0, 0), (Instr(250, 9, 1, 2, 3),)),), entry=0)
    assert read_binary(write_binary(odd), "odd") == odd


def test_nan_payloads_survive() -> None:
    payload = struct.unpack("<d", bytes.fromhex("0100000000f0ff7f"))[0]
    p = Program(functions=(Function("f", (), Bank.I64, (0, 0, 0), (), (Const("f64", payload),)),), entry=0)
    (c,) = read_binary(write_binary(p), "nan").functions[0].consts
    assert struct.pack("<d", c.value) == bytes.fromhex("0100000000f0ff7f")  # type: ignore[arg-type]


MALFORMED = [
    (b"VM3", 0, "truncated: the magic needs 4 bytes, 3 left"),
    (b"VM3X" + SAMPLE_BYTES[4:], 0, "bad magic b'VM3X'"),
    (patched(VERSION_AT, struct.pack("<H", 2)), VERSION_AT, "unsupported format version 2"),
    (patched(COUNT_AT, struct.pack("<I", 9)), COUNT_AT, "function count 9 is absurd"),
    (patched(ENTRY_AT, struct.pack("<I", 1)), ENTRY_AT, "entry index 1 is outside the 1 functions"),
    (patched(NAME_LEN_AT, struct.pack("<I", 10**6)), NAME_LEN_AT, "function 0 name length 1000000 is absurd"),
    (patched(NAME_AT, b"\xff"), NAME_AT, "function 0 name is not valid UTF-8"),
    (patched(NAME_AT + 1, b"\x80"), NAME_AT + 1, "function 0 name is not valid UTF-8"),
    (patched(PARAMS_AT, struct.pack("<I", 10**6)), PARAMS_AT, "parameter count 1000000 is absurd"),
    (patched(PARAM0_AT + 1, b"\x03"), PARAM0_AT + 1, "bad bank byte 3 for function 0 ('main') parameter"),
    (patched(RESULT_AT, b"\xff"), RESULT_AT, "bad bank byte 255 for function 0 ('main') result"),
    (patched(CONST_COUNT_AT, struct.pack("<I", 0xFFFFFFFF)), CONST_COUNT_AT, "constant count 4294967295 is absurd"),
    (patched(CONST0_AT, b"\x03"), CONST0_AT, "bad constant kind byte 3 for function 0 ('main') constant 0"),
    (patched(CONST0_AT + 18, b"\x02\xff\xff\xff\x00"), CONST0_AT + 19, "constant 2 length 16777215 is absurd"),
    (patched(TABLE_COUNT_AT, struct.pack("<I", 50)), TABLE_COUNT_AT, "table count 50 is absurd"),
    (patched(TABLE_COUNT_AT + 4, struct.pack("<I", 5)), TABLE_COUNT_AT + 4, "table length 5 is absurd"),
    (patched(CODE_COUNT_AT, struct.pack("<I", 3)), CODE_COUNT_AT, "op count 3 is absurd"),
    (SAMPLE_BYTES + b"\x00", len(SAMPLE_BYTES), "1 trailing bytes after the last function"),
]


@pytest.mark.parametrize(("data", "offset", "message"), MALFORMED)
def test_malformed(data: bytes, offset: int, message: str) -> None:
    with pytest.raises(FormatError) as e:
        read_binary(data, "bad.vm3b")
    assert str(e.value).startswith(f"bad.vm3b: byte {offset}: "), e.value
    assert message in str(e.value)


@pytest.mark.parametrize("size", range(len(SAMPLE_BYTES)))
def test_every_truncation_is_reported(size: int) -> None:
    with pytest.raises(
        FormatError, match=r"^t\.vm3b: byte \d+: (truncated: .* needs \d+ bytes, \d+ left|.* is absurd)"
    ):
        read_binary(SAMPLE_BYTES[:size], "t.vm3b")


@pytest.mark.parametrize(
    ("p", "message"),
    [
        (Program(functions=SAMPLE.functions, entry=3), "entry index 3 is outside the 1 functions"),
        (Program(functions=(Function("\udcff", (), Bank.I64, (0, 0, 0), ()),)), "not encodable as UTF-8"),
        (
            Program(functions=(Function("f", (), Bank.I64, (0, 0, 0), (), (Const("i64", 1 << 63),)),)),
            "does not fit int64",
        ),
        (Program(functions=(Function("f", (), Bank.I64, (0, 0, 0), (), (), ((-(1 << 64),),)),)), "does not fit int64"),
        (Program(functions=(Function("f", (), Bank.I64, (1 << 32, 0, 0), ()),)), "does not fit the container's u32"),
        (Program(functions=(Function("f", (), Bank.I64, (0, 0, 0), (Instr(256),)),)), "do not fit a byte"),
        (Program(functions=(Function("f", (), Bank.I64, (0, 0, 0), (), (Const("u8", 1),)),)), "has no binary form"),
    ],
)
def test_write_refuses_what_no_container_holds(p: Program, message: str) -> None:
    with pytest.raises(InputError, match=message):
        write_binary(p)


@settings(max_examples=200, deadline=None)
@given(programs(text=False))
def test_binary_round_trip(p: Program) -> None:
    data = write_binary(p)
    assert read_binary(data, "p.vm3b") == p
    assert write_binary(read_binary(data, "p.vm3b")) == data


@settings(max_examples=100, deadline=None)
@given(programs())
def test_text_binary_text(p: Program) -> None:
    text = print_program(p)
    assert print_program(read_binary(write_binary(parse_text(text)), "p.vm3b")) == text
