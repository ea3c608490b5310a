"""The values a case's registers and constants are drawn from: edge values first, then anything.

i64 edges are the int64 and int48 bounds and their neighbours, f64 edges the signed zeros, infinities, NaNs
with and without payloads, subnormals and the bounds of F64ToI64; Cells are plain values, handles to the
case's heap objects, and handles that no op accepts.
"""

from __future__ import annotations

from hypothesis import strategies as st

from jit.program import cell
from jit.program.model import Const

M64 = cell.MASK64
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1

I64_EDGES = (INT64_MIN, INT64_MIN + 1, -(1 << 47) - 1, -(1 << 47), -1, 0, 1, 2, (1 << 47) - 1, 1 << 47, 1 << 48)
F64_EDGES = (
    0x0000_0000_0000_0000,  # +0.0
    0x8000_0000_0000_0000,  # -0.0
    0x7FF0_0000_0000_0000,  # +inf
    0xFFF0_0000_0000_0000,  # -inf
    0x7FF8_0000_0000_0000,  # the canonical NaN
    0xFFF8_0000_0000_0000,  # x86-64's default NaN
    0x7FF0_0000_0000_0001,  # signalling NaN with a payload
    0x7FF4_DEAD_BEEF_0000,
    0xFFFF_FFFF_FFFF_FFFF,  # negative quiet NaN, all payload bits
    0x0000_0000_0000_0001,  # smallest subnormal
    0x000F_FFFF_FFFF_FFFF,  # largest subnormal
    0x800F_FFFF_FFFF_FFFF,
    0x0010_0000_0000_0000,  # smallest normal
    0x7FEF_FFFF_FFFF_FFFF,  # largest finite
    0x3FF0_0000_0000_0000,  # 1.0
    0xBFF8_0000_0000_0000,  # -1.5
    0x3FE0_0000_0000_0000,  # 0.5
    0x43E0_0000_0000_0000,  # 2^63: F64ToI64 overflows
    0x43DF_FFFF_FFFF_FFFF,  # the largest double below 2^63
    0xC3E0_0000_0000_0000,  # -2^63: exactly INT64_MIN
    0xC3E0_0000_0000_0001,  # just below -2^63
    0x4340_0000_0000_0001,  # 2^53 + 2
)
INT16_EDGES = (0, 1, -1, 2, -2, 7, -32768, 32767, 4095, -4095, 4096, -4096)
"""With the bounds of arm64's folded immediates (-4095..4095, jit.compiler.fit) and the values just past them."""

i64s = st.one_of(st.sampled_from(I64_EDGES), st.integers(-3, 12), st.integers(INT64_MIN, INT64_MAX))
f64_bits = st.one_of(
    st.sampled_from(F64_EDGES),
    st.integers(0, M64),
    st.floats(allow_nan=False).map(cell.f64_bits),
    st.integers(-1000, 1000).map(lambda v: cell.f64_bits(float(v))),
)
int16s = st.sampled_from(INT16_EDGES) | st.integers(-4096, 4096) | st.integers(-32768, 32767)
u16s = st.integers(0, 5) | st.integers(0, 0xFFFF)
caps = st.integers(0, 9) | st.sampled_from((16, 17, 1000, 0xFFFF))
heap_slack = st.one_of(st.sampled_from((0, 8, 16, 24, 32, 40, 64, 96, 200, 400)), st.integers(0, 4096), st.just(8192))
inline_strings = st.binary(max_size=cell.INLINE_STR_MAX).map(cell.inline_str)
plain_cells = st.one_of(
    i64s.map(cell.from_int),
    f64_bits.map(cell.canon_nan),
    inline_strings,
    st.booleans().map(cell.from_bool),
    st.just(cell.NULL),
    u16s.map(cell.deopt),
)


def cells(objects: list[int]) -> st.SearchStrategy[int]:
    """Any Cell: plain values, handles to the heap's objects, and handles no op accepts (another generation,
    an arena past map); never a handle to a slot without an object, which no program can make."""
    if not objects:
        return plain_cells
    odd = st.one_of(
        st.tuples(st.sampled_from(objects), st.integers(1, 0xFFF)).map(
            lambda t: cell.handle(cell.handle_arena(t[0]), cell.handle_slot(t[0]), t[1])
        ),
        st.tuples(st.integers(3, 15), st.sampled_from(objects)).map(
            lambda t: cell.handle(t[0], cell.handle_slot(t[1]))
        ),
    )
    return st.one_of(plain_cells, st.sampled_from(objects), odd)


def consts(kind: str) -> st.SearchStrategy[Const]:
    """A constant of an op's constant field: f64 of any bits, i64 within int48, or a short string."""
    if kind == "f64":
        return f64_bits.map(lambda b: Const("f64", cell.bits_f64(b)))
    if kind == "i64":
        return (
            st.sampled_from((cell.INT48_MIN, -1, 0, cell.INT48_MAX)) | st.integers(cell.INT48_MIN, cell.INT48_MAX)
        ).map(lambda v: Const("i64", v))
    return st.binary(max_size=12).map(lambda v: Const("str", v))
