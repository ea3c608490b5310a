"""Hypothesis strategies for random Programs, shared by test modules.

`programs()` builds what the text parser can produce, so text round-trips exactly
(every op kind, raw flags and unused fields, f64 constants of any bit pattern: NaN
payloads and negative zero too); `programs(text=False)` adds what only a binary
container can hold: unknown opcodes, any UTF-8 (even duplicate) names and int64
constants past int48.
Programs look plausible (registers mostly small, targets mostly in range, every op
kind present) but need not pass the verifier.
"""

from __future__ import annotations

from hypothesis import strategies as st

from jit.program.cell import CANONICAL_NAN, INT48_MAX, INT48_MIN, bits_f64
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import OPS, Bank, Kind, Op
from jit.program.text import SLOTS

U16 = st.integers(0, 0xFFFF)
INT64 = st.integers(-(1 << 63), (1 << 63) - 1)
SMALL_REG = st.integers(0, 7)
NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.$]{0,10}", fullmatch=True)
RAW_NAMES = st.text(st.characters(codec="utf-8"), max_size=10)


def field_values(kind: Kind, nfuncs: int, ncode: int) -> st.SearchStrategy[int]:
    """Raw u16 values for a field of this kind: mostly sensible, sometimes anything."""
    if kind is Kind.PC:
        return st.integers(0, ncode) | U16
    if kind is Kind.FUNC:
        return st.integers(0, nfuncs - 1) | U16
    if kind is Kind.IMM:
        return st.integers(-0x8000, 0x7FFF).map(lambda v: v & 0xFFFF)
    if kind is Kind.FMA:
        return st.tuples(SMALL_REG, SMALL_REG).map(lambda t: t[0] | t[1] << 8) | U16
    return SMALL_REG | U16


@st.composite
def instrs(draw: st.DrawFn, nfuncs: int, ncode: int, text: bool = True) -> Instr:
    """One op of a function with ncode ops in a program of nfuncs functions."""
    if not text and draw(st.integers(0, 15)) == 0:
        return Instr(draw(st.integers(len(OPS), 0xFF)), draw(st.integers(0, 0xFF)), draw(U16), draw(U16), draw(U16))
    info = draw(st.sampled_from(OPS))
    values = [0, 0, 0]
    for name, fld in info.fields:
        values[SLOTS.index(name)] = draw(field_values(fld.kind, nfuncs, ncode))
    flags = draw(st.sampled_from(Bank)) if info.code == Op.CallMixed else 0
    if draw(st.integers(0, 9)) == 0:  # bits positional form cannot express: keyword form must carry them
        flags = draw(st.integers(0, 0xFF))
        used = {name for name, _ in info.fields}
        values = [v if name in used else draw(U16) for name, v in zip(SLOTS, values, strict=True)]
    return Instr(info.code, int(flags), *values)


EDGE_F64_BITS = (
    0x8000_0000_0000_0000,  # -0.0
    CANONICAL_NAN,
    0xFFF8_0000_0000_0000,  # x86-64's default NaN
    0xFFF4_0000_0000_0123,  # a signalling NaN with a payload
    0x7FF0_0000_0000_0001,  # the smallest signalling NaN
    0x7FFF_FFFF_FFFF_FFFF,
)


def consts(text: bool = True) -> st.SearchStrategy[Const]:
    i64 = st.integers(INT48_MIN, INT48_MAX) if text else INT64
    f64 = st.floats() | st.sampled_from(EDGE_F64_BITS).map(bits_f64) | st.integers(0, (1 << 64) - 1).map(bits_f64)
    return st.one_of(
        i64.map(lambda v: Const("i64", v)),
        f64.map(lambda v: Const("f64", v)),
        st.binary(max_size=12).map(lambda v: Const("str", v)),
    )


@st.composite
def functions(draw: st.DrawFn, name: str, nfuncs: int, text: bool = True, max_ops: int = 12) -> Function:
    ncode = draw(st.integers(0, max_ops))
    code = draw(st.lists(instrs(nfuncs, ncode, text), min_size=ncode, max_size=ncode))
    count = st.integers(0, 12) | st.integers(0, 0xFFFF_FFFF)
    return Function(
        name=name,
        params=tuple(draw(st.lists(st.sampled_from(Bank), max_size=4))),
        result=draw(st.sampled_from(Bank)),
        nregs=draw(st.tuples(count, count, count)),
        code=tuple(code),
        consts=tuple(draw(st.lists(consts(text), max_size=4))),
        tables=tuple(draw(st.lists(st.lists(INT64, max_size=4).map(tuple), max_size=3))),
    )


@st.composite
def programs(draw: st.DrawFn, text: bool = True, max_functions: int = 4, max_ops: int = 12) -> Program:
    """A random Program; text=True keeps to what parse_text can produce."""
    n = draw(st.integers(1, max_functions))
    names = draw(
        st.lists(NAMES, min_size=n, max_size=n, unique=True) if text else st.lists(RAW_NAMES, min_size=n, max_size=n)
    )
    funcs = tuple(draw(functions(name, n, text, max_ops)) for name in names)
    return Program(functions=funcs, entry=draw(st.integers(0, n - 1)))
