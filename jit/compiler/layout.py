"""Phase 3 of a compile: lay the pieces out one after another and patch what does not need the layout.

Image layout: the entry trampoline, the runtime helpers, then each function as its
prologue followed by its ops in pc order. Each op's copy has its trailing jump to the
continuation dropped (the next op follows) and the holes whose value comes from its
fields (and its function: jit.compiler.holes.Scope) patched here, once per distinct
op: equal ops share one patched copy. What needs the layout (branch and call targets,
helpers, error locations, the prologues, the entry and the helpers themselves) is
left to the patch phase, in `Layout.placed` and `Layout.sited`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from jit.compiler.holes import DataArea, Env, entry_values
from jit.compiler.image import ENTRY, Site
from jit.compiler.plan import ProgramPlan
from jit.compiler.templates import Copy, Template, op_copy, template
from jit.program.model import Instr, Program
from jit.stencilset.catalog import Collected

Placed = tuple[Template, int, dict[str, int]]
"""A piece patched from a dict of values: the entry, a helper or a prologue, its offset, its values."""
Sited = tuple[int, int, Instr, Copy]
"""An op with holes that need the layout: its offset, its pc, the instruction, its copy."""


@dataclass
class Layout:
    """The image's pieces of code in order, and what the patch phase has left to do."""

    env: Env
    pieces: list[bytes] = field(default_factory=list)
    size: int = 0
    placed: list[Placed] = field(default_factory=list)
    helper_sites: list[Site] = field(default_factory=list)  # the entry and the runtime helpers
    entry_sites: list[Site] = field(default_factory=list)  # each function's prologue
    sited: list[list[Sited]] = field(default_factory=list)  # per function
    loads: list[tuple[Copy, ...]] = field(default_factory=list)  # per function, after its prologue
    copies: list[list[Copy | tuple[Copy, ...]]] = field(default_factory=list)  # per function, per pc

    def place(self, t: Template, func: int, values: dict[str, int]) -> int:
        """Append a piece that the patch phase patches from `values`; return its offset."""
        at = self.size
        self.pieces.append(t.code)
        self.placed.append((t, at, values))
        (self.helper_sites if func < 0 else self.entry_sites).append(Site(at, len(t.code), func, -1, t.name, t.dropped))
        self.size += len(t.code)
        return at


def new_env(program: Program, strings: list[dict[int, int]]) -> Env:
    """What the hole getters read, before anything is laid out."""
    return Env(program, DataArea(program), strings, [], [], {})


def lay_out(program: Program, plan: ProgramPlan, stencils: Collected, env: Env) -> Layout:
    """Every piece of the image in order, with the holes that do not need the layout patched (env.fi and .pc
    follow the op at hand, for errors)."""
    layout = Layout(env)
    layout.place(template(stencils, ENTRY, False), -1, {})
    env.helpers.update({name: layout.place(template(stencils, name, False), -1, {}) for name in stencils.runtime})
    patched: dict[tuple[object, ...], bytes] = {}  # (copy, fields[, function]) -> code with its fixed holes patched
    for fi in range(len(program.functions)):
        _lay_out_function(layout, program, fi, plan, stencils, patched)
    return layout


class _Laid(NamedTuple):
    """How an op's pieces lay out in one function: their copies and code, and the pieces with holes that need
    the layout, each as (offset in the op, instruction, copy)."""

    copies: tuple[Copy, ...]
    code: tuple[bytes, ...]
    size: int
    sited: tuple[tuple[int, Instr, Copy], ...]


def _lay_out_function(
    layout: Layout,
    program: Program,
    fi: int,
    plan: ProgramPlan,
    stencils: Collected,
    patched: dict[tuple[object, ...], bytes],
) -> None:
    env = layout.env
    fp = plan.functions[fi]
    env.functions.append(layout.place(template(stencils, fp.prologue, True), fi, entry_values(program, fi)))
    env.fi, env.pc = fi, -1
    copies: dict[str, Copy] = {}
    later: list[Sited] = []
    pieces = layout.pieces
    loads = _lay_out_pieces(fp.loads, -1, env, stencils, copies, patched)
    pieces += loads.code
    later += [(layout.size + off, -1, ins, copy) for off, ins, copy in loads.sited]
    layout.loads.append(loads.copies)
    pos = layout.size + loads.size
    offsets: list[int] = []
    chosen: list[Copy | tuple[Copy, ...]] = []
    laid: dict[int, _Laid] = {}  # id of a tuple of pieces in fp.ops -> its _Laid: equal ops share one tuple
    for pc, (ins, lowered) in enumerate(zip(program.functions[fi].code, fp.ops, strict=True)):
        offsets.append(pos)
        if not isinstance(lowered, str):
            found = laid.get(id(lowered))
            if found is None:
                found = laid[id(lowered)] = _lay_out_pieces(lowered, pc, env, stencils, copies, patched)
            pieces += found.code
            for off, piece_ins, copy in found.sited:
                later.append((pos + off, pc, piece_ins, copy))
            chosen.append(found.copies)
            pos += found.size
            continue
        copy = copies.get(lowered)
        if copy is None:
            copy = copies[lowered] = op_copy(stencils, lowered, ins.op)
        piece = _with_fixed_holes(copy, ins, pc, env, patched) if copy.fixed else copy.code
        if copy.site:
            later.append((pos, pc, ins, copy))
        pieces.append(piece)
        chosen.append(copy)
        pos += len(piece)
    layout.size = pos
    env.op_offsets.append(offsets)
    layout.sited.append(later)
    layout.copies.append(chosen)


def _lay_out_pieces(
    pieces: tuple[tuple[str, Instr], ...],
    pc: int,
    env: Env,
    stencils: Collected,
    copies: dict[str, Copy],
    patched: dict[tuple[object, ...], bytes],
) -> _Laid:
    """How the pieces of an op (or of a prologue, pc -1) lay out, each filled from its instruction."""
    out: list[Copy] = []
    code: list[bytes] = []
    sited: list[tuple[int, Instr, Copy]] = []
    size = 0
    for name, ins in pieces:
        copy = copies.get(name)
        if copy is None:
            copy = copies[name] = op_copy(stencils, name, ins.op)
        piece = _with_fixed_holes(copy, ins, pc, env, patched) if copy.fixed else copy.code
        if copy.site:
            sited.append((size, ins, copy))
        code.append(piece)
        size += len(piece)
        out.append(copy)
    return _Laid(tuple(out), tuple(code), size, tuple(sited))


def _with_fixed_holes(copy: Copy, ins: Instr, pc: int, env: Env, patched: dict[tuple[object, ...], bytes]) -> bytes:
    """The copy's code with its fixed holes patched for `ins` at `pc` of function env.fi: patched once per
    distinct op (per function too, for a hole of scope FUNCTION)."""
    a, b, c, flags = ins.a, ins.b, ins.c, ins.flags
    key = (copy, a, b, c, flags, env.fi) if copy.per_function else (copy, a, b, c, flags)
    code = patched.get(key)
    if code is None:
        env.pc = pc
        code = patched[key] = _patch_fixed(copy, ins, env)
    return code


def _patch_fixed(copy: Copy, ins: Instr, env: Env) -> bytes:
    """The copy's code with its fixed holes patched for `ins` (env.fi is its function)."""
    code = bytearray(copy.code)
    for off, get, add, patch in copy.fixed:
        patch(code, off, get(ins, env) + add, off)
    return bytes(code)
