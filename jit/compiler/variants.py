"""Which stencil each op runs: its own, or a variant specialised to what the compiler knows about it.

`VARIANTS` maps an op to the stencils specialised for some of its instances,
named OPNAME_SUFFIX. A suffix is spelt in letters, one group per *aspect*: something the
compiler may know about the instance (its A and B are one register, its list is known to
be a list, an f64 operand is in an accumulator, its callee has a given shape). Each
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

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from jit.compiler.facts import CMP_F64, LIST_FIELD, Facts
from jit.compiler.holes import Env
from jit.program.model import Instr
from jit.program.ops import CALL_BANK, OPS, Bank, Op

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
    **dict.fromkeys(CMP_F64, "ab"),
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
    **{op: Variants(_acc(op), frozenset({"am", "ma", "aa"})) for op in CMP_F64},
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
