"""`jit stencils test`: the checked-in stencils pass; a stencil broken on purpose (in a copy of the cache) fails
on each ISA with its name, the operands it failed on and both results; bad arguments exit 2."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import jit.stencilcheck.runner as runner
from jit.program import cell
from jit.program.ops import OPS

ROOT = Path(__file__).resolve().parent.parent
ISAS = ("x86_64", "arm64")
BROKEN_ADD = {
    "x86_64": ("    add rax, qword", "    sub rax, qword"),
    "arm64": ("    add x8, x9, x8", "    sub x8, x9, x8"),
}
"""AddI64 made to compute C - B instead of B + C, on each ISA."""


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("memo")


def jit_cmd(*args: str, env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, "-m", "jit", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=600
    )
    assert "Traceback" not in r.stderr, r.stderr
    return r


def break_add(cache: Path, isa: str) -> None:
    path = cache / isa / "AddI64.s"
    good, bad = BROKEN_ADD[isa]
    text = path.read_text()
    assert good in text
    path.write_text(text.replace(good, bad))


@pytest.fixture
def broken(tmp_path: Path, memo: Path) -> dict[str, str]:
    """The environment of a copy of the cache whose AddI64 subtracts, on both ISAs."""
    cache = tmp_path / "cache"
    shutil.copytree(ROOT / "stencil_cache", cache)
    for isa in ISAS:
        break_add(cache, isa)
    return {**os.environ, "VM3_STENCIL_CACHE": str(cache), "VM3_JIT_CACHE_DIR": str(memo)}


def test_stencils_of_the_real_cache_pass(memo: Path, tmp_path: Path) -> None:
    env = {**os.environ, "VM3_JIT_CACHE_DIR": str(memo)}
    env.pop("HYPOTHESIS_STORAGE_DIRECTORY", None)
    r = jit_cmd("stencils", "test", "AddI64", "ListPushI64", "CallI64@pieces", "--examples", "5", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert list(tmp_path.iterdir()) == []  # hypothesis keeps its caches with jit's, not in the working directory
    lines = r.stdout.splitlines()
    for name in ("AddI64", "ListPushI64", "CallI64@pieces"):
        for isa in ISAS:
            assert any(re.match(rf"{name}\s+{isa}\s+ok\s+\d+ cases; outcomes ", line) for line in lines), lines
    assert "outcomes continue, error:HEAP_EXHAUSTED, error:WRONG_KIND" in r.stdout  # ListPushI64: every outcome
    assert lines[-1] == "all 6 checks passed (3 stencils on x86_64, arm64)"


def test_a_broken_stencil_is_named_with_its_operands_and_both_results(broken: dict[str, str]) -> None:
    r = jit_cmd("stencils", "test", "AddI64", "SubI64", "--examples", "20", "--json", env=broken)
    assert r.returncode == 1, r.stdout + r.stderr
    report = json.loads(r.stdout)
    assert not report["ok"]
    verdicts = {(v["stencil"], v["isa"]): v for v in report["stencils"]}
    assert set(verdicts) == {(n, isa) for n in ("AddI64", "SubI64") for isa in ISAS}
    for isa in ISAS:
        assert verdicts["SubI64", isa]["ok"]
        failed = verdicts["AddI64", isa]
        assert not failed["ok"]
        failure = failed["failure"]
        m = re.fullmatch(r"AddI64 A=i(\d+) B=i(\d+) C=i(\d+) \| (.*)", failure["operands"])
        assert m, failure["operands"]
        a, b, c = (int(x) for x in m.groups()[:3])
        values = {int(k): int(v) for k, v in re.findall(r"i(\d+)=(-?\d+)", m[4])}
        assert set(values) == {b, c}
        want, got = (values[b] + values[c]) & cell.MASK64, (values[c] - values[b]) & cell.MASK64
        assert f"i{a}: machine {got:#x}, interpreter {want:#x}" in failure["differences"]
        assert failure["interpreter"] == failure["machine"] == "continue (to the next op)"


def test_the_text_report_names_the_stencil_isa_and_operands(broken: dict[str, str]) -> None:
    r = jit_cmd("stencils", "test", "AddI64", "--isa", "arm64", "--examples", "10", env=broken)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert re.match(r"AddI64\s+arm64\s+FAIL\s+\d+ cases", lines[0]), lines
    assert lines[1].startswith("    operands: AddI64 A=i")
    assert lines[2] == "    interpreter: continue (to the next op)"
    assert lines[3] == "    machine:     continue (to the next op)"
    assert re.match(r"    differs: i\d+: machine 0x[0-9a-f]+, interpreter 0x[0-9a-f]+", lines[4])
    assert lines[-1] == "1 of 1 checks failed (1 stencil on arm64)"
    assert "x86_64" not in r.stdout


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (("AddI65",), "no op stencil named 'AddI65' to test; close names: AddI64"),
        (("FuncEntry",), "tested through the ops that use them"),
        (("AddI64", "--isa", "mips"), "unknown ISA 'mips'"),
        (("AddI64", "--examples", "-1"), "--examples must not be negative"),
    ],
)
def test_bad_arguments_exit_2(memo: Path, args: tuple[str, ...], phrase: str) -> None:
    r = jit_cmd("stencils", "test", *args, env={**os.environ, "VM3_JIT_CACHE_DIR": str(memo)})
    assert r.returncode == 2 and phrase in r.stderr, r.stderr


def test_a_stencil_no_case_runs_fails_rather_than_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "runs", lambda case, isa_names: False)
    (verdict,) = runner.check_stencil("AddI64", ("x86_64",), examples=3)
    assert verdict.cases == 0 and verdict.missing == ("continue",) and not verdict.ok


def test_every_op_and_variant_is_testable() -> None:
    names = runner.testable_stencils()
    assert len(names) == len(set(names))
    assert names[:2] == ["Nop", "MovI64"] and names.index("MovI64") < names.index("MovI64_r00") < names.index("MovF64")
    assert "CallI64@pieces" in names and names.index("CallI64") < names.index("CallI64@pieces")
    lowered = {op.name + runner.LOWERED for op in runner.LOWERED_OPS}
    assert set(names) == {op.name for op in OPS} | set(runner.cached_variants()) | lowered
