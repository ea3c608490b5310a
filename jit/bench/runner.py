"""`run_bench`: every measure of the bench in one report, which collects failures instead of raising them."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jit.bench.compile_speed import COMPILE_SIZES, COMPILE_SIZES_QUICK, CompileTiming, measure_compile
from jit.bench.emulation_speed import EmulationTiming, emulation_cases, measure_emulation
from jit.bench.forms import CPythonForm, Form, FormError, FormUnavailable, default_forms
from jit.bench.insn_count import count_instructions
from jit.bench.kernel_timing import RATIOS, KernelResult, Ratio, geomean, measure_size
from jit.bench.kernels import BENCH_DIR, SIZES, Progress, select_kernels
from jit.bench.memory_use import BASELINE, C_SIEVE, MemoryUse, build_c_sieve, measure_memory, memory_cases, warm_ups
from jit.bench.startup_time import StartupTiming, measure_startup, startup_cases
from jit.errors import InputError


@dataclass
class BenchReport:
    repeat: int
    quick: bool
    forms: list[str]  # column order of the forms that ran
    kernels: list[KernelResult] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # form -> why it did not run
    startup: list[StartupTiming] = field(default_factory=list)
    compile: list[CompileTiming] = field(default_factory=list)
    emulation: list[EmulationTiming] = field(default_factory=list)
    memory: list[MemoryUse] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def ratios(self) -> list[Ratio]:
        """The ratios whose two forms both ran."""
        return [r for r in RATIOS if r.num in self.forms and r.den in self.forms]

    def geomean(self, r: Ratio) -> float | None:
        return geomean(k.sizes[r.size].ratio(r) for k in self.kernels)

    @property
    def counted(self) -> bool:
        """Whether any kernel has instruction counts (the table then shows their columns)."""
        return any(k.counts is not None for k in self.kernels)

    def counts_geomean(self) -> float | None:
        """The geometric mean over the counted kernels of arm64's instruction count over x86_64's."""
        return geomean(k.counts.ratio for k in self.kernels if k.counts is not None)

    def startup_ratio(self, s: StartupTiming) -> float | None:
        """A warm start-up's median over the first case's (python3 -c pass); None for a cold one."""
        base = self.startup[0].median if self.startup else 0.0
        return s.median / base if not s.cold and base > 0 else None

    def memory_over_baseline(self, m: MemoryUse) -> float | None:
        """MiB of a jit run's peak resident memory above the baseline row's (jit run on tiny.vm3); None for another
        process or without a baseline."""
        base = next((b for b in self.memory if b.label == BASELINE), None)
        return None if base is None or not m.jit else m.peak_mib - base.peak_mib

    def memory_ratio(self, m: MemoryUse) -> float | None:
        """A row's peak over the peak of the row it is compared to (the C sieve); None if either is missing."""
        other = next((o for o in self.memory if m.versus is not None and o.label == m.versus), None)
        return None if other is None else m.peak_bytes / other.peak_bytes


def run_bench(
    quick: bool = False,
    kernels: Sequence[str] | None = None,
    repeat: int = 5,
    forms: Sequence[Form] | None = None,
    bench_dir: Path = BENCH_DIR,
    progress: Progress | None = None,
    startup: bool = True,
    compile_speed: bool = True,
    emulation: bool = True,
    instruction_counts: bool = True,
    memory: bool = True,
) -> BenchReport:
    """Run every form of every kernel `repeat` times (once if quick, at the tiny sizes) and check they agree; then,
    unless turned off: count each kernel's guest instructions on every ISA in one run under Unicorn at its count_n
    (quick_n if quick), time process start-up, the compile phases on generated programs and emulation, and
    measure the peak memory of whole processes (jit.bench.memory_use; tiny sizes if quick).

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
        reference = CPythonForm(bench_dir)
        for kernel in chosen:
            sizes = {
                size: measure_size(kernel, size, kernel.n(size, quick), ready, runs, report.errors, say)
                for size in SIZES
            }
            counts = None
            if instruction_counts:
                n = kernel.n("count", quick)
                counts = count_instructions(kernel, n, reference, report.errors, bench_dir, say)
            report.kernels.append(KernelResult(kernel.name, sizes, counts))
    if startup:
        report.startup = measure_startup(startup_cases(bench_dir), runs, report.errors, say)
    if compile_speed:
        report.compile = measure_compile(COMPILE_SIZES_QUICK if quick else COMPILE_SIZES, runs, say=say)
    if emulation:
        report.emulation = measure_emulation(emulation_cases(quick), runs, report.errors, reference, bench_dir, say)
    if memory:
        report.memory = _measure_memory(quick, bench_dir, report, say)
    return report


def _measure_memory(quick: bool, bench_dir: Path, report: BenchReport, say: Progress) -> list[MemoryUse]:
    """The memory section, one run per case; without gcc the C sieve is skipped (noted in report.skipped)."""
    with tempfile.TemporaryDirectory(prefix="jit-bench-memory-") as tmp:
        c_sieve = None
        try:
            c_sieve = build_c_sieve(bench_dir, Path(tmp))
        except FormUnavailable as e:
            report.skipped[C_SIEVE] = str(e)
        except FormError as e:
            report.errors.append(f"memory {C_SIEVE}: {e}")
        return measure_memory(memory_cases(c_sieve, quick, bench_dir), report.errors, say, warm_ups(bench_dir))
