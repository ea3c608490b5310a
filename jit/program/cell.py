"""The 8-byte NaN-boxed Cell, exactly as vm3 defines it (docs/opcodes.md, "Cells").

Cells are plain Python ints holding the unsigned 64-bit pattern.
"""

from __future__ import annotations

import struct

MASK64 = (1 << 64) - 1
MASK48 = (1 << 48) - 1
CANONICAL_NAN = 0x7FF8000000000000

TAG_DEOPT = 0xFFF8
TAG_STR = 0xFFF9
TAG_INT = 0xFFFA
TAG_BOOL = 0xFFFB
TAG_NULL = 0xFFFC
TAG_HANDLE = 0xFFFF

ARENA_STR = 0
ARENA_LIST = 1
ARENA_MAP = 2

INLINE_STR_MAX = 5
INT48_MIN = -(1 << 47)
INT48_MAX = (1 << 47) - 1


def tag(cell: int) -> int:
    return cell >> 48


def f64_bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def bits_f64(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits & MASK64))[0]


def is_nan_bits(bits: int) -> bool:
    return (bits & 0x7FF0000000000000) == 0x7FF0000000000000 and (bits & 0x000FFFFFFFFFFFFF) != 0


def canon_nan(bits: int) -> int:
    """An f64 bit pattern with any NaN replaced by the canonical quiet NaN."""
    return CANONICAL_NAN if is_nan_bits(bits) else bits


def from_f64_bits(bits: int) -> int:
    """Cell of an f64 (NaN canonicalised, so a float never aliases a tagged Cell)."""
    return canon_nan(bits)


def from_f64(x: float) -> int:
    return from_f64_bits(f64_bits(x))


def is_float(cell: int) -> bool:
    return tag(cell) < TAG_DEOPT


def to_signed64(v: int) -> int:
    v &= MASK64
    return v - (1 << 64) if v >> 63 else v


def wrap64(v: int) -> int:
    """Wrap a Python int to a signed 64-bit value."""
    return to_signed64(v)


def sext48(v: int) -> int:
    v &= MASK48
    return v - (1 << 48) if v >> 47 else v


def from_int(v: int) -> int:
    """Cell int48 of an i64: only the low 48 bits survive."""
    return (TAG_INT << 48) | (v & MASK48)


def to_int(cell: int) -> int:
    """The i64 that an int48 Cell holds (sign-extended low 48 bits, whatever the tag)."""
    return sext48(cell)


def from_bool(b: bool) -> int:
    return (TAG_BOOL << 48) | int(b)


NULL = TAG_NULL << 48


def deopt(pc: int) -> int:
    return (TAG_DEOPT << 48) | (pc & MASK48)


def inline_str(data: bytes) -> int:
    assert len(data) <= INLINE_STR_MAX
    cell = (TAG_STR << 48) | (len(data) << 40)
    for i, byte in enumerate(data):
        cell |= byte << (8 * i)
    return cell


def inline_str_bytes(cell: int) -> bytes:
    n = (cell >> 40) & 0xF
    return bytes((cell >> (8 * i)) & 0xFF for i in range(min(n, INLINE_STR_MAX)))


def handle(arena: int, slot: int, generation: int = 0) -> int:
    return (TAG_HANDLE << 48) | (arena << 44) | ((generation & 0xFFF) << 32) | (slot & 0xFFFFFFFF)


def handle_arena(cell: int) -> int:
    return (cell >> 44) & 0xF


def handle_slot(cell: int) -> int:
    return cell & 0xFFFFFFFF


def is_handle(cell: int, arena: int) -> bool:
    return tag(cell) == TAG_HANDLE and handle_arena(cell) == arena
