"""Calls and tail calls of another function as pieces the compiler lays out (jit/stencils/call.c, "Calls as
pieces"): the checks, one move per argument, one zero per register the callee may read before writing it
(jit.compiler.dataflow.exposed_reads) and per cell register (no live window holds a stale handle, which the
debugger would show), and the machine call (opening a region around it when the callee may allocate:
docs/semantics.md, "Reclaiming") or the tail jump.

The callee's signature is known when compiling, so the arguments and zeros are straight code whatever its
shape (no loop over a signature at run time, no switch on the result's conversion), and only the banks where
the callee has registers are checked, and only those where the caller has registers are stepped. A call whose
callee windows would start past the largest register number a hole holds keeps the op's own stencil.
"""

from __future__ import annotations

from collections.abc import Callable

from jit.program.model import Instr, Program
from jit.program.ops import CALL_BANK, CALLS, TAIL_CALLS, Bank, Op

Piece = tuple[str, Instr]
Located = Callable[[Instr, str], Piece | None]
"""The variant of a move with its pinned operands in slots, None when nothing of it is pinned."""

MAX_REGISTER = 0xFFFF
"""The largest register number a hole takes (_JIT_A and _JIT_B are u16 fields)."""
MAX_ZEROS = 64
"""The most registers a call zeroes one piece each: a larger callee window is zeroed by the loops of the op's own
stencil, so that a call's code does not grow with its callee's register count (zeroing a window of 65535 cell
registers piece by piece is a megabyte of code, past the reach of an arm64 conditional branch across it)."""

_MOVE = {Bank.I64: Op.MovI64, Bank.F64: Op.MovF64}
_ZERO = {Bank.I64: "PieceZeroI", Bank.F64: "PieceZeroF", Bank.CELL: "PieceZeroC"}


def call_pieces(
    program: Program, fi: int, ins: Instr, exposed: Callable[[int], tuple[int, int, int]], located: Located
) -> tuple[Piece, ...] | None:
    """The pieces of a call or of a tail call of another function; None for any other op, or when a register
    number would not fit a hole or more than MAX_ZEROS registers need zeroing. `exposed(g)` is function g's
    exposed_reads."""
    op = Op(ins.op)
    if op not in CALLS and not (op in TAIL_CALLS and ins.c != fi):
        return None
    callee_exposed = exposed(ins.c)
    caller, callee = program.functions[fi], program.functions[ins.c]
    params = callee.params
    tail = op in TAIL_CALLS
    base = (0, 0, 0) if tail else caller.nregs  # where the callee's windows start, in the caller's numbering
    ends = [base[bank] + callee.nregs[bank] for bank in Bank]
    if max(*ends, ins.b + len(params)) > MAX_REGISTER:
        return None
    pieces: list[Piece] = []
    if tail:
        pieces.append(("PieceTailCheck", ins))
    else:
        pieces.append((f"PieceCallCheck{_mask(callee.nregs)}", ins))
    for k, bank in enumerate(params):
        if tail and ins.b == 0:
            break  # the arguments are the parameters already
        pieces.append(_move(Bank(bank), base[bank] + k, ins.b + k, located))
    zeros: list[Piece] = []
    for bank in Bank:
        own = {k for k, b in enumerate(params) if b == bank}
        zeroed = callee.nregs[bank] if bank is Bank.CELL else callee_exposed[bank]
        zeros += [(_ZERO[bank], Instr(int(Op.MovI64), a=base[bank] + reg)) for reg in range(zeroed) if reg not in own]
    if len(zeros) > MAX_ZEROS:
        return None
    pieces += zeros
    if tail:
        pieces.append(("PieceTailJump", ins))
    else:
        dst = CALL_BANK.get(op, Bank(ins.flags & 3))
        call = "PieceCallRegion" if program.may_allocate(ins.c) else "PieceCall"
        pieces.append((f"{call}{_mask(caller.nregs)}_{3 * callee.result + dst}", ins))
    return tuple(pieces)


def _mask(nregs: tuple[int, int, int]) -> int:
    """The banks with registers, as a bit mask (bit b: bank b)."""
    return sum(1 << bank for bank in Bank if nregs[bank])


def _move(bank: Bank, dst: int, src: int, located: Located) -> Piece:
    if bank is Bank.CELL:
        return ("PieceMoveC", Instr(int(Op.MovI64), a=dst, b=src))
    move = Instr(int(_MOVE[bank]), a=dst, b=src)
    return located(move, "") or (_MOVE[bank].name, move)
