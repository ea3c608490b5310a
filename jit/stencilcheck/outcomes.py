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


def outcome_text(outcome: Outcome, names: list[str]) -> str:
    """An outcome as a person reads it; `names` are the case's function names (an error names one)."""
    what = outcome[0]
    if what == "continue":
        return "continue (to the next op)"
    if what == "target":
        return "branch taken"
    if what == "return":
        return f"return {outcome[1]:#x}"
    if what == "deopt":
        return f"deopt at pc {outcome[1]}"
    if what == "error":
        _, kind, func, pc = outcome
        kind_name = ErrorKind(kind).name if kind in ErrorKind._value2member_map_ else f"kind {kind}"
        func_name = names[func] if isinstance(func, int) and 0 <= func < len(names) else f"function {func}"
        return f"error {kind_name} in {func_name} pc {pc}"
    if what == "stopped":
        return f"stopped at {outcome[1]} (not at a continuation, target or return)"
    return f"fault: {outcome[1]}"
