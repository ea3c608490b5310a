"""The value of every hole (docs/stencil-abi.md) and the stencil, own or variant, that each op runs.

Hole values: for each op and each hole symbol its stencil has, `op_getter` returns a
function of (instruction, env) giving the value, so the compiler computes only the
holes a stencil really has; `hole_scope` says what that value depends on (the op's
fields, also its function, or its place in the image), so that the compiler can reuse
code patched for an equal op. Code holes (_JIT_CONTINUE, _JIT_TARGET, _JIT_CALLEE,
jit_rt_*) are addresses and are resolved the same way. A new symbol's getter goes into
_OP, _FUNCTION or _SITE by what its value depends on (tests/test_operands.py checks that).

Variants: `VARIANTS` maps an op to the stencils specialised for some of its instances,
named OPNAME_SUFFIX. A suffix is spelt in letters, one group per *aspect*: something the
compiler may know about the instance (its A and B are one register, its list is known to
be a list, an f64 operand is in an accumulator, its callee has a given shape). Each
aspect has a predicate giving its letters for an instance and the letters that assume
nothing; when the exact variant does not exist, the compiler takes the one that assumes
the most among those that do (`_pick`), else the op's own stencil. To add a variant:

1. write its stencil (jit/stencils/), refresh the cache, and give it a test family in
   tests/test_variants.py (docs/stencil-abi.md lists the variants);
2. if it relies on something no aspect expresses yet, write an `Aspect`: a predicate
   (instruction, pc, Facts) -> its letters, and the letters that assume nothing, e.g.
   `POW2 = Aspect(lambda ins, pc, facts: "p" if ins.c & (ins.c - 1) == 0 else "", "")`.
   Knowledge about a whole function (a dataflow result) goes into `Facts` as one more
   cached_property, computed the first time a predicate asks for it;
3. add the suffix to the op's `Variants` entry in VARIANTS, listing the aspect there (in
   suffix order) if the op did not use it yet: `Op.MulI64K: Variants((POW2,), frozenset({"p"}))`.

`variant_chooser(op)` gives the compiler, per opcode, a function that picks the stencil
of an instance; its choices are cached by letters, so picking costs the aspects'
predicates and one dictionary lookup.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from operator import attrgetter

from jit.compiler.dataflow import BRANCHES, by_opcode, exposed_reads, must_hold
from jit.program import cell
from jit.program.model import Function, Instr, Program, param_regs
from jit.program.ops import CALL_BANK, OPS, Bank, Kind, Op, OpInfo


class DataArea:
    """The program's read-only data block: lookup tables and CallMixed signatures, 8-aligned."""

    def __init__(self, program: Program) -> None:
        self.blob = bytearray()
        self.tables = [[self._add_table(t) for t in f.tables] for f in program.functions]
        self.signatures = [self._add(bytes(f.params)) for f in program.functions]

    def _add_table(self, table: tuple[int, ...]) -> int:
        return self._add(b"".join((v & cell.MASK64).to_bytes(8, "little") for v in table))

    def _add(self, data: bytes) -> int:
        offset = len(self.blob)
        self.blob += data + bytes(-len(data) % 8)
        return offset


@dataclass
class Env:
    """What getters read beyond the instruction: the program, layout so far, and the current op's place."""

    program: Program
    data: DataArea
    strings: list[dict[int, int]]
    functions: list[int]  # image offset of each function
    op_offsets: list[list[int]]  # per function, image offset of each pc
    helpers: dict[str, int]
    fi: int = 0
    pc: int = 0
    next_op: int = 0  # image offset right after the current op's code

    @property
    def function(self) -> Function:
        return self.program.functions[self.fi]


Getter = Callable[[Instr, Env], int]


class Scope(enum.IntEnum):
    """What a hole's value depends on besides the program: equal ops of a scope get equal values."""

    OP = 0  # the op's fields (with the program: a callee's shape, a signature)
    FUNCTION = 1  # also the function the op is in (its frame, constants and tables)
    SITE = 2  # the op's place: its pc, or addresses in the image (targets, callees, helpers, continuation)


def _callee(ins: Instr, env: Env) -> Function:
    return env.program.functions[ins.c]


def _const_bits(ins: Instr, env: Env) -> int:
    c = env.function.consts[ins.c]
    if c.kind == "f64":
        return cell.f64_bits(c.value)  # type: ignore[arg-type]
    if c.kind == "i64":
        return c.value & cell.MASK64  # type: ignore[operator]
    return env.strings[env.fi][ins.c]


_SITE: dict[str, Getter] = {
    "_JIT_ERRLOC": lambda ins, env: (env.fi << 16) | env.pc,
    "_JIT_CONTINUE": lambda ins, env: env.next_op,
    "_JIT_TARGET": lambda ins, env: env.op_offsets[env.fi][ins.c],
    "_JIT_CALLEE": lambda ins, env: env.functions[ins.c],
}
_FUNCTION: dict[str, Getter] = {
    "_JIT_BITS": _const_bits,
    "_JIT_TABLE": lambda ins, env: env.data.tables[env.fi][ins.c],
    "_JIT_TABLE_LEN": lambda ins, env: len(env.function.tables[ins.c]),
}
_OP: dict[str, Getter] = {
    "_JIT_DEOPT_PC": lambda ins, env: ins.c,
    "_JIT_CAP": lambda ins, env: ins.c,
    "_JIT_SIG": lambda ins, env: env.data.signatures[ins.c],
    "_JIT_NARGS": lambda ins, env: len(_callee(ins, env).params),
    "_JIT_NARGS_OFF": lambda ins, env: 8 * len(_callee(ins, env).params),
    "_JIT_CONV": lambda ins, env: 3 * _callee(ins, env).result + CALL_BANK.get(Op(ins.op), ins.flags & 3),
}
for _bank, _suffix in enumerate("IFC"):
    for _scale, _tail in ((1, ""), (8, "_OFF")):
        _FUNCTION[f"_JIT_FRAME_{_suffix}{_tail}"] = lambda ins, env, b=_bank, m=_scale: m * env.function.nregs[b]
        _FUNCTION[f"_JIT_FRAME_{_suffix}_BACK"] = lambda ins, env, b=_bank: -8 * env.function.nregs[b]
        _OP[f"_JIT_CALLEE_{_suffix}{_tail}"] = lambda ins, env, b=_bank, m=_scale: m * _callee(ins, env).nregs[b]
        _FUNCTION[f"_JIT_CALLEE_END_{_suffix}{_tail}"] = lambda ins, env, b=_bank, m=_scale: (
            m * (env.function.nregs[b] + _callee(ins, env).nregs[b])
        )
_SCOPES = {
    **dict.fromkeys(_OP, Scope.OP),
    **dict.fromkeys(_FUNCTION, Scope.FUNCTION),
    **dict.fromkeys(_SITE, Scope.SITE),
}
_COMMON: dict[str, Getter] = {**_OP, **_FUNCTION, **_SITE}

_REGISTER_GETTERS: dict[str, tuple[Getter, Getter]] = {
    "A": (lambda ins, env: ins.a, lambda ins, env: 8 * ins.a),
    "B": (lambda ins, env: ins.b, lambda ins, env: 8 * ins.b),
    "C": (lambda ins, env: ins.c, lambda ins, env: 8 * ins.c),
}
"""Per field: its register number (_JIT_A) and that register's byte offset in its window (_JIT_A_OFF)."""
_IMMEDIATE_GETTERS: dict[str, Getter] = {
    "B": lambda ins, env: ((ins.b & 0xFFFF) ^ 0x8000) - 0x8000,  # s16(ins.b), without a call
    "C": lambda ins, env: ((ins.c & 0xFFFF) ^ 0x8000) - 0x8000,
}


def _field_getters(info: OpInfo) -> dict[str, Getter]:
    """_JIT_A/B/C/D (and _OFF forms) and _JIT_K from the op's own fields."""
    out: dict[str, Getter] = {}
    for name, fld in info.fields:
        if fld.kind in (Kind.REG, Kind.ARGS, Kind.MIXED_DST):
            out[f"_JIT_{name}"], out[f"_JIT_{name}_OFF"] = _REGISTER_GETTERS[name]
        elif fld.kind is Kind.IMM:
            out["_JIT_K"] = _IMMEDIATE_GETTERS[name]
        elif fld.kind is Kind.FMA:
            out["_JIT_C"], out["_JIT_C_OFF"] = (lambda ins, env: ins.c & 0xFF), (lambda ins, env: 8 * (ins.c & 0xFF))
            out["_JIT_D"], out["_JIT_D_OFF"] = (lambda ins, env: ins.c >> 8), (lambda ins, env: 8 * (ins.c >> 8))
    return out


def op_getter(info: OpInfo, symbol: str) -> Getter:
    """How to compute hole `symbol` of op `info`'s stencil; KeyError if the op gives it no value."""
    getter = _field_getters(info).get(symbol) or _COMMON.get(symbol)
    if getter is None:
        if symbol.startswith("jit_rt_"):
            return lambda ins, env: env.helpers[symbol]
        raise KeyError(symbol)
    return getter


def hole_scope(symbol: str) -> Scope:
    """What the value of hole `symbol` depends on (a field of the op, _JIT_A.., is of scope OP)."""
    return _SCOPES.get(symbol, Scope.SITE if symbol.startswith("jit_rt_") else Scope.OP)


def entry_values(program: Program, fi: int) -> dict[str, int]:
    """FuncEntry's holes for function fi (the entry: the others start with FuncEntry_c, which has none): which
    registers of each bank to zero, [PARAMS_x, NREGS_x)."""
    f = program.functions[fi]
    values = {}
    for bank in Bank:
        suffix = "IFC"[bank]
        values[f"_JIT_PARAMS_{suffix}"] = param_regs(f.params, bank)
        values[f"_JIT_NREGS_{suffix}"] = f.nregs[bank]
    values.update({f"{k}_OFF": 8 * v for k, v in list(values.items())})
    return values


# ---- What the compiler knows at each op of a function ----

# The f64 accumulators (jit/stencils/vm3.h, VM_ACC): along a straight run of the ops of float.c, acc0 holds
# the value of the f64 register the last producer wrote and acc1 the one before.

AccState = tuple[int | None, int | None]
"""The f64 registers whose current values acc0 and acc1 hold (None: unknown)."""

NO_ACC: AccState = (None, None)

_CMP_F64 = frozenset(Op[f"Cmp{c}F64Br"] for c in ("Eq", "Ne", "Lt", "Le", "Gt", "Ge"))
F64_PRODUCERS = frozenset(
    {Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64, Op.SqrtF64, Op.FmaF64, Op.NegF64, Op.I64ToF64, Op.MovF64}
    | {Op.ConstF64K, Op.ListGetF64}
)
"""Ops whose stencils continue with the f64 value they wrote to register A in acc0 (and the old acc0 in acc1)."""
F64_ACC_OPS = F64_PRODUCERS | {Op.F64ToI64, Op.ListSetF64} | _CMP_F64
"""Ops whose stencils pass the accumulators on; after any other op they are unknown."""

_KILLS, _PASSES, _PRODUCES = 0, 1, 2
_ACC_ROLE = by_opcode(lambda op: _PRODUCES if op in F64_PRODUCERS else _PASSES if op in F64_ACC_OPS else _KILLS)
_IS_BRANCH = by_opcode(lambda op: op in BRANCHES)


def branch_targets(f: Function) -> set[int]:
    """The pcs that a branch or jump of f may go to."""
    is_branch = _IS_BRANCH
    return {ins.c for ins in f.code if is_branch[ins.op]}


def acc_states(f: Function) -> list[AccState]:
    """Per pc, what the accumulators hold when the op starts: known only after a fall-through from an op of
    float.c, never at a branch target or the function's start, which other paths reach. Only the ops of
    float.c are looked at one by one."""
    code = f.code
    n = len(code)
    targets = branch_targets(f)
    role = _ACC_ROLE
    out = [NO_ACC] * n
    state, last = NO_ACC, -2
    for pc in [pc for pc, ins in enumerate(code) if role[ins.op]]:
        if pc != last + 1 or pc in targets:
            state = NO_ACC
        out[pc] = state
        if role[code[pc].op] == _PRODUCES:
            a = code[pc].a
            state = (a, state[0] if state[0] != a else None)
        if pc + 1 < n and pc + 1 not in targets:
            out[pc + 1] = state
        last = pc
    return out


# Known lists: a cell register is known to hold a list handle where, on every path to the op, a list op
# checked it (or NewList wrote it) and nothing wrote it since.

LIST_FIELD: dict[Op, str] = {
    Op.ListLenI64: "b",
    Op.ListPushI64: "a",
    Op.ListGetI64: "b",
    Op.ListSetI64: "a",
    Op.ListGetF64: "b",
    Op.ListSetF64: "a",
    Op.ListGetCell: "b",
    Op.ListSetCell: "a",
}
"""List ops: the field of the list whose kind they check (WRONG_KIND unless it holds a list handle)."""

_CELL_DESTS = frozenset({Op.ConstStrKW, Op.ConcatStr, Op.NewList, Op.NewMap, Op.ListGetCell, Op.CallCell})
"""Ops that write cell register A (and CallMixed when its destination bank is cell)."""
_MAY_CHANGE_LISTS = by_opcode(lambda op: op in LIST_FIELD or op in _CELL_DESTS or op is Op.CallMixed)
"""Ops that may change which registers are known lists (a table: the cheap first test per op)."""


def _writes_cell(ins: Instr) -> bool:
    return ins.op in _CELL_DESTS or (ins.op == Op.CallMixed and ins.flags & 3 == Bank.CELL)


def _changes_lists(ins: Instr) -> bool:
    return ins.op in LIST_FIELD or _writes_cell(ins)


def _list_transfer(ins: Instr, everything: int) -> tuple[int, int]:
    """(keep, gen) of one op: the known lists after it are (before & keep) | gen."""
    keep, gen = everything, 0
    field = LIST_FIELD.get(ins.op)
    if field is not None:
        gen = 1 << getattr(ins, field)
    if _writes_cell(ins):
        keep = everything & ~(1 << ins.a)
        gen = (gen & keep) | (1 << ins.a if ins.op == Op.NewList else 0)
    return keep, gen


def known_lists(f: Function) -> list[int]:
    """Per pc, the set of cell registers (a bit mask) known to hold list handles when the op starts: what holds
    on every path from the function's start, where nothing is known (jit.compiler.dataflow.must_hold)."""
    everything = (1 << f.nregs[Bank.CELL]) - 1
    may_change = _MAY_CHANGE_LISTS
    transfers = {
        pc: _list_transfer(ins, everything)
        for pc, ins in enumerate(f.code)
        if may_change[ins.op] and _changes_lists(ins)
    }
    return must_hold(f, transfers, 0, everything)


class Facts:
    """What the compiler knows at each pc of one function: each analysis runs once, on first use."""

    def __init__(self, program: Program, fi: int, exposed: dict[int, tuple[int, int, int]] | None = None) -> None:
        """`exposed`: the callees' exposed_reads so far, shared by the Facts of one program's functions."""
        self.program = program
        self.function = program.functions[fi]
        self._exposed = {} if exposed is None else exposed

    def exposed(self, callee: int) -> tuple[int, int, int]:
        """Per bank, how many of the callee's registers a call must initialise (jit.compiler.dataflow.exposed_reads)."""
        counts = self._exposed.get(callee)
        if counts is None:
            counts = self._exposed[callee] = exposed_reads(self.program, callee)
        return counts

    @cached_property
    def acc(self) -> list[AccState]:
        """Per pc, the registers acc0 and acc1 hold (acc_states)."""
        return acc_states(self.function)

    @cached_property
    def lists(self) -> list[int]:
        """Per pc, the cell registers known to hold lists (known_lists)."""
        return known_lists(self.function)


# ---- Variants: a stencil specialised for some instances of an op (docs/stencil-abi.md) ----

Letters = Callable[[Instr, int, Facts], str]
"""An aspect's predicate: its letters for the op at a pc (the instruction, the pc, the function's Facts)."""


@dataclass(frozen=True)
class Aspect:
    """One thing the compiler may know about an instance, spelt as a group of letters in a variant's suffix."""

    letters: Letters
    default: str
    """The letters that assume nothing: every variant may fall back to them (a list re-checked, an operand
    re-read from memory)."""


@dataclass(frozen=True)
class Variants:
    """An op's variants: the aspects its suffixes spell, in suffix order, and every suffix the cache has."""

    aspects: tuple[Aspect, ...]
    suffixes: frozenset[str]


MAX_VARIANT_ARGS = 3
MAX_VARIANT_ZEROS = 3

_BINARY_F64 = (Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64)
_SINGLE_CALLS = (Op.CallI64, Op.CallF64, Op.CallCell)

ACC_FIELDS: dict[Op, str] = {
    **dict.fromkeys(_BINARY_F64, "bc"),
    Op.SqrtF64: "b",
    Op.F64ToI64: "b",
    Op.ListSetF64: "b",
    **dict.fromkeys(_CMP_F64, "ab"),
}
"""Ops with variants that read f64 operands from the accumulators: those operands' fields."""

SAME_OPS = frozenset({Op.AddI64, Op.SubI64, Op.AddI64K, Op.SubI64K})
"""Integer ops with an `s` variant for A == B (the register updated in place)."""

SAME = Aspect(lambda ins, pc, facts: "s" if ins.a == ins.b else "", "")
"""`s`: A and B are the same register."""


def _single_call(ins: Instr, pc: int, facts: Facts) -> str:
    """`a<n>z<z>`: the callee's registers are all in the call's bank, its result too, it has n parameters, and
    it may read z more registers before writing them, which the call zeroes: the others it always writes first,
    so what an earlier activation left there is never seen ("" when it does not have that shape)."""
    bank = CALL_BANK[Op(ins.op)]
    callee = facts.program.functions[ins.c]
    n = len(callee.params)
    others = any(callee.nregs[b] for b in Bank if b != bank)
    return "" if callee.result != bank or others else f"a{n}z{max(0, facts.exposed(ins.c)[bank] - n)}"


CALLEE_SHAPE = Aspect(_single_call, "")


@cache
def known_list(field: str) -> Aspect:
    """`k`: the list in this field is known to be one (Facts.lists)."""
    register = attrgetter(field)
    return Aspect(lambda ins, pc, facts: "k" if facts.lists[pc] >> register(ins) & 1 else "", "")


@cache
def in_accumulator(field: str) -> Aspect:
    """`a`/`b`: the f64 operand in this field is in acc0/acc1 (Facts.acc); `m`: read it from memory."""
    register = attrgetter(field)

    def letters(ins: Instr, pc: int, facts: Facts) -> str:
        reg = register(ins)
        acc0, acc1 = facts.acc[pc]
        return "a" if reg == acc0 else "b" if reg == acc1 else "m"

    return Aspect(letters, "m")


def _acc(op: Op) -> tuple[Aspect, ...]:
    return tuple(in_accumulator(f) for f in ACC_FIELDS[op])


VARIANTS: dict[Op, Variants] = {
    **dict.fromkeys(SAME_OPS, Variants((SAME,), frozenset({"s"}))),
    **dict.fromkeys(
        _SINGLE_CALLS,
        Variants(
            (CALLEE_SHAPE,),
            frozenset(f"a{n}z{z}" for n in range(MAX_VARIANT_ARGS + 1) for z in range(MAX_VARIANT_ZEROS + 1)),
        ),
    ),
    **{op: Variants(_acc(op), frozenset(x + y for x in "mab" for y in "mab") - {"mm"}) for op in _BINARY_F64},
    Op.SqrtF64: Variants(_acc(Op.SqrtF64), frozenset({"a", "b"})),
    Op.F64ToI64: Variants(_acc(Op.F64ToI64), frozenset({"a"})),
    **{op: Variants(_acc(op), frozenset({"am", "ma", "aa"})) for op in _CMP_F64},
    **{op: Variants((known_list(field),), frozenset({"k"})) for op, field in LIST_FIELD.items()},
    Op.ListSetF64: Variants((known_list("a"), *_acc(Op.ListSetF64)), frozenset({"a", "b", "km", "ka", "kb"})),
}
"""Every variant the stencil cache has, by op: what its suffixes spell and the suffixes."""


def _pick(op: int, ideals: tuple[str, ...]) -> str:
    """The stencil for an instance whose aspects give these letters: the variant with the most known letters
    among those that exist, else the op's own."""
    variants = VARIANTS[Op(op)]
    groups = [(ideal, a.default) for ideal, a in zip(ideals, variants.aspects, strict=True)]
    combos = [""]
    for ideal, default in groups:
        combos = [c + x for c in combos for x in dict.fromkeys((ideal, default))]
    default = "".join(d for _, d in groups)
    ranked = sorted(combos, key=lambda c: -sum(x != y for x, y in zip(c, default, strict=False)))
    return next((f"{OPS[op].name}_{c}" for c in ranked if c != default and c in variants.suffixes), OPS[op].name)


Chooser = Callable[[Instr, int, Facts], str]
"""The stencil for an instance of one op: (instruction, pc, its function's Facts) -> stencil name."""


@cache
def variant_chooser(op: int) -> Chooser | None:
    """How to pick the stencil of each instance of opcode `op`; None if it always runs its own."""
    variants = VARIANTS.get(op)  # type: ignore[call-overload]
    if variants is None:
        return None
    picked: dict[tuple[str, ...], str] = {}
    predicates = tuple(a.letters for a in variants.aspects)
    if len(predicates) == 1:
        (letters,) = predicates

        def choose_one(ins: Instr, pc: int, facts: Facts) -> str:
            key = (letters(ins, pc, facts),)
            name = picked.get(key)
            if name is None:
                name = picked[key] = _pick(op, key)
            return name

        return choose_one

    def choose(ins: Instr, pc: int, facts: Facts) -> str:
        key = tuple([letters(ins, pc, facts) for letters in predicates])
        name = picked.get(key)
        if name is None:
            name = picked[key] = _pick(op, key)
        return name

    return choose


def stencil_name(ins: Instr, env: Env) -> str:
    """The stencil that runs this op (env.fi is its function, env.pc its pc): the variant that assumes the most
    of what the compiler knows about this instance, else the op's own. Every variant has the op's semantics and
    a subset of its holes, filled by the same getters."""
    choose = variant_chooser(ins.op)
    return OPS[ins.op].name if choose is None else choose(ins, env.pc, Facts(env.program, env.fi))
