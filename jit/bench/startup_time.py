"""Process start-up: whole processes timed by wall clock, warm (after one untimed run) or cold.

A cold run is the first ever: VM3_JIT_CACHE_DIR points at a new empty
directory, so the on-disk stencil memo (jit/stencilset/memo.py) must be rebuilt
by Keystone, and the run must leave it there.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jit.bench.forms import RUN_TIMEOUT, FormError
from jit.bench.kernels import BENCH_DIR, Progress

CACHE_ENV = "VM3_JIT_CACHE_DIR"


@dataclass(frozen=True)
class StartupCase:
    """A whole process; `expect` is its last stdout line, if it has one to check; `cold` as described above."""

    label: str
    argv: tuple[str, ...]
    expect: str | None = None
    cold: bool = False


@dataclass(frozen=True)
class StartupTiming:
    label: str
    runs: tuple[float, ...]
    cold: bool = False

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


def startup_cases(bench_dir: Path = BENCH_DIR) -> list[StartupCase]:
    """A bare interpreter, then `jit run` on a tiny program (which returns 42): on the interpreter and on the
    default backend (native where the host has stencils), warm, and on the default backend cold."""
    from jit.machine.backends import resolve

    tiny = str(bench_dir / "tiny.vm3")
    jit_run = (sys.executable, "-m", "jit", "run")
    default = f"jit run tiny.vm3 (auto: {resolve('auto', None)[0]})"
    return [
        StartupCase("python3 -c pass", (sys.executable, "-c", "pass")),
        StartupCase("jit run --backend interp tiny.vm3", (*jit_run, "--backend", "interp", tiny), "42"),
        StartupCase(default, (*jit_run, tiny), "42"),
        StartupCase(f"{default}, cold", (*jit_run, tiny), "42", cold=True),
    ]


def measure_startup(
    cases: Sequence[StartupCase], runs: int, errors: list[str], say: Progress | None = None
) -> list[StartupTiming]:
    """Median wall-clock time of whole processes; a warm case first runs once untimed to warm the caches."""
    out: list[StartupTiming] = []
    for case in cases:
        if say:
            say(f"start-up: {case.label}")
        try:
            if case.cold:
                times = [_time_cold(case) for _ in range(runs)]
            else:
                times = [_time_process(case, os.environ) for _ in range(runs + 1)][1:]
        except FormError as e:
            errors.append(f"start-up {case.label}: {e}")
            continue
        out.append(StartupTiming(case.label, tuple(times), case.cold))
    return out


def _time_cold(case: StartupCase) -> float:
    """One run with a new empty stencil memo, which the run must have filled."""
    with tempfile.TemporaryDirectory(prefix="jit-bench-cold-") as memo:
        elapsed = _time_process(case, {**os.environ, CACHE_ENV: memo})
        if not any(Path(memo).iterdir()):
            raise FormError(f"the run left {CACHE_ENV} empty: no stencil memo was rebuilt")
    return elapsed


def _time_process(case: StartupCase, env: Mapping[str, str]) -> float:
    t0 = time.perf_counter()
    try:
        done = subprocess.run(case.argv, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False, env=env)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise FormError(str(e)) from None
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise FormError(f"exit status {done.returncode}: {done.stderr.strip()[-300:]}")
    last = (done.stdout.strip().splitlines() or [""])[-1]
    if case.expect is not None and last != case.expect:
        raise FormError(f"printed {last!r}, expected {case.expect!r}")
    return elapsed
