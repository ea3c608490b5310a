"""The typer application behind `jit`: every command, its options and help (jit.cli.main decides when it is needed)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from jit.cli import aot
from jit.cli.common import EXIT_RUNTIME, PERF_MAP_OPTION, guarded, load_verified, run_command
from jit.cli.crosscheck import register as register_crosscheck
from jit.cli.debug import register
from jit.cli.options import ArgsArg, CodeCacheOpt, HeapOpt, IsaOpt, MaxDepthOpt, ProgArg, TimeOpt, choices
from jit.cli.stencils import stencils_app
from jit.debug.perfmap import MODES as PERF_MAP_MODES
from jit.errors import InputError, printable
from jit.machine.backends import BACKENDS
from jit.vm.limits import DEFAULT_CODE_CACHE_SIZE, DEFAULT_LIMITS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="A copy-and-patch JIT for vm3 bytecode (x86-64 and arm64).",
)

BackendOpt = Annotated[
    str,
    typer.Option(metavar=choices(("auto", *BACKENDS)), help="auto: native if the host can run it, else emulate."),
]
PerfMapOpt = Annotated[
    str | None,
    typer.Option(
        PERF_MAP_OPTION,
        metavar=choices(PERF_MAP_MODES),
        help="Write /tmp/perf-<pid>.map naming the native code for perf: funcs (each vm3 function; "
        "also what a bare --perf-map means) or ops (each op). Needs the native backend.",
    ),
]


def _show_version(shown: bool) -> None:
    if shown:
        from importlib.metadata import version

        print(f"jit (vm3-jit) {version('vm3-jit')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """A copy-and-patch JIT for vm3 bytecode (x86-64 and arm64)."""


@app.command()
def run(
    prog: ProgArg,
    args: ArgsArg = None,
    backend: BackendOpt = "auto",
    isa: IsaOpt = None,
    show_time: TimeOpt = False,
    max_depth: MaxDepthOpt = DEFAULT_LIMITS.max_depth,
    heap_size: HeapOpt = DEFAULT_LIMITS.heap_size,
    code_cache: CodeCacheOpt = DEFAULT_CODE_CACHE_SIZE,
    perf_map: PerfMapOpt = None,
) -> None:
    """Run PROG's entry function and print its result as the last line of stdout."""
    run_command(prog, args, backend, isa, show_time, max_depth, heap_size, code_cache, perf_map)


@app.command()
def check(prog: ProgArg) -> None:
    """Parse and verify PROG only."""

    def body() -> None:
        program = load_verified(prog)
        ops = sum(len(f.code) for f in program.functions)
        print(printable(f"{prog}: ok ({len(program.functions)} functions, {ops} ops)"))

    guarded(body)


@app.command()
def fmt(
    prog: ProgArg,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    binary: Annotated[bool, typer.Option("--binary", help="Write the binary container (needs -o).")] = False,
) -> None:
    """Print PROG as canonical .vm3 text, or convert it to the binary container."""

    def body() -> None:
        from jit.program.binary import write_binary
        from jit.program.load import load_program
        from jit.program.printer import print_program

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

    guarded(body)


@app.command()
def bench(
    kernels: Annotated[list[str] | None, typer.Argument(help="Kernels to run (default: all).")] = None,
    quick: Annotated[bool, typer.Option("--quick", help="One run of each form at tiny sizes.")] = False,
    repeat: Annotated[int, typer.Option("--repeat", help="Runs per form; the table shows the median.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of a table.")] = False,
) -> None:
    """Benchmark the vm3 kernels: JIT vs gcc -O2, CPython and the interpreter; start-up, compile and emulation
    speed; the peak memory of whole `jit run` processes."""

    def body() -> None:
        from jit.bench import format_table, report_json, run_bench

        report = run_bench(
            quick=quick, kernels=kernels, repeat=repeat, progress=lambda m: print(m, file=sys.stderr, flush=True)
        )
        print(report_json(report) if as_json else format_table(report))
        if not report.ok:
            raise SystemExit(EXIT_RUNTIME)

    guarded(body)


register(app)
register_crosscheck(app)
aot.register(app)
app.add_typer(
    stencils_app, name="stencils", help="Inspect the stencil cache, detect drift (no Clang needed), test each stencil."
)
