"""arm64: operands folded into the instructions that use them, where those instructions have a field for them.

Clang loads every hole into a register first, also where the instruction that uses it could hold it. This pass
rewrites

    movz x9, #{uabs_g0:_JIT_B}  ...  ldr x8, [x20, x9, lsl #3]   as   ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    movz x9, #{sabs_g0:_JIT_K}  ...  add x8, x8, x9              as   add x8, x8, #{add_abs12s:_JIT_K}

(a register's byte offset in the scaled 12-bit offset of a 64-bit ldr/str; an op's constant, K or a table's offset
or length, in the imm12 of add/adds/cmn, or of sub/subs/cmp as sub_abs12s), and drops the movz (with the movk of a
32-bit constant), when it is the only definition of x9 that reaches each of those uses and x9 has no other use
that it reaches: reaching definitions over the stencil's control-flow graph, for that one register. The folded
fields hold only part of the holes' values (registers 0..4095, constants -4095..4095), so the refresh also keeps
Clang's unfolded code, as the stencil's `_wide` twin (refresh_stencils.wants_twin), for the ops whose values do not
fit (jit.compiler.fit).

What a register means outside the stencil: x0-x7 (C arguments and results) and x19-x30 (the C ABI's callee-saved
registers, fp, lr) may carry a value out at a branch to a hole, a `bl` or a `ret`; so may x20-x28 and then x0-x7,
preserve_none's first 17 integer arguments. The temporaries x8-x17 never do: no stencil passes more than 17 integer
arguments (preserve_none's 18th is x10), and a `bl` clobbers them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from refresh.model import Insn, Item, Label, Marker, whole_marker

if TYPE_CHECKING:
    from refresh.isas import IsaSpec

REGISTER_HOLES = frozenset({"_JIT_A", "_JIT_B", "_JIT_C", "_JIT_D"})
"""Register fields: their numbers index the op's own window (below its register count), as offsets of 8 bytes."""
VALUE_HOLES = frozenset({"_JIT_K", "_JIT_NEG_K", "_JIT_TABLE", "_JIT_TABLE_LEN"})
"""An op's constants: K (and -K), a lookup table's byte offset in the data area and its length."""
_LOADS = {"uabs_g0": ("uabs_g0",), "sabs_g0": ("sabs_g0",), "abs_g0": ("abs_g0", "uabs_g1")}
"""The kinds of a hole load (refresh.isas._movw_form) that the pass folds: a movz, or a movz and movk."""

REGISTER_FOLD, VALUE_FOLD = "register", "value"
"""What a fold put in an instruction: a register's offset, or a constant (the refresh decides on twins by them)."""

_N = r"(?:[0-9]|[12][0-9]|30)"
_GPR = re.compile(rf"\b[xw]({_N})\b")
_WIDE_GPR = re.compile(rf"([xw])({_N})")
_INDEXED = re.compile(rf"\[(?P<base>x{_N}|sp), x(?P<index>{_N}), lsl #3\]")
_DATA64 = re.compile(rf"x{_N}|xzr|d(?:{_N}|31)")
_EXIT_LIVE = frozenset((*range(0, 8), *range(19, 31)))
_CLOBBERED = frozenset(range(0, 18))
_ADD_LIKE = {"add": 3, "adds": 3, "cmn": 2}
_SUB_LIKE = {"sub": 3, "subs": 3, "cmp": 2}
_WRITES_FIRST = frozenset(
    (
        *("movz", "movn", "mov", "add", "adds", "sub", "subs", "and", "ands", "orr", "orn", "eor", "eon", "bic"),
        *("bics", "lsl", "lsr", "asr", "ror", "mul", "madd", "msub", "smulh", "umulh", "smull", "umull", "sdiv"),
        *("udiv", "neg", "negs", "mvn", "csel", "csinc", "csinv", "csneg", "cset", "csetm", "cinc", "cneg", "sxtb"),
        *("sxth", "sxtw", "uxtb", "uxth", "ubfx", "sbfx", "ubfiz", "sbfiz", "ubfm", "sbfm", "extr", "clz", "cls"),
        *("rbit", "rev", "ldr", "ldrb", "ldrh", "ldrsb", "ldrsh", "ldrsw", "ldur", "ldurb", "ldurh", "ldursw"),
        *("fmov", "fcvtzs", "fcvtzu", "adr", "adrp"),
    )
)
"""Mnemonics that write their first operand without reading it (others that mention a register read it)."""


@dataclass(frozen=True)
class _Candidate:
    """A load of a foldable hole: where its movz is (an index into the instructions) and how many instructions it
    has (the movz and its movks), its register and hole."""

    at: int
    size: int
    reg: int
    wide: bool  # movz x (else w)
    hole: Marker

    @property
    def fold(self) -> str:
        return VALUE_FOLD if self.hole.symbol in VALUE_HOLES else REGISTER_FOLD

    @property
    def last(self) -> int:
        return self.at + self.size - 1


def fold_operands(stencil: str, items: list[Item], isa: IsaSpec) -> tuple[list[Item], frozenset[str]]:
    """The stencil with every foldable load folded into its uses, and which folds (REGISTER_FOLD, VALUE_FOLD) it made.

    One fold at a time, the graph rebuilt after each: a fold removes a definition the next one may depend on."""
    folds: set[str] = set()
    while True:
        flow = _Flow(items, isa)
        for cand in _candidates(flow.insns):
            uses = flow.foldable_uses(cand)
            if uses:
                items = flow.apply(cand, uses)
                folds.add(cand.fold)
                break
        else:
            return items, frozenset(folds)


def _candidates(insns: list[Insn]) -> Iterator[_Candidate]:
    """Every movz (with its movks, which follow it) that loads a register number or an op's constant."""
    for i, insn in enumerate(insns):
        hole = _loaded(insn, "movz")
        if hole is None or hole.kind not in _LOADS:
            continue
        if hole.symbol not in (REGISTER_HOLES if hole.kind == "uabs_g0" else VALUE_HOLES):
            continue
        movks = insns[i + 1 : i + len(_LOADS[hole.kind])]
        wanted = [Marker(kind, hole.symbol, hole.addend) for kind in _LOADS[hole.kind][1:]]
        if [_loaded(x, "movk") for x in movks] == wanted and all(x.operands[0] == insn.operands[0] for x in movks):
            reg = _WIDE_GPR.fullmatch(insn.operands[0])
            yield _Candidate(i, 1 + len(movks), int(reg[2]), reg[1] == "x", hole)  # type: ignore[index]


def _loaded(insn: Insn, mnemonic: str) -> Marker | None:
    """The hole a `movz`/`movk` into a general register loads (or a chunk of), else None."""
    if insn.mnemonic != mnemonic or len(insn.operands) not in (2, 3) or not _WIDE_GPR.fullmatch(insn.operands[0]):
        return None
    return whole_marker(insn.operands[1].removeprefix("#"))


def _mentions(insn: Insn, reg: int) -> int:
    """How many times the instruction names general register `reg` (as x or w)."""
    return sum(int(m[1]) == reg for op in insn.operands for m in _GPR.finditer(op))


def _role(insn: Insn, reg: int) -> str:
    """What an instruction that is no foldable use does with a register: "none", "def" (writes it without
    reading it) or "other" (reads it, or may)."""
    n = _mentions(insn, reg)
    if n == 0:
        return "none"
    first = _gpr(insn.operands[0])
    return "def" if n == 1 and first is not None and first[1] == reg and insn.mnemonic in _WRITES_FIRST else "other"


def _gpr(operand: str) -> tuple[str, int] | None:
    m = _WIDE_GPR.fullmatch(operand)
    return None if m is None else (m[1], int(m[2]))


def _rewrite(insn: Insn, cand: _Candidate) -> tuple[Insn, bool] | None:
    """The instruction with cand's register replaced by its hole, and whether it writes that register (after
    reading it); None if it uses the register in any other way."""
    reg, hole = cand.reg, cand.hole
    if cand.fold == REGISTER_FOLD:
        if insn.mnemonic not in ("ldr", "str") or len(insn.operands) != 2:
            return None
        data, mem = insn.operands
        m = _INDEXED.fullmatch(mem)
        if m is None or int(m["index"]) != reg or not _DATA64.fullmatch(data) or m["base"] == f"x{reg}":
            return None
        writes = data == f"x{reg}"
        if writes and insn.mnemonic == "str":
            return None  # the register is also the value stored
        offset = Marker("ldst64_abs12", f"{hole.symbol}_OFF", 8 * hole.addend)
        return Insn(insn.mnemonic, (data, f"[{m['base']}, #{offset.text()}]")), writes
    arity = _ADD_LIKE.get(insn.mnemonic) or _SUB_LIKE.get(insn.mnemonic)
    regs = [_gpr(op) for op in insn.operands]
    if arity != len(regs) or None in regs or len({w for w, _ in regs}) != 1 or (regs[0][0] == "x" and not cand.wide):
        return None  # not the register form, or mixed widths, or a w-register K used as 64 bits
    *dest, a, b = insn.operands
    sources = [r for _, r in regs[len(dest) :]]
    if sources.count(reg) != 1:
        return None
    if sources[0] == reg:
        if insn.mnemonic not in _ADD_LIKE:
            return None  # K - x: no immediate form
        a, b = b, a
    kind = "add_abs12s" if insn.mnemonic in _ADD_LIKE else "sub_abs12s"
    writes = bool(dest) and regs[0][1] == reg
    return Insn(insn.mnemonic, (*dest, a, "#" + Marker(kind, hole.symbol, hole.addend).text())), writes


class _Flow:
    """A stencil's instructions as a control-flow graph, and what each does with one register."""

    def __init__(self, items: list[Item], isa: IsaSpec) -> None:
        self.items = items
        self.where = [k for k, it in enumerate(items) if isinstance(it, Insn)]
        self.insns: list[Insn] = [items[k] for k in self.where]  # type: ignore[misc]
        self.labels = self._label_positions(items)
        self.succ: list[list[int]] = []
        self.exits: list[bool] = []
        for i, insn in enumerate(self.insns):
            target = isa.target(insn)
            local = None if target is None or whole_marker(target) is not None else self.labels[target]
            nxt = [] if isa.ends_flow(insn) or insn.mnemonic == "br" else [i + 1]
            self.succ.append(nxt + ([local] if local is not None else []))
            self.exits.append(insn.mnemonic in ("ret", "br", "bl") or (target is not None and local is None))
        self.pred: list[list[int]] = [[] for _ in self.insns]
        for i, succ in enumerate(self.succ):
            for j in succ:
                self.pred[j].append(i)

    @staticmethod
    def _label_positions(items: list[Item]) -> dict[str, int]:
        """Label -> index of the instruction it names (the next one)."""
        out: dict[str, int] = {}
        n = 0
        pending: list[str] = []
        for it in items:
            if isinstance(it, Label):
                pending.append(it.name)
            else:
                out.update(dict.fromkeys(pending, n))
                pending.clear()
                n += 1
        return out

    def _kills(self, i: int, cand: _Candidate) -> bool:
        """Whether instruction i may give cand's register another value (conservatively: any mention that is not
        a foldable use which leaves it alone, or a call that clobbers it)."""
        insn = self.insns[i]
        folded = _rewrite(insn, cand)
        if folded is not None:
            return folded[1]
        return _role(insn, cand.reg) != "none" or (insn.mnemonic == "bl" and cand.reg in _CLOBBERED)

    def foldable_uses(self, cand: _Candidate) -> list[int] | None:
        """The instructions that read what cand's movz wrote, if every one of them can take the hole instead and
        that movz is the only definition reaching each; else None."""
        uses: list[int] = []
        seen: set[int] = set()
        stack = list(self.succ[cand.last])
        while stack:
            i = stack.pop()
            if i in seen:
                continue
            seen.add(i)
            insn = self.insns[i]
            if self.exits[i] and cand.reg in _EXIT_LIVE:
                return None
            folded = _rewrite(insn, cand)
            if folded is not None:
                uses.append(i)
                if not folded[1]:
                    stack += self.succ[i]
                continue
            role = _role(insn, cand.reg)
            if role == "other":
                return None
            if role == "none" and not (insn.mnemonic == "bl" and cand.reg in _CLOBBERED):
                stack += self.succ[i]
        if all(self._reached_only_by(u, cand) for u in uses):
            return sorted(uses)
        return None

    def _reached_only_by(self, use: int, cand: _Candidate) -> bool:
        """Whether every path from the stencil's entry to `use` passes through cand's movz with no write of its
        register in between."""
        if use == 0:
            return False
        seen: set[int] = set()
        stack = list(self.pred[use])
        while stack:
            p = stack.pop()
            if p in seen or cand.at <= p <= cand.last:
                continue
            seen.add(p)
            if p == 0 or self._kills(p, cand):
                return False
            stack += self.pred[p]
        return True

    def apply(self, cand: _Candidate, uses: list[int]) -> list[Item]:
        rewritten: dict[int, Item | None] = {self.where[k]: None for k in range(cand.at, cand.last + 1)}
        for u in uses:
            rewritten[self.where[u]] = _rewrite(self.insns[u], cand)[0]  # type: ignore[index]
        out: list[Item] = []
        for k, it in enumerate(self.items):
            new = rewritten.get(k, it)
            if new is not None:
                out.append(new)
        return out


Fold = Callable[[str, list[Item]], tuple[list[Item], frozenset[str]]]
"""An ISA's fold pass: (stencil, items) -> (items with operands folded in, the folds made)."""
