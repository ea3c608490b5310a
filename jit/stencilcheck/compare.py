"""A case run both ways, and every way in which the machine did differently from the interpreter."""

from __future__ import annotations

from dataclasses import dataclass

from jit.program.ops import TAIL_CALLS
from jit.stencilcheck.case import Case, Observed
from jit.stencilcheck.heapimage import M64
from jit.stencilcheck.machine import machine
from jit.stencilcheck.reference import reference


def differences(case: Case, got: Observed, want: Observed) -> list[str]:
    """What the machine did differently from the interpreter (empty when they agree bit for bit).

    One difference is not one: where a callee's window lay (beyond the frame for a call, the frame itself for a
    tail call, which ended the activation), the interpreter zeroes every register of the callee, the machine only
    those the callee may read before writing (jit.compiler.dataflow). A register there that the machine left
    exactly as it was, where the interpreter has 0, is one of the others."""
    out = [f"outcome: machine {got.outcome}, interpreter {want.outcome}"] if got.outcome != want.outcome else []
    frame = (0, 0, 0) if case.ins.op in TAIL_CALLS else case.program.functions[case.fi].nregs
    for bank, (g, w, before) in enumerate(zip(got.banks, want.banks, case.banks, strict=True)):
        out += [
            f"{'ifc'[bank]}{k}: machine {a:#x}, interpreter {b:#x}"
            for k, (a, b) in enumerate(zip(g, w, strict=True))
            if a != b and not (k >= frame[bank] and b == 0 and a == before[k] & M64)
        ]
    # A run that failed or deoptimised ends: its result is not specified, nor the mark of a region it left open
    # (the compiled pieces open regions only around calls of functions that may allocate, an op's own call
    # stencil around every call).
    ended = want.outcome[0] in ("deopt", "error")
    unspecified = {k: got.ctx[k] for k in ("RESULT", "HEAP_MARK")} if ended else {}
    ctx = want.ctx | unspecified
    out += [f"ctx {k}: machine {got.ctx[k]:#x}, interpreter {v:#x}" for k, v in ctx.items() if got.ctx[k] != v]
    for key in sorted(set(got.objects) | set(want.objects)):
        if got.objects.get(key) != want.objects.get(key):
            out.append(f"{key[0]} at {key[1]}: machine {got.objects.get(key)}, interpreter {want.objects.get(key)}")
    return out + list(got.problems)


@dataclass(frozen=True)
class Comparison:
    """One case on one ISA: what the interpreter and the machine did, and how they differ (empty: agree)."""

    isa: str
    case: Case
    want: Observed
    got: Observed
    differences: tuple[str, ...]

    @property
    def agrees(self) -> bool:
        return not self.differences

    def report(self) -> str:
        """The case (its operands) and every difference, for a failure message."""
        return "\n".join((f"{self.isa}: {self.case.describe()}", *self.differences))


def compare(isa_name: str, case: Case) -> Comparison:
    """Run the case in the interpreter and on the ISA's machine, and compare."""
    want = reference(case)
    got = machine(isa_name).run(case, want.objects)
    return Comparison(isa_name, case, want, got, tuple(differences(case, got, want)))
