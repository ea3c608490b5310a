"""Every op stencil on both ISAs, run alone under Unicorn from a VM state drawn by hypothesis, agrees bit for bit
with the reference interpreter: registers, heap, context fields and where control goes (jit.stencilcheck).

Two tests per op: a property test over random states, and one test per outcome the op can have (continue,
branch taken, return, deopt, each runtime error), whose case hypothesis searches for on the interpreter, so
that every outcome is known to be exercised rather than left to chance. The cases are those of
`jit stencils test` (jit.stencilcheck.runner: only cases for which the compiler runs the op's own stencil).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jit.program.ops import Op
from jit.stencilcheck.case import Case, Outcome
from jit.stencilcheck.compare import compare
from jit.stencilcheck.families import LOWERED, LOWERED_OPS, stencil_outcomes
from jit.stencilcheck.outcomes import outcomes
from jit.stencilcheck.runner import outcome_case, runs_of

ISAS = ("x86_64", "arm64")

PROPERTY = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def check(isa_name: str, case: Case) -> Outcome:
    """Run the case both ways and fail with every difference; the interpreter's outcome otherwise."""
    comparison = compare(isa_name, case)
    assert comparison.agrees, comparison.report()
    return comparison.want.outcome


@pytest.mark.parametrize("isa_name", ISAS)
@pytest.mark.parametrize("op", list(Op), ids=lambda op: op.name)
@PROPERTY
@given(data=st.data())
def test_stencil_agrees_with_the_interpreter(op: Op, isa_name: str, data: st.DataObject) -> None:
    check(isa_name, data.draw(runs_of(op.name, (isa_name,)), label="case"))


@pytest.mark.parametrize(
    ("op", "want"), [(op, w) for op in Op for w in sorted(outcomes(op))], ids=lambda v: getattr(v, "name", v)
)
def test_every_outcome_is_reached_and_agrees(op: Op, want: str) -> None:
    case = outcome_case(op.name, want)
    assert case is not None, f"no case of {op.name} ends with {want}"
    for isa_name in ISAS:
        check(isa_name, case)


LOWERINGS = [op.name + LOWERED for op in LOWERED_OPS]
"""Calls and tail calls as the compiler lays them out, in pieces (jit.compiler.calls): one unit each."""


@pytest.mark.parametrize("isa_name", ISAS)
@pytest.mark.parametrize("name", LOWERINGS)
@PROPERTY
@given(data=st.data())
def test_lowered_call_agrees_with_the_interpreter(name: str, isa_name: str, data: st.DataObject) -> None:
    check(isa_name, data.draw(runs_of(name, (isa_name,)), label="case"))


@pytest.mark.parametrize(("name", "want"), [(n, w) for n in LOWERINGS for w in sorted(stencil_outcomes(n))])
def test_every_outcome_of_a_lowered_call_is_reached_and_agrees(name: str, want: str) -> None:
    case = outcome_case(name, want)
    assert case is not None, f"no case of {name} ends with {want}"
    for isa_name in ISAS:
        check(isa_name, case)
