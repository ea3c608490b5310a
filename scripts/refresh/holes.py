"""Every hole the stencils may use, with the range of values the compiler patches into it.

docs/stencil-abi.md is the prose version of this table. The refresh checks each marker's
kind against these ranges, and on arm64 picks the shortest movz/movk form that holds them.
"""

from __future__ import annotations

import re

from refresh import RefreshError

U16 = (0, 0xFFFF)
U31 = (0, (1 << 31) - 1)
U32 = (0, (1 << 32) - 1)
U64 = (0, (1 << 64) - 1)

_COUNTS = (
    "A B C D FRAME_I FRAME_F FRAME_C CALLEE_I CALLEE_F CALLEE_C NARGS "
    "PARAMS_I PARAMS_F PARAMS_C NREGS_I NREGS_F NREGS_C"
)

VALUE_HOLES: dict[str, tuple[int, int]] = {
    **{f"_JIT_{n}": U16 for n in _COUNTS.split()},
    **{f"_JIT_{n}_OFF": (0, 8 * 0xFFFF) for n in _COUNTS.split()},
    **{f"_JIT_FRAME_{b}_BACK": (-8 * 0xFFFF, 0) for b in "IFC"},
    **{f"_JIT_CALLEE_END_{b}": (0, 2 * 0xFFFF) for b in "IFC"},
    **{f"_JIT_CALLEE_END_{b}_OFF": (0, 16 * 0xFFFF) for b in "IFC"},
    "_JIT_K": (-0x8000, 0x7FFF),
    "_JIT_NEG_K": (-0x7FFF, 0x8000),
    "_JIT_CAP": U16,
    "_JIT_DEOPT_PC": U16,
    "_JIT_CONV": (0, 8),
    "_JIT_ERRLOC": U32,
    "_JIT_TABLE": U31,
    "_JIT_TABLE_LEN": U31,
    "_JIT_SIG": U31,
    "_JIT_BITS": U64,
    "_JIT_FUNC": U32,
}
"""Holes whose value is a number: name -> inclusive (min, max)."""

CODE_HOLES = frozenset({"_JIT_CONTINUE", "_JIT_TARGET", "_JIT_CALLEE"})
"""Holes whose value is a code address: the next op, a branch target, a callee's entry."""

RUNTIME_SYMBOL = re.compile(r"jit_(?:rt|aot)_[a-z0-9_]+|jit_entry")
"""Runtime helpers, AOT runtime functions and the entry trampoline: code addresses too, each the copy in the
same image."""

ADDRESS_SYMBOLS = frozenset({"jit_aot_program", "jit_aot_state", "_JIT_CALLEE"})
"""What an AOT runtime stencil may take the address of (PC-relative, never as a number): the program
descriptor, the state of an AOT object, and a vm3 function. jit.aot turns each such hole into a relocation."""

CONTINUE = "_JIT_CONTINUE"


def is_code_symbol(symbol: str) -> bool:
    return symbol in CODE_HOLES or bool(RUNTIME_SYMBOL.fullmatch(symbol))


def is_address_symbol(symbol: str) -> bool:
    return symbol in ADDRESS_SYMBOLS


def value_range(stencil: str, symbol: str, addend: int) -> tuple[int, int]:
    """The range of S + addend for a number hole."""
    if symbol not in VALUE_HOLES:
        raise RefreshError(f"{stencil}: {symbol} is not a known hole (see vm3.h and scripts/refresh/holes.py)")
    lo, hi = VALUE_HOLES[symbol]
    return lo + addend, hi + addend
