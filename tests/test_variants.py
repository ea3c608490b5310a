"""Every stencil variant (a stencil OPNAME_SUFFIX that the compiler picks for some instances of an op) agrees bit
for bit with the reference interpreter on both ISAs, exactly like the op's own stencil (jit.stencilcheck):
a property test over random states shaped so that the compiler picks the variant, and one test per outcome its
shape allows. The compiler picks only variants that the cache has, and the op's own stencil otherwise."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_stencils_unicorn import ISAS, PROPERTY, check

from jit.compiler.facts import known_lists
from jit.compiler.fit import WIDE
from jit.compiler.regalloc import slot_count
from jit.compiler.variants import (
    HOST_VARIANTS,
    VARIANTS,
    carried_letters,
    is_located,
    located_variants,
)
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import BY_NAME, Bank, Op
from jit.stencilcheck.families import cached_variants, family, isas_with, picked, stencil_outcomes
from jit.stencilcheck.runner import outcome_case, runs_of
from jit.stencilset.catalog import manifest

CACHED = cached_variants()


def test_the_cache_has_exactly_the_variants_the_compiler_may_pick_and_each_is_tested() -> None:
    memory = {f"{op.name}_{suffix}" for op, v in VARIANTS.items() for suffix in v.suffixes}
    located = {
        f"{op.name}_{known}r{locs}"
        for op, suffixes in located_variants(slot_count()).items()
        for locs in suffixes
        for known in carried_letters(op)
    }
    twins = {name for name in CACHED if name.endswith(WIDE)}  # the folded stencils' (tests/test_fit.py)
    assert sorted(memory | located | twins) == CACHED
    assert {name.removesuffix(WIDE) for name in twins} <= memory | located | set(BY_NAME)
    assert set(HOST_VARIANTS) <= set(manifest()["stencils"])
    for name in CACHED:
        family(name)


LOCATED = [name for name in CACHED if is_located(name)]
"""The variants with operands in slots: one macro each per op, so fewer random cases each (every outcome of
each is still reached, below)."""


def _variant_agrees(name: str, isa_name: str, data: st.DataObject) -> None:
    check(isa_name, data.draw(runs_of(name, (isa_name,)), label="case"))


def _on_isas(names: list[str]) -> list[tuple[str, str]]:
    """(stencil, ISA) for every ISA whose cache has the stencil (a `_wide` twin: only where operands fold)."""
    return [(name, isa_name) for name in names for isa_name in isas_with(name)]


@pytest.mark.parametrize(("name", "isa_name"), _on_isas(sorted(set(CACHED) - set(LOCATED))))
@settings(PROPERTY, max_examples=12)
@given(data=st.data())
def test_variant_agrees_with_the_interpreter(name: str, isa_name: str, data: st.DataObject) -> None:
    _variant_agrees(name, isa_name, data)


@pytest.mark.parametrize(("name", "isa_name"), _on_isas(LOCATED))
@settings(PROPERTY, max_examples=4)
@given(data=st.data())
def test_located_variant_agrees_with_the_interpreter(name: str, isa_name: str, data: st.DataObject) -> None:
    _variant_agrees(name, isa_name, data)


@pytest.mark.parametrize(("name", "want"), [(n, w) for n in CACHED for w in sorted(stencil_outcomes(n))])
def test_every_outcome_of_every_variant_is_reached_and_agrees(name: str, want: str) -> None:
    case = outcome_case(name, want)
    assert case is not None, f"no case of {name} ends with {want}"
    for isa_name in isas_with(name):
        check(isa_name, case)


def test_lists_are_known_where_every_path_checked_them_and_nothing_wrote_them_since() -> None:
    code = (
        Instr(Op.NewList, a=0, c=0),  # 0: nothing known at the start
        Instr(Op.ListLenI64, a=0, b=0),  # 1: c0 (made by NewList)
        Instr(Op.CmpEqI64KBr, a=0, b=0, c=5),  # 2: joined with the loop below, where the call rewrote c0
        Instr(Op.ConstStrKW, a=1, c=0),  # 3
        Instr(Op.ListGetI64, a=0, b=2, c=0),  # 4
        Instr(Op.ListSetI64, a=1, b=0, c=0),  # 5: joined: c2 was checked on one path only
        Instr(Op.CallMixed, flags=Bank.CELL, a=0, b=0, c=0),  # 6: c1 (checked by ListSetI64)
        Instr(Op.ListGetCell, a=2, b=1, c=0),  # 7: c1
        Instr(Op.Jump, c=2),  # 8: c1 (ListGetCell rewrote c2 after its check of c1)
    )
    f = Function("f", (), Bank.I64, (1, 0, 3), code, (Const("str", b"s"),))
    assert known_lists(f) == [0b000, 0b001, 0b000, 0b000, 0b000, 0b000, 0b010, 0b010, 0b010]
    program = Program((f,))
    for isa_name in ISAS:
        picks = [picked(isa_name, program, 0, pc) for pc in (1, 4, 5, 7)]
        assert picks == ["ListLenI64_k", "ListGetI64", "ListSetI64", "ListGetCell_k"]
