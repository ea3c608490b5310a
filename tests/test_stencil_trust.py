"""A stencil cache that cannot lie: `jit run` refuses (exit 2, naming the file) a stencil whose text is not the
one the manifest records, even when it assembles, and one whose holes the compiler cannot fill; the memo of
assembled stencils is keyed by that text's sha256 and lives in a directory private to the user."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from jit.compiler.pipeline import compile_program
from jit.machine.backends import available_backends
from jit.program.text import parse_text
from jit.stencilset import memo
from jit.stencilset.files import cache_root

ADD = "func main(i64) -> i64\n    AddI64 i1, i0, i0\n    ReturnI64 i1\nend\n"
"""Prints 42 for 21, through one AddI64 stencil (add_stencil says which)."""
BACKENDS = [("emulate", "x86_64"), ("emulate", "arm64")] + (
    [("native", None)] if "native" in available_backends() else []
)
HANG_GUARD = 120


def add_stencil(isa: str) -> str:
    """The stencil that does AddI64's addition at pc 0 (its own or a variant; a move may come before it)."""
    image = compile_program(parse_text(ADD), isa, [{}])
    return next(s.name for s in image.sites if (s.func, s.pc) == (0, 0) and s.name.startswith("AddI64"))


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """A copy of the checked-in stencil cache, to damage."""
    copy = tmp_path / "stencil_cache"
    shutil.copytree(cache_root(), copy, ignore=shutil.ignore_patterns("README.md"))
    return copy


def run(tmp_path: Path, cache: Path, backend: str, isa: str | None, **env: str) -> subprocess.CompletedProcess[str]:
    prog = tmp_path / "add.vm3"
    prog.write_text(ADD)
    isa_option = ["--isa", isa] if isa else []
    environ = {**os.environ, "VM3_STENCIL_CACHE": str(cache), "VM3_JIT_CACHE_DIR": str(tmp_path / "memo"), **env}
    return subprocess.run(
        [sys.executable, "-m", "jit", "run", "--backend", backend, *isa_option, str(prog), "21"],
        capture_output=True,
        text=True,
        env=environ,
        timeout=HANG_GUARD,
    )


def host_isa_of(backend: str, isa: str | None) -> str:
    from jit.isa.registry import host_isa

    return isa or host_isa()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, text)
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(("backend", "isa"), BACKENDS)
def test_the_copied_cache_runs(tmp_path: Path, cache: Path, backend: str, isa: str | None) -> None:
    r = run(tmp_path, cache, backend, isa)
    assert (r.returncode, r.stdout, r.stderr) == (0, "42\n", "")


@pytest.mark.parametrize(("backend", "isa"), BACKENDS)
@pytest.mark.parametrize(
    ("old", "new"),
    [("add ", "sub "), ("    ", "    nop\n    ")],  # still assembles and computes 0; an extra instruction
    ids=["add->sub", "inserted"],
)
def test_a_hand_edited_stencil_is_refused_naming_its_file(
    tmp_path: Path, cache: Path, backend: str, isa: str | None, old: str, new: str
) -> None:
    isa_name = host_isa_of(backend, isa)
    path = cache / isa_name / f"{add_stencil(isa_name)}.s"
    edit(path, old, new)
    r = run(tmp_path, cache, backend, isa)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (
        f"jit: stencil cache: {path}: the text differs from the one manifest.json records (its sha256): "
        "change jit/stencils/*.c and run scripts/refresh_stencils.py\n"
    )


@pytest.mark.parametrize("isa", ["x86_64", "arm64"])
def test_a_hole_the_compiler_cannot_fill_is_refused_naming_its_file(tmp_path: Path, cache: Path, isa: str) -> None:
    """Even with a manifest that agrees with the edited text (its sha256 and holes rewritten too)."""
    name = add_stencil(isa)
    path = cache / isa / f"{name}.s"
    manifest = json.loads((cache / "manifest.json").read_text())
    entry = manifest["stencils"][name][isa]
    hole = next(h["name"] for h in entry["holes"] if h["name"] != "_JIT_CONTINUE")  # a register operand's
    edit(path, hole, "_JIT_Z")
    entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    entry["holes"] = [{**h, "name": h["name"].replace(hole, "_JIT_Z")} for h in entry["holes"]]
    (cache / "manifest.json").write_text(json.dumps(manifest))
    r = run(tmp_path, cache, "emulate", isa)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr.startswith(f"jit: stencil cache: {path}: hole _JIT_Z")
    assert "cannot be filled" in r.stderr


def test_the_interpreter_needs_no_stencil_cache(tmp_path: Path, cache: Path) -> None:
    (cache / "manifest.json").unlink()
    r = run(tmp_path, cache, "interp", None)
    assert (r.returncode, r.stdout) == (0, "42\n")


def test_the_memo_is_keyed_by_the_manifests_sha256_in_a_private_directory(tmp_path: Path, cache: Path) -> None:
    assert run(tmp_path, cache, "emulate", "arm64").returncode == 0
    root = tmp_path / "memo"
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    manifest = json.loads((cache / "manifest.json").read_text())
    want = manifest["stencils"][add_stencil("arm64")]["arm64"]["sha256"]
    names = {p.name.split("-ks")[0] for p in (root / f"stencils-v{memo.FORMAT}" / "arm64").glob("*.bin")}
    assert want in names
    for d in (p for p in root.rglob("*") if p.is_dir()):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d


@pytest.mark.parametrize("mode", [0o770, 0o777, 0o722])
def test_a_memo_directory_others_can_write_is_not_used(tmp_path: Path, cache: Path, mode: int) -> None:
    root = tmp_path / "memo"
    root.mkdir()
    root.chmod(mode)
    r = run(tmp_path, cache, "emulate", "arm64")
    assert (r.returncode, r.stdout) == (0, "42\n")  # slower, not wrong
    assert r.stderr == (
        f"jit: warning: not using the stencil memo in {root}: others can write to it (mode {mode:o}; "
        "chmod go-w fixes that)\n"
    )
    assert list(root.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to give a directory away")
def test_a_memo_directory_of_another_user_is_not_used(tmp_path: Path, cache: Path) -> None:
    root = tmp_path / "memo"
    root.mkdir(mode=0o700)
    os.chown(root, 65534, 65534)
    r = run(tmp_path, cache, "emulate", "arm64")
    assert (r.returncode, r.stdout) == (0, "42\n")
    assert r.stderr == f"jit: warning: not using the stencil memo in {root}: it belongs to another user\n"


def test_the_memo_directory_follows_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("VM3_JIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert memo.memo_dir() == tmp_path / "xdg" / "vm3-jit"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # the XDG spec: a relative path is to be ignored
    assert memo.memo_dir() == Path.home() / ".cache" / "vm3-jit"
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    assert memo.memo_dir() == Path.home() / ".cache" / "vm3-jit"
    monkeypatch.setenv("VM3_JIT_CACHE_DIR", str(tmp_path / "own"))
    assert memo.memo_dir() == tmp_path / "own"
