"""`jit stencils test`: every named stencil on every named ISA against the interpreter, with a verdict each.

For one stencil, hypothesis first searches the interpreter for a case of each outcome its op can have
(derandomised, so the same cases every time); then every ISA runs those cases and `examples` random ones
(a seeded search for a case that differs, shrunk to a small one when found: the failure reported, rather
than an outcome case that differs, whenever the random cases find one). Only cases for which the
compiler runs that very stencil count: a variant is not credited with its op's cases, nor a folded stencil with
its twin's. An outcome case is one that every ISA with the stencil runs it for; a random case, one that the ISA
at hand does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample, Unsatisfiable

from jit.program.ops import OPS
from jit.stencilcheck.case import Case
from jit.stencilcheck.compare import Comparison, compare
from jit.stencilcheck.families import (
    LOWERED,
    LOWERED_OPS,
    cached_variants,
    isas_with,
    op_of,
    runs,
    stencil_cases,
    stencil_outcomes,
)
from jit.stencilcheck.outcomes import label
from jit.stencilcheck.reference import reference

SEARCH = settings(max_examples=3000, phases=[Phase.generate], database=None, derandomize=True)
"""The outcome search: on the interpreter only, the same cases every run."""
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]


def testable_stencils() -> list[str]:
    """Every stencil a check can run: each op's own in opcode order, each followed by its variants, and the
    lowering of the ops the compiler lays out as pieces (NAME@pieces)."""
    variants = cached_variants()
    lowered = {op.name for op in LOWERED_OPS}
    return [
        n
        for op in OPS
        for n in (op.name, *(v for v in variants if op_of(v).name == op.name))
        + ((op.name + LOWERED,) if op.name in lowered else ())
    ]


def runs_of(name: str, isa_names: tuple[str, ...]) -> st.SearchStrategy[Case]:
    """The cases of `name` that run it on each of these ISAs as compiled code would (families.runs)."""
    return stencil_cases(name).filter(lambda c: runs(c, isa_names))


def outcome_case(name: str, want: str) -> Case | None:
    """A case of the stencil that ends with outcome `want` in the interpreter (None if the search finds none)."""
    try:
        return find(runs_of(name, isas_with(name)), lambda c: label(reference(c).outcome) == want, settings=SEARCH)
    except (NoSuchExample, Unsatisfiable):  # Unsatisfiable: no drawn case runs that stencil
        return None


def first_failure(name: str, isa_name: str, examples: int, seed: int) -> tuple[Comparison | None, int]:
    """Up to `examples` random cases of the stencil on the ISA: the first that differs, shrunk (None: all agree),
    and how many cases ran."""
    if examples <= 0:
        return None, 0
    ran = 0

    def differs(case: Case) -> bool:
        nonlocal ran
        ran += 1
        return not compare(isa_name, case).agrees

    search = settings(
        max_examples=examples,
        database=None,
        deadline=None,
        suppress_health_check=_QUIET,
        phases=[Phase.generate, Phase.shrink],
    )
    try:
        case = find(runs_of(name, (isa_name,)), differs, settings=search, random=random.Random(seed))
    except (NoSuchExample, Unsatisfiable):
        return None, ran
    return compare(isa_name, case), ran


@dataclass(frozen=True)
class Verdict:
    """One stencil on one ISA: the outcomes its cases reached, those no case was found for, how many cases ran,
    and the first case that differed (with both results). No case at all is a failure too: nothing was checked."""

    stencil: str
    isa: str
    outcomes: tuple[str, ...]
    missing: tuple[str, ...]
    cases: int
    failure: Comparison | None

    @property
    def ok(self) -> bool:
        return self.failure is None and not self.missing and self.cases > 0


def check_stencil(name: str, isa_names: tuple[str, ...], examples: int, seed: int = 0) -> list[Verdict]:
    """The verdict of the stencil on each of these ISAs that has it: the outcome cases first, then the random ones."""
    isa_names = tuple(i for i in isa_names if i in isas_with(name))
    wanted = sorted(stencil_outcomes(name))
    found = {w: outcome_case(name, w) for w in wanted}
    reached = tuple(w for w, c in found.items() if c is not None)
    missing = tuple(w for w, c in found.items() if c is None)
    verdicts = []
    for isa_name in isa_names:
        checked = [compare(isa_name, case) for case in found.values() if case is not None]
        failure = next((c for c in checked if not c.agrees), None)
        shrunk, more = first_failure(name, isa_name, examples, seed)
        verdicts.append(Verdict(name, isa_name, reached, missing, len(checked) + more, shrunk or failure))
    return verdicts
