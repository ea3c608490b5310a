"""One program on every backend, compared bit for bit, and for each that differs the first op where it parts.

A Target is one backend run: the interpreter (always first: the reference), native code on this host, or
Unicorn for an ISA. Native code runs in a forked child process where the host can fork, so that a stencil
broken enough to crash the process shows as that backend's ending (killed by a signal) instead of ending the
check. Runs agree when their Endings' keys are equal (jit.debug.endings). Each ISA whose code differs is
replayed op by op against the interpreter once (jit.debug.divergence): native code under Unicorn too, since
it is the same image.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jit.debug.divergence import Divergence, first_divergence
from jit.debug.endings import Ending
from jit.errors import InputError, VMError
from jit.program.model import Program
from jit.vm.limits import Limits

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

SPECS = ("interp", "native", "emulate", "emulate:ISA")
"""What --backends accepts: `emulate` is every ISA under Unicorn."""


@dataclass(frozen=True)
class Target:
    backend: str  # interp, native or emulate
    isa: str | None = None

    @property
    def name(self) -> str:
        """`interp`, `native x86_64`, `emulate arm64`: how `jit run --time` names the backend."""
        return self.backend if self.isa is None else f"{self.backend} {self.isa}"


REFERENCE = Target("interp")


def default_targets() -> list[Target]:
    """The interpreter, native code where the host runs it, and Unicorn for every ISA."""
    from jit.isa.registry import ISA_NAMES, host_isa
    from jit.machine.backends import available_backends

    native = [Target("native", host_isa())] if "native" in available_backends() else []
    return [REFERENCE, *native, *(Target("emulate", isa) for isa in ISA_NAMES)]


def parse_targets(text: str) -> list[Target]:
    """The targets of `--backends interp,native,emulate:arm64` (the interpreter first, whether listed or not)."""
    from jit.isa.registry import ISA_NAMES
    from jit.machine.backends import resolve

    out = [REFERENCE]
    for word in (w.strip() for w in text.split(",")):
        backend, _, isa = word.partition(":")
        if backend not in ("interp", "native", "emulate") or (isa and backend != "emulate"):
            raise InputError(f"--backends: unknown backend {word!r}; choose from {', '.join(SPECS)}")
        if backend == "emulate" and not isa:
            out += [Target("emulate", name) for name in ISA_NAMES]
        elif backend != "interp":
            out.append(Target(*resolve(backend, isa or None)))  # InputError for native where it cannot run
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Run:
    target: Target
    ending: Ending
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds ("total" when phases are unknown)


@dataclass(frozen=True)
class Finding:
    """What replaying one ISA's code found: the first divergence (None: every op agreed), and the runs it explains."""

    isa: str
    backends: tuple[str, ...]
    divergence: Divergence | None


@dataclass(frozen=True)
class Report:
    runs: list[Run]
    findings: list[Finding]

    @property
    def reference(self) -> Run:
        return self.runs[0]

    def agrees(self, run: Run) -> bool:
        return run.ending.key == self.reference.ending.key

    @property
    def agree(self) -> bool:
        return all(self.agrees(run) for run in self.runs)


def crosscheck(program: Program, args: Sequence[object], targets: Sequence[Target], limits: Limits) -> Report:
    """Run every target; replay each ISA whose code ended differently from the interpreter."""
    runs = [run_target(program, args, target, limits) for target in targets]
    report = Report(runs, [])
    differing: dict[str, list[str]] = {}
    for run in runs:
        if not report.agrees(run) and run.target.isa is not None:
            differing.setdefault(run.target.isa, []).append(run.target.name)
    for isa, names in differing.items():
        report.findings.append(Finding(isa, tuple(names), first_divergence(program, args, limits, isa)))
    return report


def run_target(program: Program, args: Sequence[object], target: Target, limits: Limits) -> Run:
    """One run and how it ended; native code in a child process where the host can fork."""
    if target.backend == "native" and hasattr(os, "fork"):
        return _in_child(lambda: _run(program, args, target, limits), target)
    return _run(program, args, target, limits)


def _run(program: Program, args: Sequence[object], target: Target, limits: Limits) -> Run:
    from jit.interp.interpreter import run
    from jit.machine.backends import run_machine

    t0 = time.perf_counter()
    try:
        if target.backend == "interp":
            result = run(program, args, limits)
            return Run(target, Ending.of_result(result), {"run": time.perf_counter() - t0})
        assert target.isa is not None
        outcome = run_machine(program, args, target.backend, target.isa, limits, None)
        return Run(target, Ending.of_result(outcome.result), outcome.timings)
    except VMError as e:  # its phases are not known: only the whole time
        return Run(target, Ending.of_error(e), {"total": time.perf_counter() - t0})
    except RuntimeError as e:  # the machine code faulted (under Unicorn)
        return Run(target, Ending.fault(str(e)), {"total": time.perf_counter() - t0})


def _in_child(action: Callable[[], Run], target: Target) -> Run:
    """action() in a forked child, its Run sent back through a pipe; a child that dies is that run's ending."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    sys.stdout.flush()  # the child flushes its copy of the buffers when it exits
    sys.stderr.flush()
    child = ctx.Process(target=_child_main, args=(action, send))
    t0 = time.perf_counter()
    child.start()
    send.close()
    try:
        sent: Run | tuple[str, str] | None = receive.recv()
    except EOFError:  # it died before sending
        sent = None
    child.join()
    if isinstance(sent, Run):
        return sent
    if sent is not None:
        kind, message = sent
        raise InputError(message) if kind == "input" else RuntimeError(f"{target.name}: {message}")
    code = child.exitcode or 0
    what = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exited with status {code}"
    message = f"the process running {target.name} {what} (no result)"
    return Run(target, Ending.fault(message, exit_code=code), {"total": time.perf_counter() - t0})


def _child_main(action: Callable[[], Run], send: Connection) -> None:
    """The child's side: the Run, or the error it raised as ("input" or "internal", message)."""
    try:
        outcome: Run | tuple[str, str] = action()
    except InputError as e:
        outcome = ("input", str(e))
    except Exception as e:  # sent to the parent, which reports it as jit reports any internal error
        outcome = ("internal", f"{type(e).__name__}: {e}")
    send.send(outcome)
    send.close()
