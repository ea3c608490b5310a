"""The reference interpreter (`--backend interp`): vm3 semantics in plain Python.

Every other backend is tested bit for bit against this module. Registers live
in three flat lists, one per bank (i64 as signed ints, f64 as raw bit patterns
so NaN payloads and -0.0 survive moves, Cells as u64), and each activation's
windows sit right after its caller's, as in the machine code. Frames are an
explicit stack, so vm3 recursion never recurses in Python.

Functions are decoded once into tuples (op, a, b, c, d) with immediates
sign-extended and constants resolved. Each family of compare branches and of
calls is folded onto one opcode carrying its comparison or destination bank
in `d`, which keeps the hot dispatch chain short; ops that only move data go
through a table of handlers.
"""

from __future__ import annotations

import math
import operator
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from jit.errors import ErrorKind, VMError
from jit.interp.fma import fma
from jit.program import cell
from jit.program.model import Function, Instr, Program, s16
from jit.program.ops import Bank, Op
from jit.vm.heap import Fault, Heap
from jit.vm.limits import DEFAULT_LIMITS, Limits
from jit.vm.results import Result
from jit.vm.startup import check_window, start

_H = 1 << 63  # i64 values lie in [-_H, _H)
_M = cell.MASK64
_INT64_MIN = -_H
_SIGN = 1 << 63
_Q = struct.Struct("<Q")
_D = struct.Struct("<d")

_Ins = tuple[int, int, int, Any, Any]


@dataclass(frozen=True)
class FrameView:
    """What an observer sees of the current activation (built only when there is an observer)."""

    func: int
    depth: int
    bases: tuple[int, int, int]
    nregs: tuple[int, int, int]
    banks: tuple[list[int], list[int], list[int]]
    heap: Heap  # the run's heap, as it is before the op

    def regs(self, bank: Bank) -> list[int]:
        """A copy of this activation's window of one bank (i64 signed, f64 bits, Cell bits)."""
        base = self.bases[bank]
        return self.banks[bank][base : base + self.nregs[bank]]


Observer = Callable[[int, int, FrameView], None]
"""Called before each op with (function index, pc, frame)."""


class _Fn(NamedTuple):
    name: str
    code: list[_Ins]
    ni: int
    nf: int
    nc: int
    params: tuple[tuple[int, int], ...]  # (bank, k): parameter k arrives in register k of its bank
    zeros: tuple[list[int], list[int], list[int]]  # one zeroed window per bank
    i64_nargs: int  # parameter count when every param is i64 and the f64 and cell windows are empty, else -1
    i64_rest: list[int]  # zeros for the i64 registers after the parameters
    allocates: bool  # it may allocate (Program.may_allocate): a call of it opens a region


def run(p: Program, args: Sequence[Any], limits: Limits = DEFAULT_LIMITS, observer: Observer | None = None) -> Result:
    """Run p's entry function on args (as jit.program.verify.parse_entry_args returns them).

    p must be verified. Raises VMError for runtime errors of the program and
    InputError for args that do not fit the entry's parameters.
    """
    st = start(p, args, limits)
    banks: tuple[list[int], list[int], list[int]] = ([], [], [])
    for bank, window in enumerate(st.windows):
        _reserve(banks[bank], len(window), limits.stack_regs)
        banks[bank][: len(window)] = window
    fns = [_decode(p, i, st.strings[i]) for i in range(len(p.functions))]
    return _execute(fns, p.entry, banks, st.heap, limits, observer)


# Decoding


_CMP_FUNCS = (operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge)
_CMP_I64, _CMP_I64K, _CMP_F64 = int(Op.CmpEqI64Br), int(Op.CmpEqI64KBr), int(Op.CmpEqF64Br)
_CALL, _TAIL_CALL, _CONST_I64 = int(Op.CallMixed), int(Op.TailCallMixed), int(Op.ConstI64K)
_IMM_C = frozenset(
    {Op.ConstI64K, Op.AddI64K, Op.SubI64K, Op.MulI64K, Op.DivI64K, Op.ModI64K, Op.ReturnConstK}
)  # ops whose C is an int16 immediate
_CALL_DST = {Op.CallI64: Bank.I64, Op.CallF64: Bank.F64, Op.CallCell: Bank.CELL}


def _decode(p: Program, fi: int, strings: dict[int, int]) -> _Fn:
    f = p.functions[fi]
    code = [_decode_instr(ins, f, fi, strings) for ins in f.code]
    ni, nf, nc = f.nregs
    params = tuple((int(bank), k) for k, bank in enumerate(f.params))
    i64_only = nf == nc == 0 and all(bank is Bank.I64 for bank in f.params)
    nargs = len(f.params) if i64_only else -1
    zeros = ([0] * ni, [0] * nf, [0] * nc)
    return _Fn(f.name, code, ni, nf, nc, params, zeros, nargs, [0] * (ni - len(f.params)), p.may_allocate(fi))


def _decode_instr(ins: Instr, f: Function, fi: int, strings: dict[int, int]) -> _Ins:
    op, a, b, c = int(ins.op), ins.a, ins.b, ins.c  # plain ints keep the loop's compares on the fast path
    if op == Op.TailCallMixed and c == fi and b == 0:
        return (int(Op.Jump), 0, 0, 0, None)  # vm3: the function again on every register as it is
    if op in _IMM_C:
        c = s16(c)
    if _CMP_I64 <= op < _CMP_I64 + 6:
        return (_CMP_I64, a, b, c, _CMP_FUNCS[op - _CMP_I64])
    if _CMP_I64K <= op < _CMP_I64K + 6:
        return (_CMP_I64K, a, s16(b), c, _CMP_FUNCS[op - _CMP_I64K])
    if _CMP_F64 <= op < _CMP_F64 + 6:
        return (_CMP_F64, a, b, c, _CMP_FUNCS[op - _CMP_F64])
    if op in _CALL_DST:
        return (_CALL, a, b, c, int(_CALL_DST[Op(op)]))
    if op == Op.CallMixed:
        return (_CALL, a, b, c, ins.flags & 3)
    if op == Op.TailCallI64:
        return (_TAIL_CALL, a, b, c, None)
    if op == Op.ConstI64KW:
        return (_CONST_I64, a, 0, cell.sext48(f.consts[c].value), None)  # type: ignore[arg-type]
    if op == Op.ConstF64K:
        return (op, a, 0, cell.f64_bits(f.consts[c].value), None)  # type: ignore[arg-type]
    if op == Op.ConstStrKW:
        return (op, a, 0, strings[c], None)
    if op == Op.LookupI64KW:
        return (op, a, b, f.tables[c], None)
    if op == Op.FmaF64:
        return (op, a, b, c & 0xFF, (c >> 8) & 0xFF)
    return (op, a, b, c, None)


# The loop


def _execute(
    fns: list[_Fn],
    entry: int,
    banks: tuple[list[int], list[int], list[int]],
    heap: Heap,
    limits: Limits,
    observer: Observer | None,
) -> Result:
    ri, rf, rc = banks
    regs = _Regs(banks, heap)
    data = _DATA
    max_stack = limits.max_depth - 1  # frames below the current one
    stack_regs = limits.stack_regs
    H, M = _H, _M
    # Saved activation: (fi, code, ni, nf, nc, return pc, bi, bf, bc, destination bank, destination register,
    # the mark of the region the call opened around it, or -1 if it opened none).
    stack: list[tuple[int, list[_Ins], int, int, int, int, int, int, int, int, int, int]] = []
    fi = entry
    _, code, ni, nf, nc, *_ = fns[fi]
    pc = bi = bf = bc = 0
    try:
        while True:
            if observer is not None:
                observer(fi, pc, FrameView(fi, len(stack) + 1, (bi, bf, bc), (ni, nf, nc), banks, heap))
            op, a, b, c, d = code[pc]
            pc += 1
            if op == 28:  # CmpXxI64KBr
                if d(ri[bi + a], b):
                    pc = c
            elif op == 12:  # AddI64K
                v = ri[bi + b] + c
                ri[bi + a] = v if -H <= v < H else ((v + H) & M) - H
            elif op == 22:  # CmpXxI64Br
                if d(ri[bi + a], ri[bi + b]):
                    pc = c
            elif op == 6:  # AddI64
                v = ri[bi + b] + ri[bi + c]
                ri[bi + a] = v if -H <= v < H else ((v + H) & M) - H
            elif op == 13:  # SubI64K
                v = ri[bi + b] - c
                ri[bi + a] = v if -H <= v < H else ((v + H) & M) - H
            elif op == 7:  # SubI64
                v = ri[bi + b] - ri[bi + c]
                ri[bi + a] = v if -H <= v < H else ((v + H) & M) - H
            elif op == 1:  # MovI64
                ri[bi + a] = ri[bi + b]
            elif op == 47:  # every non-tail call; d is the destination bank
                if len(stack) >= max_stack:
                    raise Fault(ErrorKind.STACK_OVERFLOW, f"call depth {len(stack) + 2} > {max_stack + 1}")
                g = fns[c]
                _, gcode, gi, gf, gc, _, _, nargs, rest, allocates = g
                nbi, nbf, nbc = bi + ni, bf + nf, bc + nc
                if nargs >= 0 and nbi + gi <= len(ri):  # fast path: i64 only, the window already fits
                    s = bi + b
                    ri[nbi : nbi + gi] = ri[s : s + nargs] + rest
                else:
                    _open_windows(g, banks, bi + b, bf + b, bc + b, nbi, nbf, nbc, stack_regs)
                stack.append((fi, code, ni, nf, nc, pc, bi, bf, bc, d, a, heap.open_region() if allocates else -1))
                fi, code, ni, nf, nc = c, gcode, gi, gf, gc
                pc, bi, bf, bc = 0, nbi, nbf, nbc
                regs.bi, regs.bf, regs.bc = bi, bf, bc
            elif 39 <= op <= 42:  # Return*
                if op == 39:
                    vb, v = 0, ri[bi + a]
                elif op == 42:
                    vb, v = 0, c
                elif op == 40:
                    vb, v = 1, rf[bf + a]
                else:
                    vb, v = 2, rc[bc + a]
                if not stack:
                    return Result(Bank(vb), v & M, heap)
                fi, code, ni, nf, nc, pc, bi, bf, bc, vd, dst, mark = stack.pop()
                if mark >= 0:
                    heap.close_region(mark, vb == 2)
                regs.bi, regs.bf, regs.bc = bi, bf, bc
                if vd != vb:
                    v = _CONVERT[vb, vd](v)
                if vd == 0:
                    ri[bi + dst] = v
                elif vd == 1:
                    rf[bf + dst] = v
                else:
                    rc[bc + dst] = v
            elif op == 3:  # ConstI64K, ConstI64KW
                ri[bi + a] = c
            elif op == 34:  # Jump
                pc = c
            elif op == 48:  # TailCallI64, TailCallMixed
                g = fns[c]
                _, gcode, gi, gf, gc, _, _, nargs, rest, _ = g  # a tail call stays in the caller's region
                if nargs >= 0 and bi + gi <= len(ri):  # fast path as for calls
                    s = bi + b
                    ri[bi : bi + gi] = ri[s : s + nargs] + rest
                else:
                    _open_windows(g, banks, bi + b, bf + b, bc + b, bi, bf, bc, stack_regs)
                fi, code, ni, nf, nc, pc = c, gcode, gi, gf, gc, 0
            elif op == 8:  # MulI64
                v = ri[bi + b] * ri[bi + c]
                ri[bi + a] = v if -H <= v < H else ((v + H) & M) - H
            elif op == 14:  # MulI64K
                v = ri[bi + b] * c
                ri[bi + a] = v if -H <= v < H else ((v + H) & M) - H
            elif op == 61:  # CmpXxF64Br
                if d(_f(rf[bf + a]), _f(rf[bf + b])):
                    pc = c
            elif op == 43:  # Deopt
                return Result(None, cell.deopt(c), heap)
            else:
                data[op](regs, a, b, c, d)  # type: ignore[misc]
    except Fault as fault:
        raise VMError(fault.kind, fns[fi].name, pc - 1, fault.detail) from None


def _open_windows(
    g: _Fn,
    banks: tuple[list[int], list[int], list[int]],
    si: int,
    sf: int,
    sc: int,
    nbi: int,
    nbf: int,
    nbc: int,
    stack_regs: int,
) -> None:
    """Give g zeroed windows at the new bases and copy parameter k from bank(k)[source base + k].

    The arguments are read before anything is written, so a tail call may pass
    its own registers down to register 0.
    """
    ri, rf, rc = banks
    if nbi + g.ni > len(ri):
        _reserve(ri, nbi + g.ni, stack_regs)
    if nbf + g.nf > len(rf):
        _reserve(rf, nbf + g.nf, stack_regs)
    if nbc + g.nc > len(rc):
        _reserve(rc, nbc + g.nc, stack_regs)
    src, dst = (si, sf, sc), (nbi, nbf, nbc)
    args = [banks[bank][src[bank] + k] for bank, k in g.params]
    zi, zf, zc = g.zeros
    ri[nbi : nbi + g.ni] = zi
    if zf:
        rf[nbf : nbf + g.nf] = zf
    if zc:
        rc[nbc : nbc + g.nc] = zc
    for (bank, k), v in zip(g.params, args, strict=True):
        banks[bank][dst[bank] + k] = v


def _reserve(regs: list[int], end: int, stack_regs: int) -> None:
    """Grow a bank's register stack to hold `end` registers; STACK_OVERFLOW past stack_regs."""
    check_window(end, stack_regs)
    size = min(stack_regs, max(end, 2 * len(regs), 256))
    regs.extend([0] * (size - len(regs)))


# Values


def _f(bits: int) -> float:
    return _D.unpack(_Q.pack(bits))[0]


def _bits(x: float) -> int:
    """Bits of an f64 arithmetic result, NaN canonicalised."""
    return cell.CANONICAL_NAN if x != x else _Q.unpack(_D.pack(x))[0]


def f64_to_i64(bits: int) -> int:
    """F64ToI64: truncate toward zero; NaN or a result outside [-2**63, 2**63) gives INT64_MIN."""
    x = _f(bits)
    if math.isnan(x) or math.isinf(x):
        return _INT64_MIN
    t = int(x)
    return t if -_H <= t < _H else _INT64_MIN


def _i64_to_f64(v: int) -> int:
    return _bits(float(v))


_CONVERT: dict[tuple[int, int], Callable[[int], int]] = {
    (Bank.I64, Bank.F64): _i64_to_f64,
    (Bank.F64, Bank.I64): f64_to_i64,
    (Bank.I64, Bank.CELL): cell.from_int,
    (Bank.F64, Bank.CELL): cell.canon_nan,
}
"""Call result conversions (callee result bank, destination bank); cell -> i64/f64 is rejected by the verifier."""


def _wrap(v: int) -> int:
    return ((v + _H) & _M) - _H


def _div(x: int, y: int) -> int:
    if y == 0:
        raise Fault(ErrorKind.DIV_ZERO, f"{x} / 0")
    q = abs(x) // abs(y)
    return _wrap(-q if (x < 0) != (y < 0) else q)


def _mod(x: int, y: int) -> int:
    if y == 0:
        raise Fault(ErrorKind.DIV_ZERO, f"{x} % 0")
    r = abs(x) % abs(y)
    return -r if x < 0 else r


def _fdiv(x: float, y: float) -> float:
    """IEEE division; Python raises ZeroDivisionError where IEEE gives ±inf or NaN."""
    if y == 0.0:
        if x == 0.0 or x != x:
            return math.nan
        return math.copysign(math.inf, math.copysign(1.0, x) * math.copysign(1.0, y))
    return x / y


def _sqrt(x: float) -> float:
    return math.nan if x != x or x < 0.0 else math.sqrt(x)


def _lookup(table: tuple[int, ...], index: int) -> int:
    if 0 <= index < len(table):
        return table[index]
    raise Fault(ErrorKind.INDEX, f"table index {index} with length {len(table)}")


# Data ops: everything that neither branches nor calls. Each reads and writes the
# current activation through a _Regs, whose bases the loop updates at calls and returns.


class _Regs:
    __slots__ = ("bc", "bf", "bi", "heap", "rc", "rf", "ri")

    def __init__(self, banks: tuple[list[int], list[int], list[int]], heap: Heap) -> None:
        self.ri, self.rf, self.rc = banks
        self.bi = self.bf = self.bc = 0
        self.heap = heap


Handler = Callable[[_Regs, int, int, Any, Any], None]
"""A data op: (registers, a, b, c, d) -> None, with the fields as _decode_instr leaves them."""

_DATA: list[Handler | None] = [None] * len(Op)


def _data(op: Op) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _DATA[op] = fn
        return fn

    return register


@_data(Op.Nop)
def _nop(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    pass


@_data(Op.MovF64)
def _mov_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = r.rf[r.bf + b]


@_data(Op.ConstF64K)
def _const_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = c


@_data(Op.DivI64)
def _div_i64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = _div(r.ri[r.bi + b], r.ri[r.bi + c])


@_data(Op.ModI64)
def _mod_i64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = _mod(r.ri[r.bi + b], r.ri[r.bi + c])


@_data(Op.NegI64)
def _neg_i64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = _wrap(-r.ri[r.bi + b])


@_data(Op.DivI64K)
def _div_i64k(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = _div(r.ri[r.bi + b], c)


@_data(Op.ModI64K)
def _mod_i64k(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = _mod(r.ri[r.bi + b], c)


@_data(Op.AddF64)
def _add_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = _bits(_f(r.rf[r.bf + b]) + _f(r.rf[r.bf + c]))


@_data(Op.SubF64)
def _sub_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = _bits(_f(r.rf[r.bf + b]) - _f(r.rf[r.bf + c]))


@_data(Op.MulF64)
def _mul_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = _bits(_f(r.rf[r.bf + b]) * _f(r.rf[r.bf + c]))


@_data(Op.DivF64)
def _div_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = _bits(_fdiv(_f(r.rf[r.bf + b]), _f(r.rf[r.bf + c])))


@_data(Op.NegF64)
def _neg_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = r.rf[r.bf + b] ^ _SIGN


@_data(Op.ConstStrKW)
def _const_str(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rc[r.bc + a] = c


@_data(Op.LenStr)
def _len_str(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = len(r.heap.str_of(r.rc[r.bc + b]))


@_data(Op.ConcatStr)
def _concat_str(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rc[r.bc + a] = r.heap.concat(r.rc[r.bc + b], r.rc[r.bc + c])


@_data(Op.NewList)
def _new_list(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rc[r.bc + a] = r.heap.new_list(c)


@_data(Op.ListLenI64)
def _list_len(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = len(r.heap.list_of(r.rc[r.bc + b]).items)


@_data(Op.ListPushI64)
def _list_push(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.heap.list_push(r.rc[r.bc + a], cell.from_int(r.ri[r.bi + b]))


@_data(Op.ListGetI64)
def _list_get_i64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = cell.to_int(r.heap.list_get(r.rc[r.bc + b], r.ri[r.bi + c]))


@_data(Op.ListSetI64)
def _list_set_i64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.heap.list_set(r.rc[r.bc + a], r.ri[r.bi + c], cell.from_int(r.ri[r.bi + b]))


@_data(Op.NewMap)
def _new_map(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rc[r.bc + a] = r.heap.new_map(c)


@_data(Op.MapSetI64I64)
def _map_set(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.heap.map_set(r.rc[r.bc + a], r.ri[r.bi + b], r.ri[r.bi + c])


@_data(Op.MapGetI64I64)
def _map_get(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = r.heap.map_get(r.rc[r.bc + b], r.ri[r.bi + c])


@_data(Op.ListGetF64)
def _list_get_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = r.heap.list_get(r.rc[r.bc + b], r.ri[r.bi + c])  # the Cell's bits, whatever its tag


@_data(Op.ListSetF64)
def _list_set_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.heap.list_set(r.rc[r.bc + a], r.ri[r.bi + c], cell.canon_nan(r.rf[r.bf + b]))


@_data(Op.ListGetCell)
def _list_get_cell(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rc[r.bc + a] = r.heap.list_get(r.rc[r.bc + b], r.ri[r.bi + c])


@_data(Op.ListSetCell)
def _list_set_cell(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.heap.list_set(r.rc[r.bc + a], r.ri[r.bi + c], r.rc[r.bc + b])


@_data(Op.I64ToF64)
def _i64_to_f64_op(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = _i64_to_f64(r.ri[r.bi + b])


@_data(Op.F64ToI64)
def _f64_to_i64_op(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = f64_to_i64(r.rf[r.bf + b])


@_data(Op.FmaF64)
def _fma_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    rf, bf = r.rf, r.bf
    rf[bf + a] = _bits(fma(_f(rf[bf + b]), _f(rf[bf + c]), _f(rf[bf + d])))


@_data(Op.LookupI64KW)
def _lookup_op(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.ri[r.bi + a] = _lookup(c, r.ri[r.bi + b])


@_data(Op.SqrtF64)
def _sqrt_f64(r: _Regs, a: int, b: int, c: Any, d: Any) -> None:
    r.rf[r.bf + a] = _bits(_sqrt(_f(r.rf[r.bf + b])))
