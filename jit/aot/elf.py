"""ELF64 little-endian writer for x86-64 and arm64: relocatable objects and static executables.

Layouts follow the System V gABI with the x86-64 psABI and the AArch64 ELF ABI for relocation types.
The two machines differ only in the `_Arch` table. An executable is static and self-contained: no
PT_INTERP, no dynamic section; `jit.aot.relocate` resolves every relocation before it is written, and
its segments are page-aligned in the file and in memory so that no page is both writable and executable.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass

from jit.aot.binfmt import align_up, pad_to, string_table
from jit.aot.objimage import (
    Binding,
    Machine,
    ObjectImage,
    ObjectWriteError,
    RelocKind,
    Section,
    SectionKind,
    SymbolType,
)
from jit.aot.relocate import linked_sections, relocatable_bytes, symbol_address

DEFAULT_BASE = 0x40_0000  # where GNU ld places non-PIE executables on both machines

ET_REL, ET_EXEC = 1, 2
SHT_NULL, SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_NOBITS = 0, 1, 2, 3, 4, 8
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR, SHF_INFO_LINK = 0x1, 0x2, 0x4, 0x40
PT_LOAD, PT_GNU_STACK = 1, 0x6474_E551
PF_X, PF_W, PF_R = 1, 2, 4
STB_LOCAL, STB_GLOBAL = 0, 1
STT_NOTYPE, STT_OBJECT, STT_FUNC = 0, 1, 2

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_RELA = struct.Struct("<QQq")
_IDENT = b"\x7fELF" + bytes([2, 1, 1, 0])  # ELFCLASS64, ELFDATA2LSB, EV_CURRENT, ELFOSABI_NONE


@dataclass(frozen=True)
class _Arch:
    e_machine: int
    page: int  # the largest page size the machine's Linux kernels use: segments are aligned to it
    rela_types: Mapping[RelocKind, int]


_ARCHS = {
    Machine.X86_64: _Arch(
        62,  # EM_X86_64
        0x1000,
        {RelocKind.ABS64: 1, RelocKind.X86_PC32: 2, RelocKind.X86_BRANCH32: 4},  # R_X86_64_64, _PC32, _PLT32
    ),
    Machine.ARM64: _Arch(
        183,  # EM_AARCH64
        0x1_0000,
        {
            RelocKind.ABS64: 257,  # R_AARCH64_ABS64
            RelocKind.ARM64_PAGE21: 275,  # R_AARCH64_ADR_PREL_PG_HI21
            RelocKind.ARM64_PAGEOFF12: 277,  # R_AARCH64_ADD_ABS_LO12_NC
            RelocKind.ARM64_JUMP26: 282,  # R_AARCH64_JUMP26
            RelocKind.ARM64_CALL26: 283,  # R_AARCH64_CALL26
            RelocKind.ARM64_PAGEOFF12_LDR64: 286,  # R_AARCH64_LDST64_ABS_LO12_NC
        },
    ),
}

_SECTION_NAMES = {
    SectionKind.TEXT: ".text",
    SectionKind.RODATA: ".rodata",
    SectionKind.DATA: ".data",
    SectionKind.BSS: ".bss",
}
_SECTION_FLAGS = {
    SectionKind.TEXT: SHF_ALLOC | SHF_EXECINSTR,
    SectionKind.RODATA: SHF_ALLOC,
    SectionKind.DATA: SHF_ALLOC | SHF_WRITE,
    SectionKind.BSS: SHF_ALLOC | SHF_WRITE,
}
_SYMBOL_TYPES = {SymbolType.FUNC: STT_FUNC, SymbolType.OBJECT: STT_OBJECT, SymbolType.UNDEFINED: STT_NOTYPE}
# The executable's segments, in address order: the first also maps the ELF and program headers.
_SEGMENTS = (
    (PF_R, (SectionKind.RODATA,)),
    (PF_R | PF_X, (SectionKind.TEXT,)),
    (PF_R | PF_W, (SectionKind.DATA, SectionKind.BSS)),
)


@dataclass
class _Shdr:
    """A section header and its contents; `offset` 0 means "place it after what is already in the file"."""

    name: str
    type: int
    flags: int = 0
    data: bytes = b""
    align: int = 1
    nobits_size: int = 0
    addr: int = 0
    offset: int = 0
    link: int = 0
    info: int = 0
    entsize: int = 0


@dataclass(frozen=True)
class _Segment:
    flags: int
    offset: int
    vaddr: int
    filesz: int
    memsz: int


def write_elf_object(image: ObjectImage) -> bytes:
    """An ET_REL object: the image's sections, .rela.<section> for each that has relocations, .symtab,
    and an empty .note.GNU-stack (its absence makes GNU ld give the program an executable stack)."""
    arch = _ARCHS[image.machine]
    shdrs = [_Shdr("", SHT_NULL)]
    shndx: dict[SectionKind, int] = {}
    for sec in image.ordered_sections():
        shndx[sec.kind] = len(shdrs)
        shdrs.append(_section_shdr(sec, relocatable_bytes(image, sec.kind), 0, 0))
    shdrs.append(_Shdr(".note.GNU-stack", SHT_PROGBITS))
    symtab, strtab, first_global, index = _symbol_tables(image, shndx, dict.fromkeys(shndx, 0))
    relocated = [kind for kind in shndx if image.relocations_in(kind)]
    symtab_ndx = len(shdrs) + len(relocated)
    for kind in relocated:
        rela = b"".join(
            _RELA.pack(r.offset, index[r.symbol] << 32 | arch.rela_types[r.kind], r.addend)
            for r in image.relocations_in(kind)
        )
        name = ".rela" + _SECTION_NAMES[kind]
        shdrs.append(
            _Shdr(name, SHT_RELA, SHF_INFO_LINK, rela, 8, link=symtab_ndx, info=shndx[kind], entsize=_RELA.size)
        )
    shdrs += _symtab_shdrs(symtab, strtab, first_global, symtab_ndx)
    return _assemble(arch, ET_REL, 0, [], shdrs)


def write_elf_executable(image: ObjectImage, entry: str, base: int = DEFAULT_BASE) -> bytes:
    """A static ET_EXEC loaded at `base` that starts at the text symbol `entry`, every relocation resolved.

    Segments: headers + rodata (R), text (R+X), data + bss (R+W), and PT_GNU_STACK (R+W). Section
    headers and a symbol table come along for readelf and gdb.
    """
    arch = _ARCHS[image.machine]
    if base % arch.page:
        raise ObjectWriteError(f"executable base {base:#x} is not a multiple of the page size {arch.page:#x}")
    start = next((s for s in image.symbols if s.name == entry), None)
    if start is None or start.section is not SectionKind.TEXT:
        raise ObjectWriteError(f"entry symbol {entry!r} is not defined in section text")
    head = _EHDR.size + _PHDR.size * (len(_segments_present(image)) + 1)
    segments, offsets = _layout(image, arch.page, base, head)
    addresses = {kind: base + off for kind, off in offsets.items()}
    contents = linked_sections(image, addresses)
    shdrs = [_Shdr("", SHT_NULL)]
    shndx: dict[SectionKind, int] = {}
    for _, kinds in _SEGMENTS:
        for sec in (s for k in kinds if (s := image.section(k)) is not None):
            shndx[sec.kind] = len(shdrs)
            shdrs.append(_section_shdr(sec, contents.get(sec.kind, b""), addresses[sec.kind], offsets[sec.kind]))
    symtab, strtab, first_global, _ = _symbol_tables(image, shndx, addresses)
    shdrs += _symtab_shdrs(symtab, strtab, first_global, len(shdrs))
    phdrs = [_PHDR.pack(PT_LOAD, s.flags, s.offset, s.vaddr, s.vaddr, s.filesz, s.memsz, arch.page) for s in segments]
    phdrs.append(_PHDR.pack(PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0, 0, 16))
    return _assemble(arch, ET_EXEC, symbol_address(image, entry, addresses), phdrs, shdrs)


def _segments_present(image: ObjectImage) -> list[tuple[int, tuple[SectionKind, ...]]]:
    """The executable's segments that have sections; the first (headers) is always there."""
    return [seg for i, seg in enumerate(_SEGMENTS) if i == 0 or any(image.section(k) is not None for k in seg[1])]


def _layout(image: ObjectImage, page: int, base: int, head: int) -> tuple[list[_Segment], dict[SectionKind, int]]:
    """Segments and each section's offset from `base`, which is also its file offset (BSS: past the file's end).

    Every segment starts on a page of its own in memory and in the file, so each page has one permission.
    """
    segments: list[_Segment] = []
    offsets: dict[SectionKind, int] = {}
    file_end = head
    for i, (flags, kinds) in enumerate(_segments_present(image)):
        secs = [s for k in kinds if (s := image.section(k)) is not None]
        start = 0 if i == 0 else align_up(file_end, max([page] + [s.align for s in secs]))
        mem_end = file_end = max(start, file_end)
        for sec in secs:
            offsets[sec.kind] = align_up(mem_end, sec.align)
            mem_end = offsets[sec.kind] + sec.size
            if sec.kind is not SectionKind.BSS:
                file_end = mem_end
        segments.append(_Segment(flags, start, base + start, file_end - start, mem_end - start))
    return segments, offsets


def _section_shdr(sec: Section, data: bytes, addr: int, offset: int) -> _Shdr:
    """The header of one of the image's sections, with `data` its contents as written (none for BSS)."""
    stype = SHT_NOBITS if sec.kind is SectionKind.BSS else SHT_PROGBITS
    return _Shdr(_SECTION_NAMES[sec.kind], stype, _SECTION_FLAGS[sec.kind], data, sec.align, sec.bss_size, addr, offset)


def _symbol_tables(
    image: ObjectImage, shndx: Mapping[SectionKind, int], addresses: Mapping[SectionKind, int]
) -> tuple[bytes, bytes, int, dict[str, int]]:
    """(.symtab, .strtab, index of the first global, each name's index): locals first, as the gABI requires."""
    ordered = sorted(image.symbols, key=lambda s: s.binding is Binding.GLOBAL)
    strtab, names = string_table(s.name for s in ordered)
    entries = [_SYM.pack(0, 0, 0, 0, 0, 0)]
    for sym in ordered:
        bind = STB_GLOBAL if sym.binding is Binding.GLOBAL else STB_LOCAL
        stype = _SYMBOL_TYPES[sym.type]
        if sym.section is None:
            entries.append(_SYM.pack(names[sym.name], bind << 4 | stype, 0, 0, 0, 0))
        else:
            value = addresses[sym.section] + sym.offset
            entries.append(_SYM.pack(names[sym.name], bind << 4 | stype, 0, shndx[sym.section], value, sym.size))
    first_global = 1 + sum(1 for s in ordered if s.binding is Binding.LOCAL)
    return b"".join(entries), strtab, first_global, {s.name: i for i, s in enumerate(ordered, 1)}


def _symtab_shdrs(symtab: bytes, strtab: bytes, first_global: int, symtab_ndx: int) -> list[_Shdr]:
    """.symtab at `symtab_ndx`, then its .strtab, then .shstrtab (always the last header)."""
    return [
        _Shdr(".symtab", SHT_SYMTAB, 0, symtab, 8, link=symtab_ndx + 1, info=first_global, entsize=_SYM.size),
        _Shdr(".strtab", SHT_STRTAB, 0, strtab),
        _Shdr(".shstrtab", SHT_STRTAB),
    ]


def _assemble(arch: _Arch, e_type: int, entry: int, phdrs: list[bytes], shdrs: list[_Shdr]) -> bytes:
    """Header, program headers, section contents (at their offsets, or packed after), section header table."""
    shstrtab, names = string_table(s.name for s in shdrs)
    shdrs[-1].data = shstrtab
    buf = bytearray(_EHDR.size)
    buf += b"".join(phdrs)
    for sh in shdrs[1:]:
        if sh.offset == 0:
            sh.offset = align_up(len(buf), sh.align)
        if sh.type != SHT_NOBITS:
            pad_to(buf, sh.offset)
            buf += sh.data
    shoff = align_up(len(buf), 8)
    pad_to(buf, shoff)
    for sh in shdrs:
        size = sh.nobits_size if sh.type == SHT_NOBITS else len(sh.data)
        buf += _SHDR.pack(
            names[sh.name],
            sh.type,
            sh.flags,
            sh.addr,
            sh.offset,
            size,
            sh.link,
            sh.info,
            sh.align if sh.type else 0,
            sh.entsize,
        )
    buf[: _EHDR.size] = _EHDR.pack(
        _IDENT,
        e_type,
        arch.e_machine,
        1,
        entry,
        _EHDR.size if phdrs else 0,
        shoff,
        0,
        _EHDR.size,
        _PHDR.size if phdrs else 0,
        len(phdrs),
        _SHDR.size,
        len(shdrs),
        len(shdrs) - 1,
    )
    return bytes(buf)
