"""Property: on random verified programs (tests/progen.py), every machine backend returns
exactly what the interpreter returns (bank, raw bits and printed text) or raises the same
runtime error (kind, function, pc).
"""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, Phase, event, given, note, settings
from progen import Case, cases
from test_backends import MACHINES_HERE, Observed, observe

from jit.program.ops import OPS
from jit.program.printer import print_program

OUTCOMES = frozenset(
    {"I64", "F64", "CELL", "deopt", "DIV_ZERO", "INDEX", "WRONG_KIND", "STACK_OVERFLOW", "HEAP_EXHAUSTED"}
)
"""Every way a run can end: a result of each bank, Deopt, each runtime error kind."""


def describe(case: Case) -> str:
    return f"{print_program(case.program)}args {case.args!r}\nlimits {case.limits!r}"


def outcome_name(observed: Observed) -> str:
    if observed[0] == "error":
        return observed[1].name  # type: ignore[union-attr]
    return "deopt" if observed[1] is None else observed[1].name  # type: ignore[union-attr]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases())
def test_every_backend_agrees_with_interp(case: Case) -> None:
    note(describe(case))
    reference = observe(case.program, case.args, "interp", None, case.limits)
    event(outcome_name(reference))
    for backend, isa in MACHINES_HERE:
        assert observe(case.program, case.args, backend, isa, case.limits) == reference, (backend, isa)


class Covered(Exception):
    """Every opcode and every outcome has been seen: ends the search early."""


def test_generator_covers_every_opcode_and_outcome() -> None:
    """The generated programs use all 72 opcodes and end in every way a run can end.

    Consecutive hypothesis examples are correlated, so rather than count over a fixed
    number of them this searches (up to a generous cap) until everything has appeared.
    """
    ops: set[int] = set()
    outcomes: set[str] = set()

    @settings(
        max_examples=1500,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(cases())
    def collect(case: Case) -> None:
        ops.update(ins.op for f in case.program.functions for ins in f.code)
        outcomes.add(outcome_name(observe(case.program, case.args, "interp", None, case.limits)))
        if len(ops) == len(OPS) and outcomes == OUTCOMES:
            raise Covered

    with contextlib.suppress(Covered):
        collect()
    assert sorted(OPS[op].name for op in set(range(len(OPS))) - ops) == []
    assert outcomes == OUTCOMES
