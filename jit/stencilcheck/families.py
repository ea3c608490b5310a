"""Every stencil a check can run, by name: an op's own, or a variant (OPNAME_SUFFIX) that the compiler picks
for some instances of the op. A variant belongs to a family that knows how to shape a case so that the
compiler picks it, and which outcomes of the op its shape cannot reach."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from hypothesis import strategies as st

from jit.compiler.dataflow import exposed_reads
from jit.compiler.facts import LIST_FIELD
from jit.compiler.holes import DataArea, Env
from jit.compiler.lower import Lowered, lower_function
from jit.compiler.plan import plan_program
from jit.compiler.regalloc import Pins
from jit.compiler.variants import HOST_VARIANTS, SAME_OPS, stencil_name
from jit.program.model import Instr, Program
from jit.program.ops import BY_NAME, CALLS, TAIL_CALLS, Bank, Op
from jit.stencilcheck.case import Case
from jit.stencilcheck.cases import cases
from jit.stencilcheck.outcomes import outcomes
from jit.stencilset.catalog import catalog, manifest


@dataclass(frozen=True)
class Family:
    """Variants of one kind: their names, the cases (of their op) for which the compiler picks them, and the
    outcomes of the op that their shape cannot reach."""

    pattern: re.Pattern[str]
    cases: Callable[[re.Match[str]], st.SearchStrategy[Case]]
    unreachable: Callable[[re.Match[str]], set[str]]


FAMILIES = (
    Family(
        re.compile(r"([A-Za-z0-9]+)_(k|n|p\d+|)r([m0-9]+)"),
        lambda m: cases(Op[m[1]], locations=m[3], list_known=m[2] == "k", divisor=m[2] if m[2] != "k" else None),
        lambda m: _fixed_compare(m[1], m[3]) | ({"error:DIV_ZERO"} if m[2] not in ("", "k") else set()),
    ),
    Family(
        re.compile(r"(DivI64K|ModI64K)_(n|p\d+)"),
        lambda m: cases(Op[m[1]], divisor=m[2]),
        lambda m: {"error:DIV_ZERO"},  # K is known not to be 0
    ),
    Family(
        re.compile(rf"({'|'.join(op.name for op in LIST_FIELD)})_k"),
        lambda m: cases(Op[m[1]], list_known=True),
        lambda m: set(),
    ),
    Family(
        re.compile(rf"({'|'.join(op.name for op in SAME_OPS)})_s"),
        lambda m: cases(Op[m[1]], same=True),
        lambda m: set(),
    ),
)


def _fixed_compare(op: str, locations: str) -> set[str]:
    """The outcomes a register compared with itself (both fields in one slot) cannot have: an i64 always or
    never branches; an f64 too for Lt (x < x is false even for a NaN), not for the others (a NaN differs)."""
    if not (op.startswith("Cmp") and len(locations) == 2 and locations[0] == locations[1] != "m"):
        return set()
    cond = op[3:5]
    if "I64Br" in op:
        return {"continue"} if cond in ("Eq", "Le") else {"target"}
    return {"target"} if cond == "Lt" else set()


def cached_variants() -> list[str]:
    """The variant stencils the cache has (its op stencils that are not an opcode's own) that run on every
    ISA under Unicorn, sorted: not the host-only ones (HOST_VARIANTS), which need a CPU feature."""
    stencils = manifest()["stencils"]
    return sorted(n for n, e in stencils.items() if e["role"] == "op" and n not in BY_NAME and n not in HOST_VARIANTS)


def family(name: str) -> tuple[Family, re.Match[str]]:
    """The family of a variant and the match of its name; LookupError if no family has it."""
    for fam in FAMILIES:
        m = fam.pattern.fullmatch(name)
        if m:
            return fam, m
    raise LookupError(f"no test family for the variant {name}")


LOWERED = "@pieces"
"""The suffix of a check's name that means: the pieces the compiler lowers the op into (a call, a tail call), as
one unit (CallMixed@pieces)."""
LOWERED_OPS = (*sorted(CALLS), *sorted(TAIL_CALLS))


def is_lowering(name: str) -> bool:
    return name.endswith(LOWERED)


def op_of(name: str) -> Op:
    """The op a stencil name runs: the opcode itself, or the part of a variant's name before the suffix."""
    return Op[name.removesuffix(LOWERED).partition("_")[0]]


def stencil_cases(name: str) -> st.SearchStrategy[Case]:
    """Cases for `name` (an op's own stencil, a variant or a lowering), set to run it."""
    if name in BY_NAME or is_lowering(name):
        drawn = cases(op_of(name))
    else:
        fam, m = family(name)
        drawn = fam.cases(m)
    return drawn.map(lambda c: replace(c, run=name))


def stencil_outcomes(name: str) -> set[str]:
    """The outcomes a case of `name` can have."""
    if name in BY_NAME or is_lowering(name):
        return outcomes(op_of(name))
    fam, m = family(name)
    return outcomes(op_of(name)) - fam.unreachable(m)


def runs(case: Case) -> bool:
    """Whether the case runs what it names the way compiled code would: an op's own stencil runs correctly on
    any case of its op; a variant only where the compiler picks it; a lowering where the compiler lowers the op
    into pieces."""
    if case.run in BY_NAME:
        return True
    chosen = picked(case.program, case.fi, case.pc, case.pins)
    return "+" in chosen if is_lowering(case.run) else chosen == case.run


def lowering(program: Program, fi: int, pc: int, pins: dict[tuple[Bank, int], int] | None = None) -> Lowered:
    """What the compiler runs for op pc of function fi with these registers pinned: a stencil, or pieces."""
    if not pins:
        return plan_program(program, _available(), allocate_registers=False).functions[fi].ops[pc]
    env = Env(program, DataArea(program), [{} for _ in program.functions], [], [], {}, fi=fi)

    def memory_form(ins: Instr, at: int) -> str:
        env.pc = at
        return stencil_name(ins, env)

    exposed = partial(exposed_reads, program)
    return lower_function(program, fi, Pins(pins), memory_form, _available(), exposed).ops[pc]


def picked(program: Program, fi: int, pc: int, pins: dict[tuple[Bank, int], int] | None = None) -> str:
    """The stencil the compiler runs for op pc of function fi, with these registers pinned: the names of its
    pieces joined by + if it runs several (a case of one stencil has none of those)."""
    lowered = lowering(program, fi, pc, pins)
    return lowered if isinstance(lowered, str) else "+".join(name for name, _ in lowered)


def _available() -> frozenset[str]:
    return catalog("x86_64").names | catalog("arm64").names
