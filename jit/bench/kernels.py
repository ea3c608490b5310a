"""The kernels of benchmarks/ and the N each one runs at."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jit.errors import InputError
from jit.resources import data_dir

BENCH_DIR = data_dir("benchmarks")
SIZES = ("bench", "interp")

Progress = Callable[[str], None]
"""What every measurement reports its steps to: one short line each (the CLI prints them on stderr)."""


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
    Kernel("collatz", 500_000, 12_000, 100),
    Kernel("gcd", 2_000, 400, 10),
    Kernel("quicksort", 1_000_000, 25_000, 100),
    Kernel("matmul", 450, 65, 5),
    Kernel("integrate", 30_000_000, 100_000, 100),
)


def select_kernels(names: Sequence[str] | None) -> list[Kernel]:
    """KERNELS, or the named ones in the order given; an unknown name is an InputError."""
    if not names:
        return list(KERNELS)
    by_name = {k.name: k for k in KERNELS}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise InputError(f"unknown kernel(s) {', '.join(unknown)}; choose from {', '.join(by_name)}")
    return [by_name[n] for n in names]
