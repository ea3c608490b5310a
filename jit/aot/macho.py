"""Mach-O 64 MH_OBJECT writer for arm64 (macOS), laid out as <mach-o/loader.h> and <mach-o/reloc.h> describe.

One unnamed LC_SEGMENT_64 holds the sections, as compilers emit for objects: __TEXT,__text,
__TEXT,__const, __DATA,__data and __DATA,__bss as the image has them. Then LC_BUILD_VERSION (macOS
11.0, the first with arm64), LC_SYMTAB and LC_DYSYMTAB.

Names: callers give C names; this writer adds Mach-O's leading underscore to every symbol ("f" is
written "_f"), so one image serves ELF and Mach-O alike.

Addends: a branch or page relocation with a non-zero addend is preceded by ARM64_RELOC_ADDEND (24-bit
signed); a 64-bit ARM64_RELOC_UNSIGNED takes its addend from the section bytes. The section bytes come
from jit.aot.relocate, so __text is byte for byte the .text of the arm64 ELF object of the same image.
"""

from __future__ import annotations

import struct

from jit.aot.binfmt import align_up, pad_to, string_table
from jit.aot.objimage import Binding, Machine, ObjectImage, ObjectWriteError, RelocKind, Section, SectionKind, Symbol
from jit.aot.relocate import relocatable_bytes

MH_MAGIC_64 = 0xFEED_FACF
CPU_TYPE_ARM64 = 0x0100_000C
CPU_SUBTYPE_ARM64_ALL = 0
MH_OBJECT = 1
LC_SYMTAB, LC_DYSYMTAB, LC_SEGMENT_64, LC_BUILD_VERSION = 0x2, 0xB, 0x19, 0x32
PLATFORM_MACOS = 1
MINOS_11_0 = 11 << 16  # xxxx.yy.zz nibbles
VM_PROT_ALL = 7  # read, write, execute: what objects declare; the final link decides
S_ZEROFILL = 0x1
S_ATTR_PURE_INSTRUCTIONS, S_ATTR_SOME_INSTRUCTIONS = 0x8000_0000, 0x400
N_UNDF, N_EXT, N_SECT = 0x0, 0x1, 0xE
ARM64_RELOC_UNSIGNED, ARM64_RELOC_BRANCH26, ARM64_RELOC_PAGE21, ARM64_RELOC_PAGEOFF12 = 0, 2, 3, 4
ARM64_RELOC_ADDEND = 10

_HEADER = struct.Struct("<IiiIIIII")
_SEGMENT = struct.Struct("<II16sQQQQiiII")
_SECTION = struct.Struct("<16s16sQQIIIIIIII")
_BUILD_VERSION = struct.Struct("<IIIIII")
_SYMTAB = struct.Struct("<IIIIII")
_DYSYMTAB = struct.Struct("<II18I")
_NLIST = struct.Struct("<IBBHQ")
_RELOC = struct.Struct("<iI")

_NAMES = {
    SectionKind.TEXT: (b"__TEXT", b"__text", S_ATTR_PURE_INSTRUCTIONS | S_ATTR_SOME_INSTRUCTIONS),
    SectionKind.RODATA: (b"__TEXT", b"__const", 0),
    SectionKind.DATA: (b"__DATA", b"__data", 0),
    SectionKind.BSS: (b"__DATA", b"__bss", S_ZEROFILL),
}
# The neutral kind as (r_type, r_pcrel, r_length as log2 of the field's bytes).
_RELOCS = {
    RelocKind.ARM64_CALL26: (ARM64_RELOC_BRANCH26, 1, 2),
    RelocKind.ARM64_JUMP26: (ARM64_RELOC_BRANCH26, 1, 2),
    RelocKind.ARM64_PAGE21: (ARM64_RELOC_PAGE21, 1, 2),
    RelocKind.ARM64_PAGEOFF12: (ARM64_RELOC_PAGEOFF12, 0, 2),  # the linker scales by the instruction's size
    RelocKind.ARM64_PAGEOFF12_LDR64: (ARM64_RELOC_PAGEOFF12, 0, 2),
    RelocKind.ABS64: (ARM64_RELOC_UNSIGNED, 0, 3),
}
_ADDEND_BITS = 24


def macho_name(name: str) -> str:
    """The Mach-O spelling of a C symbol name."""
    return "_" + name


def write_macho_object(image: ObjectImage) -> bytes:
    """An arm64 MH_OBJECT with the image's sections, symbols (underscored) and relocations.

    File order: header, load commands, section contents (at their addresses past the commands),
    relocations section by section, the nlist_64 table, the string table.
    """
    if image.machine is not Machine.ARM64:
        raise ObjectWriteError(f"Mach-O objects are written for arm64 only, not {image.machine.value}")
    sections = image.ordered_sections()
    cmds_size = _SEGMENT.size + _SECTION.size * len(sections) + _BUILD_VERSION.size + _SYMTAB.size + _DYSYMTAB.size
    data_off = align_up(_HEADER.size + cmds_size, max([8] + [s.align for s in sections]))
    addrs = _addresses(sections)
    symbols, groups = _symbol_order(image)
    index = {sym.name: i for i, sym in enumerate(symbols)}

    body = bytearray(data_off)  # the header and load commands go in front at the end
    for sec in sections:
        if sec.kind is not SectionKind.BSS:
            pad_to(body, data_off + addrs[sec.kind])
            body += relocatable_bytes(image, sec.kind)
    file_size = len(body) - data_off
    pad_to(body, align_up(len(body), 8))
    relocs: dict[SectionKind, tuple[int, int]] = {}  # (reloff, nreloc)
    for sec in sections:
        entries = _relocation_entries(image, sec.kind, index)
        relocs[sec.kind] = (len(body) if entries else 0, len(entries))
        body += b"".join(entries)
    symoff = align_up(len(body), 8)
    pad_to(body, symoff)
    strtab, names = string_table(macho_name(s.name) for s in symbols)
    strtab += bytes(align_up(len(strtab), 8) - len(strtab))
    ordinals = {sec.kind: i for i, sec in enumerate(sections, 1)}
    for sym in symbols:
        body += _nlist(sym, names[macho_name(sym.name)], ordinals, addrs)
    stroff = len(body)
    body += strtab

    vm_size = max((addrs[s.kind] + s.size for s in sections), default=0)
    cmds = _SEGMENT.pack(
        LC_SEGMENT_64, _SEGMENT.size + _SECTION.size * len(sections), b"", 0, vm_size, data_off, file_size,
        VM_PROT_ALL, VM_PROT_ALL, len(sections), 0,
    )  # fmt: skip
    for sec in sections:
        segname, sectname, flags = _NAMES[sec.kind]
        offset = 0 if sec.kind is SectionKind.BSS else data_off + addrs[sec.kind]
        align = sec.align.bit_length() - 1
        cmds += _SECTION.pack(sectname, segname, addrs[sec.kind], sec.size, offset, align, *relocs[sec.kind], flags,
                              0, 0, 0)  # fmt: skip
    cmds += _BUILD_VERSION.pack(LC_BUILD_VERSION, _BUILD_VERSION.size, PLATFORM_MACOS, MINOS_11_0, 0, 0)
    cmds += _SYMTAB.pack(LC_SYMTAB, _SYMTAB.size, symoff, len(symbols), stroff, len(strtab))
    nlocal, nextdef, nundef = groups
    cmds += _DYSYMTAB.pack(LC_DYSYMTAB, _DYSYMTAB.size, 0, nlocal, nlocal, nextdef, nlocal + nextdef, nundef, *[0] * 12)
    assert len(cmds) == cmds_size
    body[: _HEADER.size + cmds_size] = (
        _HEADER.pack(MH_MAGIC_64, CPU_TYPE_ARM64, CPU_SUBTYPE_ARM64_ALL, MH_OBJECT, 4, cmds_size, 0, 0) + cmds
    )
    return bytes(body)


def _addresses(sections: list[Section]) -> dict[SectionKind, int]:
    """Each section's address in the object's own address space: from 0, in order, each aligned."""
    addrs: dict[SectionKind, int] = {}
    end = 0
    for sec in sections:
        addrs[sec.kind] = align_up(end, sec.align)
        end = addrs[sec.kind] + sec.size
    return addrs


def _nlist(sym: Symbol, strx: int, ordinals: dict[SectionKind, int], addrs: dict[SectionKind, int]) -> bytes:
    if sym.section is None:
        return _NLIST.pack(strx, N_UNDF | N_EXT, 0, 0, 0)
    ntype = N_SECT | (N_EXT if sym.binding is Binding.GLOBAL else 0)
    return _NLIST.pack(strx, ntype, ordinals[sym.section], 0, addrs[sym.section] + sym.offset)


def _symbol_order(image: ObjectImage) -> tuple[list[Symbol], tuple[int, int, int]]:
    """Locals (in image order), then defined externals, then undefined ones, each sorted by name as
    LC_DYSYMTAB requires; and the size of each group."""
    local = [s for s in image.symbols if s.binding is Binding.LOCAL]
    extdef = sorted((s for s in image.symbols if s.binding is Binding.GLOBAL and s.section is not None), key=_sort_key)
    undef = sorted((s for s in image.symbols if s.section is None), key=_sort_key)
    return local + extdef + undef, (len(local), len(extdef), len(undef))


def _sort_key(sym: Symbol) -> bytes:
    return macho_name(sym.name).encode()


def _relocation_entries(image: ObjectImage, kind: SectionKind, index: dict[str, int]) -> list[bytes]:
    """The section's relocation_info records, highest address first as compilers write them."""
    entries: list[bytes] = []
    for rel in sorted(image.relocations_in(kind), key=lambda r: -r.offset):
        rtype, pcrel, length = _RELOCS[rel.kind]
        if rel.addend and rel.kind is not RelocKind.ABS64:
            if not -(1 << (_ADDEND_BITS - 1)) <= rel.addend < 1 << (_ADDEND_BITS - 1):
                raise ObjectWriteError(
                    f"relocation {rel.kind.value} against {rel.symbol!r} at section {kind.value}+{rel.offset:#x}: "
                    f"addend {rel.addend:#x} does not fit ARM64_RELOC_ADDEND's {_ADDEND_BITS} bits"
                )
            entries.append(_RELOC.pack(rel.offset, _info(rel.addend & 0xFF_FFFF, 0, 2, 0, ARM64_RELOC_ADDEND)))
        entries.append(_RELOC.pack(rel.offset, _info(index[rel.symbol], pcrel, length, 1, rtype)))
    return entries


def _info(symbolnum: int, pcrel: int, length: int, extern: int, rtype: int) -> int:
    """relocation_info's second word: r_symbolnum:24, r_pcrel:1, r_length:2, r_extern:1, r_type:4."""
    return symbolnum | pcrel << 24 | length << 25 | extern << 27 | rtype << 28
