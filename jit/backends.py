"""Choosing and running a backend: the one place that knows which backends this build has."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from jit.errors import InputError
from jit.program import Program
from jit.settings import Limits


@dataclass
class Outcome:
    result: object  # jit.interp.Result or a backend's equivalent, printable by jit.values
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds

    def timing_text(self) -> str:
        return "; ".join(f"{k} {1e3 * v:.3f} ms" for k, v in self.timings.items())


def _run_interp(program: Program, args: Sequence[object], isa: str | None, limits: Limits) -> Outcome:
    import time

    from jit.interp import run

    if isa is not None:
        raise InputError("--isa applies to the native and emulate backends, not interp")
    t0 = time.perf_counter()
    result = run(program, args, limits)
    return Outcome(result, {"run": time.perf_counter() - t0})


_RUNNERS: dict[str, Callable[[Program, Sequence[object], str | None, Limits], Outcome]] = {"interp": _run_interp}


def resolve_backend(name: str) -> str:
    if name == "auto":
        return next(b for b in ("native", "emulate", "interp") if b in _RUNNERS)
    if name not in ("native", "emulate", "interp"):
        raise InputError(f"unknown backend {name!r}: choose auto, native, emulate or interp")
    if name not in _RUNNERS:
        raise InputError(f"backend {name!r} is not in this build; available: {', '.join(_RUNNERS)}")
    return name


def run_program(program: Program, args: Sequence[object], *, backend: str, isa: str | None, limits: Limits) -> Outcome:
    return _RUNNERS[resolve_backend(backend)](program, args, isa, limits)
