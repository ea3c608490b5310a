"""Per-op semantics of the reference interpreter, with the edge cases every backend must reproduce."""

from __future__ import annotations

import math
import random
import shutil
import subprocess
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jit.errors import ErrorKind, InputError, VMError
from jit.interp.interpreter import FrameView, run
from jit.program import cell
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import Bank, Op
from jit.program.verify import CellArg
from jit.vm.limits import DEFAULT_LIMITS, Limits
from jit.vm.results import Result, format_result

I64, F64, CELL = Bank.I64, Bank.F64, Bank.CELL
MAX, MIN = (1 << 63) - 1, -(1 << 63)
NAN = 0x7FF8000000000000
PAYLOAD_NAN = 0x7FF0000000000001  # a signalling NaN with a payload
NEG_PAYLOAD_NAN = 0xFFF4000000000123


def op(code: Op, a: int = 0, b: int = 0, c: int = 0, flags: int = 0) -> Instr:
    """An Instr; negative immediates are stored as their u16 pattern."""
    return Instr(int(code), flags, a & 0xFFFF, b & 0xFFFF, c & 0xFFFF)


def fn(
    name: str,
    params: Sequence[Bank],
    result: Bank,
    code: Sequence[Instr],
    *,
    nregs: tuple[int, int, int] = (8, 8, 8),
    consts: Sequence[Const] = (),
    tables: Sequence[Sequence[int]] = (),
) -> Function:
    return Function(name, tuple(params), result, nregs, tuple(code), tuple(consts), tuple(tuple(t) for t in tables))


def program(*functions: Function, entry: int = 0) -> Program:
    return Program(tuple(functions), entry)


def run1(
    code: Sequence[Instr],
    params: Sequence[Bank] = (),
    result: Bank = I64,
    args: Sequence[Any] = (),
    limits: Limits = DEFAULT_LIMITS,
    **kw: Any,
) -> Result:
    return run(program(fn("main", params, result, code, **kw)), args, limits)


def value(r: Result) -> int:
    """i64 results as signed ints; f64 and Cell results as raw bits."""
    assert r.bank is not None
    return cell.to_signed64(r.bits) if r.bank is I64 else r.bits


def expect_error(p: Program, args: Sequence[Any], key: tuple[ErrorKind, str, int], limits: Limits = DEFAULT_LIMITS):
    with pytest.raises(VMError) as info:
        run(p, args, limits)
    assert info.value.key() == key, str(info.value)
    return info.value


def fb(x: float) -> int:
    return cell.f64_bits(x)


# Integers


@pytest.mark.parametrize(
    ("code", "x", "y", "want"),
    [
        (Op.AddI64, 1, 2, 3),
        (Op.AddI64, MAX, 1, MIN),
        (Op.AddI64, MIN, -1, MAX),
        (Op.SubI64, MIN, 1, MAX),
        (Op.SubI64, 0, MIN, MIN),
        (Op.SubI64, 3, 5, -2),
        (Op.MulI64, MAX, 2, -2),
        (Op.MulI64, MIN, -1, MIN),
        (Op.MulI64, 1 << 32, 1 << 32, 0),
        (Op.MulI64, -3, 5, -15),
        (Op.DivI64, 7, 2, 3),
        (Op.DivI64, -7, 2, -3),
        (Op.DivI64, 7, -2, -3),
        (Op.DivI64, -7, -2, 3),
        (Op.DivI64, MIN, -1, MIN),
        (Op.DivI64, MIN, 1, MIN),
        (Op.DivI64, MAX, MIN, 0),
        (Op.ModI64, 7, 2, 1),
        (Op.ModI64, -7, 2, -1),
        (Op.ModI64, 7, -2, 1),
        (Op.ModI64, -7, -2, -1),
        (Op.ModI64, MIN, -1, 0),
        (Op.ModI64, 5, MIN, 5),
        (Op.ModI64, MIN, MAX, -1),
    ],
)
def test_i64_binary(code: Op, x: int, y: int, want: int) -> None:
    r = run1([op(code, 2, 0, 1), op(Op.ReturnI64, 2)], (I64, I64), I64, [x, y])
    assert value(r) == want


@pytest.mark.parametrize(
    ("code", "x", "k", "want"),
    [
        (Op.AddI64K, MAX, 1, MIN),
        (Op.AddI64K, 5, -1, 4),
        (Op.AddI64K, 0, -32768, -32768),
        (Op.AddI64K, 0, 32767, 32767),
        (Op.SubI64K, MIN, 1, MAX),
        (Op.SubI64K, 5, -3, 8),
        (Op.MulI64K, MAX, -1, -MAX),
        (Op.MulI64K, 1 << 62, 4, 0),
        (Op.MulI64K, MIN, -1, MIN),
        (Op.DivI64K, -7, 2, -3),
        (Op.DivI64K, MIN, -1, MIN),
        (Op.DivI64K, 100, -7, -14),
        (Op.ModI64K, -7, 2, -1),
        (Op.ModI64K, MIN, -1, 0),
        (Op.ModI64K, 100, -7, 2),
    ],
)
def test_i64_immediate(code: Op, x: int, k: int, want: int) -> None:
    r = run1([op(code, 1, 0, k), op(Op.ReturnI64, 1)], (I64,), I64, [x])
    assert value(r) == want


def test_k_is_sign_extended_from_raw_u16() -> None:
    assert value(run1([Instr(Op.AddI64K, 0, 1, 0, 0xFFFF), op(Op.ReturnI64, 1)], (I64,), I64, [10])) == 9
    assert value(run1([Instr(Op.ConstI64K, 0, 0, 0, 0x8000), op(Op.ReturnI64, 0)])) == -32768
    assert value(run1([Instr(Op.ConstI64K, 0, 0, 0, 0x7FFF), op(Op.ReturnI64, 0)])) == 32767
    assert value(run1([Instr(Op.ReturnConstK, 0, 0, 0, 0xFFFE)])) == -2


@pytest.mark.parametrize(("x", "want"), [(5, -5), (MIN, MIN), (0, 0), (MAX, -MAX)])
def test_neg_i64(x: int, want: int) -> None:
    assert value(run1([op(Op.NegI64, 1, 0), op(Op.ReturnI64, 1)], (I64,), I64, [x])) == want


@pytest.mark.parametrize("code", [Op.DivI64, Op.ModI64])
def test_divide_by_zero_register(code: Op) -> None:
    p = program(fn("main", (I64, I64), I64, [op(Op.Nop), op(code, 2, 0, 1), op(Op.ReturnI64, 2)]))
    expect_error(p, [MIN, 0], (ErrorKind.DIV_ZERO, "main", 1))


@pytest.mark.parametrize("code", [Op.DivI64K, Op.ModI64K])
def test_divide_by_zero_immediate(code: Op) -> None:
    p = program(fn("main", (I64,), I64, [op(Op.Nop), op(Op.Nop), op(code, 1, 0, 0), op(Op.ReturnI64, 1)]))
    expect_error(p, [7], (ErrorKind.DIV_ZERO, "main", 2))


def test_moves_and_constants() -> None:
    consts = [Const("i64", -(1 << 47)), Const("i64", (1 << 47) - 1), Const("f64", -0.0)]
    code = [
        op(Op.ConstI64KW, 1, 0, 0),
        op(Op.ConstI64KW, 2, 0, 1),
        op(Op.MovI64, 3, 1),
        op(Op.AddI64, 4, 3, 2),
        op(Op.ReturnI64, 4),
    ]
    assert value(run1(code, consts=consts)) == -1
    assert value(run1([op(Op.ConstI64KW, 0, 0, 0), op(Op.ReturnI64, 0)], consts=consts)) == -(1 << 47)
    f64 = run1([op(Op.ConstF64K, 0, 0, 2), op(Op.MovF64, 1, 0), op(Op.ReturnF64, 1)], result=F64, consts=consts)
    assert value(f64) == fb(-0.0)


# Floats


@pytest.mark.parametrize(
    ("code", "x", "y", "want"),
    [
        (Op.AddF64, fb(0.1), fb(0.2), fb(0.30000000000000004)),
        (Op.AddF64, fb(math.inf), fb(-math.inf), NAN),
        (Op.AddF64, PAYLOAD_NAN, fb(1.0), NAN),
        (Op.AddF64, fb(1.0), NEG_PAYLOAD_NAN, NAN),
        (Op.AddF64, fb(-0.0), fb(-0.0), fb(-0.0)),
        (Op.AddF64, fb(0.0), fb(-0.0), fb(0.0)),
        (Op.AddF64, fb(1.7976931348623157e308), fb(1e292), fb(math.inf)),
        (Op.SubF64, fb(math.inf), fb(math.inf), NAN),
        (Op.SubF64, fb(-0.0), fb(0.0), fb(-0.0)),
        (Op.SubF64, fb(1.0), fb(1.0), fb(0.0)),
        (Op.MulF64, fb(0.0), fb(math.inf), NAN),
        (Op.MulF64, fb(1e308), fb(10.0), fb(math.inf)),
        (Op.MulF64, fb(-1e-200), fb(1e-200), fb(-0.0)),
        (Op.MulF64, fb(3.0), fb(0.1), fb(0.30000000000000004)),
        (Op.DivF64, fb(1.0), fb(0.0), fb(math.inf)),
        (Op.DivF64, fb(-1.0), fb(0.0), fb(-math.inf)),
        (Op.DivF64, fb(1.0), fb(-0.0), fb(-math.inf)),
        (Op.DivF64, fb(-0.0), fb(-0.0), NAN),
        (Op.DivF64, fb(0.0), fb(0.0), NAN),
        (Op.DivF64, PAYLOAD_NAN, fb(0.0), NAN),
        (Op.DivF64, fb(math.inf), fb(math.inf), NAN),
        (Op.DivF64, fb(1.0), fb(3.0), fb(1 / 3)),
        (Op.DivF64, fb(1e308), fb(1e-10), fb(math.inf)),
        (Op.DivF64, fb(-5.0), fb(math.inf), fb(-0.0)),
    ],
)
def test_f64_binary(code: Op, x: int, y: int, want: int) -> None:
    r = run1([op(code, 2, 0, 1), op(Op.ReturnF64, 2)], (F64, F64), F64, [cell.bits_f64(x), cell.bits_f64(y)])
    assert value(r) == want


@pytest.mark.parametrize(
    ("x", "want"),
    [
        (fb(0.0), fb(-0.0)),
        (fb(-0.0), fb(0.0)),
        (NAN, 0xFFF8000000000000),
        (PAYLOAD_NAN, 0xFFF0000000000001),
        (fb(-math.inf), fb(math.inf)),
        (fb(2.5), fb(-2.5)),
    ],
)
def test_neg_f64_flips_only_the_sign_bit(x: int, want: int) -> None:
    assert value(run1([op(Op.NegF64, 1, 0), op(Op.ReturnF64, 1)], (F64,), F64, [cell.bits_f64(x)])) == want


def test_f64_moves_keep_nan_payloads() -> None:
    code = [op(Op.MovF64, 3, 0), op(Op.ReturnF64, 3)]
    assert value(run1(code, (F64,), F64, [cell.bits_f64(PAYLOAD_NAN)])) == PAYLOAD_NAN
    consts = [Const("f64", cell.bits_f64(NEG_PAYLOAD_NAN))]
    assert value(run1([op(Op.ConstF64K, 0, 0, 0), op(Op.ReturnF64, 0)], result=F64, consts=consts)) == NEG_PAYLOAD_NAN


@pytest.mark.parametrize(
    ("x", "want"),
    [
        (fb(-1.0), NAN),
        (fb(-0.0), fb(-0.0)),
        (fb(2.0), fb(math.sqrt(2.0))),
        (fb(math.inf), fb(math.inf)),
        (fb(-math.inf), NAN),
        (PAYLOAD_NAN, NAN),
        (fb(5e-324), fb(math.sqrt(5e-324))),
    ],
)
def test_sqrt(x: int, want: int) -> None:
    assert value(run1([op(Op.SqrtF64, 1, 0), op(Op.ReturnF64, 1)], (F64,), F64, [cell.bits_f64(x)])) == want


@pytest.mark.parametrize(
    ("a", "b", "c", "want"),
    [
        (0.1, 10.0, -1.0, fb(5.551115123125783e-17)),
        (math.inf, 0.0, 1.0, NAN),
        (math.inf, 1.0, -math.inf, NAN),
        (-0.0, 1.0, -0.0, fb(-0.0)),
        (2.0, 3.0, 4.0, fb(10.0)),
    ],
)
def test_fma_register_packing(a: float, b: float, c: float, want: int) -> None:
    # rf[5] = fma(rf[B=1], rf[C & 0xFF = 2], rf[C >> 8 = 0])
    code = [op(Op.FmaF64, 5, 1, 2 | (0 << 8)), op(Op.ReturnF64, 5)]
    assert value(run1(code, (F64, F64, F64), F64, [c, a, b])) == want
    code = [op(Op.FmaF64, 5, 0, 1 | (2 << 8)), op(Op.ReturnF64, 5)]
    assert value(run1(code, (F64, F64, F64), F64, [a, b, c])) == want


@pytest.mark.parametrize(
    ("x", "want"),
    [
        ((1 << 53) + 1, fb(2.0**53)),
        ((1 << 53) + 3, fb(2.0**53 + 4)),
        (MIN, fb(-(2.0**63))),
        (MAX, fb(2.0**63)),
        (-1, fb(-1.0)),
        (0, fb(0.0)),
    ],
)
def test_i64_to_f64_rounds_to_nearest_even(x: int, want: int) -> None:
    assert value(run1([op(Op.I64ToF64, 0, 0), op(Op.ReturnF64, 0)], (I64,), F64, [x])) == want


@pytest.mark.parametrize(
    ("x", "want"),
    [
        (NAN, MIN),
        (NEG_PAYLOAD_NAN, MIN),
        (fb(math.inf), MIN),
        (fb(-math.inf), MIN),
        (fb(2.0**63), MIN),
        (fb(-(2.0**63)), MIN),
        (fb(-9223372036854777856.0), MIN),  # the double just below -2**63
        (fb(9223372036854774784.0), 9223372036854774784),  # the double just below 2**63
        (fb(2.9), 2),
        (fb(-2.9), -2),
        (fb(0.5), 0),
        (fb(-0.0), 0),
        (fb(-1e18), -(10**18)),
    ],
)
def test_f64_to_i64(x: int, want: int) -> None:
    args = [cell.bits_f64(x)]
    assert value(run1([op(Op.F64ToI64, 0, 0), op(Op.ReturnI64, 0)], (F64,), I64, args)) == want
    # The register itself holds the i64 (a compare sees INT64_MIN as negative, not 2**63).
    sign = [op(Op.F64ToI64, 0, 0), op(Op.CmpLtI64KBr, 0, 0, 3), op(Op.ReturnConstK, c=0), op(Op.ReturnConstK, c=1)]
    assert value(run1(sign, (F64,), I64, args)) == (want < 0)


# Branches

_CMPS = ["Eq", "Ne", "Lt", "Le", "Gt", "Ge"]
_PY_CMP = {
    "Eq": lambda x, y: x == y,
    "Ne": lambda x, y: x != y,
    "Lt": lambda x, y: x < y,
    "Le": lambda x, y: x <= y,
    "Gt": lambda x, y: x > y,
    "Ge": lambda x, y: x >= y,
}


def _branch_taken(code: Instr, params: Sequence[Bank], args: Sequence[Any]) -> bool:
    r = run1([code, op(Op.ReturnConstK, c=0), op(Op.ReturnConstK, c=1)], params, I64, args)
    return value(r) == 1


@pytest.mark.parametrize("cmp", _CMPS)
@pytest.mark.parametrize(("x", "y"), [(1, 2), (2, 2), (3, 2), (-1, 1), (MIN, MAX), (MAX, MIN)])
def test_i64_compare_branches(cmp: str, x: int, y: int) -> None:
    assert _branch_taken(op(Op[f"Cmp{cmp}I64Br"], 0, 1, 2), (I64, I64), [x, y]) == _PY_CMP[cmp](x, y)


@pytest.mark.parametrize("cmp", _CMPS)
@pytest.mark.parametrize(("x", "k"), [(1, 2), (2, 2), (3, 2), (-1, -1), (-2, -1), (MIN, -32768), (5, 32767)])
def test_i64_immediate_compare_branches(cmp: str, x: int, k: int) -> None:
    assert _branch_taken(op(Op[f"Cmp{cmp}I64KBr"], 0, k, 2), (I64,), [x]) == _PY_CMP[cmp](x, k)


@pytest.mark.parametrize("cmp", _CMPS)
@pytest.mark.parametrize(
    ("x", "y"),
    [(1.0, 2.0), (2.0, 2.0), (3.0, 2.0), (math.nan, 1.0), (1.0, math.nan), (math.nan, math.nan), (-0.0, 0.0)],
)
def test_f64_compare_branches_are_ieee(cmp: str, x: float, y: float) -> None:
    want = cmp == "Ne" if math.isnan(x) or math.isnan(y) else _PY_CMP[cmp](x, y)
    assert _branch_taken(op(Op[f"Cmp{cmp}F64Br"], 0, 1, 2), (F64, F64), [x, y]) == want


def test_jump_and_nop() -> None:
    code = [op(Op.Nop), op(Op.Jump, c=3), op(Op.ReturnConstK, c=5), op(Op.ReturnConstK, c=7)]
    assert value(run1(code)) == 7


def test_return_const_k_prints_signed() -> None:
    r = run1([op(Op.ReturnConstK, c=-1)])
    assert r.bits == cell.MASK64
    assert format_result(r) == "-1"


# Strings


def _str_prog(code: Sequence[Instr], strings: Sequence[bytes], result: Bank = CELL) -> Program:
    return program(fn("main", (), result, code, consts=[Const("str", s) for s in strings]))


def test_inline_and_heap_string_constants() -> None:
    p = _str_prog([op(Op.ConstStrKW, 0, 0, 0), op(Op.ReturnCell, 0)], [b"hello", b"hello!"])
    r = run(p, [])
    assert r.bits == cell.inline_str(b"hello")
    assert r.heap.used == 16  # "hello!" was interned before the run: 8 + align8(6)
    p = _str_prog([op(Op.ConstStrKW, 0, 0, 1), op(Op.ReturnCell, 0)], [b"hello", b"hello!"])
    r = run(p, [])
    assert r.bits == cell.handle(cell.ARENA_STR, 0)
    assert format_result(r) == "hello!"


def test_constants_are_interned_in_program_order() -> None:
    other = fn("other", (), CELL, [op(Op.ReturnCell, 0)], consts=[Const("str", b"first long"), Const("str", b"abc")])
    main = fn(
        "main",
        (),
        CELL,
        [op(Op.ConstStrKW, 0, 0, 1), op(Op.ReturnCell, 0)],
        consts=[Const("str", b"first long"), Const("str", b"second string!!!!")],
    )
    r = run(program(other, main, entry=1), [])
    # other's constant: offset 0 (24 bytes); main's: offsets 24 (24 bytes) then 48.
    assert r.bits == cell.handle(cell.ARENA_STR, 48 // 8)
    assert r.heap.used == 24 + 24 + 32
    assert format_result(r) == "second string!!!!"


@pytest.mark.parametrize(
    ("s", "length"), [(b"", 0), (b"a", 1), (b"hello", 5), (b"hello!", 6), ("héllo".encode(), 6), (b"x" * 100, 100)]
)
def test_len_str(s: bytes, length: int) -> None:
    p = _str_prog([op(Op.ConstStrKW, 0, 0, 0), op(Op.LenStr, 0, 0), op(Op.ReturnI64, 0)], [s], I64)
    assert value(run(p, [])) == length


@pytest.mark.parametrize(
    ("x", "y", "allocated"),
    [
        (b"he", b"llo", 0),  # 5 bytes: inline, no allocation
        (b"", b"", 0),
        (b"hel", b"lo!", 16),  # 6 bytes: 8 + 8
        (b"hello", b"", 0),
        (b"hello", b"!", 16),
        (b"long string", b"s", 8 + 16),
    ],
)
def test_concat_inline_boundary(x: bytes, y: bytes, allocated: int) -> None:
    code = [op(Op.ConstStrKW, 0, 0, 0), op(Op.ConstStrKW, 1, 0, 1), op(Op.ConcatStr, 2, 0, 1), op(Op.ReturnCell, 2)]
    p = _str_prog(code, [x, y])
    interned = sum(8 + (len(s) + 7) // 8 * 8 for s in (x, y) if len(s) > 5)
    r = run(p, [])
    assert r.heap.used == interned + allocated
    assert format_result(r) == (x + y).decode()
    if len(x + y) <= 5:
        assert r.bits == cell.inline_str(x + y)
    else:
        assert cell.is_handle(r.bits, cell.ARENA_STR)


def test_string_args_and_concat_lengths() -> None:
    code = [op(Op.ConcatStr, 2, 0, 1), op(Op.LenStr, 0, 2), op(Op.ReturnI64, 0)]
    r = run1(code, (CELL, CELL), I64, [CellArg("str", b"ab"), CellArg("str", b"cdefgh")])
    assert value(r) == 8


# Lists


def test_list_ops_and_accounting() -> None:
    code = [
        op(Op.NewList, 0, 0, 0),  # 24
        op(Op.ListPushI64, 0, 0),  # +32 (cap 4)
        op(Op.ListPushI64, 0, 1),
        op(Op.ListPushI64, 0, 0),
        op(Op.ListPushI64, 0, 1),
        op(Op.ListPushI64, 0, 0),  # +32 (cap 8: its block ends the heap, so it grows in place)
        op(Op.ConstI64K, 2, 0, 2),
        op(Op.ListSetI64, 0, 1, 2),  # [x, y, y, y, x]
        op(Op.ListLenI64, 3, 0),
        op(Op.ListPushI64, 0, 3),
        op(Op.ReturnCell, 0),
    ]
    r = run1(code, (I64, I64), CELL, [10, -20])
    assert format_result(r) == "[10, -20, -20, -20, 10, 5]"
    assert r.heap.used == 24 + 32 + 32


def test_list_capacity_hint() -> None:
    code = [op(Op.NewList, 0, 0, 3)] + [op(Op.ListPushI64, 0, 0)] * 4 + [op(Op.ReturnCell, 0)]
    r = run1(code, (I64,), CELL, [1])
    assert r.heap.used == 24 + 3 * 8 + 3 * 8  # header, hint block, grown in place to max(4, 2*3)


def test_a_list_whose_block_is_not_last_moves_when_it_grows() -> None:
    code = [
        op(Op.NewList, 0, 0, 1),  # 24 + 8
        op(Op.NewList, 1, 0, 0),  # 24: list 0's block no longer ends the heap
        op(Op.ListPushI64, 0, 0),
        op(Op.ListPushI64, 0, 0),  # a new block of 4 (+32); the old one is abandoned
        op(Op.ListPushI64, 0, 0),  # room in the new block
        op(Op.ListPushI64, 0, 0),
        op(Op.ListPushI64, 0, 0),  # the new block is last: grown in place to 8 (+32)
        op(Op.ReturnCell, 0),
    ]
    r = run1(code, (I64,), CELL, [7])
    assert format_result(r) == "[7, 7, 7, 7, 7]"
    assert r.heap.used == 24 + 8 + 24 + 32 + 32


@pytest.mark.parametrize(
    ("x", "back"),
    [(1 << 47, -(1 << 47)), ((1 << 47) - 1, (1 << 47) - 1), (-1, -1), ((1 << 48) + 5, 5), (MIN, 0), (MAX, -1)],
)
def test_int48_truncation_through_lists(x: int, back: int) -> None:
    code = [
        op(Op.NewList, 0, 0, 0),
        op(Op.ListPushI64, 0, 0),
        op(Op.ListPushI64, 0, 0),
        op(Op.ConstI64K, 1, 0, 1),
        op(Op.ListSetI64, 0, 0, 1),
        op(Op.ListGetI64, 2, 0, 1),
        op(Op.ConstI64K, 1, 0, 0),
        op(Op.ListGetI64, 3, 0, 1),
        op(Op.CmpNeI64Br, 2, 3, 10),
        op(Op.ReturnI64, 2),
        op(Op.ReturnConstK, c=-12345),
    ]
    assert value(run1(code, (I64,), I64, [x])) == back


def test_list_f64_elements() -> None:
    code = [
        op(Op.NewList, 0, 0, 0),
        op(Op.ListPushI64, 0, 0),  # element 0: int48 Cell of ri0 = 0
        op(Op.ListPushI64, 0, 0),
        op(Op.ListPushI64, 0, 0),
        op(Op.ConstI64K, 1, 0, 1),
        op(Op.ListSetF64, 0, 0, 1),  # element 1: Cell of rf0 (NaN canonicalised)
        op(Op.ConstI64K, 1, 0, 2),
        op(Op.ListSetF64, 0, 1, 1),  # element 2: Cell of rf1
        op(Op.ConstI64K, 1, 0, 0),
        op(Op.ListGetF64, 2, 0, 1),  # the int Cell's bits, read as a float64
        op(Op.ConstI64K, 1, 0, 1),
        op(Op.ListGetF64, 3, 0, 1),
        op(Op.ConstI64K, 1, 0, 2),
        op(Op.ListGetF64, 4, 0, 1),
    ]
    args = [cell.bits_f64(PAYLOAD_NAN), -0.0]
    assert value(run1([*code, op(Op.ReturnF64, 2)], (F64, F64), F64, args)) == cell.from_int(0)
    assert value(run1([*code, op(Op.ReturnF64, 3)], (F64, F64), F64, args)) == NAN
    assert value(run1([*code, op(Op.ReturnF64, 4)], (F64, F64), F64, args)) == fb(-0.0)
    assert format_result(run1([*code[:9], op(Op.ReturnCell, 0)], (F64, F64), CELL, args)) == "[0, nan, -0.0]"


def test_list_cell_elements_and_self_reference() -> None:
    code = [
        op(Op.NewList, 0, 0, 0),
        op(Op.ListPushI64, 0, 0),
        op(Op.ListPushI64, 0, 0),
        op(Op.ListSetCell, 0, 1, 0),  # [0] = the string argument
        op(Op.ConstI64K, 1, 0, 1),
        op(Op.ListSetCell, 0, 0, 1),  # [1] = the list itself
        op(Op.ConstI64K, 1, 0, 0),
        op(Op.ListGetCell, 2, 0, 1),
        op(Op.ReturnCell, 0),
    ]
    assert format_result(run1(code, (CELL, CELL), CELL, [CellArg("int", 0), CellArg("str", b"some text")])) == (
        '["some text", [...]]'
    )
    assert run1(
        [*code[:-1], op(Op.ReturnCell, 2)], (CELL, CELL), CELL, [CellArg("int", 0), CellArg("str", b"hi")]
    ).bits == (cell.inline_str(b"hi"))


@pytest.mark.parametrize(
    "code",
    [
        op(Op.ListGetI64, 3, 0, 1),
        op(Op.ListSetI64, 0, 2, 1),
        op(Op.ListGetF64, 3, 0, 1),
        op(Op.ListSetF64, 0, 2, 1),
        op(Op.ListGetCell, 3, 0, 1),
        op(Op.ListSetCell, 0, 2, 1),
    ],
)
@pytest.mark.parametrize("index", [-1, 2, 3, MIN, MAX])
def test_list_index_errors(code: Instr, index: int) -> None:
    body = [op(Op.NewList, 0, 0, 0), op(Op.ListPushI64, 0, 2), op(Op.ListPushI64, 0, 2), code, op(Op.ReturnConstK)]
    p = program(fn("lists", (I64, I64), I64, body))
    expect_error(p, [0, index], (ErrorKind.INDEX, "lists", 3))


# Maps


def test_map_ops_and_accounting() -> None:
    code = [
        op(Op.NewMap, 0, 0, 0),  # 40 + 4*24
        op(Op.ConstI64K, 1, 0, 1),
        op(Op.MapSetI64I64, 0, 1, 1),  # {1: 1}
        op(Op.ConstI64K, 1, 0, 2),
        op(Op.MapSetI64I64, 0, 1, 1),
        op(Op.ConstI64K, 1, 0, 3),
        op(Op.MapSetI64I64, 0, 1, 1),
        op(Op.ConstI64K, 1, 0, -4),
        op(Op.MapSetI64I64, 0, 1, 1),  # 4 entries: full
        op(Op.ConstI64K, 1, 0, 2),
        op(Op.ConstI64K, 2, 0, 20),
        op(Op.MapSetI64I64, 0, 1, 2),  # update: no growth
        op(Op.ConstI64K, 1, 0, 9),
        op(Op.MapSetI64I64, 0, 1, 2),  # fifth key: its block ends the heap, grown in place by 4*24
        op(Op.NewMap, 3, 0, 0),  # 40 + 4*24: map 0's block is no longer last
        op(Op.ConstI64K, 1, 0, 10),
        op(Op.MapSetI64I64, 0, 1, 1),
        op(Op.ConstI64K, 1, 0, 11),
        op(Op.MapSetI64I64, 0, 1, 1),
        op(Op.ConstI64K, 1, 0, 12),
        op(Op.MapSetI64I64, 0, 1, 1),  # 8 entries: full
        op(Op.ConstI64K, 1, 0, 13),
        op(Op.MapSetI64I64, 0, 1, 1),  # ninth key: a new block of 16*24
        op(Op.ReturnCell, 0),
    ]
    r = run1(code)
    assert format_result(r) == "{1: 1, 2: 20, 3: 3, -4: -4, 9: 20, 10: 10, 11: 11, 12: 12, 13: 13}"
    assert r.heap.used == 40 + 4 * 24 + 4 * 24 + 40 + 4 * 24 + 16 * 24


@pytest.mark.parametrize(("hint", "cap"), [(0, 4), (1, 4), (4, 4), (5, 8), (8, 8), (9, 16), (65535, 65536)])
def test_map_capacity_hint(hint: int, cap: int) -> None:
    r = run1([op(Op.NewMap, 0, 0, hint), op(Op.ReturnCell, 0)])
    assert r.heap.used == 40 + cap * 24


def test_map_get_and_int48_truncation() -> None:
    code = [
        op(Op.NewMap, 0, 0, 0),
        op(Op.MapSetI64I64, 0, 0, 1),  # key ri0, value ri1
        op(Op.MapGetI64I64, 3, 0, 2),  # value of key ri2
        op(Op.ReturnI64, 3),
    ]
    assert value(run1(code, (I64, I64, I64), I64, [5, 6, 5])) == 6
    assert value(run1(code, (I64, I64, I64), I64, [5, 6, 7])) == 0  # absent
    assert value(run1(code, (I64, I64, I64), I64, [(1 << 48) + 1, 6, 1])) == 6  # keys are truncated to int48
    assert value(run1(code, (I64, I64, I64), I64, [1, 6, (1 << 48) + 1])) == 6
    assert value(run1(code, (I64, I64, I64), I64, [-1, 6, (1 << 48) - 1])) == 6
    assert value(run1(code, (I64, I64, I64), I64, [1, 1 << 47, 1])) == -(1 << 47)  # values too
    assert (
        format_result(run1([*code[:2], op(Op.ReturnCell, 0)], (I64, I64, I64), CELL, [(1 << 48) + 3, MAX, 0]))
        == "{3: -1}"
    )


# Lookup tables


@pytest.mark.parametrize(("index", "want"), [(0, 10), (1, MIN), (2, MAX)])
def test_lookup(index: int, want: int) -> None:
    code = [op(Op.LookupI64KW, 1, 0, 1), op(Op.ReturnI64, 1)]
    assert value(run1(code, (I64,), I64, [index], tables=[[7], [10, MIN, MAX]])) == want


@pytest.mark.parametrize("index", [-1, 3, MIN, MAX])
def test_lookup_out_of_range(index: int) -> None:
    code = [op(Op.Nop), op(Op.LookupI64KW, 1, 0, 0), op(Op.ReturnI64, 1)]
    p = program(fn("tab", (I64,), I64, code, tables=[[10, 20, 30]]))
    expect_error(p, [index], (ErrorKind.INDEX, "tab", 1))


# Wrong kinds


@pytest.mark.parametrize(
    ("code", "arg"),
    [
        (op(Op.LenStr, 0, 0), CellArg("int", 5)),
        (op(Op.LenStr, 0, 1), CellArg("int", 0)),  # rc1 holds a list
        (op(Op.LenStr, 0, 2), CellArg("int", 0)),  # rc2 holds a map
        (op(Op.ConcatStr, 3, 0, 0), CellArg("float", 1.5)),
        (op(Op.ConcatStr, 3, 4, 0), CellArg("int", 7)),  # rc4 holds a string, rc0 an int
        (op(Op.ListLenI64, 0, 0), CellArg("str", b"a long string")),
        (op(Op.ListLenI64, 0, 2), CellArg("int", 0)),
        (op(Op.ListPushI64, 2, 0), CellArg("int", 0)),
        (op(Op.ListGetI64, 0, 4, 0), CellArg("int", 0)),
        (op(Op.ListSetI64, 0, 0, 0), CellArg("float", 0.0)),
        (op(Op.ListGetF64, 0, 2, 0), CellArg("int", 0)),
        (op(Op.ListSetF64, 4, 0, 0), CellArg("int", 0)),
        (op(Op.ListGetCell, 0, 0, 0), CellArg("str", b"abc")),
        (op(Op.ListSetCell, 2, 0, 0), CellArg("int", 0)),
        (op(Op.MapSetI64I64, 1, 0, 0), CellArg("int", 0)),
        (op(Op.MapGetI64I64, 0, 1, 0), CellArg("int", 0)),
        (op(Op.MapGetI64I64, 0, 0, 0), CellArg("str", b"a long string")),
        (op(Op.MapSetI64I64, 3, 0, 0), CellArg("int", 0)),  # rc3 is zero: the float 0.0
    ],
)
def test_wrong_kind(code: Instr, arg: CellArg) -> None:
    setup = [
        op(Op.NewList, 1, 0, 0),
        op(Op.ListPushI64, 1, 0),
        op(Op.NewMap, 2, 0, 0),
        op(Op.ConstStrKW, 4, 0, 0),
    ]
    p = program(fn("kinds", (CELL,), I64, [*setup, code, op(Op.ReturnConstK)], consts=[Const("str", b"long string")]))
    expect_error(p, [arg], (ErrorKind.WRONG_KIND, "kinds", 4))


# Calls


@pytest.mark.parametrize("nregs", [(4, 0, 0), (4, 4, 4)])  # the i64-only fast path and the general path
def test_callee_windows_start_zeroed(nregs: tuple[int, int, int]) -> None:
    dirty_code = [op(Op.ConstI64K, 3, 0, 99), op(Op.ReturnI64, 0)]
    if nregs[1]:
        dirty_code[1:1] = [op(Op.ConstF64K, 3, 0, 0), op(Op.NewList, 3)]
    dirty = fn("dirty", (I64,), I64, dirty_code, nregs=nregs, consts=[Const("f64", 2.5)])
    reader = fn("reader", (I64,), I64, [op(Op.AddI64, 0, 0, 3), op(Op.ReturnI64, 0)], nregs=nregs)
    main = fn(
        "main",
        (I64,),
        I64,
        [op(Op.CallI64, 1, 0, 0), op(Op.CallI64, 1, 0, 1), op(Op.ReturnI64, 1)],
        nregs=(2, 1, 1),
    )
    windows: list[list[list[int]]] = []

    def observe(func: int, pc: int, frame: FrameView) -> None:
        if func == 1 and pc == 0:
            windows.append([frame.regs(bank) for bank in Bank])

    assert value(run(program(dirty, reader, main, entry=2), [41], observer=observe)) == 41
    assert windows == [[[41, 0, 0, 0], [0] * nregs[1], [0] * nregs[2]]]


def test_call_f64_keeps_bits() -> None:
    ident = fn("ident", (F64, F64), F64, [op(Op.ReturnF64, 1)])
    main = fn("main", (F64,), F64, [op(Op.MovF64, 3, 0), op(Op.CallF64, 1, 2, 0), op(Op.ReturnF64, 1)])
    assert value(run(program(ident, main, entry=1), [cell.bits_f64(PAYLOAD_NAN)])) == PAYLOAD_NAN


def test_call_cell() -> None:
    twice = fn("twice", (CELL,), CELL, [op(Op.ConcatStr, 1, 0, 0), op(Op.ReturnCell, 1)])
    main = fn("main", (CELL,), CELL, [op(Op.CallCell, 3, 0, 0), op(Op.ReturnCell, 3)])
    r = run(program(twice, main, entry=1), [CellArg("str", b"abc")])
    assert format_result(r) == "abcabc"
    assert r.heap.used == 16


def test_call_mixed_argument_banks() -> None:
    # callee(i64, f64, cell) -> f64: params arrive in ri0, rf1, rc2.
    callee = fn(
        "callee",
        (I64, F64, CELL),
        F64,
        [
            op(Op.LenStr, 3, 2),
            op(Op.AddI64, 3, 3, 0),
            op(Op.I64ToF64, 0, 3),
            op(Op.AddF64, 0, 0, 1),
            op(Op.ReturnF64, 0),
        ],
    )
    # caller puts args at ri[4], rf[5], rc[6] (B = 4) and the result in rf[7] (BankFlags 1).
    main = fn(
        "main",
        (I64, F64, CELL),
        F64,
        [
            op(Op.MovI64, 4, 0),
            op(Op.MovF64, 5, 1),
            op(Op.ConstStrKW, 6, 0, 0),
            op(Op.CallMixed, 7, 4, 0, flags=1),
            op(Op.ReturnF64, 7),
        ],
        consts=[Const("str", b"123456789")],
    )
    r = run(program(callee, main, entry=1), [100, 0.5, CellArg("int", 0)])
    assert value(r) == fb(109.5)


@pytest.mark.parametrize(
    ("result", "ret", "flags", "arg", "want"),
    [
        # callee result bank -> destination bank
        (I64, op(Op.ReturnI64, 0), 1, (1 << 53) + 1, fb(2.0**53)),
        (I64, op(Op.ReturnI64, 0), 2, 1 << 47, cell.from_int(-(1 << 47))),
        (I64, op(Op.ReturnI64, 0), 2, -1, cell.from_int(-1)),
        (I64, op(Op.ReturnConstK, c=-3), 1, 0, fb(-3.0)),
        (I64, op(Op.ReturnConstK, c=-3), 2, 0, cell.from_int(-3)),
        (F64, op(Op.ReturnF64, 0), 0, cell.bits_f64(NEG_PAYLOAD_NAN), MIN),
        (F64, op(Op.ReturnF64, 0), 0, 2.9, 2),
        (F64, op(Op.ReturnF64, 0), 0, -(2.0**63), MIN),
        (F64, op(Op.ReturnF64, 0), 0, 2.0**63, MIN),
        (F64, op(Op.ReturnF64, 0), 2, cell.bits_f64(NEG_PAYLOAD_NAN), NAN),
        (F64, op(Op.ReturnF64, 0), 2, -0.0, fb(-0.0)),
        (F64, op(Op.ReturnF64, 0), 1, cell.bits_f64(PAYLOAD_NAN), PAYLOAD_NAN),
        (I64, op(Op.ReturnI64, 0), 0, MIN, MIN),
    ],
)
def test_call_result_conversions(result: Bank, ret: Instr, flags: int, arg: Any, want: int) -> None:
    param = I64 if ret.op == Op.ReturnI64 or ret.op == Op.ReturnConstK else F64
    callee = fn("callee", (param,), result, [ret])
    dst = Bank(flags)
    returns = {I64: Op.ReturnI64, F64: Op.ReturnF64, CELL: Op.ReturnCell}
    main = fn("main", (param,), dst, [op(Op.CallMixed, 3, 0, 0, flags=flags), op(returns[dst], 3)])
    assert value(run(program(callee, main, entry=1), [arg])) == want


def test_single_bank_calls_convert_results_too() -> None:
    half = fn(
        "half",
        (I64,),
        F64,
        [op(Op.I64ToF64, 0, 0), op(Op.ConstF64K, 1, 0, 0), op(Op.MulF64, 0, 0, 1), op(Op.ReturnF64, 0)],
        consts=[Const("f64", 0.5)],
    )
    main = fn("main", (I64,), I64, [op(Op.CallI64, 1, 0, 0), op(Op.ReturnI64, 1)])
    assert value(run(program(half, main, entry=1), [-7])) == -3  # -3.5 truncated toward zero


# Tail calls, recursion, stack limits


def _countdown() -> Function:
    # countdown(n, acc): n == 0 ? acc : countdown(n - 1, acc + n)
    return fn(
        "countdown",
        (I64, I64),
        I64,
        [
            op(Op.CmpEqI64KBr, 0, 0, 4),
            op(Op.SubI64K, 2, 0, 1),
            op(Op.AddI64, 3, 1, 0),
            op(Op.TailCallI64, 0, 2, 0),
            op(Op.ReturnI64, 1),
        ],
        nregs=(4, 0, 0),
    )


def test_million_tail_calls_do_not_grow_the_stack() -> None:
    main = fn(
        "main", (I64,), I64, [op(Op.ConstI64K, 1, 0, 0), op(Op.CallI64, 0, 0, 0), op(Op.ReturnI64, 0)], nregs=(2, 0, 0)
    )
    limits = Limits(max_depth=2, stack_regs=6)  # main's 2 registers + countdown's 4: no room to grow
    assert value(run(program(_countdown(), main, entry=1), [1_000_000], limits)) == 500_000_500_000


def test_tail_call_mixed_copies_overlapping_args() -> None:
    # swap(f64, i64) -> f64 = rf0 + ri1; caller passes rf[1], ri[2] (B = 1) which overlap the callee's registers.
    swap = fn("swap", (F64, I64), F64, [op(Op.I64ToF64, 2, 1), op(Op.AddF64, 0, 0, 2), op(Op.ReturnF64, 0)])
    main = fn(
        "main",
        (I64, F64, I64),
        F64,
        [op(Op.ConstI64K, 1, 0, 111), op(Op.TailCallMixed, 0, 1, 0)],
        nregs=(3, 3, 0),
    )
    assert value(run(program(swap, main, entry=1), [5, 0.25, 40])) == fb(40.25)


def test_tail_call_window_overflow() -> None:
    big = fn("big", (I64, I64), I64, [op(Op.ReturnI64, 0)], nregs=(10, 0, 0))
    main = fn("main", (I64, I64), I64, [op(Op.Nop), op(Op.TailCallI64, 0, 0, 0)], nregs=(2, 0, 0))
    p = program(big, main, entry=1)
    assert value(run(p, [1, 2], Limits(stack_regs=10))) == 1
    expect_error(p, [1, 2], (ErrorKind.STACK_OVERFLOW, "main", 1), Limits(stack_regs=9))


def _rec() -> Function:
    # rec(n): n == 0 ? 0 : rec(n - 1) + 1
    return fn(
        "rec",
        (I64,),
        I64,
        [
            op(Op.CmpEqI64KBr, 0, 0, 5),
            op(Op.SubI64K, 1, 0, 1),
            op(Op.CallI64, 2, 1, 0),
            op(Op.AddI64K, 2, 2, 1),
            op(Op.ReturnI64, 2),
            op(Op.ReturnConstK, c=0),
        ],
        nregs=(3, 0, 0),
    )


def test_deep_recursion() -> None:
    p = program(_rec())
    assert value(run(p, [10_000])) == 10_000
    assert value(run(p, [DEFAULT_LIMITS.max_depth - 1])) == DEFAULT_LIMITS.max_depth - 1  # depth == max_depth
    expect_error(p, [DEFAULT_LIMITS.max_depth], (ErrorKind.STACK_OVERFLOW, "rec", 2))


def test_stack_overflow_at_max_depth() -> None:
    p = program(_rec())
    limits = Limits(max_depth=5)
    assert value(run(p, [4], limits)) == 4
    expect_error(p, [5], (ErrorKind.STACK_OVERFLOW, "rec", 2), limits)
    expect_error(p, [0], (ErrorKind.STACK_OVERFLOW, "rec", 0), Limits(max_depth=0))


def test_stack_overflow_by_register_windows() -> None:
    p = program(_rec())  # 3 i64 registers per activation
    assert value(run(p, [2], Limits(stack_regs=9))) == 2
    expect_error(p, [3], (ErrorKind.STACK_OVERFLOW, "rec", 2), Limits(stack_regs=9))
    expect_error(p, [0], (ErrorKind.STACK_OVERFLOW, "rec", 0), Limits(stack_regs=2))
    wide = program(fn("wide", (), I64, [op(Op.ReturnConstK, c=1)], nregs=(1, 5, 0)))
    expect_error(wide, [], (ErrorKind.STACK_OVERFLOW, "wide", 0), Limits(stack_regs=4))


def test_cell_window_overflow_at_call() -> None:
    leaf = fn("leaf", (), CELL, [op(Op.ReturnCell, 0)], nregs=(0, 0, 3))
    main = fn("main", (), CELL, [op(Op.CallCell, 0, 0, 0), op(Op.ReturnCell, 0)], nregs=(0, 0, 2))
    p = program(leaf, main, entry=1)
    assert run(p, [], Limits(stack_regs=5)).bits == 0
    expect_error(p, [], (ErrorKind.STACK_OVERFLOW, "main", 0), Limits(stack_regs=4))


# Heap exhaustion


def test_heap_exhausted_at_the_exact_allocation() -> None:
    code = [op(Op.NewList, 0, 0, 0), op(Op.NewList, 1, 0, 0), op(Op.NewList, 2, 0, 0), op(Op.ReturnConstK)]
    p = program(fn("alloc", (), I64, code))
    assert run(p, [], Limits(heap_size=72)).heap.used == 72
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "alloc", 2), Limits(heap_size=71))


def test_heap_exhausted_by_list_growth() -> None:
    code = [op(Op.NewList, 0, 0, 0)] + [op(Op.ListPushI64, 0, 0)] * 5 + [op(Op.ReturnConstK)]
    p = program(fn("grow", (), I64, code))
    assert run(p, [], Limits(heap_size=24 + 32 + 32)).heap.used == 88  # the fifth push grows in place
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "grow", 5), Limits(heap_size=87))
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "grow", 1), Limits(heap_size=55))


def test_heap_exhausted_by_list_hint_block() -> None:
    p = program(fn("hint", (), I64, [op(Op.NewList, 0, 0, 4), op(Op.ReturnConstK)]))
    assert run(p, [], Limits(heap_size=56)).heap.used == 56
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "hint", 0), Limits(heap_size=55))


def test_heap_exhausted_by_map_growth() -> None:
    code = [op(Op.NewMap, 0, 0, 0)]
    for k in range(5):
        code += [op(Op.ConstI64K, 1, 0, k), op(Op.MapSetI64I64, 0, 1, 1)]
    p = program(fn("maps", (), I64, [*code, op(Op.ReturnConstK)]))
    assert run(p, [], Limits(heap_size=136 + 96)).heap.used == 232  # the fifth key grows the block in place
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "maps", 10), Limits(heap_size=231))
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "maps", 0), Limits(heap_size=135))


def test_heap_exhausted_by_concat() -> None:
    code = [op(Op.ConstStrKW, 0, 0, 0), op(Op.ConcatStr, 1, 0, 0), op(Op.ConcatStr, 1, 1, 0), op(Op.ReturnCell, 1)]
    p = program(fn("cat", (), CELL, code, consts=[Const("str", b"abc")]))
    assert format_result(run(p, [], Limits(heap_size=40))) == "abcabcabc"  # 16 + 24
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "cat", 2), Limits(heap_size=39))
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "cat", 1), Limits(heap_size=15))


def test_heap_exhausted_while_interning_constants() -> None:
    other = fn("other", (), I64, [op(Op.ReturnConstK)], consts=[Const("str", b"0123456789abcdef")])
    main = fn("main", (), I64, [op(Op.ReturnConstK)], consts=[Const("str", b"0123456789")])
    p = program(other, main, entry=1)
    assert run(p, [], Limits(heap_size=48)).heap.used == 48
    expect_error(p, [], (ErrorKind.HEAP_EXHAUSTED, "main", 0), Limits(heap_size=47))


# Deopt


def test_deopt_from_a_nested_call() -> None:
    inner = fn("inner", (I64,), I64, [op(Op.Nop), op(Op.Deopt, c=9), op(Op.ReturnI64, 0)])
    middle = fn("middle", (I64,), I64, [op(Op.CallI64, 1, 0, 0), op(Op.ReturnI64, 1)])
    main = fn("main", (I64,), F64, [op(Op.CallMixed, 0, 0, 1, flags=1), op(Op.ReturnF64, 0)])
    r = run(program(inner, middle, main, entry=2), [3])
    assert r.bank is None
    assert r.bits == cell.deopt(9)
    assert format_result(r) == "deopt@9"


# Entry arguments and observation


def test_cell_entry_arguments() -> None:
    code = [op(Op.ReturnCell, 0)]
    assert format_result(run1(code, (CELL,), CELL, [CellArg("int", (1 << 47) + 1)])) == str(-(1 << 47) + 1)
    assert run1(code, (CELL,), CELL, [CellArg("float", math.nan)]).bits == NAN
    assert format_result(run1(code, (CELL,), CELL, [CellArg("float", 2.5)])) == "2.5"
    r = run1(code, (CELL,), CELL, [CellArg("str", b"a longer string")])
    assert format_result(r) == "a longer string"
    assert r.heap.used == 24


def test_string_entry_argument_keeps_command_line_bytes() -> None:
    code = [op(Op.LenStr, 0, 0), op(Op.ReturnI64, 0)]
    raw = b"\xff\xfe abc"
    assert value(run1(code, (CELL,), I64, [CellArg("str", raw.decode("utf-8", "surrogateescape"))])) == 6
    assert value(run1(code, (CELL,), I64, [CellArg("str", raw)])) == 6


@pytest.mark.parametrize(
    ("params", "args"),
    [
        ((CELL,), [CellArg("str", "\ud800")]),
        ((I64,), []),
        ((I64,), [1, 2]),
        ((I64,), [1.5]),
        ((I64,), [1 << 63]),
        ((I64,), [True]),
        ((F64,), ["x"]),
        ((CELL,), [5]),
        ((CELL,), [CellArg("list", 1)]),
        ((CELL,), [CellArg("int", "7")]),
    ],
)
def test_bad_entry_arguments(params: tuple[Bank, ...], args: list[Any]) -> None:
    with pytest.raises(InputError):
        run1([op(Op.ReturnConstK)], params, I64, args)


def test_observer_sees_every_step() -> None:
    seen: list[tuple[int, int, int, list[int]]] = []

    def observe(func: int, pc: int, frame: FrameView) -> None:
        seen.append((func, pc, frame.depth, frame.regs(I64)))

    inc = fn("inc", (I64,), I64, [op(Op.AddI64K, 0, 0, 1), op(Op.ReturnI64, 0)], nregs=(1, 0, 0))
    main = fn("main", (I64,), I64, [op(Op.CallI64, 1, 0, 0), op(Op.ReturnI64, 1)], nregs=(2, 0, 0))
    r = run(program(inc, main, entry=1), [4], observer=observe)
    assert value(r) == 5
    assert seen == [(1, 0, 1, [4, 0]), (0, 0, 2, [4]), (0, 1, 2, [5]), (1, 1, 1, [4, 5])]


def test_fib() -> None:
    fib = fn(
        "fib",
        (I64,),
        I64,
        [
            op(Op.CmpLtI64KBr, 0, 2, 7),
            op(Op.SubI64K, 1, 0, 1),
            op(Op.CallI64, 2, 1, 0),
            op(Op.SubI64K, 3, 0, 2),
            op(Op.CallI64, 4, 3, 0),
            op(Op.AddI64, 2, 2, 4),
            op(Op.ReturnI64, 2),
            op(Op.ReturnI64, 0),
        ],
        nregs=(5, 0, 0),
    )
    main = fn("main", (I64,), I64, [op(Op.CallI64, 1, 0, 0), op(Op.ReturnI64, 1)], nregs=(2, 0, 0))
    assert [value(run(program(fib, main, entry=1), [n])) for n in range(12)] == [
        0,
        1,
        1,
        2,
        3,
        5,
        8,
        13,
        21,
        34,
        55,
        89,
    ]


# Independent references: Python ints for i64 arithmetic, C (gcc) for f64 arithmetic


def _wrap(v: int) -> int:
    return cell.to_signed64(v)


def _trunc_div(x: int, y: int) -> int:
    return int(Fraction(x, y))  # exact, truncated toward zero


_INT_REFERENCE = {
    Op.AddI64: lambda x, y: _wrap(x + y),
    Op.SubI64: lambda x, y: _wrap(x - y),
    Op.MulI64: lambda x, y: _wrap(x * y),
    Op.DivI64: lambda x, y: _wrap(_trunc_div(x, y)),
    Op.ModI64: lambda x, y: _wrap(x - y * _trunc_div(x, y)),
}
i64s = st.one_of(st.integers(MIN, MAX), st.sampled_from([MIN, MIN + 1, -1, 0, 1, MAX]), st.integers(-300, 300))


@settings(max_examples=200, deadline=None)
@given(i64s, i64s)
def test_i64_arithmetic_matches_python_reference(x: int, y: int) -> None:
    for code, ref in _INT_REFERENCE.items():
        prog = [op(code, 2, 0, 1), op(Op.ReturnI64, 2)]
        if code in (Op.DivI64, Op.ModI64) and y == 0:
            expect_error(program(fn("main", (I64, I64), I64, prog)), [x, y], (ErrorKind.DIV_ZERO, "main", 0))
        else:
            assert value(run1(prog, (I64, I64), I64, [x, y])) == ref(x, y), code.name


C_FLOAT_REFERENCE = r"""
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
static double d(uint64_t b) { double x; memcpy(&x, &b, 8); return x; }
static uint64_t canon(double x) { uint64_t b; if (isnan(x)) return 0x7FF8000000000000ull; memcpy(&b, &x, 8); return b; }
int main(void) {
    unsigned long long a, b;
    while (scanf("%llx %llx", &a, &b) == 2) {
        double x = d(a), y = d(b);
        int64_t t = INT64_MIN;
        if (!isnan(x) && x >= -9223372036854775808.0 && x < 9223372036854775808.0) t = (int64_t)x;
        printf("%llx %llx %llx %llx %llx %llx %llx\n",
               (unsigned long long)canon(x + y), (unsigned long long)canon(x - y),
               (unsigned long long)canon(x * y), (unsigned long long)canon(x / y),
               (unsigned long long)canon(sqrt(x)), (unsigned long long)t,
               (unsigned long long)canon((double)(int64_t)a));
    }
    return 0;
}
"""


def _random_f64_bits(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.15:
        return rng.choice([0, 1 << 63, fb(math.inf), fb(-math.inf), NAN, PAYLOAD_NAN, 1, fb(2.0**63), fb(-(2.0**63))])
    if r < 0.4:
        return rng.getrandbits(64)
    return fb(math.ldexp(rng.uniform(1, 2), rng.randint(-1080, 1030)) * rng.choice([1, -1]))


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc is not installed")
def test_f64_ops_match_c(tmp_path: Path) -> None:
    src, exe = tmp_path / "f.c", tmp_path / "f"
    src.write_text(C_FLOAT_REFERENCE)
    subprocess.run(["gcc", "-O1", "-ffp-contract=off", str(src), "-o", str(exe), "-lm"], check=True)
    rng = random.Random(99)
    pairs = [(_random_f64_bits(rng), _random_f64_bits(rng)) for _ in range(300)]
    stdin = "".join(f"{a:x} {b:x}\n" for a, b in pairs)
    lines = subprocess.run([str(exe)], input=stdin, capture_output=True, text=True, check=True).stdout.splitlines()
    binary = [Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64]
    for (a, b), line in zip(pairs, lines, strict=True):
        want = [int(w, 16) for w in line.split()]
        x, y = cell.bits_f64(a), cell.bits_f64(b)
        for code, w in zip(binary, want, strict=False):
            assert value(run1([op(code, 2, 0, 1), op(Op.ReturnF64, 2)], (F64, F64), F64, [x, y])) == w, code.name
        assert value(run1([op(Op.SqrtF64, 1, 0), op(Op.ReturnF64, 1)], (F64,), F64, [x])) == want[4]
        assert value(run1([op(Op.F64ToI64, 0, 0), op(Op.ReturnI64, 0)], (F64,), I64, [x])) == _wrap(want[5])
        i = cell.to_signed64(a)
        assert value(run1([op(Op.I64ToF64, 0, 0), op(Op.ReturnF64, 0)], (I64,), F64, [i])) == want[6]
