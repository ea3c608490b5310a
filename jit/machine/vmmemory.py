"""VM memory for the machine-code backends: one region holding the context, the data area,
the three register-bank stacks and the heap, laid out by the numbers of jit/stencils/vm3.h.

The same bytes are written into host memory (native) or Unicorn's memory (emulate); after
a run the result, the error fields and heap objects are decoded back from the region.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jit.errors import ErrorKind, VMError
from jit.program import cell
from jit.program.model import Program
from jit.program.ops import Bank
from jit.stencilset.header import vm
from jit.vm.limits import Limits
from jit.vm.startup import Startup

PAGE = 4096
_Q = struct.Struct("<Q")


def _pages(n: int) -> int:
    return (n + PAGE - 1) // PAGE * PAGE


@dataclass(frozen=True)
class MemoryPlan:
    """Byte offsets of each part of the region (each page-aligned) and its total size."""

    data: int
    ri: int
    rf: int
    rc: int
    marks: int
    heap: int
    size: int
    stack_bytes: int

    @classmethod
    def for_run(cls, data_size: int, limits: Limits) -> MemoryPlan:
        stack = limits.stack_regs * 8
        data = _pages(vm("CTX_SIZE"))
        ri = data + _pages(max(data_size, 8))
        rf = ri + _pages(stack)
        rc = rf + _pages(stack)
        marks = rc + _pages(stack)  # the regions' saved marks, one per depth (docs/semantics.md, "Reclaiming")
        heap = marks + _pages(8 * (limits.max_depth + 1))
        return cls(data, ri, rf, rc, marks, heap, heap + _pages(max(limits.heap_size, 8)), stack)

    def bank_offset(self, bank: Bank) -> int:
        return (self.ri, self.rf, self.rc)[bank]


def initial_writes(plan: MemoryPlan, base: int, start: Startup, data: bytes, limits: Limits) -> list[tuple[int, bytes]]:
    """(offset, bytes) pieces that set up a run: context, data area, entry windows, start-up heap."""
    ctx = {
        "CTX_DEPTH": 1,
        "CTX_MAX_DEPTH": limits.max_depth,
        "CTX_RI_LIMIT": base + plan.ri + plan.stack_bytes,
        "CTX_RF_LIMIT": base + plan.rf + plan.stack_bytes,
        "CTX_RC_LIMIT": base + plan.rc + plan.stack_bytes,
        "CTX_HEAP_BASE": base + plan.heap,
        "CTX_HEAP_USED": start.heap.used,
        "CTX_HEAP_SIZE": limits.heap_size,
        "CTX_DATA_BASE": base + plan.data,
        "CTX_HEAP_MARK": 0,
        "CTX_HEAP_FLOOR": 0,
        "CTX_MARKS": base + plan.marks,
    }
    ctx_bytes = bytearray(vm("CTX_SIZE"))
    for name, value in ctx.items():
        _Q.pack_into(ctx_bytes, vm(name), value)
    writes = [(0, bytes(ctx_bytes)), (plan.data, data)]
    for bank, window in enumerate(start.windows):
        if window:
            raw = b"".join(_Q.pack(v & cell.MASK64) for v in window)
            writes.append((plan.bank_offset(Bank(bank)), raw))
    for offset, text in start.heap.strings().items():
        writes.append((plan.heap + offset, _Q.pack(len(text)) + text))
    return writes


class MemoryHeap:
    """jit.vm.results.HeapReader over raw VM memory: `read(offset, length)` reads the region."""

    def __init__(self, read: Callable[[int, int], bytes], heap_offset: int) -> None:
        self._read = read
        self._heap = heap_offset

    def _u64(self, offset: int) -> int:
        return _Q.unpack(self._read(self._heap + offset, 8))[0]

    def _u64s(self, offset: int, count: int) -> Sequence[int]:
        return struct.unpack(f"<{count}Q", self._read(self._heap + offset, 8 * count)) if count else ()

    def string_bytes(self, offset: int) -> bytes:
        n = self._u64(offset + vm("STR_LEN"))
        return self._read(self._heap + offset + vm("STR_BYTES"), n)

    def list_items(self, offset: int) -> Sequence[int]:
        n = self._u64(offset + vm("LIST_LEN"))
        return self._u64s(self._u64(offset + vm("LIST_DATA")), n)

    def map_items(self, offset: int) -> Sequence[tuple[int, int]]:
        n = self._u64(offset + vm("MAP_LEN"))
        flat = self._u64s(self._u64(offset + vm("MAP_ENTRIES")), 2 * n)
        return [(flat[2 * i], flat[2 * i + 1]) for i in range(n)]


def read_ctx(read: Callable[[int, int], bytes], name: str) -> int:
    return _Q.unpack(read(vm(name), 8))[0]


def check_status(read: Callable[[int, int], bytes], program: Program) -> int | None:
    """None if the run returned normally; the deopt pc after a Deopt; raises the run's VMError."""
    status = read_ctx(read, "CTX_STATUS")
    if status == vm("STATUS_OK"):
        return None
    if status == vm("STATUS_DEOPT"):
        return read_ctx(read, "CTX_DEOPT_PC")
    kind, func, pc = (read_ctx(read, f) for f in ("CTX_ERR_KIND", "CTX_ERR_FUNC", "CTX_ERR_PC"))
    if status != vm("STATUS_ERROR") or kind not in ErrorKind._value2member_map_ or func >= len(program.functions):
        raise RuntimeError(f"machine code left an invalid status {status} (kind {kind}, function {func}, pc {pc})")
    raise VMError(ErrorKind(kind), program.functions[func].name, pc)
