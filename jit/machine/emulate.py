"""The emulate backend: the same image and VM memory under Unicorn, for either ISA, on any host.

Unicorn runs on a worker thread (jit.machine.worker), which emu_stop ends at once when the main thread is
interrupted. VM memory and the machine stack are mapped chunk by chunk as the run first touches them
(LazyMemory), so that a heap or stack of gigabytes costs only what the program uses. An instruction limit is
Unicorn's own count (emu_start's `count`): exact, and without a Python call per instruction or per op.
"""

from __future__ import annotations

import bisect
import ctypes
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from jit.compiler.image import Site
from jit.errors import ErrorKind, InputError, VMError
from jit.isa.registry import get_isa
from jit.machine.prepare import Prepared
from jit.machine.vmmemory import PAGE, read_ctx
from jit.machine.worker import Worker
from jit.stencilset.header import vm
from jit.vm.limits import MiB, machine_stack_size
from jit.vm.results import Result

CODE_BASE = 0x1000_0000
MEM_BASE = 0x1_0000_0000
STOP = 0x1000  # return address of the entry call: reaching it ends the run
MAX_INSNS = (1 << (8 * ctypes.sizeof(ctypes.c_size_t))) - 1
"""The largest instruction limit: Unicorn takes the count as a size_t (a larger one would wrap)."""
HELPER_PREFIX = "jit_rt_"


def _in_hook_wrapper(frame: FrameType) -> bool:
    """Whether Python is running the wrapper that Unicorn's binding puts around every hook (uccallback)."""
    from unicorn.unicorn_py3 import unicorn as binding

    return frame.f_code.co_name == "wrapper" and frame.f_code.co_filename == binding.__file__


def check_max_insns(max_insns: int) -> None:
    """InputError unless max_insns is an instruction limit Unicorn can count to (0: none)."""
    if not 0 <= max_insns <= MAX_INSNS:
        raise InputError(f"--max-insns must be 0 (no limit) to {MAX_INSNS}, got {max_insns}")


def _pages(n: int) -> int:
    return (n + PAGE - 1) // PAGE * PAGE


class LazyMemory:
    """Guest address ranges (page-aligned) that Unicorn maps a CHUNK-aligned piece at a time, when the guest or
    the host first touches it; an access outside every range still faults."""

    CHUNK = 16 * MiB

    def __init__(self, uc: Any, ranges: list[tuple[int, int]]) -> None:
        from unicorn import UC_HOOK_MEM_READ_UNMAPPED, UC_HOOK_MEM_WRITE_UNMAPPED

        self._uc, self._ranges = uc, ranges
        self._mapped: set[int] = set()  # start addresses of the pieces mapped so far
        uc.hook_add(UC_HOOK_MEM_READ_UNMAPPED | UC_HOOK_MEM_WRITE_UNMAPPED, self._on_unmapped)

    def _on_unmapped(self, uc: object, access: int, address: int, size: int, value: int, data: object) -> bool:
        return self.ensure(address, size)

    def ensure(self, address: int, length: int) -> bool:
        """Map every piece holding a byte of [address, address + length); False if a byte lies outside the
        ranges or the host cannot give the memory."""
        from unicorn import UC_PROT_READ, UC_PROT_WRITE, UcError

        end = address + max(length, 1)
        covered = 0
        for lo, hi in self._ranges:
            first, last = max(lo, address), min(hi, end)
            if first >= last:
                continue
            covered += last - first
            for chunk in range(first // self.CHUNK * self.CHUNK, last, self.CHUNK):
                start, stop = max(lo, chunk), min(hi, chunk + self.CHUNK)
                if start not in self._mapped:
                    try:
                        self._uc.mem_map(start, stop - start, UC_PROT_READ | UC_PROT_WRITE)
                    except UcError:
                        return False
                    self._mapped.add(start)
        return covered == end - address


class Emulation:
    """One prepared run mapped into a Unicorn instance."""

    def __init__(self, prepared: Prepared, isa_name: str) -> None:
        from unicorn import UC_PROT_ALL, UC_PROT_EXEC, UC_PROT_READ

        self.prepared = prepared
        self.isa = get_isa(isa_name)
        self.uc = uc = self.isa.unicorn()
        image = prepared.image
        uc.mem_map(CODE_BASE, _pages(len(image.code)), UC_PROT_READ | UC_PROT_EXEC)
        uc.mem_write(CODE_BASE, image.code)
        stack = _pages(machine_stack_size(prepared.limits))
        self.stack_top = MEM_BASE + prepared.plan.size + PAGE + stack  # above VM memory, past an unmapped page
        ranges = [(MEM_BASE, MEM_BASE + prepared.plan.size), (self.stack_top - stack, self.stack_top)]
        self.memory = LazyMemory(uc, ranges)
        self.memory.ensure(self.stack_top - PAGE, PAGE)  # the call's return address goes there from the host
        for offset, data in prepared.memory_writes(MEM_BASE):
            self.write(MEM_BASE + offset, data)
        uc.mem_map(STOP & ~(PAGE - 1), PAGE, UC_PROT_ALL)
        self._starts = [s.offset for s in image.sites]

    def read(self, offset: int, length: int) -> bytes:
        """Read VM memory (offsets as in jit.machine.vmmemory)."""
        return self.guest_read(MEM_BASE + offset, length)

    def guest_read(self, address: int, length: int) -> bytes:
        """Read guest memory; VM memory not touched yet reads as zeros, as on the host (UcError elsewhere)."""
        self.memory.ensure(address, length)
        return bytes(self.uc.mem_read(address, length))

    def write(self, address: int, data: bytes) -> None:
        self.memory.ensure(address, len(data))
        self.uc.mem_write(address, data)

    def site_at(self, address: int) -> Site | None:
        """The image piece (op, FuncEntry or helper) holding a code address."""
        i = bisect.bisect_right(self._starts, address - CODE_BASE) - 1
        return self.prepared.image.sites[i] if i >= 0 else None

    def run(
        self, max_insns: int = 0, *, watched: Callable[[], tuple[int, int]] | None = None, here: bool = False
    ) -> Result:
        """Call jit_entry(ctx, fn, ri, rf, rc) and decode the outcome.

        max_insns (0: none) stops the run after that many guest instructions with VMError INSN_LIMIT naming
        the op it was in: watched() gives (function index, pc) when hooks follow the ops (jit.debug.stepper),
        else the stop address tells. here runs Unicorn on this thread instead of a worker: for hooks that read
        a prompt (Ctrl-C then reaches them at their next call, as a KeyboardInterrupt Unicorn re-raises).
        """
        from unicorn import UcError

        check_max_insns(max_insns)
        image = self.prepared.image
        fn = CODE_BASE + image.functions[self.prepared.program.entry]
        ri, rf, rc = self.prepared.entry_windows(MEM_BASE)
        self.isa.cabi.set_call(self.uc, (MEM_BASE, fn, ri, rf, rc), self.stack_top, STOP)
        uc = self.uc

        def start() -> None:
            uc.emu_start(CODE_BASE + image.entry, STOP, count=max_insns)

        try:
            if here:
                self._on_this_thread(start)
            else:
                Worker(start).run(stop=uc.emu_stop)
        except UcError as e:
            pc = self.isa.cabi.read_pc(uc)
            raise RuntimeError(f"machine code faulted ({e}) at {self._where(pc)}") from None
        pc = self.isa.cabi.read_pc(uc)
        if pc != STOP:
            fi, op_pc, note = (*watched(), "") if watched is not None else self._op_at(pc)
            name = self.prepared.program.functions[fi].name
            raise VMError(ErrorKind.INSN_LIMIT, name, op_pc, f"after {max_insns} instructions{note}")
        return self.prepared.outcome(self.read, self.isa.cabi.read_result(uc))

    def _on_this_thread(self, start: Callable[[], None]) -> None:
        """start() here, with Ctrl-C and SIGTERM also stopping Unicorn themselves. Their KeyboardInterrupt, raised
        in a hook, would be lost if it landed in the binding's callback wrapper before its guard (ctypes drops an
        exception that leaves a callback): there the signal only asks emu_stop, and is raised once emu_start has
        returned; anywhere else (a hook, the debugger's prompt) it raises at once, as before."""
        interrupted: list[int] = []

        def handler(signum: int, frame: FrameType | None) -> None:
            interrupted.append(signum)
            self.uc.emu_stop()
            if frame is None or not _in_hook_wrapper(frame):
                raise KeyboardInterrupt

        if threading.current_thread() is not threading.main_thread():
            start()  # no signal reaches another thread
            return
        old = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            start()
        finally:
            for sig, previous in old.items():
                signal.signal(sig, previous)
        if interrupted:
            raise KeyboardInterrupt

    def _op_at(self, pc: int) -> tuple[int, int, str]:
        """(function index, pc, a note) of the op a run stopped at address pc was in.

        A runtime helper belongs to the op that called it, so the run goes on until it leaves the helper: into
        that op's code, or (jit_rt_fail, or a helper that fails) with the op recorded in the context. In the
        entry trampoline, which runs before the entry function and after it returns, the note says so.
        """
        site = self.site_at(pc)
        if site is not None and site.func >= 0:
            return site.func, max(site.pc, 0), ""
        if site is not None and site.name.startswith(HELPER_PREFIX):
            located = self._finish_helper(pc)
            if located is not None:
                return (*located, "")
        return self.prepared.program.entry, 0, " (in the entry trampoline)"

    def _finish_helper(self, pc: int) -> tuple[int, int] | None:
        from unicorn import UC_HOOK_CODE, UcError

        image = self.prepared.image
        landed: list[int] = []

        def back_in_an_op(uc: object, address: int, size: int, data: object) -> None:
            landed.append(address)
            self.uc.emu_stop()

        hook = self.uc.hook_add(
            UC_HOOK_CODE, back_in_an_op, begin=CODE_BASE + min(image.functions), end=CODE_BASE + len(image.code) - 1
        )
        try:
            self.uc.emu_start(pc, STOP)
        except UcError:
            return None
        finally:
            self.uc.hook_del(hook)
        if read_ctx(self.read, "CTX_STATUS") == vm("STATUS_ERROR"):
            return read_ctx(self.read, "CTX_ERR_FUNC"), read_ctx(self.read, "CTX_ERR_PC")
        site = self.site_at(landed[0]) if landed else None
        return (site.func, max(site.pc, 0)) if site is not None and site.func >= 0 else None

    def close(self) -> None:
        """Unicorn's memory goes with the instance; drop it now rather than at garbage collection."""
        self.uc = None  # type: ignore[assignment]

    def _where(self, address: int) -> str:
        site = self.site_at(address)
        if site is None:
            return f"0x{address:x} (outside the image)"
        name = self.prepared.program.functions[site.func].name if site.func >= 0 else site.name
        return f"image offset 0x{address - CODE_BASE:x} ({name} pc={site.pc} {site.name})"
