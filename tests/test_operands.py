"""Hole values and the per-function analyses behind variants (jit.compiler.holes).

A hole's scope must be honest, since the compiler shares the code patched for one op with every equal op of
that scope: checked by computing each getter in places that differ in everything the scope says it ignores.
known_lists and loop_depths, which look only at the ops that matter, agree with plain per-op versions of
their definitions on random control flow."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jit.compiler.facts import LIST_FIELD, known_lists, loop_depths
from jit.compiler.holes import DataArea, Env, Scope, hole_scope, op_getter
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import OPS, TERMINATORS, Bank, Op
from jit.stencilset.catalog import catalog, manifest

# ---- Scopes ----

_CALLEE = Function("g", (Bank.F64, Bank.I64), Bank.CELL, (4, 5, 6), (Instr(Op.Deopt),))


def _function(
    name: str, nregs: tuple[int, int, int], consts: tuple[Const, ...], tables: tuple[tuple[int, ...], ...]
) -> Function:
    return Function(name, (), Bank.I64, nregs, (Instr(Op.Deopt),) * 8, consts, tables)


PROGRAM = Program(
    (
        _function("f0", (10, 11, 12), (Const("i64", 5), Const("f64", 2.5)), ((1, 2), (3,))),
        _CALLEE,
        _function("f2", (20, 21, 22), (Const("f64", -1.0), Const("i64", 7)), ((4,), (5, 6, 7), (8,))),
    )
)


def _env(fi: int, pc: int, shift: int) -> Env:
    """An op at (fi, pc) in an image whose layout depends on `shift`."""
    strings = [{1: 100 + shift}, {}, {1: 200 + shift}]
    env = Env(PROGRAM, DataArea(PROGRAM), strings, [1000 * shift + 10 * k for k in range(3)], [], {}, fi=fi, pc=pc)
    env.op_offsets = [[1000 * shift + 7 * k for k in range(8)] for _ in range(3)]
    env.helpers = {name: 50 + 8 * k + shift for k, name in enumerate(HELPERS)}
    env.next_op = 3000 + shift
    return env


def _symbols() -> dict[Op, set[str]]:
    """The hole symbols of each op's stencils (its own and its variants) on every ISA."""
    out: dict[Op, set[str]] = {op: set() for op in Op}
    for name, entry in manifest()["stencils"].items():
        if entry["role"] == "op":
            for isa_name in ("x86_64", "arm64"):
                out[Op[name.partition("_")[0]]] |= {h["name"] for h in entry.get(isa_name, {}).get("holes", ())}
    return out


SYMBOLS = _symbols()
HELPERS = sorted({*catalog("x86_64").runtime, *catalog("arm64").runtime})


@pytest.mark.parametrize("op", list(Op), ids=lambda op: op.name)
def test_hole_values_depend_only_on_what_their_scope_says(op: Op) -> None:
    ins = Instr(op, flags=2 if op is Op.CallMixed else 0, a=3, b=2, c=1)
    here = _env(0, 2, 1)
    same_function = _env(0, 5, 2)  # another pc and layout
    other_function = _env(2, 2, 1)  # another frame, other constants and tables
    for symbol in sorted(SYMBOLS[op]):
        get = op_getter(OPS[op], symbol)
        scope = hole_scope(symbol)
        if scope <= Scope.FUNCTION:
            assert get(ins, here) == get(ins, same_function), symbol
        if scope is Scope.OP:
            assert get(ins, here) == get(ins, other_function), symbol
        else:
            assert get(ins, here) != get(ins, other_function if scope is Scope.FUNCTION else same_function), symbol


# ---- Analyses, against plain per-op versions of their definitions ----

_BRANCHES = {op for op in Op if op.name.endswith("Br")} | {Op.Jump}
_CELL_WRITERS = {Op.ConstStrKW, Op.ConcatStr, Op.NewList, Op.NewMap, Op.ListGetCell, Op.CallCell}
_POOL = sorted(
    {*LIST_FIELD, *_CELL_WRITERS, *TERMINATORS, Op.CallMixed, Op.CmpEqI64Br, Op.CmpLtF64Br, Op.AddI64, Op.Nop}
)
NREGS = 4


@st.composite
def functions(draw: st.DrawFn) -> Function:
    """Code of any shape (not verified): any op of interest, registers < NREGS, any branch target."""
    n = draw(st.integers(1, 30))
    reg = st.integers(0, NREGS - 1)
    code = []
    for _ in range(n):
        op = draw(st.sampled_from(_POOL))
        flags = draw(st.integers(0, 2)) if op is Op.CallMixed else 0
        code.append(Instr(op, flags=flags, a=draw(reg), b=draw(reg), c=draw(st.integers(0, n - 1))))
    return Function("f", (), Bank.I64, (NREGS, NREGS, NREGS), tuple(code))


def _plain_loop_depths(f: Function) -> list[int]:
    back = [(ins.c, pc) for pc, ins in enumerate(f.code) if ins.op in _BRANCHES and ins.c <= pc]
    return [sum(target <= pc <= branch for target, branch in back) for pc in range(len(f.code))]


def _list_step(ins: Instr, state: int) -> int:
    """The known lists after one op: its list was checked, then its cell destination written."""
    if ins.op in LIST_FIELD:
        state |= 1 << getattr(ins, LIST_FIELD[ins.op])
    if ins.op in _CELL_WRITERS or (ins.op is Op.CallMixed and ins.flags == Bank.CELL):
        state &= ~(1 << ins.a)
        state |= (1 << ins.a) if ins.op is Op.NewList else 0
    return state


def _successors(f: Function, pc: int) -> list[int]:
    ins = f.code[pc]
    falls = [pc + 1] if ins.op not in TERMINATORS and pc + 1 < len(f.code) else []
    return falls + ([ins.c] if ins.op in _BRANCHES else [])


def _plain_known_lists(f: Function) -> list[int]:
    """Per-op fixed point from the start (nothing known) over reached ops; an op no path reaches is taken as
    its basic block: everything known at the block's start, then each op's effect."""
    n, everything = len(f.code), (1 << NREGS) - 1
    before: list[int | None] = [0] + [None] * (n - 1)
    changed = True
    while changed:
        changed = False
        for pc in range(n):
            state = before[pc]
            if state is None:
                continue
            after = _list_step(f.code[pc], state)
            for s in _successors(f, pc):
                met = after if before[s] is None else before[s] & after
                if met != before[s]:
                    before[s], changed = met, True
    leaders = {0} | {ins.c for ins in f.code if ins.op in _BRANCHES}
    leaders |= {pc + 1 for pc, ins in enumerate(f.code) if ins.op in _BRANCHES or ins.op in TERMINATORS}
    out: list[int] = []
    for pc in range(n):
        known = before[pc]
        if known is None:
            known = everything if pc in leaders else _list_step(f.code[pc - 1], out[-1]) & everything
        out.append(known)
    return out


@settings(max_examples=400, deadline=None)
@given(functions())
def test_loop_depths_count_the_backward_branches_around_each_op(f: Function) -> None:
    assert loop_depths(f) == _plain_loop_depths(f)


@settings(max_examples=400, deadline=None)
@given(functions())
def test_known_lists_is_the_plain_fixed_point(f: Function) -> None:
    assert known_lists(f) == _plain_known_lists(f)
