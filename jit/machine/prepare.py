"""What the native and emulated backends share: compile, lay out VM memory, decode the outcome."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jit.compiler.image import CodeTooLarge, Image
from jit.compiler.pipeline import compile_program
from jit.machine.vmmemory import MemoryHeap, MemoryPlan, check_status, initial_writes
from jit.program import cell
from jit.program.model import Program
from jit.program.ops import Bank
from jit.vm.limits import DEFAULT_CODE_CACHE_SIZE, Limits
from jit.vm.results import HeapSnapshot, Result, snapshot
from jit.vm.startup import Startup, start


@dataclass
class Prepared:
    """A compiled program with the start-up state of one run."""

    program: Program
    image: Image
    startup: Startup
    plan: MemoryPlan
    limits: Limits
    timings: dict[str, float]

    def memory_writes(self, base: int) -> list[tuple[int, bytes]]:
        return initial_writes(self.plan, base, self.startup, self.image.data, self.limits)

    def outcome(self, read: Callable[[int, int], bytes], raw: int) -> Result:
        """The run's Result from VM memory (read(offset, n)) and the entry's raw return value.

        The Result keeps a copy of the heap objects the value reaches (none for an i64 or f64), so it stays
        printable after the memory is released.
        """
        deopt_pc = check_status(read, self.program)
        if deopt_pc is not None:
            return Result(None, cell.deopt(deopt_pc), HeapSnapshot())
        bank, bits = Bank(self.program.entry_function.result), raw & cell.MASK64
        return Result(bank, bits, snapshot(bank, bits, MemoryHeap(read, self.plan.heap)))

    def entry_windows(self, base: int) -> tuple[int, int, int]:
        """Addresses of the entry activation's ri, rf, rc windows when VM memory (context first) is at base."""
        return (base + self.plan.ri, base + self.plan.rf, base + self.plan.rc)


def prepare(
    program: Program,
    args: Sequence[object],
    isa_name: str,
    limits: Limits,
    code_cache_size: int | None = None,
    host_features: frozenset[str] = frozenset(),
) -> Prepared:
    """Start-up state and compiled image of one run; CodeTooLarge if the image exceeds the code cache.
    `host_features`: what the CPU that runs the code has beyond its ISA (for native runs: jit.machine.hostcpu)."""
    t0 = time.perf_counter()
    st = start(program, args, limits)
    t1 = time.perf_counter()
    image = compile_program(program, isa_name, st.strings, host_features=host_features)
    t2 = time.perf_counter()
    cap = DEFAULT_CODE_CACHE_SIZE if code_cache_size is None else code_cache_size
    if len(image.code) > cap:
        raise CodeTooLarge(f"the {len(image.code)}-byte image exceeds the {cap}-byte code cache")
    plan = MemoryPlan.for_run(len(image.data), limits)
    return Prepared(program, image, st, plan, limits, {"start-up": t1 - t0, "compile": t2 - t1})
