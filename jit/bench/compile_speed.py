"""Compile speed: each phase `jit run` applies to a program, timed on large generated programs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jit.bench.kernels import Progress
from jit.errors import InputError
from jit.program.model import Function, Instr, Program
from jit.program.ops import Bank, Op
from jit.vm.limits import DEFAULT_LIMITS

COMPILE_SIZES = (10_000, 100_000)
COMPILE_SIZES_QUICK = (1_000,)
_FUNC_OPS = 1_000  # ops per generated function: well inside the u16 pc range


@dataclass(frozen=True)
class CompileTiming:
    """One phase over one generated program: median seconds, and machine-code bytes produced (0: none)."""

    phase: str
    ops: int
    seconds: float
    code_bytes: int

    @property
    def ops_per_second(self) -> float | None:
        return self.ops / self.seconds if self.seconds > 0 else None

    @property
    def bytes_per_second(self) -> float | None:
        return self.code_bytes / self.seconds if self.code_bytes and self.seconds > 0 else None


CompilePhase = Callable[[Program, str], int]
"""Given a verified program and its text, do one phase's work; return machine-code bytes produced (0 for none)."""


def _parse_phase(program: Program, text: str) -> int:
    from jit.program.text import parse_text

    parse_text(text, "<generated>")
    return 0


def _verify_phase(program: Program, text: str) -> int:
    from jit.program.verify import verify

    verify(program)
    return 0


def _compile_phase(isa_name: str) -> CompilePhase:
    """Copy-and-patch for one ISA, with every stencil already loaded (the one-time load is not timed)."""
    from jit.compiler.pipeline import compile_program
    from jit.vm.heap import Heap
    from jit.vm.startup import intern_strings

    def phase(program: Program, text: str) -> int:
        strings = intern_strings(program, Heap(DEFAULT_LIMITS.heap_size))
        return len(compile_program(program, isa_name, strings).code)

    return phase


COMPILE_PHASES: dict[str, CompilePhase] = {
    "parse": _parse_phase,
    "verify": _verify_phase,
    "compile x86_64": _compile_phase("x86_64"),
    "compile arm64": _compile_phase("arm64"),
}
"""What `jit run` does to a program before running it."""


def generate_program(n_ops: int) -> Program:
    """A valid program of about n_ops ops: functions of about 1,000 ops each, called in a chain by main.

    The op mix is what kernels use: i64 and f64 arithmetic, conversions, a forward
    compare-and-branch, a list push and calls. It terminates and has no runtime error.
    """
    if n_ops < 1:
        raise InputError(f"a generated program needs at least 1 op, got {n_ops}")
    funcs: list[Function] = []
    total = 0
    while total + len(funcs) + 1 < n_ops or not funcs:  # main adds one call per function and a return
        body = _generated_body(min(_FUNC_OPS, max(n_ops - total - len(funcs) - 1, 1)))
        funcs.append(Function(f"g{len(funcs)}", (Bank.I64,), Bank.I64, (5, 3, 1), body))
        total += len(body)
    calls = tuple(Instr(Op.CallI64, a=0, b=0, c=k) for k in range(len(funcs)))
    main = Function("main", (Bank.I64,), Bank.I64, (1, 0, 0), (*calls, Instr(Op.ReturnI64, a=0)))
    return Program((*funcs, main), entry=len(funcs))


def _generated_body(ops: int) -> tuple[Instr, ...]:
    """NewList, then 12-op blocks while they fit, then fold the list length into i0 and return it."""
    code = [Instr(Op.NewList, a=0, c=0)]
    block = 0
    while len(code) + 12 + 3 <= ops:
        pc = len(code)
        code += [
            Instr(Op.AddI64K, a=1, b=0, c=block % 97 + 1),
            Instr(Op.MulI64K, a=2, b=1, c=3),
            Instr(Op.SubI64, a=3, b=2, c=0),
            Instr(Op.CmpLtI64KBr, a=3, b=0, c=pc + 5),  # skip the next op when i3 < 0
            Instr(Op.AddI64, a=0, b=0, c=3),
            Instr(Op.I64ToF64, a=0, b=0),
            Instr(Op.MulF64, a=1, b=0, c=0),
            Instr(Op.AddF64, a=2, b=1, c=0),
            Instr(Op.F64ToI64, a=4, b=2),
            Instr(Op.ModI64K, a=4, b=4, c=1000),
            Instr(Op.ListPushI64, a=0, b=4),
            Instr(Op.AddI64, a=0, b=0, c=4),
        ]
        block += 1
    code += [Instr(Op.ListLenI64, a=1, b=0), Instr(Op.AddI64, a=0, b=0, c=1), Instr(Op.ReturnI64, a=0)]
    return tuple(code)


def measure_compile(
    sizes: Sequence[int],
    runs: int,
    phases: dict[str, CompilePhase] | None = None,
    say: Progress | None = None,
) -> list[CompileTiming]:
    """Median time of each phase over a generated program of each size."""
    from jit.program.printer import print_program
    from jit.program.verify import verify

    out: list[CompileTiming] = []
    for n_ops in sizes:
        program = generate_program(n_ops)
        verify(program)
        text = print_program(program)
        ops = sum(len(f.code) for f in program.functions)
        for name, phase in (COMPILE_PHASES if phases is None else phases).items():
            if say:
                say(f"compile speed: {name}, {ops} ops")
            times = []
            code_bytes = phase(program, text)  # untimed: loads the stencils once, as a warm process has them
            for _ in range(runs):
                t0 = time.perf_counter()
                code_bytes = phase(program, text)
                times.append(time.perf_counter() - t0)
            out.append(CompileTiming(name, ops, statistics.median(times), code_bytes))
    return out
