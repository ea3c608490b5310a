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
    layout.loads.append(_lay_out_pieces(layout, fp.loads, -1, stencils, copies, patched, later))
    pos = layout.size
    offsets: list[int] = []
    chosen: list[Copy | tuple[Copy, ...]] = []
    for pc, (ins, lowered) in enumerate(zip(program.functions[fi].code, fp.ops, strict=True)):
        offsets.append(pos)
        if not isinstance(lowered, str):
            layout.size = pos
            chosen.append(_lay_out_pieces(layout, lowered, pc, stencils, copies, patched, later))
            pos = layout.size
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
    layout: Layout,
    pieces: tuple[tuple[str, Instr], ...],
    pc: int,
    stencils: Collected,
    copies: dict[str, Copy],
    patched: dict[tuple[object, ...], bytes],
    later: list[Sited],
) -> tuple[Copy, ...]:
    """Append the pieces of an op (or of a prologue, pc -1), each filled from its instruction; return their
    copies."""
    env = layout.env
    out = []
    pos = layout.size
    for name, ins in pieces:
        copy = copies.get(name)
        if copy is None:
            copy = copies[name] = op_copy(stencils, name, ins.op)
        code = _with_fixed_holes(copy, ins, pc, env, patched) if copy.fixed else copy.code
        if copy.site:
            later.append((pos, pc, ins, copy))
        layout.pieces.append(code)
        pos += len(code)
        out.append(copy)
    layout.size = pos
    return tuple(out)


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
