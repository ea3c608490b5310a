"""Which stencil each op runs: its own, or a variant specialised to what the compiler knows about it.

`VARIANTS` maps an op to the stencils specialised for some of its instances,
named OPNAME_SUFFIX. A suffix is spelt in letters, one group per *aspect*: something the
compiler may know about the instance (its A and B are one register, its list is known to
be a list, its divisor is known). Each
aspect has a predicate giving its letters for an instance and the letters that assume
nothing; when the exact variant does not exist, the compiler takes the one that assumes
the most among those that do (`_pick`), else the op's own stencil. To add a variant:

1. write its stencil (jit/stencils/), refresh the cache, and give it a test family in
   jit/stencilcheck/families.py (docs/stencil-abi.md lists the variants);
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

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from jit.compiler.facts import LIST_FIELD, Facts
from jit.compiler.holes import Env
from jit.program.model import Instr
from jit.program.ops import OPS, Bank, Kind, Op

Letters = Callable[[Instr, int, Facts], str]
"""An aspect's predicate: its letters for the op at a pc (the instruction, the pc, the function's Facts)."""


@dataclass(frozen=True)
class Aspect:
    """One thing the compiler may know about an instance, spelt as a group of letters in a variant's suffix."""

    letters: Letters


@dataclass(frozen=True)
class Variants:
    """An op's variants of one aspect: the aspect and every suffix the cache has for it."""

    aspect: Aspect
    suffixes: frozenset[str]


SAME_OPS = frozenset({Op.AddI64, Op.SubI64, Op.AddI64K, Op.SubI64K})
"""Integer ops with an `s` variant for A == B (the register updated in place, in memory)."""

SAME = Aspect(lambda ins, pc, facts: "s" if ins.a == ins.b else "")
"""`s`: A and B are the same register."""


@cache
def known_list(field: str) -> Aspect:
    """`k`: the list in this field is known to be one (Facts.lists)."""
    register = attrgetter(field)
    return Aspect(lambda ins, pc, facts: "k" if facts.lists[pc] >> register(ins) & 1 else "")


def _divisor(ins: Instr, pc: int, facts: Facts) -> str:
    """`p<s>`: K is 2^s (s >= 1); `n`: K is neither 0 nor -1 (no run-time tests); "" (the op's own stencil,
    which tests K) for those two."""
    k = ((ins.c & 0xFFFF) ^ 0x8000) - 0x8000
    if k > 1 and k & (k - 1) == 0:
        return f"p{k.bit_length() - 1}"
    return "" if k in (0, -1) else "n"


DIVISOR = Aspect(_divisor)
POW2_SHIFTS = range(1, 15)
"""The s of every K = 2^s an int16 holds (vm3.h FOR_SHIFTS)."""
DIVISOR_SUFFIXES = frozenset({"n", *(f"p{s}" for s in POW2_SHIFTS)})

VARIANTS: dict[Op, Variants] = {
    **dict.fromkeys(SAME_OPS, Variants(SAME, frozenset({"s"}))),
    **{op: Variants(known_list(field), frozenset({"k"})) for op, field in LIST_FIELD.items()},
    **dict.fromkeys((Op.DivI64K, Op.ModI64K), Variants(DIVISOR, DIVISOR_SUFFIXES)),
}
"""The variants of the memory form, by op: what their suffixes spell, and the suffixes the cache has."""

HOST_VARIANTS: dict[str, str] = {"FmaF64_h": "fma"}
"""Variants that need a CPU feature (variant -> the feature, as Linux's /proc/cpuinfo names it): the compiler
picks them only for the native backend on a host that has it, since the emulator's CPU lacks it (x86-64's FMA3:
the hardware fma instead of the software one)."""

Chooser = Callable[[Instr, int, Facts], str]
"""The stencil for an instance of one op: (instruction, pc, its function's Facts) -> stencil name."""


@cache
def variant_chooser(op: int) -> Chooser | None:
    """How to pick the memory-form stencil of each instance of opcode `op`; None if it always runs its own."""
    variants = VARIANTS.get(op)  # type: ignore[call-overload]
    if variants is None:
        return None
    own = OPS[op].name
    names = {s: f"{own}_{s}" for s in variants.suffixes}
    letters = variants.aspect.letters

    def choose(ins: Instr, pc: int, facts: Facts) -> str:
        return names.get(letters(ins, pc, facts), own)

    return choose


def stencil_name(ins: Instr, env: Env) -> str:
    """The memory-form stencil that runs this op (env.fi is its function, env.pc its pc): the variant of what
    the compiler knows about this instance, else the op's own. Every variant has the op's semantics and a subset
    of its holes, filled by the same getters."""
    choose = variant_chooser(ins.op)
    return OPS[ins.op].name if choose is None else choose(ins, env.pc, Facts(env.program, env.fi))


# ---- Operand locations: variants that take i64 and f64 operands from slots (jit.compiler.regalloc) ----

LOCATION_BANKS = (Bank.I64, Bank.F64)
"""The banks whose registers may live in slots (cell registers stay in memory, where the runtime finds them)."""


def register_fields(op: Op) -> tuple[tuple[str, Bank], ...]:
    """The op's register fields in field order, with their banks: what a location suffix spells."""
    return tuple((name, fld.bank) for name, fld in OPS[op].fields if fld.kind is Kind.REG and fld.bank is not None)


CARRIED = frozenset({"k"}) | DIVISOR_SUFFIXES
"""The suffixes of a memory-form variant that its located variants keep in front of their locations (a known
list, a known divisor), e.g. ListGetI64_kr0m1 and DivI64K_p1r00 (the others, `s` and the call shapes, have
none)."""


def carried(memory: str) -> str:
    """The letters of a memory-form stencil name that its located variants keep ("" for the op's own)."""
    suffix = memory.partition("_")[2]
    return suffix if suffix in CARRIED else ""


def located_name(ins: Instr, letters: str, locs: str) -> str:
    """The variant of `ins` whose register fields are at `locs` (one letter per register field: m, or a slot's
    digit), after the carried `letters` of its memory form: e.g. ListGetI64_kr0m1."""
    return f"{OPS[ins.op].name}_{letters}r{locs}"


LOCATED = re.compile(r"(?P<op>[A-Za-z0-9]+)_(?P<carried>k|n|p\d+|)r(?P<locs>[m0-9]+)")
"""The names located_name gives."""


def is_located(name: str) -> bool:
    return LOCATED.fullmatch(name) is not None


@cache
def located_variants(slots: int) -> dict[Op, frozenset[str]]:
    """Every location suffix the cache has, by op, for `slots` slots per bank (VM_SLOTS): what the enumerators
    of jit/stencils/vm3.h generate (tests check the two agree)."""
    digits = "".join(str(k) for k in range(slots))
    locs = "m" + digits
    pairs = frozenset(a + b for a in locs for b in locs) - {"mm"}
    in_place = frozenset(a + a + c for a in digits for c in locs)
    k_ops = frozenset(a + b for a in digits for b in (a, "m"))
    one = frozenset(digits)
    out: dict[Op, frozenset[str]] = {}
    for op in (Op.AddI64, Op.SubI64, Op.MulI64, Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64):
        out[op] = in_place
    for op in (Op.AddI64K, Op.SubI64K, Op.MulI64K, Op.DivI64K, Op.ModI64K):
        out[op] = k_ops
    for op in (Op.NegI64, Op.NegF64):
        out[op] = frozenset(a + a for a in digits)
    for op in (Op.MovI64, Op.MovF64, Op.SqrtF64, Op.I64ToF64, Op.F64ToI64, Op.LookupI64KW, *SWAPPED_COMPARES.values()):
        out[op] = pairs
    for op in (Op.ConstI64K, Op.ConstI64KW, Op.ConstF64K, Op.ReturnI64, Op.ReturnF64, *K_COMPARES):
        out[op] = one
    for op in (Op.ListGetI64, Op.ListGetF64):
        out[op] = frozenset(p[0] + "m" + p[1] for p in pairs)
    for op in (Op.ListSetI64, Op.ListSetF64):
        out[op] = frozenset("m" + p for p in pairs)
    out[Op.ListLenI64] = frozenset(a + "m" for a in digits)
    return out


def carried_letters(op: Op) -> tuple[str, ...]:
    """The carried letters the located variants of `op` come with: "" alone, or also `k` (list ops), or only
    the divisor's (DivI64K and ModI64K, whose own stencil has no located variants)."""
    if op in LIST_FIELD:
        return ("", "k")
    if op in (Op.DivI64K, Op.ModI64K):
        return tuple(sorted(DIVISOR_SUFFIXES))
    return ("",)


SWAPPED_COMPARES: dict[Op, Op] = {
    Op.CmpGtI64Br: Op.CmpLtI64Br,
    Op.CmpGeI64Br: Op.CmpLeI64Br,
    Op.CmpGtF64Br: Op.CmpLtF64Br,
    Op.CmpGeF64Br: Op.CmpLeF64Br,
    **{op: op for op in (Op.CmpEqI64Br, Op.CmpNeI64Br, Op.CmpLtI64Br, Op.CmpLeI64Br)},
    **{op: op for op in (Op.CmpEqF64Br, Op.CmpNeF64Br, Op.CmpLtF64Br, Op.CmpLeF64Br)},
}
"""Compare-and-branch ops and the op whose located variants run them: Gt and Ge as Lt and Le with their operands
swapped (a > b is b < a, NaN included); the others as themselves."""
K_COMPARES = tuple(Op[f"Cmp{c}I64KBr"] for c in ("Eq", "Ne", "Lt", "Le", "Gt", "Ge"))
