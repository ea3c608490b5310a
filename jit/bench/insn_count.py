"""Guest instruction counts: how many instructions the JIT's code for a kernel runs under Unicorn, per ISA.

Counting needs a hook, and a Python call per instruction costs far more than
the instruction (a run with one is 10-20x slower than a run with a hook per
block). So BlockCounter only tallies each translated block's (address, size)
and disassembles every distinct block once at the end: the count is exact, and
a run costs one Python call per executed block.

Two measures use this: the kernel table's instruction columns (every kernel on
every ISA at its `count_n`, see jit.bench.kernels) and emulation_speed's
counting run. The code is deterministic, so one counting run per kernel and
ISA is enough and the counts compare across commits: unlike times, they do not
depend on what else the machine is doing.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from jit.bench.forms import Form, FormError, Value, kernel_program, result_value
from jit.bench.kernel_timing import disagreement
from jit.bench.kernels import BENCH_DIR, Kernel, Progress
from jit.errors import InputError, VMError
from jit.isa.registry import ISA_NAMES
from jit.machine.emulate import CODE_BASE, Emulation
from jit.program.model import Program
from jit.vm.limits import DEFAULT_LIMITS

RATIO_ISAS = ("arm64", "x86_64")
"""(numerator, denominator) of the instruction ratio the table shows: arm64's count over x86_64's."""
RATIO_LABEL = "/".join(RATIO_ISAS)


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


@dataclass(frozen=True)
class EmulatedRun:
    """One run of a kernel under Unicorn: its result, the seconds Unicorn took, and the instructions if counted."""

    value: Value
    seconds: float
    instructions: int | None


def emulate(program: Program, n: int, isa: str, count: bool, max_insns: int = 0) -> EmulatedRun:
    """Run `program`'s entry on N under Unicorn for `isa`, with a BlockCounter if `count` and Unicorn's own
    instruction limit if `max_insns` (0: none); FormError on any failure."""
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
        return EmulatedRun(result_value(result), seconds, counter.instructions() if counter else None)
    except (VMError, RuntimeError) as e:
        raise FormError(str(e)) from None
    finally:
        emu.close()


class HasValue(Protocol):
    """What on_every_isa checks of each measure: the kernel's result."""

    @property
    def value(self) -> Value: ...


Measured = TypeVar("Measured", bound=HasValue)


def on_every_isa(
    kernel: Kernel,
    n: int,
    where: str,
    measure: Callable[[Program, str], Measured],
    reference: Form,
    errors: list[str],
    bench_dir: Path = BENCH_DIR,
    say: Progress | None = None,
) -> dict[str, Measured]:
    """`measure(program, isa)` of the kernel's vm3 form on every ISA (in ISA_NAMES order), each value checked against
    what `reference` returns at the same N, so that a count or a rate is never reported without its code's result
    having been checked.

    Failures and disagreements go to `errors`, each starting with `where`; an ISA that failed is left out.
    """
    try:
        program = kernel_program(bench_dir, kernel)
        values = {reference.name: reference.run(kernel, n).value}
    except (InputError, FormError) as e:
        errors.append(f"{where}: {e}")
        return {}
    out: dict[str, Measured] = {}
    for isa in ISA_NAMES:
        if say:
            say(f"{where}: {isa}")
        try:
            measured = measure(program, isa)
        except FormError as e:
            errors.append(f"{where}: {isa} failed: {e}")
            continue
        out[isa] = measured
        values[isa] = measured.value
    problem = disagreement(values)
    if problem:
        errors.append(f"{where}: {problem}")
    return out


@dataclass(frozen=True)
class InstructionCounts:
    """A kernel's guest instructions on every ISA at one N, and the result those runs returned."""

    n: int
    value: Value
    by_isa: dict[str, int]

    @property
    def ratio(self) -> float | None:
        """arm64's count over x86_64's (RATIO_ISAS): how many more instructions the arm64 code runs."""
        num, den = (self.by_isa.get(isa) for isa in RATIO_ISAS)
        return num / den if num is not None and den else None


def count_instructions(
    kernel: Kernel,
    n: int,
    reference: Form,
    errors: list[str],
    bench_dir: Path = BENCH_DIR,
    say: Progress | None = None,
) -> InstructionCounts | None:
    """One counting run of the kernel on every ISA at N. None if any run failed or any result was wrong (the reason
    is in errors): a count is shown only for code whose result agreed with the reference."""

    def counted(program: Program, isa: str) -> EmulatedRun:
        return emulate(program, n, isa, count=True)

    before = len(errors)
    runs = on_every_isa(kernel, n, f"{kernel.name} N={n}: instructions", counted, reference, errors, bench_dir, say)
    if len(errors) > before:
        return None
    value = runs[ISA_NAMES[0]].value
    return InstructionCounts(n, value, {isa: run.instructions or 0 for isa, run in runs.items()})
