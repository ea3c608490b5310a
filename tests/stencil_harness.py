"""Run one stencil alone under Unicorn and the same op in the reference interpreter, from the same VM state.

A Case is a tiny program around one op (the op at pc `pc` of function `fi`, plus a callee for calls) and a
whole VM state: the three register-bank stacks, a heap of real strings, lists and maps (modelled by
jit.vm.heap.Heap and laid out byte for byte as the C runtime lays them out), and the context's depth and limits.

`Machine(isa).run(case)` builds an image (entry trampoline, runtime helpers, the op's stencil with its
continuation jump kept and patched to a stop pad, the callee built from FuncEntry and op stencils; every op
runs the stencil the compiler picks for it, its own or a variant), enters it through `jit_entry` with the
platform C ABI, and stops at a pad: continue, target or return. `reference(case)`
runs jit.interp.interpreter's own loop on the same registers and heap and stops when control leaves the op. `check`
compares the two: control-flow outcome, every register of the three bank stacks, the heap objects and the
context fields.
"""

from __future__ import annotations

import copy
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from jit.isa.registry import get_isa

from jit.compiler.dataflow import BRANCHES
from jit.compiler.holes import DataArea, Env, entry_values, op_getter
from jit.compiler.image import CALLED_PROLOGUE, PROLOGUE
from jit.compiler.variants import stencil_name
from jit.errors import VMError
from jit.interp import interpreter as interp
from jit.program import cell
from jit.program.model import Instr, Program
from jit.program.ops import OPS
from jit.stencilset.catalog import catalog
from jit.stencilset.files import load_stencil
from jit.stencilset.header import constants, vm
from jit.stencilset.model import Stencil
from jit.vm.heap import Fault, Heap
from jit.vm.limits import Limits

M64 = cell.MASK64
PAGE = 0x1000

CODE_BASE = 0x40_0000
CODE_SIZE = 0x1_0000
PAD_SIZE = 0x10
PADS = ("continue", "target", "return", "trap")  # one stop pad each at the start of the code region
STENCILS_AT = CODE_BASE + PAD_SIZE * len(PADS)

MEM_BASE = 0x1000_0000
CTX_AT = MEM_BASE
DATA_AT = MEM_BASE + PAGE
BANK_AT = (MEM_BASE + 2 * PAGE, MEM_BASE + 3 * PAGE, MEM_BASE + 4 * PAGE)
BANK_PAGE_REGS = PAGE // 8
HEAP_AT = MEM_BASE + 5 * PAGE
HEAP_REGION = 0x1_0000
MEM_SIZE = HEAP_AT + HEAP_REGION - MEM_BASE

STACK_TOP = 0x2000_0000
STACK_SIZE = 0x1_0000
MAX_INSNS = 1_000_000

HEAP_FILL = 0xA5
ERR_SENTINEL = 0xEEEE  # err_kind/func/pc before the op: an op that does not fail must leave them alone
DEOPT_SENTINEL = 0xDDDD
RESULT_SENTINEL = 0xCCCC

_Q = struct.Struct("<Q")


def bank_fill(bank: int, k: int) -> int:
    """Stale contents of register k of a bank stack beyond the frame (distinct per bank and register)."""
    return 0x5EED_0000_0000_0000 | (bank << 32) | k


# ---- The heap: the Python model plus where each list's and map's current block lies ----


@dataclass
class HeapBuilder:
    """Builds a heap through jit.vm.heap.Heap (so sizes and handles follow the semantics) and records, for every
    list and map, the offset of its current data block, which the model does not keep."""

    heap: Heap = field(default_factory=lambda: Heap(HEAP_REGION))
    lists: dict[int, int] = field(default_factory=dict)  # header offset -> data block offset (0: none yet)
    maps: dict[int, int] = field(default_factory=dict)  # header offset -> entries block offset

    def new_string(self, data: bytes) -> int:
        return self.heap.new_string(data)

    def new_list(self, hint: int) -> int:
        at = self.heap.used
        h = self.heap.new_list(hint)
        self.lists[at] = at + vm("LIST_HEADER_SIZE") if hint else 0
        return h

    def push(self, h: int, value: int) -> None:
        at = self.heap.used
        self.heap.list_push(h, value)
        if self.heap.used != at:
            self.lists[cell.handle_slot(h) * 8] = at

    def new_map(self, hint: int) -> int:
        at = self.heap.used
        h = self.heap.new_map(hint)
        self.maps[at] = at + vm("MAP_HEADER_SIZE")
        return h

    def map_set(self, h: int, key: int, value: int) -> None:
        at = self.heap.used
        self.heap.map_set(h, key, value)
        if self.heap.used != at:
            self.maps[cell.handle_slot(h) * 8] = at


def map_shift(cap: int) -> int:
    return 64 - (2 * cap).bit_length() + 1


def map_slot(key: int, shift: int) -> int:
    return ((key * vm("MAP_HASH_MULT")) & M64) >> shift


def map_index(keys: Iterable[int], cap: int) -> list[int]:
    """The u32 index slots (entry number + 1, 0 empty) the C runtime builds for keys in insertion order."""
    slots = [0] * (2 * cap)
    for i, key in enumerate(keys):
        s = map_slot(key, map_shift(cap))
        while slots[s]:
            s = (s + 1) & (2 * cap - 1)
        slots[s] = i + 1
    return slots


def heap_writes(b: HeapBuilder) -> list[tuple[int, bytes]]:
    """(heap offset, bytes) of every object, exactly as jit/stencils/runtime.c lays them out."""
    out = [(off, _Q.pack(len(data)) + data) for off, data in b.heap.strings().items()]
    for off, block in b.lists.items():
        obj = b.heap.list_of(cell.handle(cell.ARENA_LIST, off // 8))
        out.append((off, struct.pack("<3Q", len(obj.items), obj.cap, block)))
        if obj.items:
            out.append((block, struct.pack(f"<{len(obj.items)}Q", *obj.items)))
    for off, block in b.maps.items():
        m = b.heap.map_of(cell.handle(cell.ARENA_MAP, off // 8))
        keys = [cell.from_int(k) for k in m.entries]
        index = block + m.cap * vm("MAP_ENTRY_SIZE")
        out.append((off, struct.pack("<5Q", len(keys), m.cap, block, index, map_shift(m.cap))))
        flat = [x for k, v in zip(keys, m.entries.values(), strict=True) for x in (k, v)]
        out.append((block, struct.pack(f"<{len(flat)}Q", *flat)))
        slots = map_index(keys, m.cap)
        out.append((index, struct.pack(f"<{len(slots)}I", *slots)))
    return out


# ---- A case and what is observed after running it ----


@dataclass
class Case:
    """One op of `program` (function fi, pc) with the VM state it starts from. The ops from pc `first` on run
    before it on the machine too (they set up what a variant of the op relies on); every op before `first`
    must leave the state unchanged (a Nop), since only the interpreter runs those."""

    program: Program
    fi: int
    pc: int
    strings: list[dict[int, int]]  # per function, the Cell of each string constant
    banks: tuple[list[int], list[int], list[int]]  # every register of each bank stack (raw u64); the frame first
    builder: HeapBuilder  # heap objects before the op; builder.heap.size is the heap size
    depth: int
    max_depth: int
    first: int = -1  # the first op the machine runs: pc if -1

    @property
    def start(self) -> int:
        return self.pc if self.first < 0 else self.first

    @property
    def ins(self) -> Instr:
        return self.program.functions[self.fi].code[self.pc]

    @property
    def stack_regs(self) -> int:
        return len(self.banks[0])

    def describe(self) -> str:
        f = self.program.functions[self.fi]
        lines = [f"{OPS[self.ins.op].name} {self.ins} in {f.name} (index {self.fi}) pc {self.pc}, nregs {f.nregs}"]
        for name, window, n in zip("ifc", self.banks, f.nregs, strict=True):
            lines.append(f"  r{name}: " + " ".join(f"{v:#x}" for v in window[:n]))
        h = self.builder.heap
        lines.append(
            f"  heap used {h.used} of {h.size}; depth {self.depth} of {self.max_depth}; stack {self.stack_regs}"
        )
        for i, g in enumerate(self.program.functions):
            if i != self.fi:
                lines.append(f"  {g.name}: params {g.params} result {g.result} nregs {g.nregs} code {g.code}")
        return "\n".join(lines)


Outcome = tuple[object, ...]
"""("continue",), ("target",), ("return", bits), ("deopt", pc), ("error", kind, function index, pc), or for
the machine only ("stopped", pad or address) / ("fault", message) when something went wrong."""


@dataclass
class Observed:
    outcome: Outcome
    banks: tuple[tuple[int, ...], ...]
    objects: dict[tuple[str, int], object]  # ("str"|"list"|"map", header offset) -> contents (and capacity)
    ctx: dict[str, int]
    problems: tuple[str, ...] = ()  # machine memory that should not have changed, or an inconsistent heap


def _handle_objects(heap: Heap, cells: Iterable[int]) -> set[tuple[str, int]]:
    """The lists and maps that these Cells name (the handles an op just created)."""
    out = set()
    for c in cells:
        for kind, of in (("list", heap.list_of), ("map", heap.map_of)):
            try:
                of(c)
            except Fault:
                continue
            out.add((kind, cell.handle_slot(c) * 8))
    return out


def _model_objects(heap: Heap, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], object]:
    out: dict[tuple[str, int], object] = {("str", off): data for off, data in heap.strings().items()}
    for kind, off in keys:
        if kind == "list":
            obj = heap.list_of(cell.handle(cell.ARENA_LIST, off // 8))
            out[kind, off] = (obj.cap, tuple(obj.items))
        else:
            m = heap.map_of(cell.handle(cell.ARENA_MAP, off // 8))
            out[kind, off] = (m.cap, tuple(heap.map_items(off)))
    return out


CTX_FIELDS = tuple(n.removeprefix("VM_CTX_") for n in constants() if n.startswith("VM_CTX_") and n != "VM_CTX_SIZE")


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
        "HEAP_USED": case.builder.heap.used,
        "HEAP_SIZE": case.builder.heap.size,
        "DEOPT_PC": DEOPT_SENTINEL,
        "RESULT": RESULT_SENTINEL,
        "DATA_BASE": DATA_AT,
    }


# ---- The reference: jit.interp.interpreter's loop on the case's state ----


class _Left(Exception):
    """Raised by the observer when control reaches the op's continuation or its branch target."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def reference(case: Case) -> Observed:
    """Run the op in the interpreter (its own decoder and loop, entered with the case's registers and heap)."""
    heap = copy.deepcopy(case.builder.heap)
    ri = [cell.to_signed64(v) for v in case.banks[0]]
    banks = (ri, list(case.banks[1]), list(case.banks[2]))
    fns = [interp._decode(f, case.strings[i]) for i, f in enumerate(case.program.functions)]
    limits = Limits(max_depth=case.max_depth - case.depth + 1, stack_regs=case.stack_regs, heap_size=heap.size)
    reached = False

    def observe(fi: int, pc: int, frame: interp.FrameView) -> None:
        nonlocal reached
        if fi != case.fi:
            return
        if reached:
            raise _Left("continue" if pc == case.pc + 1 else "target")
        reached = pc == case.pc

    outcome: Outcome
    try:
        result = interp._execute(fns, case.fi, banks, heap, limits, observe)
    except _Left as e:
        outcome = (e.where,)
    except VMError as e:
        names = [f.name for f in case.program.functions]
        outcome = ("error", int(e.kind), names.index(e.func), e.pc)
    else:
        outcome = ("return", result.bits) if result.bank is not None else ("deopt", result.bits & cell.MASK48)
    ctx = initial_ctx(case) | {"HEAP_USED": heap.used} | _ctx_after(outcome)
    keys = {("list", off) for off in case.builder.lists} | {("map", off) for off in case.builder.maps}
    keys |= _handle_objects(heap, banks[2])
    final = tuple(tuple(v & M64 for v in bank) for bank in banks)
    return Observed(outcome, final, _model_objects(heap, keys), ctx)


def _ctx_after(outcome: Outcome) -> dict[str, int]:
    """The context fields an outcome sets (the result of a failed or deoptimised run is not specified)."""
    if outcome[0] == "return":
        return {"RESULT": outcome[1]}  # type: ignore[dict-item]
    if outcome[0] == "deopt":
        return {"STATUS": vm("STATUS_DEOPT"), "DEOPT_PC": outcome[1]}  # type: ignore[dict-item]
    if outcome[0] == "error":
        _, kind, func, pc = outcome
        return {"STATUS": vm("STATUS_ERROR"), "ERR_KIND": kind, "ERR_FUNC": func, "ERR_PC": pc}  # type: ignore[dict-item]
    return {}


# ---- The machine: the stencil under Unicorn ----


def _align(n: int, to: int = 16) -> int:
    return (n + to - 1) // to * to


class Machine:
    """One Unicorn instance per ISA, its memory mapped once; every run rewrites code and VM memory."""

    def __init__(self, isa_name: str) -> None:
        from unicorn import UC_PROT_ALL, UC_PROT_READ, UC_PROT_WRITE

        self.isa_name = isa_name
        self.isa = get_isa(isa_name)
        self.uc = self.isa.unicorn()
        self.uc.mem_map(CODE_BASE, CODE_SIZE, UC_PROT_ALL)
        self.uc.mem_map(MEM_BASE, MEM_SIZE, UC_PROT_READ | UC_PROT_WRITE)
        self.uc.mem_map(STACK_TOP - STACK_SIZE, STACK_SIZE, UC_PROT_READ | UC_PROT_WRITE)
        self.uc.ctl_exits_enabled(True)
        self.uc.ctl_set_exits([self.pad_address(name) for name in PADS])
        trap = b"\xcc" if isa_name == "x86_64" else b"\x00\x00\x20\xd4"  # int3 / brk #0
        self.code = bytearray(trap * (PAD_SIZE * len(PADS) // len(trap)))
        self.helpers: dict[str, int] = {}
        names = ("jit_entry", *catalog(isa_name).runtime)
        at = STENCILS_AT
        for name in names:
            self.helpers[name] = at
            at = _align(at + len(load_stencil(isa_name, name).code))
        for name in names:
            self._place(self.helpers[name], load_stencil(isa_name, name), self._helper_symbol)
        self.code_end = at

    @staticmethod
    def pad_address(name: str) -> int:
        return CODE_BASE + PAD_SIZE * PADS.index(name)

    def _helper_symbol(self, symbol: str) -> int:
        return self.helpers[symbol]

    def _place(self, addr: int, stencil: Stencil, value: Callable[[str], int]) -> int:
        """Copy a stencil to addr and patch every hole; returns the address after it."""
        off = addr - CODE_BASE
        end = off + len(stencil.code)
        if len(self.code) < end:
            self.code.extend(bytes(end - len(self.code)))
        self.code[off:end] = stencil.code
        for hole in stencil.holes:
            kind = self.isa.hole_kinds[hole.kind]
            kind.patch(self.code, off + hole.offset, value(hole.symbol) + hole.addend, field_addr=addr + hole.offset)
        return _align(addr + len(stencil.code))

    def _op_values(self, case: Case, env: Env, fi: int, pc: int, code: dict[str, int]) -> Callable[[str], int]:
        """Hole values of op (fi, pc): code holes from `code` and the helpers, the rest as the compiler computes."""
        ins = case.program.functions[fi].code[pc]

        def value(symbol: str) -> int:
            if symbol in code:
                return code[symbol]
            if symbol in self.helpers:
                return self.helpers[symbol]
            env.fi, env.pc = fi, pc
            return op_getter(OPS[ins.op], symbol)(ins, env)

        return value

    def _stencil(self, env: Env, fi: int, pc: int) -> Stencil:
        """The stencil the compiler runs for op pc of function fi: the op's own or the variant it picks."""
        env.fi, env.pc = fi, pc
        return load_stencil(self.isa_name, stencil_name(env.function.code[pc], env))

    def _layout(self, case: Case, env: Env) -> int:
        """The op at the first free address, its continuation and target the pads, then the callee if any;
        before it, the ops from case.start on, each continuing to the next. Returns the address of the first."""
        del self.code[self.code_end - CODE_BASE :]
        ins = case.ins
        at = first = self.code_end
        for pc in range(case.start, case.pc):
            stencil = self._stencil(env, case.fi, pc)
            code = {"_JIT_CONTINUE": _align(at + len(stencil.code)), "_JIT_TARGET": self.pad_address("target")}
            at = self._place(at, stencil, self._op_values(case, env, case.fi, pc, code))
        op_at = at
        stencil = self._stencil(env, case.fi, case.pc)
        callee_at = op_at + _align(len(stencil.code))
        code = {
            "_JIT_CONTINUE": self.pad_address("continue"),
            "_JIT_TARGET": self.pad_address("target"),
            "_JIT_CALLEE": callee_at,
        }
        self._place(op_at, stencil, self._op_values(case, env, case.fi, case.pc, code))
        if OPS[ins.op].name.startswith(("Call", "TailCall")):
            self._place_function(case, env, ins.c, callee_at)
        return first

    def _place_function(self, case: Case, env: Env, fi: int, at: int) -> None:
        """Function fi's prologue (as the compiler picks it) and every op, each continuing to the next and
        branching to its target; the last one continues to the trap pad."""
        f = case.program.functions[fi]
        prologue = load_stencil(self.isa_name, PROLOGUE if fi == case.program.entry else CALLED_PROLOGUE)
        stencils = [self._stencil(env, fi, pc) for pc in range(len(f.code))]
        starts = [_align(at + len(prologue.code))]
        for stencil in stencils:
            starts.append(_align(starts[-1] + len(stencil.code)))
        starts[-1] = self.pad_address("trap")
        values = entry_values(case.program, fi) | {"_JIT_CONTINUE": starts[0]}
        self._place(at, prologue, values.__getitem__)
        for pc, (stencil, ins) in enumerate(zip(stencils, f.code, strict=True)):
            code = {"_JIT_CONTINUE": starts[pc + 1]}
            if ins.op in BRANCHES:
                code["_JIT_TARGET"] = starts[ins.c]
            self._place(starts[pc], stencil, self._op_values(case, env, fi, pc, code))

    def _memory(self, case: Case, data: bytes) -> None:
        ctx = bytearray(vm("CTX_SIZE"))
        for name, value in initial_ctx(case).items():
            _Q.pack_into(ctx, vm(f"CTX_{name}"), value)
        self.uc.mem_write(CTX_AT, bytes(ctx))
        if len(data) > PAGE:
            raise ValueError("the case's data area does not fit its page")
        self.uc.mem_write(DATA_AT, data)
        for bank, (at, regs) in enumerate(zip(BANK_AT, case.banks, strict=True)):
            page = list(regs) + [bank_fill(bank, k) for k in range(len(regs), BANK_PAGE_REGS)]
            self.uc.mem_write(at, struct.pack(f"<{BANK_PAGE_REGS}Q", *page))
        heap = bytearray([HEAP_FILL]) * HEAP_REGION
        for off, chunk in heap_writes(case.builder):
            heap[off : off + len(chunk)] = chunk
        self.uc.mem_write(HEAP_AT, bytes(heap))

    def run(self, case: Case, objects: Iterable[tuple[str, int]]) -> Observed:
        """Run the op's stencil on the case; decode the heap objects named by `objects` afterwards."""
        from unicorn import UcError

        data = DataArea(case.program)
        env = Env(case.program, data, case.strings, [], [], {})
        first = self._layout(case, env)
        self.uc.mem_write(CODE_BASE, bytes(self.code))
        self.uc.ctl_remove_cache(CODE_BASE, CODE_BASE + CODE_SIZE)  # else Unicorn reruns the previous case's code
        self._memory(case, bytes(data.blob))
        args = (CTX_AT, first, *BANK_AT)
        self.isa.cabi.set_call(self.uc, args, STACK_TOP, self.pad_address("return"))
        try:
            self.uc.emu_start(self.helpers["jit_entry"], 0, count=MAX_INSNS)  # until: the exits (the pads)
        except UcError as e:
            return self._observe(case, ("fault", f"{e} at {self.isa.cabi.read_pc(self.uc):#x}"), objects)
        pc = self.isa.cabi.read_pc(self.uc)
        pad = PADS[(pc - CODE_BASE) // PAD_SIZE] if CODE_BASE <= pc < STENCILS_AT else None
        if pad in ("continue", "target"):
            outcome: Outcome = (pad,)
        elif pad == "return":
            outcome = self._returned()
        else:
            outcome = ("stopped", pad or f"{pc:#x}")
        return self._observe(case, outcome, objects)

    def _read(self, addr: int, n: int) -> bytes:
        return bytes(self.uc.mem_read(addr, n))

    def _ctx(self) -> dict[str, int]:
        raw = self._read(CTX_AT, vm("CTX_SIZE"))
        return {name: _Q.unpack_from(raw, vm(f"CTX_{name}"))[0] for name in CTX_FIELDS}

    def _returned(self) -> Outcome:
        ctx = self._ctx()
        if ctx["STATUS"] == vm("STATUS_OK"):
            return ("return", self.isa.cabi.read_result(self.uc))
        if ctx["STATUS"] == vm("STATUS_DEOPT"):
            return ("deopt", ctx["DEOPT_PC"])
        return ("error", ctx["ERR_KIND"], ctx["ERR_FUNC"], ctx["ERR_PC"])

    def _observe(self, case: Case, outcome: Outcome, objects: Iterable[tuple[str, int]]) -> Observed:
        problems: list[str] = []
        s = case.stack_regs
        banks = []
        for bank, at in enumerate(BANK_AT):
            page = struct.unpack(f"<{BANK_PAGE_REGS}Q", self._read(at, PAGE))
            banks.append(page[:s])
            problems += [
                f"bank {bank} register {k} past the stack written"
                for k in range(s, BANK_PAGE_REGS)
                if page[k] != bank_fill(bank, k)
            ]
        ctx = self._ctx()
        heap = self._read(HEAP_AT, HEAP_REGION)
        used = ctx["HEAP_USED"]
        if used <= HEAP_REGION and heap[used:] != bytes([HEAP_FILL]) * (HEAP_REGION - used):
            problems.append(f"heap bytes past heap_used ({used}) written")
        decoded = _memory_objects(heap, used, objects, problems)
        return Observed(outcome, tuple(banks), decoded, ctx, tuple(problems))


def _u64s(heap: bytes, off: int, n: int) -> tuple[int, ...]:
    return struct.unpack_from(f"<{n}Q", heap, off)


def _memory_objects(
    heap: bytes, used: int, keys: Iterable[tuple[str, int]], problems: list[str]
) -> dict[tuple[str, int], object]:
    """Decode the named objects from raw heap bytes, checking that blocks lie in the used heap and that
    every map key is found through the map's index."""
    out: dict[tuple[str, int], object] = {}
    for kind, off in keys:
        if not 0 <= off <= used - 8:
            problems.append(f"{kind} at {off} lies outside the used heap")
            continue
        if kind == "str":
            (n,) = _u64s(heap, off, 1)
            out[kind, off] = heap[off + 8 : off + 8 + n] if off + 8 + n <= used else None
        elif kind == "list":
            n, cap, data = _u64s(heap, off, 3)
            if (cap and data + 8 * cap > used) or n > cap:
                problems.append(f"list at {off}: len {n}, cap {cap}, data {data} inconsistent")
                continue
            out[kind, off] = (cap, _u64s(heap, data, n))
        else:
            n, cap, entries, index, shift = _u64s(heap, off, 5)
            if entries + cap * vm("MAP_BLOCK_PER_CAP") > used or n > cap or shift != map_shift(cap):
                problems.append(f"map at {off}: len {n}, cap {cap}, block {entries}, shift {shift} inconsistent")
                continue
            flat = _u64s(heap, entries, 2 * n)
            items = tuple(zip(flat[::2], flat[1::2], strict=True))
            slots = struct.unpack_from(f"<{2 * cap}I", heap, index)
            for i, (key, _) in enumerate(items):
                s = map_slot(key, shift)
                while slots[s] not in (0, i + 1):
                    s = (s + 1) & (2 * cap - 1)
                if slots[s] != i + 1:
                    problems.append(f"map at {off}: key {key:#x} (entry {i}) not found through the index")
            out[kind, off] = (cap, items)
    return out


@cache
def machine(isa_name: str) -> Machine:
    return Machine(isa_name)


def differences(case: Case, got: Observed, want: Observed) -> list[str]:
    """What the machine did differently from the interpreter (empty when they agree bit for bit).

    One difference is not one: beyond the frame, where a call's callee window lay, the interpreter zeroes every
    register of the callee, the machine only those the callee may read before writing (jit.compiler.dataflow). A
    register there that the machine left exactly as it was, where the interpreter has 0, is one of the others."""
    out = [f"outcome: machine {got.outcome}, interpreter {want.outcome}"] if got.outcome != want.outcome else []
    frame = case.program.functions[case.fi].nregs
    for bank, (g, w, before) in enumerate(zip(got.banks, want.banks, case.banks, strict=True)):
        out += [
            f"{'ifc'[bank]}{k}: machine {a:#x}, interpreter {b:#x}"
            for k, (a, b) in enumerate(zip(g, w, strict=True))
            if a != b and not (k >= frame[bank] and b == 0 and a == before[k] & M64)
        ]
    unspecified = {"RESULT": got.ctx["RESULT"]} if want.outcome[0] in ("deopt", "error") else {}
    ctx = want.ctx | unspecified
    out += [f"ctx {k}: machine {got.ctx[k]:#x}, interpreter {v:#x}" for k, v in ctx.items() if got.ctx[k] != v]
    for key in sorted(set(got.objects) | set(want.objects)):
        if got.objects.get(key) != want.objects.get(key):
            out.append(f"{key[0]} at {key[1]}: machine {got.objects.get(key)}, interpreter {want.objects.get(key)}")
    return out + list(got.problems)


def check(isa_name: str, case: Case) -> Outcome:
    """Run the case both ways and fail with every difference; the interpreter's outcome otherwise."""
    want = reference(case)
    got = machine(isa_name).run(case, want.objects)
    diff = differences(case, got, want)
    assert not diff, f"{isa_name}: {case.describe()}\n" + "\n".join(diff)
    return want.outcome
