"""The .vm3 parser and printer: each rule of the format, each error (with its position), round trips."""

from __future__ import annotations

import math
import struct

import pytest
from hypothesis import given, settings
from strategies import programs

from jit.errors import InputError, ParseError
from jit.program.cell import CANONICAL_NAN, f64_bits
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import Bank, Op
from jit.program.printer import print_program
from jit.program.text import parse_text

FIB = """\
; fib.vm3 -- comments run from ';' or '#' to the end of the line
entry main                       ; optional: default is `main`, else the first function

func fib(i64) -> i64             ; parameter banks, result bank
    CmpLtI64KBr  0, 2, base      ; A=0, B=2 (int16 immediate), C=label
    SubI64K      1, 0, 1
    CallI64      2, 1, fib       ; C may name a function
    SubI64K      3, 0, 2
    CallI64      4, 3, fib
    AddI64       2, 2, 4
    ReturnI64    2
base:
    ReturnI64    0
end

func main(i64) -> i64
    .regs i64=2                  ; optional; default is 1 + the highest index used per bank
    CallI64      1, 0, fib
    ReturnI64    1
end
"""

FIB_CANONICAL = """\
entry main

func fib(i64) -> i64
    .regs i64=5 f64=0 cell=0
    CmpLtI64KBr    i0, 2, L7
    SubI64K        i1, i0, 1
    CallI64        i2, i1, fib
    SubI64K        i3, i0, 2
    CallI64        i4, i3, fib
    AddI64         i2, i2, i4
    ReturnI64      i2
L7:
    ReturnI64      i0
end

func main(i64) -> i64
    .regs i64=2 f64=0 cell=0
    CallI64        i1, i0, fib
    ReturnI64      i1
end
"""


def one_func(body: str, header: str = "func main() -> i64") -> Function:
    """Parse a single function made of `body` lines."""
    return parse_text(f"{header}\n{body}\nend\n").functions[0]


def ops(body: str, header: str = "func main() -> i64") -> list[Instr]:
    return list(one_func(body, header).code)


# --- the format's rules ------------------------------------------------------------------


def test_spec_example() -> None:
    p = parse_text(FIB, "fib.vm3")
    fib, main = p.functions
    assert p.entry == 1
    assert (fib.name, fib.params, fib.result, fib.nregs) == ("fib", (Bank.I64,), Bank.I64, (5, 0, 0))
    assert fib.code[0] == Instr(Op.CmpLtI64KBr, 0, 0, 2, 7)
    assert fib.code[2] == Instr(Op.CallI64, 0, 2, 1, 0)
    assert main.nregs == (2, 0, 0)
    assert main.code == (Instr(Op.CallI64, 0, 1, 0, 0), Instr(Op.ReturnI64, 0, 1))


def test_printer_canonical_form() -> None:
    assert print_program(parse_text(FIB)) == FIB_CANONICAL
    assert parse_text(FIB_CANONICAL) == parse_text(FIB)


def test_comments_and_blank_lines() -> None:
    src = "# hash comment\n\n  ; semicolon\nfunc main() -> i64 # trailing\n  ReturnConstK 7;x\n\nend ; done\n"
    assert parse_text(src).functions[0].code == (Instr(Op.ReturnConstK, 0, 0, 0, 7),)


def test_crlf_line_endings() -> None:
    assert parse_text("func main() -> i64\r\n  ReturnConstK 1\r\nend\r\n").functions[0].code[0].c == 1


@pytest.mark.parametrize(
    ("src", "entry"),
    [
        ("func a() -> i64\nend\nfunc main() -> i64\nend\n", 1),
        ("func a() -> i64\nend\nfunc b() -> i64\nend\n", 0),
        ("entry b\nfunc a() -> i64\nend\nfunc b() -> i64\nend\n", 1),
        ("func a() -> i64\nend\nfunc main() -> i64\nend\nentry a\n", 0),
    ],
)
def test_entry(src: str, entry: int) -> None:
    assert parse_text(src).entry == entry


def test_header_banks() -> None:
    fn = one_func("", "func f(i64, f64, cell, i64) -> cell")
    assert fn.params == (Bank.I64, Bank.F64, Bank.CELL, Bank.I64)
    assert fn.result == Bank.CELL
    assert fn.nregs == (4, 2, 3)  # parameter k is register k of its bank: i3, f1, c2
    assert one_func("", "func f( ) ->f64").params == ()


def test_default_register_counts() -> None:
    assert one_func("ReturnConstK 0").nregs == (0, 0, 0)
    assert one_func("AddF64 f1, f2, f0\nReturnI64 i4").nregs == (5, 3, 0)
    assert one_func("FmaF64 f0, f1, 0x0903\nNewList c2, 0").nregs == (0, 10, 3)
    assert one_func(".regs f64=1\nMovI64 i3, i0\nMovF64 f9, f0").nregs == (4, 1, 0)


def test_default_register_counts_cover_call_arguments() -> None:
    src = """
func main() -> i64
    CallI64 i1, i4, three
    CallMixed c0, 2, mixed
    ReturnI64 i1
end
func three(i64, i64, i64) -> i64
    ReturnI64 i0
end
func mixed(f64, i64, cell, cell) -> i64
    ReturnI64 i1
end
"""
    main = parse_text(src).functions[0]
    assert main.nregs == (7, 3, 6)  # i4..i6 args; mixed: f2, i3, c4, c5; destination c0


def test_regs_directive() -> None:
    assert one_func(".regs cell=3 i64=0x10\n.regs f64=2\nReturnI64 i40").nregs == (16, 2, 3)


def test_consts() -> None:
    fn = one_func(
        "\n".join(
            [
                ".const i64 -140737488355328",
                ".const i64 0x7fffffffffff",
                ".const f64 1.5e-3",
                ".const f64 0x1.8p+1",
                ".const f64 -inf",
                ".const f64 inf",
                ".const f64 -0.0",
                ".const f64 7",
                '.const str "a;b#c\\n\\t\\\\\\"\\x00\\xffé"',
                '.const str ""',
            ]
        )
    )
    assert fn.consts == (
        Const("i64", -(1 << 47)),
        Const("i64", (1 << 47) - 1),
        Const("f64", 1.5e-3),
        Const("f64", 3.0),
        Const("f64", -math.inf),
        Const("f64", math.inf),
        Const("f64", -0.0),
        Const("f64", 7.0),
        Const("str", b'a;b#c\n\t\\"\x00\xff\xc3\xa9'),
        Const("str", b""),
    )
    assert fn.consts[6] != Const("f64", 0.0)


@pytest.mark.parametrize("text", ["nan", "-nan", "+nan"])
def test_nan_constants_are_canonical(text: str) -> None:
    (c,) = one_func(f".const f64 {text}").consts
    assert f64_bits(c.value) == CANONICAL_NAN  # type: ignore[arg-type]


def test_tables() -> None:
    fn = one_func(".table 1, -2, 0x10\n.table\n.table -9223372036854775808, 9223372036854775807")
    assert fn.tables == ((1, -2, 16), (), (-(1 << 63), (1 << 63) - 1))


def test_labels() -> None:
    code = ops("top:\nJump L_end\nagain:\nalso.again:\nCmpEqI64Br i0, i0, top\nJump again\nJump also.again\nL_end:")
    assert [i.c for i in code] == [4, 0, 1, 1]


def test_label_before_directives() -> None:
    assert ops("start:\n.const i64 1\nJump start")[0].c == 0


def test_field_forms() -> None:
    code = ops(
        "\n".join(
            [
                "AddI64K i1, 0x2, -32768",
                "AddI64K 1, 2, 32767",
                "ConstStrKW c3, 0xffff",
                "FmaF64 f0, f1, 0x0302",
                "CallMixed f2, 3, 0",
                "CallMixed c2, 3, main",
                "TailCallMixed 4, 0",
                "CallF64 f1, f2, 0",
                "TailCallI64 i3, main",
                "Jump 65535",
            ]
        )
    )
    assert code == [
        Instr(Op.AddI64K, 0, 1, 2, 0x8000),
        Instr(Op.AddI64K, 0, 1, 2, 0x7FFF),
        Instr(Op.ConstStrKW, 0, 3, 0, 0xFFFF),
        Instr(Op.FmaF64, 0, 0, 1, 0x0302),
        Instr(Op.CallMixed, 1, 2, 3, 0),
        Instr(Op.CallMixed, 2, 2, 3, 0),
        Instr(Op.TailCallMixed, 0, 0, 4, 0),
        Instr(Op.CallF64, 0, 1, 2, 0),
        Instr(Op.TailCallI64, 0, 0, 3, 0),
        Instr(Op.Jump, 0, 0, 0, 65535),
    ]


def test_keyword_form() -> None:
    code = ops(
        "AddI64 C=i3, A=1\nNop A=5, B=0x10, C=7\nReturnI64 flags=3\nCallMixed A=c1, C=main\nCallMixed A=4, flags=9"
    )
    assert code == [
        Instr(Op.AddI64, 0, 1, 0, 3),
        Instr(Op.Nop, 0, 5, 16, 7),
        Instr(Op.ReturnI64, 3, 0, 0, 0),
        Instr(Op.CallMixed, 2, 1, 0, 0),
        Instr(Op.CallMixed, 9, 4, 0, 0),
    ]


def test_function_forward_reference() -> None:
    p = parse_text("func main() -> i64\n CallI64 i0, i0, later\nend\nfunc later() -> i64\nend\n")
    assert p.functions[0].code[0].c == 1


# --- errors: (source, line, column, part of the message) ---------------------------------

F = "func main() -> i64\n"

ERRORS = [
    (F + "  Addi64 1, 2, 3\nend", 2, 3, "did you mean AddI64"),
    (F + "  Frobnicate\nend", 2, 3, "unknown 'Frobnicate'"),
    (F + "  AddI64 1, 2\nend", 2, 14, "takes 3 operand(s) (A, B, C), found 2"),
    (F + "  ReturnI64 1, 2\nend", 2, 16, "takes 1 operand(s)"),
    (F + "  Nop 1\nend", 2, 7, "takes 0 operand(s) (none)"),
    (F + "  Jump nowhere\nend", 2, 8, "undefined label 'nowhere' in function 'main'"),
    (F + "x:\nx:\nend", 3, 1, "duplicate label 'x' (first defined at line 2)"),
    (F + "end\nfunc main() -> f64\nend", 3, 6, "duplicate function 'main' (first defined at line 1)"),
    (F + "  CallI64 i0, i0, ghost\nend", 2, 19, "undefined function 'ghost'"),
    ("entry ghost\n" + F + "end", 1, 7, "unknown function 'ghost' named by `entry`"),
    (
        F + "  AddI64 i1, f2, i3\nend",
        2,
        14,
        "expected an i64 register (iN or N) for AddI64 B, found 'f2', an f64 register",
    ),
    (F + "  CallMixed 2, 0, main\nend", 2, 13, "bank prefix (iN, fN or cN) for CallMixed A, found '2'"),
    (F + "  CallMixed i2, i0, main\nend", 2, 17, "first argument register as a bare number"),
    (F + '  .const str "a\\qb"\nend', 2, 16, "bad escape '\\q'"),
    (F + '  .const str "a\\x4"\nend', 2, 16, "\\x needs two hex digits"),
    (F + '  .const str "abc\nend', 2, 14, "unterminated string"),
    (F + '  .const str "abc\\\nend', 2, 14, "unterminated string"),
    ("  AddI64 1, 2, 3\n", 1, 3, "op 'AddI64' outside a function"),
    (".regs i64=1\n", 1, 1, "directive '.regs' outside a function"),
    ("top:\n", 1, 1, "label 'top' outside a function"),
    (F + "  Nop\n  .const i64 1\nend", 3, 3, "directive .const after the first op"),
    (F + "  Nop\n", 3, 1, "missing `end` for function 'main' (opened at line 1)"),
    (F + "end\nfunc b() -> i64\n  Nop", 4, 6, "missing `end` for function 'b' (opened at line 3)"),
    (F + "func b() -> i64\nend", 2, 1, "expected `end` to close 'main'"),
    ("end\n", 1, 1, "`end` without an open `func`"),
    (F + "end junk", 2, 5, "expected end of line after `end`, found 'junk'"),
    ("func main() -> i64 extra\nend", 1, 20, "after the function header, found 'extra'"),
    ("func main(i64 f64) -> i64\nend", 1, 15, "expected ',' between parameter banks, found 'f64'"),
    ("func main(int) -> i64\nend", 1, 11, "expected a parameter bank (i64, f64 or cell), found 'int'"),
    ("func main() i64\nend", 1, 13, "expected '->' after the parameter list"),
    ("func 9lives() -> i64\nend", 1, 6, "expected a function name"),
    (F + "  ReturnI64 1 2\nend", 2, 15, "expected ',' between operands, found '2'"),
    (F + "  AddI64 1, 2, 3,\nend", 2, 18, "expected an operand after ',', found end of line"),
    (
        F + "  AddI64K 1, 2, 40000\nend",
        2,
        17,
        "expected an int16 immediate for AddI64K C in -32768..32767, found 40000",
    ),
    (F + "  MovI64 i70000, 0\nend", 2, 10, "in 0..65535"),
    (F + "  MovI64 -1, 0\nend", 2, 10, "in 0..65535, found -1"),
    (F + "  NewList c0, 0x10000\nend", 2, 15, "expected a capacity (u16) for NewList C in 0..65535"),
    (F + "  .const i64 140737488355328\nend", 2, 14, "expected an int48 constant in"),
    (F + "  .const f64 1e999\nend", 2, 14, "out of range"),
    (F + "  .const f64 1.2.3\nend", 2, 14, "expected an f64 constant"),
    (F + "  .const u8 1\nend", 2, 10, "expected a constant kind (i64, f64 or str), found 'u8'"),
    (F + "  .const str 5\nend", 2, 14, "expected a quoted string"),
    (F + "  .const i64 1 2\nend", 2, 16, "expected end of line after the constant, found '2'"),
    (F + "  .table 1 2\nend", 2, 12, "expected ',' between table values"),
    (F + "  .table 1,\nend", 2, 12, "expected an int64 table value after ','"),
    (F + "  .table 0x10000000000000000\nend", 2, 10, "expected an int64 table value in"),
    (F + "  .bogus\nend", 2, 3, "unknown directive '.bogus'"),
    (F + "  .regs i64=1 i64=2\nend", 2, 15, "register count of bank i64 given twice"),
    (F + "  .regs int=1\nend", 2, 9, "expected a bank name (i64, f64 or cell) in .regs, found 'int'"),
    (F + "  .regs i64:1\nend", 2, 12, "expected '=' after i64 in .regs, found ':'"),
    (F + "  .regs i64=-1\nend", 2, 13, "expected a register count for i64 in 0..4294967295, found -1"),
    ("; nothing here\n", 2, 1, "no functions"),
    ("", 1, 1, "no functions"),
    ("entry a\nentry a\n", 2, 1, "duplicate `entry` (first given at line 1)"),
    (F + "  entry main\nend", 2, 3, "`entry` inside function 'main'"),
    (F + "  AddI64 1, B=2, 3\nend", 2, 15, "cannot mix positional operands and keyword operands"),
    (F + "  AddI64 A=1, 2\nend", 2, 15, "cannot mix positional operands and keyword operands"),
    (F + "  AddI64 D=1\nend", 2, 10, "expected a field name (A, B, C or flags), found 'D'"),
    (F + "  AddI64 A=1, A=2\nend", 2, 15, "field A given twice"),
    (F + "  Nop A=i1\nend", 2, 9, "expected a plain integer (field A is unused by Nop)"),
    (F + "  Nop A=\nend", 2, 9, "expected a value after 'A=', found end of line"),
    (F + "  Nop flags=256\nend", 2, 13, "expected a BankFlags byte in 0..255"),
    (F + "  CallMixed A=i1, flags=1\nend", 2, 15, "bare register number for CallMixed A (flags= sets BankFlags)"),
    (F + "x: Nop\nend", 2, 4, "expected end of line after label 'x' (a label goes on its own line), found 'Nop'"),
    (F + "  AddI64 1, 2, @3\nend", 2, 16, "unexpected character '@'"),
    (F + "  , Nop\nend", 2, 3, "expected a mnemonic, directive, label, `func`, `end` or `entry`, found ','"),
    (F + "  Jump 70000\nend", 2, 8, "expected a label or pc number for Jump C in 0..65535"),
    (F + "  CallI64 0, 0, -1\nend", 2, 17, "expected a function name or index for CallI64 C in 0..65535, found -1"),
]


@pytest.mark.parametrize(("src", "line", "col", "message"), ERRORS)
def test_parse_errors(src: str, line: int, col: int, message: str) -> None:
    with pytest.raises(ParseError) as e:
        parse_text(src, "bad.vm3")
    assert (e.value.file, e.value.line, e.value.col) == ("bad.vm3", line, col), e.value
    assert message in e.value.message
    assert str(e.value).startswith(f"bad.vm3:{line}:{col}: ")


def test_surrogate_in_string_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="cannot be encoded as UTF-8"):
        parse_text(F + '.const str "\udcff"\nend')


# --- the printer -------------------------------------------------------------------------


def program(*code: Instr, consts: tuple[Const, ...] = (), name: str = "main") -> Program:
    return Program(functions=(Function(name, (), Bank.I64, (1, 1, 1), code, consts),), entry=0)


def printed_ops(p: Program) -> list[str]:
    lines = print_program(p).splitlines()
    return [line.strip() for line in lines[lines.index("    .regs i64=1 f64=1 cell=1") + 1 : -1]]


def test_printer_fields_and_labels() -> None:
    p = program(
        Instr(Op.CmpEqI64KBr, 0, 1, 0xFFFF, 3),
        Instr(Op.CallMixed, 2, 4, 1, 0),
        Instr(Op.FmaF64, 0, 0, 1, 0x0302),
        Instr(Op.Jump, 0, 0, 0, 9),
        Instr(Op.CallI64, 0, 0, 0, 5),
    )
    assert printed_ops(p) == [
        "CmpEqI64KBr    i1, -1, L3",
        "CallMixed      c4, 1, main",
        "FmaF64         f0, f1, 0x0302",
        "L3:",
        "Jump           9",
        "CallI64        i0, i0, 5",
    ]


def test_printer_labels_the_end_of_a_function() -> None:
    p = program(Instr(Op.Jump, 0, 0, 0, 1))
    assert printed_ops(p) == ["Jump           L1", "L1:"]
    assert parse_text(print_program(p)) == p


def test_printer_keyword_form_for_odd_bits() -> None:
    p = program(
        Instr(Op.Nop, 0, 1, 0, 2),
        Instr(Op.AddI64, 7, 1, 2, 3),
        Instr(Op.ReturnConstK, 0, 0, 4, 0xFFFE),
        Instr(Op.CallMixed, 3, 1, 2, 0),
    )
    assert printed_ops(p) == [
        "Nop            A=1, C=2",
        "AddI64         A=i1, B=i2, C=i3, flags=7",
        "ReturnConstK   B=4, C=-2",
        "CallMixed      A=1, B=2, C=main, flags=3",
    ]
    assert parse_text(print_program(p)) == p


def test_printer_strings_and_floats() -> None:
    consts = (
        Const("str", 'tab\there "q" \\ é\n'.encode() + b"\xff\x00\xe2\x80\xa8"),
        Const("f64", -0.0),
        Const("f64", struct.unpack("<d", bytes.fromhex("0100000000000000"))[0]),
        Const("f64", math.inf),
        Const("f64", math.nan),
    )
    lines = print_program(program(consts=consts)).splitlines()
    assert lines[4:9] == [
        '    .const str "tab\\there \\"q\\" \\\\ é\\n\\xff\\x00\\xe2\\x80\\xa8"',
        "    .const f64 -0.0",
        "    .const f64 5e-324",
        "    .const f64 inf",
        "    .const f64 nan",
    ]
    assert parse_text("\n".join(lines)).functions[0].consts == consts  # math.nan is the canonical NaN


@pytest.mark.parametrize(
    ("p", "message"),
    [
        (program(Instr(200)), "unknown opcode 200 cannot be written as text"),
        (program(name="has space"), "which text cannot express"),
        (program(name=""), "which text cannot express"),
        (program(consts=(Const("i64", 1 << 50),)), "cannot be written as text"),
        (Program(functions=program().functions * 2, entry=0), "are both named 'main'"),
        (Program(functions=program().functions, entry=1), "entry index 1 is outside"),
    ],
)
def test_printer_refuses_what_text_cannot_express(p: Program, message: str) -> None:
    with pytest.raises(InputError, match=message):
        print_program(p)


@settings(max_examples=200, deadline=None)
@given(programs())
def test_text_round_trip(p: Program) -> None:
    text = print_program(p)
    assert parse_text(text) == p
    assert print_program(parse_text(text)) == text


def test_default_register_counts_cover_parameter_positions() -> None:
    # Parameter k arrives in register k of its own bank: (i64, cell) puts its cell argument in c1.
    p = parse_text("func main(i64, cell) -> i64\n    ReturnI64 i0\nend\n")
    assert p.functions[0].nregs == (1, 0, 2)
