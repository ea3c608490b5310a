"""Copy-and-patch: lay out every function's stencils one after another and patch their holes.

Image layout: the entry trampoline, the runtime helpers, then each function as
FuncEntry followed by its ops in pc order. Every branch and call is PC-relative
and data is reached through the context pointer, so the image runs at any address.

Each op runs its own stencil or a variant of it that jit.operands.stencil_name
picks for that instance (a call specialised to its callee's shape, ...).
Compiling is two passes over the ops: copy each stencil (with its trailing jump to
the continuation dropped, since the next op follows) and record offsets, then patch
every hole. Per (ISA, stencil) a template holds the code and, for each hole, its
offset, the getter of its value and a precomputed patch function, so the inner
loop does no lookups by name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from isa.registry import get_isa
from jit.errors import HolePatchError, InputError
from jit.operands import DataArea, Env, Getter, entry_values, op_getter, stencil_name
from jit.ops import OPS
from jit.program import Program
from jit.stencil_catalog import catalog

ENTRY = "jit_entry"
PROLOGUE = "FuncEntry"
CALLED_PROLOGUE = "FuncEntry_c"
"""The prologue of every function but the entry: its callers initialise its windows, so it has no code."""

Patcher = Callable[[bytearray, int, int, int], None]


class Site(NamedTuple):
    """Where one piece of the image came from: an op (pc >= 0), a FuncEntry (pc -1) or a helper (func -1)."""

    offset: int
    size: int
    func: int
    pc: int
    name: str  # op mnemonic, FuncEntry, or helper name
    dropped_jump: int = 0  # bytes of trailing continuation jump left out (the next op follows)


class Image(NamedTuple):
    isa: str
    code: bytes
    data: bytes
    entry: int  # offset of jit_entry
    functions: tuple[int, ...]  # offset of each function (its FuncEntry)
    sites: tuple[Site, ...]  # in image order
    op_offsets: tuple[tuple[int, ...], ...]  # per function, offset of each pc's code


class CodeTooLarge(InputError):
    """The image cannot be built or does not fit (a branch out of an ISA's reach, or past the code cache)."""


class _Template(NamedTuple):
    name: str
    code: bytes  # without the dropped trailing jump
    dropped: int
    holes: tuple[tuple[int, str, int, Patcher], ...]  # (offset, symbol, addend, patch) of the kept code


@cache
def _template(isa_name: str, name: str, drop_tail: bool) -> _Template:
    cat = catalog(isa_name)
    kinds = get_isa(isa_name).hole_kinds
    st = cat.stencil(name)
    dropped = cat.tail_jump(name) if drop_tail else 0
    size = len(st.code) - dropped
    holes = tuple((h.offset, h.symbol, h.addend, kinds[h.kind].patcher()) for h in st.holes if h.offset < size)
    return _Template(name, st.code[:size], dropped, holes)


Plan = tuple[_Template, tuple[tuple[int, Getter, int, Patcher], ...]]


@cache
def _op_plan(isa_name: str, name: str, opcode: int) -> Plan:
    """Stencil `name` (the op's own or a variant) for opcode: its template and, per kept hole, (offset, getter,
    addend, patch)."""
    info = OPS[opcode]
    t = _template(isa_name, name, True)
    try:
        holes = tuple((off, op_getter(info, sym), add, patch) for off, sym, add, patch in t.holes)
    except KeyError as e:
        raise RuntimeError(f"stencil {name} ({isa_name}) has hole {e} that the compiler cannot fill") from None
    return t, holes


def compile_program(program: Program, isa_name: str, strings: list[dict[int, int]]) -> Image:
    """Compile a verified program; `strings` are the Cells of its string constants (jit.startup)."""
    code = bytearray()
    sites: list[Site] = []
    fixed: list[tuple[_Template, int, dict[str, int]]] = []  # pieces patched from a dict of values

    def place(t: _Template, func: int, pc: int, values: dict[str, int]) -> int:
        pos = len(code)
        code.extend(t.code)
        sites.append(Site(pos, len(t.code), func, pc, t.name, t.dropped))
        fixed.append((t, pos, values))
        return pos

    place(_template(isa_name, ENTRY, False), -1, -1, {})
    helpers = {name: place(_template(isa_name, name, False), -1, -1, {}) for name in catalog(isa_name).runtime}
    env = Env(program, DataArea(program), strings, [], [], helpers)
    prologues = {True: _template(isa_name, PROLOGUE, True), False: _template(isa_name, CALLED_PROLOGUE, True)}
    plans: list[list[Plan]] = []  # per function, per pc
    by_name: dict[str, Plan] = {}
    for fi, f in enumerate(program.functions):
        env.functions.append(place(prologues[fi == program.entry], fi, -1, entry_values(program, fi)))
        env.fi = fi
        offsets = []
        mine: list[Plan] = []
        for pc, ins in enumerate(f.code):
            env.pc = pc
            name = stencil_name(ins, env)
            plan = by_name.get(name)
            if plan is None:
                plan = by_name[name] = _op_plan(isa_name, name, ins.op)
            t = plan[0]
            mine.append(plan)
            offsets.append(len(code))
            sites.append(Site(len(code), len(t.code), fi, pc, t.name, t.dropped))
            code.extend(t.code)
        plans.append(mine)
        env.op_offsets.append(offsets)

    try:
        for t, pos, values in fixed:
            values = {**values, **helpers, "_JIT_CONTINUE": pos + len(t.code)}
            env.fi, env.pc = sites[0].func, -1
            for off, sym, add, patch in t.holes:
                patch(code, pos + off, values[sym] + add, pos + off)
        for fi, f in enumerate(program.functions):
            env.fi = fi
            offsets = env.op_offsets[fi]
            for pc, ins in enumerate(f.code):
                t, holes = plans[fi][pc]
                pos = offsets[pc]
                env.pc, env.next_op = pc, pos + len(t.code)
                for off, get, add, patch in holes:
                    patch(code, pos + off, get(ins, env) + add, pos + off)
    except HolePatchError as e:
        where = f"{program.functions[env.fi].name} pc={env.pc}" if env.pc >= 0 else "a runtime helper"
        raise CodeTooLarge(f"{isa_name}: cannot patch the code of {where}: {e}") from None
    return Image(
        isa_name,
        bytes(code),
        bytes(env.data.blob),
        0,
        tuple(env.functions),
        tuple(sites),
        tuple(tuple(o) for o in env.op_offsets),
    )
