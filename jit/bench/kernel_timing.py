"""Timing the forms of a kernel at one size, checking that they agree, and the ratios between them.

Forms run at one or both *sizes*: "bench" (gcc takes about 0.05-0.5 s) and
"interp" (small enough for the pure-Python interpreter), so that every ratio
compares two forms at the same N.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jit.bench.forms import Form, FormError, Sample, Value, same_value
from jit.bench.kernels import Kernel, Progress

if TYPE_CHECKING:
    from jit.bench.insn_count import InstructionCounts


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
"""Shown when both forms ran."""


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
    counts: InstructionCounts | None = None  # guest instructions per ISA at count_n; None if not counted


def geomean(values: Iterable[float | None]) -> float | None:
    """The geometric mean of the values that are not None: a kernel whose ratio could not be had is left out."""
    present = [v for v in values if v is not None]
    return math.exp(statistics.fmean(math.log(v) for v in present)) if present else None


def disagreement(values: dict[str, Value]) -> str | None:
    """None when every value is the same (see same_value), else an error naming each value."""
    first = next(iter(values.values()), None)
    if first is None or all(same_value(v, first) for v in values.values()):
        return None
    return "OUTPUTS DISAGREE: " + ", ".join(f"{name} {v!r}" for name, v in values.items())


def measure_size(
    kernel: Kernel, size: str, n: int, forms: Sequence[Form], runs: int, errors: list[str], say: Progress
) -> SizeResult:
    """Run the forms of one size in interleaved rounds (each form once per round, so that a slow spell of the
    machine weighs on every form alike, not on the one that happened to run then), then check that every one
    returned the same value."""
    result = SizeResult(n)
    where = f"{kernel.name} N={n}"
    running = [form for form in forms if size in form.sizes]
    samples_of: dict[str, list[Sample]] = {form.name: [] for form in running}
    for round_no in range(runs):
        for form in list(running):
            say(f"{where}: {form.name}" + (f" (round {round_no + 1} of {runs})" if runs > 1 else ""))
            try:
                samples_of[form.name].append(form.run(kernel, n))
            except FormError as e:
                errors.append(f"{where}: {form.name} failed: {e}")
                running.remove(form)
                del samples_of[form.name]
    for form in forms:
        samples = samples_of.get(form.name)
        if not samples:
            continue
        if any(not same_value(s.value, samples[0].value) for s in samples):
            errors.append(f"{where}: {form.name} returned different results: {[s.value for s in samples]}")
            continue
        result.timings[form.name] = Timing(samples[0].value, tuple(s.seconds for s in samples))
    problem = disagreement({name: t.value for name, t in result.timings.items()})
    if problem:
        errors.append(f"{where}: {problem}")
    return result
