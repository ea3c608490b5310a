"""Lowering a function whose registers are pinned (jit.compiler.regalloc): the pieces each op runs.

An op with no pinned operand runs its memory-form stencil (its own, or a variant of jit.compiler.variants).
Otherwise, in order of preference:

1. a variant with its pinned operands in their slots (`_r` + one location per register field);
2. the same after a rewrite that keeps the op's meaning: a Gt or Ge compare as Lt or Le with its operands
   swapped; a binary op whose destination is pinned as a move of B into A's slot and the op in place (B and C
   swapped first for a commutative op whose C is A);
3. the memory form, with a store of each pinned register it reads whose window copy is stale, and a load of each
   pinned register it writes, after it.

A tail call of the function itself becomes moves of its arguments into its parameters, zeros in the registers
it may read before writing them (jit.compiler.dataflow.exposed_reads), and a jump to pc 0: the window is the
same, so it fits, and the depth does not change (self_tail_call; also without pinned registers). A
TailCallMixed of itself with B = 0 is only the jump: vm3 keeps every register then.

An op whose stencil may make a machine call (regalloc.CLOBBERS) stores every stale pinned register before it
and loads them all after it: the callee, or the C helper, clobbers the slots. Which window copies are stale is a
forward must-analysis over the function (jit.compiler.dataflow.must_hold): a copy is up to date after a store
or a load, and stale after a variant writes the slot. At the function's start every pinned register is loaded
(the prologue's pieces: the parameters and the registers it may read before writing them, the others hold nothing
yet), so every op, every branch target included, starts with every pinned register in its slot.

A located variant is used only in the form whose fields hold the op's values (jit.compiler.fit): one that has none
(an operand in memory at a register of 4096 or more, on arm64) is not used, and the op runs its memory form, as if
the cache lacked the variant. The plan puts every other piece in its fitting form (jit.compiler.plan).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import NamedTuple

from jit.compiler.calls import MAX_ZEROS, call_pieces
from jit.compiler.dataflow import Access, Transfer, must_hold
from jit.compiler.facts import ProgramFacts
from jit.compiler.fit import Forms
from jit.compiler.holes import Env
from jit.compiler.regalloc import CLOBBERS, Pins
from jit.compiler.variants import LOCATION_BANKS, SWAPPED_COMPARES, carried, located_name, register_fields
from jit.program.model import Function, Instr, Program, param_regs
from jit.program.ops import CALLS, TAIL_CALLS, Bank, Op
from jit.program.regs import Reg

Piece = tuple[str, Instr]
"""A stencil and the instruction its holes are filled from (the op's own, or a rewrite of it)."""
Lowered = str | tuple[Piece, ...]
"""What one op runs: a single stencil filled from the op itself, or pieces in order."""

_STORE = {Bank.I64: "SlotStoreI", Bank.F64: "SlotStoreF"}
_LOAD = {Bank.I64: "SlotLoadI", Bank.F64: "SlotLoadF"}
_MOVE = {Bank.I64: Op.MovI64, Bank.F64: Op.MovF64}
"""A slot piece's holes are those of a move's register field A: the pinned register."""

_IN_PLACE = frozenset({Op.AddI64, Op.SubI64, Op.MulI64, Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64})
_COMMUTATIVE = frozenset({Op.AddI64, Op.MulI64, Op.AddF64, Op.MulF64})
_K_OPS = frozenset({Op.AddI64K, Op.SubI64K, Op.MulI64K, Op.DivI64K, Op.ModI64K})
_IN_PLACE_UNARY = _K_OPS | {Op.NegI64, Op.NegF64}
_F64_DEST = frozenset({Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64, Op.NegF64})


class _Form(NamedTuple):
    """An op's pieces before the stores that depend on what is stale: `body` between stores of the pinned
    registers in `store` (those stale where the op starts) and loads of those in `load`; `dirties`: the pinned
    registers the body writes in their slots (bit masks over the function's pinned registers)."""

    body: Lowered
    store: int = 0
    load: int = 0
    dirties: int = 0


@dataclass(frozen=True)
class LoweredFunction:
    prologue: tuple[Piece, ...]
    """Loads of every pinned register, after the function's prologue stencil."""
    ops: list[Lowered]
    """Per pc, what the op runs. Every piece of both is in its fitting form (fitted)."""


class FormTable:
    """The forms of ops, each once, and what each runs with a given set of stale window copies: shared by the
    functions of one compilation that lower alike (SharedForms)."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.forms: list[_Form] = []
        self.transfers: list[Transfer | None] = []
        """Per form, how it changes which window copies are up to date (None: not at all)."""
        self.known: dict[tuple[int, str], int] = {}
        """(instruction's index in ProgramFacts, memory form) -> its form's index."""
        self.emitted: dict[tuple[int, int], Lowered] = {}
        """(form's index, the stale registers it stores) -> what the op runs."""

    def add(self, form: _Form) -> int:
        """Append a form; return its index."""
        every = self.every
        changes = form.store or form.load or form.dirties
        self.forms.append(form)
        self.transfers.append((~form.dirties & every, (form.store & ~form.dirties) | form.load) if changes else None)
        return len(self.forms) - 1


class SharedForms:
    """The FormTables of one compilation. Functions that pin the same registers lower an instruction alike, unless
    it is a call (calls are lowered per op) or they have lookup tables, whose offsets Forms.fit reads from the
    function: a function with tables has a table of its own."""

    def __init__(self) -> None:
        self._tables: dict[tuple[object, ...], FormTable] = {}

    def table(self, f: Function, fi: int, pins: Pins, every: int) -> FormTable:
        key = ("function", fi) if f.tables else tuple(sorted(pins.slots.items()))
        found = self._tables.get(key)
        if found is None:
            found = self._tables[key] = FormTable(every)
        return found


def lower_function(
    program: Program,
    fi: int,
    pins: Pins,
    memory_form: Callable[[Instr, int], str],
    forms: Forms,
    env: Env,
    shared: ProgramFacts,
    shared_forms: SharedForms | None = None,
) -> LoweredFunction:
    """The pieces of every op of function fi, each stencil in the form that holds its values (fitted);
    `memory_form(ins, pc)` is the op's stencil with nothing pinned, `forms` the stencils the ISA's cache has,
    `env` the compile's (its `fi` this function: Forms.fit), `shared` the program's distinct instructions and
    every function's exposed_reads, `shared_forms` the compilation's form tables.

    An op's form depends only on the instruction and its memory form, and what it runs on that and the stale
    registers it stores: each distinct one is found once."""
    exposed = shared.exposed(fi)
    f = program.functions[fi]
    lowering = _Lowering(program, fi, pins, forms, env)
    table = (shared_forms or SharedForms()).table(f, fi, pins, lowering.every)
    known = table.known
    form_of: list[int] = []  # per pc, the index of its form
    jumps = {}
    access = shared.access
    for pc, (ins, i) in enumerate(zip(f.code, shared.ids(fi), strict=True)):
        call = lowering.call_form(ins, access[i], exposed, shared.exposed) if ins.op in _CALL_OPS else None
        if call is not None:
            form, jump = call
            if jump:
                jumps[pc] = 0
            form_of.append(table.add(form))
            continue
        key = (i, memory_form(ins, pc))
        index = known.get(key)
        if index is None:
            index = known[key] = table.add(lowering.form(ins, key[1], access[i]))
        form_of.append(index)
    every = lowering.every
    changes = table.transfers
    transfers = {pc: change for pc, index in enumerate(form_of) if (change := changes[index]) is not None}
    clean = must_hold(f, transfers, every, every, jumps)
    emitted = table.emitted
    ops = []
    for pc, index in enumerate(form_of):
        form = table.forms[index]
        key = (index, form.store & ~clean[pc])
        op = emitted.get(key)
        if op is None:
            op = emitted[key] = fitted(lowering.emit(form, key[1], f.code[pc]), f.code[pc], forms, env)
        ops.append(op)
    needed = {(Bank(bank), k) for k, bank in enumerate(f.params)}
    needed |= {(bank, r) for bank in LOCATION_BANKS for r in range(exposed[bank])}
    prologue = lowering.slot_pieces(False, lowering.mask(tuple(needed)))
    return LoweredFunction(fitted(prologue, f.code[0], forms, env) if prologue else (), ops)  # type: ignore[arg-type]


_CALL_OPS = frozenset(int(op) for op in (*CALLS, *TAIL_CALLS))


def fitted(lowered: Lowered, ins: Instr, forms: Forms, env: Env) -> Lowered:
    """What an op runs, each stencil in the form whose fields hold its values (jit.compiler.fit): the stencil, or
    its `_wide` twin. (A memory form always has a form that fits, or the op cannot be patched at all: then the
    layout names it, in a CodeTooLarge.)"""
    if isinstance(lowered, str):
        return forms.fit(lowered, ins, env) or lowered
    return tuple((forms.fit(name, piece, env) or name, piece) for name, piece in lowered)


class _Lowering:
    """The pinned registers of one function as bits, and how each op's form is found."""

    def __init__(self, program: Program, fi: int, pins: Pins, forms: Forms, env: Env) -> None:
        self.program, self.fi, self.forms, self.env = program, fi, forms, env
        self.slots = pins.slots
        self.bits = {reg: 1 << i for i, reg in enumerate(sorted(pins.slots))}
        self.regs = {bit: reg for reg, bit in self.bits.items()}
        self.every = (1 << len(self.bits)) - 1
        self.to_window = partial(self.variant, a_in_memory=True)  # a tail call's moves: into the callee's window

    def mask(self, regs: tuple[Reg, ...]) -> int:
        out = 0
        for reg in regs:
            out |= self.bits.get(reg, 0)
        return out

    def call_form(
        self,
        ins: Instr,
        access: Access,
        exposed: tuple[int, int, int],
        callee_exposed: Callable[[int], tuple[int, int, int]],
    ) -> tuple[_Form, bool] | None:
        """A call or tail call as pieces, and whether it is a jump to pc 0 (a self tail call); None when it runs
        its own stencil. `exposed` is this function's exposed_reads, `callee_exposed(fi)` any function's."""
        program, fi = self.program, self.fi
        again = self_tail_call(program, fi, ins, exposed, self.variant)
        if again is not None:
            pieces, written = again
            return _Form(pieces, dirties=self.mask(written)), True
        located = self.to_window if ins.op in TAIL_CALLS else self.variant
        call = call_pieces(program, fi, ins, callee_exposed, located)
        if call is None:
            return None
        if ins.op in TAIL_CALLS:
            # The moves read pinned arguments from their slots; with B = 0 there are none (the arguments are the
            # parameters already), so the pinned ones are stored to the window the callee reads.
            in_place = self.mask(access.reads) if ins.b == 0 else 0
            return _Form(call, store=in_place), False
        return _Form(call, store=self.every, load=self.every), False

    def form(self, ins: Instr, memory: str, access: Access) -> _Form:
        """The form of an op whose memory form is `memory` and whose registers `access` names."""
        op = Op(ins.op)
        every = self.every
        if op in CLOBBERS:
            return _Form(memory, store=every, load=every)
        read_mask, write_mask = self.mask(access.reads), self.mask(access.writes)
        if not read_mask | write_mask:
            return _Form(memory)
        if op not in TAIL_CALLS:
            body = self.in_slots(ins, carried(memory))
            if body is not None:
                return _Form(body, dirties=write_mask)
        return _Form(memory, store=read_mask, load=write_mask)

    def in_slots(self, ins: Instr, letters: str) -> tuple[Piece, ...] | None:
        """The op with its pinned operands in their slots (a variant, or a rewrite into variants), if the cache
        has what that takes."""
        op = Op(ins.op)
        exact = self.variant(ins, letters)
        if exact is not None:
            return (exact,)
        swapped = SWAPPED_COMPARES.get(op)
        if swapped is not None and swapped != op:
            piece = self.variant(replace(ins, op=int(swapped), a=ins.b, b=ins.a), letters)
            return None if piece is None else (piece,)
        if op in _IN_PLACE or op in _IN_PLACE_UNARY:
            return self.two_address(ins, op, letters)
        return None

    def two_address(self, ins: Instr, op: Op, letters: str) -> tuple[Piece, ...] | None:
        """A = B op C as a move of B into A's slot, then A op= C (A op K, -A): when A is pinned."""
        bank = Bank.F64 if op in _F64_DEST else Bank.I64
        if (bank, ins.a) not in self.slots or ins.a == ins.b:
            return None
        if op in _IN_PLACE and ins.c == ins.a:
            if op not in _COMMUTATIVE:
                return None
            return self.pieces(self.variant(replace(ins, b=ins.a, c=ins.b), letters))
        if op in _K_OPS and (bank, ins.b) not in self.slots:
            return None  # A = [B] op K has a variant of its own, which the cache lacks
        move = self.variant(Instr(int(_MOVE[bank]), a=ins.a, b=ins.b), "")
        return self.pieces(move, self.variant(replace(ins, b=ins.a), letters))

    @staticmethod
    def pieces(*pieces: Piece | None) -> tuple[Piece, ...] | None:
        return None if any(p is None for p in pieces) else tuple(p for p in pieces if p is not None)

    def variant(self, ins: Instr, letters: str, *, a_in_memory: bool = False) -> Piece | None:
        """The located variant of `ins` (every register field at its location; A in memory with a_in_memory), if
        the cache has a form of it that holds the values of `ins`."""
        slots = self.slots
        locs = []
        for name, bank in register_fields(Op(ins.op)):
            pinned = bank in LOCATION_BANKS and not (a_in_memory and name == "A")
            slot = slots.get((bank, getattr(ins, name.lower()))) if pinned else None
            locs.append("m" if slot is None else str(slot))
        name = self.forms.fit(located_name(ins, letters, "".join(locs)), ins, self.env)
        return None if name is None else (name, ins)

    def emit(self, form: _Form, stale: int, ins: Instr) -> Lowered:
        """What an op of this form runs where the pinned registers in `stale` have stale window copies."""
        if not stale and not form.load:
            return form.body
        body = ((form.body, ins),) if isinstance(form.body, str) else form.body
        return (*self.slot_pieces(True, stale), *body, *self.slot_pieces(False, form.load))

    def slot_pieces(self, store: bool, mask: int) -> tuple[Piece, ...]:
        return tuple(slot_piece(*reg, self.slots[reg], store) for bit, reg in self.regs.items() if mask & bit)


def slot_piece(bank: Bank, reg: int, slot: int, store: bool) -> Piece:
    """The store of pinned register `reg` from its slot to its window (or the load back)."""
    return (f"{(_STORE if store else _LOAD)[bank]}{slot}", Instr(int(_MOVE[bank]), a=reg))


def self_tail_call(
    program: Program,
    fi: int,
    ins: Instr,
    exposed: tuple[int, int, int],
    located: Callable[[Instr, str], Piece | None],
) -> tuple[tuple[Piece, ...], tuple[Reg, ...]] | None:
    """A tail call of function fi by itself as moves, zeros and a jump to pc 0, and the registers it writes;
    None for any other op, or when the call would have to zero an f64 or cell register, or more than MAX_ZEROS
    i64 ones, or move a cell one (no piece does that: the tail call's own stencil runs then). `located(ins,
    letters)` is the variant of a move or a constant with its pinned operands in slots, None when nothing of it
    is pinned."""
    if ins.op not in (Op.TailCallI64, Op.TailCallMixed) or ins.c != fi:
        return None
    jump: Piece = ("Jump", Instr(int(Op.Jump), c=0))
    if ins.op == Op.TailCallMixed and ins.b == 0:
        return (jump,), ()
    f = program.functions[fi]
    params = f.params
    if any(exposed[bank] > param_regs(params, bank) for bank in (Bank.F64, Bank.CELL)) or exposed[Bank.I64] > MAX_ZEROS:
        return None
    pieces: list[Piece] = []
    written: list[Reg] = []
    for k, bank in enumerate(params):
        if ins.b == 0:
            break
        if bank is Bank.CELL:
            return None
        move = Instr(int(_MOVE[bank]), a=k, b=ins.b + k)
        pieces.append(located(move, "") or (_MOVE[bank].name, move))
        written.append((Bank(bank), k))
    i64_params = {k for k, bank in enumerate(params) if bank is Bank.I64}
    for reg in range(exposed[Bank.I64]):
        if reg not in i64_params:
            zero = Instr(int(Op.ConstI64K), a=reg, c=0)
            pieces.append(located(zero, "") or (Op.ConstI64K.name, zero))
            written.append((Bank.I64, reg))
    return (*pieces, jump), tuple(written)
