"""The subset of Keystone's arm64 syntax that stencils may use."""

from __future__ import annotations

import re

from jit.isa.syntax import MARKER_FRAGMENT as _MK
from jit.isa.syntax import Dialect

_N32 = r"(?:[0-9]|[12][0-9]|3[01])"
_REG = (
    rf"(?:[xw](?:[0-9]|1[0-79]|2[0-9]|30)|w?sp|[xw]zr|fp|lr|[bhsdq]{_N32}"
    rf"|v{_N32}(?:\.(?:8b|16b|4h|8h|2s|4s|1d|2d|b|h|s|d))?)"
)
_UNUM = r"(?:0x[0-9a-f]+|[0-9]+)"
_IMM = rf"#(?:-?(?:0x[0-9a-f]+|[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)|{_MK})"
_SHIFTS = ("lsl", "lsr", "asr", "ror", "msl")
_EXTENDS = ("uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx")
_CONDS = ("eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv")
_SHIFT = rf"(?:{'|'.join(_SHIFTS)})\s+#[0-9]+"
_EXTEND = rf"(?:{'|'.join(_EXTENDS)})(?:\s+#[0-9]+)?"
_MEM = rf"\[\s*{_REG}(?:\s*,\s*(?:#-?{_UNUM}|#{_MK}|{_REG}(?:\s*,\s*(?:{_SHIFT}|{_EXTEND}))?))?\s*\]!?"
_X18 = "x18 is the platform register on macOS: stencils must not touch it"

DIALECT = Dialect(
    mnemonic=r"[a-z][a-z0-9]*(?:\.[a-z]{2})?",
    mnemonics=None,  # the operand grammar alone kept Keystone alive on every mnemonic Capstone knows
    register=re.compile(_REG),
    keywords=frozenset(_SHIFTS + _EXTENDS + _CONDS),
    number=r"0x[0-9a-f]+|[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?",
    punctuation="[],#!-",
    operand=re.compile(rf"{_REG}|{_IMM}|{_MK}|{_SHIFT}|{_EXTEND}|{'|'.join(_CONDS)}|{_MEM}"),
    max_memory_operands=1,
    forbidden={"x18": _X18, "w18": _X18},
)
