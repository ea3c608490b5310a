"""The debugging commands of `jit`: `emulate` (trace, breakpoints, prompt, limits) and `disasm`.

register(app) adds them to a typer app (jit.cli.app's, or a test's own); what they share with the other
commands (options, error handling, loading PROG) comes from jit.cli.options and jit.cli.common.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from jit.cli.common import EXIT_RUNTIME, check_code_cache, guarded, load_verified, load_with_args, make_limits
from jit.cli.options import ArgsArg, CodeCacheOpt, HeapOpt, IsaOpt, MaxDepthOpt, ProgArg, TimeOpt, choices
from jit.errors import InputError, printable
from jit.vm.limits import DEFAULT_CODE_CACHE_SIZE, DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from jit.machine.emulate import Emulation
    from jit.vm.results import Result

TRACE_MODES = ("ops", "insns")


@dataclass(frozen=True)
class DebugOptions:
    trace: str | None = None  # ops, insns
    trace_file: Path | None = None
    breaks: tuple[str, ...] = ()
    interactive: bool = False
    max_insns: int = 0
    dump_regs: bool = False

    def check(self) -> None:
        from jit.machine.emulate import check_max_insns

        if self.trace is not None and self.trace not in TRACE_MODES:
            raise InputError(f"--trace takes {' or '.join(TRACE_MODES)}, got {self.trace!r}")
        if self.trace_file is not None and self.trace is None:
            raise InputError("--trace-file needs --trace ops or --trace insns")
        check_max_insns(self.max_insns)

    @property
    def hooks_needed(self) -> bool:
        """Anything that has to watch the run op by op (without it, emulation runs at Unicorn's speed: even
        --max-insns, which Unicorn counts itself)."""
        return bool(self.trace or self.breaks or self.interactive or self.dump_regs)


def register(app: typer.Typer) -> None:
    """Add `emulate` and `disasm` to a jit command line."""
    app.command()(emulate)
    app.command()(disasm)


def emulate(
    prog: ProgArg,
    args: ArgsArg = None,
    isa: IsaOpt = None,
    trace: Annotated[
        str | None,
        typer.Option(
            metavar=choices(TRACE_MODES),
            help="ops: each vm3 op with its registers' values; insns: each machine instruction.",
        ),
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
    guarded(lambda: emulate_command(prog, args, isa, opts, make_limits(max_depth, heap_size), code_cache, show_time))


def disasm(
    prog: ProgArg,
    isa: IsaOpt = None,
    func: Annotated[str | None, typer.Option(help="Only this function (its FuncEntry and ops).")] = None,
    show_bytes: Annotated[bool, typer.Option("--bytes", help="Show each instruction's encoding.")] = False,
) -> None:
    """Show PROG's patched machine code (Capstone), each op under `FUNC pc=N Mnemonic A=.. B=.. C=..`."""
    guarded(lambda: disasm_command(prog, isa, func, show_bytes))


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
    from jit.debug.debugger import Quit, parse_breakpoints
    from jit.machine.backends import resolve
    from jit.machine.emulate import Emulation
    from jit.machine.prepare import prepare
    from jit.vm.results import format_result

    opts.check()
    check_code_cache(code_cache)
    _, isa_name = resolve("emulate", isa)
    assert isa_name is not None
    t0 = time.perf_counter()
    program, values = load_with_args(prog, args)
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
                result = emu.run(opts.max_insns)
        except Quit as e:
            print(printable(f"jit: {e}"), file=sys.stderr, flush=True)
            raise SystemExit(EXIT_RUNTIME) from None
        t2 = time.perf_counter()
        print(format_result(result))
    if show_time:
        print(
            f"load+verify+compile {1e3 * (t1 - t0):.3f} ms; emulate {isa_name} {1e3 * (t2 - t1):.3f} ms",
            file=sys.stderr,
        )


def debug_run(
    emu: Emulation,
    opts: DebugOptions,
    breakpoints: frozenset[tuple[int, int]],
    trace_out: TextIO,
    out: TextIO,
    stdin: TextIO,
) -> Result:
    """Run an Emulation with op hooks: the trace, breakpoints and prompt, the instruction limit, the final dump."""
    from jit.debug.debugger import Debugger, bank_lines
    from jit.debug.insntrace import InsnTrace
    from jit.debug.stepper import EmulatorRegisters, Stepper
    from jit.debug.trace import Step, TextTrace, Tracer

    program = emu.prepared.program
    regs = EmulatorRegisters(emu)
    regs.keep_entry = opts.dump_regs
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
    try:  # a prompt reads stdin on this thread, where Ctrl-C reaches it
        result = emu.run(opts.max_insns, watched=lambda: stepper.where, here=opts.interactive)
        completed = True
    finally:
        if tracer is not None:
            tracer.finish(completed)
        trace_out.flush()
        if opts.dump_regs:
            fi = stepper.entry_function
            out.write(f"registers of the entry activation ({program.functions[fi].name}, depth 1) at the end:\n")
            out.write("\n".join(bank_lines(program, regs.entry_view(), fi, (0, 0, 0))) + "\n")
    return result


def disasm_command(prog: Path, isa: str | None, func: str | None, show_bytes: bool) -> None:
    """`jit disasm`: the listing of the image `jit run` would build for that ISA."""
    from jit.debug.disasm import compile_for_listing, disassemble
    from jit.machine.backends import resolve

    _, isa_name = resolve("emulate", isa)  # either ISA on any host
    assert isa_name is not None
    program = load_verified(prog)
    image = compile_for_listing(program, isa_name)
    sizes = f"{len(image.code)} bytes of code, {len(image.data)} of data (offsets in the image)"
    print(printable(f"; {prog}: {isa_name}, {sizes}"))
    for line in disassemble(program, image, func, show_bytes):
        print(line)


@contextmanager
def _open_trace(path: Path) -> Iterator[TextIO]:
    try:
        f = path.open("w", encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot write the trace file {path}: {e.strerror}") from None
    with f:
        yield f
