"""What every ISA module provides, so that `jit/` can stay ISA-independent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from jit.isa.cabi import CAbi
from jit.isa.holes import HoleKind
from jit.isa.syntax import AsmLine, Dialect, Marker, parse_stencil

if TYPE_CHECKING:
    import capstone
    import keystone
    import unicorn


@dataclass(frozen=True)
class InsnSpan:
    """Where one assembled instruction lies in the code."""

    addr: int
    size: int

    @property
    def end(self) -> int:
        return self.addr + self.size


class HoleLocator(Protocol):
    """How an ISA turns markers into sentinel numbers and recognises them in Keystone's output."""

    def sentinel(self, kind: HoleKind, index: int, variant: int) -> int:
        """The number written in place of marker `index` (0 or 1 for the two assemblies that are diffed)."""
        ...

    def field_offsets(self, kind: HoleKind, insn: InsnSpan) -> range:
        """Where a field of this kind may start inside the instruction."""
        ...

    def branch_start(self, code: bytes, field_off: int) -> int | None:
        """Where the jump, call or conditional branch whose PC-relative field starts at field_off begins
        (None if the bytes before the field are not such a branch)."""
        ...

    def expect(self, kind: HoleKind, marker: Marker, number: int, insn: InsnSpan, field_off: int) -> tuple[int, int]:
        """(what kind.read(code, field_off, field_addr=field_off) must give when Keystone put `number` in
        this field, the correction to add to the marker's addend to get the hole's ELF-style addend)."""
        ...


@dataclass(frozen=True)
class Isa:
    """One instruction set: emulator/assembler/disassembler modes, stencil ABI registers, hole kinds, syntax.

    The arch/mode numbers are the libraries' constants, kept as plain ints so
    that loading a warm stencil cache imports none of the three libraries.
    """

    name: str
    ks_arch: int
    ks_mode: int
    cs_arch: int
    cs_mode: int
    uc_arch: int
    uc_mode: int
    abi_registers: Mapping[str, str]
    """Stencil ABI role -> register name (see docs/stencil-abi.md)."""
    hole_kinds: Mapping[str, HoleKind]
    dialect: Dialect
    locator: HoleLocator
    cabi: CAbi
    """The platform C ABI, for calling the entry trampoline under emulation."""
    slot_registers: tuple[tuple[str, ...], tuple[str, ...]]
    """The machine registers of the i64 slots and of the f64 slots, in slot order: where the compiler keeps
    pinned vm3 registers (jit/stencils/vm3.h, SLOT_PARAMS, which makes Clang put them there)."""
    chunked_kinds: frozenset[str] = frozenset()
    """Kinds that each hold one slice (bits chunk_lsb..chunk_lsb+width) of a value built by several
    instructions (arm64 movz/movk): the loader checks that one symbol's slices leave no bits out."""

    def parse(self, text: str, file: str) -> tuple[AsmLine, ...]:
        """Validate a cached stencil line by line (StencilCacheError names the file and line)."""
        return parse_stencil(text, self.dialect, self.hole_kinds.keys(), file)

    def tail_jump_size(self, code: bytes, offset: int, kind_name: str) -> int:
        """Bytes of the branch whose field (of hole kind `kind_name`) starts at `offset`, when that branch ends
        `code`, else 0.

        The compiler drops a stencil's final jump to the continuation when the next op follows.
        """
        kind = self.hole_kinds[kind_name]
        if not kind.pc_relative or offset + kind.container != len(code):
            return 0
        start = self.locator.branch_start(code, offset)
        return 0 if start is None else len(code) - start

    def keystone(self) -> keystone.Ks:
        from keystone import Ks

        return Ks(self.ks_arch, self.ks_mode)

    def capstone(self) -> capstone.Cs:
        from capstone import Cs

        return Cs(self.cs_arch, self.cs_mode)

    def unicorn(self) -> unicorn.Uc:
        from unicorn import Uc

        return Uc(self.uc_arch, self.uc_mode)
