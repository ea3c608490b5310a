"""The stencil loader: holes found at the right offsets, bad cache lines reported by file and line (never a
dead process), and the in-process and on-disk memos."""

from __future__ import annotations

import binascii
import hashlib
import json
import marshal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import keystone
import pytest
from jit.isa.registry import get_isa

from jit.errors import InputError, StencilCacheError
from jit.stencilset import catalog as stencil_catalog
from jit.stencilset import files as stencil_loader
from jit.stencilset.files import load_stencil, manifest_lists, stencil_names
from jit.stencilset.memo import Listing, lists_memo_path, read_stencil_memo, stencil_memo_path, write_lists_memo
from jit.stencilset.model import Hole

X86_SAMPLE = """\
; every x86-64 hole kind
    mov rax, qword ptr [r12 + {abs32s:_JIT_B}]
    mov esi, {abs32:_JIT_C+8}
    movabs rcx, {abs64:_JIT_D-3}
    cmp qword ptr [r12 + {abs32s:_JIT_A}], {abs32s:_JIT_K}
    cmp dword ptr [rip + {rel32:_JIT_F}], 5   ; an imm8 follows the displacement
    test rax, rax
    jne .LBB0_2
    call {rel32:jit_rt_list_push}
    jne {rel32:_JIT_TARGET}
.LBB0_2:
    jmp {rel32:_JIT_CONTINUE}
"""
X86_HOLES = (
    Hole(4, "abs32s", "_JIT_B", 0),  # 49 8b 84 24 disp32
    Hole(9, "abs32", "_JIT_C", 8),  # be imm32
    Hole(15, "abs64", "_JIT_D", -3),  # 48 b9 imm64
    Hole(27, "abs32s", "_JIT_A", 0),  # 49 81 bc 24 disp32 imm32
    Hole(31, "abs32s", "_JIT_K", 0),
    Hole(37, "rel32", "_JIT_F", -5),  # 83 3d disp32 imm8: the CPU counts from 5 bytes past the field
    Hole(48, "rel32", "jit_rt_list_push", -4),  # e8 rel32
    Hole(54, "rel32", "_JIT_TARGET", -4),  # 0f 85 rel32
    Hole(59, "rel32", "_JIT_CONTINUE", -4),  # e9 rel32
)

ARM64_SAMPLE = """\
; every arm64 hole kind
    movz x8, #{abs_g0:_JIT_A+16}
    movk x8, #{abs_g1:_JIT_A+16}, lsl #16
    movk x8, #{abs_g2:_JIT_A+16}, lsl #32
    movk x8, #{abs_g3:_JIT_A+16}, lsl #48
    ldr x9, [x20, x8]
    cbz x9, .LBB0_1
    tbz w0, #3, {tstbr14:_JIT_TARGET}
    b.ne {condbr19:_JIT_TARGET}
    cbnz x0, {condbr19:_JIT_TARGET}
    bl {call26:jit_rt_alloc}
    stp x29, x30, [sp, #-16]!
.LBB0_1:
    b {jump26:_JIT_CONTINUE}
"""
ARM64_HOLES = (
    Hole(0, "abs_g0", "_JIT_A", 16),
    Hole(4, "abs_g1", "_JIT_A", 16),
    Hole(8, "abs_g2", "_JIT_A", 16),
    Hole(12, "abs_g3", "_JIT_A", 16),
    Hole(24, "tstbr14", "_JIT_TARGET", 0),
    Hole(28, "condbr19", "_JIT_TARGET", 0),
    Hole(32, "condbr19", "_JIT_TARGET", 0),
    Hole(36, "call26", "jit_rt_alloc", 0),
    Hole(44, "jump26", "_JIT_CONTINUE", 0),
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty stencil cache and disk memo in tmp_path, and a fresh in-process memo."""
    root = tmp_path / "stencil_cache"
    for isa in ("x86_64", "arm64"):
        (root / isa).mkdir(parents=True)
    monkeypatch.setenv("VM3_STENCIL_CACHE", str(root))
    monkeypatch.setenv("VM3_JIT_CACHE_DIR", str(tmp_path / "memo"))
    monkeypatch.setattr(stencil_loader, "_memo", {})
    return root


def _write(cache: Path, isa: str, name: str, text: str) -> Path:
    path = cache / isa / f"{name}.s"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("isa", "text", "holes"), [("x86_64", X86_SAMPLE, X86_HOLES), ("arm64", ARM64_SAMPLE, ARM64_HOLES)]
)
def test_every_kind_is_found_at_its_offset(cache: Path, isa: str, text: str, holes: tuple[Hole, ...]) -> None:
    _write(cache, isa, "Sample", text)
    stencil = load_stencil(isa, "Sample")
    assert stencil.holes == holes
    assert len(stencil.code) == (63 if isa == "x86_64" else 48)


def test_code_outside_the_holes_is_keystones(cache: Path) -> None:
    _write(cache, "arm64", "Sample", ARM64_SAMPLE)
    code = load_stencil("arm64", "Sample").code
    assert code[16:24] == bytes.fromhex("896a68f8 c90000b4")  # ldr x9, [x20, x8]; cbz x9, +24
    assert code[40:44] == bytes.fromhex("fd7bbfa9")  # stp x29, x30, [sp, #-16]!


def test_patched_x86_branch_reaches_its_target(cache: Path) -> None:
    from capstone import CS_ARCH_X86, CS_MODE_64, Cs
    from jit.isa.registry import get_isa

    _write(cache, "x86_64", "Sample", X86_SAMPLE)
    stencil = load_stencil("x86_64", "Sample")
    kinds = get_isa("x86_64").hole_kinds
    base, target = 0x400000, 0x401234
    code = bytearray(stencil.code)
    hole = stencil.holes[-1]
    kinds[hole.kind].patch(code, hole.offset, target + hole.addend, field_addr=base + hole.offset)
    last = list(Cs(CS_ARCH_X86, CS_MODE_64).disasm(bytes(code), base))[-1]
    assert (last.mnemonic, int(last.op_str, 16)) == ("jmp", target)


BAD_LINES = [
    ("x86_64", ".text", "directive '.text'"),
    ("x86_64", ".p2align 4, 0x90", "directive"),
    ("x86_64", "mov rax, qword ptr [rip + foo@GOTPCREL]", "'@'"),
    ("x86_64", "call foo", "'foo' is not a register, a keyword or a label"),
    ("x86_64", "nop word ptr cs:[rax + rax]", "':'"),
    ("x86_64", "mov eax, offset foo", "'offset'"),
    ("x86_64", "jmp {rel33:_JIT_CONTINUE}", "unknown hole kind 'rel33'"),
    ("x86_64", "jmp {rel32:_JIT_CONTINUE", "malformed hole marker"),
    ("x86_64", "mov rax, qword ptr [r12 - {abs32s:_JIT_A}]", "is not a register, immediate, memory operand"),
    ("x86_64", "mov rax, qword ptr [r12 + {abs32s:_JIT_A} + 8]", "is not a register, immediate, memory operand"),
    ("x86_64", "mov rax, qword ptr [r12 + 8", "unbalanced '['"),
    ("x86_64", "mov rax,, rbx", "empty operand"),
    ("x86_64", "MOV RAX, RBX", "not a label, comment or instruction"),
    ("x86_64", "mov rax, rbx\t\x07", "not printable ASCII"),
    ("x86_64", "mov eax, 'a'", '"\'"'),
    ("arm64", "movz x8, #:abs_g0_nc:_JIT_A", "':'"),
    ("arm64", "adrp x8, :got:_JIT_A", "':'"),
    ("arm64", "ldr x0, =0x1234", "'='"),
    ("arm64", ".cfi_startproc", "directive"),
    ("arm64", "ldr x0, [x18]", "x18 is the platform register"),
    ("arm64", "mov w18, #1", "x18 is the platform register"),
    ("arm64", "b _JIT_CONTINUE", "not a register, a keyword or a label"),
    ("arm64", "ld1 {v0.16b}, [x0]", "malformed hole marker"),
    ("arm64", "mov x0, x1 // a C++ comment", "'/'"),
]


@pytest.mark.parametrize(("isa", "line", "message"), BAD_LINES, ids=lambda v: v if isinstance(v, str) else None)
def test_bad_lines_name_the_file_and_line(cache: Path, isa: str, line: str, message: str) -> None:
    path = _write(cache, isa, "Bad", f"; header\n    ret\n    {line}\n    ret\n")
    with pytest.raises(StencilCacheError) as info:
        load_stencil(isa, "Bad")
    assert (info.value.file, info.value.line) == (str(path), 3)
    assert message in info.value.message
    assert str(info.value).startswith(f"stencil cache: {path}:3: ")


LABEL_TROUBLE = [
    ("arm64", ".L1:\n    b .L1+4\n", 2, "'\\+' is not allowed"),
    ("arm64", "x0:\n    ret\n", 1, "register or keyword"),
    ("x86_64", "L:\n    ret\nL:\n    ret\n", 3, "already defined on line 1"),
    ("x86_64", "L:\n    jmp L + 1\n", 2, "must be a whole operand"),
]


@pytest.mark.parametrize(("isa", "text", "line", "message"), LABEL_TROUBLE)
def test_label_misuse(cache: Path, isa: str, text: str, line: int, message: str) -> None:
    _write(cache, isa, "Bad", text)
    with pytest.raises(StencilCacheError, match=message) as info:
        load_stencil(isa, "Bad")
    assert info.value.line == line


MISFIT_HOLES = [
    ("x86_64", "    mov al, {abs32:_JIT_A}\n", 1, "abs32 field for _JIT_A not found"),  # Keystone truncates
    ("x86_64", "    ret\n    mov rax, xmm0\n", 2, "Keystone rejects"),
    ("x86_64", "    ret\n    mov eax, {rel32:_JIT_A}\n", 2, "rel32 field for _JIT_A not found"),
    ("arm64", "    ret\n    b {condbr19:_JIT_A}\n", 2, "condbr19 field for _JIT_A not found"),
    ("arm64", "    ret\n    movk x8, #{abs_g1:_JIT_A}\n", 2, "not of the form a abs_g1 hole needs"),
    ("arm64", "    ret\n    movn x8, #{abs_g0:_JIT_A}\n", 2, "not of the form a abs_g0 hole needs"),
    ("arm64", "    ret\n    add x0, x0, #0x1001000\n", 2, "Keystone rejects"),
    ("arm64", "; nothing\n", None, "no instructions"),
    (
        "arm64",
        "    movz x8, #{abs_g0:_JIT_A}\n    movk x8, #{abs_g1:_JIT_A}, lsl #16\n",
        None,
        "_JIT_A has abs_g0, abs_g1 holes: they hold bits 0..31 but accept -9223372036854775808..",
    ),
]


@pytest.mark.parametrize(("isa", "text", "line", "message"), MISFIT_HOLES)
def test_keystone_errors_and_misplaced_holes(cache: Path, isa: str, text: str, line: int | None, message: str) -> None:
    _write(cache, isa, "Bad", text)
    with pytest.raises(StencilCacheError, match=message) as info:
        load_stencil(isa, "Bad")
    assert info.value.line == line


def test_missing_and_misnamed_stencils(cache: Path) -> None:
    with pytest.raises(StencilCacheError, match="cannot read the stencil") as info:
        load_stencil("x86_64", "Nope")
    assert info.value.file == str(cache / "x86_64" / "Nope.s")
    with pytest.raises(StencilCacheError, match="invalid stencil name"):
        load_stencil("x86_64", "../x86_64/Nope")
    (cache / "arm64" / "Utf.s").write_bytes(b"    ret\n    ret \xc3\xa9\n")
    with pytest.raises(StencilCacheError, match="not ASCII") as info:
        load_stencil("arm64", "Utf")
    assert info.value.line == 2


# Each of these, passed to Keystone on its own, kills or hangs the process (measured with keystone-engine 0.9.2).
FATAL_FOR_KEYSTONE = [
    ("arm64", "    ret\n    .text\n", 2),  # segfault
    ("arm64", "    ret\n    .cfi_startproc\n", 2),  # LLVM ERROR: Unfinished frame!
    ("arm64", "    ret\nL:\n    b L+1\n", 3),  # LLVM ERROR: fixup not sufficiently aligned
    ("x86_64", "L:\n    .reloc L, R_X86_64_64, L\n", 2),  # hangs
    ("x86_64", "    ret\n    lock * r12 1\n", 2),  # hangs
    ("x86_64", "    ret\n    data16 [rcx], xmm0\n", 2),  # hangs
    ("x86_64", "    ret\n    xor r8b, ah\n", 2),  # LLVM ERROR: Cannot encode high byte register ...
]


def test_inputs_that_kill_keystone_are_reported_and_the_process_survives(tmp_path: Path) -> None:
    """Run in a child process: if validation ever let one through, only the child would die (or hang)."""
    root = tmp_path / "stencil_cache"
    for isa in ("x86_64", "arm64"):
        (root / isa).mkdir(parents=True)
    for i, (isa, text, _) in enumerate(FATAL_FOR_KEYSTONE):
        (root / isa / f"F{i}.s").write_text(text)
    script = textwrap.dedent(
        f"""
        from jit.errors import StencilCacheError
        from jit.stencilset.files import load_stencil
        for i, isa in enumerate({[isa for isa, _, _ in FATAL_FOR_KEYSTONE]!r}):
            try:
                load_stencil(isa, f"F{{i}}")
            except StencilCacheError as e:
                print(e.line)
        print("alive")
        """
    )
    env = {"VM3_STENCIL_CACHE": str(root), "VM3_JIT_CACHE_DIR": str(tmp_path / "memo"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [*(str(line) for _, _, line in FATAL_FOR_KEYSTONE), "alive"]


def test_warm_load_reads_the_disk_memo_without_keystone(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = X86_SAMPLE
    _write(cache, "x86_64", "Sample", text)
    cold = load_stencil("x86_64", "Sample")
    assert len(list((cache.parent / "memo").rglob("*.bin"))) == 1
    monkeypatch.setattr(stencil_loader, "_memo", {})

    def no_keystone(*args: object) -> None:
        raise AssertionError("Keystone must not run on a warm start")

    monkeypatch.setattr(keystone, "Ks", no_keystone)
    assert load_stencil("x86_64", "Sample") == cold


def test_process_memo_keys_on_content(cache: Path) -> None:
    _write(cache, "arm64", "Sample", "    ret\n")
    first = load_stencil("arm64", "Sample")
    assert load_stencil("arm64", "Sample") is first
    _write(cache, "arm64", "Sample", "    nop\n    ret\n")
    assert load_stencil("arm64", "Sample").code == bytes.fromhex("1f2003d5c0035fd6")


def _sha256(cache: Path, isa: str, name: str) -> str:
    return hashlib.sha256((cache / isa / f"{name}.s").read_bytes()).hexdigest()


def _memo_file(cache: Path, isa: str, name: str) -> Path:
    path = stencil_memo_path(isa, _sha256(cache, isa, name))
    assert path is not None
    return path


def _resealed(change: Callable[[tuple[object, ...]], tuple[object, ...]]) -> Callable[[bytes], bytes]:
    """Damage that rewrites the memo's value and its CRC, so that only the checks of its content can refuse it."""

    def damage(data: bytes) -> bytes:
        body = marshal.dumps(change(marshal.loads(data[4:])))
        return binascii.crc32(body).to_bytes(4, "little") + body

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b[: len(b) // 2],
        lambda b: b"\x00\xff garbage",
        lambda b: b"[" * 100_000,
        lambda b: b[:-8] + bytes([b[-8] ^ 0x40]) + b[-7:],  # one bit flipped: the CRC no longer matches
        _resealed(lambda v: (0, *v[1:])),  # another FORMAT
        _resealed(lambda v: (*v[:3], "0" * 64, *v[4:])),  # the memo of another text
        _resealed(lambda v: (*v[:5], ((9999, "abs32", "X", 0),))),  # a hole outside the code
        _resealed(lambda v: (*v[:5], (("4", "abs32s", "_JIT_B", 0),))),  # a hole offset that is not an int
        _resealed(lambda v: (*v[:4], list(v[4]), v[5])),  # code that is not bytes
        _resealed(lambda v: v[:5]),  # a field missing
        _resealed(lambda v: {"value": v}),  # not a tuple at all
    ],
)
def test_corrupt_memo_file_is_rebuilt(
    cache: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[bytes], bytes]
) -> None:
    _write(cache, "x86_64", "Sample", X86_SAMPLE)
    good = load_stencil("x86_64", "Sample")
    memo = _memo_file(cache, "x86_64", "Sample")
    memo.write_bytes(damage(memo.read_bytes()))
    monkeypatch.setattr(stencil_loader, "_memo", {})
    assert load_stencil("x86_64", "Sample") == good
    key = _sha256(cache, "x86_64", "Sample")
    assert read_stencil_memo(memo, "x86_64", key, get_isa("x86_64").hole_kinds) == good


def test_memo_with_valid_crc_but_bad_hole_is_ignored(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jit.stencilset import memo as stencil_memo
    from jit.stencilset.model import Stencil

    _write(cache, "arm64", "Sample", "    ret\n")
    good = load_stencil("arm64", "Sample")
    memo = _memo_file(cache, "arm64", "Sample")
    bad = Stencil(good.code, (Hole(2, "jump26", "X", 0),))
    stencil_memo.write_stencil_memo(memo, "arm64", _sha256(cache, "arm64", "Sample"), bad)
    monkeypatch.setattr(stencil_loader, "_memo", {})
    assert load_stencil("arm64", "Sample") == good


def test_unwritable_memo_directory_costs_only_speed(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = cache.parent / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("VM3_JIT_CACHE_DIR", str(blocker))
    _write(cache, "arm64", "Sample", ARM64_SAMPLE)
    assert load_stencil("arm64", "Sample").holes == ARM64_HOLES


def test_stencil_names_follow_the_manifest(cache: Path) -> None:
    manifest = {"stencils": {"Both": {"x86_64": {}, "arm64": {}}, "OnlyX86": {"x86_64": {}}}}
    (cache / "manifest.json").write_text(json.dumps(manifest))
    _write(cache, "x86_64", "Both", "    ret\n")
    _write(cache, "x86_64", "OnlyX86", "    nop\n")
    _write(cache, "arm64", "Both", "    ret\n")
    assert {n: load_stencil("x86_64", n).code for n in stencil_names("x86_64")} == {"Both": b"\xc3", "OnlyX86": b"\x90"}
    assert stencil_names("arm64") == ("Both",)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read the manifest"), ("{", "malformed manifest"), ('{"stencils": 3}', "malformed manifest")],
)
def test_bad_manifest(cache: Path, content: str | None, message: str) -> None:
    if content is not None:
        (cache / "manifest.json").write_text(content)
    with pytest.raises(StencilCacheError, match=message) as info:
        stencil_names("x86_64")
    assert info.value.file == str(cache / "manifest.json")


def test_unknown_isa_is_an_input_error(cache: Path) -> None:
    with pytest.raises(InputError, match="unknown ISA 'mips'"):
        load_stencil("mips", "Nop")


def test_a_new_keystone_version_reassembles(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jit.stencilset import memo as stencil_memo

    _write(cache, "arm64", "Sample", "    ret\n")
    load_stencil("arm64", "Sample")
    monkeypatch.setattr(stencil_loader, "_memo", {})
    monkeypatch.setattr(stencil_memo, "keystone_version", lambda: "99.0")
    load_stencil("arm64", "Sample")
    names = sorted(p.name.split("-ks")[1] for p in (cache.parent / "memo").rglob("*.bin"))
    from importlib import metadata

    assert names == [f"{metadata.version('keystone-engine')}.bin", "99.0.bin"]


def test_keystone_version_is_read_without_importlib_metadata() -> None:
    from importlib import metadata

    from jit.stencilset import memo as stencil_memo

    assert stencil_memo.keystone_version() == metadata.version("keystone-engine")


def test_a_catalog_reads_only_the_stencils_it_is_asked_for(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unused stencils are never read (Unused.s does not even exist), and a warm start neither parses the
    manifest nor assembles anything."""
    roles = {"Used": "op", "Unused": "op", "jit_rt_help": "runtime", "OtherIsa": "op"}
    _write(cache, "arm64", "Used", "    ret\n")
    entry = {"sha256": _sha256(cache, "arm64", "Used")}
    manifest = {"stencils": {n: {"role": r, "x86_64" if n == "OtherIsa" else "arm64": entry} for n, r in roles.items()}}
    (cache / "manifest.json").write_text(json.dumps(manifest))
    new_catalog = stencil_catalog.catalog.__wrapped__  # not the process-wide one: this cache is a test's
    cold = new_catalog("arm64")
    assert cold.runtime == ("jit_rt_help",)
    assert cold.stencil("Used").code == bytes.fromhex("c0035fd6")
    for name in ("Nope", "OtherIsa"):
        with pytest.raises(StencilCacheError, match=f"no stencil '{name}' for arm64"):
            cold.stencil(name)
    monkeypatch.setattr(stencil_loader, "_memo", {})
    from jit.stencilset import assemble as stencil_assemble

    monkeypatch.setattr(stencil_assemble, "assemble_stencil", lambda *a: pytest.fail("reassembled on a warm start"))
    monkeypatch.setattr(stencil_loader, "_parse_manifest", lambda *a: pytest.fail("parsed on a warm start"))
    warm = new_catalog("arm64")
    assert (warm.runtime, warm.names) == (cold.runtime, cold.names)
    assert warm.stencil("Used") == cold.stencil("Used")


SHA = "0123456789abcdef" * 4


def _lists_memo(cache: Path, isa: str) -> Path:
    path = lists_memo_path(isa, (cache / "manifest.json").read_bytes())
    assert path is not None
    return path


@pytest.mark.parametrize(
    "damage",
    [
        lambda memo, data: memo.write_bytes(memo.read_bytes()[:-3]),
        lambda memo, data: write_lists_memo(memo, "arm64", b"{}", Listing(("Stale",), (), (SHA,))),  # another's
        lambda memo, data: write_lists_memo(memo, "arm64", data, Listing((1,), (), (SHA,))),  # type: ignore[arg-type]
        lambda memo, data: write_lists_memo(memo, "arm64", data, Listing(("A",), (), ())),  # a hash missing
    ],
)
def test_manifest_lists_follow_the_manifest(cache: Path, damage: Callable[[Path, bytes], object]) -> None:
    def manifest(*names: str) -> None:
        entries = {n: {"role": "runtime" if n.startswith("jit_rt_") else "op", "arm64": {"sha256": SHA}} for n in names}
        (cache / "manifest.json").write_text(json.dumps({"stencils": entries}))

    manifest("B", "A", "jit_rt_x")
    assert manifest_lists("arm64") == (("A", "B", "jit_rt_x"), ("jit_rt_x",), (SHA,) * 3)
    assert _lists_memo(cache, "arm64").is_file()
    manifest("A", "jit_rt_x", "jit_rt_y")
    assert manifest_lists("arm64") == (("A", "jit_rt_x", "jit_rt_y"), ("jit_rt_x", "jit_rt_y"), (SHA,) * 3)
    damage(_lists_memo(cache, "arm64"), (cache / "manifest.json").read_bytes())
    assert manifest_lists("arm64") == (("A", "jit_rt_x", "jit_rt_y"), ("jit_rt_x", "jit_rt_y"), (SHA,) * 3)
    assert manifest_lists("x86_64") == ((), (), ())


@pytest.mark.parametrize("entry", [{}, {"sha256": 5}, {"sha256": "AB" * 32}, {"sha256": "ab"}, []])
def test_a_stencil_without_a_sha256_is_a_malformed_manifest(cache: Path, entry: object) -> None:
    (cache / "manifest.json").write_text(json.dumps({"stencils": {"Nop": {"role": "op", "arm64": entry}}}))
    with pytest.raises(StencilCacheError, match="malformed manifest: no sha256 of Nop for arm64"):
        manifest_lists("arm64")


@pytest.mark.parametrize(("isa", "text", "size"), [("x86_64", X86_SAMPLE, 5), ("arm64", ARM64_SAMPLE, 4)])
def test_tail_jump_size(cache: Path, isa: str, text: str, size: int) -> None:
    _write(cache, isa, "Sample", text)
    stencil = load_stencil(isa, "Sample")
    sizes = {h.symbol: get_isa(isa).tail_jump_size(stencil.code, h.offset, h.kind) for h in stencil.holes}
    assert sizes["_JIT_CONTINUE"] == size
    assert sizes["_JIT_TARGET"] == 0


def test_the_checked_in_cache_loads_and_matches_its_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VM3_STENCIL_CACHE", raising=False)
    monkeypatch.setenv("VM3_JIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(stencil_loader, "_memo", {})
    manifest = json.loads((stencil_loader.cache_root() / "manifest.json").read_text())
    for isa in ("x86_64", "arm64"):
        loaded = {name: load_stencil(isa, name) for name in stencil_names(isa)}
        assert loaded, isa
        cs = get_isa(isa).capstone()
        for name, stencil in loaded.items():
            listed = {(h["name"], h["kind"]) for h in manifest["stencils"][name][isa]["holes"]}
            assert {(h.symbol, h.kind) for h in stencil.holes} == listed, (isa, name)
            last = list(cs.disasm_lite(stencil.code, 0))[-1]
            for h in stencil.holes:
                at_end = get_isa(isa).hole_kinds[h.kind].pc_relative and last[0] <= h.offset
                size = get_isa(isa).tail_jump_size(stencil.code, h.offset, h.kind)
                assert size == (last[1] if at_end else 0), (isa, name)


MUTATION_SCRIPT = """
import random, sys
from pathlib import Path
from jit.errors import StencilCacheError
from jit.stencilset.files import assemble_text, cache_root

rng = random.Random(int(sys.argv[1]))
files = sorted(cache_root().glob("*/*.s"))
alphabet = ".:@#[]{}+-*,!= _0123456789abcdefghijklmnopqrstuvwxyzLX\\t"
loaded = refused = 0
for _ in range(int(sys.argv[2])):
    path = rng.choice(files)
    lines = path.read_text().split("\\n")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        line, j = lines[i], rng.randrange(len(lines[i]) + 1)
        op = rng.randrange(4)
        if op == 0:
            lines[i] = line[:j] + rng.choice(alphabet) + line[j:]
        elif op == 1:
            lines[i] = line[:j] + line[j + 1 :]
        elif op == 2:
            lines.insert(i, rng.choice(lines))
        else:
            lines[i] = line[:j] + line[rng.randrange(len(line) + 1) :]
    try:
        assemble_text(path.parent.name, "\\n".join(lines), str(path))
        loaded += 1
    except StencilCacheError:
        refused += 1
print(loaded, refused)
"""


def test_hand_edited_cache_files_never_kill_the_process(tmp_path: Path) -> None:
    """Random edits of the real cache files: each one loads or is refused with StencilCacheError, in a child."""
    env = {"VM3_JIT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", MUTATION_SCRIPT, "1", "400"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded, refused = map(int, done.stdout.split())
    assert loaded + refused == 400 and refused > 100
