"""x86-64 hole kinds and how their fields are found in Keystone's output.

Every x86-64 field is a whole little-endian integer starting at Hole.offset:
- abs32  (R_X86_64_32): imm32/disp32 zero-extended; value in 0..2^32-1.
- abs32s (R_X86_64_32S): imm32/disp32 sign-extended; value in -2^31..2^31-1.
- abs64  (R_X86_64_64): the imm64 of `movabs`; any 64-bit value, signed or not.
- rel32  (R_X86_64_PC32): a branch/call displacement or a `[rip + ...]`
  displacement; stores value - field_addr, so the loader gives the hole the
  addend -(instruction end - field start): -4 for `jmp`/`call`/`jcc`, less
  when an immediate follows a rip-relative displacement.

Sentinels lie in 0x10000000..0x7fffffff (abs32/abs32s/rel32) or above 2^32
(abs64) so that Keystone always picks the 4- or 8-byte encoding, never imm8,
disp8 or a rel8 jump. The two variants differ in most bits; holes in one
instruction get different sentinels (marker index mod 64).
"""

from __future__ import annotations

import re

from jit.isa.base import InsnSpan
from jit.isa.holes import HoleKind
from jit.isa.syntax import Marker

KINDS: dict[str, HoleKind] = {
    k.name: k
    for k in (
        HoleKind("abs32", container=4, shift=0, width=32),
        HoleKind("abs32s", container=4, shift=0, width=32, signed=True),
        HoleKind("abs64", container=8, shift=0, width=64, min_value=-(1 << 63), max_value=(1 << 64) - 1),
        HoleKind("rel32", container=4, shift=0, width=32, signed=True, pc_relative=True),
    )
}

_SENTINELS = {
    "abs32": (0x2B3C4D50, 0x54C3B2A0),
    "abs32s": (0x2B3C4D50, 0x54C3B2A0),
    "rel32": (0x2B3C4D50, 0x54C3B2A0),
    "abs64": (0x1A2B3C4D5E6F7080, 0x65D4C3B2A1908F70),
}
_RIP = re.compile(r"\[\s*rip\s*\+")


class X86Locator:
    """Sentinels and field expectations for x86-64 (see the module docstring)."""

    def sentinel(self, kind: HoleKind, index: int, variant: int) -> int:
        return _SENTINELS[kind.name][variant] + 4 * (index % 64)

    def branch_start(self, code: bytes, field_off: int) -> int | None:
        if field_off >= 1 and code[field_off - 1] in (0xE8, 0xE9):  # call / jmp rel32
            return field_off - 1
        if field_off >= 2 and code[field_off - 2] == 0x0F and 0x80 <= code[field_off - 1] <= 0x8F:  # jcc rel32
            return field_off - 2
        return None

    def field_offsets(self, kind: HoleKind, insn: InsnSpan) -> range:
        return range(insn.addr + 1, insn.end - kind.container + 1)

    def expect(self, kind: HoleKind, marker: Marker, number: int, insn: InsnSpan, field_off: int) -> tuple[int, int]:
        if not kind.pc_relative:
            return number, 0
        adjust = field_off - insn.end
        if _RIP.search(marker.operand):
            return number + field_off, adjust  # Keystone stores a rip displacement as written
        return number + adjust, adjust  # a branch: Keystone stores target - end of instruction
