"""The `jit` command line. Exit codes: 0 ok, 1 runtime error of the program, 2 bad input."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer

from jit.cli_debug import PerfMapOpt, expand_bare_perf_map, perf_map_session, register
from jit.errors import InputError, VMError
from jit.settings import DEFAULT_CODE_CACHE_SIZE, DEFAULT_LIMITS, Limits

EXIT_RUNTIME = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="A copy-and-patch JIT for vm3 bytecode (x86-64 and arm64).",
)

T = TypeVar("T")

ProgArg = Annotated[Path, typer.Argument(help="A .vm3 text file or a binary container (magic VM3B).")]
ArgsArg = Annotated[
    list[str] | None, typer.Argument(help="Entry arguments, by its parameter banks (put -- before negatives).")
]


def _fail(code: int, message: str) -> NoReturn:
    print(f"jit: {message}", file=sys.stderr, flush=True)
    raise typer.Exit(code)


def _guarded(action: Callable[[], T]) -> T:
    """Run a command body, mapping every failure to a message and its exit code (never a traceback)."""
    try:
        return action()
    except typer.Exit:
        raise
    except VMError as e:
        _fail(EXIT_RUNTIME, str(e))
    except InputError as e:
        _fail(EXIT_INPUT, str(e))
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        with suppress(OSError, ValueError):  # no second error when Python flushes stdout at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_RUNTIME) from None
    except KeyboardInterrupt:
        _fail(EXIT_RUNTIME, "interrupted")
    except Exception as e:  # a bug in jit itself: say so plainly instead of a traceback
        _fail(EXIT_INTERNAL, f"internal error (please report): {type(e).__name__}: {e}")


def _limits(max_depth: int, heap_size: int) -> Limits:
    if max_depth < 1:
        raise InputError(f"--max-depth must be at least 1, got {max_depth}")
    if heap_size < 0:
        raise InputError(f"--heap-size must not be negative, got {heap_size}")
    return Limits(max_depth=max_depth, stack_regs=DEFAULT_LIMITS.stack_regs, heap_size=heap_size)


def _load_verified(path: Path):  # -> Program
    from jit.load import load_program
    from jit.verify import verify

    program = load_program(path)
    verify(program)
    return program


MaxDepthOpt = Annotated[int, typer.Option("--max-depth", help="vm3 call depth limit.")]
HeapOpt = Annotated[int, typer.Option("--heap-size", help="VM heap size in bytes.")]


CodeCacheOpt = Annotated[
    int, typer.Option("--code-cache-size", help="Executable bytes a program may take; larger runs on interp.")
]
IsaOpt = Annotated[str | None, typer.Option("--isa", help="x86_64 or arm64 (native: the host's; emulate: either).")]
TimeOpt = Annotated[bool, typer.Option("--time", help="Print load, compile and run times to stderr.")]


def _execute(
    prog: Path, args: list[str] | None, backend: str, isa: str | None, show_time: bool, limits: Limits, code_cache: int
) -> None:
    """Load, verify, run on a backend, print the result last; --time reports each phase to stderr."""
    from jit.backends import run_program
    from jit.values import format_result
    from jit.verify import parse_entry_args

    if code_cache < 0:
        raise InputError(f"--code-cache-size must not be negative, got {code_cache}")
    t0 = time.perf_counter()
    program = _load_verified(prog)
    values = parse_entry_args(program, list(args or []))
    t1 = time.perf_counter()
    outcome = run_program(program, values, backend=backend, isa=isa, limits=limits, code_cache_size=code_cache)
    t2 = time.perf_counter()
    print(format_result(outcome.result))
    if show_time:
        print(
            f"load+verify {1e3 * (t1 - t0):.3f} ms; {outcome.timing_text()}; total {1e3 * (t2 - t0):.3f} ms",
            file=sys.stderr,
        )


@app.command()
def run(
    prog: ProgArg,
    args: ArgsArg = None,
    backend: Annotated[
        str, typer.Option(help="auto (native if the host can run it, else emulate), native, emulate or interp.")
    ] = "auto",
    isa: IsaOpt = None,
    show_time: TimeOpt = False,
    max_depth: MaxDepthOpt = DEFAULT_LIMITS.max_depth,
    heap_size: HeapOpt = DEFAULT_LIMITS.heap_size,
    code_cache: CodeCacheOpt = DEFAULT_CODE_CACHE_SIZE,
    perf_map: PerfMapOpt = None,
) -> None:
    """Run PROG's entry function and print its result as the last line of stdout."""

    def body() -> None:
        with perf_map_session(perf_map, backend, isa):
            _execute(prog, args, backend, isa, show_time, _limits(max_depth, heap_size), code_cache)

    _guarded(body)


@app.command()
def check(prog: ProgArg) -> None:
    """Parse and verify PROG only."""

    def body() -> None:
        program = _load_verified(prog)
        ops = sum(len(f.code) for f in program.functions)
        print(f"{prog}: ok ({len(program.functions)} functions, {ops} ops)")

    _guarded(body)


@app.command()
def fmt(
    prog: ProgArg,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    binary: Annotated[bool, typer.Option("--binary", help="Write the binary container (needs -o).")] = False,
) -> None:
    """Print PROG as canonical .vm3 text, or convert it to the binary container."""

    def body() -> None:
        from jit.binary import write_binary
        from jit.load import load_program
        from jit.printer import print_program

        program = load_program(prog)
        if binary:
            if output is None:
                raise InputError("--binary needs -o FILE")
            data = write_binary(program)
        else:
            data = print_program(program).encode()
        if output is None:
            sys.stdout.write(data.decode())
            return
        try:
            output.write_bytes(data)
        except OSError as e:
            raise InputError(f"cannot write {output}: {e.strerror}") from e

    _guarded(body)


@app.command()
def bench(
    kernels: Annotated[list[str] | None, typer.Argument(help="Kernels to run (default: all).")] = None,
    quick: Annotated[bool, typer.Option("--quick", help="One run of each form at tiny sizes.")] = False,
    repeat: Annotated[int, typer.Option("--repeat", help="Runs per form; the table shows the median.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of a table.")] = False,
) -> None:
    """Benchmark the vm3 kernels: JIT vs gcc -O2, CPython and the interpreter; start-up, compile and emulation speed."""

    def body() -> None:
        from jit.bench import format_table, report_json, run_bench

        report = run_bench(
            quick=quick, kernels=kernels, repeat=repeat, progress=lambda m: print(m, file=sys.stderr, flush=True)
        )
        print(report_json(report) if as_json else format_table(report))
        if not report.ok:
            raise typer.Exit(EXIT_RUNTIME)

    _guarded(body)


register(app)


def _stencils_app() -> typer.Typer:
    from jit.cli_stencils import stencils_app

    return stencils_app


app.add_typer(_stencils_app(), name="stencils", help="Inspect the stencil cache and detect drift (no Clang needed).")


def main() -> None:
    """Console-script entry: typer's own usage errors exit 2 too."""
    try:
        app(args=expand_bare_perf_map(sys.argv[1:]))
    except SystemExit as e:
        raise SystemExit(e.code) from None
