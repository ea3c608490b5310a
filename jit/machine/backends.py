"""Choosing and running a backend: the one place that knows which backends this build has."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jit.errors import InputError, printable
from jit.vm.limits import Limits
from jit.vm.results import Result

if TYPE_CHECKING:
    from jit.program.model import Program

BACKENDS = ("native", "emulate", "interp")


@dataclass
class Outcome:
    result: Result
    backend: str
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds

    def timing_text(self) -> str:
        return f"{self.backend}: " + "; ".join(f"{k} {1e3 * v:.3f} ms" for k, v in self.timings.items())


def available_backends() -> tuple[str, ...]:
    """native only where the host's ISA has stencils; emulate and interp everywhere."""
    from jit.isa.registry import ISA_NAMES, host_isa

    return tuple(b for b in BACKENDS if b != "native" or host_isa() in ISA_NAMES)


def resolve(backend: str, isa: str | None) -> tuple[str, str | None]:
    """(backend, ISA) for a command line's --backend and --isa; InputError for impossible pairs."""
    if backend not in ("auto", *BACKENDS):
        raise InputError(f"unknown backend {backend!r}: choose auto, {', '.join(BACKENDS)}")
    if backend == "interp" and isa is None:
        return backend, None  # no ISA to check: the interpreter starts without the ISA modules
    from jit.isa.registry import ISA_NAMES, host_isa

    if isa is not None and isa not in ISA_NAMES:
        raise InputError(f"unknown ISA {isa!r}: choose {' or '.join(ISA_NAMES)}")
    host = host_isa()
    native_here = "native" in available_backends()
    if backend == "auto":
        backend = "native" if native_here and isa in (None, host) else "emulate"
    if backend == "native":
        if not native_here:
            raise InputError(
                f"backend 'native' is not available on this host; available: {', '.join(available_backends())}"
            )
        if isa not in (None, host):
            raise InputError(f"the native backend runs {host} code on this host, not {isa}; use --backend emulate")
        return backend, host
    if backend == "emulate":
        return backend, isa or (host if host in ISA_NAMES else ISA_NAMES[0])
    if isa is not None:
        raise InputError("--isa applies to the native and emulate backends, not interp")
    return backend, None


def run_program(
    program: Program,
    args: Sequence[object],
    *,
    backend: str,
    isa: str | None,
    limits: Limits,
    code_cache_size: int | None = None,
) -> Outcome:
    """Run a verified program; an image larger than code_cache_size falls back to the interpreter."""
    backend, isa = resolve(backend, isa)
    if backend != "interp":
        from jit.compiler.image import CodeTooLarge

        try:
            return run_machine(program, args, backend, isa, limits, code_cache_size)  # type: ignore[arg-type]
        except CodeTooLarge as e:
            print(printable(f"jit: warning: {e}; running on the interpreter instead"), file=sys.stderr, flush=True)
    from jit.interp.interpreter import run

    t0 = time.perf_counter()
    result = run(program, args, limits)
    return Outcome(result, "interp", {"run": time.perf_counter() - t0})


def run_machine(
    program: Program, args: Sequence[object], backend: str, isa: str, limits: Limits, code_cache_size: int | None
) -> Outcome:
    """Compile and run on the native or emulate backend, with no fallback (CodeTooLarge if it does not fit)."""
    from jit.machine.hostcpu import host_features
    from jit.machine.prepare import prepare

    features = host_features() if backend == "native" else frozenset()
    prepared = prepare(program, args, isa, limits, code_cache_size, features)
    if backend == "native":
        from jit.machine.native import NativeRun as Machine
    else:
        from jit.machine.emulate import Emulation as Machine  # type: ignore[assignment]
    t0 = time.perf_counter()
    machine = Machine(prepared, isa)  # type: ignore[call-arg]
    t1 = time.perf_counter()
    try:
        result = machine.run()
    finally:
        machine.close()
    timings = dict(prepared.timings)
    timings.update({"map": t1 - t0, "run": time.perf_counter() - t1})
    return Outcome(result, f"{backend} {isa}", timings)
