"""Every stencil a check can run, by name: an op's own, or a variant (OPNAME_SUFFIX) that the compiler picks
for some instances of the op. A variant belongs to a family that knows how to shape a case so that the
compiler picks it, and which outcomes of the op its shape cannot reach. A folded stencil's `_wide` twin
(jit.compiler.fit) has the cases of the stencil it stands in for, made wide: the op's registers from 4096 up and
its table past 4096 bytes of data (jit.stencilcheck.cases)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from hypothesis import strategies as st

from jit.compiler.facts import LIST_FIELD, ProgramFacts
from jit.compiler.fit import WIDE, forms
from jit.compiler.holes import DataArea, Env
from jit.compiler.lower import Lowered, lower_function
from jit.compiler.plan import plan_program
from jit.compiler.regalloc import Pins
from jit.compiler.variants import HOST_VARIANTS, LOCATED, SAME_OPS, stencil_name
from jit.isa.registry import ISA_NAMES
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
    cases: Callable[[re.Match[str], bool], st.SearchStrategy[Case]]
    """The cases of a name's match, made wide (jit.stencilcheck.cases) if the flag says so."""
    unreachable: Callable[[re.Match[str]], set[str]]


def _located_cases(m: re.Match[str], wide: bool) -> st.SearchStrategy[Case]:
    carried = m["carried"]
    divisor = carried if carried not in ("", "k") else None
    return cases(Op[m["op"]], locations=m["locs"], list_known=carried == "k", divisor=divisor, wide=wide)


FAMILIES = (
    Family(
        re.compile(rf"(.+){WIDE}"),
        lambda m, wide: stencil_cases(m[1], wide=True),
        lambda m: outcomes(op_of(m[1])) - stencil_outcomes(m[1]),
    ),
    Family(
        LOCATED,
        _located_cases,
        lambda m: _fixed_compare(m["op"], m["locs"]) | ({"error:DIV_ZERO"} if m["carried"] not in ("", "k") else set()),
    ),
    Family(
        re.compile(r"(DivI64K|ModI64K)_(n|p\d+)"),
        lambda m, wide: cases(Op[m[1]], divisor=m[2], wide=wide),
        lambda m: {"error:DIV_ZERO"},  # K is known not to be 0
    ),
    Family(
        re.compile(rf"({'|'.join(op.name for op in LIST_FIELD)})_k"),
        lambda m, wide: cases(Op[m[1]], list_known=True, wide=wide),
        lambda m: set(),
    ),
    Family(
        re.compile(rf"({'|'.join(op.name for op in SAME_OPS)})_s"),
        lambda m, wide: cases(Op[m[1]], same=True, wide=wide),
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


def stencil_cases(name: str, wide: bool = False) -> st.SearchStrategy[Case]:
    """Cases for `name` (an op's own stencil, a variant, a `_wide` twin or a lowering), set to run it; with
    `wide`, made wide (for a twin)."""
    if name in BY_NAME or is_lowering(name):
        drawn = cases(op_of(name), wide=wide)
    else:
        fam, m = family(name)
        drawn = fam.cases(m, wide)
    return drawn.map(lambda c: replace(c, run=name))


def stencil_outcomes(name: str) -> set[str]:
    """The outcomes a case of `name` can have."""
    if name in BY_NAME or is_lowering(name):
        return outcomes(op_of(name))
    fam, m = family(name)
    return outcomes(op_of(name)) - fam.unreachable(m)


def runs(case: Case, isa_names: tuple[str, ...]) -> bool:
    """Whether the case runs what it names on each of these ISAs the way compiled code would: an op's own stencil
    runs correctly on any case of its op whose values it holds, and its twin on one whose values only the twin
    holds (a call's own stencil runs only where its pieces would not fit: every case checks it); a variant or its
    twin only where the compiler picks it; a lowering where the compiler lowers the op into pieces."""
    own = case.run.removesuffix(WIDE)
    for isa_name in isa_names:
        if own in BY_NAME:
            if forms(isa_name).fit(own, case.ins, _env(case.program, case.fi)) != case.run:
                return False
            continue
        chosen = picked(isa_name, case.program, case.fi, case.pc, case.pins)
        if not ("+" in chosen if is_lowering(case.run) else chosen == case.run):
            return False
    return True


def lowering(
    isa_name: str, program: Program, fi: int, pc: int, pins: dict[tuple[Bank, int], int] | None = None
) -> Lowered:
    """What the compiler runs on the ISA for op pc of function fi with these registers pinned: a stencil, or
    pieces, each in the form that holds its values."""
    isa_forms, env = forms(isa_name), _env(program, fi)
    if not pins:
        return plan_program(program, isa_forms, env, allocate_registers=False).functions[fi].ops[pc]

    def memory_form(ins: Instr, at: int) -> str:
        env.pc = at
        return stencil_name(ins, env)

    return lower_function(program, fi, Pins(pins), memory_form, isa_forms, env, ProgramFacts(program)).ops[pc]


def picked(isa_name: str, program: Program, fi: int, pc: int, pins: dict[tuple[Bank, int], int] | None = None) -> str:
    """The stencil the compiler runs on the ISA for op pc of function fi, with these registers pinned: the names
    of its pieces joined by + if it runs several (a case of one stencil has none of those)."""
    lowered = lowering(isa_name, program, fi, pc, pins)
    return lowered if isinstance(lowered, str) else "+".join(name for name, _ in lowered)


def _env(program: Program, fi: int) -> Env:
    return Env(program, DataArea(program), [{} for _ in program.functions], [], [], {}, fi=fi)


def isas_with(name: str) -> tuple[str, ...]:
    """The ISAs whose cache has what `name` runs (a `_wide` twin exists where the refresh folded operands)."""
    base = name.removesuffix(LOWERED)
    return tuple(isa for isa in ISA_NAMES if base in catalog(isa).names or is_lowering(name))
