"""The bench's start-up and emulation measures, and how the report shows them.

The instruction counter, and the kernel table's instruction counts, are checked
against a per-instruction hook; the error
paths (a disagreement, a failing run, a cold run that rebuilds nothing) must
land in report.errors. No test looks at a wall-clock time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from jit.isa.registry import ISA_NAMES

from jit.bench import format_table, report_json
from jit.bench.emulation_speed import EMULATION_N, EmulationCase, EmulationTiming, emulation_cases, measure_emulation
from jit.bench.forms import CPythonForm, Sample, Value, kernel_program, result_value
from jit.bench.insn_count import BlockCounter, InstructionCounts, count_instructions
from jit.bench.kernel_timing import KernelResult, SizeResult
from jit.bench.kernels import BENCH_DIR, KERNELS, SIZES, Kernel, select_kernels
from jit.bench.memory_use import MIB, MemoryCase, MemoryUse, measure_memory, memory_cases
from jit.bench.runner import BenchReport
from jit.bench.startup_time import CACHE_ENV, StartupCase, StartupTiming, measure_startup, startup_cases
from jit.machine.backends import resolve
from jit.machine.emulate import CODE_BASE, Emulation
from jit.machine.prepare import prepare
from jit.program.verify import parse_entry_args
from jit.vm.limits import DEFAULT_LIMITS

FIB = select_kernels(["fib"])[0]


class FixedForm:
    """A reference form that always returns `value`."""

    sizes = frozenset({"bench"})

    def __init__(self, name: str, value: Value) -> None:
        self.name, self.value = name, value

    def prepare(self, kernels: object, bench_dir: Path, workdir: Path) -> None:
        pass

    def run(self, kernel: Kernel, n: int) -> Sample:
        return Sample(self.value, 0.001)


def emulation(kernel: Kernel, isa: str, n: int | None = None) -> Emulation:
    """The kernel's vm3 form ready to run under Unicorn at N (default: its quick N)."""
    program = kernel_program(BENCH_DIR, kernel)
    args = parse_entry_args(program, [str(kernel.quick_n if n is None else n)])
    return Emulation(prepare(program, args, isa, DEFAULT_LIMITS), isa)


def per_instruction_hook(emu: Emulation) -> list[int]:
    """A hook on every instruction of the image (the slow, obviously exact count): the list's one item counts them."""
    from unicorn import UC_HOOK_CODE

    seen = [0]

    def each(uc: object, address: int, size: int, data: object) -> None:
        seen[0] += 1

    emu.uc.hook_add(UC_HOOK_CODE, each, begin=CODE_BASE, end=CODE_BASE + len(emu.prepared.image.code) - 1)
    return seen


@pytest.mark.parametrize("isa", ISA_NAMES)
@pytest.mark.parametrize("kernel", [k for k in KERNELS if k.name != "maps"], ids=lambda k: k.name)
def test_block_counts_equal_a_per_instruction_hook(kernel: Kernel, isa: str) -> None:
    """Every kernel but maps, whose checksum over 100,003 keys takes seconds with a per-instruction hook."""
    emu = emulation(kernel, isa)
    counter = BlockCounter(emu)
    seen = per_instruction_hook(emu)
    value = result_value(emu.run())
    assert counter.instructions() == seen[0] > 0
    assert value == CPythonForm().run(kernel, kernel.quick_n).value


def hooked_count(kernel: Kernel, isa: str, n: int) -> int:
    emu = emulation(kernel, isa, n)
    try:
        seen = per_instruction_hook(emu)
        emu.run()
        return seen[0]
    finally:
        emu.close()


@pytest.mark.parametrize(("name", "n"), [("gcd", 6), ("quicksort", 30), ("integrate", 20)])
def test_the_tables_instruction_counts_equal_a_per_instruction_hook(name: str, n: int) -> None:
    """The counting column, through the runner's own function: tail calls, mixed and f64 calls, list ops."""
    (kernel,) = select_kernels([name])
    errors: list[str] = []
    counts = count_instructions(kernel, n, CPythonForm(), errors)
    assert errors == [] and counts is not None
    assert counts.n == n and counts.value == CPythonForm().run(kernel, n).value
    assert counts.by_isa == {isa: hooked_count(kernel, isa, n) for isa in ISA_NAMES}
    assert counts.ratio == counts.by_isa["arm64"] / counts.by_isa["x86_64"]
    again = count_instructions(kernel, n, CPythonForm(), errors)
    assert again == counts  # deterministic: the same counts every run


def test_instruction_counts_of_a_wrong_result_are_not_shown() -> None:
    errors: list[str] = []
    assert count_instructions(FIB, 5, FixedForm("CPython", 6), errors) is None
    shown = ", ".join(f"{isa} 5" for isa in ISA_NAMES)
    assert errors == [f"fib N=5: instructions: OUTPUTS DISAGREE: CPython 6, {shown}"]


def test_instruction_counts_of_a_failing_run_are_not_shown(tmp_path: Path) -> None:
    (tmp_path / "fib").mkdir()
    (tmp_path / "fib" / "kernel.vm3").write_text(
        "func main(i64) -> i64\n    DivI64K i1, i0, 0\n    ReturnI64 i1\nend\n"
    )
    errors: list[str] = []
    assert count_instructions(FIB, 3, FixedForm("CPython", 2), errors, tmp_path) is None
    assert errors == [
        f"fib N=3: instructions: {isa} failed: runtime error: division by zero in main at pc 0" for isa in ISA_NAMES
    ]


def test_report_shows_instruction_counts_and_their_geomean() -> None:
    report = BenchReport(repeat=1, quick=False, forms=[])
    sizes = {size: SizeResult(10) for size in SIZES}
    report.kernels = [
        KernelResult("a", sizes, InstructionCounts(24, 46368, {"x86_64": 1_000, "arm64": 2_000})),
        KernelResult("b", sizes, InstructionCounts(7, 1.5, {"x86_64": 4_000, "arm64": 2_000})),
        KernelResult("c", sizes, None),
    ]
    assert report.counts_geomean() == pytest.approx(1.0)
    rows = [line.split() for line in format_table(report).splitlines()]
    header = next(i for i, row in enumerate(rows) if row[:1] == ["kernel"])
    assert rows[header][-7:] == ["N", "(count)", "insns", "x86_64", "insns", "arm64", "arm64/x86_64"]
    assert rows[header + 1][-4:] == ["24", "1,000", "2,000", "2x"]
    assert rows[header + 2][-4:] == ["7", "4,000", "2,000", "0.5x"]
    assert rows[header + 3][-4:] == ["-", "-", "-", "-"]
    assert rows[header + 4] == ["geomean", "1x"]
    doc = json.loads(report_json(report))
    assert doc["kernels"][0]["instructions"] == {
        "n": 24,
        "result": 46368,
        "by_isa": {"x86_64": 1_000, "arm64": 2_000},
        "ratio": 2.0,
    }
    assert doc["kernels"][2]["instructions"] is None
    assert doc["geomean"]["insns arm64/x86_64"] == pytest.approx(1.0)


def test_without_counts_the_table_has_no_count_columns() -> None:
    report = BenchReport(repeat=1, quick=False, forms=[])
    report.kernels = [KernelResult("a", {size: SizeResult(10) for size in SIZES})]
    assert "insns" not in format_table(report)
    assert "insns arm64/x86_64" not in json.loads(report_json(report))["geomean"]


def test_emulation_cases_are_the_listed_kernels_at_their_sizes() -> None:
    assert [(c.kernel.name, c.n) for c in emulation_cases(quick=False)] == list(EMULATION_N.items())
    assert [c.n for c in emulation_cases(quick=True)] == [c.kernel.quick_n for c in emulation_cases(quick=False)]


def test_emulation_runs_every_isa_and_counts_the_same_instructions_each_time() -> None:
    case = EmulationCase(FIB, FIB.quick_n)
    errors: list[str] = []
    first = measure_emulation([case], 2, errors, FixedForm("CPython", 144))
    second = measure_emulation([case], 1, errors, FixedForm("CPython", 144))
    assert errors == []
    assert [t.isa for t in first] == list(ISA_NAMES)
    assert all(len(t.runs) == 2 and t.value == 144 and t.counting_seconds > 0 for t in first)
    assert all(len(t.limited_runs) == 2 and t.limited_insns_per_second for t in first)  # the exact count completes
    assert [t.instructions for t in first] == [t.instructions for t in second]


def test_an_emulation_disagreeing_with_the_reference_is_a_loud_error() -> None:
    errors: list[str] = []
    timings = measure_emulation([EmulationCase(FIB, FIB.quick_n)], 1, errors, FixedForm("wrong", 145))
    assert len(timings) == len(ISA_NAMES)
    shown = ", ".join(f"{isa} 144" for isa in ISA_NAMES)
    assert errors == [f"emulation fib N=12: OUTPUTS DISAGREE: wrong 145, {shown}"]


def test_an_emulated_runtime_error_is_reported_for_each_isa(tmp_path: Path) -> None:
    (tmp_path / "fib").mkdir()
    divides_by_zero = "func main(i64) -> i64\n    DivI64K i1, i0, 0\n    ReturnI64 i1\nend\n"
    (tmp_path / "fib" / "kernel.vm3").write_text(divides_by_zero)
    errors: list[str] = []
    timings = measure_emulation([EmulationCase(FIB, 3)], 1, errors, FixedForm("CPython", 2), tmp_path)
    assert timings == []
    assert errors == [
        f"emulation fib N=3: {isa} failed: runtime error: division by zero in main at pc 0" for isa in ISA_NAMES
    ]


def test_a_missing_kernel_or_failing_reference_skips_the_case(tmp_path: Path) -> None:
    errors: list[str] = []
    assert measure_emulation([EmulationCase(FIB, 3)], 1, errors, FixedForm("CPython", 2), tmp_path) == []
    assert measure_emulation([EmulationCase(FIB, 3)], 1, errors, CPythonForm(tmp_path)) == []
    assert len(errors) == 2 and all(e.startswith("emulation fib N=3: ") for e in errors)
    assert "kernel.vm3" in errors[0] and "exit status" in errors[1]


def python_case(label: str, code: str, expect: str | None = None, cold: bool = False) -> StartupCase:
    return StartupCase(label, (sys.executable, "-c", code), expect, cold)


def test_cold_runs_each_start_with_a_new_empty_memo_directory_and_must_fill_it() -> None:
    fills_it = python_case(
        "fills it",
        f"import os, pathlib; d = pathlib.Path(os.environ[{CACHE_ENV!r}]); assert not any(d.iterdir());"
        " (d / 'memo').write_text(str(d)); print(42)",
        "42",
        cold=True,
    )
    leaves_it = python_case("leaves it", "pass", cold=True)
    errors: list[str] = []
    timings = measure_startup([fills_it, leaves_it], 2, errors)
    assert [(t.label, t.cold, len(t.runs)) for t in timings] == [("fills it", True, 2)]
    assert errors == [f"start-up leaves it: the run left {CACHE_ENV} empty: no stencil memo was rebuilt"]


def test_start_up_failures_are_errors() -> None:
    errors: list[str] = []
    cases = [python_case("wrong", "print(41)", "42"), python_case("exits", "raise SystemExit(3)")]
    assert measure_startup(cases, 1, errors) == []
    assert errors == ["start-up wrong: printed '41', expected '42'", "start-up exits: exit status 3: "]


def test_start_up_cases_name_the_default_backend() -> None:
    labels = [(c.label, c.cold) for c in startup_cases()]
    default = f"jit run tiny.vm3 (auto: {resolve('auto', None)[0]})"
    assert labels[2:] == [(default, False), (f"{default}, cold", True)]


def test_report_shows_start_up_ratios_and_emulation_rates() -> None:
    report = BenchReport(repeat=2, quick=False, forms=[])
    report.startup = [
        StartupTiming("python3 -c pass", (0.1, 0.1)),
        StartupTiming("jit run tiny.vm3", (0.4, 0.6)),
        StartupTiming("jit run tiny.vm3, cold", (1.0, 1.2), cold=True),
    ]
    report.emulation = [EmulationTiming("fib", "arm64", 28, 317811, 60_000_000, (0.5, 0.7, 0.6), 6.0, (1.2, 1.0))]
    assert [report.startup_ratio(s) for s in report.startup] == [1.0, 5.0, None]
    table = format_table(report).splitlines()
    assert "  jit run tiny.vm3                         0.5000 s  (+0.4000 s over python3 -c pass, 5.00x)" in table
    assert "  jit run tiny.vm3, cold                   1.1000 s  (+1.0000 s over python3 -c pass)" in table
    header = next(i for i, line in enumerate(table) if line.startswith("emulation under Unicorn"))
    assert table[header + 1].split() == [
        *("kernel", "ISA", "N", "instructions", "seconds", "insns/s", "max-insns", "counting", "run")
    ]
    assert table[header + 2].split() == [
        *("fib", "arm64", "28", "60,000,000", "0.6000", "100,000,000/s", "54,545,455/s", "10,000,000/s")
    ]
    doc = json.loads(report_json(report))
    assert [(s["cold"], s["ratio"]) for s in doc["startup"]] == [(False, 1.0), (False, 5.0), (True, None)]
    (e,) = doc["emulation"]
    assert e["instructions"] == 60_000_000 and e["runs"] == [0.5, 0.7, 0.6] and e["result"] == 317811
    assert e["insns_per_second"] == pytest.approx(1e8) and e["counting_insns_per_second"] == pytest.approx(1e7)
    assert e["max_insns_runs"] == [1.2, 1.0] and e["max_insns_insns_per_second"] == pytest.approx(6e7 / 1.1)


def printing(value: str, label: str = "p", computes: str = "g", expect: int | None = None) -> MemoryCase:
    """A case whose process prints `value` (a Python expression) and exits 0."""
    return MemoryCase(label, "python", 3, (sys.executable, "-c", f"print({value})"), computes, expect)


def test_memory_failures_wrong_results_and_disagreements_are_errors() -> None:
    cases = [
        printing("7", "right", expect=7),
        printing("7", "wrong", computes="h", expect=8),
        MemoryCase("exits", "python", 3, (sys.executable, "-c", "raise SystemExit(3)"), "g"),
        printing("'x'", "text"),
        printing("6", "other"),
    ]
    errors: list[str] = []
    uses = measure_memory(cases, errors)
    assert [(u.label, u.value) for u in uses] == [("right", 7), ("other", 6)]
    assert all(u.peak_bytes > 0 for u in uses)
    assert errors == [
        "memory wrong on python N=3: printed 7, expected 8",
        "memory exits on python N=3: exit status 3: ",
        "memory text on python N=3: expected an integer result, got 'x'",
        "memory g N=3: OUTPUTS DISAGREE: right on python 7, other on python 6",
    ]


def test_a_failing_memory_warm_up_is_an_error_and_the_cases_still_run() -> None:
    errors: list[str] = []
    warm_up = [(sys.executable, "-c", "pass", "jit", "run", "x.vm3")]  # prints no result
    assert [u.label for u in measure_memory([printing("1")], errors, warm_up=warm_up)] == ["p"]
    assert len(errors) == 1 and errors[0].startswith("memory warm-up run x.vm3: expected an integer result")


def test_memory_cases_compare_the_sieves_with_c_only_when_it_was_built(tmp_path: Path) -> None:
    with_c = memory_cases(tmp_path / "sieve", quick=False)
    assert [(c.label, c.backend, c.n) for c in with_c if c.label == "temp_lists.vm3"] == [
        ("temp_lists.vm3", "native", 10_000_000),
        ("temp_lists.vm3", "emulate x86_64", 1_000_000),
        ("temp_lists.vm3", "emulate arm64", 1_000_000),
    ]
    sieves = [c for c in with_c if c.computes == "sieve"]
    assert [(c.label, c.n, c.versus, c.jit) for c in sieves] == [
        ("sieve/kernel.c", 20_000_000, None, False),
        ("sieve/kernel.vm3", 20_000_000, "sieve/kernel.c", True),
        ("pushed_sieve.vm3", 20_000_000, "sieve/kernel.c", True),
    ]
    assert sieves[0].argv == (str(tmp_path / "sieve"), "20000000")
    assert [c.label for c in memory_cases(None, quick=True) if c.computes == "sieve"] == [
        "sieve/kernel.vm3",
        "pushed_sieve.vm3",
    ]
    assert {c.n for c in memory_cases(None, quick=True)} == {None, 1_000}


def test_report_shows_peak_memory_above_the_baseline_and_against_c() -> None:
    report = BenchReport(repeat=1, quick=False, forms=[])
    report.memory = [
        MemoryUse("tiny.vm3", "native", None, 42, 25 * MIB),
        MemoryUse("temp_lists.vm3", "native", 10_000_000, 20_000_000, 26 * MIB),
        MemoryUse("sieve/kernel.c", "gcc -O2", 20, 8, 150 * MIB, jit=False),
        MemoryUse("sieve/kernel.vm3", "native", 20, 8, 180 * MIB, "sieve/kernel.c"),
    ]
    table = format_table(report).splitlines()
    header = next(i for i, line in enumerate(table) if line.startswith("memory: peak resident set"))
    rows = [line.split() for line in table[header + 1 : header + 6]]
    assert rows == [
        ["program", "backend", "N", "peak", "MiB", "over", "baseline", "peak", "/", "C"],
        ["tiny.vm3", "native", "-", "25.0", "-", "-"],
        ["temp_lists.vm3", "native", "10,000,000", "26.0", "+1.0", "-"],
        ["sieve/kernel.c", "gcc", "-O2", "20", "150.0", "-", "-"],
        ["sieve/kernel.vm3", "native", "20", "180.0", "+155.0", "1.2x"],
    ]
    doc = json.loads(report_json(report))["memory"]
    assert [(m["over_baseline_mib"], m["ratio"]) for m in doc] == [(0.0, None), (1.0, None), (None, None), (155.0, 1.2)]
    assert doc[1] == {
        "program": "temp_lists.vm3",
        "backend": "native",
        "n": 10_000_000,
        "result": 20_000_000,
        "peak_bytes": 26 * MIB,
        "peak_mib": 26.0,
        "over_baseline_mib": 1.0,
        "versus": None,
        "ratio": None,
    }
