"""The vm3 ops an emulated run executes, in order, seen through Unicorn code hooks.

A hook sits on the first instruction of every op and every FuncEntry (or, for
instruction tracing, on every instruction of the image). At an op boundary the
pinned ABI registers (docs/stencil-abi.md) hold the current activation's
windows and the context holds the call depth, which is all a Step needs.

An op whose code is empty (a Nop is nothing but the continuation jump the
compiler drops) starts where the next op starts, so one address can begin
several ops. Which of them ran is decided the way the machine decided it: the
activation's previous op fell through (pc + 1), jumped, or took or skipped a
compare branch (re-evaluated on its registers, which a branch does not change);
a FuncEntry leads to pc 0. Each op from there to the one with code is a step.
"""

from __future__ import annotations

import operator
import struct
from collections.abc import Callable

from jit.debug.trace import Step
from jit.machine.emulate import CODE_BASE, MEM_BASE, Emulation
from jit.machine.vmmemory import MemoryHeap
from jit.program import cell
from jit.program.cell import bits_f64, to_signed64
from jit.program.model import s16
from jit.program.ops import Bank, Op
from jit.stencilset.header import vm

_Q = struct.Struct("<Q")
_CMP = {
    "Eq": operator.eq,
    "Ne": operator.ne,
    "Lt": operator.lt,
    "Le": operator.le,
    "Gt": operator.gt,
    "Ge": operator.ge,
}


class EmulatorRegisters:
    """jit.debug.trace.RegisterFile over the emulator, plus raw reads for the debugger.

    A register lives in its window in memory, except a pinned register of the running activation
    (jit.compiler.regalloc), whose value is in its slot's machine register at every op boundary: the stepper
    says which activation runs (`running`) before each step. An inactive activation's registers are all in
    memory: a call stores every pinned register whose window copy is stale first."""

    def __init__(self, emu: Emulation) -> None:
        plan = emu.prepared.plan
        self._emu, self.uc = emu, emu.uc
        self.heap = MemoryHeap(emu.read, plan.heap)
        self._stacks = tuple(MEM_BASE + plan.bank_offset(bank) for bank in Bank)
        self._pins = emu.prepared.image.pins
        reg = emu.isa.cabi.reg
        self._slots = tuple(tuple(reg(name) for name in names) for names in emu.isa.slot_registers)
        self.running: tuple[int, tuple[int, int, int]] | None = None  # (function, window starts) now running
        self.keep_entry = False
        """Whether to keep the entry activation's pinned registers as they were at its latest op (entry_view)."""
        self._entry_slots: dict[tuple[int, int], int] = {}

    def address(self, bank: Bank, index: int) -> int:
        """Where register `index` of a bank's stack lives in memory, in the emulator's address space (for a
        pinned register of the running activation, the copy there may be stale)."""
        return self._stacks[bank] + 8 * index

    def reg(self, bank: Bank, index: int) -> int:
        if self.running is not None:
            fi, bases = self.running
            slot = self._pins[fi].get((bank, index - bases[bank]))
            if slot is not None:
                return self.uc.reg_read(self._slots[bank][slot]) & cell.MASK64
        return self.memory(bank, index)

    def read(self, address: int, length: int) -> bytes:
        """Any mapped memory (UcError if it is not)."""
        return self._emu.guest_read(address, length)

    def memory(self, bank: Bank, index: int) -> int:
        """Register `index` of a bank's stack as its window in memory holds it."""
        return _Q.unpack(self._emu.guest_read(self._stacks[bank] + 8 * index, 8))[0]

    def at_op(self, fi: int, bases: tuple[int, int, int], depth: int) -> None:
        """An op of function fi, on these windows, is about to run at this call depth."""
        self.running = (fi, bases)
        if self.keep_entry and depth == 1:
            self._entry_slots = {(bank, k): self.reg(bank, k) for bank, k in self._pins[fi]}

    def entry_view(self) -> EntryRegisters:
        """The entry activation's registers once the run is over: a pinned register as it was when the
        activation's latest op started (a return, or the op that failed or was stopped, changed none), any other
        as its window holds it."""
        return EntryRegisters(self, dict(self._entry_slots))


class EntryRegisters:
    """jit.debug.trace.RegisterFile of the entry activation (windows at 0) after a run: see entry_view."""

    def __init__(self, regs: EmulatorRegisters, pinned: dict[tuple[int, int], int]) -> None:
        self.heap = regs.heap
        self._regs, self._pinned = regs, pinned

    def reg(self, bank: Bank, index: int) -> int:
        value = self._pinned.get((bank, index))
        return self._regs.memory(bank, index) if value is None else value


class Stepper:
    """Calls on_step(step) before each vm3 op the machine code runs, and on_insn(address, size) before each
    machine instruction if given (per-instruction hooks are much slower, so they are only added for it)."""

    def __init__(
        self,
        emu: Emulation,
        regs: EmulatorRegisters,
        on_step: Callable[[Step], None],
        on_insn: Callable[[int, int], None] | None = None,
    ) -> None:
        from unicorn import UC_HOOK_CODE

        self.program = emu.prepared.program
        self.regs = regs
        self.on_step = on_step
        self.on_insn = on_insn
        self.where = (self.program.entry, 0)  # (func, pc) of the op running now, for messages
        self._uc = emu.uc
        image = emu.prepared.image
        self._ops: dict[int, tuple[int, int, int]] = {}  # address -> (func, first pc, last pc) starting there
        for fi, starts in enumerate(image.op_offsets):
            for pc, offset in enumerate(starts):
                first = self._ops.get(CODE_BASE + offset, (fi, pc, pc))[1]
                self._ops[CODE_BASE + offset] = (fi, first, pc)
        self._entries = {CODE_BASE + offset: fi for fi, offset in enumerate(image.functions)}
        self._last: list[tuple[int, int]] = []  # by depth - 1: (func, pc) of the activation's latest op (-1 entry)
        reg = emu.isa.cabi.reg
        self._window_regs = tuple(reg(emu.isa.abi_registers[role]) for role in ("ri", "rf", "rc"))
        self._stack_base = tuple(MEM_BASE + emu.prepared.plan.bank_offset(bank) for bank in Bank)
        self._depth_at = MEM_BASE + vm("CTX_DEPTH")
        if on_insn is None:
            for address in sorted(self._ops.keys() | self._entries.keys()):
                emu.uc.hook_add(UC_HOOK_CODE, self._hook, begin=address, end=address)
        else:
            emu.uc.hook_add(UC_HOOK_CODE, self._hook, begin=CODE_BASE, end=CODE_BASE + len(image.code) - 1)

    @property
    def entry_function(self) -> int:
        """The function now occupying the entry activation (tail calls replace it)."""
        return self._last[0][0] if self._last else self.program.entry

    def _hook(self, uc: object, address: int, size: int, data: object) -> None:
        fi = self._entries.get(address)
        if fi is not None:
            self._set_last(self._depth(), fi, -1)
            self.where = (fi, 0)
        ops = self._ops.get(address)
        if ops is not None:
            self._op_start(*ops)
        if self.on_insn is not None:
            self.on_insn(address, size)

    def _op_start(self, fi: int, first: int, last: int) -> None:
        depth = self._depth()
        i, f, c = (
            (self._uc.reg_read(r) - base) // 8 for r, base in zip(self._window_regs, self._stack_base, strict=True)
        )
        bases = (i, f, c)
        self.regs.at_op(fi, bases, depth)
        pc = first
        if last > first and len(self._last) >= depth and self._last[depth - 1][0] == fi:
            pc = self._successor(fi, self._last[depth - 1][1], bases)
            if not first <= pc <= last:
                pc = first
        for p in range(pc, last + 1):
            self.where = (fi, p)
            self.on_step(Step(fi, p, depth, bases))
        self._set_last(depth, fi, last)

    def _successor(self, fi: int, pc: int, bases: tuple[int, int, int]) -> int:
        """The pc that follows op pc of function fi (-1: its FuncEntry) in the activation with these windows."""
        if pc < 0:
            return 0
        ins = self.program.functions[fi].code[pc]
        name = ins.info.name
        if ins.op == Op.Jump:
            return ins.c
        if not (name.startswith("Cmp") and name.endswith("Br")):
            return pc + 1
        kind = name[5:-2]  # I64, I64K, F64

        def reg(bank: Bank, k: int) -> int:
            return self.regs.reg(bank, bases[bank] + k)

        if kind == "F64":
            x, y = bits_f64(reg(Bank.F64, ins.a)), bits_f64(reg(Bank.F64, ins.b))
        else:
            x = to_signed64(reg(Bank.I64, ins.a))
            y = s16(ins.b) if kind == "I64K" else to_signed64(reg(Bank.I64, ins.b))
        return ins.c if _CMP[name[3:5]](x, y) else pc + 1

    def _depth(self) -> int:
        return _Q.unpack(self._uc.mem_read(self._depth_at, 8))[0]

    def _set_last(self, depth: int, fi: int, pc: int) -> None:
        if len(self._last) < depth:
            self._last.extend([(fi, pc)] * (depth - len(self._last)))
        self._last[depth - 1] = (fi, pc)
