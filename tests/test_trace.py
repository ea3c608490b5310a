"""`jit emulate --trace`: the op trace of the machine code equals the interpreter's step sequence, values included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jit.cli.debug import register
from jit.debug.interpsteps import InterpRegisters, run_stepped
from jit.debug.stepper import EmulatorRegisters, Stepper
from jit.debug.trace import Record, Tracer, format_record
from jit.errors import VMError
from jit.interp import interpreter as interp
from jit.machine.emulate import Emulation
from jit.machine.prepare import prepare
from jit.program.load import load_program
from jit.program.model import Function, Instr, Program
from jit.program.ops import Bank, Op
from jit.program.regs import op_regs
from jit.program.verify import parse_entry_args, verify
from jit.vm.limits import Limits

ROOT = Path(__file__).resolve().parent.parent
ISAS = ("x86_64", "arm64")
LIMITS = Limits(max_depth=200, stack_regs=1 << 12, heap_size=1 << 20)

EXAMPLES = [
    ("fib", "5"),
    ("collatz", "12"),
    ("sieve", "30"),
    ("memo", "12"),
    ("concat", "7"),
    ("nbody", "2"),
    ("switch", "12"),
    ("mixed", "3", "1.5"),
    ("tailsum", "6"),
    ("gcd", "5"),
    ("mandelbrot", "3"),
    ("pascal", "4"),
    ("fizzbuzz", "15"),
    ("rings", "3"),
    ("deopt", "18"),
]


def interp_records(program: Program, values: list[object]) -> list[Record]:
    records: list[Record] = []
    regs = InterpRegisters()
    tracer = Tracer(program, regs, records.append)
    try:
        run_stepped(program, values, LIMITS, regs, tracer.step)
        tracer.finish(completed=True)
    except VMError:
        tracer.finish(completed=False)
    return records


def emulated_records(program: Program, values: list[object], isa: str) -> list[Record]:
    emu = Emulation(prepare(program, values, isa, LIMITS), isa)
    records: list[Record] = []
    regs = EmulatorRegisters(emu)
    tracer = Tracer(program, regs, records.append)
    Stepper(emu, regs, tracer.step)
    try:
        emu.run()
        tracer.finish(completed=True)
    except VMError:
        tracer.finish(completed=False)
    finally:
        emu.close()
    return records


def load(name: str) -> Program:
    program = load_program(ROOT / "examples" / f"{name}.vm3")
    verify(program)
    return program


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e[0])
def test_examples_trace_like_the_interpreter(example: tuple[str, ...], isa: str) -> None:
    program = load(example[0])
    values = parse_entry_args(program, list(example[1:]))
    expected = interp_records(program, values)
    assert len(expected) > 10
    assert emulated_records(program, values, isa) == expected


def app() -> typer.Typer:
    a = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    register(a)
    return a


def emulate(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner(mix_stderr=False).invoke(app(), ["emulate", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


LINE = re.compile(r"^\[(\d+)\] (\w+) pc=(\d+) (\w+)")


def test_fib_arm64_every_op_with_its_registers() -> None:
    code, out, _ = emulate("--isa", "arm64", "--trace", "ops", str(ROOT / "examples/fib.vm3"), "5")
    assert code == 0
    lines = out.splitlines()
    assert lines[-1] == "5"
    program = load("fib")
    steps: list[tuple[int, str, int]] = []
    interp.run(program, [5], LIMITS, observer=lambda fi, pc, f: steps.append((f.depth, program.functions[fi].name, pc)))
    traced = [LINE.match(line) for line in lines[:-1]]
    assert [(int(m[1]), m[2], int(m[3])) for m in traced if m] == steps
    assert all(" | " in line for line in lines[:-1])  # every fib op reads or writes a register
    assert lines[0] == "[1] main pc=0 CallI64 A=i1 B=i0 C=fib | i0=5"
    assert "[2] fib pc=1 SubI64K A=i1 B=i0 C=1 | i1=4 i0=5" in lines
    assert lines[-2] == "[1] main pc=1 ReturnI64 A=i1 | i1=5"
    assert "[2] fib pc=6 ReturnI64 A=i2 | i2=5 => main i1=5" in lines


def test_values_print_by_bank() -> None:
    code, out, _ = emulate("--isa", "x86_64", "--trace", "ops", str(ROOT / "examples/pascal.vm3"), "3")
    assert code == 0
    assert out.splitlines()[-2].endswith("| c0=[[1], [1, 1], [1, 2, 1]]")
    code, out, _ = emulate("--isa", "arm64", "--trace", "ops", str(ROOT / "examples/mixed.vm3"), "2", "0.5")
    assert re.search(r"f\d+=-?\d+\.\d+", out)
    code, out, _ = emulate("--isa", "arm64", "--trace", "ops", str(ROOT / "examples/tailsum.vm3"), "--", "-3")
    assert "i2=-6" in out and out.splitlines()[-1] == "-6"


def test_long_lists_are_cut_short(tmp_path: Path) -> None:
    code, out, _ = emulate("--isa", "arm64", "--trace", "ops", str(ROOT / "examples/sieve.vm3"), "40")
    assert code == 0 and "(cut short)" in out
    assert max(len(line) for line in out.splitlines()) < 300


def test_trace_file_leaves_only_the_result_on_stdout(tmp_path: Path) -> None:
    path = tmp_path / "trace.txt"
    code, out, _ = emulate("--trace", "ops", "--trace-file", str(path), str(ROOT / "examples/gcd.vm3"), "4")
    assert code == 0 and out.splitlines() == ["31"]
    assert LINE.match(path.read_text().splitlines()[0])


def test_trace_of_a_failing_op_ends_with_it(tmp_path: Path) -> None:
    prog = tmp_path / "div.vm3"
    prog.write_text("func main(i64) -> i64\n    ConstI64K i1, 7\n    DivI64 i2, i1, i0\n    ReturnI64 i2\nend\n")
    for isa in ISAS:
        code, out, err = emulate("--isa", isa, "--trace", "ops", str(prog), "0")
        assert code == 1 and "division by zero in main at pc 1" in err
        assert out.splitlines()[-1] == "[1] main pc=1 DivI64 A=i2 B=i1 C=i0 | i1=7 i0=0 (stopped here)"


def test_insns_trace_groups_instructions_under_ops() -> None:
    program = load("fib")
    steps: list[str] = []
    interp.run(program, [3], LIMITS, observer=lambda fi, pc, f: steps.append(f"{program.functions[fi].name} pc={pc}"))
    for isa in ISAS:
        code, out, _ = emulate("--isa", isa, "--trace", "insns", str(ROOT / "examples/fib.vm3"), "3")
        assert code == 0
        lines = out.splitlines()
        assert lines[0] == "jit_entry" and lines[-1] == "2"
        headers = [m for line in lines if (m := LINE.match(line))]
        assert [f"{m[2]} pc={m[3]}" for m in headers] == steps
        insns = [line for line in lines if line.startswith("    0x")]
        assert len(insns) > 5 * len(steps)  # every instruction listed: several per op
        assert all(re.match(r"    0x[0-9a-f]+ \+0x[0-9a-f]{4,}  \S", line) for line in insns)
        assert "main FuncEntry" in lines and "fib pc=2 CallI64 A=i2 B=i1 C=fib (resumed)" in lines
        assert "fib FuncEntry_c" not in lines  # fib is not the entry: its prologue has no instructions


def test_helper_instructions_are_tagged() -> None:
    code, out, _ = emulate("--isa", "x86_64", "--trace", "insns", str(ROOT / "examples/sieve.vm3"), "5")
    assert code == 0 and "[jit_rt_list_new]" in out


@pytest.mark.parametrize(
    ("options", "phrase"),
    [
        (["--trace", "everything"], "--trace takes ops or insns"),
        (["--trace-file", "t.txt"], "--trace-file needs --trace"),
        (["--max-insns", "-1"], "--max-insns must be 0 (no limit) to 18446744073709551615, got -1"),
        (["--max-insns", str(1 << 64)], "to 18446744073709551615, got 18446744073709551616"),
    ],
)
def test_bad_trace_options_exit_2(options: list[str], phrase: str) -> None:
    code, _, err = emulate(*options, str(ROOT / "examples/fib.vm3"), "3")
    assert code == 2 and phrase in err


def test_op_regs_by_kind() -> None:
    program = load("mixed")
    fi = program.index("main")
    assert fi is not None
    code = program.functions[fi].code
    call = next(pc for pc, ins in enumerate(code) if ins.op == Op.CallMixed)
    reads, writes = op_regs(program, code[call])
    assert writes == ()  # the destination is written when the callee returns
    assert reads and all(k == code[call].b + i for i, (_, k) in enumerate(reads))
    fib = load("fib")
    assert op_regs(fib, fib.functions[0].code[0]) == (((Bank.I64, 0),), ())  # a compare reads A
    assert op_regs(fib, fib.functions[0].code[5]) == (((Bank.I64, 2), (Bank.I64, 4)), ((Bank.I64, 2),))


# Ops with no code: a Nop is only the jump the compiler drops, so it starts where the next op starts.


@st.composite
def nop_programs(draw: st.DrawFn) -> Program:
    """main(i64) with forward branches and calls among Nops (so every run ends), and a callee opening with Nops."""
    n = draw(st.integers(2, 12))
    code = []
    for pc in range(n):
        kind = draw(st.sampled_from(["nop", "nop", "add", "cmp", "cmpk", "jump", "call"]))
        target = draw(st.integers(pc + 1, min(pc + 3, n)) | st.integers(pc + 1, n))  # often just past a Nop
        if kind == "nop":
            code.append(Instr(Op.Nop))
        elif kind == "add":
            code.append(Instr(Op.AddI64K, 0, 0, 0, draw(st.integers(-3, 3)) & 0xFFFF))
        elif kind == "cmp":
            code.append(Instr(Op.CmpEqI64Br + draw(st.integers(0, 5)), 0, 0, 1, target))
        elif kind == "cmpk":
            code.append(
                Instr(Op.CmpEqI64KBr + draw(st.integers(0, 5)), 0, 0, draw(st.integers(-2, 2)) & 0xFFFF, target)
            )
        elif kind == "jump":
            code.append(Instr(Op.Jump, c=target))
        else:
            code.append(Instr(Op.CallI64, 0, 1, 0, 1))
    code.append(Instr(Op.ReturnI64, a=0))
    nops = draw(st.integers(0, 3))
    callee = (*[Instr(Op.Nop)] * nops, Instr(Op.AddI64K, 0, 0, 0, 1), Instr(Op.ReturnI64, a=0))
    main = Function("main", (Bank.I64,), Bank.I64, (2, 0, 0), tuple(code))
    program = Program((main, Function("inc", (Bank.I64,), Bank.I64, (1, 0, 0), callee)))
    verify(program)
    return program


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(program=nop_programs(), arg=st.integers(-2, 2))
def test_ops_without_code_are_traced_in_order(program: Program, arg: int) -> None:
    expected = interp_records(program, [arg])
    for isa in ISAS:
        assert emulated_records(program, [arg], isa) == expected


def test_a_branch_over_a_nop_takes_the_right_path() -> None:
    """pc 1 and pc 2 start at the same address: which one ran depends on the branch at pc 0."""
    code = (Instr(Op.CmpEqI64KBr, 0, 0, 0, 2), Instr(Op.Nop), Instr(Op.ReturnI64, a=0))
    program = Program((Function("main", (Bank.I64,), Bank.I64, (1, 0, 0), code),))
    verify(program)
    for arg, pcs in ((0, [0, 2]), (1, [0, 1, 2])):
        for isa in ISAS:
            records = emulated_records(program, [arg], isa)
            assert [r.step.pc for r in records] == pcs
            assert format_record(program, records[-1], None).startswith("[1] main pc=2 ReturnI64 A=i0")  # type: ignore[arg-type]
