"""A loaded stencil: machine code with holes, ready to be copied and patched."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hole:
    """One field to patch: `kind` names an isa HoleKind (isa.hole_kinds[kind]).

    `offset` is where the field's little-endian container starts in the code:
    the field itself on x86-64, its instruction word on arm64. Patch with

        isa.hole_kinds[hole.kind].patch(buf, base + hole.offset, S + hole.addend, field_addr=addr + hole.offset)

    where `base` is the stencil's position in `buf`, `addr` its address and S
    the symbol's value (an operand, or a target address for branch kinds).
    The addend follows ELF: for x86-64 rel32 it includes -(instruction end -
    field start), e.g. -4 for `jmp`, so S is the target itself.
    """

    offset: int
    kind: str
    symbol: str
    addend: int


@dataclass(frozen=True)
class Stencil:
    code: bytes
    holes: tuple[Hole, ...]
