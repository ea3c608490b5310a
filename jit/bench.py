"""`jit bench`: the vm3 kernels of benchmarks/ against gcc -O2, CPython and the reference interpreter.

Every kernel has three forms written to compute the same result bit for bit:
kernel.vm3, kernel.c and kernel.py. A *form* here is one way of running a kernel
(gcc, CPython, a vm3 backend); each reports the result and the seconds the kernel
itself took, measured inside the process so that start-up is not charged to it.
Forms run at one or both *sizes*: "bench" (gcc takes about 0.05-0.5 s) and
"interp" (small enough for the pure-Python interpreter), so that every ratio
compares two forms at the same N. Adding the JIT is one more entry in
`default_forms()`: `Vm3Form("JIT", "native", frozenset({"bench"}))`.

Process start-up is measured on its own (`STARTUP_CASES`), and so is the front
end on large generated programs (`measure_compile`), where the JIT's compile
phase becomes one more entry of `COMPILE_PHASES`.
"""

from __future__ import annotations

import json
import math
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from jit import cell
from jit.errors import InputError, VMError
from jit.ops import Bank, Op
from jit.program import Function, Instr, Program
from jit.resources import data_dir
from jit.settings import DEFAULT_LIMITS

BENCH_DIR = data_dir("benchmarks")
GCC_FLAGS = ("-O2", "-ffp-contract=off")
SIZES = ("bench", "interp")
RUN_TIMEOUT = 600.0  # seconds for one subprocess; a hung kernel is an error, not a hung bench

Value = int | float
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Kernel:
    """A kernel directory under benchmarks/ and the N of each size."""

    name: str
    bench_n: int
    interp_n: int
    quick_n: int  # tiny: for `quick` runs and the tests

    def n(self, size: str, quick: bool) -> int:
        if quick:
            return self.quick_n
        return self.bench_n if size == "bench" else self.interp_n


KERNELS: tuple[Kernel, ...] = (
    Kernel("fib", 37, 27, 12),
    Kernel("loops", 300, 90, 6),
    Kernel("sieve", 2_000_000, 30_000, 200),
    Kernel("nbody", 600_000, 3_000, 10),
    Kernel("mandelbrot", 1_000, 70, 8),
    Kernel("maps", 10_000_000, 300_000, 1_000),
    Kernel("strings", 60_000, 4_000, 50),
    Kernel("switch", 20_000_000, 500_000, 200),
)


class FormError(Exception):
    """One run of one form failed: recorded in the report, never raised out of run_bench."""


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

    def __init__(self) -> None:
        self._bench_dir = BENCH_DIR

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
        from jit.backends import resolve
        from jit.load import load_program
        from jit.verify import verify

        try:
            resolve(self.backend, None)
        except InputError as e:
            raise FormUnavailable(str(e)) from None
        for k in kernels:
            try:
                program = load_program(bench_dir / k.name / "kernel.vm3")
                verify(program)
            except InputError as e:
                self._failures[k.name] = str(e)
            else:
                self._programs[k.name] = program

    def run(self, kernel: Kernel, n: int) -> Sample:
        from jit.backends import run_program
        from jit.values import Result
        from jit.verify import parse_entry_args

        if kernel.name in self._failures:
            raise FormError(self._failures[kernel.name])
        program = self._programs[kernel.name]
        try:
            args = parse_entry_args(program, [str(n)])
            outcome = run_program(program, args, backend=self.backend, isa=None, limits=DEFAULT_LIMITS)
        except (InputError, VMError) as e:
            raise FormError(str(e)) from None
        result = outcome.result
        if not isinstance(result, Result) or result.bank not in (Bank.I64, Bank.F64):
            raise FormError(f"expected an i64 or f64 result, got {result!r}")
        value: Value = cell.to_signed64(result.bits) if result.bank is Bank.I64 else cell.bits_f64(result.bits)
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


# Results


@dataclass(frozen=True)
class Timing:
    """Every run of one form at one size; the result they all returned."""

    value: Value
    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


@dataclass(frozen=True)
class Ratio:
    """time(num) / time(den) at one size: how many times faster den is than num."""

    size: str
    num: str
    den: str

    @property
    def label(self) -> str:
        return f"{self.num}/{self.den}"


RATIOS: tuple[Ratio, ...] = (
    Ratio("bench", "JIT", "gcc"),
    Ratio("bench", "CPython", "JIT"),
    Ratio("bench", "CPython", "gcc"),
    Ratio("interp", "CPython", "interp"),
)
"""Shown when both forms ran: the JIT ones appear once a form named "JIT" exists."""


@dataclass
class SizeResult:
    n: int
    timings: dict[str, Timing] = field(default_factory=dict)  # form name -> its runs (failed forms absent)

    @property
    def value(self) -> Value | None:
        return next((t.value for t in self.timings.values()), None)

    def ratio(self, r: Ratio) -> float | None:
        num, den = self.timings.get(r.num), self.timings.get(r.den)
        if num is None or den is None or num.median <= 0 or den.median <= 0:
            return None
        return num.median / den.median


@dataclass
class KernelResult:
    name: str
    sizes: dict[str, SizeResult]


@dataclass(frozen=True)
class StartupCase:
    """A whole process timed by wall clock; `expect` is its last stdout line, if it has one to check."""

    label: str
    argv: tuple[str, ...]
    expect: str | None = None


@dataclass(frozen=True)
class StartupTiming:
    label: str
    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


@dataclass(frozen=True)
class CompileTiming:
    """One phase over one generated program: median seconds, and machine-code bytes produced (0: none)."""

    phase: str
    ops: int
    seconds: float
    code_bytes: int

    @property
    def ops_per_second(self) -> float | None:
        return self.ops / self.seconds if self.seconds > 0 else None

    @property
    def bytes_per_second(self) -> float | None:
        return self.code_bytes / self.seconds if self.code_bytes and self.seconds > 0 else None


@dataclass
class BenchReport:
    repeat: int
    quick: bool
    forms: list[str]  # column order of the forms that ran
    kernels: list[KernelResult] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # form -> why it did not run
    startup: list[StartupTiming] = field(default_factory=list)
    compile: list[CompileTiming] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def ratios(self) -> list[Ratio]:
        """The ratios whose two forms both ran."""
        return [r for r in RATIOS if r.num in self.forms and r.den in self.forms]

    def geomean(self, r: Ratio) -> float | None:
        values = [v for k in self.kernels if (v := k.sizes[r.size].ratio(r)) is not None]
        return math.exp(statistics.fmean(math.log(v) for v in values)) if values else None


# Running


def select_kernels(names: Sequence[str] | None) -> list[Kernel]:
    """KERNELS, or the named ones in the order given; an unknown name is an InputError."""
    if not names:
        return list(KERNELS)
    by_name = {k.name: k for k in KERNELS}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise InputError(f"unknown kernel(s) {', '.join(unknown)}; choose from {', '.join(by_name)}")
    return [by_name[n] for n in names]


def run_bench(
    quick: bool = False,
    kernels: Sequence[str] | None = None,
    repeat: int = 5,
    forms: Sequence[Form] | None = None,
    bench_dir: Path = BENCH_DIR,
    progress: Progress | None = None,
    startup: bool = True,
    compile_speed: bool = True,
) -> BenchReport:
    """Run every form of every kernel `repeat` times (once if quick, at the tiny sizes) and check they agree;
    then, unless turned off, time process start-up and the compile phases on generated programs.

    Failures and disagreements are collected in report.errors, never raised;
    bad arguments (unknown kernel, repeat < 1, no benchmarks directory) raise InputError.
    """
    if repeat < 1:
        raise InputError(f"--repeat must be at least 1, got {repeat}")
    if not (bench_dir / "harness.h").is_file():
        raise InputError(f"{bench_dir} does not hold the benchmarks (no harness.h)")
    chosen = select_kernels(kernels)
    runs = 1 if quick else repeat
    say = progress or (lambda _msg: None)
    forms = list(default_forms() if forms is None else forms)
    report = BenchReport(repeat=runs, quick=quick, forms=[])
    with tempfile.TemporaryDirectory(prefix="jit-bench-") as tmp:
        ready: list[Form] = []
        for form in forms:
            say(f"preparing {form.name}")
            try:
                form.prepare(chosen, bench_dir, Path(tmp))
            except FormUnavailable as e:
                report.skipped[form.name] = str(e)
            else:
                ready.append(form)
        report.forms = [f.name for f in ready]
        for kernel in chosen:
            sizes = {
                size: _measure(kernel, size, kernel.n(size, quick), ready, runs, report.errors, say) for size in SIZES
            }
            report.kernels.append(KernelResult(kernel.name, sizes))
    if startup:
        report.startup = measure_startup(startup_cases(bench_dir), runs, report.errors, say)
    if compile_speed:
        report.compile = measure_compile(COMPILE_SIZES_QUICK if quick else COMPILE_SIZES, runs, say=say)
    return report


def _measure(
    kernel: Kernel, size: str, n: int, forms: Sequence[Form], runs: int, errors: list[str], say: Progress
) -> SizeResult:
    """Run the forms of one size, then check that every one returned the same value."""
    result = SizeResult(n)
    where = f"{kernel.name} N={n}"
    for form in forms:
        if size not in form.sizes:
            continue
        say(f"{where}: {form.name}")
        try:
            samples = [form.run(kernel, n) for _ in range(runs)]
        except FormError as e:
            errors.append(f"{where}: {form.name} failed: {e}")
            continue
        if any(not same_value(s.value, samples[0].value) for s in samples):
            errors.append(f"{where}: {form.name} returned different results: {[s.value for s in samples]}")
            continue
        result.timings[form.name] = Timing(samples[0].value, tuple(s.seconds for s in samples))
    values = [t.value for t in result.timings.values()]
    if any(not same_value(v, values[0]) for v in values):
        shown = ", ".join(f"{name} {t.value!r}" for name, t in result.timings.items())
        errors.append(f"{where}: OUTPUTS DISAGREE: {shown}")
    return result


# Start-up


def startup_cases(bench_dir: Path = BENCH_DIR) -> list[StartupCase]:
    """Warm start-up of a bare interpreter and of `jit run` on a tiny program (which returns 42)."""
    tiny = str(bench_dir / "tiny.vm3")
    return [
        StartupCase("python3 -c pass", (sys.executable, "-c", "pass")),
        StartupCase(
            "jit run --backend interp tiny.vm3", (sys.executable, "-m", "jit", "run", "--backend", "interp", tiny), "42"
        ),
    ]


def measure_startup(
    cases: Sequence[StartupCase], runs: int, errors: list[str], say: Progress | None = None
) -> list[StartupTiming]:
    """Median wall-clock time of whole processes, each after one untimed run that warms the caches."""
    out: list[StartupTiming] = []
    for case in cases:
        if say:
            say(f"start-up: {case.label}")
        try:
            times = [_time_process(case) for _ in range(runs + 1)][1:]
        except FormError as e:
            errors.append(f"start-up {case.label}: {e}")
            continue
        out.append(StartupTiming(case.label, tuple(times)))
    return out


def _time_process(case: StartupCase) -> float:
    t0 = time.perf_counter()
    try:
        done = subprocess.run(case.argv, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise FormError(str(e)) from None
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise FormError(f"exit status {done.returncode}: {done.stderr.strip()[-300:]}")
    last = (done.stdout.strip().splitlines() or [""])[-1]
    if case.expect is not None and last != case.expect:
        raise FormError(f"printed {last!r}, expected {case.expect!r}")
    return elapsed


# Compile speed on large generated programs

COMPILE_SIZES = (10_000, 100_000)
COMPILE_SIZES_QUICK = (1_000,)
_FUNC_OPS = 1_000  # ops per generated function: well inside the u16 pc range

CompilePhase = Callable[[Program, str], int]
"""Given a verified program and its text, do one phase's work; return machine-code bytes produced (0 for none)."""


def _parse_phase(program: Program, text: str) -> int:
    from jit.text import parse_text

    parse_text(text, "<generated>")
    return 0


def _verify_phase(program: Program, text: str) -> int:
    from jit.verify import verify

    verify(program)
    return 0


def _compile_phase(isa_name: str) -> CompilePhase:
    """Copy-and-patch for one ISA, with every stencil already loaded (the one-time load is not timed)."""
    from jit.compiler import compile_program
    from jit.heap import Heap
    from jit.startup import intern_strings

    def phase(program: Program, text: str) -> int:
        strings = intern_strings(program, Heap(DEFAULT_LIMITS.heap_size))
        return len(compile_program(program, isa_name, strings).code)

    return phase


COMPILE_PHASES: dict[str, CompilePhase] = {
    "parse": _parse_phase,
    "verify": _verify_phase,
    "compile x86_64": _compile_phase("x86_64"),
    "compile arm64": _compile_phase("arm64"),
}
"""What `jit run` does to a program before running it; the JIT's compile phase (stencils already loaded) joins here."""


def generate_program(n_ops: int) -> Program:
    """A valid program of about n_ops ops: functions of about 1,000 ops each, called in a chain by main.

    The op mix is what kernels use: i64 and f64 arithmetic, conversions, a forward
    compare-and-branch, a list push and calls. It terminates and has no runtime error.
    """
    if n_ops < 1:
        raise InputError(f"a generated program needs at least 1 op, got {n_ops}")
    funcs: list[Function] = []
    total = 0
    while total + len(funcs) + 1 < n_ops or not funcs:  # main adds one call per function and a return
        body = _generated_body(min(_FUNC_OPS, max(n_ops - total - len(funcs) - 1, 1)))
        funcs.append(Function(f"g{len(funcs)}", (Bank.I64,), Bank.I64, (5, 3, 1), body))
        total += len(body)
    calls = tuple(Instr(Op.CallI64, a=0, b=0, c=k) for k in range(len(funcs)))
    main = Function("main", (Bank.I64,), Bank.I64, (1, 0, 0), (*calls, Instr(Op.ReturnI64, a=0)))
    return Program((*funcs, main), entry=len(funcs))


def _generated_body(ops: int) -> tuple[Instr, ...]:
    """NewList, then 12-op blocks while they fit, then fold the list length into i0 and return it."""
    code = [Instr(Op.NewList, a=0, c=0)]
    block = 0
    while len(code) + 12 + 3 <= ops:
        pc = len(code)
        code += [
            Instr(Op.AddI64K, a=1, b=0, c=block % 97 + 1),
            Instr(Op.MulI64K, a=2, b=1, c=3),
            Instr(Op.SubI64, a=3, b=2, c=0),
            Instr(Op.CmpLtI64KBr, a=3, b=0, c=pc + 5),  # skip the next op when i3 < 0
            Instr(Op.AddI64, a=0, b=0, c=3),
            Instr(Op.I64ToF64, a=0, b=0),
            Instr(Op.MulF64, a=1, b=0, c=0),
            Instr(Op.AddF64, a=2, b=1, c=0),
            Instr(Op.F64ToI64, a=4, b=2),
            Instr(Op.ModI64K, a=4, b=4, c=1000),
            Instr(Op.ListPushI64, a=0, b=4),
            Instr(Op.AddI64, a=0, b=0, c=4),
        ]
        block += 1
    code += [Instr(Op.ListLenI64, a=1, b=0), Instr(Op.AddI64, a=0, b=0, c=1), Instr(Op.ReturnI64, a=0)]
    return tuple(code)


def measure_compile(
    sizes: Sequence[int],
    runs: int,
    phases: dict[str, CompilePhase] | None = None,
    say: Progress | None = None,
) -> list[CompileTiming]:
    """Median time of each phase over a generated program of each size."""
    from jit.printer import print_program
    from jit.verify import verify

    out: list[CompileTiming] = []
    for n_ops in sizes:
        program = generate_program(n_ops)
        verify(program)
        text = print_program(program)
        ops = sum(len(f.code) for f in program.functions)
        for name, phase in (COMPILE_PHASES if phases is None else phases).items():
            if say:
                say(f"compile speed: {name}, {ops} ops")
            times = []
            code_bytes = phase(program, text)  # untimed: loads the stencils once, as a warm process has them
            for _ in range(runs):
                t0 = time.perf_counter()
                code_bytes = phase(program, text)
                times.append(time.perf_counter() - t0)
            out.append(CompileTiming(name, ops, statistics.median(times), code_bytes))
    return out


# Output


def format_table(report: BenchReport) -> str:
    """The human-readable report: kernel table, geometric means, start-up, compile speed, errors."""
    lines = [
        f"vm3 kernels: median of {report.repeat} run(s), seconds inside the process (start-up not counted)",
        f"gcc {' '.join(GCC_FLAGS)}; CPython {platform.python_version()}" + (" (quick sizes)" if report.quick else ""),
    ]
    lines += [f"{form}: skipped ({why})" for form, why in report.skipped.items()]
    header, rows = _kernel_rows(report)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines.append("")
    for row in [header, *rows]:
        lines.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
    if report.startup:
        lines += ["", f"start-up (whole process, wall clock, median of {report.repeat} warm run(s)):"]
        base = report.startup[0].median
        for s in report.startup:
            extra = f"  (+{s.median - base:.4f} s over {report.startup[0].label})" if s is not report.startup[0] else ""
            lines.append(f"  {s.label:<40} {s.median:.4f} s{extra}")
    if report.compile:
        lines += ["", "compile speed on generated programs (median):"]
        for c in report.compile:
            rate = f"  {c.bytes_per_second:,.0f} code bytes/s" if c.bytes_per_second is not None else ""
            ops_rate = "-" if c.ops_per_second is None else f"{c.ops_per_second:,.0f}"
            lines.append(f"  {c.phase:<10} {c.ops:>8,} ops  {c.seconds:.4f} s  {ops_rate:>12} ops/s{rate}")
    if report.errors:
        lines += ["", f"ERRORS ({len(report.errors)}):"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)


def _kernel_rows(report: BenchReport) -> tuple[list[str], list[list[str]]]:
    """Per size: N, one seconds column per form that runs at that size, then that size's ratios."""
    ratios = report.ratios()
    columns: list[tuple[str, Callable[[KernelResult], str]]] = []
    for size in SIZES:
        columns.append((f"N ({size})", lambda k, size=size: f"{k.sizes[size].n:,}"))
        for form in report.forms:
            if any(form in k.sizes[size].timings for k in report.kernels):
                columns.append((f"{form} s", lambda k, size=size, form=form: _seconds(k.sizes[size].timings.get(form))))
        for r in ratios:
            if r.size == size:
                columns.append((r.label, lambda k, r=r: _times(k.sizes[r.size].ratio(r))))
    header = ["kernel"] + [title for title, _ in columns]
    rows = [[k.name] + [cell_of(k) for _, cell_of in columns] for k in report.kernels]
    geo = ["geomean"] + [""] * len(columns)
    for i, (title, _) in enumerate(columns):
        r = next((r for r in ratios if r.label == title), None)
        if r is not None:
            geo[i + 1] = _times(report.geomean(r))
    return header, [*rows, geo]


def _seconds(t: Timing | None) -> str:
    return "-" if t is None else f"{t.median:.4f}"


def _times(x: float | None) -> str:
    return "-" if x is None else f"{x:.3g}x"


def report_json(report: BenchReport) -> str:
    """The whole report as JSON: every run, not only medians."""
    kernels = []
    for k in report.kernels:
        sizes = {}
        for size, s in k.sizes.items():
            sizes[size] = {
                "n": s.n,
                "result": s.value,
                "seconds": {name: {"median": t.median, "runs": list(t.runs)} for name, t in s.timings.items()},
                "ratios": {r.label: s.ratio(r) for r in report.ratios() if r.size == size},
            }
        kernels.append({"name": k.name, "sizes": sizes})
    doc = {
        "repeat": report.repeat,
        "quick": report.quick,
        "python": platform.python_version(),
        "gcc_flags": list(GCC_FLAGS),
        "forms": report.forms,
        "skipped": report.skipped,
        "kernels": kernels,
        "geomean": {r.label: report.geomean(r) for r in report.ratios()},
        "startup": [{"label": s.label, "median": s.median, "runs": list(s.runs)} for s in report.startup],
        "compile": [
            {
                "phase": c.phase,
                "ops": c.ops,
                "seconds": c.seconds,
                "ops_per_second": c.ops_per_second,
                "code_bytes": c.code_bytes,
            }
            for c in report.compile
        ],
        "errors": report.errors,
        "ok": report.ok,
    }
    return json.dumps(doc, indent=2)
