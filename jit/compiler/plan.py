"""Phase 1 of a compile: the stencil every op runs (its own or a variant) and every function's prologue.

The choice is the ISA-independent part of compiling: it looks only at the program and
what the analyses of jit.compiler.facts prove about it, and names stencils; the later
phases fetch those stencils (jit.stencilset) and copy them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from jit.compiler.facts import Facts
from jit.compiler.image import CALLED_PROLOGUE, PROLOGUE
from jit.compiler.variants import variant_chooser
from jit.program.model import Instr, Program
from jit.program.ops import OPS


@dataclass(frozen=True)
class ProgramPlan:
    """Per function, its prologue's stencil and the stencil of each pc."""

    prologues: tuple[str, ...]
    stencils: tuple[list[str], ...]

    def names(self) -> set[str]:
        """Every stencil the plan names, once each."""
        out = set(self.prologues)
        for names in self.stencils:
            out.update(names)
        return out


@cache
def _choosers() -> tuple[Callable[[Instr, int, Facts], str] | None, ...]:
    return tuple(variant_chooser(op) for op in range(len(OPS)))


@cache
def _own_names() -> tuple[str, ...]:
    return tuple(info.name for info in OPS)


def plan_program(program: Program) -> ProgramPlan:
    """The stencils of a verified program: FuncEntry for the entry function and FuncEntry_c for the others, and
    per op the variant that assumes the most of what is known about it (jit.compiler.variants)."""
    choosers, own = _choosers(), _own_names()
    exposed: dict[int, tuple[int, int, int]] = {}  # the callees' exposed_reads, shared by every Facts
    stencils = []
    for fi, f in enumerate(program.functions):
        facts = Facts(program, fi, exposed)
        names = []
        for pc, ins in enumerate(f.code):
            choose = choosers[ins.op]
            names.append(own[ins.op] if choose is None else choose(ins, pc, facts))
        stencils.append(names)
    prologues = tuple(PROLOGUE if fi == program.entry else CALLED_PROLOGUE for fi in range(len(program.functions)))
    return ProgramPlan(prologues, tuple(stencils))
