"""The AOT runtime's C functions under Unicorn on both ISAs, against Python itself: f64 printing against
repr() (random bit patterns and the hard cases), float() and int() of command-line words (any script's digits
and spaces, underscores, halfway cases, thousands of digits), string quoting against jit.vm.results, repr()
of arguments, and whole Cells (nested lists and maps, cycles) against jit.vm.results.format_cell.
"""

from __future__ import annotations

import math
import struct
from decimal import Context, Decimal
from fractions import Fraction

import pytest
from aot_harness import Runtime
from hypothesis import given, settings
from hypothesis import strategies as st

from jit.program import cell
from jit.program.verify import _parse_float, _parse_int
from jit.stencilcheck.heapimage import HEAP_REGION, heap_writes
from jit.stencilset.header import vm
from jit.vm.heap import Heap
from jit.vm.results import format_cell, quote

ISAS = ("x86_64", "arm64")
OK, BAD, RANGE = 0, 1, 2
I64 = (-(1 << 63), (1 << 63) - 1)
INT48 = (-(1 << 47), (1 << 47) - 1)


@pytest.fixture(scope="module", params=ISAS)
def rt(request: pytest.FixtureRequest) -> Runtime:
    return Runtime(request.param)


def f64(x: float) -> int:
    return cell.f64_bits(x)


# ---- f64 as repr() prints it -------------------------------------------------------------------------

HARD = [
    0.0, -0.0, 5e-324, -5e-324, 1e-323, 2.225073858507201e-308, 2.2250738585072014e-308, 1.7976931348623157e308,
    math.inf, -math.inf, math.nan, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.0001, 0.00001, 0.001,
    123456789012345678.0, 0.1, 0.2, 0.3, 0.30000000000000004, 1 / 3, 2 / 3, 9007199254740993.0, 2.0**53, 2.0**-25,
    1e23, 5e22, 9.5, 0.5, 1.5, 2.5, 100.0, 1234.5678, 4.35, 2.0**63, 1e308, 1e-308, 4.9406564584124654e-324,
    8.41e21, 1.0000000000000002, 0.9999999999999999, 6.02214076e23, 1e100, 1e-100, 3.141592653589793,
]  # fmt: skip


def shown(rt: Runtime, bits: int) -> str:
    return rt.printed("jit_aot_out_f64", bits).decode()


def test_hard_cases_print_as_repr(rt: Runtime) -> None:
    powers = [2.0**k for k in range(-1074, 1024, 7)]  # the gap below a power of two is half the one above
    values = [*HARD, *powers, *(math.nextafter(x, 0) for x in powers[1::5])]
    for x in [*values, *(-v for v in values)]:
        assert shown(rt, f64(x)) == repr(x), x
    nan_payloads = (0x7FF0000000000001, 0xFFF8000000000000, 0xFFFFFFFFFFFFFFFF)
    assert [shown(rt, b) for b in nan_payloads] == ["nan"] * 3


@given(bits=st.integers(0, (1 << 64) - 1))
@settings(max_examples=1500, deadline=None)
def test_any_bit_pattern_prints_as_repr(rt: Runtime, bits: int) -> None:
    assert shown(rt, bits) == repr(cell.bits_f64(bits))


@given(x=st.floats(allow_nan=False) | st.floats(min_value=1e-7, max_value=1e18))
@settings(max_examples=200, deadline=None)
def test_any_float_prints_as_repr(rt: Runtime, x: float) -> None:
    assert shown(rt, f64(x)) == repr(x)


@given(v=st.integers(*I64))
@settings(max_examples=100, deadline=None)
def test_i64_prints_in_decimal(rt: Runtime, v: int) -> None:
    assert rt.printed("jit_aot_out_i64", v).decode() == str(v)


# ---- float() and int() of a command-line word ---------------------------------------------------------


def ascii_form(rt: Runtime, word: bytes) -> tuple[int, int] | None:
    """jit_aot_asciify of the word: (address, length) of its ASCII form, or None if no number can come of it."""
    at = rt.text_at(word)
    out = at + len(word) + 16
    n = rt.call("jit_aot_asciify", at, len(word), out)
    return None if n == (1 << 64) - 1 else (out, n)


def c_float(rt: Runtime, word: bytes) -> int | None:
    form = ascii_form(rt, word)
    if form is None:
        return None
    result = rt.ARG - 16
    status = rt.call("jit_aot_parse_float", *form, result)
    return rt.u64(result) if status == OK else None


def py_float(word: bytes) -> int | None:
    x = _parse_float(word.decode("utf-8", "surrogateescape"))
    return None if x is None else f64(x)


def c_int(rt: Runtime, word: bytes, prefixes: bool, lo: int, hi: int) -> tuple[int, int | None]:
    form = ascii_form(rt, word)
    if form is None:
        return BAD, None
    result = rt.ARG - 16
    status = rt.call("jit_aot_parse_int", *form, int(prefixes), lo, hi, result)
    return status, cell.to_signed64(rt.u64(result)) if status == OK else None


def py_int(word: bytes, prefixes: bool, lo: int, hi: int) -> tuple[int, int | None]:
    text = word.decode("utf-8", "surrogateescape")
    if prefixes:
        v = _parse_int(text)
    else:
        try:
            v = int(text)  # click's int(), for option values
        except ValueError:
            v = None
    if v is None:
        return BAD, None
    return (OK, v) if lo <= v <= hi else (RANGE, None)


NUMERIC = st.text(alphabet="0123456789_.eE+-xXoObB \t\n\u00a0\u2003\u0663\u0665\u09e6\uff11aAfFinty", max_size=14)
WORDS = NUMERIC.map(lambda s: s.encode()) | st.binary(max_size=8)


@given(word=WORDS)
@settings(max_examples=500, deadline=None)
def test_float_of_any_word(rt: Runtime, word: bytes) -> None:
    assert c_float(rt, word) == py_float(word)


@given(word=WORDS, prefixes=st.booleans(), bounds=st.sampled_from([I64, INT48]))
@settings(max_examples=500, deadline=None)
def test_int_of_any_word(rt: Runtime, word: bytes, prefixes: bool, bounds: tuple[int, int]) -> None:
    assert c_int(rt, word, prefixes, *bounds) == py_int(word, prefixes, *bounds)


@given(v=st.integers(-(1 << 70), 1 << 70), form=st.sampled_from(["{}", "{:_}", "{:#x}", "{:#o}", "{:#b}", " {} "]))
@settings(max_examples=200, deadline=None)
def test_int_at_the_range_ends(rt: Runtime, v: int, form: str) -> None:
    word = (form.format(v) if v >= 0 or "#" not in form else "-" + form.format(-v)).encode()
    for bounds in (I64, INT48):
        assert c_int(rt, word, True, *bounds) == py_int(word, True, *bounds)


def test_int_digit_limit(rt: Runtime) -> None:
    """int() refuses more decimal digits than sys.get_int_max_str_digits(), leading zeros counted."""
    for word in (b"1" * 4300, b"1" * 4301, b"0" * 4301, b"0x" + b"f" * 5000, b"-" + b"0" * 4300 + b"7"):
        assert c_int(rt, word, True, *I64) == py_int(word, True, *I64), word[:8]


def decimal_text(q: Fraction) -> str:
    """The exact decimal expansion of q (a dyadic rational)."""
    return format(Context(prec=2000).divide(Decimal(q.numerator), Decimal(q.denominator)), "f")


@given(x=st.floats(min_value=5e-324, allow_infinity=False, allow_nan=False))
@settings(max_examples=300, deadline=None)
def test_float_halfway_cases_round_to_even(rt: Runtime, x: float) -> None:
    """The exact midpoints to the neighbours (hundreds of digits; past the largest double, where infinity
    begins), and just above and below them."""
    above = Fraction(x) + Fraction(math.ulp(x)) / 2
    below = Fraction(x) - (Fraction(x) - Fraction(math.nextafter(x, 0))) / 2
    words = [repr(x), f"{x:.17e}", f"{x:.25e}"]
    for mid in (above, below):
        digits = decimal_text(mid).rstrip("0").rstrip(".")
        last = len(digits) - 1  # decrement the last digit (a midpoint's is 5): just below the midpoint
        words += [digits, digits + "0001", digits[:last] + str(int(digits[last]) - 1) + "9" * 30]
    for word in words:
        assert c_float(rt, word.encode()) == py_float(word.encode()), word[:40]


def test_float_of_long_words(rt: Runtime) -> None:
    words = [
        "0." + "0" * 340 + "247032822920623272",  # near half the smallest subnormal
        "0." + "0" * 323 + "2470328229206232720882",
        "1" * 2000 + "e-1700",
        "9" * 900 + ".9e-600",
        "1" + "0" * 308,
        "17976931348623157" + "0" * 292,
        "17976931348623158" + "0" * 292,  # rounds up to infinity
        "2." + "2250738585072011" + "3" * 800 + "e-308",
        "0." + "5" * 5000,
        "1_000_000.000_001e-0_3",
        "1e-99999999999999999999",
        "-1e+99999999999999999999",
    ]
    for word in words:
        assert c_float(rt, word.encode()) == py_float(word.encode()), word[:40]


# ---- strings: quoting, repr() of arguments --------------------------------------------------------------

TEXTY = st.binary(max_size=16) | st.text(max_size=8).map(lambda s: s.encode("utf-8", "surrogatepass"))


@given(data=TEXTY)
@settings(max_examples=300, deadline=None)
def test_strings_print_as_the_results_print_them(rt: Runtime, data: bytes) -> None:
    at = rt.text_at(data)
    text = data.decode("utf-8", errors="replace")
    assert rt.printed("jit_aot_out_string", at, len(data), 0) == text.encode()
    assert rt.printed("jit_aot_out_string", at, len(data), 1) == quote(text).encode()


@given(data=TEXTY | st.sampled_from([b"'", b'"', b"'\"", b"\\", b"\x7f\x80\xa0", "\u2028\U000e0001".encode()]))
@settings(max_examples=300, deadline=None)
def test_arguments_are_quoted_as_repr(rt: Runtime, data: bytes) -> None:
    at = rt.text_at(data)
    assert rt.printed("jit_aot_out_repr", at, len(data)) == repr(data.decode("utf-8", "surrogateescape")).encode()


# ---- Cells ------------------------------------------------------------------------------------------------

CTX = 0x4010_0000  # VMCtx, then the heap, then the printer's stack
HEAP = 0x4010_1000
STACK = 0x4018_0000

SCALARS = st.sampled_from(
    [cell.from_int(5), cell.from_int(-7), cell.from_bool(True), cell.from_bool(False), cell.NULL, cell.deopt(12),
     cell.from_f64(2.5), cell.from_f64(-0.0), cell.CANONICAL_NAN, cell.inline_str(b"ab"), cell.inline_str(b""),
     0xFFFD_0000_0000_0001, cell.handle(5, 3)]
)  # fmt: skip


@st.composite
def heaps(draw: st.DrawFn) -> tuple[Heap, int]:
    """A heap of strings, lists and maps, some nested, some holding themselves; and the Cell to print."""
    b = Heap(HEAP_REGION)
    made = [draw(SCALARS) for _ in range(3)]
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["str", "list", "map"]))
        if kind == "str":
            made.append(b.new_string(draw(st.binary(min_size=6, max_size=12))))
        elif kind == "list":
            h = b.new_list(draw(st.integers(0, 3)))
            for item in draw(st.lists(st.sampled_from(made), max_size=5)):
                b.list_push(h, item)
            if draw(st.booleans()):
                b.list_push(h, h)  # a cycle
            made.append(h)
        else:
            m = b.new_map(draw(st.integers(0, 5)))
            for k, v in draw(st.lists(st.tuples(st.integers(-3, 9), st.integers(-(1 << 40), 1 << 40)), max_size=6)):
                b.map_set(m, k, v)
            made.append(m)
    outer = b.new_list(0)
    for item in draw(st.lists(st.sampled_from(made), min_size=1, max_size=4)):
        b.list_push(outer, item)
    return b, draw(st.sampled_from([outer, *made]))


@given(case=heaps())
@settings(max_examples=150, deadline=None)
def test_cells_print_as_jit_run_prints_them(rt: Runtime, case: tuple[Heap, int]) -> None:
    b, c = case
    heap = bytearray(b.used)
    for offset, data in heap_writes(b):
        heap[offset : offset + len(data)] = data
    rt.write(HEAP, bytes(heap))
    ctx = bytearray(vm("CTX_SIZE"))
    struct.pack_into("<Q", ctx, vm("CTX_HEAP_BASE"), HEAP)
    struct.pack_into("<Q", ctx, vm("CTX_HEAP_USED"), b.used)
    rt.write(CTX, bytes(ctx))
    assert rt.printed("jit_aot_out_cell", c, CTX, STACK).decode() == format_cell(c, b)
    assert rt.read(HEAP, len(heap)) == heap  # the marks of the containers being printed are gone


def test_a_list_nested_deep_prints(rt: Runtime) -> None:
    """An explicit stack of frames: no recursion on the machine stack."""
    b = Heap(HEAP_REGION)
    inner = b.new_list(0)
    for _ in range(1500):
        outer = b.new_list(1)
        b.list_push(outer, inner)
        inner = outer
    heap = bytearray(b.used)
    for offset, data in heap_writes(b):
        heap[offset : offset + len(data)] = data
    rt.write(HEAP, bytes(heap))
    ctx = bytearray(vm("CTX_SIZE"))
    struct.pack_into("<Q", ctx, vm("CTX_HEAP_BASE"), HEAP)
    rt.write(CTX, bytes(ctx))
    assert rt.printed("jit_aot_out_cell", inner, CTX, STACK).decode() == "[" * 1501 + "]" * 1501
