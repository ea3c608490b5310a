"""Emulation speed: guest instructions per second under Unicorn with tracing off, on each ISA.

Counting instructions needs a hook, and a Python call per translated block
costs far more than the block itself (runs are 10-20x slower with one). So the
count comes from one extra run with a block hook, which only tallies each
block's (address, size); every distinct block is disassembled once at the end.
The timed runs have no hook at all: the rate is that exact count (the code is
deterministic) over their median time. The counting run's own rate is reported
too, as the price of the hook. Each timed run is paired with one under
`--max-insns` set to that count (Unicorn counting by itself, in C), which must
still complete: the price of the limit, and a check that it is exact.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jit.bench.forms import Form, FormError, Value, kernel_program, result_value, same_value
from jit.bench.kernel_timing import disagreement
from jit.bench.kernels import BENCH_DIR, Kernel, Progress, select_kernels
from jit.errors import InputError, VMError
from jit.isa.registry import ISA_NAMES
from jit.machine.emulate import CODE_BASE, Emulation
from jit.program.model import Program
from jit.vm.limits import DEFAULT_LIMITS


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


class BlockCounter:
    """Counts the guest instructions an Emulation runs, with one hook call per block rather than per instruction."""

    def __init__(self, emu: Emulation) -> None:
        from unicorn import UC_HOOK_BLOCK

        self._code = emu.prepared.image.code
        self._cs = emu.isa.capstone()
        self._blocks: Counter[tuple[int, int]] = Counter()
        emu.uc.hook_add(UC_HOOK_BLOCK, self._tally, begin=CODE_BASE, end=CODE_BASE + len(self._code) - 1)

    def _tally(self, uc: object, address: int, size: int, data: object) -> None:
        self._blocks[address, size] += 1

    def instructions(self) -> int:
        """Instructions run so far: each block's instruction count (disassembled once) times its runs."""
        return sum(self._block_length(address, size) * times for (address, size), times in self._blocks.items())

    def _block_length(self, address: int, size: int) -> int:
        offset = address - CODE_BASE
        decoded = list(self._cs.disasm_lite(self._code[offset : offset + size], address))
        if sum(insn[1] for insn in decoded) != size:
            raise FormError(f"Capstone cannot decode the {size}-byte block at image offset 0x{offset:x}")
        return len(decoded)


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
        where = f"emulation {case.kernel.name} N={case.n}"
        try:
            program = kernel_program(bench_dir, case.kernel)
            values = {reference.name: reference.run(case.kernel, case.n).value}
        except (InputError, FormError) as e:
            errors.append(f"{where}: {e}")
            continue
        for isa in ISA_NAMES:
            if say:
                say(f"{where}: {isa}")
            try:
                timing = _measure_isa(case, program, isa, runs)
            except FormError as e:
                errors.append(f"{where}: {isa} failed: {e}")
                continue
            out.append(timing)
            values[isa] = timing.value
        problem = disagreement(values)
        if problem:
            errors.append(f"{where}: {problem}")
    return out


def _measure_isa(case: EmulationCase, program: Program, isa: str, runs: int) -> EmulationTiming:
    value, counting_seconds, instructions = _emulate(program, case.n, isa, count=True)
    free: list[float] = []
    limited: list[float] = []
    for _ in range(runs):
        for limit, seconds_list in ((0, free), (instructions, limited)):  # no limit; the exact count as the limit
            again, seconds, _ = _emulate(program, case.n, isa, count=False, max_insns=limit)
            if not same_value(again, value):
                raise FormError(f"returned {again!r} after {value!r}")
            seconds_list.append(seconds)
    name = case.kernel.name
    return EmulationTiming(name, isa, case.n, value, instructions, tuple(free), counting_seconds, tuple(limited))


def _emulate(program: Program, n: int, isa: str, count: bool, max_insns: int = 0) -> tuple[Value, float, int]:
    """(result, seconds in Unicorn, instructions or 0 when not counted) of one run; FormError on any failure."""
    from jit.machine.prepare import prepare
    from jit.program.verify import parse_entry_args

    try:
        prepared = prepare(program, parse_entry_args(program, [str(n)]), isa, DEFAULT_LIMITS)
    except InputError as e:
        raise FormError(str(e)) from None
    emu = Emulation(prepared, isa)
    try:
        counter = BlockCounter(emu) if count else None
        t0 = time.perf_counter()
        result = emu.run(max_insns)
        seconds = time.perf_counter() - t0
        return result_value(result), seconds, counter.instructions() if counter else 0
    except (VMError, RuntimeError) as e:
        raise FormError(str(e)) from None
    finally:
        emu.close()
