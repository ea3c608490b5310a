"""The example programs: each one verifies, runs on the interpreter, and prints what both its
header comment and an independent Python version of its algorithm (tests/expected.py) say.

A header states README cases as lines `;   jit run examples/NAME.vm3 ARGS   prints RESULT`
(`--` before negative arguments, as on the command line); `benchmark:` lines are not run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import expected
import pytest

from jit.interp.interpreter import run
from jit.program.load import load_program
from jit.program.model import Program
from jit.program.ops import OPS
from jit.program.printer import print_program
from jit.program.text import parse_text
from jit.program.verify import parse_entry_args, verify
from jit.vm.results import format_result

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PATHS = sorted(EXAMPLES.glob("*.vm3"))
CASE_RE = re.compile(r"^;\s+jit run examples/(?P<name>[\w.-]+)\.vm3\s+(?P<args>.*?)\s+prints (?P<result>.*?)\s*$")

REFERENCES: dict[str, Callable[..., str]] = {
    "collatz": expected.collatz,
    "concat": expected.concat,
    "deopt": expected.deopt,
    "fib": expected.fib,
    "fizzbuzz": expected.fizzbuzz,
    "gcd": expected.gcd,
    "mandelbrot": expected.mandelbrot,
    "memo": expected.memo,
    "mixed": expected.mixed,
    "nbody": expected.nbody,
    "pascal": expected.pascal,
    "rings": expected.rings,
    "sieve": expected.sieve,
    "switch": expected.switch,
    "tailsum": expected.tailsum,
}


def header_cases(path: Path) -> list[tuple[list[str], str]]:
    """(command-line args, stated result) for every README case in the file's leading comment."""
    cases = []
    for line in path.read_text().splitlines():
        if not line.startswith(";"):
            break
        m = CASE_RE.match(line)
        if m is None:
            continue
        assert m["name"] == path.stem, f"{path.name}: a header case names {m['name']}.vm3"
        cases.append(([a for a in m["args"].split() if a != "--"], m["result"]))
    return cases


CASES = [(path, args, result) for path in PATHS for args, result in header_cases(path)]


def load_verified(path: Path) -> Program:
    program = load_program(path)
    verify(program)
    return program


def run_text(program: Program, args: list[str]) -> str:
    return format_result(run(program, parse_entry_args(program, args)))


def test_every_example_has_a_reference_and_a_case() -> None:
    assert len(PATHS) >= 10
    assert sorted(p.stem for p in PATHS) == sorted(REFERENCES)
    assert {path.stem for path, _, _ in CASES} == set(REFERENCES)


def test_examples_use_every_opcode() -> None:
    used = {ins.op for path in PATHS for fn in load_program(path).functions for ins in fn.code}
    missing = [info.name for info in OPS if info.code not in used]
    assert missing == [], f"no example uses {', '.join(missing)}"


@pytest.mark.parametrize(("path", "args", "stated"), CASES, ids=[f"{p.stem}-{'_'.join(a)}" for p, a, _ in CASES])
def test_example_prints_stated_and_reference_result(path: Path, args: list[str], stated: str) -> None:
    program = load_verified(path)
    reference = REFERENCES[path.stem](*parse_entry_args(program, args))
    assert reference == stated, f"{path.name} header says {stated!r}, the Python version gives {reference!r}"
    assert run_text(program, args) == stated


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_example_round_trips_through_the_printer(path: Path) -> None:
    program = load_verified(path)
    assert parse_text(print_program(program), f"{path.name} (printed)") == program


def test_fib_benchmark_claims() -> None:
    """fib.vm3's header promises 832040 for 30 (too slow to run here)."""
    program = load_verified(EXAMPLES / "fib.vm3")
    assert [f.name for f in program.functions] == ["fib", "main"]
    assert expected.fib(30) == "832040"
    assert run_text(program, ["20"]) == expected.fib(20) == "6765"


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("collatz", ["1"]),
        ("sieve", ["2"]),
        ("sieve", ["3"]),
        ("memo", ["1"]),
        ("memo", ["2"]),
        ("gcd", ["1"]),
        ("pascal", ["0"]),
        ("tailsum", ["0"]),
        ("deopt", ["16"]),
        ("deopt", ["17"]),
        ("switch", ["5000"]),
        ("mixed", ["3", "-2.5"]),
        ("concat", ["1"]),
    ],
)
def test_example_edge_arguments(name: str, args: list[str]) -> None:
    """Small and boundary arguments take the early exits and guards the README cases skip."""
    program = load_verified(EXAMPLES / f"{name}.vm3")
    assert run_text(program, args) == REFERENCES[name](*parse_entry_args(program, args))
