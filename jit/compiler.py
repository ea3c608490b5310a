"""Copy-and-patch: lay out every function's stencils one after another and patch their holes.

Image layout: the entry trampoline, the runtime helpers, then each function as
FuncEntry followed by its ops in pc order. Every branch and call is PC-relative
and data is reached through the context pointer, so the image runs at any address.
"""

from __future__ import annotations

from dataclasses import dataclass

from isa.registry import get_isa
from jit.errors import HolePatchError, InputError
from jit.operands import DataArea, entry_values, op_values
from jit.ops import OPS
from jit.program import Program
from jit.stencil_catalog import catalog

ENTRY = "jit_entry"
PROLOGUE = "FuncEntry"
CONTINUE = "_JIT_CONTINUE"


@dataclass(frozen=True)
class Site:
    """Where one piece of the image came from: an op (pc >= 0), a FuncEntry (pc -1) or a helper (func -1)."""

    offset: int
    size: int
    func: int
    pc: int
    name: str  # op mnemonic, FuncEntry, or helper name
    dropped_jump: int = 0  # bytes of trailing continuation jump left out (the next op follows)


@dataclass(frozen=True)
class Image:
    isa: str
    code: bytes
    data: bytes
    entry: int  # offset of jit_entry
    functions: tuple[int, ...]  # offset of each function (its FuncEntry)
    sites: tuple[Site, ...]  # in image order
    op_offsets: tuple[tuple[int, ...], ...]  # per function, offset of each pc's code


class CodeTooLarge(InputError):
    pass


def compile_program(program: Program, isa_name: str, strings: list[dict[int, int]]) -> Image:
    """Compile a verified program; `strings` are the Cells of its string constants (jit.startup)."""
    cat = catalog(isa_name)
    kinds = get_isa(isa_name).hole_kinds
    data = DataArea(program)
    pieces: list[tuple[Site, bytes, dict[str, int]]] = []  # site, stencil code, number holes
    offset = 0

    def place(name: str, func: int, pc: int, values: dict[str, int], drop: bool) -> None:
        nonlocal offset
        st = cat.stencil(name)
        cut = cat.tail_jump(name) if drop else 0
        site = Site(offset, len(st.code) - cut, func, pc, name, cut)
        pieces.append((site, st.code, values))
        offset += site.size

    place(ENTRY, -1, -1, {}, False)
    helpers: dict[str, int] = {}
    for name in cat.runtime:
        helpers[name] = offset
        place(name, -1, -1, {}, False)
    functions, op_offsets = [], []
    for fi, f in enumerate(program.functions):
        functions.append(offset)
        place(PROLOGUE, fi, -1, entry_values(f), True)
        starts = []
        for pc, ins in enumerate(f.code):
            starts.append(offset)
            place(OPS[ins.op].name, fi, pc, op_values(program, fi, pc, ins, strings[fi], data), True)
        op_offsets.append(tuple(starts))

    code = bytearray(offset)
    for site, st_code, values in pieces:
        code[site.offset : site.offset + site.size] = st_code[: site.size]
        next_op = site.offset + site.size
        for hole in cat.stencil(site.name).holes:
            if hole.offset >= site.size:
                continue  # inside the dropped continuation jump
            s = _code_hole(hole.symbol, site, next_op, program, functions, op_offsets, helpers)
            if s is None:
                try:
                    s = values[hole.symbol]
                except KeyError:
                    raise RuntimeError(f"stencil {site.name} has hole {hole.symbol} with no value") from None
            try:
                kinds[hole.kind].patch(
                    code, site.offset + hole.offset, s + hole.addend, field_addr=site.offset + hole.offset
                )
            except HolePatchError as e:
                where = f"{program.functions[site.func].name} pc={site.pc}" if site.func >= 0 else site.name
                raise CodeTooLarge(f"{isa_name}: cannot patch {hole.symbol} of {site.name} at {where}: {e}") from None
    return Image(
        isa_name,
        bytes(code),
        bytes(data.blob),
        0,
        tuple(functions),
        tuple(s for s, _, _ in pieces),
        tuple(op_offsets),
    )


def _code_hole(
    symbol: str,
    site: Site,
    next_op: int,
    program: Program,
    functions: list[int],
    op_offsets: list[tuple[int, ...]],
    helpers: dict[str, int],
) -> int | None:
    """The image offset a code hole points at, or None for a number hole."""
    if symbol == CONTINUE:
        return next_op
    if symbol == "_JIT_TARGET":
        return op_offsets[site.func][program.functions[site.func].code[site.pc].c]
    if symbol == "_JIT_CALLEE":
        return functions[program.functions[site.func].code[site.pc].c]
    return helpers.get(symbol)
