"""The native backend: run the image on this host's CPU through ctypes.

The code pages are written while writable and then made read+execute (never
both at once); VM memory is a separate read+write mapping, reserved whole and
filled by the kernel page by page as the run touches it. The call runs on a
worker thread (jit.machine.worker) whose stack is sized for the depth limit, so
deep vm3 recursion cannot overflow the host's stack before the VM's own limit
reports it, and so that Ctrl-C reaches the main thread. Machine code cannot be
stopped from outside: an interrupted run leaves its worker running until the
process exits, and close() then keeps both mappings, which that worker still uses.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from jit.errors import InputError
from jit.isa.registry import host_isa
from jit.machine.execmem import Mapping, executable_copy
from jit.machine.prepare import Prepared
from jit.machine.worker import Worker
from jit.vm.limits import machine_stack_size
from jit.vm.results import Result

_ENTRY = ctypes.CFUNCTYPE(ctypes.c_uint64, *[ctypes.c_void_p] * 5)
_MIN_THREAD_STACK = 8 << 20
_MAPPED_HOOKS: list[Callable[[Prepared, int], None]] = []


@contextmanager
def on_mapped(hook: Callable[[Prepared, int], None]) -> Iterator[None]:
    """Inside the block, call hook(prepared, code address) once each image is mapped (perf maps need it)."""
    _MAPPED_HOOKS.append(hook)
    try:
        yield
    finally:
        _MAPPED_HOOKS.remove(hook)


class NativeRun:
    """One prepared run in host memory; close() (or the context manager) releases both mappings, unless
    interrupted machine code may still be running in them."""

    def __init__(self, prepared: Prepared, isa_name: str) -> None:
        if isa_name != host_isa():
            raise InputError(f"this host cannot run {isa_name} code natively")
        self.prepared = prepared
        self._worker: Worker[int] | None = None
        self.memory = Mapping(prepared.plan.size, reserved=True)
        try:
            for offset, data in prepared.memory_writes(self.memory.addr):
                self.memory.write(offset, data)
            self.code = executable_copy(prepared.image.code)
        except BaseException:
            self.memory.close()
            raise
        try:
            for hook in _MAPPED_HOOKS:
                hook(prepared, self.code.addr)
        except BaseException:
            self.close()
            raise

    def read(self, offset: int, length: int) -> bytes:
        return self.memory.read(offset, length)

    def run(self) -> Result:
        entry = _ENTRY(self.code.addr + self.prepared.image.entry)
        fn = self.code.addr + self.prepared.image.functions[self.prepared.program.entry]
        ctx = self.memory.addr
        ri, rf, rc = self.prepared.entry_windows(ctx)
        thread_stack = max(_MIN_THREAD_STACK, machine_stack_size(self.prepared.limits))
        self._worker = Worker(lambda: entry(ctx, fn, ri, rf, rc), thread_stack)
        raw = self._worker.run()  # an interrupt leaves it running: nothing can stop machine code
        return self.prepared.outcome(self.read, raw)

    def close(self) -> None:
        """Unmap the code and VM memory, unless an interrupted run's worker may still execute or write them."""
        if self._worker is not None and self._worker.running:
            return
        self.code.close()
        self.memory.close()

    def __enter__(self) -> NativeRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
