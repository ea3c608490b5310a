"""`jit emulate` breakpoints, the prompt (from a pipe too), --max-insns and --dump-regs, on both ISAs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from jit.cli.debug import DebugOptions, register
from jit.debug.debugger import parse_breakpoints
from jit.errors import InputError
from jit.interp import interpreter as interp
from jit.machine.emulate import MAX_INSNS
from jit.program.load import load_program
from jit.program.model import Program
from jit.program.verify import verify

ROOT = Path(__file__).resolve().parent.parent
FIB = str(ROOT / "examples" / "fib.vm3")
ISAS = ("x86_64", "arm64")
STOP = re.compile(r"^(breakpoint|stopped) at (\w+) pc=(\d+) .*, depth (\d+)$")


def app() -> typer.Typer:
    a = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    register(a)
    return a


def emulate(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner(mix_stderr=False).invoke(app(), ["emulate", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def stops(out: str) -> list[tuple[str, str, int, int]]:
    return [(m[1], m[2], int(m[3]), int(m[4])) for line in out.splitlines() if (m := STOP.match(line))]


def fib() -> Program:
    program = load_program(FIB)
    verify(program)
    return program


def interp_steps(program: Program, args: list[object]) -> list[tuple[str, int, int, list[int]]]:
    """(function, pc, depth, i64 registers) before each op."""
    steps = []
    interp.run(
        program,
        args,
        observer=lambda fi, pc, f: steps.append((program.functions[fi].name, pc, f.depth, f.regs(0))),  # type: ignore[arg-type]
    )
    return steps


@pytest.mark.parametrize("isa", ISAS)
def test_breakpoints_stop_at_their_pc_with_the_interpreters_registers(isa: str) -> None:
    expected = [s for s in interp_steps(fib(), [4]) if (s[0], s[1]) in {("fib", 7), ("fib", 3), ("main", 1)}]
    code, out, _ = emulate("--isa", isa, "--break", "fib:7", "--break", "fib:3", "--break", "main:1", FIB, "4")
    assert code == 0 and out.splitlines()[-1] == "3"
    assert stops(out) == [("breakpoint", name, pc, depth) for name, pc, depth, _ in expected]
    banks = [line for line in out.splitlines() if line.startswith("  i64:")]
    assert banks == ["  i64:  " + " ".join(f"i{k}={v}" for k, v in enumerate(regs)) for *_, regs in expected]
    assert out.count("  f64:  (none)") == out.count("  cell: (none)") == len(expected)


@pytest.mark.parametrize("isa", ISAS)
def test_breakpoint_on_an_op_without_code(tmp_path: Path, isa: str) -> None:
    prog = tmp_path / "nop.vm3"
    prog.write_text(
        "func main(i64) -> i64\n    CmpEqI64KBr i0, 0, two\n    Nop\ntwo:\n    Nop\n    ReturnI64 i0\nend\n"
    )
    for arg, expected in (("0", [("main", 2), ("main", 3)]), ("1", [("main", 1), ("main", 2), ("main", 3)])):
        code, out, _ = emulate(
            "--isa", isa, "--break", "main:1", "--break", "main:2", "--break", "main:3", str(prog), arg
        )
        assert code == 0
        assert [(name, pc) for _, name, pc, _ in stops(out)] == expected


def test_interactive_prompt_commands() -> None:
    commands = "regs\nnext\nstep\nbogus\nmem 0x100000018 16\nmem 1 8\nmem x\nstep\nnext\ncontinue\n"
    code, out, _ = emulate("--isa", "arm64", "--interactive", "--break", "fib:5", FIB, "3", input=commands)
    assert code == 0 and out.splitlines()[-1] == "2"
    assert stops(out) == [
        ("stopped", "main", 0, 1),  # a prompt starts before the first op
        ("breakpoint", "fib", 5, 3),  # next steps over main's call, but a breakpoint inside still stops
        ("stopped", "fib", 6, 3),
        ("stopped", "fib", 3, 2),  # step follows the return into the caller
        ("stopped", "fib", 4, 2),  # next: over the call at pc 4 ...
        ("breakpoint", "fib", 5, 2),  # ... to pc 5, also a breakpoint
    ]
    assert "(jit) regs\n  i64:  i0=3 i1=0\n" in out
    assert "unknown command 'bogus'" in out
    assert "  0x100000018: 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................\n" in out  # depth 3
    assert "mem: cannot read 8 bytes at 0x1" in out
    assert "usage: mem ADDR LEN" in out


def test_end_of_input_runs_to_the_end() -> None:
    code, out, _ = emulate("--isa", "x86_64", "--interactive", "--break", "fib:0", FIB, "3", input="step\n")
    assert code == 0 and out.splitlines()[-1] == "2"
    assert out.count("(jit) ") == 2  # no prompt after end of input, though breakpoints still print
    assert len(stops(out)) == 1 + 5  # main pc 0, then fib(3), fib(2), fib(1), fib(0), fib(1)


@pytest.mark.parametrize("isa", ISAS)
def test_quit_ends_the_run_without_a_result(isa: str) -> None:
    code, out, err = emulate("--isa", isa, "--interactive", FIB, "3", input="s\ns\nq\n")
    assert code == 1 and "quit at fib pc 1 (no result)" in err
    assert out.rstrip().endswith("(jit) q")


def test_prompt_from_a_real_pipe() -> None:
    script = "import typer, sys; from jit.cli.debug import register; a = typer.Typer(); register(a); a()"
    r = subprocess.run(
        [sys.executable, "-c", script, "emulate", "--isa", "arm64", "--interactive", FIB, "2"],
        input="next\nregs\ncontinue\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    assert "(jit) next\nstopped at main pc=1 ReturnI64 A=i1, depth 1\n(jit) regs\n  i64:  i0=2 i1=1\n" in r.stdout
    assert r.stdout.splitlines()[-1] == "1"


@pytest.mark.parametrize("isa", ISAS)
def test_max_insns_stops_an_infinite_loop_naming_where(tmp_path: Path, isa: str) -> None:
    prog = tmp_path / "loop.vm3"
    prog.write_text(
        "func main(i64) -> i64\ntop:\n    AddI64K i0, i0, 1\n    Nop\n    Jump top\n    ReturnI64 i0\nend\n"
    )
    code, out, err = emulate("--isa", isa, "--max-insns", "100000", str(prog), "0")
    assert code == 1 and out == ""
    m = re.search(r"instruction limit reached in main at pc (\d+): after 100000 instructions", err)
    assert m and int(m[1]) in (0, 1, 2)


def test_max_insns_inside_a_runtime_helper_names_the_op(tmp_path: Path) -> None:
    """The limit may strike inside jit_rt_* code: the message names the vm3 op that called it."""
    prog = tmp_path / "grow.vm3"
    prog.write_text("func main(i64) -> i64\n    NewList c0, 0\ntop:\n    ListPushI64 c0, i0\n    Jump top\nend\n")
    for isa in ISAS:
        for limit in (105, 200, 205):  # these stop inside jit_rt_list_new or jit_rt_list_push
            code, _, err = emulate("--isa", isa, "--max-insns", str(limit), str(prog), "0")
            assert code == 1
            assert re.search(r"in main at pc [01]: after", err), err


def test_max_insns_large_enough_changes_nothing() -> None:
    assert emulate("--max-insns", "100000", FIB, "6")[1].splitlines() == ["8"]
    assert emulate("--max-insns", str(MAX_INSNS), FIB, "6")[1].splitlines() == ["8"]  # the largest count


def instructions(isa: str, program: Program, args: list[str]) -> int:
    """Guest instructions of a whole run, counted block by block (as `jit bench` counts them)."""
    from jit.bench.insn_count import BlockCounter
    from jit.machine.emulate import Emulation
    from jit.machine.prepare import prepare
    from jit.program.verify import parse_entry_args
    from jit.vm.limits import DEFAULT_LIMITS

    emu = Emulation(prepare(program, parse_entry_args(program, args), isa, DEFAULT_LIMITS), isa)
    counter = BlockCounter(emu)
    emu.run()
    return counter.instructions()


@pytest.mark.parametrize("isa", ISAS)
def test_max_insns_is_exact(isa: str) -> None:
    """Unicorn's own count: a run of N instructions completes under --max-insns N and stops under N - 1, in
    the entry trampoline's last instruction."""
    n = instructions(isa, fib(), ["7"])
    assert emulate("--isa", isa, "--max-insns", str(n), FIB, "7")[:2] == (0, "13\n")
    code, out, err = emulate("--isa", isa, "--max-insns", str(n - 1), FIB, "7")
    assert (code, out) == (1, "")
    assert f"in main at pc 0: after {n - 1} instructions (in the entry trampoline)" in err


def test_max_insns_alone_runs_without_python_hooks() -> None:
    """A Python call per op is what made --max-insns slow; Unicorn counts by itself."""
    assert not DebugOptions(max_insns=1000).hooks_needed
    assert DebugOptions(max_insns=1000, dump_regs=True).hooks_needed


def test_dump_regs_shows_the_entry_activation_after_tail_calls() -> None:
    code, out, _ = emulate("--isa", "arm64", "--dump-regs", str(ROOT / "examples" / "tailsum.vm3"), "3")
    assert code == 0
    assert out.splitlines() == [
        "registers of the entry activation (sum, depth 1) at the end:",
        "  i64:  i0=0 i1=6",
        "  f64:  (none)",
        "  cell: (none)",
        "6",
    ]


def test_dump_regs_after_a_runtime_error(tmp_path: Path) -> None:
    prog = tmp_path / "div.vm3"
    prog.write_text("func main(i64) -> i64\n    DivI64K i1, i0, 0\n    ReturnI64 i1\nend\n")
    code, out, err = emulate("--isa", "x86_64", "--dump-regs", str(prog), "9")
    assert code == 1 and "division by zero in main at pc 0" in err
    assert "  i64:  i0=9 i1=0" in out


@pytest.mark.parametrize(
    ("spec", "phrase"),
    [
        ("fib", "expected FUNC:PC"),
        (":3", "expected FUNC:PC"),
        ("nope:1", "no function named 'nope' (functions: fib, main)"),
        ("fib:x", "pc 'x' is not a number"),
        ("fib:8", "fib has 8 ops, pc 0..7"),
        ("main:-1", "main has 2 ops"),
    ],
)
def test_bad_breakpoints(spec: str, phrase: str) -> None:
    with pytest.raises(InputError, match=re.escape(phrase)):
        parse_breakpoints(fib(), [spec])
    code, _, err = emulate("--break", spec, FIB, "3")
    assert code == 2 and phrase in err


def test_breakpoint_specs() -> None:
    assert parse_breakpoints(fib(), ["fib:0", "main:0x1", "fib:0"]) == {(0, 0), (1, 1)}


def test_help_lists_the_commands_and_explains_each() -> None:
    code, out, _ = emulate("--isa", "arm64", "--interactive", FIB, "2", input="help\nhelp next\nhelp m\nhelp nope\nc\n")
    assert code == 0 and out.splitlines()[-1] == "1"
    listing = out[out.index("(jit) help\n") : out.index("(jit) help next")]
    for command in ("step", "next", "continue", "regs", "mem", "quit", "help"):
        assert command in listing
    assert "next (n): run to the next op of this activation or a caller's, over calls." in out
    assert "mem ADDR LEN (m): LEN bytes (at most 4096) of emulated memory at ADDR" in out  # help of an alias
    assert "*** No help on nope" in out


def test_an_empty_line_repeats_the_last_command() -> None:
    code, out, _ = emulate("--isa", "x86_64", "--interactive", FIB, "2", input="step\n\n\nc\n")
    assert code == 0
    steps = [("main", 0, 1), ("fib", 0, 2), ("fib", 1, 2), ("fib", 2, 2)]  # step, then two empty lines repeating it
    assert stops(out) == [("stopped", *s) for s in steps]


def test_a_terminal_prompt_has_readline_history_and_editing(tmp_path: Path) -> None:
    """Under a pseudo-terminal the prompt reads with input(): the up arrow brings `regs` back from the history,
    and `stp` becomes `step` by moving left and typing (readline's line editing)."""
    import os
    import pty
    import readline  # noqa: F401  (the host's Python has it: the editing below needs it)
    import select

    keys = [b"regs\r", b"\x1b[A\r", b"stp\x1b[De\r", b"c\r"]  # the up arrow; "stp", left, "e": step
    pid, fd = pty.fork()
    if pid == 0:  # the child: jit emulate on the terminal
        os.execv(sys.executable, [sys.executable, "-m", "jit", "emulate", "--isa", "arm64", "--interactive", FIB, "2"])
    shown = b""
    try:
        for key in keys:
            while not shown.endswith(b"(jit) "):
                ready, _, _ = select.select([fd], [], [], 60)
                assert ready, shown
                shown += os.read(fd, 4096)
            os.write(fd, key)
            shown = shown[:-6] + b"(jit)  "  # this prompt is answered; wait for the next one
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            assert ready, shown
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal: it has ended
                break
            if not chunk:
                break
            shown += chunk
    finally:
        _, status = os.waitpid(pid, 0)
    text = shown.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert text.count("  i64:  i0=2") == 2  # regs, then regs again from the history
    assert "stopped at fib pc=0" in text  # `stp` edited into `step`
    assert text.rstrip().endswith("1")
