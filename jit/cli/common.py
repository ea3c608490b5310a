"""What the `jit` commands share: exit codes, failures turned into messages, limits, loading PROG, `jit run`.

Typer-free on purpose: jit.cli.main runs a plain `jit run` through run_command without importing typer at all,
and the typer commands (jit.cli.app, jit.cli.debug, jit.cli.stencils) call these same functions, so both
paths print the same messages and exit with the same codes: 0 ok, 1 a runtime error of the program,
2 bad input, 3 a bug in jit itself, 130 interrupted (Ctrl-C or SIGTERM: jit.cli.entry makes both a
KeyboardInterrupt).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext, suppress
from typing import TYPE_CHECKING, NoReturn, TypeVar

from jit.cli.entry import EXIT_INTERRUPTED
from jit.debug.perfmap import MODES as PERF_MAP_MODES
from jit.errors import InputError, VMError, printable
from jit.vm.limits import (
    DEFAULT_LIMITS,
    STACK_PER_DEPTH,
    Limits,
    host_memory,
    machine_stack_size,
    most_depth,
    most_machine_stack,
)

if TYPE_CHECKING:
    from pathlib import Path

    from jit.program.model import Program
    from jit.program.verify import EntryArg

EXIT_RUNTIME = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3

PERF_MAP_OPTION = "--perf-map"

T = TypeVar("T")


def fail(code: int, message: str) -> NoReturn:
    print(printable(f"jit: {message}"), file=sys.stderr, flush=True)
    raise SystemExit(code)


def guarded(action: Callable[[], T]) -> T:
    """Run a command body, mapping every failure to a message and its exit code (never a traceback)."""
    try:
        return action()
    except VMError as e:
        fail(EXIT_RUNTIME, str(e))
    except InputError as e:
        fail(EXIT_INPUT, str(e))
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        with suppress(OSError, ValueError):  # no second error when Python flushes stdout at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(EXIT_RUNTIME) from None
    except KeyboardInterrupt:
        fail(EXIT_INTERRUPTED, "interrupted")
    except Exception as e:  # a bug in jit itself: say so plainly instead of a traceback
        fail(EXIT_INTERNAL, f"internal error (please report): {type(e).__name__}: {e}")


def make_limits(max_depth: int, heap_size: int, stack_regs: int = DEFAULT_LIMITS.stack_regs) -> Limits:
    """The run's Limits from --max-depth and --heap-size."""
    if max_depth < 1:
        raise InputError(f"--max-depth must be at least 1, got {max_depth}")
    if heap_size < 0:
        raise InputError(f"--heap-size must not be negative, got {heap_size}")
    limits = Limits(max_depth=max_depth, stack_regs=stack_regs, heap_size=heap_size)
    check_memory(limits)
    return limits


def check_memory(limits: Limits) -> None:
    """Refuse limits this machine cannot give: a heap past its memory, or a machine stack for the depth limit
    that the native backend's thread could not get (the bank stacks and the heap are only reserved)."""
    memory = host_memory()
    if limits.heap_size > memory:
        raise InputError(f"--heap-size {limits.heap_size:,} is more than this machine's {memory:,} bytes of memory")
    stack = machine_stack_size(limits)
    if stack > most_machine_stack():
        raise InputError(
            f"--max-depth {limits.max_depth:,} needs a machine stack of {stack:,} bytes ({STACK_PER_DEPTH} per call), "
            f"more than this machine's {memory:,} bytes of memory allow: at most {most_depth():,}"
        )


def check_code_cache(size: int) -> None:
    if size < 0:
        raise InputError(f"--code-cache-size must not be negative, got {size}")


def load_verified(path: Path) -> Program:
    from jit.program.load import load_program
    from jit.program.verify import verify

    program = load_program(path)
    verify(program)
    return program


def load_with_args(path: Path, args: list[str] | None) -> tuple[Program, tuple[EntryArg, ...]]:
    """The verified program and its entry arguments parsed from the command line."""
    from jit.program.verify import parse_entry_args

    program = load_verified(path)
    return program, parse_entry_args(program, list(args or []))


def run_command(
    prog: Path,
    args: list[str] | None,
    backend: str,
    isa: str | None,
    show_time: bool,
    max_depth: int,
    heap_size: int,
    code_cache: int,
    perf_map: str | None,
) -> None:
    """`jit run` once its command line is parsed (by jit.cli.main or by typer): every failure exits with its code."""

    def body() -> None:
        with perf_map_session(perf_map, backend, isa):
            _execute(prog, args, backend, isa, show_time, make_limits(max_depth, heap_size), code_cache)

    guarded(body)


def _execute(
    prog: Path, args: list[str] | None, backend: str, isa: str | None, show_time: bool, limits: Limits, code_cache: int
) -> None:
    """Load, verify, run on a backend, print the result last; --time reports each phase to stderr."""
    from jit.machine.backends import run_program
    from jit.vm.results import format_result

    check_code_cache(code_cache)
    t0 = time.perf_counter()
    program, values = load_with_args(prog, args)
    t1 = time.perf_counter()
    outcome = run_program(program, values, backend=backend, isa=isa, limits=limits, code_cache_size=code_cache)
    t2 = time.perf_counter()
    print(format_result(outcome.result))
    if show_time:
        print(
            f"load+verify {1e3 * (t1 - t0):.3f} ms; {outcome.timing_text()}; total {1e3 * (t2 - t0):.3f} ms",
            file=sys.stderr,
        )


def perf_map_session(mode: str | None, backend: str, isa: str | None) -> AbstractContextManager[object]:
    """What `jit run` wraps its run in for --perf-map: nothing without it; InputError unless the run is native."""
    if mode is None:
        return nullcontext()
    from jit.debug.perfmap import recording
    from jit.machine.backends import resolve

    chosen, _ = resolve(backend, isa)
    if chosen != "native":
        raise InputError(f"--perf-map maps native code, but this run would use the {chosen} backend")
    return recording(mode)


def expand_bare_perf_map(argv: list[str]) -> list[str]:
    """`--perf-map` with no value means `--perf-map=funcs` (typer has no options with an optional value)."""
    out = []
    for i, arg in enumerate(argv):
        if arg == "--":
            return out + argv[i:]
        following = argv[i + 1] if i + 1 < len(argv) else None
        out.append(f"{PERF_MAP_OPTION}=funcs" if arg == PERF_MAP_OPTION and following not in PERF_MAP_MODES else arg)
    return out
