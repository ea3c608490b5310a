"""The benchmark suite: the three forms of every kernel agree, and the runner reports what it measured.

Agreement is checked here without the runner (Python in-process, vm3 through
jit.interp.interpreter, C through gcc when it is installed) at each kernel's quick size and
at the size its header comment states, together with the result stated there.
No test looks at a wall-clock time.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from jit.isa.registry import ISA_NAMES

from jit.bench import format_table, forms, report_json, run_bench
from jit.bench.compile_speed import generate_program, measure_compile
from jit.bench.emulation_speed import EMULATION_N
from jit.bench.forms import GCC_FLAGS, CPythonForm, FormError, Sample, Vm3Form, parse_value, same_value
from jit.bench.kernel_timing import Ratio, measure_size
from jit.bench.kernels import BENCH_DIR, KERNELS, SIZES, Kernel
from jit.bench.memory_use import TEMP_PROGRAMS, memory_cases
from jit.bench.report import QUICK_NOTE
from jit.bench.startup_time import startup_cases
from jit.errors import InputError
from jit.interp.interpreter import run
from jit.machine.backends import available_backends, run_program
from jit.program import cell
from jit.program.load import load_program
from jit.program.ops import Bank
from jit.program.printer import print_program
from jit.program.text import parse_text
from jit.program.verify import parse_entry_args, verify
from jit.vm.limits import DEFAULT_LIMITS

GCC = shutil.which("gcc")
CASE_RE = re.compile(r"^;\s+jit run benchmarks/(?P<name>\w+)/kernel\.vm3\s+(?P<n>\d+)\s+prints (?P<result>\S+)\s*$")


def header_case(kernel: Kernel) -> tuple[int, str]:
    """(N, printed result) of the `jit run` line in the kernel's header comment."""
    for line in (BENCH_DIR / kernel.name / "kernel.vm3").read_text().splitlines():
        m = CASE_RE.match(line)
        if m:
            assert m["name"] == kernel.name
            return int(m["n"]), m["result"]
    raise AssertionError(f"{kernel.name}/kernel.vm3 has no header line 'jit run ... prints ...'")


def python_value(kernel: Kernel, n: int) -> int | float:
    spec = importlib.util.spec_from_file_location(f"bench_{kernel.name}", BENCH_DIR / kernel.name / "kernel.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.kernel(n)


def vm3_value(kernel: Kernel, n: int) -> int | float:
    program = load_program(BENCH_DIR / kernel.name / "kernel.vm3")
    verify(program)
    result = run(program, parse_entry_args(program, [str(n)]))
    assert result.bank in (Bank.I64, Bank.F64)
    return cell.to_signed64(result.bits) if result.bank is Bank.I64 else cell.bits_f64(result.bits)


@pytest.fixture(scope="module")
def c_binaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if GCC is None:
        pytest.skip("gcc is not installed")
    out = tmp_path_factory.mktemp("bench-c")
    binaries = {}
    for k in KERNELS:
        binary = out / k.name
        src = BENCH_DIR / k.name / "kernel.c"
        subprocess.run([GCC, *GCC_FLAGS, "-I", str(BENCH_DIR), str(src), "-o", str(binary), "-lm"], check=True)
        binaries[k.name] = binary
    return binaries


def c_value(binary: Path, n: int) -> int | float:
    done = subprocess.run([str(binary), str(n)], capture_output=True, text=True, check=True)
    result, seconds = done.stdout.split()
    assert float(seconds) >= 0
    return parse_value(result)


def sizes(kernel: Kernel) -> list[int]:
    return [kernel.quick_n, header_case(kernel)[0]]


@pytest.mark.parametrize("kernel", KERNELS, ids=lambda k: k.name)
def test_python_and_vm3_agree_with_the_header(kernel: Kernel) -> None:
    n, stated = header_case(kernel)
    for size in sizes(kernel):
        py, vm = python_value(kernel, size), vm3_value(kernel, size)
        assert same_value(py, vm), f"{kernel.name} N={size}: Python {py!r}, vm3 {vm!r}"
        assert type(py) is type(vm)
        if size == n:
            assert repr(vm) == stated


@pytest.mark.parametrize("kernel", KERNELS, ids=lambda k: k.name)
def test_c_agrees_with_python(kernel: Kernel, c_binaries: dict[str, Path]) -> None:
    for size in sizes(kernel):
        c, py = c_value(c_binaries[kernel.name], size), python_value(kernel, size)
        assert same_value(c, py), f"{kernel.name} N={size}: C {c!r}, Python {py!r}"


def test_kernel_table_matches_the_directories() -> None:
    on_disk = {p.parent.name for p in BENCH_DIR.glob("*/kernel.vm3")}
    assert on_disk == {k.name for k in KERNELS}
    for k in KERNELS:
        assert all((BENCH_DIR / k.name / f"kernel.{ext}").is_file() for ext in ("vm3", "c", "py"))
        assert k.quick_n <= k.interp_n <= k.bench_n
        assert k.quick_n <= k.count_n <= k.bench_n
        assert [k.n(size, quick=False) for size in ("bench", "interp", "count")] == [k.bench_n, k.interp_n, k.count_n]
        assert {k.n(size, quick=True) for size in ("bench", "interp", "count")} == {k.quick_n}


def test_quick_bench_reports_every_kernel_in_agreement() -> None:
    report = run_bench(quick=True)
    assert report.errors == []
    assert report.ok
    assert [k.name for k in report.kernels] == [k.name for k in KERNELS]
    expected_forms = ["gcc", "CPython", "interp"] if GCC else ["CPython", "interp"]
    if "native" in available_backends():
        expected_forms.append("JIT")
    assert report.forms == expected_forms
    for k in report.kernels:
        assert set(k.sizes["bench"].timings) == set(expected_forms) - {"interp"}
        assert set(k.sizes["interp"].timings) == set(expected_forms)
        cpython_interp = Ratio("interp", "CPython", "interp")
        ratio = k.sizes["interp"].ratio(cpython_interp)
        assert ratio is not None and ratio > 0
        kernel = next(kernel for kernel in KERNELS if kernel.name == k.name)
        assert k.counts is not None and k.counts.n == kernel.quick_n
        assert list(k.counts.by_isa) == list(ISA_NAMES) and all(n > 0 for n in k.counts.by_isa.values())
        assert same_value(k.counts.value, k.sizes["bench"].timings["CPython"].value)
    assert report.counts_geomean() is not None
    assert [(s.label, s.cold) for s in report.startup] == [(c.label, c.cold) for c in startup_cases()]
    assert [s.cold for s in report.startup] == [False, False, False, True]
    assert {c.phase for c in report.compile} == {"parse", "verify", "compile x86_64", "compile arm64"}
    assert [(e.kernel, e.isa) for e in report.emulation] == [(k, isa) for k in EMULATION_N for isa in ISA_NAMES]
    for e in report.emulation:
        kernel = next(k for k in KERNELS if k.name == e.kernel)
        assert e.n == kernel.quick_n and e.instructions > 0 and len(e.runs) == 1
        assert same_value(e.value, python_value(kernel, e.n))
    table = format_table(report)
    assert all(k.name in table for k in KERNELS) and "geomean" in table and "ERRORS" not in table
    header = next(line for line in table.splitlines() if line.startswith("kernel"))
    assert header.split()[-7:] == ["N", "(count)", "insns", "x86_64", "insns", "arm64", "arm64/x86_64"]
    assert all(s.label in table for s in report.startup) and "emulation under Unicorn" in table
    assert QUICK_NOTE in table.splitlines()  # the ratios of tiny sizes are labelled a smoke test
    assert QUICK_NOTE not in format_table(dataclasses.replace(report, quick=False))
    doc = json.loads(report_json(report))
    assert doc["ok"] is True and len(doc["kernels"]) == len(KERNELS)
    assert doc["kernels"][0]["sizes"]["interp"]["seconds"]["interp"]["runs"]
    assert all(set(k["instructions"]["by_isa"]) == set(ISA_NAMES) for k in doc["kernels"])
    assert doc["geomean"]["insns arm64/x86_64"] == pytest.approx(report.counts_geomean())
    assert [s["ratio"] is None for s in doc["startup"]] == [False, False, False, True]
    assert len(doc["emulation"]) == len(report.emulation) and doc["emulation"][0]["insns_per_second"] > 0
    cases = memory_cases(Path("c-sieve") if GCC else None, quick=True)
    assert [(m.label, m.backend, m.n) for m in report.memory] == [(c.label, c.backend, c.n) for c in cases]
    assert "memory: peak resident set" in table and all(m.label in table for m in report.memory)
    fields = {"program", "backend", "n", "result", "peak_bytes", "peak_mib", "over_baseline_mib", "versus", "ratio"}
    assert all(set(m) == fields and m["peak_bytes"] > 0 for m in doc["memory"])
    assert doc["memory"][0]["program"] == "tiny.vm3" and doc["memory"][0]["over_baseline_mib"] == 0
    sieves = [m for m in doc["memory"] if m["program"] in ("sieve/kernel.vm3", "pushed_sieve.vm3")]
    assert len(sieves) == 2 and all((m["ratio"] is not None) == bool(GCC) for m in sieves)


MEMORY_CASE_RE = re.compile(
    r"^;\s+jit run benchmarks/memory/(?P<name>\w+)\.vm3\s+(?P<n>\d+)\s+prints (?P<result>\S+)\s*$"
)
MEMORY_PROGRAMS = sorted(p.stem for p in (BENCH_DIR / "memory").glob("*.vm3"))


def memory_program_case(name: str) -> tuple[int, int]:
    """(N, printed result) of the `jit run` line in the header comment of benchmarks/memory/NAME.vm3."""
    for line in (BENCH_DIR / "memory" / f"{name}.vm3").read_text().splitlines():
        m = MEMORY_CASE_RE.match(line)
        if m:
            assert m["name"] == name
            return int(m["n"]), int(m["result"])
    raise AssertionError(f"memory/{name}.vm3 has no header line 'jit run ... prints ...'")


def backend_value(path: Path, n: int, backend: str) -> int:
    program = load_program(path)
    verify(program)
    outcome = run_program(
        program, parse_entry_args(program, [str(n)]), backend=backend, isa=None, limits=DEFAULT_LIMITS
    )
    return forms.result_value(outcome.result)


def test_the_memory_section_runs_every_program_in_benchmarks_memory() -> None:
    on_disk = set(MEMORY_PROGRAMS)
    assert on_disk == {*TEMP_PROGRAMS, "pushed_sieve"}
    measured = {c.argv[-2] for c in memory_cases(None, quick=True) if c.n is not None}
    assert {str(BENCH_DIR / "memory" / f"{name}.vm3") for name in MEMORY_PROGRAMS} <= measured


@pytest.mark.parametrize("name", MEMORY_PROGRAMS)
def test_memory_programs_agree_with_their_header_on_interp_and_native(name: str) -> None:
    n, stated = memory_program_case(name)
    path = BENCH_DIR / "memory" / f"{name}.vm3"
    backends = ["interp", "native"] if "native" in available_backends() else ["interp"]
    assert [backend_value(path, n, b) for b in backends] == [stated] * len(backends)
    if name in TEMP_PROGRAMS:
        assert TEMP_PROGRAMS[name](n) == stated
    else:  # pushed_sieve computes what the sieve kernel does
        assert vm3_value(next(k for k in KERNELS if k.name == "sieve"), n) == stated


class WrongForm:
    """Returns the right answer plus one: the runner must call that a disagreement."""

    name = "wrong"
    sizes = frozenset(SIZES)

    def prepare(self, kernels: object, bench_dir: Path, workdir: Path) -> None:
        pass

    def run(self, kernel: Kernel, n: int) -> Sample:
        return Sample(python_value(kernel, n) + 1, 0.001)


class BrokenForm(WrongForm):
    name = "broken"

    def run(self, kernel: Kernel, n: int) -> Sample:
        raise FormError("it broke")


def test_a_disagreement_is_a_loud_error() -> None:
    report = run_bench(
        quick=True,
        kernels=["fib"],
        forms=[CPythonForm(), WrongForm()],
        startup=False,
        compile_speed=False,
        emulation=False,
        instruction_counts=False,
        memory=False,
    )
    assert not report.ok
    assert len(report.errors) == 2  # one per size
    assert all("OUTPUTS DISAGREE" in e and "wrong" in e for e in report.errors)
    assert "ERRORS (2)" in format_table(report)
    assert json.loads(report_json(report))["ok"] is False


def test_a_failing_form_is_reported_and_the_others_still_run() -> None:
    report = run_bench(
        quick=True,
        kernels=["switch"],
        forms=[BrokenForm(), CPythonForm()],
        startup=False,
        compile_speed=False,
        emulation=False,
        instruction_counts=False,
        memory=False,
    )
    assert [e for e in report.errors if "broken failed: it broke" in e]
    assert "CPython" in report.kernels[0].sizes["bench"].timings


def test_missing_gcc_skips_its_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forms.shutil, "which", lambda name: None)
    report = run_bench(
        quick=True,
        kernels=["fib"],
        startup=False,
        compile_speed=False,
        emulation=False,
        instruction_counts=False,
        memory=False,
    )
    assert report.ok
    assert report.skipped == {"gcc": "gcc not found on PATH"}
    assert "gcc" not in report.forms
    assert "gcc: skipped (gcc not found on PATH)" in format_table(report)


def test_a_vm3_runtime_error_is_a_form_error(tmp_path: Path) -> None:
    (tmp_path / "harness.h").write_text("")
    (tmp_path / "fib").mkdir()
    (tmp_path / "fib" / "kernel.vm3").write_text(
        "func main(i64) -> i64\n    DivI64K i1, i0, 0\n    ReturnI64 i1\nend\n"
    )
    form = Vm3Form("interp", "interp", frozenset({"interp"}))
    report = run_bench(
        quick=True,
        kernels=["fib"],
        forms=[form],
        bench_dir=tmp_path,
        startup=False,
        compile_speed=False,
        emulation=False,
        instruction_counts=False,
        memory=False,
    )
    assert len(report.errors) == 1
    assert "interp failed: runtime error: division by zero in main at pc 0" in report.errors[0]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kernels": ["fib", "nope"]}, "unknown kernel(s) nope"),
        ({"repeat": 0}, "--repeat must be at least 1"),
        ({"bench_dir": Path("/nonexistent")}, "does not hold the benchmarks"),
    ],
)
def test_bad_arguments_are_input_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        run_bench(quick=True, **kwargs)  # type: ignore[arg-type]


def test_value_parsing_and_comparison() -> None:
    assert parse_value("-42") == -42 and isinstance(parse_value("-42"), int)
    assert parse_value("-0.00085968929270232111") == -0.0008596892927023211
    assert same_value(2, 2.0) and not same_value(3, 4)
    assert not same_value(0.0, -0.0)  # bits, not ==
    assert same_value(float("nan"), float("nan"))
    with pytest.raises(FormError, match="neither an integer nor a float"):
        parse_value("abc")


@pytest.mark.parametrize("n_ops", [1, 40, 2_500])
def test_generated_programs_verify_run_and_round_trip(n_ops: int) -> None:
    program = generate_program(n_ops)
    verify(program)
    ops = sum(len(f.code) for f in program.functions)
    assert abs(ops - n_ops) <= 16 or n_ops < 16
    assert parse_text(print_program(program)) == program
    first, second = run(program, (7,)), run(program, (7,))
    assert first.bank is Bank.I64 and first.bits == second.bits


def test_compile_speed_counts_ops_and_code_bytes() -> None:
    timings = measure_compile([500], runs=1, phases={"fake": lambda program, text: 4096})
    (t,) = timings
    assert t.phase == "fake" and abs(t.ops - 500) <= 16 and t.code_bytes == 4096
    assert t.bytes_per_second is not None and t.bytes_per_second > 0
    with pytest.raises(InputError, match="at least 1 op"):
        generate_program(0)


class LoggedForm(WrongForm):
    """Right answers, and a shared log of which form ran when."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    def run(self, kernel: Kernel, n: int) -> Sample:
        self.log.append(self.name)
        return Sample(python_value(kernel, n), 0.001)


def test_forms_run_in_interleaved_rounds() -> None:
    """A slow spell of the machine then weighs on every form of a kernel alike."""
    log: list[str] = []
    kernel = next(k for k in KERNELS if k.name == "fib")
    errors: list[str] = []
    forms_ = [LoggedForm("a", log), BrokenForm(), LoggedForm("b", log)]
    result = measure_size(kernel, "bench", kernel.quick_n, forms_, 3, errors, lambda text: None)
    assert log == ["a", "b"] * 3
    assert result.timings["b"].runs == (0.001,) * 3 and "broken" not in result.timings
    assert errors == [f"fib N={kernel.quick_n}: broken failed: it broke"]  # reported once, then left out
