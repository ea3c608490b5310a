"""Per (ISA, stencil), the stencil as the compiler copies it: code without the trailing jump it may drop, and
each hole with its value getter and a precomputed patch function, so that the layout and patch loops do no
lookups by name.

A *template* is a piece patched from a dict of values (the entry, a runtime helper, a prologue); a *copy* is
an op's stencil, whose holes are split into those fixed by the op's fields (patched once per distinct op) and
those that need the layout (patched at the op's place).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from jit.compiler.holes import Getter, Scope, hole_scope, op_getter
from jit.errors import HolePatchError
from jit.isa.holes import HoleKind
from jit.isa.registry import get_isa
from jit.program.ops import OPS
from jit.stencilset.catalog import CONTINUE, Collected
from jit.stencilset.model import Stencil

Patcher = Callable[[bytearray, int, int, int], None]
"""patch(buf, at, value, field_addr): write a hole's value into its field (HolePatchError when out of range)."""


class UnknownHole(Exception):
    """A stencil has a hole the compiler has no value for (a stencil cache that is not the refresh's)."""

    def __init__(self, stencil: str, symbol: str, why: str) -> None:
        super().__init__(f"hole {symbol} cannot be filled: {why}")
        self.stencil, self.symbol = stencil, symbol


class TemplateHole(NamedTuple):
    offset: int
    symbol: str
    addend: int
    kind: HoleKind
    patch: Patcher


class Template(NamedTuple):
    name: str
    code: bytes  # without the dropped trailing jump
    dropped: int
    holes: tuple[TemplateHole, ...]  # those of the kept code, in offset order


OpHole = tuple[int, Getter, int, Patcher]
"""(offset, getter of the symbol's value, addend, patch)."""


@dataclass(frozen=True, eq=False, slots=True)
class Copy:
    """Stencil `name` (an op's own or a variant) as the compiler copies it for an op."""

    name: str
    code: bytes  # kept code, its PC-relative jumps to its own continuation patched
    dropped: int
    fixed: tuple[OpHole, ...]  # holes of scope OP or FUNCTION: patched once per distinct op (per function)
    per_function: bool  # whether a fixed hole is of scope FUNCTION
    site: tuple[OpHole, ...]  # the other holes: patched at the op's place once the layout is known
    source: Stencil  # what it was made from: a cache that changed makes it anew


_templates: dict[tuple[str, str, bool], tuple[Stencil, Template]] = {}
_copies: dict[tuple[str, str], Copy] = {}


def template(stencils: Collected, name: str, drop_tail: bool) -> Template:
    """Stencil `name` of the collected ones as a template (with its trailing jump dropped if drop_tail)."""
    st = stencils.stencils[name]
    key = (stencils.isa, name, drop_tail)
    known = _templates.get(key)
    if known is not None and known[0] is st:
        return known[1]
    kinds = get_isa(stencils.isa).hole_kinds
    dropped = stencils.tails[name] if drop_tail else 0
    size = len(st.code) - dropped
    holes = tuple(
        TemplateHole(h.offset, h.symbol, h.addend, kinds[h.kind], kinds[h.kind].patcher())
        for h in st.holes
        if h.offset < size
    )
    made = Template(name, st.code[:size], dropped, holes)
    _templates[key] = (st, made)
    return made


def op_copy(stencils: Collected, name: str, opcode: int) -> Copy:
    """Stencil `name` of the collected ones as the copy an op of `opcode` runs."""
    st = stencils.stencils[name]
    known = _copies.get((stencils.isa, name))
    if known is not None and known.source is st:
        return known
    made = _copies[(stencils.isa, name)] = _make_copy(stencils, name, opcode)
    return made


def _make_copy(stencils: Collected, name: str, opcode: int) -> Copy:
    info = OPS[opcode]
    t = template(stencils, name, True)
    code = bytearray(t.code)
    fixed: list[OpHole] = []
    site: list[OpHole] = []
    per_function = False
    for h in t.holes:
        try:
            hole = (h.offset, op_getter(info, h.symbol), h.addend, h.patch)
        except KeyError:
            raise UnknownHole(name, h.symbol, f"the compiler has no value for it in {info.name}") from None
        scope = hole_scope(h.symbol)
        if h.symbol == CONTINUE and h.kind.pc_relative:
            try:  # the continuation is len(code) past the stencil's start, wherever that is
                h.patch(code, h.offset, len(code) + h.addend, h.offset)
                continue
            except HolePatchError:
                pass  # left for the patch phase, which reports it
        if scope is Scope.SITE or h.kind.pc_relative:
            site.append(hole)
        else:
            fixed.append(hole)
            per_function |= scope is Scope.FUNCTION
    return Copy(name, bytes(code), t.dropped, tuple(fixed), per_function, tuple(site), stencils.stencils[name])
