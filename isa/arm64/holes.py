"""arm64 hole kinds and how their fields are found in Keystone's output.

Every arm64 field sits in the 32-bit instruction word at Hole.offset, and a
PC-relative field counts from that instruction (ELF's P), so hole addends are
the markers' own (stencil_cache/README.md has the contract):
- abs_g0..abs_g3 (R_AARCH64_MOVW_UABS_G*_NC, G3): the imm16 of movz/movk
  (bits 5-20) holds bits 16k..16k+15 of the value, a 64-bit quantity
  (-2^63..2^64-1: -5 and 2^64-5 give the same bits).
- uabs_g0 (MOVW_UABS_G0): `movz`, imm16 = the value, 0..65535.
- uabs_g1 (MOVW_UABS_G1): movk/movz `lsl #16`, imm16 = bits 16..31, value 0..2^32-1.
- sabs_g0 (MOVW_SABS_G0): written `movz`; -65536..65535; a negative value
  turns it into `movn` (bit 30 cleared) holding ~value.
- jump26 / call26: `b` / `bl` imm26 (bits 0-25), word offset, +-128 MiB.
- condbr19: `b.cond`, `cbz`, `cbnz` imm19 (bits 5-23), word offset, +-1 MiB.
- tstbr14: `tbz`, `tbnz` imm14 (bits 5-18), word offset, +-32 KiB.
- page21 (ADR_PREL_PG_HI21): `adrp` immhi:immlo (bits 5-23, 29-30), a displacement in whole 4 KiB
  pages, +-4 GiB; and pageoff12 (ADD_ABS_LO12_NC): the imm12 of `add` (bits 10-21), an offset in a
  page (0..4095). Only the AOT runtime takes addresses this way, and jit.aot hands both to a linker
  as relocations: the page depends on where the code is loaded.
- ldst64_abs12: the scaled unsigned offset of a 64-bit `ldr`/`str` (x or d register): imm12
  (bits 10-21) = value / 8, value 0..32760 and a multiple of 8 (a register's byte offset in its
  window: registers 0..4095). Unlike ELF's LDST64_ABS_LO12_NC it is checked: nothing is cut off.
- add_abs12s / sub_abs12s: the imm12 (bits 10-21) of add/adds/cmn (add_) or sub/subs/cmp (sub_)
  immediate, value -4095..4095: the instruction as written for a value >= 0, the other one of the
  pair (bit 30 flipped: add <-> sub, cmn <-> cmp) holding -value for a negative one. x + K and
  x - (-K) give the same result and the same flags for every K but 0, which stays as written.

These last three are the refresh's folds (stencil_cache/README.md): the compiler checks that an
op's values fit them before it picks such a stencil, and takes its `_wide` twin where they do not.

The movz/movk kinds check that the instruction is a move-wide with the right
`lsl`, and the loader checks that the chunk kinds of one symbol cover its
value's bits (Isa.chunked_kinds): abs_g0 + uabs_g1 is fine (uabs_g1 refuses
values past 32 bits), abs_g0 + abs_g1 alone is refused.

A marker stands for the number in its field (the chunk itself after `#` for
movz/movk, the byte offset for ldst64_abs12, the absolute target for a
branch); the sentinels keep branch targets
in range of the shortest branch, and the two variants differ in most field bits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jit.isa.base import InsnSpan
from jit.isa.holes import HoleKind
from jit.isa.syntax import Marker

_MOVE_WIDE = 0b100101 << 23  # bits 28-23 of movn/movz/movk
_OPC = 0b11 << 29  # 00 movn, 10 movz, 11 movk
_HW = 0b11 << 21  # the shift, in units of 16 bits
_OPC_HIGH = 1 << 30  # set for movz and movk
_MOVZ = 0b10 << 29


def _move_wide(name: str, k: int, lo: int, hi: int, *, movz_only: bool = False) -> HoleKind:
    """A movz/movk imm16 holding bits 16k..16k+15 of a value in lo..hi."""
    return HoleKind(
        name,
        container=4,
        shift=5,
        width=16,
        chunk_lsb=16 * k,
        min_value=lo,
        max_value=hi,
        fixed_mask=(_OPC if movz_only else _OPC_HIGH) | (0b111111 << 23) | _HW,
        fixed_bits=(_MOVZ if movz_only else _OPC_HIGH) | _MOVE_WIDE | (k << 21),
    )


@dataclass(frozen=True)
class SignedMoveWide(HoleKind):
    """MOVW_SABS_G0: movz imm16 for a value >= 0, movn ~imm16 for a negative one (bit 30 is opc's high bit)."""

    @property
    def field_mask(self) -> int:
        return super().field_mask | _OPC_HIGH

    def encode(self, value: int, field_addr: int) -> int:
        super().encode(value, field_addr)  # the range check
        movz = value >= 0
        return (movz << (30 - self.shift)) | ((value if movz else ~value) & 0xFFFF)

    def patcher(self) -> Callable[[bytearray, int, int, int], None]:
        """Rare in the inner loop (only int16 immediates): the general path is fast enough."""

        def patch(code: bytearray, offset: int, value: int, field_addr: int) -> None:
            self.patch(code, offset, value, field_addr=field_addr)

        return patch

    def read(self, code: bytes | bytearray, offset: int, *, field_addr: int) -> int:
        word = int.from_bytes(code[offset : offset + 4], "little")
        imm = (word >> self.shift) & 0xFFFF
        return imm if word & _OPC_HIGH else ~imm


_IMMLO_SHIFT = 29 - 5  # immlo (bits 29-30) relative to immhi (bits 5-23), as the field is shifted by 5


@dataclass(frozen=True)
class AdrpPage(HoleKind):
    """ADR_PREL_PG_HI21: adrp's displacement in 4 KiB pages (scale 4096, 21 bits), split into immhi (bits
    5-23) and immlo (bits 29-30). The value is P plus whole pages, so its page is the one adrp computes."""

    @property
    def field_mask(self) -> int:
        return (0x7_FFFF << 5) | (0b11 << 29)

    def encode(self, value: int, field_addr: int) -> int:
        super().encode(value, field_addr)  # the range and the whole pages
        pages = (value - field_addr) // self.scale
        return (pages >> 2 & 0x7_FFFF) | (pages & 0b11) << _IMMLO_SHIFT

    def patcher(self) -> Callable[[bytearray, int, int, int], None]:
        """jit.aot relocates adrp rather than patching it: the general path is fast enough."""

        def patch(code: bytearray, offset: int, value: int, field_addr: int) -> None:
            self.patch(code, offset, value, field_addr=field_addr)

        return patch

    def read(self, code: bytes | bytearray, offset: int, *, field_addr: int) -> int:
        word = int.from_bytes(code[offset : offset + 4], "little")
        pages = (word >> 5 & 0x7_FFFF) << 2 | (word >> 29 & 0b11)
        if pages >> 20:
            pages -= 1 << 21
        return field_addr + pages * self.scale


_ADD_SUB_IMM = 0b100010 << 23  # bits 28-23 of add/sub (immediate), with sh (bit 22) clear: no lsl #12
_SUB = 1 << 30  # op: 0 add, 1 sub (adds/subs, hence cmn/cmp, alike)
_IMM12 = 0xFFF


@dataclass(frozen=True)
class SignedAddSub(HoleKind):
    """add_abs12s / sub_abs12s: imm12 for a value >= 0 in the instruction as written (`written_sub` says which),
    the other one of the add/sub pair with imm12 = -value for a negative value (bit 30 is op)."""

    written_sub: bool = False

    @property
    def field_mask(self) -> int:
        return super().field_mask | _SUB

    def encode(self, value: int, field_addr: int) -> int:
        super().encode(value, field_addr)  # the range check
        sub = self.written_sub != (value < 0)
        return (sub << (30 - self.shift)) | abs(value)

    def patcher(self) -> Callable[[bytearray, int, int, int], None]:
        """Only K ops have these holes, patched once per distinct op: the general path is fast enough."""

        def patch(code: bytearray, offset: int, value: int, field_addr: int) -> None:
            self.patch(code, offset, value, field_addr=field_addr)

        return patch

    def read(self, code: bytes | bytearray, offset: int, *, field_addr: int) -> int:
        word = int.from_bytes(code[offset : offset + 4], "little")
        imm = (word >> self.shift) & _IMM12
        return imm if bool(word & _SUB) == self.written_sub else -imm


def _add_sub(name: str, written_sub: bool) -> SignedAddSub:
    return SignedAddSub(
        name,
        container=4,
        shift=10,
        width=12,
        min_value=-_IMM12,
        max_value=_IMM12,
        fixed_mask=(0b111111 << 23) | (1 << 22),  # add/sub immediate, unshifted; sf and S either
        fixed_bits=_ADD_SUB_IMM,
        written_sub=written_sub,
    )


_LDST_UIMM = (0b111 << 27) | (0b01 << 24)  # load/store register, unsigned immediate offset (V and opc either)
_SIZE = 0b11 << 30


def _branch(name: str, shift: int, width: int) -> HoleKind:
    return HoleKind(name, container=4, shift=shift, width=width, signed=True, scale=4, pc_relative=True)


_U64 = (-(1 << 63), (1 << 64) - 1)
KINDS: dict[str, HoleKind] = {
    k.name: k
    for k in (
        *(_move_wide(f"abs_g{k}", k, *_U64) for k in range(4)),
        _move_wide("uabs_g0", 0, 0, 0xFFFF, movz_only=True),
        _move_wide("uabs_g1", 1, 0, 0xFFFF_FFFF),
        SignedMoveWide(
            "sabs_g0",
            container=4,
            shift=5,
            width=16,
            min_value=-0x10000,
            max_value=0xFFFF,
            fixed_mask=(1 << 29) | (0b111111 << 23) | _HW,  # movz or movn, lsl #0
            fixed_bits=_MOVE_WIDE,
        ),
        _branch("jump26", 0, 26),
        _branch("call26", 0, 26),
        _branch("condbr19", 5, 19),
        _branch("tstbr14", 5, 14),
        AdrpPage(
            "page21",
            container=4,
            shift=5,
            width=21,
            signed=True,
            scale=0x1000,
            pc_relative=True,
            fixed_mask=(1 << 31) | (0b11111 << 24),
            fixed_bits=(1 << 31) | (0b10000 << 24),
        ),
        HoleKind(
            "pageoff12",
            container=4,
            shift=10,
            width=12,
            fixed_mask=0xFFC0_0000,  # add (immediate), 64-bit, no shift
            fixed_bits=0x9100_0000,
        ),
        HoleKind(
            "ldst64_abs12",
            container=4,
            shift=10,
            width=12,
            scale=8,
            fixed_mask=_SIZE | (0b111 << 27) | (0b11 << 24),
            fixed_bits=_SIZE | _LDST_UIMM,  # size 11: a 64-bit x or d register
        ),
        _add_sub("add_abs12s", False),
        _add_sub("sub_abs12s", True),
    )
}
CHUNKED = frozenset({"abs_g0", "abs_g1", "abs_g2", "abs_g3", "uabs_g0", "uabs_g1"})

_MOVE_SENTINELS = (0x5A50, 0xA5A0)  # movz/movk/movn imm16; sabs_g0 is written as movz, so this is its value too
_SENTINELS = {
    **{name: _MOVE_SENTINELS for name in (*CHUNKED, "sabs_g0")},
    "jump26": (0x01555554, 0x02AAAAA8),
    "call26": (0x01555554, 0x02AAAAA8),
    "condbr19": (0x55554, 0xAAAA8),
    "tstbr14": (0x2AA8, 0x5554),
    "page21": (0x5A5A_5000, 0x25A5_A000),
    "pageoff12": (0x5A4, 0xA58),
    "ldst64_abs12": (8 * 0x555, 8 * 0xAAA),  # byte offsets: the field holds them / 8
    "add_abs12s": (0x555, 0xAAA),
    "sub_abs12s": (0x555, 0xAAA),
}


class Arm64Locator:
    """Sentinels and field expectations for arm64 (see the module docstring)."""

    def sentinel(self, kind: HoleKind, index: int, variant: int) -> int:
        return _SENTINELS[kind.name][variant] + max(4, kind.scale) * (index % 64)  # pages step by whole pages

    def branch_start(self, code: bytes, field_off: int) -> int | None:
        return field_off  # the field's container is the branch instruction itself

    def field_offsets(self, kind: HoleKind, insn: InsnSpan) -> range:
        return range(insn.addr, insn.addr + 1)

    def expect(self, kind: HoleKind, marker: Marker, number: int, insn: InsnSpan, field_off: int) -> tuple[int, int]:
        if isinstance(kind, AdrpPage):  # Keystone's adrp to a page-aligned N: N's page, from this instruction
            return number + (field_off & 0xFFF), 0
        return number << kind.chunk_lsb, 0
