"""`jit bench`: the vm3 kernels of benchmarks/ against gcc -O2, CPython and the reference interpreter, with the
guest instructions the JIT's code for each runs on both ISAs, plus process start-up, compile speed and emulation speed.

Every kernel has three forms written to compute the same result bit for bit:
kernel.vm3, kernel.c and kernel.py. The modules, one measure each:

- kernels: the kernels and their N; forms: gcc, CPython and vm3 forms, reading and comparing results;
- kernel_timing: the forms of a kernel at one size, their agreement and ratios;
- insn_count: exact guest instruction counts under Unicorn (a block hook), per kernel and ISA;
- startup_time: whole processes, warm and cold; compile_speed: the front end and the JIT's compile
  phase on generated programs; emulation_speed: guest instructions per second under Unicorn;
- memory_use: the peak resident memory of whole processes running allocation loops, and sieve against C;
- runner: run_bench, the report of all of them; report: that report as a table or JSON.

May import: jit.errors, jit.resources, jit.program, jit.vm, jit.interp, jit.isa, jit.stencilset, jit.compiler,
jit.machine.
"""

from __future__ import annotations

from jit.bench.report import format_table, report_json
from jit.bench.runner import BenchReport, run_bench

__all__ = ["BenchReport", "format_table", "report_json", "run_bench"]
