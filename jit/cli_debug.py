"""The debugging commands of `jit`: `emulate` (trace, breakpoints, prompt, limits), `disasm`, and `run --perf-map`.

jit.cli calls register(app) once its own options and helpers exist (at the end
of the module); this module imports nothing from jit.cli at import time, so
jit.cli may import PerfMapOpt and perf_map_session from here at its top.
Annotations are real objects (no `from __future__ import annotations`) because
the commands are defined inside register().
"""

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from jit.errors import ErrorKind, InputError, VMError
from jit.perfmap import MODES as PERF_MAP_MODES
from jit.settings import Limits
from jit.values import Result

if TYPE_CHECKING:
    from jit.emulate import Emulation

TRACE_MODES = ("ops", "insns")
PERF_MAP_OPTION = "--perf-map"

PerfMapOpt = Annotated[
    str | None,
    typer.Option(
        PERF_MAP_OPTION,
        help="Write /tmp/perf-<pid>.map naming the native code for perf: funcs (each vm3 function; "
        "also what a bare --perf-map means) or ops (each op). Needs the native backend.",
    ),
]


@dataclass(frozen=True)
class DebugOptions:
    trace: str | None = None  # ops, insns
    trace_file: Path | None = None
    breaks: tuple[str, ...] = ()
    interactive: bool = False
    max_insns: int = 0
    dump_regs: bool = False

    def check(self) -> None:
        if self.trace is not None and self.trace not in TRACE_MODES:
            raise InputError(f"--trace takes {' or '.join(TRACE_MODES)}, got {self.trace!r}")
        if self.trace_file is not None and self.trace is None:
            raise InputError("--trace-file needs --trace ops or --trace insns")
        if self.max_insns < 0:
            raise InputError(f"--max-insns must not be negative, got {self.max_insns}")

    @property
    def hooks_needed(self) -> bool:
        """Anything that has to watch the run op by op (without it, emulation runs at full speed)."""
        return bool(self.trace or self.breaks or self.interactive or self.max_insns or self.dump_regs)


def register(app: typer.Typer) -> None:
    """Add `emulate` and `disasm` to the jit command line."""
    from jit.cli import (
        ArgsArg,
        CodeCacheOpt,
        HeapOpt,
        IsaOpt,
        MaxDepthOpt,
        ProgArg,
        TimeOpt,
        _guarded,
        _limits,
    )
    from jit.settings import DEFAULT_CODE_CACHE_SIZE, DEFAULT_LIMITS

    @app.command()
    def emulate(
        prog: ProgArg,
        args: ArgsArg = None,
        isa: IsaOpt = None,
        trace: Annotated[
            str | None,
            typer.Option(help="ops: each vm3 op with its registers' values; insns: each machine instruction."),
        ] = None,
        trace_file: Annotated[Path | None, typer.Option(help="Write the trace here instead of stdout.")] = None,
        breaks: Annotated[
            list[str] | None, typer.Option("--break", help="FUNC:PC: stop before that op and show its registers.")
        ] = None,
        interactive: Annotated[
            bool, typer.Option(help="Prompt at each stop (and before the first op); commands from stdin.")
        ] = False,
        max_insns: Annotated[int, typer.Option(help="Stop after N machine instructions (exit 1); 0: none.")] = 0,
        dump_regs: Annotated[bool, typer.Option(help="Print the entry activation's registers at the end.")] = False,
        show_time: TimeOpt = False,
        max_depth: MaxDepthOpt = DEFAULT_LIMITS.max_depth,
        heap_size: HeapOpt = DEFAULT_LIMITS.heap_size,
        code_cache: CodeCacheOpt = DEFAULT_CODE_CACHE_SIZE,
    ) -> None:
        """Run PROG's machine code for either ISA under the Unicorn emulator, with tracing and breakpoints.

        At a prompt: step, next (over calls), continue, regs, mem ADDR LEN, quit.
        """
        opts = DebugOptions(trace, trace_file, tuple(breaks or ()), interactive, max_insns, dump_regs)
        _guarded(lambda: emulate_command(prog, args, isa, opts, _limits(max_depth, heap_size), code_cache, show_time))

    @app.command()
    def disasm(
        prog: ProgArg,
        isa: IsaOpt = None,
        func: Annotated[str | None, typer.Option(help="Only this function (its FuncEntry and ops).")] = None,
        show_bytes: Annotated[bool, typer.Option("--bytes", help="Show each instruction's encoding.")] = False,
    ) -> None:
        """Show PROG's patched machine code (Capstone), each op under `FUNC pc=N Mnemonic A=.. B=.. C=..`."""
        _guarded(lambda: disasm_command(prog, isa, func, show_bytes))


def emulate_command(
    prog: Path,
    args: list[str] | None,
    isa: str | None,
    opts: DebugOptions,
    limits: Limits,
    code_cache: int,
    show_time: bool = False,
    stdin: TextIO | None = None,
) -> None:
    """`jit emulate`: load, verify, run under Unicorn with the debugging options, print the result last."""
    from jit.backends import resolve
    from jit.cli import _load_verified
    from jit.debugger import Quit, parse_breakpoints
    from jit.emulate import Emulation
    from jit.machine import prepare
    from jit.values import format_result
    from jit.verify import parse_entry_args

    opts.check()
    if code_cache < 0:
        raise InputError(f"--code-cache-size must not be negative, got {code_cache}")
    _, isa_name = resolve("emulate", isa)
    assert isa_name is not None
    t0 = time.perf_counter()
    program = _load_verified(prog)
    values = parse_entry_args(program, list(args or []))
    breakpoints = parse_breakpoints(program, opts.breaks)
    prepared = prepare(program, values, isa_name, limits, code_cache)
    t1 = time.perf_counter()
    with ExitStack() as stack:
        trace_out = sys.stdout if opts.trace_file is None else stack.enter_context(_open_trace(opts.trace_file))
        emu = Emulation(prepared, isa_name)
        stack.callback(emu.close)
        try:
            if opts.hooks_needed:
                result = debug_run(emu, opts, breakpoints, trace_out, sys.stdout, stdin or sys.stdin)
            else:
                result = emu.run()
        except Quit as e:
            print(f"jit: {e}", file=sys.stderr, flush=True)
            raise typer.Exit(1) from None
        t2 = time.perf_counter()
        print(format_result(result))
    if show_time:
        print(
            f"load+verify+compile {1e3 * (t1 - t0):.3f} ms; emulate {isa_name} {1e3 * (t2 - t1):.3f} ms",
            file=sys.stderr,
        )


def debug_run(
    emu: "Emulation",
    opts: DebugOptions,
    breakpoints: frozenset[tuple[int, int]],
    trace_out: TextIO,
    out: TextIO,
    stdin: TextIO,
) -> Result:
    """Run an Emulation with op hooks: the trace, breakpoints and prompt, the instruction limit, the final dump."""
    from jit.debugger import Debugger, bank_lines
    from jit.insntrace import InsnTrace
    from jit.stepper import EmulatorRegisters, Stepper
    from jit.trace import Step, TextTrace, Tracer

    program = emu.prepared.program
    regs = EmulatorRegisters(emu)
    handlers: list[Callable[[Step], None]] = []
    tracer = insns = None
    if opts.trace == "ops":
        tracer = Tracer(program, regs, TextTrace(program, regs.heap, trace_out))
        handlers.append(tracer.step)
    elif opts.trace == "insns":
        insns = InsnTrace(emu, trace_out)
        handlers.append(insns.step)
    if breakpoints or opts.interactive:
        prompt = stdin if opts.interactive else None
        handlers.append(Debugger(program, regs, breakpoints, out, prompt, echo=not stdin.isatty()).step)

    def on_step(step: Step) -> None:
        for handle in handlers:
            handle(step)

    stepper = Stepper(emu, regs, on_step, insns.insn if insns is not None else None)
    completed = False
    try:
        result = emu.run(opts.max_insns)
        completed = True
    except VMError as e:
        if e.kind is not ErrorKind.INSN_LIMIT:
            raise
        fi, pc = stepper.where  # the op it was in, even inside a runtime helper
        raise VMError(e.kind, program.functions[fi].name, pc, e.detail) from None
    finally:
        if tracer is not None:
            tracer.finish(completed)
        trace_out.flush()
        if opts.dump_regs:
            fi = stepper.entry_function
            out.write(f"registers of the entry activation ({program.functions[fi].name}, depth 1) at the end:\n")
            out.write("\n".join(bank_lines(program, regs, fi, (0, 0, 0))) + "\n")
    return result


def disasm_command(prog: Path, isa: str | None, func: str | None, show_bytes: bool) -> None:
    """`jit disasm`: the listing of the image `jit run` would build for that ISA."""
    from jit.backends import resolve
    from jit.cli import _load_verified
    from jit.disasm import compile_for_listing, disassemble

    _, isa_name = resolve("emulate", isa)  # either ISA on any host
    assert isa_name is not None
    program = _load_verified(prog)
    image = compile_for_listing(program, isa_name)
    print(f"; {prog}: {isa_name}, {len(image.code)} bytes of code, {len(image.data)} of data (offsets in the image)")
    for line in disassemble(program, image, func, show_bytes):
        print(line)


def perf_map_session(mode: str | None, backend: str, isa: str | None) -> AbstractContextManager[object]:
    """What `jit run` wraps its run in for --perf-map: nothing without it; InputError unless the run is native."""
    if mode is None:
        return nullcontext()
    from jit.backends import resolve
    from jit.perfmap import recording

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


@contextmanager
def _open_trace(path: Path) -> Iterator[TextIO]:
    try:
        f = path.open("w", encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot write the trace file {path}: {e.strerror}") from None
    with f:
        yield f
