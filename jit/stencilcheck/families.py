"""Every stencil a check can run, by name: an op's own, or a variant (OPNAME_SUFFIX) that the compiler picks
for some instances of the op. A variant belongs to a family that knows how to shape a case so that the
compiler picks it, and which outcomes of the op its shape cannot reach."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

from jit.compiler.facts import LIST_FIELD
from jit.compiler.holes import DataArea, Env
from jit.compiler.variants import ACC_FIELDS, SAME_OPS, stencil_name
from jit.program.model import Program
from jit.program.ops import BY_NAME, Op
from jit.stencilcheck.case import Case
from jit.stencilcheck.cases import cases
from jit.stencilcheck.outcomes import outcomes
from jit.stencilset.catalog import manifest


@dataclass(frozen=True)
class Family:
    """Variants of one kind: their names, the cases (of their op) for which the compiler picks them, and the
    outcomes of the op that their shape cannot reach."""

    pattern: re.Pattern[str]
    cases: Callable[[re.Match[str]], st.SearchStrategy[Case]]
    unreachable: Callable[[re.Match[str]], set[str]]


def _single_call_unreachable(m: re.Match[str]) -> set[str]:
    """The callee fails with DIV_ZERO on its i0, and returns from a register of its result bank (or a constant
    if that is i64): a shape without those registers cannot end that way."""
    registers = int(m[2]) + int(m[3])
    out = set() if m[1] == "CallI64" and registers else {"error:DIV_ZERO"}
    if m[1] != "CallI64" and registers == 0:
        out.add("continue")
    if m[1] == "CallCell" and int(m[3]):
        out.add("deopt")  # the callee must read its last cell register before writing it: it returns it
    return out


FAMILIES = (
    Family(
        re.compile(r"(CallI64|CallF64|CallCell)_a(\d)z(\d)"),
        lambda m: cases(Op[m[1]], callee_shape=(int(m[2]), int(m[3]))),
        _single_call_unreachable,
    ),
    Family(
        re.compile(rf"({'|'.join(op.name for op in {*ACC_FIELDS, *LIST_FIELD})})_(k?)([mab]*)"),
        lambda m: cases(Op[m[1]], acc_sources=m[3] or None, list_known=bool(m[2])),
        lambda m: {"target"} if m[3] == "aa" and m[1] in ("CmpLtF64Br", "CmpGtF64Br") else set(),  # x < x
    ),
    Family(
        re.compile(rf"({'|'.join(op.name for op in SAME_OPS)})_s"),
        lambda m: cases(Op[m[1]], same=True),
        lambda m: set(),
    ),
)


def cached_variants() -> list[str]:
    """The variant stencils the cache has (its op stencils that are not an opcode's own), sorted."""
    return sorted(n for n, e in manifest()["stencils"].items() if e["role"] == "op" and n not in BY_NAME)


def family(name: str) -> tuple[Family, re.Match[str]]:
    """The family of a variant and the match of its name; LookupError if no family has it."""
    for fam in FAMILIES:
        m = fam.pattern.fullmatch(name)
        if m:
            return fam, m
    raise LookupError(f"no test family for the variant {name}")


def op_of(name: str) -> Op:
    """The op a stencil name runs: the opcode itself, or the part of a variant's name before the suffix."""
    return Op[name.partition("_")[0]]


def stencil_cases(name: str) -> st.SearchStrategy[Case]:
    """Cases for which the compiler runs the stencil `name` (an op's own, or a variant)."""
    if name in BY_NAME:
        return cases(Op[name])
    fam, m = family(name)
    return fam.cases(m)


def stencil_outcomes(name: str) -> set[str]:
    """The outcomes a case of the stencil `name` can have."""
    if name in BY_NAME:
        return outcomes(Op[name])
    fam, m = family(name)
    return outcomes(op_of(name)) - fam.unreachable(m)


def picked(program: Program, fi: int, pc: int) -> str:
    """The stencil the compiler runs for op pc of function fi."""
    env = Env(program, DataArea(program), [{} for _ in program.functions], [], [], {}, fi=fi, pc=pc)
    return stencil_name(program.functions[fi].code[pc], env)
