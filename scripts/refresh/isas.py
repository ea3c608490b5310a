"""What the refresh knows about each ISA: Clang target and flags, relocation kinds, branches, normalisation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from refresh import RefreshError
from refresh.fold import Fold, fold_operands
from refresh.holes import U16, U32, U64, is_address_symbol, is_code_symbol, value_range
from refresh.model import Insn, Item, Label, Marker, whole_marker

COMMON_FLAGS = (
    "-std=c11",
    "-Os",
    "-ffreestanding",
    "-fno-builtin",
    "-fno-pic",
    "-fno-asynchronous-unwind-tables",
    "-fno-unwind-tables",
    "-fno-exceptions",
    "-fno-stack-protector",
    "-fno-jump-tables",
    "-fno-strict-aliasing",
    "-fno-common",
    "-ffp-contract=off",
    "-fno-math-errno",
    "-fno-vectorize",
    "-fno-slp-vectorize",
    "-fno-unroll-loops",
    "-fomit-frame-pointer",
    "-ffunction-sections",
    "-Wall",
    "-Werror",
)
"""-Os, not -O3: stencils are laid end to end, so size beats tail duplication and alignment.
No PIC, unwind tables, stack protector or libc calls (freestanding, no builtins, no jump tables,
no errno for sqrt); one section per function so each stencil's relocations stand apart."""


@dataclass(frozen=True)
class IsaSpec:
    name: str
    """The cache directory and manifest key: x86_64 or arm64."""
    triple: str
    flags: tuple[str, ...]
    """Flags for this ISA after COMMON_FLAGS."""
    comment: str
    reloc_kinds: Mapping[int, str]
    """ELF relocation type -> marker kind, for the relocations a stencil may have."""
    jump: str
    """The unconditional direct jump."""
    inverse: Mapping[str, str]
    """Conditional branch mnemonic -> the mnemonic with the opposite condition."""
    target_index: Mapping[str, int]
    """Branch mnemonic (conditional or not) -> index of its target operand."""
    branch_kinds: Mapping[str, str]
    """Mnemonic of a direct branch or call -> marker kind of an external target."""
    near_only: frozenset[str]
    """Branches whose reach is too short for an external target (none on x86-64)."""
    kind_ranges: Mapping[str, tuple[int, int]]
    """Number marker kinds -> the values their field accepts."""
    normalise: Callable[[str, list[Item]], list[Item]]
    """ISA-specific rewriting of one stencil, after markers are in and before layout."""
    address_kinds: frozenset[str]
    """Marker kinds of a PC-relative address outside a branch (what jit.aot makes relocations of)."""
    fold: Fold
    """After normalise: operands folded into the instructions that use them, in fields of the kinds in
    fitted_kinds (refresh.fold), and which folds were made; the unfolded stencil is its `_wide` twin."""
    fitted_kinds: frozenset[str] = frozenset()
    """Kinds whose field holds only part of a hole's values: the compiler checks each op's values against them
    and takes the `_wide` twin (or another stencil) where they do not fit (jit.compiler.fit)."""

    @property
    def all_flags(self) -> tuple[str, ...]:
        return (f"--target={self.triple}", *COMMON_FLAGS, *self.flags)

    def is_branch(self, insn: Insn) -> bool:
        return insn.mnemonic in self.target_index

    def is_conditional(self, insn: Insn) -> bool:
        return insn.mnemonic in self.inverse

    def ends_flow(self, insn: Insn) -> bool:
        """Control never falls through: an unconditional jump (to a label or a hole) or a return."""
        return insn.mnemonic in (self.jump, "ret")

    def target(self, insn: Insn) -> str | None:
        i = self.target_index.get(insn.mnemonic)
        return None if i is None else insn.operands[i]

    def retarget(self, insn: Insn, target: str) -> Insn:
        """The branch with a new target: a local label, or a marker whose kind is made to fit the branch."""
        m = whole_marker(target)
        if m is not None:
            target = Marker(self.branch_kinds[insn.mnemonic], m.symbol, m.addend).text()
        return insn.with_operand(self.target_index[insn.mnemonic], target)

    def invert(self, insn: Insn, target: str) -> Insn:
        return self.retarget(Insn(self.inverse[insn.mnemonic], insn.operands), target)


def check_markers(isa: IsaSpec, stencil: str, insn: Insn) -> None:
    """Every marker of insn has a kind that can hold every value its hole may take; an address (AOT runtime
    stencils only) is PC-relative."""
    for m in insn.markers():
        if is_address_symbol(m.symbol) and insn.mnemonic not in isa.branch_kinds:
            if m.kind not in isa.address_kinds or (isa.name == "x86_64" and "[rip + " not in insn.render()):
                raise RefreshError(f"{stencil} ({isa.name}): address of {m.symbol} is not PC-relative: {insn.render()}")
            continue
        if is_code_symbol(m.symbol) or is_address_symbol(m.symbol):
            if isa.branch_kinds.get(insn.mnemonic) != m.kind or whole_marker(insn.operands[-1]) != m:
                raise RefreshError(f"{stencil} ({isa.name}): code symbol {m.symbol} used as data: {insn.render()}")
            if insn.mnemonic in isa.near_only:
                raise RefreshError(f"{stencil} ({isa.name}): {insn.mnemonic} cannot reach {m.symbol}")
            continue
        lo, hi = value_range(stencil, m.symbol, m.addend)
        if m.kind in isa.fitted_kinds:
            continue  # the compiler checks every value against the field (jit.compiler.fit)
        if m.kind not in isa.kind_ranges:
            raise RefreshError(f"{stencil} ({isa.name}): {m.symbol} in a {m.kind} field: {insn.render()}")
        klo, khi = isa.kind_ranges[m.kind]
        if lo < klo or hi > khi:
            raise RefreshError(
                f"{stencil} ({isa.name}): {m.kind} field cannot hold {m.symbol} in [{lo}, {hi}]: {insn.render()}"
            )


# ---- x86-64 ----

_X86_CC = ("e", "ne"), ("b", "ae"), ("be", "a"), ("l", "ge"), ("le", "g"), ("s", "ns"), ("o", "no"), ("p", "np")
_X86_INVERSE = {f"j{a}": f"j{b}" for x, y in _X86_CC for a, b in ((x, y), (y, x))}
_R32_TO_R64 = {
    **{f"e{r}": f"r{r}" for r in ("ax", "bx", "cx", "dx", "si", "di", "bp")},
    **{f"r{n}d": f"r{n}" for n in range(8, 16)},
}


def _x86_normalise(stencil: str, items: list[Item]) -> list[Item]:
    """`mov r32, imm32` zero-extends; for a hole that may be negative (the int16 K) write
    `mov r64, imm32`, which sign-extends: same value for every non-negative K, right for the rest."""
    out: list[Item] = []
    for it in items:
        if isinstance(it, Insn) and it.mnemonic == "mov" and len(it.operands) == 2 and it.operands[0] in _R32_TO_R64:
            m = whole_marker(it.operands[1])
            if m is not None and m.kind == "abs32" and value_range(stencil, m.symbol, m.addend)[0] < 0:
                it = Insn("mov", (_R32_TO_R64[it.operands[0]], Marker("abs32s", m.symbol, m.addend).text()))
        out.append(it)
    return out


def _no_folds(stencil: str, items: list[Item]) -> tuple[list[Item], frozenset[str]]:
    return items, frozenset()


X86_64 = IsaSpec(
    name="x86_64",
    triple="x86_64-unknown-linux-gnu",
    flags=("-march=x86-64", "-mcmodel=medium", "-mno-red-zone", "-fcf-protection=none", "-masm=intel"),
    comment="#",
    reloc_kinds={1: "abs64", 2: "rel32", 4: "rel32", 10: "abs32", 11: "abs32s"},
    jump="jmp",
    inverse=_X86_INVERSE,
    target_index={"jmp": 0, **dict.fromkeys(_X86_INVERSE, 0)},
    branch_kinds={"jmp": "rel32", "call": "rel32", **dict.fromkeys(_X86_INVERSE, "rel32")},
    near_only=frozenset(),
    kind_ranges={"abs32": U32, "abs32s": (-(1 << 31), (1 << 31) - 1), "abs64": (-(1 << 63), U64[1])},
    normalise=_x86_normalise,
    address_kinds=frozenset({"rel32"}),
    fold=_no_folds,
)


# ---- arm64 ----

_A64_CC = ("eq", "ne"), ("hs", "lo"), ("mi", "pl"), ("vs", "vc"), ("hi", "ls"), ("ge", "lt"), ("gt", "le")
_A64_INVERSE = {
    **{f"b.{a}": f"b.{b}" for x, y in _A64_CC for a, b in ((x, y), (y, x))},
    "cbz": "cbnz",
    "cbnz": "cbz",
    "tbz": "tbnz",
    "tbnz": "tbz",
}
_A64_CONDITIONS = tuple(k for k in _A64_INVERSE if k.startswith("b."))
_CHUNKS = ("abs_g0", "abs_g1", "abs_g2", "abs_g3")


def _short_kinds(stencil: str, m: Marker) -> tuple[str, ...]:
    """The marker kinds of the fewest movz/movk chunks that hold every value of the hole."""
    lo, hi = value_range(stencil, m.symbol, m.addend)
    if lo >= 0 and hi <= U16[1]:
        return ("uabs_g0",)
    if lo >= -(1 << 16) and hi <= U16[1]:
        return ("sabs_g0",)
    return ("abs_g0", "uabs_g1") if lo >= 0 and hi <= U32[1] else _CHUNKS


def _movw_form(stencil: str, reg: str, m: Marker) -> list[Item]:
    """The fewest movz/movk that load S + addend into reg, given the hole's range (README: uabs_g0,
    sabs_g0, uabs_g1 are the range-checked kinds that make the shorter forms safe)."""
    kinds = _short_kinds(stencil, m)
    out: list[Item] = [Insn("movz", (reg, "#" + Marker(kinds[0], m.symbol, m.addend).text()))]
    for k, kind in enumerate(kinds[1:], 1):
        out.append(Insn("movk", (reg, "#" + Marker(kind, m.symbol, m.addend).text(), f"lsl #{16 * k}")))
    return out


@dataclass
class _MovwGroup:
    """A movz/movk group being read: which register, which hole, the chunk expected next."""

    reg: str
    hole: Marker
    next_chunk: int = 1


def _collapse_movw(stencil: str, items: list[Item]) -> list[Item]:
    """Clang's large code model loads every hole with movz g0 / movk g1 / movk g2 / movk g3 (possibly
    interleaved with other instructions); replace each such group by _movw_form at the movz.

    Clang may also finish a group on several paths (movz before a branch, the movks repeated in each
    successor) or copy a half-built register and finish the copy. A movk outside a group is dropped when
    its chunk lies beyond the short form: that chunk is already right (zero after movz, all ones after the
    movn a negative sabs_g0 becomes) for every value the hole may take. Any other stray movk is refused."""
    out: list[Item | _MovwGroup] = []
    open_groups: dict[tuple[str, str, int], _MovwGroup] = {}
    for it in items:
        m = whole_marker(it.operands[1].removeprefix("#")) if isinstance(it, Insn) and len(it.operands) > 1 else None
        if not isinstance(it, Insn) or m is None or m.kind not in _CHUNKS:
            out.append(it)
            continue
        key, chunk = (it.operands[0], m.symbol, m.addend), _CHUNKS.index(m.kind)
        group = open_groups.get(key)
        if group is None and it.mnemonic == "movz" and chunk == 0:
            open_groups[key] = _MovwGroup(it.operands[0], m)
            out.append(open_groups[key])
        elif group is not None and it.mnemonic == "movk" and chunk == group.next_chunk:
            group.next_chunk += 1
            if chunk == 3:
                del open_groups[key]
        elif group is None and it.mnemonic == "movk" and chunk >= len(_short_kinds(stencil, m)):
            continue
        else:
            raise RefreshError(f"{stencil} (arm64): unexpected {it.render()} (a movz/movk group out of order)")
    if open_groups:
        raise RefreshError(f"{stencil} (arm64): incomplete movz/movk group for {sorted(k[1] for k in open_groups)}")
    result: list[Item] = []
    for it in out:
        result.extend(_movw_form(stencil, it.reg, it.hole) if isinstance(it, _MovwGroup) else [it])
    return result


def _expand_far_tests(stencil: str, items: list[Item]) -> list[Item]:
    """tbz/tbnz reach only 32 KiB: to a hole, write `tbnz/tbz ..., skip; b HOLE; skip:` instead."""
    out: list[Item] = []
    for n, it in enumerate(items):
        if isinstance(it, Insn) and it.mnemonic in ("tbz", "tbnz") and whole_marker(it.operands[2]) is not None:
            skip = f".Lfar{n}"
            out += [ARM64.invert(it, skip), ARM64.retarget(Insn("b", (skip,)), it.operands[2]), Label(skip)]
        else:
            out.append(it)
    return out


def _arm64_normalise(stencil: str, items: list[Item]) -> list[Item]:
    return _expand_far_tests(stencil, _collapse_movw(stencil, items))


def _arm64_fold(stencil: str, items: list[Item]) -> tuple[list[Item], frozenset[str]]:
    return fold_operands(stencil, items, ARM64)


ARM64 = IsaSpec(
    name="arm64",
    triple="aarch64-unknown-linux-gnu",
    flags=(
        "-march=armv8-a",
        "-mcmodel=large",
        "-ffixed-x18",
        "-mbranch-protection=none",
        "-mllvm",
        "-enable-tail-merge=false",
    ),
    comment="//",
    reloc_kinds={
        264: "abs_g0",
        266: "abs_g1",
        268: "abs_g2",
        269: "abs_g3",
        275: "page21",
        277: "pageoff12",
        279: "tstbr14",
        280: "condbr19",
        282: "jump26",
        283: "call26",
    },
    jump="b",
    inverse=_A64_INVERSE,
    target_index={"b": 0, **dict.fromkeys(_A64_CONDITIONS, 0), "cbz": 1, "cbnz": 1, "tbz": 2, "tbnz": 2},
    branch_kinds={
        "b": "jump26",
        "bl": "call26",
        **dict.fromkeys(_A64_CONDITIONS, "condbr19"),
        "cbz": "condbr19",
        "cbnz": "condbr19",
        "tbz": "tstbr14",
        "tbnz": "tstbr14",
    },
    near_only=frozenset({"tbz", "tbnz"}),
    kind_ranges={
        **dict.fromkeys(_CHUNKS, U64),
        "uabs_g0": U16,
        "sabs_g0": (-(1 << 16), U16[1]),
        "uabs_g1": U32,
    },
    normalise=_arm64_normalise,
    address_kinds=frozenset({"page21", "pageoff12"}),
    fold=_arm64_fold,
    fitted_kinds=frozenset({"ldst64_abs12", "add_abs12s", "sub_abs12s"}),
)

ISAS = (X86_64, ARM64)
