"""Peak resident memory: whole `jit run` processes at default limits (and the C sieve), one run each.

The peak is the child's own ru_maxrss, from os.wait4 on its subprocess.Popen: RUSAGE_CHILDREN would be the
maximum over every child the bench ever waited for. Linux also charges a child with the peak of the memory it
was spawned from (fork and vfork share or copy the parent's pages until exec, and exec keeps their high-water
mark), and the bench's own process has run kernels in-process by then. So each measured process is spawned by a
small launcher (a bare `python -I -S`, about 11 MiB) that reports its child's ru_maxrss; no peak below the
launcher's can be seen, and the baseline row (tiny.vm3 on native, about 25 MiB) is well above it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jit.bench.forms import GCC_FLAGS, RUN_TIMEOUT, FormError, FormUnavailable
from jit.bench.kernels import BENCH_DIR, Progress

MIB = 1 << 20

LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
child.returncode = os.waitstatus_to_exitcode(status)
print(usage.ru_maxrss, child.returncode, flush=True)
"""
"""Run argv, then print "MAXRSS_KIB EXIT_STATUS" as the last stdout line (the child's stdout comes first)."""

NATIVE = ("--backend", "native")
EMULATED = {isa: ("--backend", "emulate", "--isa", isa) for isa in ("x86_64", "arm64")}

TEMP_PROGRAMS: dict[str, Callable[[int], int]] = {
    "temp_lists": lambda n: 2 * n,
    "temp_strings": lambda n: 256 * n,
    "temp_maps": lambda n: n * (n - 1) // 2 + 3 * n,
}
"""benchmarks/memory/NAME.vm3: loops of N calls that build a temporary object, and the result each returns."""

TEMP_N = {"native": 10_000_000, "emulated": 1_000_000}
SIEVE_N = 20_000_000
QUICK_N = 1_000
BASELINE = "tiny.vm3"
C_SIEVE = "sieve/kernel.c"


@dataclass(frozen=True)
class MemoryCase:
    """One process to measure. Rows with the same `computes` and N must print the same result, and `expect`
    (if any) is that result; `versus` labels the row whose peak this one is divided by; `jit` says whether it is
    a `jit run` process, whose peak is also shown above the baseline's."""

    label: str
    backend: str
    n: int | None
    argv: tuple[str, ...]
    computes: str
    expect: int | None = None
    versus: str | None = None
    jit: bool = True


@dataclass(frozen=True)
class MemoryUse:
    """A measured case: the result it printed and its peak resident set in bytes."""

    label: str
    backend: str
    n: int | None
    value: int
    peak_bytes: int
    versus: str | None = None
    jit: bool = True

    @property
    def peak_mib(self) -> float:
        return self.peak_bytes / MIB


def memory_cases(c_sieve: Path | None, quick: bool, bench_dir: Path = BENCH_DIR) -> list[MemoryCase]:
    """The baseline first, then the temporary-object loops on native and on each emulated ISA, then the sieves
    on native beside the C sieve (if it was built) at the same N."""
    cases = [MemoryCase(BASELINE, "native", None, jit_run(NATIVE, bench_dir / "tiny.vm3"), "tiny", 42)]
    backends = {"native": (NATIVE, TEMP_N["native"])}
    backends |= {f"emulate {isa}": (flags, TEMP_N["emulated"]) for isa, flags in EMULATED.items()}
    for name, result in TEMP_PROGRAMS.items():
        path = bench_dir / "memory" / f"{name}.vm3"
        for backend, (flags, full_n) in backends.items():
            n = QUICK_N if quick else full_n
            cases.append(MemoryCase(f"{name}.vm3", backend, n, jit_run(flags, path, n), name, result(n)))
    n = QUICK_N if quick else SIEVE_N
    versus = None
    if c_sieve is not None:
        versus = C_SIEVE
        cases.append(MemoryCase(versus, f"gcc {' '.join(GCC_FLAGS)}", n, (str(c_sieve), str(n)), "sieve", jit=False))
    for label, path in (("sieve/kernel.vm3", "sieve/kernel.vm3"), ("pushed_sieve.vm3", "memory/pushed_sieve.vm3")):
        cases.append(MemoryCase(label, "native", n, jit_run(NATIVE, bench_dir / path, n), "sieve", versus=versus))
    return cases


def warm_ups(bench_dir: Path = BENCH_DIR) -> list[tuple[str, ...]]:
    """tiny.vm3 on native and on each emulated ISA: run once unmeasured first, so that no measured run is the
    one that fills the stencil memo (see jit.bench.startup_time)."""
    return [jit_run(flags, bench_dir / "tiny.vm3") for flags in (NATIVE, *EMULATED.values())]


def jit_run(flags: tuple[str, ...], program: Path, n: int | None = None) -> tuple[str, ...]:
    """`python -m jit run FLAGS PROGRAM [N]` under this Python, at default limits."""
    return (sys.executable, "-m", "jit", "run", *flags, str(program), *(() if n is None else (str(n),)))


def build_c_sieve(bench_dir: Path, workdir: Path) -> Path:
    """benchmarks/sieve/kernel.c built as jit.bench.forms.GccForm builds every kernel; FormUnavailable without
    gcc, FormError if it does not compile."""
    gcc = shutil.which("gcc")
    if gcc is None:
        raise FormUnavailable("gcc not found on PATH")
    out = workdir / "sieve-memory.gcc"
    argv = [gcc, *GCC_FLAGS, "-I", str(bench_dir), str(bench_dir / "sieve" / "kernel.c"), "-o", str(out), "-lm"]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise FormError(f"gcc failed: {e}") from None
    if done.returncode != 0:
        raise FormError(f"gcc failed: {done.stderr.strip()[-500:]}")
    return out


def measure_memory(
    cases: Sequence[MemoryCase],
    errors: list[str],
    say: Progress | None = None,
    warm_up: Sequence[Sequence[str]] = (),
) -> list[MemoryUse]:
    """One unmeasured run of each `warm_up` argv, then one measured run of each case; failures and wrong or
    disagreeing results go to `errors`, and a failed case has no row."""
    for argv in warm_up:
        try:
            peak_of(argv)
        except FormError as e:
            errors.append(f"memory warm-up {' '.join(argv[4:])}: {e}")
    out: list[MemoryUse] = []
    for case in cases:
        if say:
            say(f"memory: {_where(case)}")
        try:
            value, peak = peak_of(case.argv)
        except FormError as e:
            errors.append(f"memory {_where(case)}: {e}")
            continue
        if case.expect is not None and value != case.expect:
            errors.append(f"memory {_where(case)}: printed {value}, expected {case.expect}")
            continue
        out.append(MemoryUse(case.label, case.backend, case.n, value, peak, case.versus, case.jit))
    errors.extend(_disagreements(cases, out))
    return out


def _where(case: MemoryCase) -> str:
    return f"{case.label} on {case.backend}" + (f" N={case.n}" if case.n is not None else "")


def _disagreements(cases: Sequence[MemoryCase], uses: Sequence[MemoryUse]) -> list[str]:
    """One error per group of rows (same `computes`, same N) whose results differ."""
    computes = {(c.label, c.backend): c.computes for c in cases}
    groups: dict[tuple[str, int | None], dict[str, int]] = {}
    for u in uses:
        groups.setdefault((computes[u.label, u.backend], u.n), {})[f"{u.label} on {u.backend}"] = u.value
    return [
        f"memory {name} N={n}: OUTPUTS DISAGREE: " + ", ".join(f"{row} {v}" for row, v in values.items())
        for (name, n), values in groups.items()
        if len(set(values.values())) > 1
    ]


def peak_of(argv: Sequence[str]) -> tuple[int, int]:
    """Run argv under the launcher: (the integer at the start of its last stdout line, its peak RSS in bytes).
    A nonzero exit, a timeout (the whole process group is killed) or an unreadable result is a FormError."""
    launcher = (sys.executable, "-I", "-S", "-c", LAUNCHER, *argv)
    with subprocess.Popen(
        launcher, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    ) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise FormError(f"timed out after {RUN_TIMEOUT:.0f} s") from None
    lines = stdout.strip().splitlines()
    try:
        maxrss_kib, status = (int(field) for field in lines[-1].split())
    except (IndexError, ValueError):
        raise FormError(f"the launcher failed: {stderr.strip()[-300:]}") from None
    if status != 0:
        raise FormError(f"exit status {status}: {stderr.strip()[-300:]}")
    output = lines[:-1]  # the measured process's own stdout
    try:
        value = int(output[-1].split()[0])
    except (IndexError, ValueError):
        shown = "\n".join(output)[-200:]
        raise FormError(f"expected an integer result, got {shown!r}") from None
    return value, maxrss_kib * 1024
