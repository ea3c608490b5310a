"""Copy-and-patch: lay out every function's stencils one after another and patch their holes.

Image layout: the entry trampoline, the runtime helpers, then each function as
its prologue followed by its ops in pc order (FuncEntry in the entry function;
FuncEntry_c, which has no code, in the others). Every branch and call is PC-relative
and data is reached through the context pointer, so the image runs at any address.

Each op runs its own stencil or a variant of it that jit.compiler.holes picks for that
instance (a call specialised to its callee's shape, ...). Compiling is two passes:

1. Lay out: per op, pick its stencil and copy its code (with the trailing jump to
   the continuation dropped, since the next op follows). Holes whose value depends
   only on the op's fields (and its function: jit.compiler.holes.Scope) are patched here,
   once per distinct op: equal ops share one patched copy.
2. Patch the rest, which needs the layout: branch and call targets, helpers, error
   locations, and the prologues, the entry and the helpers themselves.

Per (ISA, stencil) a plan holds the code, with jumps to its own continuation
already patched (they are PC-relative, so the same everywhere), and for each other
hole its offset, value getter and a precomputed patch function, so the inner
loops do no lookups by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import NamedTuple

from jit.compiler.holes import DataArea, Env, Facts, Getter, Scope, entry_values, hole_scope, op_getter, variant_chooser
from jit.errors import HolePatchError, InputError
from jit.isa.holes import HoleKind
from jit.isa.registry import get_isa
from jit.program.model import Instr, Program
from jit.program.ops import OPS
from jit.stencilset.catalog import CONTINUE, catalog

ENTRY = "jit_entry"
PROLOGUE = "FuncEntry"
CALLED_PROLOGUE = "FuncEntry_c"
"""The prologue of every function but the entry: its callers initialise its windows, so it has no code."""

Patcher = Callable[[bytearray, int, int, int], None]


class Site(NamedTuple):
    """Where one piece of the image came from: an op (pc >= 0), a prologue (pc -1) or a helper (func -1)."""

    offset: int
    size: int
    func: int
    pc: int
    name: str  # the stencil's name: an op's own or a variant, FuncEntry or FuncEntry_c, or a helper
    dropped_jump: int = 0  # bytes of trailing continuation jump left out (the next op follows)


class CodeTooLarge(InputError):
    """The image cannot be built or does not fit (a branch out of an ISA's reach, or past the code cache)."""


class _Hole(NamedTuple):
    offset: int
    symbol: str
    addend: int
    kind: HoleKind
    patch: Patcher


class _Template(NamedTuple):
    name: str
    code: bytes  # without the dropped trailing jump
    dropped: int
    holes: tuple[_Hole, ...]  # those of the kept code, in offset order


@cache
def _template(isa_name: str, name: str, drop_tail: bool) -> _Template:
    cat = catalog(isa_name)
    kinds = get_isa(isa_name).hole_kinds
    st = cat.stencil(name)
    dropped = cat.tail_jump(name) if drop_tail else 0
    size = len(st.code) - dropped
    holes = tuple(
        _Hole(h.offset, h.symbol, h.addend, kinds[h.kind], kinds[h.kind].patcher()) for h in st.holes if h.offset < size
    )
    return _Template(name, st.code[:size], dropped, holes)


OpHole = tuple[int, Getter, int, Patcher]
"""(offset, getter of the symbol's value, addend, patch)."""


@dataclass(frozen=True, eq=False, slots=True)
class _Plan:
    """Stencil `name` (an op's own or a variant) as the compiler copies it for that op."""

    name: str
    code: bytes  # kept code, its PC-relative jumps to its own continuation patched
    dropped: int
    fixed: tuple[OpHole, ...]  # holes of scope OP or FUNCTION: patched once per distinct op (per function)
    per_function: bool  # whether a fixed hole is of scope FUNCTION
    site: tuple[OpHole, ...]  # the other holes: patched at the op's place once the layout is known


def _make_plan(isa_name: str, name: str, opcode: int) -> _Plan:
    info = OPS[opcode]
    t = _template(isa_name, name, True)
    code = bytearray(t.code)
    fixed: list[OpHole] = []
    site: list[OpHole] = []
    per_function = False
    for h in t.holes:
        try:
            hole = (h.offset, op_getter(info, h.symbol), h.addend, h.patch)
        except KeyError as e:
            raise RuntimeError(f"stencil {name} ({isa_name}) has hole {e} that the compiler cannot fill") from None
        scope = hole_scope(h.symbol)
        if h.symbol == CONTINUE and h.kind.pc_relative:
            try:  # the continuation is len(code) past the stencil's start, wherever that is
                h.patch(code, h.offset, len(code) + h.addend, h.offset)
                continue
            except HolePatchError:
                pass  # left for pass 2, which reports it
        if scope is Scope.SITE or h.kind.pc_relative:
            site.append(hole)
        else:
            fixed.append(hole)
            per_function |= scope is Scope.FUNCTION
    return _Plan(name, bytes(code), t.dropped, tuple(fixed), per_function, tuple(site))


@dataclass
class _Plans:
    """The plans of one ISA: the own stencil's plan by opcode (filled on first use), every plan by name."""

    isa: str
    by_opcode: list[_Plan | None]
    by_name: dict[str, _Plan] = field(default_factory=dict)

    def named(self, name: str, opcode: int) -> _Plan:
        plan = self.by_name.get(name)
        if plan is None:
            plan = self.by_name[name] = _make_plan(self.isa, name, opcode)
        return plan

    def own(self, opcode: int) -> _Plan:
        plan = self.by_opcode[opcode] = self.named(OPS[opcode].name, opcode)
        return plan


@cache
def _plans(isa_name: str) -> _Plans:
    return _Plans(isa_name, [None] * len(OPS))


@cache
def _choosers() -> tuple[Callable[[Instr, int, Facts], str] | None, ...]:
    return tuple(variant_chooser(op) for op in range(len(OPS)))


@dataclass(frozen=True)
class Image:
    """A compiled program: position-independent code, its data block, and where everything is in the code."""

    isa: str
    code: bytes
    data: bytes
    entry: int  # offset of jit_entry
    functions: tuple[int, ...]  # offset of each function (its FuncEntry)
    op_offsets: tuple[tuple[int, ...], ...]  # per function, offset of each pc's code
    _helper_sites: tuple[Site, ...] = field(repr=False)  # the entry and the runtime helpers
    _entry_sites: tuple[Site, ...] = field(repr=False)  # each function's FuncEntry
    _op_plans: tuple[list[_Plan], ...] = field(repr=False)  # per function, the plan of each pc

    @cached_property
    def sites(self) -> tuple[Site, ...]:
        """Every piece in image order (built on first use: running the code does not need it)."""
        out = list(self._helper_sites)
        for fi, (entry, plans, offsets) in enumerate(
            zip(self._entry_sites, self._op_plans, self.op_offsets, strict=True)
        ):
            out.append(entry)
            out += (
                Site(o, len(p.code), fi, pc, p.name, p.dropped)
                for pc, (p, o) in enumerate(zip(plans, offsets, strict=True))
            )
        return tuple(out)


_Placed = tuple[_Template, int, dict[str, int]]
"""A piece patched from a dict of values: the entry, a helper or a FuncEntry, its offset, its values."""
_Sited = tuple[int, int, Instr, _Plan]
"""An op with holes to patch in pass 2: its offset, its pc, the instruction, its plan."""


class _Assembler:
    """The image being built: its pieces of code in order, and what pass 2 has left to patch."""

    def __init__(self, program: Program, isa_name: str, strings: list[dict[int, int]]) -> None:
        self.program, self.isa = program, isa_name
        self.pieces: list[bytes] = []
        self.size = 0
        self.placed: list[_Placed] = []
        self.helper_sites: list[Site] = []  # the entry and the runtime helpers
        self.entry_sites: list[Site] = []  # each function's prologue
        self.exposed: dict[int, tuple[int, int, int]] = {}  # the callees' exposed_reads, shared by every Facts
        self.sited: list[list[_Sited]] = []  # per function
        self.chosen: list[list[_Plan]] = []  # per function, per pc
        self.patched: dict[tuple[object, ...], bytes] = {}  # (plan, fields[, function]) -> code, fixed holes patched
        self.place(_template(isa_name, ENTRY, False), -1, {})
        helpers = {name: self.place(_template(isa_name, name, False), -1, {}) for name in catalog(isa_name).runtime}
        self.env = Env(program, DataArea(program), strings, [], [], helpers)

    def place(self, t: _Template, func: int, values: dict[str, int]) -> int:
        """Append a piece patched in pass 2 from `values`; return its offset."""
        at = self.size
        self.pieces.append(t.code)
        self.placed.append((t, at, values))
        (self.helper_sites if func < 0 else self.entry_sites).append(Site(at, len(t.code), func, -1, t.name, t.dropped))
        self.size += len(t.code)
        return at

    def lay_out(self, fi: int) -> None:
        """Pass 1 for function fi: its prologue, then each op's stencil with the holes of its fields patched."""
        program, env = self.program, self.env
        prologue = _template(self.isa, PROLOGUE if fi == program.entry else CALLED_PROLOGUE, True)
        env.functions.append(self.place(prologue, fi, entry_values(program, fi)))
        env.fi = fi
        facts = Facts(program, fi, self.exposed)
        plans = _plans(self.isa)
        own, by_name, choosers, patched = plans.by_opcode, plans.by_name, _choosers(), self.patched
        pieces, pos = self.pieces, self.size
        offsets: list[int] = []
        chosen: list[_Plan] = []
        later: list[_Sited] = []
        for pc, ins in enumerate(program.functions[fi].code):
            op = ins.op
            plan = own[op]
            if plan is None:
                choose = choosers[op]
                if choose is None:
                    plan = plans.own(op)
                else:
                    name = choose(ins, pc, facts)
                    plan = by_name.get(name) or plans.named(name, op)
            piece = plan.code
            if plan.fixed:
                a, b, c, flags = ins.a, ins.b, ins.c, ins.flags
                key = (plan, a, b, c, flags, fi) if plan.per_function else (plan, a, b, c, flags)
                found = patched.get(key)
                if found is None:
                    env.pc = pc
                    found = patched[key] = _patch_fixed(plan, ins, env)
                piece = found
            if plan.site:
                later.append((pos, pc, ins, plan))
            offsets.append(pos)
            pieces.append(piece)
            chosen.append(plan)
            pos += len(piece)
        self.size = pos
        env.op_offsets.append(offsets)
        self.sited.append(later)
        self.chosen.append(chosen)

    def patch_placed(self, code: bytearray) -> None:
        """Pass 2 for the entry, the helpers and every prologue, from their values."""
        env = self.env
        env.pc = -1
        for t, pos, values in self.placed:
            values = {**values, **env.helpers, CONTINUE: pos + len(t.code)}
            for h in t.holes:
                h.patch(code, pos + h.offset, values[h.symbol] + h.addend, pos + h.offset)

    def patch_sites(self, code: bytearray) -> None:
        """Pass 2 for the ops: the holes that needed the layout (env.fi, env.pc: the op at hand)."""
        env = self.env
        for fi, later in enumerate(self.sited):
            env.fi = fi
            for pos, pc, ins, plan in later:
                env.pc, env.next_op = pc, pos + len(plan.code)
                for off, get, add, patch in plan.site:
                    at = pos + off
                    patch(code, at, get(ins, env) + add, at)


def _patch_fixed(plan: _Plan, ins: Instr, env: Env) -> bytes:
    """The plan's code with its fixed holes patched for `ins` (env.fi is its function)."""
    code = bytearray(plan.code)
    for off, get, add, patch in plan.fixed:
        patch(code, off, get(ins, env) + add, off)
    return bytes(code)


def compile_program(program: Program, isa_name: str, strings: list[dict[int, int]]) -> Image:
    """Compile a verified program; `strings` are the Cells of its string constants (jit.vm.startup).

    A hole that cannot be patched is a CodeTooLarge naming its op: the first one in image order among the
    holes that need the layout, or, before those, the first whose value comes from its op alone."""
    asm = _Assembler(program, isa_name, strings)
    env = asm.env
    try:
        for fi in range(len(program.functions)):
            asm.lay_out(fi)
        code = bytearray().join(asm.pieces)
        asm.patch_placed(code)
        asm.patch_sites(code)
    except HolePatchError as e:
        where = f"{program.functions[env.fi].name} pc={env.pc}" if env.pc >= 0 else "a runtime helper"
        raise CodeTooLarge(f"{isa_name}: cannot patch the code of {where}: {e}") from None
    return Image(
        isa_name,
        bytes(code),
        bytes(env.data.blob),
        0,
        tuple(env.functions),
        tuple(tuple(o) for o in env.op_offsets),
        tuple(asm.helper_sites),
        tuple(asm.entry_sites),
        tuple(asm.chosen),
    )
