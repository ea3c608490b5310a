"""The value of every hole (docs/stencil-abi.md).

For each op and each hole symbol its stencil has, `op_getter` returns a
function of (instruction, env) giving the value, so the compiler computes only the
holes a stencil really has; `hole_scope` says what that value depends on (the op's
fields, also its function, or its place in the image), so that the compiler can reuse
code patched for an equal op. Code holes (_JIT_CONTINUE, _JIT_TARGET, _JIT_CALLEE,
jit_rt_*) are addresses and are resolved the same way. A new symbol's getter goes into
_OP, _FUNCTION or _SITE by what its value depends on (tests/test_operands.py checks that).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from jit.program import cell
from jit.program.model import Function, Instr, Program, param_regs
from jit.program.ops import CALL_BANK, Bank, Kind, Op, OpInfo


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
_NEGATED_GETTERS: dict[str, Getter] = {
    "B": lambda ins, env: 0x8000 - ((ins.b & 0xFFFF) ^ 0x8000),  # -s16(ins.b): _JIT_NEG_K
    "C": lambda ins, env: 0x8000 - ((ins.c & 0xFFFF) ^ 0x8000),
}


CHECKED_RANGES: dict[str, tuple[int, int]] = {
    **{f"_JIT_{name}": (0, 0xFFFF) for name in "ABCD"},
    **{f"_JIT_{name}_OFF": (0, 8 * 0xFFFF) for name in "ABCD"},
    "_JIT_K": (-0x8000, 0x7FFF),
    "_JIT_NEG_K": (-0x7FFF, 0x8000),
    "_JIT_TABLE": (0, (1 << 31) - 1),
    "_JIT_TABLE_LEN": (0, (1 << 31) - 1),
}
"""The holes that a stencil may hold in a field too small for some of their values (arm64's folds: a register's
number or offset, K, a lookup table's offset and length), and the values they may take: jit.compiler.fit checks
these for each op before it picks such a stencil."""


def _field_getters(info: OpInfo) -> dict[str, Getter]:
    """_JIT_A/B/C/D (and _OFF forms) and _JIT_K from the op's own fields."""
    out: dict[str, Getter] = {}
    for name, fld in info.fields:
        if fld.kind in (Kind.REG, Kind.ARGS, Kind.MIXED_DST):
            out[f"_JIT_{name}"], out[f"_JIT_{name}_OFF"] = _REGISTER_GETTERS[name]
        elif fld.kind is Kind.IMM:
            out["_JIT_K"], out["_JIT_NEG_K"] = _IMMEDIATE_GETTERS[name], _NEGATED_GETTERS[name]
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
