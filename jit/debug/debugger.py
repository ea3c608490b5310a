"""Breakpoints and the interactive prompt of `jit emulate`, driven by the steps of a run.

A stop happens before an op: at a breakpoint (FUNC:PC), or after `step` / `next`
at the following op. Each stop prints where it is; a breakpoint also prints the
three register banks of the current activation. The prompt is a cmd.Cmd: `help`
and `help COMMAND`, one-letter aliases, an empty line repeating the last command,
and, reading a terminal, readline's line editing, history and completion where
Python has readline. Commands come from any text stream (a terminal or a pipe,
whose commands are echoed); at end of input the run continues to the end without
asking again.
"""

from __future__ import annotations

import cmd
import sys
from collections.abc import Iterable
from typing import Protocol, TextIO

from jit.debug.activations import WrittenRegs
from jit.debug.labels import op_label
from jit.debug.trace import RegisterFile, Step, format_reg
from jit.errors import InputError, printable
from jit.program.model import Program
from jit.program.ops import Bank
from jit.program.regs import Reg

MAX_MEM = 4096
ALIASES = {"s": "step", "n": "next", "c": "continue", "r": "regs", "m": "mem", "q": "quit"}
HELP = "commands: step (s), next (n), continue (c), regs (r), mem ADDR LEN (m), quit (q); help COMMAND for more"


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
        self._shell = _Prompt(self, prompt_in, out, echo) if prompt_in is not None else None
        self.mode = "step" if prompt_in is not None else "continue"  # a prompt starts before the first op
        self.next_depth = 0
        self._written = WrittenRegs(program)

    def step(self, step: Step) -> None:
        self._written.step(step)
        at_break = (step.func, step.pc) in self.breakpoints
        due = self.mode == "step" or (self.mode == "next" and step.depth <= self.next_depth)
        if not (at_break or due):
            return
        where = f"{op_label(self.program, step.func, step.pc)}, depth {step.depth}"
        self.out.write(f"{'breakpoint' if at_break else 'stopped'} at {where}\n")
        if at_break:
            self.banks(step)
        if self._shell is not None:
            self._shell.at(step)

    def end_of_input(self) -> None:
        """No more commands: run to the end, stopping only to print breakpoints."""
        self._shell, self.mode = None, "continue"

    def banks(self, step: Step) -> None:
        lines = bank_lines(self.program, self.mem, step.func, step.bases, self._written.written())
        windows = ", ".join(f"{bank.text} 0x{self.mem.address(bank, step.bases[bank]):x}" for bank in Bank)
        self.out.write("\n".join([*lines, f"  windows at {windows}"]) + "\n")

    def memory(self, args: list[str]) -> None:
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


class _Prompt(cmd.Cmd):
    """The commands at a stop; each do_* that resumes the run returns True, which ends the command loop."""

    prompt = "(jit) "
    doc_header = "commands (help COMMAND for one; s, n, c, r, m, q are short for them):"
    ruler = ""

    def __init__(self, debugger: Debugger, stdin: TextIO, out: TextIO, echo: bool) -> None:
        super().__init__(stdin=stdin, stdout=out)
        self.use_rawinput = stdin is sys.stdin and stdin.isatty()  # input(): readline editing and history
        self.debugger, self.echo = debugger, echo and not self.use_rawinput
        self.step: Step | None = None

    def at(self, step: Step) -> None:
        self.step = step
        self.cmdloop()

    def precmd(self, line: str) -> str:
        if self.echo and line != "EOF":
            self.stdout.write(line + "\n")
        word, _, rest = line.strip().partition(" ")
        return f"{ALIASES.get(word, word)} {rest}".strip()

    def emptyline(self) -> bool:
        """An empty line repeats the last command (as in gdb and pdb)."""
        return bool(self.lastcmd) and self.onecmd(self.lastcmd)

    def default(self, line: str) -> bool:
        self.stdout.write(printable(f"unknown command {line.split()[0]!r}; {HELP}") + "\n")
        return False

    def do_help(self, arg: str) -> bool | None:
        """help [COMMAND]: list the commands, or say what one does."""
        return super().do_help(ALIASES.get(arg.strip(), arg.strip()))

    def do_step(self, arg: str) -> bool:
        """step (s): run to the next op, into a call."""
        self.debugger.mode = "step"
        return True

    def do_next(self, arg: str) -> bool:
        """next (n): run to the next op of this activation or a caller's, over calls."""
        assert self.step is not None
        self.debugger.mode, self.debugger.next_depth = "next", self.step.depth
        return True

    def do_continue(self, arg: str) -> bool:
        """continue (c): run to the next breakpoint, or the end."""
        self.debugger.mode = "continue"
        return True

    def do_regs(self, arg: str) -> bool:
        """regs (r): the registers of the current activation, by bank, and where its windows are."""
        assert self.step is not None
        self.debugger.banks(self.step)
        return False

    def do_mem(self, arg: str) -> bool:
        """mem ADDR LEN (m): LEN bytes (at most 4096) of emulated memory at ADDR, in hex and ASCII (0x for hex)."""
        self.debugger.memory(arg.split())
        return False

    def do_quit(self, arg: str) -> bool:
        """quit (q): end the run here, without a result (exit 1)."""
        assert self.step is not None
        raise Quit(f"{self.debugger.program.functions[self.step.func].name} pc {self.step.pc}")

    def do_EOF(self, arg: str) -> bool:
        """End of input: the run goes on to its end without asking again."""
        self.stdout.write("\n")
        self.debugger.end_of_input()
        return True
