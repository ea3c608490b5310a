"""AOT executables run as `jit run --backend interp` does: every example, random programs (tests/progen.py),
bad options and arguments, runtime errors, deep recursion and a closed stdout, on x86-64 (natively here) and
arm64 (under qemu-aarch64). Output and exit code must be equal; the message on stderr too, but for the
detail the interpreter adds to a runtime error (the native backend leaves it out as well).
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
from aot_tools import ISAS, Ran, assert_same, executable, expected, run_exe, runner
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from progen import Case, cases
from test_examples import CASES

from jit.aot.build import Output, build
from jit.cli.main import plain_run
from jit.compiler.pipeline import compile_program
from jit.program.load import load_program
from jit.program.model import Program
from jit.program.printer import print_program
from jit.program.text import parse_text
from jit.program.verify import CellArg, verify
from jit.vm.heap import Heap
from jit.vm.limits import DEFAULT_LIMITS
from jit.vm.startup import intern_strings

EXAMPLES = sorted({path for path, _, _ in CASES})


def program_of(text: str) -> Program:
    p = parse_text(text, "test.vm3")
    verify(p)
    return p


@pytest.fixture(scope="module", params=ISAS)
def isa(request: pytest.FixtureRequest) -> str:
    runner(request.param)  # skips without qemu
    return request.param


@pytest.fixture(scope="module")
def built(isa: str, tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """Every example's executable for the ISA."""
    tmp = tmp_path_factory.mktemp(f"examples-{isa}")
    return {path: executable(tmp, load_program(path), isa, path.stem) for path in EXAMPLES}


@pytest.mark.parametrize(("path", "args", "stated"), CASES, ids=[f"{p.stem}-{'_'.join(a)}" for p, a, _ in CASES])
def test_examples_print_what_jit_run_prints(isa: str, built: dict[Path, Path], path: Path, args: list[str],
                                            stated: str) -> None:  # fmt: skip
    got = run_exe(built[path], isa, ["--", *args])
    assert_same(got, expected(load_program(path), args))
    assert got.stdout == (stated + "\n").encode()


def expected_for(program: Program, path: Path, args: list[str]) -> Ran | None:
    """What `jit run PATH ARGS` gives, as its typer-free parser (jit.cli.main.plain_run) reads the command
    line; None where that parser hands over to typer (a usage error, --help)."""
    params = plain_run(["run", str(path), *args])
    if params is None:
        return None
    return expected(program, params["args"], params["max_depth"], params["heap_size"])  # type: ignore[arg-type]


@pytest.mark.parametrize("args", [["10"], ["x"], [], ["--max-depth", "3", "10"], ["--heap-size=-1", "1"]])
def test_the_expectation_is_jit_runs(args: list[str]) -> None:
    """aot_tools.expected computes in-process what the real `jit run --backend interp` prints."""
    fib = next(p for p in EXAMPLES if p.stem == "fib")
    done = subprocess.run([sys.executable, "-m", "jit", "run", "--backend", "interp", str(fib), *args],
                          capture_output=True, timeout=120)  # fmt: skip
    want = expected_for(load_program(fib), fib, args)
    assert want is not None
    message = done.stderr.decode().removeprefix("jit: ").removesuffix("\n")
    assert (done.stdout, done.returncode, message) == (want.stdout, want.code, want.message)


@pytest.mark.parametrize("output", list(Output))
def test_the_image_is_the_jits(isa: str, output: Output) -> None:
    """Same code: an executable's or object's text starts with the very image the JIT would run."""
    for path in EXAMPLES:
        program = load_program(path)
        jit_image = compile_program(program, isa, intern_strings(program, Heap(1 << 40)))
        text = build(program, isa, output, DEFAULT_LIMITS, "vm3_").image.sections[0].data
        assert text[: len(jit_image.code)] == jit_image.code, path.name


def _word(arg: object) -> str | bytes:
    """A command-line word that parses back to `arg` (or, for a string, to its bytes but for NULs)."""
    if isinstance(arg, CellArg):
        arg = arg.value
    if isinstance(arg, bytes):
        return arg.replace(b"\0", b"")
    if isinstance(arg, float):
        return repr(arg) if not math.isnan(arg) else "nan"
    return str(arg)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=cases())
def test_random_programs_run_as_jit_run(case: Case, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Limits other than the register-stack size (no jit run option sets it) are given as options."""
    note(print_program(case.program))
    words = [_word(a) for a in case.args]
    options = [f"--max-depth={case.limits.max_depth}", f"--heap-size={case.limits.heap_size}"]
    want = expected(case.program, words, case.limits.max_depth, case.limits.heap_size)
    tmp = tmp_path_factory.mktemp("progen")
    for isa in ISAS:
        got = run_exe(executable(tmp, case.program, isa, f"p-{isa}"), isa, [*options, "--", *words])
        note(f"{isa}: {got}")
        assert_same(got, want)


ECHO = """
func main(cell) -> cell
    ReturnCell c0
end
"""
ADD = """
func main(i64, f64) -> f64
    I64ToF64 f2, i0
    AddF64 f2, f2, f1
    ReturnF64 f2
end
"""


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["1"],
        ["1", "2", "3"],
        ["x", "1"],
        ["1", "y"],
        ["99999999999999999999", "1"],
        ["0x10", "1e400"],
        ["0o17", "-0.0"],
        ["1_000", "-inf"],
        ["\u0663", "\u0661.\u0665"],  # Arabic-Indic digits
        [" 7\u2003", "\u00a02.5 "],  # Unicode spaces around
        ["1" * 4301, "1"],  # more decimal digits than int() takes
        ["'q'", '"q"'],
        ["a'b\"c", "\x07\u2028\udcff"],
        ["--bogus"],
        ["--max-depth"],
        ["--max-depth=0", "1", "2"],
        ["--max-depth", "x", "1", "2"],
        ["--heap-size", "-5", "1", "2"],
        ["--heap-size=1_000", "--max-depth= \u0665 ", "1", "2"],
        ["1", "--max-depth", "7", "2"],
        ["-", "1"],
        ["-5", "1"],
        ["--", "-1", "-2.5"],
        ["--", "--max-depth=3", "1"],
    ],
)
def test_options_and_arguments_as_jit_run_takes_them(isa: str, tmp_path: Path, args: list[str]) -> None:
    """The words as jit run's own parser reads them; where it hands over to typer (a usage error), the exit
    code is what must agree (typer prints its own usage text)."""
    program = program_of(ADD)
    got = run_exe(executable(tmp_path, program, isa), isa, [a.encode("utf-8", "surrogateescape") for a in args])
    want = expected_for(program, tmp_path / "prog", args)
    if want is None:
        assert (got.stdout, got.code) == (b"", 2) and got.message, got
    else:
        assert_same(got, want)


@pytest.mark.parametrize(
    "word", [b"", b"a", b"hello", b"hello world", b"\xff\xfe", b"caf\xc3\xa9", b"\xe2\x82", b"tab\there", b"12", b"1.5"]
)
def test_string_arguments_and_their_printing(isa: str, tmp_path: Path, word: bytes) -> None:
    program = program_of(ECHO)
    assert_same(run_exe(executable(tmp_path, program, isa), isa, ["--", word]), expected(program, [word]))


DEEP = """
func down(i64) -> i64
    CmpEqI64KBr i0, 0, done
    AddI64K i0, i0, -1
    CallI64 i1, i0, down
    AddI64K i1, i1, 1
    ReturnI64 i1
done:
    ReturnConstK 0
end
func main(i64) -> i64
    CallI64 i1, i0, down
    ReturnI64 i1
end
"""


@pytest.mark.parametrize("n", ["99998", "99999", "300000"])
def test_deep_recursion_reaches_the_depth_limit_not_the_machine_stack(isa: str, tmp_path: Path, n: str) -> None:
    program = program_of(DEEP)
    exe = executable(tmp_path, program, isa)
    assert_same(run_exe(exe, isa, [n]), expected(program, [n]))
    assert_same(run_exe(exe, isa, ["--max-depth=400000", n]), expected(program, [n], max_depth=400000))


def test_heap_limits_at_start_up(isa: str, tmp_path: Path) -> None:
    """Constants that do not fit the heap, then a string argument that does not: HEAP_EXHAUSTED at pc 0."""
    program = program_of(
        """
func main(cell) -> cell
    .const str "a string constant"
    ConstStrKW c1, 0
    ConcatStr c1, c1, c0
    ReturnCell c1
end
"""
    )
    exe = executable(tmp_path, program, isa)
    for heap in (0, 24, 40, 64):
        for word in ("x", "a longer argument"):
            got = run_exe(exe, isa, [f"--heap-size={heap}", word])
            assert_same(got, expected(program, [word], heap_size=heap))


def test_a_closed_stdout_ends_quietly_with_exit_1(isa: str, tmp_path: Path) -> None:
    """As `jit run` does on a broken pipe."""
    exe = executable(tmp_path, program_of(ECHO), isa)
    done = subprocess.run(
        f"{' '.join([*runner(isa), str(exe)])} {'x' * 100} | head -c 0", shell=True, capture_output=True, timeout=60
    )
    assert done.stderr == b""
    piped = subprocess.run([*runner(isa), exe, "x"], capture_output=True, timeout=60)
    assert piped.returncode == 0


def test_help(isa: str, tmp_path: Path) -> None:
    got = run_exe(executable(tmp_path, program_of(ADD), isa, "add"), isa, ["--help"])
    assert got.code == 0 and got.message == ""
    usage = "usage: add [--max-depth N] [--heap-size BYTES] [--] ARGS\nruns main(i64, f64) -> f64"
    assert got.stdout.decode().startswith(usage)


@pytest.fixture(scope="module")
def echo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if runner("x86_64"):
        pytest.skip("not an x86-64 host")
    return executable(tmp_path_factory.mktemp("echo"), program_of(ECHO), "x86_64", "echo")


@given(word=st.binary(max_size=12).filter(lambda b: b"\0" not in b))
@settings(max_examples=60, deadline=None)
def test_any_bytes_argument(echo: Path, word: bytes) -> None:
    """x86-64 natively: whatever the bytes, a number or a string, printed as jit run prints it."""
    assert_same(run_exe(echo, "x86_64", ["--", word]), expected(program_of(ECHO), [word]))
