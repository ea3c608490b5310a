"""Hole kinds: one generic bit-field patcher, parameterised per kind, shared by every ISA.

A hole's field is a run of bits inside a little-endian container (the 4-byte
instruction word on arm64, the 4- or 8-byte immediate/displacement on x86-64)
that starts at byte `offset` of the code.

Patching convention (the ELF one, so it reads like a relocation):

    kind.patch(code, hole.offset, S + hole.addend, field_addr=P)

- `value` is the symbol's value plus the hole's addend (S + A): the number for
  an absolute kind, the target address for a PC-relative kind.
- `field_addr` is P, the address at which byte `offset` (the container) will sit,
  in the same address space as a PC-relative `value`; only P - target matters,
  so offsets from the image start are fine. Absolute kinds ignore it.
- A PC-relative field stores (value - P) / scale. On x86-64 the CPU adds the
  displacement to the end of the instruction, not to P; the loader folds that
  difference into the hole's addend (rel32 at the end of a `jmp` gets A = -4),
  exactly as ELF's R_X86_64_PC32 does. On arm64 P is the instruction itself.

A value that does not fit (outside the kind's range, or a displacement that is
not a multiple of the scale) raises HolePatchError: nothing is ever truncated.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from jit.errors import HolePatchError


def _bound_text(n: int) -> str:
    """Write 2^k-style bounds so that range messages stay readable."""
    for k in range(8, 65):
        if n == 1 << k:
            return f"2^{k}"
        if n == (1 << k) - 1:
            return f"2^{k}-1"
        if n == -(1 << k):
            return f"-2^{k}"
        if n == (1 << k) - 4:
            return f"2^{k}-4"
    return str(n)


@dataclass(frozen=True)
class HoleKind:
    """A bit field in a little-endian container and the arithmetic that fills it.

    The field holds bits [chunk_lsb, chunk_lsb + width) of `v // scale`, where
    v = value - field_addr for PC-relative kinds and v = value otherwise.
    Without an explicit [min_value, max_value], the whole of v // scale must fit
    the field (two's complement if `signed`). With one (chunk kinds such as
    movz/movk, whose other chunks hold the rest, and x86's imm64, which is both
    signed and unsigned), `value` must lie in that range instead.
    """

    name: str
    container: int
    shift: int
    width: int
    signed: bool = False
    scale: int = 1
    pc_relative: bool = False
    chunk_lsb: int = 0
    min_value: int | None = None
    max_value: int | None = None
    fixed_mask: int = 0
    """Container bits outside the field that give the field its meaning (e.g. movk's hw)..."""
    fixed_bits: int = 0
    """...and the values they must have; the loader checks them, patching does not touch them."""

    def __post_init__(self) -> None:
        if self.shift + self.width > 8 * self.container:
            raise ValueError(f"hole kind {self.name}: field does not fit its {self.container}-byte container")
        if (self.min_value is None) != (self.max_value is None) or (self.chunk_lsb and self.min_value is None):
            raise ValueError(f"hole kind {self.name}: give both bounds of the value range (a chunk kind needs them)")
        if self.fixed_mask & self.field_mask or self.fixed_bits & ~self.fixed_mask:
            raise ValueError(f"hole kind {self.name}: fixed bits must lie outside the field, inside their mask")
        if self.pc_relative and self.min_value is not None:
            raise ValueError(f"hole kind {self.name}: a PC-relative kind is bounded by its field, not a value range")

    @property
    def field_mask(self) -> int:
        """The field's bits within the container."""
        return ((1 << self.width) - 1) << self.shift

    @property
    def encoded_range(self) -> tuple[int, int]:
        """Smallest and largest v // scale the field can hold."""
        if self.signed:
            return -(1 << (self.width - 1)), (1 << (self.width - 1)) - 1
        return 0, (1 << self.width) - 1

    @property
    def value_range(self) -> tuple[int, int] | None:
        """The accepted `value` range of an absolute kind; None for a PC-relative kind."""
        if self.pc_relative:
            return None
        if self.min_value is not None and self.max_value is not None:
            return self.min_value, self.max_value
        lo, hi = self.encoded_range
        return lo * self.scale, hi * self.scale

    @property
    def displacement_range(self) -> tuple[int, int] | None:
        """The accepted value - field_addr of a PC-relative kind (multiples of `scale`); None for an absolute kind."""
        if not self.pc_relative:
            return None
        lo, hi = self.encoded_range
        return lo * self.scale, hi * self.scale

    def encode(self, value: int, field_addr: int) -> int:
        """The field bits for `value` (bit 0 = the field's lowest bit), after the range and alignment checks."""
        if self.min_value is not None and self.max_value is not None:
            lo, hi, v, what = self.min_value, self.max_value, value, "value"
        else:
            lo, hi = self.encoded_range
            lo, hi = lo * self.scale, hi * self.scale
            v = value - field_addr if self.pc_relative else value
            what = "displacement" if self.pc_relative else "value"
        if not lo <= v <= hi:
            raise HolePatchError(f"{what} {v} out of range for {self.name} ({_bound_text(lo)}..{_bound_text(hi)})")
        if v % self.scale:
            raise HolePatchError(f"{what} {v} is not a multiple of {self.scale} for {self.name}")
        return (v // self.scale >> self.chunk_lsb) & ((1 << self.width) - 1)

    def patch(self, code: bytearray, offset: int, value: int, *, field_addr: int) -> None:
        """Write `value` into the field whose container starts at code[offset]; refuse values that do not fit."""
        field = self.encode(value, field_addr)
        end = offset + self.container
        if offset < 0 or end > len(code):
            raise HolePatchError(f"{self.name} field at offset {offset} lies outside the {len(code)}-byte code")
        word = int.from_bytes(code[offset:end], "little")
        word = (word & ~self.field_mask) | (field << self.shift)
        code[offset:end] = word.to_bytes(self.container, "little")

    def patcher(self) -> Callable[[bytearray, int, int, int], None]:
        """A fast `patch(code, offset, value, field_addr)` for the compiler's inner loop: the same checks, with
        every constant precomputed; any refusal is re-raised through encode() for its message."""
        if self.min_value is not None and self.max_value is not None:
            lo, hi = self.min_value, self.max_value
        else:
            lo, hi = (n * self.scale for n in self.encoded_range)
        relative = self.pc_relative and self.min_value is None  # v = value - field_addr, as encode() has it
        scale, chunk, shift = self.scale, self.chunk_lsb, self.shift
        field_bits, keep = (1 << self.width) - 1, ~self.field_mask
        word = struct.Struct({4: "<I", 8: "<Q"}[self.container])
        encode = self.encode

        if self.shift == 0 and self.width == 8 * self.container and scale == 1 and not chunk:

            def patch_whole(code: bytearray, offset: int, value: int, field_addr: int) -> None:
                v = value - field_addr if relative else value
                if lo <= v <= hi:
                    word.pack_into(code, offset, v & field_bits)
                else:
                    encode(value, field_addr)  # raises HolePatchError with the message

            return patch_whole

        def patch_field(code: bytearray, offset: int, value: int, field_addr: int) -> None:
            v = value - field_addr if relative else value
            if lo <= v <= hi and not v % scale:
                old = word.unpack_from(code, offset)[0]
                word.pack_into(code, offset, (old & keep) | (((v // scale >> chunk) & field_bits) << shift))
            else:
                encode(value, field_addr)  # raises HolePatchError with the message

        return patch_field

    def fits(self, code: bytes | bytearray, offset: int) -> bool:
        """Whether the instruction around the field has the form this kind needs (fixed_mask/fixed_bits)."""
        word = int.from_bytes(code[offset : offset + self.container], "little")
        return word & self.fixed_mask == self.fixed_bits

    def read(self, code: bytes | bytearray, offset: int, *, field_addr: int) -> int:
        """The inverse of patch for the field's own bits: what `value` they encode (a chunk kind: its bits only)."""
        word = int.from_bytes(code[offset : offset + self.container], "little")
        n = (word & self.field_mask) >> self.shift
        if self.signed and n >> (self.width - 1):
            n -= 1 << self.width
        v = (n << self.chunk_lsb) * self.scale
        return v + field_addr if self.pc_relative else v
