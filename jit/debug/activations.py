"""Which registers each live activation has written so far, followed from the steps of a run.

A call zeroes only the registers its callee may read before writing them (jit.compiler.dataflow.exposed_reads): the
others keep, in memory, whatever an earlier activation left there until the callee writes them. Their vm3
value is 0 all the same, and that is what the debugger shows for a register not yet written.
"""

from __future__ import annotations

from jit.debug.trace import Step
from jit.program.model import Program
from jit.program.ops import TAIL_CALLS, Bank
from jit.program.regs import Reg, op_writes


class WrittenRegs:
    """Fed every step of a run in order; `written()` is the current activation's written registers."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._writes = [[op_writes(program, ins) for ins in f.code] for f in program.functions]
        self._stack: list[tuple[Step, set[Reg]]] = []  # per depth: the activation's last step and writes so far

    def step(self, step: Step) -> None:
        stack = self._stack
        del stack[step.depth :]  # deeper activations have returned
        if len(stack) == step.depth:  # this activation goes on (or resumes after a call): its last op is done
            last, written = stack[-1]
            if self.program.functions[last.func].code[last.pc].op in TAIL_CALLS:
                written = self._params(step.func)  # a tail call began a new activation in the same windows
            else:
                written.update(self._writes[last.func][last.pc])
            stack[-1] = (step, written)
        else:  # a call (or the run) began a new activation
            stack.append((step, self._params(step.func)))

    def written(self) -> set[Reg]:
        return self._stack[-1][1]

    def _params(self, func: int) -> set[Reg]:
        return {(Bank(bank), k) for k, bank in enumerate(self.program.functions[func].params)}
