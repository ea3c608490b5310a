"""Emulation speed: guest instructions per second under Unicorn with tracing off, on each ISA.

Counting instructions needs a hook, and even a Python call per translated
block costs far more than the block itself (runs are about 10x slower with
one). So the count comes from one extra run with jit.bench.insn_count's block
counter; the timed runs have no hook at all: the rate is that exact count (the
code is deterministic) over their median time. The counting run's own rate is
reported too, as the price of the hook. Each timed run is paired with one under
`--max-insns` set to that count (Unicorn counting by itself, in C), which must
still complete: the price of the limit, and a check that it is exact.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jit.bench.forms import Form, FormError, Value, same_value
from jit.bench.insn_count import emulate, on_every_isa
from jit.bench.kernels import BENCH_DIR, Kernel, Progress, select_kernels
from jit.program.model import Program


@dataclass(frozen=True)
class EmulationCase:
    kernel: Kernel
    n: int


EMULATION_N = {"nbody": 8_000, "fib": 28}
"""Kernels measured under Unicorn, at an N that takes about 0.5-1 s there on either ISA (tracing off)."""


def emulation_cases(quick: bool) -> list[EmulationCase]:
    """The kernels of EMULATION_N at their N, or at their quick N."""
    return [EmulationCase(k, k.quick_n if quick else EMULATION_N[k.name]) for k in select_kernels(list(EMULATION_N))]


@dataclass(frozen=True)
class EmulationTiming:
    """One kernel on one ISA: the runs without a hook, and the counting run."""

    kernel: str
    isa: str
    n: int
    value: Value
    instructions: int
    runs: tuple[float, ...]
    counting_seconds: float
    limited_runs: tuple[float, ...] = ()  # under --max-insns `instructions`

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def limited_insns_per_second(self) -> float | None:
        median = statistics.median(self.limited_runs) if self.limited_runs else 0
        return self.instructions / median if median > 0 else None

    @property
    def insns_per_second(self) -> float | None:
        return self.instructions / self.median if self.median > 0 else None

    @property
    def counting_insns_per_second(self) -> float | None:
        return self.instructions / self.counting_seconds if self.counting_seconds > 0 else None


def measure_emulation(
    cases: Sequence[EmulationCase],
    runs: int,
    errors: list[str],
    reference: Form,
    bench_dir: Path = BENCH_DIR,
    say: Progress | None = None,
) -> list[EmulationTiming]:
    """Each case on every ISA: one counting run, then `runs` timed runs; all must agree with `reference`."""
    out: list[EmulationTiming] = []
    for case in cases:
        timed = partial(_measure_isa, case, runs=runs)
        where = f"emulation {case.kernel.name} N={case.n}"
        out += on_every_isa(case.kernel, case.n, where, timed, reference, errors, bench_dir, say).values()
    return out


def _measure_isa(case: EmulationCase, program: Program, isa: str, *, runs: int) -> EmulationTiming:
    """One counting run, then `runs` timed runs without a hook, each paired with one limited to the counted
    instructions; all must return the counting run's value."""
    counting = emulate(program, case.n, isa, count=True)
    instructions = counting.instructions or 0
    free: list[float] = []
    limited: list[float] = []
    for _ in range(runs):
        for limit, seconds_list in ((0, free), (instructions, limited)):  # no limit; the exact count as the limit
            again = emulate(program, case.n, isa, count=False, max_insns=limit)
            if not same_value(again.value, counting.value):
                raise FormError(f"returned {again.value!r} after {counting.value!r}")
            seconds_list.append(again.seconds)
    return EmulationTiming(
        case.kernel.name, isa, case.n, counting.value, instructions, tuple(free), counting.seconds, tuple(limited)
    )
