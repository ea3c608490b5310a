"""How a case's VM state is put into the machine and read back: the one place that knows where it lives.

The memory map of a case run (context, data area, BANK_PAGES pages per bank stack, the heap region), what every
field of the context holds before the op, writing all of it into a Unicorn instance (`load_state`), and reading it
back into an Observed after the run (`read_state`, `returned`), with the checks that nothing outside the
state changed: bank registers past the stack, heap bytes past heap_used. A vm3 register that a stencil keeps
in a machine register would be set and read here too.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from typing import TYPE_CHECKING

from jit.isa.base import Isa
from jit.stencilcheck.case import Case, Observed, Outcome, bank_fill
from jit.stencilcheck.heapimage import HEAP_REGION, M64, ObjectKey, decode_objects, heap_writes
from jit.stencilset.header import constants, vm

if TYPE_CHECKING:
    from unicorn import Uc

PAGE = 0x1000
MEM_BASE = 0x1000_0000
CTX_AT = MEM_BASE
DATA_AT = MEM_BASE + PAGE
DATA_PAGES = 2
"""Pages of the data area: a wide case's tables (jit.stencilcheck.cases.WIDE_TABLE bytes, then the op's)."""
PAGE_REGS = PAGE // 8
BANK_PAGES = 9
"""Pages per bank stack: a wide case's (jit.stencilcheck.cases.WIDE_BASE + 64 registers) and more."""
BANK_AT = tuple(MEM_BASE + (1 + DATA_PAGES + bank * BANK_PAGES) * PAGE for bank in range(3))
HEAP_AT = MEM_BASE + (1 + DATA_PAGES + 3 * BANK_PAGES) * PAGE
MARKS_AT = HEAP_AT + HEAP_REGION
"""A page for the regions' saved marks (docs/semantics.md, "Reclaiming"): the case's depth indexes its first."""
MEM_SIZE = MARKS_AT + PAGE - MEM_BASE

HEAP_FILL = 0xA5
ERR_SENTINEL = 0xEEEE  # err_kind/func/pc before the op: an op that does not fail must leave them alone
DEOPT_SENTINEL = 0xDDDD
RESULT_SENTINEL = 0xCCCC

CTX_FIELDS = tuple(n.removeprefix("VM_CTX_") for n in constants() if n.startswith("VM_CTX_") and n != "VM_CTX_SIZE")

_Q = struct.Struct("<Q")


def initial_ctx(case: Case) -> dict[str, int]:
    """Every context field (VM_CTX_* of vm3.h) before the op."""
    s = 8 * case.stack_regs
    return {
        "STATUS": 0,
        "ERR_KIND": ERR_SENTINEL,
        "ERR_FUNC": ERR_SENTINEL,
        "ERR_PC": ERR_SENTINEL,
        "DEPTH": case.depth,
        "MAX_DEPTH": case.max_depth,
        "RI_LIMIT": BANK_AT[0] + s,
        "RF_LIMIT": BANK_AT[1] + s,
        "RC_LIMIT": BANK_AT[2] + s,
        "HEAP_BASE": HEAP_AT,
        "HEAP_USED": case.heap.used,
        "HEAP_SIZE": case.heap.size,
        "DEOPT_PC": DEOPT_SENTINEL,
        "RESULT": RESULT_SENTINEL,
        "DATA_BASE": DATA_AT,
        "HEAP_MARK": case.heap.mark,
        "HEAP_FLOOR": case.heap.floor,
        "MARKS": (MARKS_AT - 8 * case.depth) & M64,
    }


def entry_arguments(first: int) -> tuple[int, ...]:
    """jit_entry's arguments for a run starting at code address `first`: ctx, the code, the three windows."""
    return (CTX_AT, first, *BANK_AT)


def map_memory(uc: Uc) -> None:
    """Map the VM memory of a case run into a fresh Unicorn instance."""
    from unicorn import UC_PROT_READ, UC_PROT_WRITE

    uc.mem_map(MEM_BASE, MEM_SIZE, UC_PROT_READ | UC_PROT_WRITE)


def _bank_regs(case: Case) -> int:
    """The registers of each bank stack that a run of the case writes and checks: its stack, then stale fill up to
    a page boundary at least 64 registers on (one page for all but the wide cases)."""
    regs = -(-(case.stack_regs + 64) // PAGE_REGS) * PAGE_REGS
    if regs > BANK_PAGES * PAGE_REGS:
        raise ValueError(f"the case's bank stacks ({case.stack_regs} registers) do not fit their pages")
    return regs


def load_state(uc: Uc, case: Case, data: bytes) -> None:
    """Write the case's context, data area, bank stacks (stale fill past the stack) and heap (fill past it)."""
    ctx = bytearray(vm("CTX_SIZE"))
    for name, value in initial_ctx(case).items():
        _Q.pack_into(ctx, vm(f"CTX_{name}"), value)
    write = uc.mem_write
    write(CTX_AT, bytes(ctx))
    if len(data) > DATA_PAGES * PAGE:
        raise ValueError("the case's data area does not fit its pages")
    write(DATA_AT, data)
    size = _bank_regs(case)
    for bank, (at, regs) in enumerate(zip(BANK_AT, case.banks, strict=True)):
        page = list(regs) + [bank_fill(bank, k) for k in range(len(regs), size)]
        write(at, struct.pack(f"<{size}Q", *page))
    heap = bytearray([HEAP_FILL]) * HEAP_REGION
    for off, chunk in heap_writes(case.heap):
        heap[off : off + len(chunk)] = chunk
    write(HEAP_AT, bytes(heap))


def _read(uc: Uc, addr: int, n: int) -> bytes:
    return bytes(uc.mem_read(addr, n))


def read_ctx(uc: Uc) -> dict[str, int]:
    raw = _read(uc, CTX_AT, vm("CTX_SIZE"))
    return {name: _Q.unpack_from(raw, vm(f"CTX_{name}"))[0] for name in CTX_FIELDS}


def returned(uc: Uc, isa: Isa) -> Outcome:
    """The outcome of a run that came back from jit_entry: the status the context holds."""
    ctx = read_ctx(uc)
    if ctx["STATUS"] == vm("STATUS_OK"):
        return ("return", isa.cabi.read_result(uc))
    if ctx["STATUS"] == vm("STATUS_DEOPT"):
        return ("deopt", ctx["DEOPT_PC"])
    return ("error", ctx["ERR_KIND"], ctx["ERR_FUNC"], ctx["ERR_PC"])


def read_state(uc: Uc, case: Case, outcome: Outcome, objects: Iterable[ObjectKey]) -> Observed:
    """The state after a run: every register of the bank stacks, the context, the heap objects named by
    `objects`, and every change to memory outside the state as a problem."""
    problems: list[str] = []
    s, size = case.stack_regs, _bank_regs(case)
    banks = []
    for bank, at in enumerate(BANK_AT):
        page = struct.unpack(f"<{size}Q", _read(uc, at, 8 * size))
        banks.append(page[:s])
        problems += [
            f"bank {bank} register {k} past the stack written" for k in range(s, size) if page[k] != bank_fill(bank, k)
        ]
    ctx = read_ctx(uc)
    heap = _read(uc, HEAP_AT, HEAP_REGION)
    used = ctx["HEAP_USED"]
    if used <= HEAP_REGION and heap[used:] != bytes([HEAP_FILL]) * (HEAP_REGION - used):
        problems.append(f"heap bytes past heap_used ({used}) written")
    decoded = decode_objects(heap, used, objects, problems)
    return Observed(outcome, tuple(banks), decoded, ctx, tuple(problems))
