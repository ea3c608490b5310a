"""Every way an op can end (continue, branch taken, return, deopt, each runtime error), by name, so that a
check can insist on a case for each of them instead of leaving them to chance."""

from __future__ import annotations

from jit.errors import ErrorKind
from jit.program.ops import CALLS, RETURN_BANK, TAIL_CALLS, Op
from jit.stencilcheck.case import Outcome


def label(outcome: Outcome) -> str:
    """An outcome's name: continue, target, return, deopt, or error:KIND."""
    if outcome[0] == "error":
        return f"error:{ErrorKind(outcome[1]).name}"  # type: ignore[arg-type]
    return str(outcome[0])


_CALL_OUTCOMES = {"deopt", "error:STACK_OVERFLOW", "error:DIV_ZERO"}
_LIST_ACCESS = {"continue", "error:INDEX", "error:WRONG_KIND"}
_SPECIAL = {
    Op.Jump: {"target"},
    Op.Deopt: {"deopt"},
    Op.LenStr: {"continue", "error:WRONG_KIND"},
    Op.ConcatStr: {"continue", "error:WRONG_KIND", "error:HEAP_EXHAUSTED"},
    Op.NewList: {"continue", "error:HEAP_EXHAUSTED"},
    Op.NewMap: {"continue", "error:HEAP_EXHAUSTED"},
    Op.ListLenI64: {"continue", "error:WRONG_KIND"},
    Op.ListPushI64: {"continue", "error:WRONG_KIND", "error:HEAP_EXHAUSTED"},
    Op.MapSetI64I64: {"continue", "error:WRONG_KIND", "error:HEAP_EXHAUSTED"},
    Op.MapGetI64I64: {"continue", "error:WRONG_KIND"},
    Op.LookupI64KW: {"continue", "error:INDEX"},
}


def outcomes(op: Op) -> set[str]:
    """Every way `op` can end (the callee decides a call's deopt or error)."""
    name = op.name
    if name.startswith("Cmp"):
        return {"continue", "target"}
    if name.startswith(("Div", "Mod")) and "F64" not in name:
        return {"continue", "error:DIV_ZERO"}
    if op in CALLS:
        return {"continue"} | _CALL_OUTCOMES
    if op in TAIL_CALLS:
        return {"return"} | _CALL_OUTCOMES
    if op in _SPECIAL:
        return _SPECIAL[op]
    if op in RETURN_BANK:
        return {"return"}
    if name.startswith("List") and ("Get" in name or "Set" in name):
        return _LIST_ACCESS
    return {"continue"}
