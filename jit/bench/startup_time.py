"""Process start-up: whole processes timed by wall clock, each after one untimed run that warms the caches."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jit.bench.forms import RUN_TIMEOUT, FormError
from jit.bench.kernels import BENCH_DIR, Progress


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
