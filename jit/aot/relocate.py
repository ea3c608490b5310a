"""Relocated fields: what an object file stores in them, and the small linker that resolves them.

Object files leave a field for their linker to fill in. Both object writers store each such field in
one canonical form: a zero displacement for rel32 and arm64 instruction fields (ELF RELA linkers take
the addend from the relocation, Mach-O ones from ARM64_RELOC_ADDEND), and the addend itself in a
64-bit absolute field (where Mach-O's ARM64_RELOC_UNSIGNED takes it from; ELF RELA linkers ignore the
field). So the ELF and Mach-O objects of one image carry the very same section bytes.

A static executable has no linker after us: `linked_sections` places the image and fills in every
field itself, refusing an undefined symbol or a value its field cannot hold.
"""

from __future__ import annotations

from collections.abc import Mapping

from jit.aot.objimage import ObjectImage, ObjectWriteError, Relocation, RelocKind, SectionKind, SymbolType

_MASK64 = (1 << 64) - 1
_IMM26 = 0x03FF_FFFF
_ADRP_IMM = 0x6000_0000 | 0x00FF_FFE0  # immlo (bits 29-30) and immhi (bits 5-23)
_IMM12 = 0xFFF << 10
_PAGE = 0xFFF


def relocatable_bytes(image: ObjectImage, kind: SectionKind) -> bytes:
    """The section's bytes as an object file carries them: every relocated field in canonical form."""
    sec = image.section(kind)
    assert sec is not None
    data = bytearray(sec.data)
    for rel in image.relocations_in(kind):
        value = rel.addend if rel.kind is RelocKind.ABS64 else 0
        _store(data, rel, value)
    return bytes(data)


def linked_sections(image: ObjectImage, addresses: Mapping[SectionKind, int]) -> dict[SectionKind, bytes]:
    """Every section with bytes, placed at `addresses` (one per section of the image), all fields resolved."""
    for sym in image.symbols:
        if sym.type is SymbolType.UNDEFINED:
            uses = [f"{r.section.value}+{r.offset:#x}" for r in image.relocations if r.symbol == sym.name]
            used = f" (referenced at {', '.join(uses)})" if uses else ""
            raise ObjectWriteError(f"undefined symbol {sym.name!r}{used}: a static executable must define it")
    out: dict[SectionKind, bytes] = {}
    for sec in image.ordered_sections():
        if sec.kind is SectionKind.BSS:
            continue
        data = bytearray(sec.data)
        for rel in image.relocations_in(sec.kind):
            target = symbol_address(image, rel.symbol, addresses) + rel.addend
            _store(data, rel, _value(rel.kind, target, addresses[sec.kind] + rel.offset))
        out[sec.kind] = bytes(data)
    return out


def symbol_address(image: ObjectImage, name: str, addresses: Mapping[SectionKind, int]) -> int:
    sym = image.symbol(name)
    assert sym.section is not None
    return addresses[sym.section] + sym.offset


def _value(kind: RelocKind, target: int, place: int) -> int:
    """The number the field holds for S + A = `target` at P = `place` (before scaling into the field)."""
    if kind is RelocKind.ABS64:
        return target
    if kind is RelocKind.ARM64_PAGE21:
        return (target & ~_PAGE) - (place & ~_PAGE)
    if kind in (RelocKind.ARM64_PAGEOFF12, RelocKind.ARM64_PAGEOFF12_LDR64):
        return target & _PAGE
    return target - place


def _store(data: bytearray, rel: Relocation, value: int) -> None:
    """Write `value` into the relocation's field, or say which relocation it does not fit."""
    end = rel.offset + rel.kind.width
    old = int.from_bytes(data[rel.offset : end], "little")
    try:
        new = _encode(rel.kind, old, value)
    except ValueError as exc:
        raise ObjectWriteError(
            f"relocation {rel.kind.value} against {rel.symbol!r} at section {rel.section.value}+{rel.offset:#x}: {exc}"
        ) from None
    data[rel.offset : end] = new.to_bytes(rel.kind.width, "little")


def _encode(kind: RelocKind, field: int, value: int) -> int:
    if kind is RelocKind.ABS64:
        return value & _MASK64
    if kind in (RelocKind.X86_PC32, RelocKind.X86_BRANCH32):
        _check_range(value, 32, "±2 GiB")
        return value & 0xFFFF_FFFF
    if kind in (RelocKind.ARM64_CALL26, RelocKind.ARM64_JUMP26):
        if value % 4:
            raise ValueError(f"branch displacement {value:#x} is not a multiple of 4")
        _check_range(value, 28, "±128 MiB")
        return field & ~_IMM26 | (value >> 2) & _IMM26
    if kind is RelocKind.ARM64_PAGE21:
        _check_range(value, 33, "±4 GiB")
        pages = value >> 12
        return field & ~_ADRP_IMM | (pages & 3) << 29 | (pages >> 2 & 0x7_FFFF) << 5
    if kind is RelocKind.ARM64_PAGEOFF12_LDR64:
        if value % 8:
            raise ValueError(f"page offset {value:#x} of an 8-byte load is not a multiple of 8")
        value >>= 3
    return field & ~_IMM12 | value << 10


def _check_range(value: int, bits: int, text: str) -> None:
    if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
        raise ValueError(f"displacement {value:#x} is out of range ({text})")
