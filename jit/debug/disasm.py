"""`jit disasm`: a compiled image as Capstone disassembly, labelled by function, pc and vm3 op.

Addresses are image offsets (the image has no absolute addresses). Each hole
the compiler patched is read back from the code and shown next to its
instruction: a number hole as its value, a code hole as what it points at. An
op whose trailing jump to the next op was dropped says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from jit.compiler.image import ENTRY, Image, Site
from jit.compiler.pipeline import compile_program
from jit.debug.labels import op_label
from jit.errors import InputError, printable
from jit.isa.base import Isa
from jit.isa.registry import get_isa
from jit.program.model import Program
from jit.stencilset.catalog import catalog
from jit.vm.heap import Fault, Heap
from jit.vm.limits import DEFAULT_LIMITS
from jit.vm.startup import intern_strings

ERRLOC = "_JIT_ERRLOC"  # (function index << 16) | pc: shown as the op it names


def compile_for_listing(program: Program, isa_name: str) -> Image:
    """The image `jit run` would build (string constants interned into a default-sized heap)."""
    try:
        strings = intern_strings(program, Heap(DEFAULT_LIMITS.heap_size))
    except Fault as e:
        raise InputError(f"the string constants do not fit the default heap: {e.detail}") from None
    return compile_program(program, isa_name, strings)


def disassemble(program: Program, image: Image, func: str | None = None, show_bytes: bool = False) -> Iterator[str]:
    """Lines of the listing: every piece of the image, or only function `func` (its FuncEntry and ops)."""
    isa = get_isa(image.isa)
    only = None
    if func is not None:
        only = program.index(func)
        if only is None:
            known = ", ".join(f.name for f in program.functions)
            raise InputError(f"--func {func!r}: no such function (functions: {known})")
    cs = isa.capstone()
    targets = _targets(program, image)
    sites = image.sites
    for i, site in enumerate(sites):
        if only is None or site.func == only:
            yield from _site_lines(program, isa, cs, image, sites, i, targets, show_bytes)


def op_listing(program: Program, image: Image, func: int, pc: int) -> list[str]:
    """What `jit disasm` shows for one op: its header and the patched stencils (every piece) at that site."""
    isa = get_isa(image.isa)
    sites, targets, cs = image.sites, _targets(program, image), isa.capstone()
    out: list[str] = []
    for i, site in enumerate(sites):
        if site.func == func and site.pc == pc:
            out += _site_lines(program, isa, cs, image, sites, i, targets, False)
    return out


def _site_lines(
    program: Program,
    isa: Isa,
    cs: object,
    image: Image,
    sites: tuple[Site, ...],
    i: int,
    targets: dict[int, str],
    show_bytes: bool,
) -> Iterator[str]:
    """One piece of the image: the op's header (at its first piece), the stencil's name when the op runs a
    variant or several pieces, each instruction with the holes patched in it, the dropped jump."""
    site = sites[i]
    if site.part == 0:
        yield _header(program, site)
    if site.func >= 0 and (site.part or _has_parts(sites, i) or _renamed(program, site)):
        yield f"  ; {site.name}"
    notes = _hole_notes(program, isa, image, site, targets)
    if site.size == 0:
        yield "    (no code: it is only the dropped jump to the next op)"
    for offset, size, text in _insns(cs, image.code, site):
        shown = f"{image.code[offset : offset + size].hex(' '):<24} " if show_bytes else ""
        note = "; ".join(notes.get(o, "") for o in range(offset, offset + size) if o in notes)
        yield f"  {offset:06x}:  {shown}{text}" + (f"    ; {note}" if note else "")
    if site.dropped_jump and site.size:
        yield f"    ; dropped the {site.dropped_jump}-byte jump to the next op: it follows (fall-through)"


def _has_parts(sites: tuple[Site, ...], i: int) -> bool:
    """Whether more pieces of the same op (or prologue) follow the site at i."""
    return i + 1 < len(sites) and sites[i + 1].part > 0


def _renamed(program: Program, site: Site) -> bool:
    """Whether an op runs a stencil other than its own (a variant)."""
    return site.pc >= 0 and site.name != program.functions[site.func].code[site.pc].info.name


def _header(program: Program, site: Site) -> str:
    if site.func < 0:
        return site.name if site.name == ENTRY else f"{site.name} (runtime helper)"
    if site.pc < 0:
        return f"{printable(program.functions[site.func].name)} {site.name}"
    return op_label(program, site.func, site.pc)


def _insns(cs: object, code: bytes, site: Site) -> Iterator[tuple[int, int, str]]:
    """(image offset, size, text) of each instruction of a piece; undecodable bytes as `.byte`."""
    end = site.offset + site.size
    offset = site.offset
    for insn in cs.disasm(code[offset:end], offset):  # type: ignore[attr-defined]
        yield insn.address, insn.size, f"{insn.mnemonic} {insn.op_str}".rstrip()
        offset = insn.address + insn.size
    if offset < end:
        yield offset, end - offset, f".byte {code[offset:end].hex(' ')}"


def _targets(program: Program, image: Image) -> dict[int, str]:
    """What each code address a hole may point at is called: `fib pc=7`, `fib` (its FuncEntry), a helper.

    Empty ops share their start with the next op: such an address is named by all its pcs, `fib pc=3,4`.
    """
    names = {site.offset: site.name for site in image.sites if site.func < 0}
    for fi, offset in enumerate(image.functions):
        name = printable(program.functions[fi].name)
        names[offset] = name
        pcs: dict[int, list[str]] = defaultdict(list)
        for pc, start in enumerate(image.op_offsets[fi]):
            pcs[start].append(str(pc))
        names.update((start, f"{name} pc={','.join(p)}") for start, p in pcs.items())
    return names


def _hole_notes(program: Program, isa: Isa, image: Image, site: Site, targets: dict[int, str]) -> dict[int, str]:
    """Text for each patched hole of a piece, keyed by the image offset of its field.

    A value built by several instructions (arm64 movz/movk chunks) is shown whole at each of them.
    """
    values: dict[str, int] = {}
    chunked: dict[str, int] = defaultdict(int)
    fields: dict[str, list[int]] = defaultdict(list)
    relative: set[str] = set()
    for hole in catalog(image.isa).stencil(site.name).holes:
        if hole.offset >= site.size:
            continue  # it was in the dropped jump
        at = site.offset + hole.offset
        kind = isa.hole_kinds[hole.kind]
        bits = kind.read(image.code, at, field_addr=at)
        if hole.kind in isa.chunked_kinds:
            chunked[hole.symbol] |= bits
            values[hole.symbol] = chunked[hole.symbol] - hole.addend
        else:
            values[hole.symbol] = bits - hole.addend
        fields[hole.symbol].append(at)
        if kind.pc_relative:
            relative.add(hole.symbol)
    notes: dict[int, str] = {}
    for symbol, value in values.items():
        if symbol in relative:
            target = targets.get(value, f"+0x{value:x}")
            text = f"-> {target}" if target == symbol else f"{symbol} -> {target}"
        elif symbol == ERRLOC and value >> 16 < len(program.functions):
            text = f"{symbol}: {printable(program.functions[value >> 16].name)} pc={value & 0xFFFF}"
        else:
            text = f"{symbol}={value if -65536 < value < 65536 else hex(value)}"
        notes.update((at, text) for at in fields[symbol])
    return notes
