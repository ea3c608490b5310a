"""The forms of a kernel (gcc, CPython, a vm3 backend) and how their results are read and compared.

A *form* is one way of running a kernel; each reports the result and the
seconds the kernel itself took, measured inside the process so that start-up
is not charged to it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from jit.bench.kernels import BENCH_DIR, SIZES, Kernel
from jit.errors import InputError, VMError
from jit.program import cell
from jit.program.model import Program
from jit.program.ops import Bank
from jit.vm.limits import DEFAULT_LIMITS
from jit.vm.results import Result

GCC_FLAGS = ("-O2", "-ffp-contract=off")
RUN_TIMEOUT = 600.0  # seconds for one subprocess; a hung kernel is an error, not a hung bench

Value = int | float


class FormError(Exception):
    """One run failed: recorded in the report, never raised out of run_bench."""


class FormUnavailable(Exception):
    """A form cannot run at all on this machine (e.g. no gcc): its columns are skipped."""


@dataclass(frozen=True)
class Sample:
    value: Value
    seconds: float


class Form(Protocol):
    """One way of running the kernels; `name` is its column title."""

    name: str
    sizes: frozenset[str]

    def prepare(self, kernels: Sequence[Kernel], bench_dir: Path, workdir: Path) -> None:
        """Build what the runs need; raise FormUnavailable if this form cannot run here."""
        ...

    def run(self, kernel: Kernel, n: int) -> Sample:
        """One timed run; raise FormError on any failure."""
        ...


def parse_value(text: str) -> Value:
    """A result printed by kernel.c (%.17g or decimal) or by kernel.py (repr)."""
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise FormError(f"result {text!r} is neither an integer nor a float") from None


def same_value(a: Value, b: Value) -> bool:
    """Integers compare exactly; if either side is a float, the two float64 bit patterns must match."""
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    return cell.f64_bits(float(a)) == cell.f64_bits(float(b))


def result_value(result: Result) -> Value:
    """The i64 or f64 a vm3 kernel returned; anything else is a FormError."""
    if not isinstance(result, Result) or result.bank not in (Bank.I64, Bank.F64):
        raise FormError(f"expected an i64 or f64 result, got {result!r}")
    return cell.to_signed64(result.bits) if result.bank is Bank.I64 else cell.bits_f64(result.bits)


def kernel_program(bench_dir: Path, kernel: Kernel) -> Program:
    """kernel.vm3, loaded and verified (InputError if it is not a valid program)."""
    from jit.program.load import load_program
    from jit.program.verify import verify

    program = load_program(bench_dir / kernel.name / "kernel.vm3")
    verify(program)
    return program


def _run_timed_process(argv: Sequence[str]) -> Sample:
    """Run a program that prints "RESULT SECONDS" as its last line."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise FormError(f"timed out after {RUN_TIMEOUT:.0f} s") from None
    except OSError as e:
        raise FormError(f"cannot run {argv[0]}: {e.strerror or e}") from None
    if done.returncode != 0:
        raise FormError(f"exit status {done.returncode}: {done.stderr.strip()[-300:]}")
    lines = done.stdout.strip().splitlines()
    parts = lines[-1].split() if lines else []
    if len(parts) != 2:
        raise FormError(f"expected 'RESULT SECONDS' on the last line, got {done.stdout.strip()[-200:]!r}")
    try:
        seconds = float(parts[1])
    except ValueError:
        raise FormError(f"elapsed time {parts[1]!r} is not a number") from None
    return Sample(parse_value(parts[0]), seconds)


class GccForm:
    """kernel.c compiled by `gcc -O2 -ffp-contract=off`, timed by benchmarks/harness.h."""

    name = "gcc"
    sizes = frozenset(SIZES)

    def __init__(self) -> None:
        self._binaries: dict[str, Path] = {}
        self._failures: dict[str, str] = {}

    def prepare(self, kernels: Sequence[Kernel], bench_dir: Path, workdir: Path) -> None:
        gcc = shutil.which("gcc")
        if gcc is None:
            raise FormUnavailable("gcc not found on PATH")
        for k in kernels:
            out = workdir / f"{k.name}.gcc"
            argv = [gcc, *GCC_FLAGS, "-I", str(bench_dir), str(bench_dir / k.name / "kernel.c"), "-o", str(out), "-lm"]
            try:
                done = subprocess.run(argv, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
            except (OSError, subprocess.TimeoutExpired) as e:
                self._failures[k.name] = f"gcc failed: {e}"
                continue
            if done.returncode != 0:
                self._failures[k.name] = f"gcc failed: {done.stderr.strip()[-500:]}"
            else:
                self._binaries[k.name] = out

    def run(self, kernel: Kernel, n: int) -> Sample:
        if kernel.name in self._failures:
            raise FormError(self._failures[kernel.name])
        return _run_timed_process([str(self._binaries[kernel.name]), str(n)])


class CPythonForm:
    """kernel.py under this same Python, timed by benchmarks/timer.py."""

    name = "CPython"
    sizes = frozenset(SIZES)

    def __init__(self, bench_dir: Path = BENCH_DIR) -> None:
        self._bench_dir = bench_dir

    def prepare(self, kernels: Sequence[Kernel], bench_dir: Path, workdir: Path) -> None:
        self._bench_dir = bench_dir

    def run(self, kernel: Kernel, n: int) -> Sample:
        timer, source = self._bench_dir / "timer.py", self._bench_dir / kernel.name / "kernel.py"
        return _run_timed_process([sys.executable, str(timer), str(source), str(n)])


class Vm3Form:
    """kernel.vm3 on a backend of this build, in-process: only the backend's run phase is timed."""

    def __init__(self, name: str, backend: str, sizes: frozenset[str]) -> None:
        self.name, self.backend, self.sizes = name, backend, sizes
        self._programs: dict[str, Program] = {}
        self._failures: dict[str, str] = {}

    def prepare(self, kernels: Sequence[Kernel], bench_dir: Path, workdir: Path) -> None:
        from jit.machine.backends import resolve

        try:
            resolve(self.backend, None)
        except InputError as e:
            raise FormUnavailable(str(e)) from None
        for k in kernels:
            try:
                self._programs[k.name] = kernel_program(bench_dir, k)
            except InputError as e:
                self._failures[k.name] = str(e)

    def run(self, kernel: Kernel, n: int) -> Sample:
        from jit.machine.backends import run_program
        from jit.program.verify import parse_entry_args

        if kernel.name in self._failures:
            raise FormError(self._failures[kernel.name])
        program = self._programs[kernel.name]
        try:
            args = parse_entry_args(program, [str(n)])
            outcome = run_program(program, args, backend=self.backend, isa=None, limits=DEFAULT_LIMITS)
        except (InputError, VMError) as e:
            raise FormError(str(e)) from None
        value = result_value(outcome.result)
        if "run" not in outcome.timings:
            raise FormError(f"backend {self.backend} reported no run phase (timings: {sorted(outcome.timings)})")
        return Sample(value, outcome.timings["run"])


def default_forms() -> list[Form]:
    """The forms of this build, in column order."""
    return [
        GccForm(),
        CPythonForm(),
        Vm3Form("interp", "interp", frozenset({"interp"})),
        Vm3Form("JIT", "native", frozenset({"bench", "interp"})),
    ]
