"""A format-neutral object image: what every writer in jit.aot takes.

The image says what the code and data are (sections), which names point into them (symbols) and
which fields the linker must fill in (relocations), in terms no single file format owns, so that
one image can become an ELF object, a Mach-O object or a static executable. Constructing an image
checks it, so the writers can assume a consistent one and only check what depends on their format.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass


class ObjectWriteError(Exception):
    """An image that cannot be written as asked: a bug in the program that built it, not bad user input."""


class Machine(enum.Enum):
    """The target instruction set; the values are the project's ISA names."""

    X86_64 = "x86_64"
    ARM64 = "arm64"


class SectionKind(enum.Enum):
    """What a section holds; each writer maps a kind to its own section name and permissions."""

    TEXT = "text"
    RODATA = "rodata"
    DATA = "data"
    BSS = "bss"


class Binding(enum.Enum):
    LOCAL = "local"
    GLOBAL = "global"


class SymbolType(enum.Enum):
    FUNC = "func"
    OBJECT = "object"
    UNDEFINED = "undefined"  # defined by some other object; never in a static executable


class RelocKind(enum.Enum):
    """A relocation in neutral terms. S is the symbol's address, A the addend, P the field's address.

    Each kind names the field it fills and the value it stores there; the writers translate it into
    their format's relocation type.
    """

    X86_PC32 = "x86_pc32"  # rel32 of RIP-relative data access: S + A - P (A is usually -4)
    X86_BRANCH32 = "x86_branch32"  # rel32 of call/jmp: S + A - P; ELF R_X86_64_PLT32, so a linker may use a PLT
    ABS64 = "abs64"  # a 64-bit address: S + A, on either machine
    ARM64_CALL26 = "arm64_call26"  # BL imm26: (S + A - P) >> 2
    ARM64_JUMP26 = "arm64_jump26"  # B imm26: (S + A - P) >> 2
    ARM64_PAGE21 = "arm64_page21"  # ADRP: (Page(S + A) - Page(P)) >> 12
    ARM64_PAGEOFF12 = "arm64_pageoff12"  # ADD imm12: (S + A) & 0xfff
    ARM64_PAGEOFF12_LDR64 = "arm64_pageoff12_ldr64"  # LDR/STR Xt imm12, scaled by 8: ((S + A) & 0xfff) >> 3

    @property
    def width(self) -> int:
        """Bytes of the field the relocation rewrites."""
        return 8 if self is RelocKind.ABS64 else 4

    @property
    def machines(self) -> frozenset[Machine]:
        if self is RelocKind.ABS64:
            return frozenset(Machine)
        return frozenset({Machine.X86_64 if self.name.startswith("X86_") else Machine.ARM64})

    @property
    def in_instruction(self) -> bool:
        """An arm64 instruction field: the relocation keeps the instruction's other bits."""
        return self.name.startswith("ARM64_")


@dataclass(frozen=True)
class Section:
    """One section per kind. A BSS section has no bytes, only `bss_size`; every other kind has only `data`."""

    kind: SectionKind
    data: bytes = b""
    align: int = 1
    bss_size: int = 0

    @property
    def size(self) -> int:
        return self.bss_size if self.kind is SectionKind.BSS else len(self.data)


@dataclass(frozen=True)
class Symbol:
    """A name for an offset in a section, or (UNDEFINED, section None) a name another object defines.

    Names are as C sees them; a writer whose format decorates names (Mach-O's leading underscore) adds that.
    """

    name: str
    section: SectionKind | None
    offset: int = 0
    size: int = 0
    binding: Binding = Binding.GLOBAL
    type: SymbolType = SymbolType.FUNC

    @classmethod
    def undefined(cls, name: str) -> Symbol:
        return cls(name, None, type=SymbolType.UNDEFINED)


@dataclass(frozen=True)
class Relocation:
    """Fill the field at `offset` in `section` with `kind`'s value for `symbol` + `addend`.

    The addend is always explicit here (ELF RELA style); what the section bytes hold in the field
    does not matter, the writers rewrite it (see jit.aot.relocate).
    """

    section: SectionKind
    offset: int
    kind: RelocKind
    symbol: str
    addend: int = 0


@dataclass(frozen=True)
class ObjectImage:
    """Sections (at most one per kind), symbols (names unique) and relocations, checked on construction."""

    machine: Machine
    sections: tuple[Section, ...]
    symbols: tuple[Symbol, ...] = ()
    relocations: tuple[Relocation, ...] = ()

    def __post_init__(self) -> None:
        _check_sections(self.sections)
        _check_symbols(self)
        _check_relocations(self)

    def section(self, kind: SectionKind) -> Section | None:
        return next((s for s in self.sections if s.kind is kind), None)

    def symbol(self, name: str) -> Symbol:
        try:
            return self._by_name[name]
        except KeyError:
            raise ObjectWriteError(f"no symbol {name!r} in the image") from None

    @functools.cached_property
    def _by_name(self) -> dict[str, Symbol]:
        """So that resolving many relocations stays linear in their number."""
        return {sym.name: sym for sym in self.symbols}

    def ordered_sections(self) -> list[Section]:
        """The sections in SectionKind order, the order every writer lays them out in."""
        return [s for kind in SectionKind if (s := self.section(kind)) is not None]

    def relocations_in(self, kind: SectionKind) -> list[Relocation]:
        return [r for r in self.relocations if r.section is kind]


def _check_sections(sections: tuple[Section, ...]) -> None:
    seen: set[SectionKind] = set()
    for sec in sections:
        name = sec.kind.value
        if sec.kind in seen:
            raise ObjectWriteError(f"section {name} appears twice")
        seen.add(sec.kind)
        if sec.align < 1 or sec.align & (sec.align - 1):
            raise ObjectWriteError(f"section {name}: alignment {sec.align} is not a power of two")
        if sec.kind is SectionKind.BSS and sec.data:
            raise ObjectWriteError("section bss has bytes; give it bss_size instead")
        if sec.kind is not SectionKind.BSS and sec.bss_size:
            raise ObjectWriteError(f"section {name} has a bss_size; only bss takes one")
        if sec.bss_size < 0:
            raise ObjectWriteError("section bss has a negative size")


def _check_symbols(image: ObjectImage) -> None:
    where: dict[str, str] = {}
    for sym in image.symbols:
        home = "undefined" if sym.section is None else f"section {sym.section.value}"
        if not sym.name or "\0" in sym.name:
            raise ObjectWriteError(f"symbol {sym.name!r} in {home}: a name must be non-empty and have no NUL")
        if sym.name in where:
            raise ObjectWriteError(f"duplicate symbol {sym.name!r}: in {where[sym.name]} and again in {home}")
        where[sym.name] = home
        if (sym.type is SymbolType.UNDEFINED) != (sym.section is None):
            raise ObjectWriteError(f"symbol {sym.name!r}: exactly the undefined symbols have no section")
        if sym.section is None:
            if sym.binding is not Binding.GLOBAL:
                raise ObjectWriteError(f"undefined symbol {sym.name!r} must be global")
            continue
        sec = image.section(sym.section)
        if sec is None:
            raise ObjectWriteError(f"symbol {sym.name!r} is in {home}, which the image does not have")
        if sym.offset < 0 or sym.size < 0 or sym.offset + sym.size > sec.size:
            raise ObjectWriteError(
                f"symbol {sym.name!r} at {home}+{sym.offset:#x} (size {sym.size}) "
                f"lies outside the section's {sec.size} bytes"
            )


def _check_relocations(image: ObjectImage) -> None:
    names = {sym.name for sym in image.symbols}
    for kind in SectionKind:
        relocs = sorted(image.relocations_in(kind), key=lambda r: r.offset)
        sec = image.section(kind)
        end = 0
        for rel in relocs:
            at = f"relocation {rel.kind.value} against {rel.symbol!r} at section {kind.value}+{rel.offset:#x}"
            if sec is None or kind is SectionKind.BSS:
                raise ObjectWriteError(f"{at}: the image has no bytes there")
            if image.machine not in rel.kind.machines:
                raise ObjectWriteError(f"{at}: not a relocation of {image.machine.value}")
            if rel.offset < 0 or rel.offset + rel.kind.width > sec.size:
                raise ObjectWriteError(f"{at}: the field lies outside the section's {sec.size} bytes")
            if rel.kind.in_instruction and rel.offset % 4:
                raise ObjectWriteError(f"{at}: an instruction field must be 4-byte aligned")
            if rel.offset < end:
                raise ObjectWriteError(f"{at}: overlaps the field of the relocation before it")
            if rel.symbol not in names:
                raise ObjectWriteError(f"{at}: no such symbol in the image (add it, undefined if need be)")
            end = rel.offset + rel.kind.width
