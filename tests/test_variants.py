"""Every stencil variant (a stencil OPNAME_SUFFIX that the compiler picks for some instances of an op) agrees bit
for bit with the reference interpreter on both ISAs, exactly like the op's own stencil (tests/stencil_harness.py):
a property test over random states shaped so that the compiler picks the variant, and one test per outcome its
shape allows. The compiler picks only variants that the cache has, and the op's own stencil otherwise."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from stencil_harness import Case, check, reference
from test_stencils_unicorn import ISAS, PROPERTY, SEARCH, cases, label, outcomes

from jit.compiler.facts import LIST_FIELD, acc_states, known_lists
from jit.compiler.holes import DataArea, Env
from jit.compiler.variants import ACC_FIELDS, MAX_VARIANT_ARGS, MAX_VARIANT_ZEROS, SAME_OPS, VARIANTS, stencil_name
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import BY_NAME, CALL_BANK, Bank, Op
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

CACHED = sorted(n for n, e in manifest()["stencils"].items() if e["role"] == "op" and n not in BY_NAME)


def family(name: str) -> tuple[Family, re.Match[str]]:
    for fam in FAMILIES:
        m = fam.pattern.fullmatch(name)
        if m:
            return fam, m
    raise LookupError(f"no test family for the variant {name}")


def variant_cases(name: str) -> st.SearchStrategy[Case]:
    fam, m = family(name)
    return fam.cases(m)


def variant_outcomes(name: str) -> set[str]:
    fam, m = family(name)
    return outcomes(Op[name.partition("_")[0]]) - fam.unreachable(m)


def picked(program: Program, fi: int, pc: int) -> str:
    env = Env(program, DataArea(program), [{} for _ in program.functions], [], [], {}, fi=fi, pc=pc)
    return stencil_name(program.functions[fi].code[pc], env)


def test_the_cache_has_exactly_the_variants_the_compiler_may_pick_and_each_is_tested() -> None:
    assert sorted(f"{op.name}_{suffix}" for op, v in VARIANTS.items() for suffix in v.suffixes) == CACHED
    for name in CACHED:
        family(name)


RETURN = {Bank.I64: Op.ReturnI64, Bank.F64: Op.ReturnF64, Bank.CELL: Op.ReturnCell}


@pytest.mark.parametrize("op", [Op.CallI64, Op.CallF64, Op.CallCell], ids=lambda op: op.name)
def test_single_calls_pick_a_cached_variant_exactly_when_the_callee_fits(op: Op) -> None:
    bank = CALL_BANK[op]
    main = Function("main", (), Bank.I64, (8, 8, 8), (Instr(op, a=0, b=0, c=1), Instr(Op.Deopt)))
    for n in range(MAX_VARIANT_ARGS + 2):
        for z in range(MAX_VARIANT_ZEROS + 2):
            for other, result in ((0, bank), (1, bank), (0, Bank((bank + 1) % 3))):
                nregs = tuple(n + z if b is bank else other for b in Bank)
                # the callee returns its last register, which it never wrote: the call must zero all z
                body = (Instr(RETURN[bank], a=n + z - 1),) if z else (Instr(Op.Deopt),)
                callee = Function("f", (bank,) * n, result, nregs, body)  # type: ignore[arg-type]
                name = picked(Program((main, callee)), 0, 0)
                fits = n <= MAX_VARIANT_ARGS and z <= MAX_VARIANT_ZEROS and not other and result is bank
                assert name == (f"{op.name}_a{n}z{z}" if fits else op.name)
                assert name in manifest()["stencils"]
                if fits:  # a callee that reads none of its registers needs none zeroed
                    deopt = Function("f", (bank,) * n, result, nregs, (Instr(Op.Deopt),))  # type: ignore[arg-type]
                    assert picked(Program((main, deopt)), 0, 0) == f"{op.name}_a{n}z0"


@pytest.mark.parametrize("isa_name", ISAS)
@pytest.mark.parametrize("name", CACHED)
@settings(PROPERTY, max_examples=12)
@given(data=st.data())
def test_variant_agrees_with_the_interpreter(name: str, isa_name: str, data: st.DataObject) -> None:
    case = data.draw(variant_cases(name), label="case")
    assert picked(case.program, case.fi, case.pc) == name
    check(isa_name, case)


@pytest.mark.parametrize(("name", "want"), [(n, w) for n in CACHED for w in sorted(variant_outcomes(n))])
def test_every_outcome_of_every_variant_is_reached_and_agrees(name: str, want: str) -> None:
    case = find(variant_cases(name), lambda c: label(reference(c).outcome) == want, settings=SEARCH)
    assert picked(case.program, case.fi, case.pc) == name
    for isa_name in ISAS:
        check(isa_name, case)


def test_accumulators_are_known_only_along_straight_runs_of_f64_ops() -> None:
    add = Instr(Op.AddF64, a=2, b=0, c=1)
    code = (
        Instr(Op.MovF64, a=0, b=1),  # 0: the function's start: nothing known yet
        Instr(Op.MovF64, a=1, b=0),  # 1: f0
        Instr(Op.CmpLtF64Br, a=0, b=1, c=6),  # 2: f1 f0 (a compare passes them on)
        add,  # 3: f1 f0
        Instr(Op.MovF64, a=2, b=2),  # 4: f2 f1
        Instr(Op.AddI64K, a=0, b=0, c=1),  # 5: f2 (rewritten: the old value is no longer acc1)
        add,  # 6: branch target: nothing known
        Instr(Op.ListSetF64, a=0, b=2, c=0),  # 7: f2
        Instr(Op.NegF64, a=3, b=2),  # 8: f2
        Instr(Op.Deopt),  # 9: f3 f2
    )
    f = Function("f", (), Bank.I64, (1, 4, 1), code)
    want = [(None, None), (0, None), (1, 0), (1, 0), (2, 1), (2, None), (None, None), (2, None), (2, None), (3, 2)]
    assert acc_states(f) == want
    program = Program((f,))
    assert [picked(program, 0, pc) for pc in (3, 6, 7, 8)] == ["AddF64_ba", "AddF64", "ListSetF64_a", "NegF64"]


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
    picks = [picked(program, 0, pc) for pc in (1, 4, 5, 7)]
    assert picks == ["ListLenI64_k", "ListGetI64", "ListSetI64", "ListGetCell_k"]
