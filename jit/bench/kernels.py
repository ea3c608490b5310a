"""The kernels of benchmarks/ and the N each one runs at."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jit.errors import InputError
from jit.resources import data_dir

BENCH_DIR = data_dir("benchmarks")
SIZES = ("bench", "interp")
"""The sizes the forms run at (jit.bench.kernel_timing); "count" (count_n) is the instruction counts' own."""

Progress = Callable[[str], None]
"""What every measurement reports its steps to: one short line each (the CLI prints them on stderr)."""


@dataclass(frozen=True)
class Kernel:
    """A kernel directory under benchmarks/ and the N of each size.

    bench_n: gcc -O2 takes about 0.05-0.15 s there; gcc, CPython and the JIT run at it.
    interp_n: the pure-Python interpreter takes about 1 s there; every form runs at it.
    quick_n: tiny, for `quick` runs and the tests.
    count_n: where the guest instructions of the JIT's code are counted under Unicorn (jit.bench.insn_count):
      one counting run takes at most about 1-2 s per ISA here. It stays the same from commit to commit, so
      that the counts compare across commits; change it only together with the counts it is compared to.
    """

    name: str
    bench_n: int
    interp_n: int
    quick_n: int
    count_n: int

    def n(self, size: str, quick: bool) -> int:
        """The N of a size ("bench", "interp" or "count"), or quick_n for every size in a quick run."""
        if quick:
            return self.quick_n
        return {"bench": self.bench_n, "interp": self.interp_n, "count": self.count_n}[size]


KERNELS: tuple[Kernel, ...] = (
    Kernel("fib", 37, 27, 12, 24),
    Kernel("loops", 300, 90, 6, 60),
    Kernel("sieve", 2_000_000, 30_000, 200, 12_000),
    Kernel("nbody", 600_000, 3_000, 10, 1_000),
    Kernel("mandelbrot", 1_000, 70, 8, 60),
    Kernel("maps", 10_000_000, 300_000, 1_000, 5_000),
    Kernel("strings", 60_000, 4_000, 50, 500),
    Kernel("switch", 20_000_000, 500_000, 200, 150_000),
    Kernel("collatz", 500_000, 12_000, 100, 2_000),
    Kernel("gcd", 2_000, 400, 10, 140),
    Kernel("quicksort", 1_000_000, 25_000, 100, 8_000),
    Kernel("matmul", 450, 65, 5, 50),
    Kernel("integrate", 30_000_000, 100_000, 100, 30_000),
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
