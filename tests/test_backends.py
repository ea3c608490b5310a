"""Every backend agrees with the interpreter, bit for bit: on the examples, on every runtime
error (same kind, function and pc), at the depth, window and heap limits, and on Deopt.

`observe` is the comparison every test here (and tests/test_backend_props.py) uses: a
result's bank, raw bits and printed text, or a runtime error's key. A machine backend that
quietly fell back to the interpreter would make a comparison vacuous, so that is a failure.
"""

from __future__ import annotations

import contextlib
import functools
import io
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jit.isa.registry import host_isa
from test_examples import CASES, REFERENCES, load_verified

from jit.errors import ErrorKind, VMError
from jit.machine.backends import available_backends, run_program
from jit.program import cell
from jit.program.model import Program
from jit.program.ops import Bank
from jit.program.text import parse_text
from jit.program.verify import CellArg, parse_entry_args, verify
from jit.vm.limits import DEFAULT_LIMITS, Limits
from jit.vm.results import format_result

ROOT = Path(__file__).resolve().parent.parent
INT64_MIN = -(1 << 63)

HAS_NATIVE = "native" in available_backends() and host_isa() == "x86_64"
needs_native = pytest.mark.skipif(not HAS_NATIVE, reason="the native backend needs an x86-64 host")

Machine = tuple[str, str | None]
MACHINES: list[Machine] = [("native", None), ("emulate", "x86_64"), ("emulate", "arm64")]
MACHINES_HERE = [m for m in MACHINES if m[0] != "native" or HAS_NATIVE]
"""The machine backends this host can run."""
MACHINE_PARAMS = [
    pytest.param("native", None, marks=needs_native, id="native"),
    pytest.param("emulate", "x86_64", id="emulate-x86_64"),
    pytest.param("emulate", "arm64", id="emulate-arm64"),
]

Observed = tuple[object, ...]
"""("ok", bank, bits, printed text) or ("error", kind, function, pc)."""


def observe(program: Program, args: Sequence[object], backend: str, isa: str | None, limits: Limits) -> Observed:
    """Run on one backend and reduce the outcome to what every backend must agree on."""
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            outcome = run_program(program, args, backend=backend, isa=isa, limits=limits)
    except VMError as e:
        observed: Observed = ("error", *e.key())
    else:
        expected_backend = "interp" if backend == "interp" else f"{backend} {isa or host_isa()}"
        assert outcome.backend == expected_backend
        r = outcome.result
        observed = ("ok", r.bank, r.bits, format_result(r))
    assert "running on the interpreter" not in err.getvalue(), err.getvalue()
    return observed


def agree(program: Program, args: Sequence[object], limits: Limits = DEFAULT_LIMITS) -> Observed:
    """The interpreter's outcome, after checking that every machine backend here observes the same."""
    reference = observe(program, args, "interp", None, limits)
    for backend, isa in MACHINES_HERE:
        assert observe(program, args, backend, isa, limits) == reference, (backend, isa)
    return reference


def prog(text: str) -> Program:
    program = parse_text(text, "<test>")
    verify(program)
    return program


def error(kind: ErrorKind, func: str, pc: int) -> Observed:
    return ("error", kind, func, pc)


def i64(value: int) -> Observed:
    return ("ok", Bank.I64, value & cell.MASK64, str(value))


# The examples


EDGE_CASES = [
    ("collatz", ["1"]),
    ("sieve", ["2"]),
    ("memo", ["1"]),
    ("gcd", ["1"]),
    ("pascal", ["0"]),
    ("tailsum", ["0"]),
    ("deopt", ["16"]),
    ("deopt", ["17"]),
    ("mixed", ["3", "-2.5"]),
    ("concat", ["1"]),
]
EXAMPLE_RUNS = [(p, args) for p, args, _ in CASES] + [(ROOT / "examples" / f"{n}.vm3", a) for n, a in EDGE_CASES]


@functools.cache
def interp_example(path: Path, args: tuple[str, ...]) -> Observed:
    program = load_verified(path)
    return observe(program, parse_entry_args(program, args), "interp", None, DEFAULT_LIMITS)


def test_example_runs_cover_every_example() -> None:
    assert {p.stem for p, _ in EXAMPLE_RUNS} == set(REFERENCES)


@pytest.mark.parametrize(("backend", "isa"), MACHINE_PARAMS)
@pytest.mark.parametrize(("path", "args"), EXAMPLE_RUNS, ids=[f"{p.stem}-{'_'.join(a)}" for p, a in EXAMPLE_RUNS])
def test_example_matches_interp(path: Path, args: list[str], backend: str, isa: str | None) -> None:
    program = load_verified(path)
    reference = interp_example(path, tuple(args))
    assert reference[0] == "ok"
    assert observe(program, parse_entry_args(program, args), backend, isa, DEFAULT_LIMITS) == reference


# Division


@pytest.mark.parametrize(
    ("line", "args"),
    [
        ("DivI64 i2, i0, i1", (7, 0)),
        ("ModI64 i2, i0, i1", (-7, 0)),
        ("DivI64K i2, i0, 0", (7, 1)),
        ("ModI64K i2, i0, 0", (INT64_MIN, -1)),
    ],
)
def test_division_by_zero(line: str, args: tuple[int, int]) -> None:
    p = prog(f"func main(i64, i64) -> i64\n    {line}\n    ReturnI64 i2\nend\n")
    assert agree(p, args) == error(ErrorKind.DIV_ZERO, "main", 0)


def test_division_by_zero_in_a_nested_call() -> None:
    p = prog("""
        entry main
        func inner(i64, i64) -> i64
            AddI64K i2, i0, 1
            DivI64 i2, i2, i1
            ReturnI64 i2
        end
        func middle(i64, i64) -> i64
            CallI64 i2, i0, inner
            ReturnI64 i2
        end
        func main(i64, i64) -> i64
            CallI64 i2, i0, middle
            ReturnI64 i2
        end
    """)
    assert agree(p, (5, 2)) == i64(3)
    assert agree(p, (5, 0)) == error(ErrorKind.DIV_ZERO, "inner", 1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("DivI64 i2, i0, i1", INT64_MIN),
        ("ModI64 i2, i0, i1", 0),
        ("DivI64K i2, i0, -1", INT64_MIN),
        ("ModI64K i2, i0, -1", 0),
    ],
)
def test_int64_min_by_minus_one_wraps_without_a_trap(line: str, expected: int) -> None:
    """x86-64's idiv traps on INT64_MIN / -1; natively that would be SIGFPE in the host process."""
    p = prog(f"func main(i64, i64) -> i64\n    {line}\n    ReturnI64 i2\nend\n")
    assert agree(p, (INT64_MIN, -1)) == i64(expected)


@pytest.mark.parametrize(("x", "y"), [(-7, 2), (7, -2), (-7, -2), (INT64_MIN, 3), (INT64_MIN + 1, -1)])
def test_division_truncates_and_mod_takes_dividend_sign(x: int, y: int) -> None:
    p = prog(
        "func main(i64, i64) -> i64\n    DivI64 i2, i0, i1\n    ModI64 i3, i0, i1\n"
        "    MulI64K i2, i2, 1000\n    AddI64 i2, i2, i3\n    ReturnI64 i2\nend\n"
    )
    quotient = abs(x) // abs(y) * (1 if (x < 0) == (y < 0) else -1)
    remainder = x - quotient * y
    assert agree(p, (x, y)) == i64(cell.wrap64(quotient * 1000 + remainder))


# Floats: NaN canonicalisation, bit moves, conversions


SNAN = cell.bits_f64(0x7FF0000000000001)
NEG_PAYLOAD_NAN = cell.bits_f64(0xFFF4000000000123)
INF = float("inf")


@pytest.mark.parametrize(
    ("line", "args", "bits"),
    [
        ("AddF64 f3, f0, f1", (INF, -INF, 0.0), cell.CANONICAL_NAN),
        ("SubF64 f3, f0, f1", (INF, INF, 0.0), cell.CANONICAL_NAN),
        ("MulF64 f3, f0, f1", (0.0, -INF, 0.0), cell.CANONICAL_NAN),
        ("DivF64 f3, f0, f1", (-0.0, 0.0, 0.0), cell.CANONICAL_NAN),
        ("DivF64 f3, f0, f1", (-1.0, 0.0, 0.0), cell.f64_bits(-INF)),
        ("AddF64 f3, f0, f1", (SNAN, 1.0, 0.0), cell.CANONICAL_NAN),
        ("AddF64 f3, f0, f1", (NEG_PAYLOAD_NAN, 1.0, 0.0), cell.CANONICAL_NAN),
        ("SqrtF64 f3, f0", (-1.0, 0.0, 0.0), cell.CANONICAL_NAN),
        ("SqrtF64 f3, f0", (-0.0, 0.0, 0.0), cell.f64_bits(-0.0)),
        ("SqrtF64 f3, f0", (2.0, 0.0, 0.0), cell.f64_bits(2.0**0.5)),
        ("FmaF64 f3, f0, 0x0201", (0.0, INF, 1.0), cell.CANONICAL_NAN),
        ("FmaF64 f3, f0, 0x0201", (0.1, 10.0, -1.0), cell.f64_bits(5.551115123125783e-17)),
        ("MovF64 f3, f0", (NEG_PAYLOAD_NAN, 0.0, 0.0), 0xFFF4000000000123),
        ("NegF64 f3, f0", (SNAN, 0.0, 0.0), 0xFFF0000000000001),
        ("NegF64 f3, f0", (0.0, 0.0, 0.0), cell.f64_bits(-0.0)),
    ],
)
def test_f64_results_bit_for_bit(line: str, args: tuple[float, float, float], bits: int) -> None:
    """Arithmetic NaNs are canonical on both ISAs (x86-64's default NaN has the sign bit set); moves keep bits."""
    p = prog(f"func main(f64, f64, f64) -> f64\n    .regs f64=4\n    {line}\n    ReturnF64 f3\nend\n")
    assert agree(p, args)[1:3] == (Bank.F64, bits)


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (float("nan"), INT64_MIN),
        (INF, INT64_MIN),
        (-INF, INT64_MIN),
        (2.0**63, INT64_MIN),
        (-(2.0**63), INT64_MIN),
        (9.2e18, 9200000000000000000),
        (-1.9999, -1),
        (-0.5, 0),
        (1e-300, 0),
    ],
)
def test_f64_to_i64_truncates_and_gives_int64_min_outside(x: float, expected: int) -> None:
    """arm64's fcvtzs saturates where x86-64's cvttsd2si gives INT64_MIN: the stencils must agree."""
    p = prog("func main(f64) -> i64\n    .regs i64=1\n    F64ToI64 i0, f0\n    ReturnI64 i0\nend\n")
    assert agree(p, (x,)) == i64(expected)


@pytest.mark.parametrize("value", [(1 << 63) - 1, INT64_MIN, (1 << 53) + 1, -3])
def test_i64_to_f64_rounds_to_nearest(value: int) -> None:
    p = prog("func main(i64) -> f64\n    .regs f64=1\n    I64ToF64 f0, i0\n    ReturnF64 f0\nend\n")
    assert agree(p, (value,))[1:3] == (Bank.F64, cell.f64_bits(float(value)))


def test_list_f64_elements_canonicalise_nan_on_store_and_move_bits_on_load() -> None:
    """ListSetF64 canonicalises a NaN; ListGetF64 reads an int48 element's Cell bits unchanged."""
    p = prog("""
        func main(f64, i64) -> f64
            .regs i64=3 f64=1 cell=1
            NewList c0, 0
            ConstI64K i0, 0
            ConstI64K i2, -5
            ListPushI64 c0, i2
            ListPushI64 c0, i2
            ListSetF64 c0, f0, i0
            ListGetF64 f0, c0, i1
            ReturnF64 f0
        end
    """)
    assert agree(p, (SNAN, 0))[1:3] == (Bank.F64, cell.CANONICAL_NAN)
    assert agree(p, (-1.5, 0))[1:3] == (Bank.F64, cell.f64_bits(-1.5))
    assert agree(p, (SNAN, 1))[1:3] == (Bank.F64, cell.from_int(-5))


# Strings


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (b"", b""),
        (b"ab", b"cde"),
        (b"abc", b"def"),
        (b"", b"a long string"),
        (b"a long string", b"\xff\x00!"),
        (b"hello", b""),
    ],
)
def test_concat_and_length_across_the_inline_limit(left: bytes, right: bytes) -> None:
    """Results of 5 bytes or fewer are inline Cells, longer ones heap strings: same bits everywhere."""
    concat = prog("func main(cell, cell) -> cell\n    ConcatStr c2, c0, c1\n    ReturnCell c2\nend\n")
    length = prog(
        "func main(cell, cell) -> i64\n    .regs i64=1\n    ConcatStr c0, c0, c1\n"
        "    LenStr i0, c0\n    ReturnI64 i0\nend\n"
    )
    args = (CellArg("str", left), CellArg("str", right))
    observed = agree(concat, args)
    assert observed[3] == (left + right).decode("utf-8", errors="replace")
    assert (observed[2] >> 48 == cell.TAG_STR) == (len(left + right) <= cell.INLINE_STR_MAX)
    assert agree(length, args) == i64(len(left + right))


# Index errors


LIST_OPS = [
    "ListGetI64 i2, c0, i0",
    "ListSetI64 c0, i1, i0",
    "ListGetF64 f0, c0, i0",
    "ListSetF64 c0, f0, i0",
    "ListGetCell c1, c0, i0",
    "ListSetCell c0, c1, i0",
]
BAD_INDICES = [-1, 2, 3, 1 << 32, -(1 << 32), INT64_MIN, (1 << 63) - 1]


@pytest.mark.parametrize("line", LIST_OPS, ids=[line.split()[0] for line in LIST_OPS])
def test_list_index_out_of_range(line: str) -> None:
    p = prog(f"""
        func main(i64) -> i64
            .regs i64=3 f64=1 cell=2
            NewList c0, 1
            ConstI64K i1, 10
            ListPushI64 c0, i1
            ListPushI64 c0, i1
            {line}
            ListLenI64 i2, c0
            ReturnI64 i2
        end
    """)
    assert agree(p, (1,)) == i64(2)
    for index in BAD_INDICES:
        assert agree(p, (index,)) == error(ErrorKind.INDEX, "main", 4), index


def test_list_index_on_an_empty_list() -> None:
    p = prog("func main(i64) -> i64\n    NewList c0, 0\n    ListGetI64 i1, c0, i0\n    ReturnI64 i1\nend\n")
    assert agree(p, (0,)) == error(ErrorKind.INDEX, "main", 1)


def test_table_index_out_of_range() -> None:
    p = prog("""
        func main(i64) -> i64
            .table 5, -6, 9223372036854775807
            LookupI64KW i1, i0, 0
            ReturnI64 i1
        end
    """)
    assert agree(p, (1,)) == i64(-6)
    assert agree(p, (2,)) == i64((1 << 63) - 1)
    for index in [-1, 3, 1 << 32, -(1 << 32), INT64_MIN]:
        assert agree(p, (index,)) == error(ErrorKind.INDEX, "main", 0), index


# Wrong kind


WRONG_KIND = [
    ("LenStr on a list", "(i64) -> i64", "NewList c0, 0\n LenStr i0, c0\n ReturnI64 i0", (0,)),
    ("LenStr on a float cell", "(i64) -> i64", ".regs cell=1\n LenStr i0, c0\n ReturnI64 i0", (0,)),
    (
        "ConcatStr with a list",
        "(i64) -> cell",
        '.const str "hello there"\n ConstStrKW c1, 0\n NewList c0, 0\n ConcatStr c2, c1, c0\n ReturnCell c2',
        (0,),
    ),
    (
        "ConcatStr with an int cell",
        "(cell) -> cell",
        '.const str "ab"\n ConstStrKW c1, 0\n ConcatStr c2, c1, c0\n ReturnCell c2',
        (CellArg("int", 5),),
    ),
    (
        "list push on an int cell",
        "(cell) -> i64",
        ".regs i64=1\n ListPushI64 c0, i0\n ReturnI64 i0",
        (CellArg("int", 5),),
    ),
    (
        "list length of a string",
        "(cell) -> i64",
        ".regs i64=1\n ListLenI64 i0, c0\n ReturnI64 i0",
        (CellArg("str", b"hello world"),),
    ),
    (
        "list length of a short string",
        "(cell) -> i64",
        ".regs i64=1\n ListLenI64 i0, c0\n ReturnI64 i0",
        (CellArg("str", b"hi"),),
    ),
    ("list get on a map", "(i64) -> i64", "NewMap c0, 0\n ListGetI64 i0, c0, i0\n ReturnI64 i0", (0,)),
    (
        "list set cell on a float",
        "(cell) -> i64",
        ".regs i64=1\n ListSetCell c0, c0, i0\n ReturnI64 i0",
        (CellArg("float", 1.5),),
    ),
    ("map set on a list", "(i64) -> i64", "NewList c0, 0\n MapSetI64I64 c0, i0, i0\n ReturnI64 i0", (0,)),
    ("map get on a list", "(i64) -> i64", "NewList c0, 4\n MapGetI64I64 i0, c0, i0\n ReturnI64 i0", (0,)),
    (
        "map get on a string",
        "(cell) -> i64",
        ".regs i64=1\n MapGetI64I64 i0, c0, i0\n ReturnI64 i0",
        (CellArg("str", b"a long string"),),
    ),
]


@pytest.mark.parametrize(("sig", "body", "args"), [w[1:] for w in WRONG_KIND], ids=[w[0] for w in WRONG_KIND])
def test_wrong_kind(sig: str, body: str, args: tuple[object, ...]) -> None:
    """Each body fails at its last op before the return."""
    p = prog(f"func main{sig}\n {body}\nend\n")
    fails_at = len(p.entry_function.code) - 2
    assert agree(p, args) == error(ErrorKind.WRONG_KIND, "main", fails_at)


# Call depth and register windows


RECURSION = """
    entry main
    func down(i64) -> i64
        .regs i64={regs} f64={fregs} cell={cregs}
        CmpLeI64KBr i0, 0, base
        SubI64K i1, i0, 1
        CallI64 i2, i1, down
        AddI64K i2, i2, 1
        ReturnI64 i2
    base:
        ReturnConstK 0
    end
    func main(i64) -> i64
        CallI64 i1, i0, down
        ReturnI64 i1
    end
"""


def recursion(regs: int = 3, fregs: int = 0, cregs: int = 0) -> Program:
    """main(n) calls down(n), which recurses to down(0): depth n + 2 at the bottom."""
    return prog(RECURSION.format(regs=regs, fregs=fregs, cregs=cregs))


def test_depth_limit_is_exact() -> None:
    p, limits = recursion(), Limits(max_depth=50)
    assert agree(p, (48,), limits) == i64(48)
    assert agree(p, (49,), limits) == error(ErrorKind.STACK_OVERFLOW, "down", 2)
    assert agree(p, (5,), Limits(max_depth=1)) == error(ErrorKind.STACK_OVERFLOW, "main", 0)


def test_recursion_200000_deep_works_everywhere() -> None:
    assert agree(recursion(), (200_000,)) == i64(200_000)


@pytest.mark.parametrize(("backend", "isa"), MACHINE_PARAMS)
def test_recursion_to_the_default_depth_limit_on_each_machine(backend: str, isa: str | None) -> None:
    """Depth exactly max_depth (10,000,000) works on the machine stack and the lazily reserved bank stacks; one
    more is a clean error, as the interpreter reports it (test_depth_limit_is_exact compares all backends at a
    small limit: ten million frames of the Python interpreter are slow)."""
    p = recursion()
    deepest = DEFAULT_LIMITS.max_depth - 2
    assert observe(p, (deepest,), backend, isa, DEFAULT_LIMITS) == i64(deepest)
    assert observe(p, (deepest + 1,), backend, isa, DEFAULT_LIMITS) == error(ErrorKind.STACK_OVERFLOW, "down", 2)


DOUBLING = """
    func main(i64) -> i64
        .const str "6bytes"
        ConstStrKW c0, 0
    again:
        CmpLeI64KBr i0, 0, done
        ConcatStr c0, c0, c0
        SubI64K i0, i0, 1
        Jump again
    done:
        LenStr i1, c0
        ReturnI64 i1
    end
"""


def test_a_heap_of_hundreds_of_megabytes_at_the_default_limits() -> None:
    """A string doubled 24 times: 96 MiB long, 192 MiB of heap in all (three times the old fixed 64 MiB),
    reserved up front and touched as it is written, on every backend."""
    assert agree(prog(DOUBLING), (24,)) == i64(6 << 24)


@pytest.mark.parametrize(("regs", "fregs", "cregs"), [(3, 0, 0), (3, 4, 0), (3, 0, 5)], ids=["i64", "f64", "cell"])
def test_register_window_overflow(regs: int, fregs: int, cregs: int) -> None:
    """down's windows are stacked after main's; the bank with the widest window overflows first."""
    limits = Limits(stack_regs=64)
    p = recursion(regs, fregs, cregs)
    per_call = max(regs, fregs, cregs)
    used = 2 if per_call == regs else 0  # main's own window (i64 only)
    fits = (64 - used) // per_call  # activations of down that fit
    assert agree(p, (fits - 1,), limits) == i64(fits - 1)
    assert agree(p, (fits,), limits) == error(ErrorKind.STACK_OVERFLOW, "down", 2)


def test_entry_window_overflow_and_exact_fit() -> None:
    p = prog("func main(i64) -> i64\n    .regs i64=8\n    ReturnI64 i0\nend\n")
    assert agree(p, (3,), Limits(stack_regs=8)) == i64(3)
    assert agree(p, (3,), Limits(stack_regs=7)) == error(ErrorKind.STACK_OVERFLOW, "main", 0)


def test_tail_call_window_overflow() -> None:
    p = prog("""
        entry main
        func wide(i64) -> i64
            .regs i64=40
            ReturnI64 i0
        end
        func main(i64) -> i64
            .regs i64=2
            TailCallI64 i0, wide
        end
    """)
    assert agree(p, (7,), Limits(stack_regs=40)) == i64(7)
    assert agree(p, (7,), Limits(stack_regs=39)) == error(ErrorKind.STACK_OVERFLOW, "main", 0)


def test_empty_bank_fits_at_the_end_of_its_stack() -> None:
    """A callee with no f64 registers is called when the f64 stack is exactly full."""
    p = prog("""
        entry main
        func leaf(i64) -> i64
            ReturnI64 i0
        end
        func main(i64) -> i64
            .regs i64=2 f64=4
            CallI64 i1, i0, leaf
            ReturnI64 i1
        end
    """)
    assert agree(p, (9,), Limits(stack_regs=4)) == i64(9)
    assert agree(p, (9,), Limits(stack_regs=3)) == error(ErrorKind.STACK_OVERFLOW, "main", 0)


# Heap exhaustion (sizes: docs/semantics.md, "Heap")


PUSHES = """
    func main(i64) -> i64
        NewList c0, 0
    again:
        CmpLeI64KBr i0, 0, done
        ListPushI64 c0, i0
        SubI64K i0, i0, 1
        Jump again
    done:
        ListLenI64 i0, c0
        ReturnI64 i0
    end
"""
MAP_INSERTS = """
    func main(i64) -> i64
        NewMap c0, 3
    again:
        CmpLeI64KBr i0, 0, done
        MapSetI64I64 c0, i0, i0
        SubI64K i0, i0, 1
        Jump again
    done:
        ConstI64K i0, 1
        MapGetI64I64 i0, c0, i0
        ReturnI64 i0
    end
"""
CONCAT = """
    func main(i64) -> cell
        .const str "ab"
        .const str "defgh"
        ConstStrKW c0, 0
        ConstStrKW c1, 1
        ConcatStr c2, c0, c0
        ConcatStr c2, c0, c1
        ReturnCell c2
    end
"""


@pytest.mark.parametrize(
    ("text", "arg", "heap_size", "observed"),
    [
        ("func main(i64) -> i64\n NewList c0, 0\n ReturnI64 i0\nend\n", 0, 24, i64(0)),
        (
            "func main(i64) -> i64\n NewList c0, 0\n ReturnI64 i0\nend\n",
            0,
            23,
            error(ErrorKind.HEAP_EXHAUSTED, "main", 0),
        ),
        (
            "func main(i64) -> i64\n NewList c0, 4\n ReturnI64 i0\nend\n",
            0,
            55,
            error(ErrorKind.HEAP_EXHAUSTED, "main", 0),
        ),
        ("func main(i64) -> i64\n NewMap c0, 5\n ReturnI64 i0\nend\n", 0, 40 + 8 * 24, i64(0)),
        (
            "func main(i64) -> i64\n NewMap c0, 5\n ReturnI64 i0\nend\n",
            0,
            39 + 8 * 24,
            error(ErrorKind.HEAP_EXHAUSTED, "main", 0),
        ),
        (PUSHES, 4, 24 + 32, i64(4)),
        (PUSHES, 5, 24 + 32 + 31, error(ErrorKind.HEAP_EXHAUSTED, "main", 2)),  # growth in place: 32 more
        (PUSHES, 5, 24 + 32 + 32, i64(5)),
        (PUSHES, 9, 24 + 32 + 32 + 63, error(ErrorKind.HEAP_EXHAUSTED, "main", 2)),
        (MAP_INSERTS, 4, 40 + 4 * 24, i64(1)),
        (MAP_INSERTS, 5, 40 + 4 * 24 + 4 * 24 - 1, error(ErrorKind.HEAP_EXHAUSTED, "main", 2)),
        (MAP_INSERTS, 5, 40 + 4 * 24 + 4 * 24, i64(1)),
        (CONCAT, 0, 16, ("ok", Bank.CELL, cell.handle(cell.ARENA_STR, 0), "abdefgh")),
        (CONCAT, 0, 15, error(ErrorKind.HEAP_EXHAUSTED, "main", 3)),
    ],
)
def test_heap_exhausted_at_the_op_that_allocates(text: str, arg: int, heap_size: int, observed: Observed) -> None:
    assert agree(prog(text), (arg,), Limits(heap_size=heap_size)) == observed


def test_heap_exhausted_while_interning_constants_or_arguments() -> None:
    """Start-up failures are reported at the entry function, pc 0, even for another function's constant."""
    p = prog("""
        entry main
        func other(i64) -> cell
            .const str "a constant of 22 bytes"
            ConstStrKW c0, 0
            ReturnCell c0
        end
        func main(cell) -> i64
            .regs i64=1
            ReturnConstK 1
        end
    """)
    long_arg = (CellArg("str", b"an argument of 24 bytes!"),)
    assert agree(p, long_arg, Limits(heap_size=32 + 32)) == i64(1)
    assert agree(p, long_arg, Limits(heap_size=32 + 31)) == error(ErrorKind.HEAP_EXHAUSTED, "main", 0)
    assert agree(p, long_arg, Limits(heap_size=31)) == error(ErrorKind.HEAP_EXHAUSTED, "main", 0)
    assert agree(p, (CellArg("str", b"short"),), Limits(heap_size=32)) == i64(1)


def test_zero_heap_runs_programs_that_do_not_allocate() -> None:
    p = prog(
        'func main(i64) -> cell\n .const str "12345"\n ConstStrKW c0, 0\n ConcatStr c0, c0, c0\n ReturnCell c0\nend\n'
    )
    assert agree(p, (0,), Limits(heap_size=0)) == error(ErrorKind.HEAP_EXHAUSTED, "main", 1)
    q = prog(
        'func main(i64) -> cell\n .const str "12"\n ConstStrKW c0, 0\n ConcatStr c0, c0, c0\n ReturnCell c0\nend\n'
    )
    assert agree(q, (0,), Limits(heap_size=0))[3] == "1212"


# Deopt


def test_deopt_inside_nested_calls_stops_the_whole_run() -> None:
    p = prog("""
        entry main
        func guard(i64) -> i64
            CmpGtI64KBr i0, 3, bail
            ReturnI64 i0
        bail:
            Deopt 0
        end
        func step(i64, cell) -> cell
            .regs i64=2
            CallI64 i1, i0, guard
            ListPushI64 c1, i1
            ReturnCell c1
        end
        func main(i64) -> f64
            .regs i64=3 f64=1 cell=3
            NewList c2, 0
            ConstI64K i2, 0
        again:
            MovI64 i1, i2
            CallMixed c0, 1, step
            AddI64K i2, i2, 1
            CmpLeI64Br i2, i0, again
            I64ToF64 f0, i2
            ReturnF64 f0
        end
    """)
    assert agree(p, (10,)) == ("ok", None, cell.deopt(0), "deopt@0")
    assert agree(p, (2,)) == ("ok", Bank.F64, cell.f64_bits(3.0), "3.0")


@pytest.mark.parametrize("pc", [3, 5, 0xFFFF])
def test_deopt_pc_past_the_function_end(pc: int) -> None:
    """vm3 returns deopt@C for any u16 C: the pc names the source bytecode, not a target in this function."""
    p = prog(f"func main(i64) -> i64\n CmpGtI64KBr i0, 3, bail\n ReturnI64 i0\nbail:\n Deopt {pc}\nend\n")
    assert agree(p, (10,)) == ("ok", None, cell.deopt(pc), f"deopt@{pc}")
    assert agree(p, (2,)) == i64(2)


def test_a_tail_call_with_its_arguments_in_place_sees_their_pinned_values() -> None:
    """TailCallMixed with B = 0 moves nothing (the arguments are the parameters already): a pinned argument written
    just before it must still reach the callee's window (found by test_aot_exe's random programs)."""
    p = prog(
        "func main() -> i64\n .regs i64=10\n .const i64 -140737488355328\n ConstI64KW i4, 0\n MovI64 i0, i0\n"
        " MovI64 i0, i0\n MovI64 i0, i4\n TailCallMixed 0, f\nend\n"
        "func f(i64, i64) -> i64\n DivI64 i0, i0, i0\n ReturnI64 i0\nend\n"
    )
    assert agree(p, ()) == i64(1)


def test_a_tail_calls_moves_write_the_callees_window_not_a_pinned_slot() -> None:
    """TailCallMixed 1, f moves i1 into the callee's i0: into memory, though the caller pins its own i0."""
    p = prog(
        "func main(i64) -> i64\n .regs i64=4\n AddI64K i0, i0, 1\n AddI64K i0, i0, 1\n AddI64K i0, i0, 1\n"
        " AddI64K i1, i0, 10\n TailCallMixed 1, f\nend\n"
        "func f(i64) -> i64\n ReturnI64 i0\nend\n"
    )
    assert agree(p, (5,)) == i64(18)


# Code cache


@pytest.mark.parametrize(("backend", "isa"), MACHINE_PARAMS)
def test_image_larger_than_the_code_cache_runs_on_interp(
    backend: str, isa: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    program = load_verified(ROOT / "examples" / "fib.vm3")
    outcome = run_program(program, (15,), backend=backend, isa=isa, limits=DEFAULT_LIMITS, code_cache_size=256)
    assert outcome.backend == "interp"
    assert format_result(outcome.result) == "610"
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "warning" in lines[0] and "code cache" in lines[0]


# The command line


def jit(*args: str) -> str:
    r = subprocess.run([sys.executable, "-m", "jit", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()[-1]


@needs_native
def test_cli_runs_fib_30_natively() -> None:
    assert jit("run", "examples/fib.vm3", "30") == "832040"


def test_cli_emulates_fib_25_on_arm64() -> None:
    assert jit("emulate", "--isa", "arm64", "examples/fib.vm3", "25") == "75025"


# Callee windows: a call zeroes only the registers its callee may read before writing them (jit.compiler.dataflow), so
# what an earlier callee left in the same stack slots must never show.

STALE = """entry main
func dirty(i64) -> i64
    .regs i64=6
    ConstI64K i1, 11
    ConstI64K i2, 22
    ConstI64K i3, 33
    ConstI64K i4, 44
    ConstI64K i5, 55
    ReturnI64 i5
end
func reader(i64) -> i64
    .regs i64=6
    CmpEqI64KBr i0, 0, read
    ConstI64K i{reg}, 5
read:
    AddI64 i1, i{reg}, i0
    ReturnI64 i1
end
func main(i64) -> i64
    .regs i64=3
    CallI64 i1, 0, dirty
    CallI64 i2, 0, reader
    ReturnI64 i2
end
"""


@pytest.mark.parametrize("reg", [2, 5])  # zeroed by a call variant (z = 2), by the generic call (z = 5)
def test_a_register_read_before_any_write_is_zero_after_another_call(reg: int) -> None:
    program = prog(STALE.format(reg=reg))
    assert agree(program, (0,)) == i64(0)
    assert agree(program, (1,)) == i64(6)


TEMPORARY_LISTS = """
    func pair(i64) -> i64
        NewList c0, 0
        ListPushI64 c0, i0
        ListPushI64 c0, i0
        ListLenI64 i1, c0
        ReturnI64 i1
    end
    func main(i64) -> i64
        ConstI64K i1, 0
    again:
        CmpLeI64KBr i0, 0, done
        CallI64 i2, i0, pair
        AddI64 i1, i1, i2
        SubI64K i0, i0, 1
        Jump again
    done:
        ReturnI64 i1
    end
"""


def test_a_callees_temporary_lists_are_reclaimed_at_its_return() -> None:
    """5,000 calls that each build a 2-element list (24 + 32 bytes) run in a heap of 56 bytes."""
    assert agree(prog(TEMPORARY_LISTS), (5_000,), Limits(heap_size=56)) == i64(10_000)
    assert agree(prog(TEMPORARY_LISTS), (1,), Limits(heap_size=55)) == error(ErrorKind.HEAP_EXHAUSTED, "pair", 1)


ESCAPES = """
    func store(cell, i64) -> i64
        NewList c1, 0
        ListPushI64 c1, i1
        ListPushI64 c1, i1
        ConstI64K i2, 0
        ListSetCell c0, c1, i2
        ReturnConstK 0
    end
    func grow(cell, i64) -> i64
        ListPushI64 c0, i1
        ReturnConstK 0
    end
    func make(i64) -> cell
        NewList c0, 0
        ListPushI64 c0, i0
        ReturnCell c0
    end
    func up(i64) -> cell
        CallMixed c0, 0, make
        ReturnCell c0
    end
    func main(i64) -> cell
        NewList c0, 0
        ListPushI64 c0, i0
        MovI64 i1, i0
        CallMixed i2, 0, store
        CallMixed i2, 0, grow
        CallMixed i2, 0, grow
        CallMixed i2, 0, grow
        CallMixed i2, 0, grow
        CallMixed c1, 0, up
        ConstI64K i2, 1
        ListSetCell c0, c1, i2
        ReturnCell c0
    end
"""


def test_handles_that_escape_a_call_are_kept() -> None:
    """A callee's new list stored into the caller's list, the caller's list grown by callees (its block moved
    to memory they allocated), a list returned through two frames: all still there, bit for bit alike."""
    assert agree(prog(ESCAPES), (7,))[3] == "[[7, 7], [7], 7, 7, 7]"


_STEPS = {
    "store": "CallMixed i2, 0, store",  # a new list into c0[0]
    "grow": "CallMixed i2, 0, grow",  # c0 pushed (and grown) by the callee
    "temp": "CallI64 i2, i1, pair",  # a temporary list, reclaimed
    "up": "CallMixed c1, 1, up\n        ConstI64K i3, 0\n        ListSetCell c0, c1, i3",  # returned through 2 frames
}


@settings(max_examples=25, deadline=None)
@given(
    steps=st.lists(st.sampled_from(sorted(_STEPS)), min_size=1, max_size=8),
    n=st.integers(1, 9),
    heap=st.sampled_from([None, 100, 300, 600]),
)
def test_escaping_and_temporary_objects_agree_on_every_backend(steps: list[str], n: int, heap: int | None) -> None:
    """Calls that store new lists into the caller's, grow it, return lists up two frames or allocate only
    temporaries, in any order and heap size: every backend frees and keeps the same objects (the printed result,
    its handle bits, or heap exhausted at the same op)."""
    body = "\n        ".join(_STEPS[s] for s in steps)
    functions = ESCAPES.split("func main")[0] + TEMPORARY_LISTS.split("func main")[0]
    main = "func main(i64) -> cell\n        NewList c0, 0\n        ListPushI64 c0, i0\n        MovI64 i1, i0\n"
    text = functions + main + f"        {body}\n        ReturnCell c0\n    end\n"
    limits = DEFAULT_LIMITS if heap is None else Limits(heap_size=heap)
    observed = agree(prog(text), (n,), limits)
    assert observed[0] == "ok" or observed[1] is ErrorKind.HEAP_EXHAUSTED


GROWN_AFTER_ESCAPING = """
    func keep(cell, i64) -> i64
        NewList c1, 0
        ListPushI64 c1, i1
        ConstI64K i2, 0
        ListSetCell c0, c1, i2
        ListPushI64 c1, i1
        ListPushI64 c1, i1
        ListPushI64 c1, i1
        ListPushI64 c1, i1
        ReturnConstK 0
    end
    func main(i64) -> cell
        NewList c0, 0
        ListPushI64 c0, i0
        MovI64 i1, i0
        CallMixed i2, 0, keep
        ConstI64K i3, 99
        NewList c1, 8
        ListPushI64 c1, i3
        ListPushI64 c1, i3
        ListPushI64 c1, i3
        ListPushI64 c1, i3
        ListPushI64 c1, i3
        ReturnCell c0
    end
"""


def test_a_list_that_escaped_keeps_the_block_it_grows_to_afterwards() -> None:
    """keep's new list escapes into main's (the floor rises), then grows in place past the floor: its grown
    block must outlive keep's region too, or main's next list would be written over its elements."""
    assert agree(prog(GROWN_AFTER_ESCAPING), (7,))[3] == "[[7, 7, 7, 7, 7]]"
