"""Relocations of an ELF64 little-endian relocatable object, per section: all the refresh needs from it.

Reading the object ourselves keeps the refresh independent of llvm-readelf.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

SHT_SYMTAB = 2
SHT_RELA = 4
STT_SECTION = 3


class ElfError(Exception):
    """The object is not the ELF64 little-endian relocatable file Clang should have written."""


@dataclass(frozen=True)
class Reloc:
    offset: int
    type: int
    symbol: str
    addend: int


@dataclass(frozen=True)
class _Section:
    name_off: int
    type: int
    offset: int
    size: int
    link: int
    info: int
    entsize: int


def _sections(data: bytes) -> list[_Section]:
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ElfError("not an ELF64 little-endian file")
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    if shentsize != 64:
        raise ElfError(f"unexpected section header size {shentsize}")
    out = []
    for i in range(shnum):
        name, typ, _flags, _addr, off, size, link, info, _align, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", data, shoff + 64 * i
        )
        out.append(_Section(name, typ, off, size, link, info, entsize))
    return out


def _string(data: bytes, table: _Section, offset: int) -> str:
    start = table.offset + offset
    return data[start : data.index(b"\0", start)].decode()


def relocations(data: bytes) -> dict[str, list[Reloc]]:
    """Section name -> its relocations sorted by offset (sections without relocations are absent)."""
    sections = _sections(data)
    shstrndx = struct.unpack_from("<H", data, 0x3E)[0]
    names = [_string(data, sections[shstrndx], s.name_off) for s in sections]
    out: dict[str, list[Reloc]] = {}
    for sec in sections:
        if sec.type != SHT_RELA:
            continue
        symtab = sections[sec.link]
        if symtab.type != SHT_SYMTAB:
            raise ElfError(f"relocation section {names[sections.index(sec)]} does not use a symbol table")
        strtab = sections[symtab.link]
        relocs = []
        for pos in range(sec.offset, sec.offset + sec.size, 24):
            r_offset, r_info, r_addend = struct.unpack_from("<QQq", data, pos)
            st_name, st_info, _other, st_shndx = struct.unpack_from("<IBBH", data, symtab.offset + 24 * (r_info >> 32))
            symbol = names[st_shndx] if st_info & 0xF == STT_SECTION else _string(data, strtab, st_name)
            relocs.append(Reloc(r_offset, r_info & 0xFFFFFFFF, symbol, r_addend))
        out[names[sec.info]] = sorted(relocs, key=lambda r: r.offset)
    return out
