"""The stencil refresh: the cache is reproducible from the sources, vm3.h agrees with the Python side,
and the refresh's text passes do what stencil_cache/README.md promises."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jit.errors import ErrorKind
from jit.program import cell
from jit.program.ops import OPS, Bank

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
CACHE = ROOT / "stencil_cache"
HEADER = ROOT / "jit" / "stencils" / "vm3.h"
MANIFEST = json.loads((CACHE / "manifest.json").read_text())

sys.path.insert(0, str(SCRIPTS))
from refresh import RefreshError  # noqa: E402
from refresh.elf import Reloc  # noqa: E402
from refresh.isas import ARM64, X86_64, IsaSpec  # noqa: E402
from refresh_stencils import build_stencil, generated_files  # noqa: E402

# ELF relocation types used to fake a compiled stencil.
X86_PLT32, X86_32, X86_32S, X86_GOTPCREL = 4, 10, 11, 9
A64 = {"g0": 264, "g1": 266, "g2": 268, "g3": 269, "jump26": 282, "condbr19": 280, "tstbr14": 279}


def test_refresh_reproduces_the_cache_byte_for_byte(tmp_path: Path) -> None:
    clang = shutil.which("clang-19")
    if clang is None:
        pytest.skip("clang-19 is not installed (.ci/run installs it)")
    version = subprocess.run([clang, "--version"], check=True, capture_output=True, text=True).stdout.splitlines()[0]
    if version != MANIFEST["clang"]:
        pytest.skip(f"the cache was made by {MANIFEST['clang']!r}; this machine has {version!r}")
    run = subprocess.run(
        [sys.executable, str(SCRIPTS / "refresh_stencils.py"), "--out", str(tmp_path)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    fresh, cached = generated_files(tmp_path), generated_files(CACHE)
    assert sorted(fresh) == sorted(cached)
    assert [p for p in fresh if fresh[p] != cached[p]] == []


def test_manifest_matches_sources_and_covers_every_op() -> None:
    sources = sorted(p for p in (ROOT / "jit" / "stencils").iterdir() if p.suffix in (".c", ".h"))
    want = {p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sources}
    assert MANIFEST["sources"] == want, "jit/stencils changed: run scripts/refresh_stencils.py"
    stencils = MANIFEST["stencils"]
    for op in OPS:
        assert stencils[op.name]["role"] == "op"
        for isa in ("x86_64", "arm64"):
            assert (CACHE / isa / f"{op.name}.s").is_file()
            assert isa in stencils[op.name]
    assert {s["role"] for s in stencils.values()} == {"op", "prologue", "entry", "runtime", "piece", "aot"}


def _defines() -> dict[str, int]:
    pattern = re.compile(r"#define (VM_[A-Z0-9_]+) (0x[0-9A-Fa-f]+|[0-9]+)")
    return {m[1]: int(m[2], 0) for line in HEADER.read_text().splitlines() if (m := pattern.fullmatch(line))}


def test_header_numbers_match_the_python_side() -> None:
    d = _defines()
    assert {k.removeprefix("VM_ERR_"): v for k, v in d.items() if k.startswith("VM_ERR_")} == {
        e.name: e.value for e in ErrorKind
    }
    for tag in ("DEOPT", "STR", "INT", "BOOL", "NULL", "HANDLE"):
        assert d[f"VM_TAG_{tag}"] == getattr(cell, f"TAG_{tag}")
    assert d["VM_CANON_NAN"] == cell.CANONICAL_NAN
    assert d["VM_INLINE_STR_MAX"] == cell.INLINE_STR_MAX
    for arena in ("STR", "LIST", "MAP"):
        assert d[f"VM_HANDLE_HI_{arena}"] == cell.handle(getattr(cell, f"ARENA_{arena}"), 0) >> 32
    for bank in Bank:
        assert d[f"VM_BANK_{bank.name}"] == bank.value
    convs = {k.removeprefix("VM_CONV_"): v for k, v in d.items() if k.startswith("VM_CONV_")}
    assert convs == {f"{s.name}_{t.name}": 3 * s + t for s in Bank for t in Bank if s != Bank.CELL or t == Bank.CELL}
    offsets = sorted(v for k, v in d.items() if k.startswith("VM_CTX_") and k != "VM_CTX_SIZE")
    assert offsets == list(range(0, d["VM_CTX_SIZE"], 8))
    assert (d["VM_LIST_HEADER_SIZE"], d["VM_MAP_HEADER_SIZE"], d["VM_MAP_BLOCK_PER_CAP"]) == (24, 40, 24)


def _stencils(isa: IsaSpec, lines: list[str], relocs: list[tuple[str, int]], name: str = "Fake") -> list[list[str]]:
    """The cached texts of a fake stencil whose relocations come in text order (offsets do not matter): the
    stencil, and its `_wide` twin if it has one."""
    rel = [Reloc(i, typ, sym, -4 if typ == X86_PLT32 else 0) for i, (sym, typ) in enumerate(relocs)]
    return [c.text.splitlines() for c in build_stencil(name, "fake.c", lines, rel, isa)]


def _stencil(isa: IsaSpec, lines: list[str], relocs: list[tuple[str, int]]) -> list[str]:
    """The cached text of a fake stencil (that has no twin)."""
    (text,) = _stencils(isa, lines, relocs)
    return text


def test_x86_branch_is_inverted_so_the_continuation_comes_last() -> None:
    text = _stencil(
        X86_64,
        ["mov rax, qword ptr [r12 + _JIT_A_OFF]", "cmp rax, offset _JIT_K", "jge _JIT_CONTINUE", "jmp _JIT_TARGET"],
        [("_JIT_A_OFF", X86_32S), ("_JIT_K", X86_32S), ("_JIT_CONTINUE", X86_PLT32), ("_JIT_TARGET", X86_PLT32)],
    )
    assert text[-2:] == ["    jl {rel32:_JIT_TARGET}", "    jmp {rel32:_JIT_CONTINUE}"]
    assert text[0] == "    mov rax, qword ptr [r12 + {abs32s:_JIT_A_OFF}]"


def test_x86_cold_block_moves_before_the_hot_path() -> None:
    text = _stencil(
        X86_64,
        [
            *("mov ecx, offset _JIT_K", "test rcx, rcx", "je .LBB0_2", "mov qword ptr [r12], rcx", "jmp _JIT_CONTINUE"),
            *(".LBB0_2:", "mov esi, offset _JIT_ERRLOC", "jmp jit_rt_fail"),
        ],
        [("_JIT_K", X86_32), ("_JIT_CONTINUE", X86_PLT32), ("_JIT_ERRLOC", X86_32), ("jit_rt_fail", X86_PLT32)],
    )
    assert text == [
        "    mov rcx, {abs32s:_JIT_K}",  # sign-extending: a negative K must fit
        "    test rcx, rcx",
        "    jne L0",
        "    mov esi, {abs32:_JIT_ERRLOC}",
        "    jmp {rel32:jit_rt_fail}",
        "L0:",
        "    mov qword ptr [r12], rcx",
        "    jmp {rel32:_JIT_CONTINUE}",
    ]


def test_arm64_movz_movk_groups_shrink_to_the_hole_range() -> None:
    lines, relocs = [], []
    for reg, sym in (("x8", "_JIT_A"), ("x9", "_JIT_K"), ("x10", "_JIT_ERRLOC"), ("x11", "_JIT_BITS")):
        lines.append(f"movz {reg}, #:abs_g0_nc:{sym}")
        relocs.append((sym, A64["g0"]))
    for k in (1, 2, 3):
        for reg, sym in (("x8", "_JIT_A"), ("x9", "_JIT_K"), ("x10", "_JIT_ERRLOC"), ("x11", "_JIT_BITS")):
            lines.append(f"movk {reg}, #:abs_g{k}{'_nc' if k < 3 else ''}:{sym}")
            relocs.append((sym, A64[f"g{k}"]))
    text = _stencil(ARM64, [*lines, "ret"], relocs)
    assert text == [
        "    movz x8, #{uabs_g0:_JIT_A}",
        "    movz x9, #{sabs_g0:_JIT_K}",
        "    movz x10, #{abs_g0:_JIT_ERRLOC}",
        "    movk x10, #{uabs_g1:_JIT_ERRLOC}, lsl #16",
        "    movz x11, #{abs_g0:_JIT_BITS}",
        "    movk x11, #{abs_g1:_JIT_BITS}, lsl #16",
        "    movk x11, #{abs_g2:_JIT_BITS}, lsl #32",
        "    movk x11, #{abs_g3:_JIT_BITS}, lsl #48",
        "    ret",
    ]


def test_arm64_test_bit_branch_to_a_hole_is_made_far() -> None:
    text = _stencil(
        ARM64,
        ["tbz w8, #0, _JIT_TARGET", "b _JIT_CONTINUE"],
        [("_JIT_TARGET", A64["tstbr14"]), ("_JIT_CONTINUE", A64["jump26"])],
    )
    assert text == ["    tbnz w8, #0, L0", "    b {jump26:_JIT_TARGET}", "L0:", "    b {jump26:_JIT_CONTINUE}"]


def test_unknown_relocation_names_the_stencil_and_symbol() -> None:
    with pytest.raises(RefreshError, match=r"Fake \(x86_64\).*type 9 against _JIT_A"):
        _stencil(X86_64, ["mov rax, qword ptr [rip + _JIT_A]", "ret"], [("_JIT_A", X86_GOTPCREL)])


def test_hole_that_does_not_fit_its_field_is_refused() -> None:
    with pytest.raises(RefreshError, match="abs32s field cannot hold _JIT_ERRLOC"):
        _stencil(X86_64, ["cmp rax, offset _JIT_ERRLOC", "ret"], [("_JIT_ERRLOC", X86_32S)])


def test_text_and_relocations_must_agree() -> None:
    with pytest.raises(RefreshError, match="text refers to _JIT_B, relocations expect _JIT_A"):
        _stencil(X86_64, ["mov rax, qword ptr [r12 + _JIT_B]", "ret"], [("_JIT_A", X86_32S), ("_JIT_B", X86_32S)])


def _hole_load(reg: str, sym: str) -> tuple[list[str], list[tuple[str, int]]]:
    """Clang's large-code-model load of a hole into reg: movz g0 and movk g1, g2, g3, with their relocations."""
    lines = [f"movz {reg}, #:abs_g0_nc:{sym}"]
    lines += [f"movk {reg}, #:abs_g{k}{'_nc' if k < 3 else ''}:{sym}, lsl #{16 * k}" for k in (1, 2, 3)]
    return lines, [(sym, A64[f"g{k}"]) for k in range(4)]


def _arm64_text(body: list[str | tuple[str, str]], name: str = "Fake") -> list[list[str]]:
    """A fake arm64 stencil from lines (a branch to a code hole gets its relocation) and (register, hole) loads,
    ending in the jump to the continuation: its text and its twin's."""
    lines: list[str] = []
    relocs: list[tuple[str, int]] = []
    for item in [*body, "b _JIT_CONTINUE"]:
        if isinstance(item, tuple):
            more, rel = _hole_load(*item)
        else:
            target = re.search(r"_JIT_[A-Z]+", item)
            kind = "jump26" if item.startswith("b ") else "condbr19"
            more, rel = [item], [] if target is None else [(target[0], A64[kind])]
        lines += more
        relocs += rel
    return _stencils(ARM64, lines, relocs, name)


def test_arm64_register_offsets_and_k_fold_into_the_instructions_and_the_twin_keeps_clang_code() -> None:
    body: list[str | tuple[str, str]] = [("x8", "_JIT_B"), ("x9", "_JIT_K"), ("x10", "_JIT_A")]
    body += ["ldr x8, [x20, x8, lsl #3]", "sub x8, x8, x9", "str x8, [x20, x10, lsl #3]"]
    folded, wide = _arm64_text(body)
    assert folded == [
        "    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]",
        "    sub x8, x8, #{sub_abs12s:_JIT_K}",
        "    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]",
        "    b {jump26:_JIT_CONTINUE}",
    ]
    assert wide == [
        "    movz x8, #{uabs_g0:_JIT_B}",
        "    movz x9, #{sabs_g0:_JIT_K}",
        "    movz x10, #{uabs_g0:_JIT_A}",
        "    ldr x8, [x20, x8, lsl #3]",
        "    sub x8, x8, x9",
        "    str x8, [x20, x10, lsl #3]",
        "    b {jump26:_JIT_CONTINUE}",
    ]


def test_arm64_k_folds_where_the_operation_allows_it() -> None:
    (folded, _) = _arm64_text([("x9", "_JIT_K"), "add x8, x9, x8", "cmn x24, x9", "cmp x25, x9"])
    assert folded[:3] == [
        "    add x8, x8, #{add_abs12s:_JIT_K}",  # swapped: add is commutative
        "    cmn x24, #{add_abs12s:_JIT_K}",
        "    cmp x25, #{sub_abs12s:_JIT_K}",
    ]
    for use in ("sub x8, x9, x8", "cmp x9, x8", "mul x8, x8, x9", "add x8, x8, x9, lsl #2", "add x8, x9, x9"):
        (text,) = _arm64_text([("x9", "_JIT_K"), use])
        assert text[:2] == ["    movz x9, #{sabs_g0:_JIT_K}", f"    {use}"]


def test_arm64_a_register_with_another_use_or_definition_is_not_folded() -> None:
    cases: list[list[str | tuple[str, str]]] = [
        [("x8", "_JIT_B"), "ldr x9, [x20, x8, lsl #3]", "add x10, x21, x8, lsl #3"],  # also an address
        [("x8", "_JIT_B"), "str x8, [x20, x8, lsl #3]"],  # also the value stored
        [("x8", "_JIT_B"), "ldr w9, [x20, x8, lsl #2]"],  # another access size
        [("x24", "_JIT_B"), "ldr x9, [x20, x24, lsl #3]"],  # x24 (a slot) goes on to the continuation
        # another definition reaches the load on one path
        [("x8", "_JIT_B"), "cbz x9, .LBB0_1", ("x8", "_JIT_C"), ".LBB0_1:", "ldr x9, [x20, x8, lsl #3]"],
    ]
    for body in cases:
        (text,) = _arm64_text(body)
        assert any("lsl #" in line and "movz" not in line for line in text), text


def test_arm64_folds_follow_the_control_flow() -> None:
    body: list[str | tuple[str, str]] = [("x8", "_JIT_B"), "cbz x9, .LBB0_1", "ldr x10, [x20, x8, lsl #3]"]
    body += ["b _JIT_TARGET", ".LBB0_1:", "str xzr, [x20, x8, lsl #3]", "mov x8, xzr"]
    folded, _ = _arm64_text(body)
    assert "    ldr x10, [x20, #{ldst64_abs12:_JIT_B_OFF}]" in folded
    assert "    str xzr, [x20, #{ldst64_abs12:_JIT_B_OFF}]" in folded
    assert not any("movz" in line for line in folded)


def test_arm64_a_located_variant_with_only_registers_folded_has_no_twin() -> None:
    body: list[str | tuple[str, str]] = [("x8", "_JIT_C"), "ldr x8, [x20, x8, lsl #3]", "add x24, x8, x24"]
    assert len(_arm64_text(body, "AddI64_r00m")) == 1
    assert len(_arm64_text([("x8", "_JIT_K"), "add x24, x24, x8"], "AddI64K_r00")) == 2
    assert len(_arm64_text(body, "AddI64")) == 2
