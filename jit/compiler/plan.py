"""Phase 1 of a compile: what every op runs, from the program and what the analyses prove about it.

Per function: the registers that live in slots (jit.compiler.regalloc), then each op's memory-form stencil
(its own or a variant, jit.compiler.variants) and, where registers are pinned, the pieces around and instead of
it (jit.compiler.lower). The plan only names stencils; the later phases fetch them (jit.stencilset) and copy
them. `forms` is the ISA's stencil list: the plan takes a variant only where the cache has it, and of each stencil
the form whose fields hold the op's values (jit.compiler.fit).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache

from jit.compiler.calls import call_pieces
from jit.compiler.facts import Facts, ProgramFacts
from jit.compiler.fit import Forms
from jit.compiler.holes import Env
from jit.compiler.image import CALLED_PROLOGUE, PROLOGUE
from jit.compiler.lower import Lowered, Piece, SharedForms, fitted, lower_function, self_tail_call
from jit.compiler.regalloc import NO_PINS, Pins, allocate
from jit.compiler.variants import HOST_VARIANTS, variant_chooser
from jit.program.model import Function, Instr, Program
from jit.program.ops import CALLS, OPS, TAIL_CALLS


@dataclass(frozen=True)
class FunctionPlan:
    prologue: str
    loads: tuple[Piece, ...]
    """After the prologue: the loads of the pinned registers into their slots."""
    ops: list[Lowered]
    """Per pc: a stencil filled from the op, or pieces."""
    pins: Pins


@dataclass(frozen=True)
class ProgramPlan:
    functions: tuple[FunctionPlan, ...]

    def names(self) -> set[str]:
        """Every stencil the plan names, once each."""
        out: set[str] = set()
        seen: set[int] = set()  # the ids of the pieces read: equal ops of a function share theirs (lower_function)
        for fp in self.functions:
            out.add(fp.prologue)
            out.update(name for name, _ in fp.loads)
            for lowered in fp.ops:
                if isinstance(lowered, str):
                    out.add(lowered)
                elif id(lowered) not in seen:
                    seen.add(id(lowered))
                    out.update(name for name, _ in lowered)
        return out


@cache
def _choosers() -> tuple[Callable[[Instr, int, Facts], str] | None, ...]:
    return tuple(variant_chooser(op) for op in range(len(OPS)))


@cache
def _own_names() -> tuple[str, ...]:
    return tuple(info.name for info in OPS)


def plan_program(
    program: Program,
    forms: Forms,
    env: Env,
    allocate_registers: bool = True,
    host_features: frozenset[str] = frozenset(),
) -> ProgramPlan:
    """The plan of a verified program: FuncEntry for the entry function and FuncEntry_c for the others, and per
    op what it runs. `env` is the compile's (its data area gives the tables' offsets; the plan sets `env.fi`).
    `allocate_registers` False keeps every register in memory (no slots); a host-only variant whose CPU feature
    is in `host_features` replaces its op's own stencil."""
    hosted = host_stencils(forms.names, host_features)
    shared = ProgramFacts(program)
    shared_forms = SharedForms()
    plans = []
    for fi, f in enumerate(program.functions):
        env.fi = fi
        facts = Facts(program, fi, shared)
        memory_form = _memory_form(facts, hosted)
        prologue = PROLOGUE if fi == program.entry else CALLED_PROLOGUE
        pins = allocate(facts) if allocate_registers else NO_PINS
        if pins:
            lowered = lower_function(program, fi, pins, memory_form, forms, env, shared, shared_forms)
            plans.append(FunctionPlan(prologue, lowered.prologue, lowered.ops, pins))
        else:
            ops: list[Lowered] = [fitted(memory_form(ins, pc), ins, forms, env) for pc, ins in enumerate(f.code)]
            for pc in _calls(f):
                ins = f.code[pc]
                again = self_tail_call(program, fi, ins, facts.exposed(fi), _in_memory)
                call = call_pieces(program, fi, ins, facts.exposed, _in_memory) if again is None else None
                if again is not None:
                    ops[pc] = fitted(again[0], ins, forms, env)
                elif call is not None:
                    ops[pc] = fitted(call, ins, forms, env)
            plans.append(FunctionPlan(prologue, (), ops, pins))
    return ProgramPlan(tuple(plans))


def _calls(f: Function) -> list[int]:
    return [pc for pc, ins in enumerate(f.code) if ins.op in _CALL_OPS]


_CALL_OPS = frozenset(int(op) for op in (*CALLS, *TAIL_CALLS))


def _in_memory(ins: Instr, letters: str) -> None:
    """With nothing pinned, no op has a located variant."""
    return None


def _memory_form(facts: Facts, hosted: dict[str, str]) -> Callable[[Instr, int], str]:
    """The stencil of an op with nothing pinned: its own (or its host variant), or the variant of what is
    known about it."""
    choosers, own = _choosers(), _own_names()
    if hosted:
        own = tuple(hosted.get(name, name) for name in own)

    def memory_form(ins: Instr, pc: int) -> str:
        choose = choosers[ins.op]
        return own[ins.op] if choose is None else choose(ins, pc, facts)

    return memory_form


def host_stencils(available: Collection[str], host_features: frozenset[str]) -> dict[str, str]:
    """Op name -> its host-only variant, for the variants the cache has whose feature the host has."""
    return {
        name.partition("_")[0]: name
        for name, feature in HOST_VARIANTS.items()
        if feature in host_features and name in available
    }
