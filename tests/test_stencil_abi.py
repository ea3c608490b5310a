"""The x86-64 stack alignment every stencil relies on (docs/stencil-abi.md, "Calling convention").

A stencil starts with rsp = 8 mod 16, like any C function after its call, and must make every machine call
(a runtime helper, or a vm3 callee in a call stencil's inline assembly) with rsp = 0 mod 16. The call
stencils' `push rax; call; pop rcx` is right only while Clang gives them no frame, which nothing but this
check would notice: it follows each stencil's control flow from its entry, counting what is pushed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jit.resources import data_dir

X86_DIR = data_dir("stencil_cache") / "x86_64"
_STACK_IMM = re.compile(r"rsp, (\d+)")
_STACK_LEA = re.compile(r"rsp, \[rsp ([+-]) (\d+)\]")
_ENDS = ("ret", "jmp", "ud2")


def _delta(mnemonic: str, operands: str) -> int:
    """Bytes the instruction pushes onto the machine stack (negative: pops)."""
    if mnemonic == "push":
        return 8
    if mnemonic == "pop":
        return -8
    m = _STACK_IMM.fullmatch(operands)
    if m and mnemonic in ("sub", "add"):
        return int(m[1]) if mnemonic == "sub" else -int(m[1])
    m = _STACK_LEA.fullmatch(operands)
    if m and mnemonic == "lea":
        return int(m[2]) if m[1] == "-" else -int(m[2])
    if operands.startswith("rsp,"):
        raise AssertionError(f"unexpected write to rsp: {mnemonic} {operands}")
    return 0


def call_depths(text: str) -> list[tuple[int, str, int]]:
    """(line number, call text, bytes pushed by the stencil before it) for every call on every path."""
    lines = [line.strip() for line in text.splitlines()]
    labels = {line[:-1]: n for n, line in enumerate(lines) if line.endswith(":")}
    depth_at: dict[int, int] = {}
    calls: list[tuple[int, str, int]] = []
    work = [(0, 0)]
    while work:
        n, depth = work.pop()
        while n < len(lines):
            if n in depth_at:
                assert depth_at[n] == depth, f"line {n + 1}: reached with {depth_at[n]} and {depth} bytes pushed"
                break
            depth_at[n] = depth
            mnemonic, _, operands = lines[n].partition(" ")
            if mnemonic == "call":
                calls.append((n + 1, lines[n], depth))
            elif mnemonic.startswith("j") and operands in labels:
                work.append((labels[operands], depth))
                if mnemonic == "jmp":
                    break
            elif mnemonic in _ENDS:
                break
            depth += _delta(mnemonic, operands)
            n += 1
    return calls


OWN_STACK = {
    "jit_aot_start": "the AOT process entry: the kernel starts it with rsp 16-aligned, and it realigns (and rsp, -16)",
    "jit_aot_run_on_stack": "calls jit_entry on the AOT executable's own machine stack (mov rsp, its 16-aligned top)",
}
"""AOT runtime functions that set rsp themselves, so that counting pushes says nothing about them."""


def _x86_stencils() -> list[Path]:
    return sorted(p for p in X86_DIR.glob("*.s") if p.stem not in OWN_STACK)


def test_only_the_listed_stencils_set_the_stack_pointer() -> None:
    setters = set()
    for path in X86_DIR.glob("*.s"):
        try:
            call_depths(path.read_text())
        except AssertionError as e:
            assert "unexpected write to rsp" in str(e), f"{path.name}: {e}"
            setters.add(path.stem)
    assert setters == set(OWN_STACK)


def test_the_check_sees_calls() -> None:
    """Guards the check itself: the cache has calls to check, in call stencils and helper callers alike."""
    names = {p.stem for p in _x86_stencils() if call_depths(p.read_text())}
    assert {"CallI64", "CallMixed", "PieceCall1_0", "NewList"} <= names


@pytest.mark.parametrize("path", _x86_stencils(), ids=lambda p: p.stem)
def test_every_call_is_made_with_an_aligned_stack(path: Path) -> None:
    for line, call, depth in call_depths(path.read_text()):
        assert depth % 16 == 8, f"{path.name}:{line}: {call} with {depth} bytes pushed (rsp not 16-aligned)"


def test_a_misaligned_call_is_caught() -> None:
    assert call_depths("push rax\npush rax\ncall {rel32:x}\nret") == [(3, "call {rel32:x}", 16)]
    with pytest.raises(AssertionError, match="reached with"):
        call_depths("test rax, rax\nje L0\npush rax\nL0:\ncall {rel32:x}\nret")
