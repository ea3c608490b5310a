"""Which form of a stencil holds an op's values: the stencil itself, or its `_wide` twin.

On arm64 the refresh folds operands into the instructions that use them (scripts/refresh/fold.py): a register's
offset into the scaled 12-bit offset of ldr/str (registers 0..4095), K into the imm12 of add/sub/cmp/cmn
(-4095..4095), and a lookup table's offset and length the same way. Those fields hold only part of the values, so
such a stencil comes with a twin, NAME_wide, that is Clang's unfolded code and holds every value
(stencil_cache/README.md). The compiler asks Forms for each piece it places: the stencil if every one of its holes
in CHECKED_RANGES takes the op's value, else the twin if that does, else nothing: a located variant with only
registers folded has no twin, and its op runs its memory form instead (jit.compiler.lower). x86-64's fields hold
every value: there, every stencil fits every op.
"""

from __future__ import annotations

from functools import cache

from jit.compiler.holes import CHECKED_RANGES, Env, Getter, op_getter
from jit.isa.registry import get_isa
from jit.program.model import Instr
from jit.program.ops import OPS
from jit.stencilset.catalog import catalog
from jit.stencilset.files import load_stencil

WIDE = "_wide"
"""The suffix of a folded stencil's twin."""

Check = tuple[Getter, int, int, int]
"""One hole that may refuse a value: its value's getter, its addend, the values its kind accepts (lo, hi)."""


class Forms:
    """The stencils of one ISA (`names`), and which of them hold an op's values."""

    def __init__(self, isa_name: str) -> None:
        self.isa_name = isa_name
        self.names = catalog(isa_name).names
        self._checks: dict[tuple[str, int], tuple[Check, ...]] = {}

    def fit(self, name: str, ins: Instr, env: Env | None = None) -> str | None:
        """`name` if the cache has it and its holes hold the values of `ins`, else its twin if that does, else None.
        `env` (its `fi` the op's function) gives a table's offset and length: only an op with a table needs it."""
        if name in self.names and self.fits(name, ins, env):
            return name
        wide = name + WIDE
        return wide if wide in self.names and self.fits(wide, ins, env) else None

    def fits(self, name: str, ins: Instr, env: Env | None = None) -> bool:
        """Whether every checked hole of stencil `name` takes its value for `ins`."""
        key = (name, ins.op)
        checks = self._checks.get(key)
        if checks is None:
            checks = self._checks[key] = self._checks_of(name, ins.op)
        return all(lo <= get(ins, env) + addend <= hi for get, addend, lo, hi in checks)  # type: ignore[arg-type]

    def _checks_of(self, name: str, opcode: int) -> tuple[Check, ...]:
        """The holes of the stencil whose kind refuses some value they may take (none on x86-64). Read without
        the manifest's sha256 check, so that `jit stencils test` can describe an edited file: what runs is
        loaded through the catalog, which checks it."""
        kinds = get_isa(self.isa_name).hole_kinds
        checks = []
        for h in load_stencil(self.isa_name, name).holes:
            values = CHECKED_RANGES.get(h.symbol)
            accepted = kinds[h.kind].value_range
            if values is None or accepted is None:
                continue
            lo, hi = accepted
            if not lo <= values[0] + h.addend <= values[1] + h.addend <= hi:
                checks.append((op_getter(OPS[opcode], h.symbol), h.addend, lo, hi))
        return tuple(checks)


@cache
def forms(isa_name: str) -> Forms:
    """One per ISA per process, like its catalog."""
    return Forms(isa_name)
