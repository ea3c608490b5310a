"""The reference interpreter's run as Steps over a RegisterFile, like jit.debug.stepper's for the machine code.

The interpreter's observer sees each op before it runs with its activation's frame; InterpRegisters reads the
bank lists and the heap of that frame, so the tools that consume steps (the op trace, the first-divergence
replay) treat the interpreter and the machine code alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from jit.debug.trace import Step
from jit.interp import interpreter as interp
from jit.program import cell
from jit.program.model import Program
from jit.program.ops import Bank
from jit.vm.heap import Heap
from jit.vm.limits import Limits
from jit.vm.results import Result


class InterpRegisters:
    """jit.debug.trace.RegisterFile over the interpreter's bank lists (i64 kept signed there) and heap."""

    def __init__(self) -> None:
        self.banks: tuple[list[int], list[int], list[int]] = ([], [], [])
        self.heap: Heap = Heap(0)  # the run's heap from its first step on

    def reg(self, bank: Bank, index: int) -> int:
        return self.banks[bank][index] & cell.MASK64


def run_stepped(
    program: Program, args: Sequence[object], limits: Limits, regs: InterpRegisters, on_step: Callable[[Step], None]
) -> Result:
    """Run the interpreter, calling on_step before each op with `regs` showing the run's registers and heap."""

    def observe(fi: int, pc: int, frame: interp.FrameView) -> None:
        regs.banks, regs.heap = frame.banks, frame.heap
        on_step(Step(fi, pc, frame.depth, frame.bases))

    return interp.run(program, args, limits, observer=observe)
