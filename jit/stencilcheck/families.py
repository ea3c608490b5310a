"""Every stencil a check can run, by name: an op's own, or a variant (OPNAME_SUFFIX) that the compiler picks
for some instances of the op. A variant belongs to a family that knows how to shape a case so that the
compiler picks it, and which outcomes of the op its shape cannot reach. A folded stencil's `_wide` twin
(jit.compiler.fit) has the cases of the stencil it stands in for, made wide: the op's registers from 4096 up and
its table past 4096 bytes of data (jit.stencilcheck.cases)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

from jit.compiler.facts import LIST_FIELD
from jit.compiler.fit import WIDE, forms
from jit.compiler.holes import DataArea, Env
from jit.compiler.lower import lower_function
from jit.compiler.regalloc import Pins
from jit.compiler.variants import HOST_VARIANTS, LOCATED, SAME_OPS, stencil_name
from jit.isa.registry import ISA_NAMES
from jit.program.model import Instr, Program
from jit.program.ops import BY_NAME, Bank, Op
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
        re.compile(rf"(.+){WIDE}"),
        lambda m, wide: stencil_cases(m[1], wide=True),
        lambda m: outcomes(op_of(m[1])) - stencil_outcomes(m[1]),
    ),
    Family(
        re.compile(r"(CallI64|CallF64|CallCell)_a(\d)z(\d)"),
        lambda m, wide: cases(Op[m[1]], callee_shape=(int(m[2]), int(m[3])), wide=wide),
        _single_call_unreachable,
    ),
    Family(
        LOCATED,
        lambda m, wide: cases(Op[m["op"]], locations=m["locs"], list_known=bool(m["known"]), wide=wide),
        lambda m: _fixed_compare(m["op"], m["locs"]),
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


def op_of(name: str) -> Op:
    """The op a stencil name runs: the opcode itself, or the part of a variant's name before the suffix."""
    return Op[name.partition("_")[0]]


def stencil_cases(name: str, wide: bool = False) -> st.SearchStrategy[Case]:
    """Cases shaped so that the compiler runs the stencil `name` (an op's own, or a variant), or with `wide` its
    twin: most of them (jit.stencilcheck.runner keeps those it does run it for)."""
    if name in BY_NAME:
        return cases(Op[name], wide=wide)
    fam, m = family(name)
    return fam.cases(m, wide)


def stencil_outcomes(name: str) -> set[str]:
    """The outcomes a case of the stencil `name` can have."""
    if name in BY_NAME:
        return outcomes(Op[name])
    fam, m = family(name)
    return outcomes(op_of(name)) - fam.unreachable(m)


def picked(isa_name: str, program: Program, fi: int, pc: int, pins: dict[tuple[Bank, int], int] | None = None) -> str:
    """The stencil the compiler runs on the ISA for op pc of function fi, with these registers pinned: the names
    of its pieces joined by + if it runs several (a case of one stencil has none of those)."""
    env = Env(program, DataArea(program), [{} for _ in program.functions], [], [], {}, fi=fi)
    isa_forms = forms(isa_name)

    def memory_form(ins: Instr, at: int) -> str:
        env.pc = at
        name = stencil_name(ins, env)
        return isa_forms.fit(name, ins, env) or name

    if not pins:
        return memory_form(program.functions[fi].code[pc], pc)
    lowered = lower_function(program, fi, Pins(pins), memory_form, isa_forms, env).ops[pc]
    return lowered if isinstance(lowered, str) else "+".join(name for name, _ in lowered)


def isas_with(name: str) -> tuple[str, ...]:
    """The ISAs whose cache has the stencil (a `_wide` twin exists where the refresh folded operands)."""
    return tuple(isa for isa in ISA_NAMES if name in catalog(isa).names)
