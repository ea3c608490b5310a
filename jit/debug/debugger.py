"""Breakpoints and the interactive prompt of `jit emulate`, driven by the steps of a run.

A stop happens before an op: at a breakpoint (FUNC:PC), or after `step` / `next`
at the following op. Each stop prints where it is; a breakpoint also prints the
three register banks of the current activation. With a prompt, commands are
read line by line from any text stream (a terminal or a pipe); at end of input
the run continues to the end without asking again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TextIO

from jit.debug.activations import WrittenRegs
from jit.debug.labels import op_label
from jit.debug.trace import RegisterFile, Step, format_reg
from jit.errors import InputError
from jit.program.model import Program
from jit.program.ops import Bank
from jit.program.regs import Reg

MAX_MEM = 4096
HELP = "commands: step (s), next (n), continue (c), regs (r), mem ADDR LEN (m), quit (q)"


class Memory(RegisterFile, Protocol):
    """What the debugger reads: registers and heap, their addresses, and raw memory."""

    def address(self, bank: Bank, index: int) -> int: ...

    def read(self, address: int, length: int) -> bytes: ...


class Quit(Exception):
    """The user ended the run at a prompt."""

    def __init__(self, where: str) -> None:
        super().__init__(f"quit at {where} (no result)")


def parse_breakpoints(program: Program, specs: Iterable[str]) -> frozenset[tuple[int, int]]:
    """(function index, pc) of each FUNC:PC; InputError naming the bad one."""
    points = set()
    for spec in specs:
        name, sep, pc_text = spec.rpartition(":")
        if not sep or not name:
            raise InputError(f"--break {spec!r}: expected FUNC:PC, e.g. fib:3")
        fi = program.index(name)
        if fi is None:
            known = ", ".join(f.name for f in program.functions)
            raise InputError(f"--break {spec!r}: no function named {name!r} (functions: {known})")
        try:
            pc = int(pc_text, 0)
        except ValueError:
            raise InputError(f"--break {spec!r}: pc {pc_text!r} is not a number") from None
        n = len(program.functions[fi].code)
        if not 0 <= pc < n:
            raise InputError(f"--break {spec!r}: {name} has {n} ops, pc 0..{n - 1}")
        points.add((fi, pc))
    return frozenset(points)


def bank_lines(
    program: Program, mem: RegisterFile, func: int, bases: tuple[int, int, int], written: set[Reg] | None = None
) -> list[str]:
    """One line per bank: every register of the activation of `func` whose windows start at `bases`; with
    `written`, a register not in it shows its vm3 value 0, whatever is in its memory (jit.debug.activations)."""
    lines = []
    for bank in Bank:
        n = program.functions[func].nregs[bank]
        bits = [mem.reg(bank, bases[bank] + k) if written is None or (bank, k) in written else 0 for k in range(n)]
        values = " ".join(f"{bank.prefix}{k}={format_reg(bank, v, mem.heap)}" for k, v in enumerate(bits))
        lines.append(f"  {bank.text + ':':<5} {values or '(none)'}")
    return lines


class Debugger:
    """Consumes steps; stops at breakpoints, and at every step or next when driven by a prompt."""

    def __init__(
        self,
        program: Program,
        mem: Memory,
        breakpoints: frozenset[tuple[int, int]],
        out: TextIO,
        prompt_in: TextIO | None = None,
        echo: bool = False,
    ) -> None:
        """prompt_in None: print at breakpoints and go on. echo: repeat each command read (for pipes)."""
        self.program, self.mem, self.breakpoints, self.out = program, mem, breakpoints, out
        self.prompt_in, self.echo = prompt_in, echo
        self._mode = "step" if prompt_in is not None else "continue"  # a prompt starts before the first op
        self._next_depth = 0
        self._written = WrittenRegs(program)

    def step(self, step: Step) -> None:
        self._written.step(step)
        at_break = (step.func, step.pc) in self.breakpoints
        due = self._mode == "step" or (self._mode == "next" and step.depth <= self._next_depth)
        if not (at_break or due):
            return
        where = f"{op_label(self.program, step.func, step.pc)}, depth {step.depth}"
        self.out.write(f"{'breakpoint' if at_break else 'stopped'} at {where}\n")
        if at_break:
            self._banks(step)
        if self.prompt_in is not None:
            self._prompt(step)

    def _prompt(self, step: Step) -> None:
        assert self.prompt_in is not None
        while True:
            self.out.write("(jit) ")
            self.out.flush()
            line = self.prompt_in.readline()
            if not line:  # end of input: run on without asking again
                self.out.write("\n")
                self.prompt_in, self._mode = None, "continue"
                return
            if self.echo:
                self.out.write(line if line.endswith("\n") else line + "\n")
            words = line.split()
            if not words:
                continue
            command, args = words[0], words[1:]
            if command in ("step", "s"):
                self._mode = "step"
                return
            if command in ("next", "n"):
                self._mode, self._next_depth = "next", step.depth
                return
            if command in ("continue", "c"):
                self._mode = "continue"
                return
            if command in ("regs", "r"):
                self._banks(step)
            elif command in ("mem", "m"):
                self._mem(args)
            elif command in ("quit", "q"):
                raise Quit(f"{self.program.functions[step.func].name} pc {step.pc}")
            else:
                self.out.write(f"unknown command {command!r}; {HELP}\n")

    def _banks(self, step: Step) -> None:
        lines = bank_lines(self.program, self.mem, step.func, step.bases, self._written.written())
        windows = ", ".join(f"{bank.text} 0x{self.mem.address(bank, step.bases[bank]):x}" for bank in Bank)
        self.out.write("\n".join([*lines, f"  windows at {windows}"]) + "\n")

    def _mem(self, args: list[str]) -> None:
        try:
            address, length = (int(a, 0) for a in args)
        except ValueError:
            self.out.write("usage: mem ADDR LEN (numbers, 0x for hex)\n")
            return
        if not 0 < length <= MAX_MEM:
            self.out.write(f"mem: LEN must be 1..{MAX_MEM}\n")
            return
        try:
            data = self.mem.read(address, length)
        except Exception as e:  # unmapped or out of the address space: the emulator's own error
            self.out.write(f"mem: cannot read {length} bytes at 0x{address:x}: {e}\n")
            return
        for i in range(0, length, 16):
            chunk = data[i : i + 16]
            text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
            self.out.write(f"  0x{address + i:x}: {chunk.hex(' '):<47}  {text}\n")
