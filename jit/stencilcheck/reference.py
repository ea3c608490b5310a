"""The reference for a case: jit.interp.interpreter's own decoder and loop, entered with the case's registers
and heap, stopped when control leaves the op (to its continuation or its branch target) or the run ends."""

from __future__ import annotations

import copy
from collections.abc import Iterable

from jit.errors import VMError
from jit.interp import interpreter as interp
from jit.program import cell
from jit.stencilcheck.case import Case, Observed, Outcome
from jit.stencilcheck.heapimage import M64, ObjectKey, model_objects
from jit.stencilcheck.vmstate import initial_ctx
from jit.stencilset.header import vm
from jit.vm.heap import Fault, Heap
from jit.vm.limits import Limits


class _Left(Exception):
    """Raised by the observer when control reaches the op's continuation or its branch target."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def reference(case: Case) -> Observed:
    """Run the op in the interpreter (its own decoder and loop, entered with the case's registers and heap)."""
    heap = copy.deepcopy(case.heap)
    ri = [cell.to_signed64(v) for v in case.banks[0]]
    banks = (ri, list(case.banks[1]), list(case.banks[2]))
    fns = [interp._decode(case.program, i, case.strings[i]) for i in range(len(case.program.functions))]
    limits = Limits(max_depth=case.max_depth - case.depth + 1, stack_regs=case.stack_regs, heap_size=heap.size)
    reached = False

    def observe(fi: int, pc: int, frame: interp.FrameView) -> None:
        nonlocal reached
        if fi != case.fi:
            return
        if reached:
            raise _Left("continue" if pc == case.pc + 1 else "target")
        reached = pc == case.pc

    outcome: Outcome
    try:
        result = interp._execute(fns, case.fi, banks, heap, limits, observe)
    except _Left as e:
        outcome = (e.where,)
    except VMError as e:
        names = [f.name for f in case.program.functions]
        outcome = ("error", int(e.kind), names.index(e.func), e.pc)
    else:
        outcome = ("return", result.bits) if result.bank is not None else ("deopt", result.bits & cell.MASK48)
    ctx = initial_ctx(case) | {"HEAP_USED": heap.used, "HEAP_MARK": heap.mark, "HEAP_FLOOR": heap.floor}
    ctx |= _ctx_after(outcome)
    keys = {("list", off) for off in case.heap.lists()} | {("map", off) for off in case.heap.maps()}
    keys |= _handle_objects(heap, banks[2])
    final = tuple(tuple(v & M64 for v in bank) for bank in banks)
    return Observed(outcome, final, model_objects(heap, keys), ctx)


def _handle_objects(heap: Heap, cells: Iterable[int]) -> set[ObjectKey]:
    """The lists and maps that these Cells name (the handles an op just created)."""
    out = set()
    for c in cells:
        if c >> 48 != cell.TAG_HANDLE:
            continue  # not a handle: no heap object (and a wide case has thousands of such registers)
        for kind, of in (("list", heap.list_of), ("map", heap.map_of)):
            try:
                of(c)
            except Fault:
                continue
            out.add((kind, cell.handle_slot(c) * 8))
    return out


def _ctx_after(outcome: Outcome) -> dict[str, int]:
    """The context fields an outcome sets (the result of a failed or deoptimised run is not specified)."""
    if outcome[0] == "return":
        return {"RESULT": outcome[1]}  # type: ignore[dict-item]
    if outcome[0] == "deopt":
        return {"STATUS": vm("STATUS_DEOPT"), "DEOPT_PC": outcome[1]}  # type: ignore[dict-item]
    if outcome[0] == "error":
        _, kind, func, pc = outcome
        return {"STATUS": vm("STATUS_ERROR"), "ERR_KIND": kind, "ERR_FUNC": func, "ERR_PC": pc}  # type: ignore[dict-item]
    return {}
