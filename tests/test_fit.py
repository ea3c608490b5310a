"""The compiler's choice between a folded stencil and its `_wide` twin (jit.compiler.fit): exactly where the folded
fields stop holding an op's values, always a form for every op, and programs past those fields that run on every
backend as on the interpreter."""

from __future__ import annotations

import pytest
from test_backends import agree, prog

from jit.compiler.fit import WIDE, forms
from jit.compiler.holes import Env
from jit.compiler.layout import new_env
from jit.compiler.pipeline import compile_program
from jit.compiler.variants import is_located
from jit.program.model import Function, Instr, Program
from jit.program.ops import OPS, Bank, Kind, Op
from jit.stencilset.catalog import manifest
from jit.vm.heap import Heap
from jit.vm.limits import DEFAULT_LIMITS
from jit.vm.startup import intern_strings

ISAS = ("x86_64", "arm64")
K_BOUNDS = (-0x8000, 0x7FFF)


def _instr(op: Op, register: int, k: int, table: int = 0) -> Instr:
    """An instruction of `op` with every register field `register`, K (if it has one) `k`, a table `table` of
    TABLES."""
    fields = {"A": 0, "B": 0, "C": 0}
    for name, fld in OPS[op].fields:
        if fld.kind in (Kind.REG, Kind.ARGS, Kind.MIXED_DST, Kind.FMA):
            fields[name] = register
        elif fld.kind is Kind.IMM:
            fields[name] = k & 0xFFFF
        elif fld.kind is Kind.TABLE:
            fields[name] = table
    return Instr(op, 0, fields["A"], fields["B"], fields["C"])


TABLES = ((0,) * 512, (0,) * 5000)
"""Table 0 is at data offset 0, 512 entries long; table 1 at 4096, 5000 long: past arm64's folded immediates."""


def _env() -> Env:
    """An Env of a function whose tables are TABLES (Forms.fit reads a table's offset and length there)."""
    f = Function("f", (), Bank.I64, (1, 0, 0), (Instr(Op.Nop),), (), TABLES)
    return new_env(Program((f,)), [{}])


def _op_of(name: str, role: str) -> Op:
    """The op whose instruction fills the stencil's holes (a slot move's: a move's field A)."""
    return Op.MovI64 if role == "slot" else Op[name.partition("_")[0]]


@pytest.mark.parametrize("isa_name", ISAS)
def test_every_op_has_a_form_whose_fields_hold_any_values(isa_name: str) -> None:
    """For the largest register and either bound of K: the stencil, or its twin; or, for a located variant whose
    only folds are registers, no form at all, since its op then runs the memory form (jit.compiler.lower)."""
    f, env = forms(isa_name), _env()
    entries = manifest()["stencils"]
    twins = 0
    for name in sorted(n for n in f.names if not n.endswith(WIDE) and entries[n]["role"] in ("op", "slot")):
        op = _op_of(name, entries[name]["role"])
        for k in K_BOUNDS:
            wide = _instr(op, 0xFFFF, k, 1)
            if f.fit(name, wide, env) is None:
                assert is_located(name) and f.fits(name, _instr(op, 0, k, 1), env), name
            twins += f.fit(name, wide, env) == name + WIDE
    assert twins > 0 if isa_name == "arm64" else twins == 0


@pytest.mark.parametrize(
    ("name", "op", "register", "k", "folded"),
    [
        ("AddI64K", Op.AddI64K, 4095, 4095, True),
        ("AddI64K", Op.AddI64K, 4095, -4095, True),
        ("AddI64K", Op.AddI64K, 4096, 0, False),
        ("AddI64K", Op.AddI64K, 0, 4096, False),
        ("AddI64K", Op.AddI64K, 0, -4096, False),
        ("SubI64K", Op.SubI64K, 0, -4095, True),  # its hole is -K (_JIT_NEG_K): 4095
        ("SubI64K", Op.SubI64K, 0, -4096, False),
        ("SubI64K_r00", Op.SubI64K, 0, -0x8000, False),  # -K is 32768
        ("CmpLtI64KBr_r0", Op.CmpLtI64KBr, 4096, 4095, True),  # a slot's register is in no instruction
        ("CmpLtI64KBr_r0", Op.CmpLtI64KBr, 0, -4096, False),
        ("MulI64K_r0m", Op.MulI64K, 4095, -0x8000, True),  # mul has no immediate: K is not folded
        ("SlotStoreI0", Op.MovI64, 4096, 0, False),
    ],
)
def test_arm64_takes_the_twin_exactly_past_the_folded_fields(
    name: str, op: Op, register: int, k: int, folded: bool
) -> None:
    ins = _instr(op, register, k)
    assert forms("arm64").fit(name, ins) == (name if folded else name + WIDE)
    assert forms("x86_64").fit(name, ins) == name


@pytest.mark.parametrize(("table", "folded"), [(0, True), (1, False)])
def test_arm64_takes_the_lookup_twin_for_a_table_past_the_folded_immediates(table: int, folded: bool) -> None:
    for name in ("LookupI64KW", "LookupI64KW_r01"):
        ins = _instr(Op.LookupI64KW, 1, 0, table)
        assert forms("arm64").fit(name, ins, _env()) == (name if folded else name + WIDE)
        assert forms("x86_64").fit(name, ins, _env()) == name


def test_a_located_variant_whose_register_is_past_the_field_gives_way_to_the_memory_form() -> None:
    assert forms("arm64").fit("AddI64_r00m", _instr(Op.AddI64, 4096, 0)) is None
    assert forms("x86_64").fit("AddI64_r00m", _instr(Op.AddI64, 4096, 0)) == "AddI64_r00m"


WIDE_PROGRAM = """
entry main

func add3(i64, i64, i64) -> i64
    AddI64       i0, i0, i1
    AddI64       i0, i0, i2
    ReturnI64    i0
end

func main(i64) -> i64                  ; registers from 4096 on, Ks beyond +-4095: the arm64 twins
    .regs i64=5000 f64=4200 cell=4100
    ConstI64K    i4500, 0               ; sum
    ConstI64K    i4501, 0               ; i
    ConstI64K    i4510, 0
    NewList      c4099, 4
    ListPushI64  c4099, i4501
loop:
    AddI64K      i4502, i4501, 5000
    AddI64       i4500, i4500, i4502
    SubI64K      i4503, i4500, -4096
    I64ToF64     f4100, i4503
    AddF64       f4101, f4101, f4100
    MulI64K      i7, i4501, 3
    AddI64       i4500, i4500, i7
    ListGetI64   i4504, c4099, i4510
    AddI64       i4500, i4500, i4504
    ListLenI64   i4505, c4099
    AddI64       i4500, i4500, i4505
    AddI64K      i4501, i4501, 1
    CmpLtI64KBr  i4501, 20000, far
    CmpLtI64Br   i4501, i0, loop
far:
    MovI64       i4600, i4500
    MovI64       i4601, i4501
    MovI64       i4602, i4503
    CallI64      i4998, 4600, add3
    F64ToI64     i4999, f4101
    AddI64       i4998, i4998, i4999
    CmpGeI64KBr  i4998, -30000, done
    ConstI64K    i4998, -30000
done:
    ReturnI64    i4998
end
"""


def test_a_function_past_the_folded_fields_runs_twins_beside_folded_stencils_on_arm64() -> None:
    program = prog(WIDE_PROGRAM)
    strings = intern_strings(program, Heap(DEFAULT_LIMITS.heap_size))
    names = {isa: {site.name for site in compile_program(program, isa, strings).sites} for isa in ISAS}
    assert not any(n.endswith(WIDE) for n in names["x86_64"])
    assert {"AddI64K_wide", "SubI64K_r22_wide", "PieceCall7_0_wide", "SlotStoreI0_wide"} <= names["arm64"]
    assert "AddI64_s_wide" in names["arm64"]  # i4500 += i4505: no AddI64_r00m holds 4505, the memory form does
    assert any(is_located(n) for n in names["arm64"])  # registers from 4096 on are pinned too


@pytest.mark.parametrize("n", [0, 1, 7])
def test_a_function_past_the_folded_fields_agrees_on_every_backend(n: int) -> None:
    assert agree(prog(WIDE_PROGRAM), [n])[0] == "ok"


BIG_TABLES = f"""
entry main

func main(i64) -> i64                  ; table 1 at data offset 4800, past arm64's folded immediates
    .table {", ".join(str(k % 7) for k in range(600))}
    .table 5, 7, 9
    LookupI64KW  i1, i0, 1
    LookupI64KW  i2, i0, 0
    AddI64       i1, i1, i2
    ReturnI64    i1
end
"""


@pytest.mark.parametrize("n", [0, 2, 3])
def test_a_lookup_past_the_folded_immediates_agrees_on_every_backend(n: int) -> None:
    program = prog(BIG_TABLES)
    strings = intern_strings(program, Heap(DEFAULT_LIMITS.heap_size))
    names = {site.name for site in compile_program(program, "arm64", strings).sites}
    assert {"LookupI64KW_r01_wide", "LookupI64KW_r21"} <= names  # table 1, then table 0
    agree(program, [n])  # n = 3: the INDEX error, at the same op everywhere
