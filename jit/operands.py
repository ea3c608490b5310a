"""The value of every number hole (docs/stencil-abi.md), as getters the compiler calls per op.

For each op and each hole symbol its stencil has, `op_getter` returns a function
of (instruction, site) giving the value, so the compiler's inner loop computes
only the holes a stencil really has. Code holes (_JIT_CONTINUE, _JIT_TARGET,
_JIT_CALLEE, jit_rt_*) are addresses and are resolved the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from jit import cell
from jit.dataflow import exposed_reads
from jit.ops import CALL_BANK, OPS, Bank, Kind, Op, OpInfo
from jit.program import Function, Instr, Program, param_regs, s16


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
    accumulators: dict[int, list[AccState]] = field(default_factory=dict)  # per function, computed on demand
    lists: dict[int, list[int]] = field(default_factory=dict)  # per function, computed on demand
    exposed: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # per callee, computed on demand

    @property
    def function(self) -> Function:
        return self.program.functions[self.fi]

    def acc_state(self) -> AccState:
        """The f64 registers whose values the accumulators hold when the current op starts."""
        if self.fi not in self.accumulators:
            self.accumulators[self.fi] = acc_states(self.function)
        return self.accumulators[self.fi][self.pc]

    def exposed_reads(self, fi: int) -> tuple[int, int, int]:
        """Per bank, how many of function fi's registers a call must initialise (jit.dataflow.exposed_reads)."""
        if fi not in self.exposed:
            self.exposed[fi] = exposed_reads(self.program, fi)
        return self.exposed[fi]

    def known_lists(self) -> int:
        """The cell registers known to hold lists when the current op starts (a bit mask)."""
        if self.fi not in self.lists:
            self.lists[self.fi] = known_lists(self.function)
        return self.lists[self.fi][self.pc]


Getter = Callable[[Instr, Env], int]


def _callee(ins: Instr, env: Env) -> Function:
    return env.program.functions[ins.c]


def _const_bits(ins: Instr, env: Env) -> int:
    c = env.function.consts[ins.c]
    if c.kind == "f64":
        return cell.f64_bits(c.value)  # type: ignore[arg-type]
    if c.kind == "i64":
        return c.value & cell.MASK64  # type: ignore[operator]
    return env.strings[env.fi][ins.c]


_COMMON: dict[str, Getter] = {
    "_JIT_ERRLOC": lambda ins, env: (env.fi << 16) | env.pc,
    "_JIT_CONTINUE": lambda ins, env: env.next_op,
    "_JIT_TARGET": lambda ins, env: env.op_offsets[env.fi][ins.c],
    "_JIT_CALLEE": lambda ins, env: env.functions[ins.c],
    "_JIT_DEOPT_PC": lambda ins, env: ins.c,
    "_JIT_CAP": lambda ins, env: ins.c,
    "_JIT_BITS": _const_bits,
    "_JIT_TABLE": lambda ins, env: env.data.tables[env.fi][ins.c],
    "_JIT_TABLE_LEN": lambda ins, env: len(env.function.tables[ins.c]),
    "_JIT_SIG": lambda ins, env: env.data.signatures[ins.c],
    "_JIT_NARGS": lambda ins, env: len(_callee(ins, env).params),
    "_JIT_NARGS_OFF": lambda ins, env: 8 * len(_callee(ins, env).params),
    "_JIT_CONV": lambda ins, env: 3 * _callee(ins, env).result + CALL_BANK.get(Op(ins.op), ins.flags & 3),
}
for _bank, _suffix in enumerate("IFC"):
    for _scale, _tail in ((1, ""), (8, "_OFF")):
        _COMMON[f"_JIT_FRAME_{_suffix}{_tail}"] = lambda ins, env, b=_bank, m=_scale: m * env.function.nregs[b]
        _COMMON[f"_JIT_FRAME_{_suffix}_BACK"] = lambda ins, env, b=_bank: -8 * env.function.nregs[b]
        _COMMON[f"_JIT_CALLEE_{_suffix}{_tail}"] = lambda ins, env, b=_bank, m=_scale: m * _callee(ins, env).nregs[b]
        _COMMON[f"_JIT_CALLEE_END_{_suffix}{_tail}"] = lambda ins, env, b=_bank, m=_scale: (
            m * (env.function.nregs[b] + _callee(ins, env).nregs[b])
        )

_FIELD_GETTERS: dict[str, Callable[[Instr], int]] = {"A": lambda i: i.a, "B": lambda i: i.b, "C": lambda i: i.c}


def _field_getters(info: OpInfo) -> dict[str, Getter]:
    """_JIT_A/B/C/D (and _OFF forms) and _JIT_K from the op's own fields."""
    out: dict[str, Getter] = {}
    for name, fld in info.fields:
        raw = _FIELD_GETTERS[name]
        if fld.kind in (Kind.REG, Kind.ARGS, Kind.MIXED_DST):
            out[f"_JIT_{name}"] = lambda ins, env, r=raw: r(ins)
            out[f"_JIT_{name}_OFF"] = lambda ins, env, r=raw: 8 * r(ins)
        elif fld.kind is Kind.IMM:
            out["_JIT_K"] = lambda ins, env, r=raw: s16(r(ins))
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


# ---- Variants: a stencil specialised for some instances of an op (docs/stencil-abi.md) ----
#
# A variant is named OPNAME_SUFFIX. Calls have one per callee shape; other ops build their suffix from letters,
# one group per thing the compiler may know about the instance: whether an integer op's A and B are the same
# register ("s" or ""), whether the list it accesses is known to be a list ("k" or ""), and where each f64
# operand is (m memory, a acc0, b acc1). Every known thing may also be
# ignored (a list re-checked, an operand re-read from memory), so when the exact variant does not exist the
# compiler takes one that assumes less.

MAX_VARIANT_ARGS = 3
MAX_VARIANT_ZEROS = 3

_CMP_F64 = frozenset(Op[f"Cmp{c}F64Br"] for c in ("Eq", "Ne", "Lt", "Le", "Gt", "Ge"))
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

SAME_OPS = frozenset({Op.AddI64, Op.SubI64, Op.AddI64K, Op.SubI64K})
"""Integer ops with an `s` variant for A == B (the register updated in place)."""

VARIANTS: dict[Op, frozenset[str]] = {
    **dict.fromkeys(SAME_OPS, frozenset({"s"})),
    **dict.fromkeys(
        _SINGLE_CALLS,
        frozenset(f"a{n}z{z}" for n in range(MAX_VARIANT_ARGS + 1) for z in range(MAX_VARIANT_ZEROS + 1)),
    ),
    **dict.fromkeys(_BINARY_F64, frozenset(x + y for x in "mab" for y in "mab") - {"mm"}),
    Op.SqrtF64: frozenset({"a", "b"}),
    Op.F64ToI64: frozenset({"a"}),
    **dict.fromkeys(_CMP_F64, frozenset({"am", "ma", "aa"})),
    **dict.fromkeys(LIST_FIELD, frozenset({"k"})),
    Op.ListSetF64: frozenset({"a", "b", "km", "ka", "kb"}),
}
"""Every variant the stencil cache has, by op: the suffixes."""


def _single_call(ins: Instr, env: Env) -> str | None:
    """CallI64/F64/Cell_a<n>z<z>: the callee's registers are all in the call's bank, its result too, it has
    n parameters, and it may read z more registers before writing them (which the call zeroes: the others
    it always writes first, so their stale contents are never seen)."""
    bank = CALL_BANK[Op(ins.op)]
    callee = _callee(ins, env)
    n = len(callee.params)
    others = any(callee.nregs[b] for b in Bank if b != bank)
    return None if callee.result != bank or others else f"a{n}z{max(0, env.exposed_reads(ins.c)[bank] - n)}"


# The f64 accumulators (jit/stencils/vm3.h, VM_ACC): along a straight run of the ops of float.c, acc0 holds
# the value of the f64 register the last producer wrote and acc1 the one before.

AccState = tuple[int | None, int | None]
"""The f64 registers whose current values acc0 and acc1 hold (None: unknown)."""

NO_ACC: AccState = (None, None)

F64_PRODUCERS = frozenset(
    {Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64, Op.SqrtF64, Op.FmaF64, Op.NegF64, Op.I64ToF64, Op.MovF64}
    | {Op.ConstF64K, Op.ListGetF64}
)
"""Ops whose stencils continue with the f64 value they wrote to register A in acc0 (and the old acc0 in acc1)."""
F64_ACC_OPS = F64_PRODUCERS | {Op.F64ToI64, Op.ListSetF64} | _CMP_F64
"""Ops whose stencils pass the accumulators on; after any other op they are unknown."""
_BRANCHES = frozenset(op for op in Op if op.name.startswith("Cmp") and op.name.endswith("Br")) | {Op.Jump}


def acc_states(f: Function) -> list[AccState]:
    """Per pc, what the accumulators hold when the op starts: known only after a fall-through from an op of
    float.c, never at a branch target or the function's start, which other paths reach."""
    targets = {ins.c for ins in f.code if ins.op in _BRANCHES}
    out: list[AccState] = []
    state = NO_ACC
    for pc, ins in enumerate(f.code):
        if pc == 0 or pc in targets:
            state = NO_ACC
        out.append(state)
        if ins.op not in F64_ACC_OPS:
            state = NO_ACC
        elif ins.op in F64_PRODUCERS:
            state = (ins.a, state[0] if state[0] != ins.a else None)
    return out


# Known lists: a cell register is known to hold a list handle where, on every path to the op, a list op
# checked it (or NewList wrote it) and nothing wrote it since.

_CELL_DESTS = frozenset({Op.ConstStrKW, Op.ConcatStr, Op.NewList, Op.NewMap, Op.ListGetCell, Op.CallCell})
"""Ops that write cell register A (and CallMixed when its destination bank is cell)."""
_ENDS = frozenset({Op.Jump, Op.Deopt, Op.ReturnI64, Op.ReturnF64, Op.ReturnCell, Op.ReturnConstK})
_ENDS |= {Op.TailCallI64, Op.TailCallMixed}


def _writes_cell(ins: Instr) -> bool:
    return ins.op in _CELL_DESTS or (ins.op == Op.CallMixed and ins.flags & 3 == Bank.CELL)


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
    """Per pc, the set of cell registers (a bit mask) known to hold list handles when the op starts: the
    greatest fixed point of the meet (intersection) over the paths from the function's start, where nothing
    is known. An op no path reaches knows everything. Solved over basic blocks, in passes until stable."""
    n = len(f.code)
    everything = (1 << f.nregs[Bank.CELL]) - 1
    leaders = {0} | {ins.c for ins in f.code if ins.op in _BRANCHES}
    leaders |= {pc + 1 for pc, ins in enumerate(f.code) if ins.op in _BRANCHES or ins.op in _ENDS}
    starts = sorted(x for x in leaders if x < n)
    index = {start: k for k, start in enumerate(starts)}
    transfer = [
        _list_transfer(ins, everything) if ins.op in LIST_FIELD or _writes_cell(ins) else (everything, 0)
        for ins in f.code
    ]
    blocks = []  # (first pc, end pc, keep, gen, successor blocks)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else n
        keep, gen = everything, 0
        for k_op, g_op in transfer[start:end]:
            keep, gen = keep & k_op, (gen & k_op) | g_op
        last = f.code[end - 1]
        nexts = ([] if last.op in _ENDS else [end]) + ([last.c] if last.op in _BRANCHES else [])
        blocks.append((start, end, keep, gen, [index[s] for s in nexts if s < n]))  # (verified: always < n)
    entry = [everything] * len(blocks)
    entry[0] = 0
    reached = [False] * len(blocks)
    reached[0] = changed = True
    while changed:
        changed = False
        for k, (_, _, keep, gen, succs) in enumerate(blocks):
            if reached[k]:
                out = entry[k] & keep | gen
                for s in succs:
                    if entry[s] & out != entry[s] or not reached[s]:
                        entry[s] &= out
                        reached[s] = changed = True
    known = [everything] * n
    for k, (start, end, _, _, _) in enumerate(blocks):
        state = entry[k]
        for pc in range(start, end):
            known[pc] = state
            keep, gen = transfer[pc]
            state = state & keep | gen
    return known


@cache
def _pick(op: int, groups: tuple[tuple[str, str], ...]) -> str:
    """The stencil for letter groups (what is known, what is assumed without it): the variant with the most
    known letters among those that exist, else the op's own."""
    combos = [""]
    for ideal, default in groups:
        combos = [c + x for c in combos for x in dict.fromkeys((ideal, default))]
    default = "".join(d for _, d in groups)
    ranked = sorted(combos, key=lambda c: -sum(x != y for x, y in zip(c, default, strict=False)))
    suffixes = VARIANTS[Op(op)]
    return next((f"{OPS[op].name}_{c}" for c in ranked if c != default and c in suffixes), OPS[op].name)


def _groups(ins: Instr, env: Env) -> tuple[tuple[str, str], ...]:
    """The list group ("k" when its list is known) then one letter per f64 operand (a, b, m)."""
    groups: list[tuple[str, str]] = []
    if ins.op in SAME_OPS:
        groups.append(("s" if ins.a == ins.b else "", ""))
    list_field = LIST_FIELD.get(ins.op)
    if list_field is not None:
        groups.append(("k" if env.known_lists() >> getattr(ins, list_field) & 1 else "", ""))
    acc_fields = ACC_FIELDS.get(ins.op)
    if acc_fields is not None:
        state = env.acc_state()
        for f in acc_fields:
            reg = getattr(ins, f)
            groups.append(("a" if reg == state[0] else "b" if reg == state[1] else "m", "m"))
    return tuple(groups)


def stencil_name(ins: Instr, env: Env) -> str:
    """The stencil that runs this op (env.fi is its function, env.pc its pc): the variant that assumes the most
    of what the compiler knows about this instance, else the op's own. Every variant has the op's semantics and
    a subset of its holes, filled by the same getters."""
    if ins.op not in VARIANTS:
        return OPS[ins.op].name
    if ins.op in _SINGLE_CALLS:
        suffix = _single_call(ins, env)
        return f"{OPS[ins.op].name}_{suffix}" if suffix in VARIANTS[Op(ins.op)] else OPS[ins.op].name
    return _pick(ins.op, _groups(ins, env))
