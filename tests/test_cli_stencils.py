"""`jit stencils list / show / check`: the real cache passes, and every kind of drift or corruption of a copy
exits 2 with a message naming the file (and line), never a traceback and never a dead process."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jit.program.ops import OPS, TERMINATORS
from jit.stencilset.files import load_stencil

ROOT = Path(__file__).resolve().parent.parent
REFRESH = "run scripts/refresh_stencils.py"
# The sub-app on its own, as `jit stencils ...` runs it once the main app adds it.
MAIN = "from jit.cli.stencils import stencils_app; stencils_app(prog_name='jit stencils')"


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One on-disk stencil memo for the module (keyed by content, so copies and edits cannot collide)."""
    return tmp_path_factory.mktemp("memo")


def stencils(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, "-c", MAIN, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode >= 0, f"killed by signal {-r.returncode}: {r.stderr}"
    return r


@pytest.fixture
def real(memo: Path) -> dict[str, str]:
    return {**os.environ, "VM3_JIT_CACHE_DIR": str(memo)}


@pytest.fixture
def copy(tmp_path: Path, memo: Path) -> tuple[Path, Path, dict[str, str]]:
    """A copy of jit/stencils and stencil_cache, and the environment that points the command at it."""
    src, cache = tmp_path / "stencils", tmp_path / "cache"
    shutil.copytree(ROOT / "jit" / "stencils", src)
    shutil.copytree(ROOT / "stencil_cache", cache)
    env = {
        **os.environ,
        "VM3_JIT_CACHE_DIR": str(memo),
        "VM3_STENCIL_SOURCES": str(src),
        "VM3_STENCIL_CACHE": str(cache),
    }
    return src, cache, env


def problems(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, (r.stdout, r.stderr)
    return r.stderr


def insert_line(path: Path, lineno: int, text: str) -> None:
    lines = path.read_text().splitlines(keepends=True)
    lines.insert(lineno - 1, text + "\n")
    path.write_text("".join(lines))


def test_check_passes_on_the_real_cache(real: dict[str, str]) -> None:
    r = stencils("check", env=real)
    assert r.returncode == 0, r.stderr
    assert "stencil cache ok" in r.stdout


def test_check_passes_on_an_untouched_copy(copy: tuple[Path, Path, dict[str, str]]) -> None:
    assert stencils("check", env=copy[2]).returncode == 0


def test_a_comment_appended_to_a_source_is_drift_naming_the_file(copy: tuple[Path, Path, dict[str, str]]) -> None:
    src, _, env = copy
    with (src / "int.c").open("a") as f:
        f.write("/* an edit without a refresh */\n")
    err = problems(stencils("check", env=env))
    assert f"jit/stencils/int.c changed since the last refresh: {REFRESH}" in err
    assert "float.c" not in err


def test_new_and_missing_sources_are_named(copy: tuple[Path, Path, dict[str, str]]) -> None:
    src, _, env = copy
    (src / "extra.c").write_text("/* not compiled yet */\n")
    (src / "fma.c").unlink()
    err = problems(stencils("check", env=env))
    assert f"jit/stencils/extra.c is not in manifest.json: {REFRESH}" in err
    assert "jit/stencils/fma.c cannot be read" in err


@pytest.mark.parametrize(
    ("isa_name", "name", "line"),
    [
        ("x86_64", "AddI64", ".globl x"),
        ("arm64", "MovI64", "    movz x8, #:abs_g0_nc:foo"),  # kills the process if it ever reaches Keystone
        ("x86_64", "MovI64", "    mov rax, qword ptr [rip + foo@GOTPCREL]"),
        ("x86_64", "NegI64", "    mov eax, {abs32:_JIT_A"),
    ],
)
def test_a_corrupt_stencil_line_is_named_by_file_and_line(
    copy: tuple[Path, Path, dict[str, str]], isa_name: str, name: str, line: str
) -> None:
    _, cache, env = copy
    path = cache / isa_name / f"{name}.s"
    insert_line(path, 2, line)
    assert f"{path}:2:" in problems(stencils("check", env=env))


def test_a_valid_hand_edit_of_a_cached_stencil_is_named(copy: tuple[Path, Path, dict[str, str]]) -> None:
    """The edit assembles and keeps every hole, so only the file's sha256 in the manifest can tell."""
    _, cache, env = copy
    path = cache / "x86_64" / "NegI64.s"
    insert_line(path, 1, "    nop")
    err = problems(stencils("check", env=env))
    assert f"{path} differs from the refresh's (sha256): {REFRESH}" in err
    assert "1 problem(s)" in err  # it assembles, with the same holes: only its hash tells


def test_hole_lists_must_match_the_manifest(copy: tuple[Path, Path, dict[str, str]]) -> None:
    _, cache, env = copy
    path = cache / "manifest.json"
    data = json.loads(path.read_text())
    holes = data["stencils"]["AddI64"]["x86_64"]["holes"]
    dropped = holes.pop(0)
    holes.append({"name": "_JIT_NOWHERE", "kind": "abs32"})
    path.write_text(json.dumps(data))
    err = problems(stencils("check", env=env))
    assert f"AddI64.s: holes found but not in manifest.json: {dropped['name']} ({dropped['kind']})" in err
    assert "AddI64.s: holes not found in the stencil: _JIT_NOWHERE (abs32)" in err


def test_missing_and_stray_stencils_are_named(copy: tuple[Path, Path, dict[str, str]]) -> None:
    _, cache, env = copy
    path = cache / "manifest.json"
    data = json.loads(path.read_text())
    del data["stencils"]["SubI64"]["arm64"]
    del data["stencils"]["jit_entry"]
    path.write_text(json.dumps(data))
    (cache / "arm64" / "SubI64.s").unlink()
    shutil.copy(cache / "x86_64" / "Nop.s", cache / "x86_64" / "Stray.s")
    err = problems(stencils("check", env=env))
    assert f"arm64: no stencil for SubI64 in manifest.json: {REFRESH}" in err
    assert "x86_64: no stencil for jit_entry" in err and "arm64: no stencil for jit_entry" in err
    assert f"{cache / 'x86_64' / 'Stray.s'} is not listed in manifest.json" in err
    assert f"{cache / 'x86_64' / 'jit_entry.s'} is not listed in manifest.json" in err


def test_every_problem_is_listed_at_once(copy: tuple[Path, Path, dict[str, str]]) -> None:
    src, cache, env = copy
    with (src / "vm3.h").open("a") as f:
        f.write("\n")
    insert_line(cache / "arm64" / "Jump.s", 1, ".text")
    (cache / "x86_64" / "Deopt.s").write_bytes(b"    nop\xff\n")
    err = problems(stencils("check", env=env))
    assert "jit/stencils/vm3.h changed" in err and "Jump.s:1:" in err and "Deopt.s:1:" in err
    assert "3 problem(s)" in err


def test_a_broken_manifest_exits_2(copy: tuple[Path, Path, dict[str, str]]) -> None:
    _, cache, env = copy
    (cache / "manifest.json").write_text("{ not json")
    assert "manifest.json" in problems(stencils("check", env=env))
    assert "manifest.json" in problems(stencils("list", env=env))


def test_list_has_every_stencil_of_every_isa_with_its_role(real: dict[str, str]) -> None:
    r = stencils("list", env=real)
    assert r.returncode == 0, r.stderr
    rows = {(f[0], f[2]): f for f in (line.split() for line in r.stdout.splitlines()[1:]) if len(f) == 6}
    for isa_name in ("x86_64", "arm64"):
        for op in OPS:
            assert rows[op.name, isa_name][1] == "op"
        assert rows["FuncEntry", isa_name][1] == "prologue"
        assert rows["jit_entry", isa_name][1] == "entry"
        assert rows["jit_rt_fail", isa_name][1] == "runtime"
    assert rows["jit_rt_fma", "x86_64"][1] == "runtime" and ("jit_rt_fma", "arm64") not in rows
    continuing = {op.name for op in OPS if op.code not in TERMINATORS}
    for (name, isa_name), fields in rows.items():
        size, no_jump, holes = map(int, fields[3:])
        stencil = load_stencil(isa_name, name)
        assert (size, holes) == (len(stencil.code), len(stencil.holes))
        op_or_variant = name.partition("_")[0]  # a variant OPNAME_SUFFIX continues like its op
        continues = op_or_variant in continuing or op_or_variant == "FuncEntry" or name.startswith("Slot")
        continues |= name.startswith("Piece") and name != "PieceTailJump"  # a call's pieces, but the tail jump
        if re.fullmatch(r"Cmp(Eq|Le)I64Br_r(\d)\2", name):
            continues = False  # a slot compared with itself: the branch is always taken
        jump = {"x86_64": 5, "arm64": 4}[isa_name] if continues else 0
        assert no_jump == size - jump, name
    assert [line.split(":")[0] for line in r.stdout.splitlines()[-2:]] == ["x86_64", "arm64"]
    assert "bytes per stencil" in r.stdout and "without the continuation jump" in r.stdout


def test_list_one_isa(real: dict[str, str]) -> None:
    r = stencils("list", "--isa", "arm64", env=real)
    assert r.returncode == 0 and "x86_64" not in r.stdout and "arm64" in r.stdout


def test_show_puts_the_cache_beside_capstone_with_every_hole_marked(real: dict[str, str]) -> None:
    r = stencils("show", "ListPushI64", "--isa", "arm64", env=real)
    assert r.returncode == 0, r.stderr
    assert "bl {call26:jit_rt_list_push}" in r.stdout and "bl #0x" in r.stdout
    assert "the last 4 bytes are the continuation jump" in r.stdout
    for hole in load_stencil("arm64", "ListPushI64").holes:
        assert f"^ hole {hole.symbol} ({hole.kind}): bits " in r.stdout
    x86 = stencils("show", "AddI64", "--isa", "x86_64", env=real).stdout
    assert "mov rax, qword ptr [r12 + {abs32s:_JIT_C_OFF}]  mov rax, qword ptr [r12 + 0x" in x86
    assert "^ hole _JIT_CONTINUE (rel32, addend -4): bytes" in x86


def test_show_without_isa_shows_each_isa(real: dict[str, str]) -> None:
    out = stencils("show", "Nop", env=real).stdout
    assert "Nop for x86_64" in out and "Nop for arm64" in out


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (("show", "addi64"), "close names: AddI64"),
        (("show", "Nop", "--isa", "mips"), "unknown ISA 'mips'"),
        (("list", "--isa", "riscv"), "unknown ISA"),
    ],
)
def test_bad_arguments_exit_2(real: dict[str, str], args: tuple[str, ...], phrase: str) -> None:
    assert phrase in problems(stencils(*args, env=real))
