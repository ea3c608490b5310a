"""The machine for a case: the op's stencil alone under Unicorn, for either ISA.

An image per case: the entry trampoline and runtime helpers (placed once per Machine), then the ops from
case.start to the op, each continuing to the next, the op with its continuation jump kept and patched to a
stop pad, and for a call the callee built from its prologue and op stencils. Every op runs the stencil the
compiler picks for it, its own or a variant, with every hole patched as the compiler computes it. A case with
pinned registers loads them into their slots right before the op and stores them back on the way to the
continue and target pads, with the compiler's own slot stencils, so that the registers are compared in memory
like the others. The run enters through `jit_entry` with the platform C ABI and stops at a pad: continue,
target or return (jit.stencilcheck.vmstate puts the state in and reads it back).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from jit.compiler.dataflow import BRANCHES
from jit.compiler.fit import forms
from jit.compiler.holes import DataArea, Env, entry_values, op_getter
from jit.compiler.image import CALLED_PROLOGUE, PROLOGUE
from jit.compiler.lower import slot_piece
from jit.isa.registry import get_isa
from jit.program.model import Instr
from jit.program.ops import OPS
from jit.stencilcheck.case import Case, Observed, Outcome
from jit.stencilcheck.families import is_lowering, lowering, picked
from jit.stencilcheck.heapimage import ObjectKey
from jit.stencilcheck.vmstate import entry_arguments, load_state, map_memory, read_state, returned
from jit.stencilset.catalog import catalog
from jit.stencilset.files import load_stencil
from jit.stencilset.model import Stencil

CODE_BASE = 0x40_0000
CODE_SIZE = 0x1_0000
PAD_SIZE = 0x10
PADS = ("continue", "target", "return", "trap")  # one stop pad each at the start of the code region
STENCILS_AT = CODE_BASE + PAD_SIZE * len(PADS)

STACK_TOP = 0x2000_0000
STACK_SIZE = 0x1_0000
MAX_INSNS = 1_000_000


def _align(n: int, to: int = 16) -> int:
    return (n + to - 1) // to * to


def _chain_end(at: int, pieces: list[tuple[Stencil, Instr]]) -> int:
    """Where pieces laid out one after another from `at` end."""
    for stencil, _ in pieces:
        at = _align(at + len(stencil.code))
    return at


class Machine:
    """One Unicorn instance per ISA, its memory mapped once; every run rewrites code and VM memory."""

    def __init__(self, isa_name: str) -> None:
        from unicorn import UC_PROT_ALL, UC_PROT_READ, UC_PROT_WRITE

        self.isa_name = isa_name
        self.isa = get_isa(isa_name)
        self.uc = self.isa.unicorn()
        self.uc.mem_map(CODE_BASE, CODE_SIZE, UC_PROT_ALL)
        map_memory(self.uc)
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

    def _op_values(
        self, case: Case, env: Env, fi: int, pc: int, code: dict[str, int], ins: Instr | None = None
    ) -> Callable[[str], int]:
        """Hole values of op (fi, pc), filled from `ins` (a piece of it) or the op itself: code holes from `code`
        and the helpers, the rest as the compiler computes."""
        ins = case.program.functions[fi].code[pc] if ins is None else ins

        def value(symbol: str) -> int:
            if symbol in code:
                return code[symbol]
            if symbol in self.helpers:
                return self.helpers[symbol]
            env.fi, env.pc = fi, pc
            return op_getter(OPS[ins.op], symbol)(ins, env)

        return value

    def _stencil(self, case: Case, fi: int, pc: int) -> Stencil:
        """The stencil the compiler runs for op pc of function fi (not the case's op): its own or a variant."""
        return load_stencil(self.isa_name, picked(self.isa_name, case.program, fi, pc))

    def _op_pieces(self, case: Case) -> list[tuple[Stencil, Instr]]:
        """What runs for the case's op: the stencil under test (case.run), or the pieces the compiler lowers it
        into (case.run a lowering, or empty and the compiler lowers it)."""
        if case.run and not is_lowering(case.run):
            return [(load_stencil(self.isa_name, case.run), case.ins)]
        ran = lowering(self.isa_name, case.program, case.fi, case.pc, case.pins)
        if isinstance(ran, str):
            return [(load_stencil(self.isa_name, ran), case.ins)]
        return [(load_stencil(self.isa_name, name), ins) for name, ins in ran]

    def _slot_moves(self, case: Case, store: bool) -> list[tuple[Stencil, Instr]]:
        """The stores (or loads) of the case's pinned registers, with the instruction each is filled from."""
        pieces = [slot_piece(bank, reg, slot, store) for (bank, reg), slot in sorted(case.pins.items())]
        isa_forms = forms(self.isa_name)
        return [(load_stencil(self.isa_name, isa_forms.fit(name, ins) or name), ins) for name, ins in pieces]

    def _place_chain(self, at: int, pieces: list[tuple[Stencil, Instr]], then: int) -> int:
        """Pieces one after another from `at`, the last one going on to `then`; returns the address after them
        (the chain starts at `at`, or is `then` itself when there are none)."""
        for k, (stencil, ins) in enumerate(pieces):
            after = _align(at + len(stencil.code))
            self._place(at, stencil, self._piece_values(ins, after if k + 1 < len(pieces) else then))
            at = after
        return at

    @staticmethod
    def _piece_values(ins: Instr, continue_at: int) -> Callable[[str], int]:
        def value(symbol: str) -> int:
            if symbol == "_JIT_CONTINUE":
                return continue_at
            return op_getter(OPS[ins.op], symbol)(ins, None)  # type: ignore[arg-type]  # register fields only

        return value

    def _layout(self, case: Case, env: Env) -> int:
        """The op at the first free address, its continuation and target the pads, then the callee if any;
        before it, the ops from case.start on, each continuing to the next. Returns the address of the first."""
        del self.code[self.code_end - CODE_BASE :]
        ins = case.ins
        at = first = self.code_end
        loads, stores = self._slot_moves(case, False), self._slot_moves(case, True)
        for pc in range(case.start, case.pc):
            stencil = self._stencil(case, case.fi, pc)
            code = {"_JIT_CONTINUE": _align(at + len(stencil.code)), "_JIT_TARGET": self.pad_address("target")}
            at = self._place(at, stencil, self._op_values(case, env, case.fi, pc, code))
        op_at = _chain_end(at, loads)
        self._place_chain(at, loads, op_at)
        pieces = self._op_pieces(case)
        after_op = _chain_end(op_at, pieces)
        continue_to = target_to = after_op
        if stores:
            target_to = self._place_chain(after_op, stores, self.pad_address("continue"))
            callee_at = self._place_chain(target_to, stores, self.pad_address("target"))
        else:
            continue_to, target_to, callee_at = self.pad_address("continue"), self.pad_address("target"), after_op
        piece_at = op_at
        for k, (stencil, piece) in enumerate(pieces):
            after = _align(piece_at + len(stencil.code))
            code = {"_JIT_CONTINUE": after if k + 1 < len(pieces) else continue_to, "_JIT_TARGET": target_to}
            code["_JIT_CALLEE"] = callee_at
            self._place(piece_at, stencil, self._op_values(case, env, case.fi, case.pc, code, piece))
            piece_at = after
        if OPS[ins.op].name.startswith(("Call", "TailCall")):
            self._place_function(case, env, ins.c, callee_at)
        return first

    def _place_function(self, case: Case, env: Env, fi: int, at: int) -> None:
        """Function fi's prologue (as the compiler picks it) and every op, each continuing to the next and
        branching to its target; the last one continues to the trap pad."""
        f = case.program.functions[fi]
        prologue = load_stencil(self.isa_name, PROLOGUE if fi == case.program.entry else CALLED_PROLOGUE)
        stencils = [self._stencil(case, fi, pc) for pc in range(len(f.code))]
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

    def run(self, case: Case, objects: Iterable[ObjectKey]) -> Observed:
        """Run the op's stencil on the case; decode the heap objects named by `objects` afterwards."""
        from unicorn import UcError

        data = DataArea(case.program)
        env = Env(case.program, data, case.strings, [], [], {})
        first = self._layout(case, env)
        self.uc.mem_write(CODE_BASE, bytes(self.code))
        self.uc.ctl_remove_cache(CODE_BASE, CODE_BASE + CODE_SIZE)  # else Unicorn reruns the previous case's code
        load_state(self.uc, case, bytes(data.blob))
        self.isa.cabi.set_call(self.uc, entry_arguments(first), STACK_TOP, self.pad_address("return"))
        try:
            self.uc.emu_start(self.helpers["jit_entry"], 0, count=MAX_INSNS)  # until: the exits (the pads)
        except UcError as e:
            return read_state(self.uc, case, ("fault", f"{e} at {self.isa.cabi.read_pc(self.uc):#x}"), objects)
        pc = self.isa.cabi.read_pc(self.uc)
        pad = PADS[(pc - CODE_BASE) // PAD_SIZE] if CODE_BASE <= pc < STENCILS_AT else None
        if pad in ("continue", "target"):
            outcome: Outcome = (pad,)
        elif pad == "return":
            outcome = returned(self.uc, self.isa)
        else:
            outcome = ("stopped", pad or f"{pc:#x}")
        return read_state(self.uc, case, outcome, objects)


@cache
def machine(isa_name: str) -> Machine:
    """One Machine per ISA per process (its helpers are placed once)."""
    return Machine(isa_name)
