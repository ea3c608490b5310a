"""`jit crosscheck`: every example agrees on every backend, and a stencil broken on purpose (in a copy of the
cache) is pinpointed on each ISA: the op and pc of the first divergence, both values, the op's operands and
the disassembly of the patched stencil there, whether a register, a heap object, the control flow, the
result or the process itself (a native crash) is what differs."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jit.isa.registry import host_isa
from test_trace import EXAMPLES, load

from jit.cli.crosscheck import report_json, report_lines
from jit.debug.crosscheck import REFERENCE, Finding, Report, Run, Target, crosscheck, default_targets, parse_targets
from jit.debug.divergence import first_divergence
from jit.debug.endings import Ending
from jit.errors import InputError
from jit.machine.backends import available_backends
from jit.program.ops import Bank
from jit.program.verify import parse_entry_args
from jit.vm.limits import DEFAULT_LIMITS

ROOT = Path(__file__).resolve().parent.parent
FIB = str(ROOT / "examples" / "fib.vm3")
HAS_NATIVE_X86 = "native" in available_backends() and host_isa() == "x86_64"

SUB_K = {
    "x86_64": ("{abs32s:_JIT_NEG_K}", "{abs32s:_JIT_K}"),
    "arm64": ("{add_abs12s:_JIT_NEG_K}", "{add_abs12s:_JIT_K}"),
}
"""SubI64K (which adds -K) made to add K: fib(n - 1) becomes fib(n + 1)."""


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("memo")


@pytest.fixture
def cache(tmp_path: Path, memo: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the stencil cache to break, and the environment that points jit at it."""
    copy = tmp_path / "cache"
    shutil.copytree(ROOT / "stencil_cache", copy)
    return copy, {**os.environ, "VM3_STENCIL_CACHE": str(copy), "VM3_JIT_CACHE_DIR": str(memo)}


def edit(cache: Path, isa: str, stencil: str, old: str, new: str) -> None:
    """Break a stencil of the copied cache, and record its new text's sha256 in the manifest, as a refresh of a
    broken C stencil would (jit refuses a .s file the manifest does not vouch for)."""
    path = cache / isa / f"{stencil}.s"
    text = path.read_text()
    assert text.count(old) == 1, (path, old)
    path.write_text(text.replace(old, new))
    manifest_path = cache / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["stencils"][stencil][isa]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest_path.write_text(json.dumps(manifest))


def crosscheck_cmd(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, "-m", "jit", "crosscheck", *args], capture_output=True, text=True, env=env, timeout=600
    )
    assert "Traceback" not in r.stderr, r.stderr
    return r


def program_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "prog.vm3"
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e[0])
def test_every_example_agrees_on_every_backend_and_op_by_op(example: tuple[str, ...]) -> None:
    program = load(example[0])
    values = parse_entry_args(program, list(example[1:]))
    report = crosscheck(program, values, default_targets(), DEFAULT_LIMITS)
    assert report.agree and not report.findings
    assert [run.target for run in report.runs] == default_targets()
    for isa in ("x86_64", "arm64"):  # the replay finds nothing to blame in correct code
        assert first_divergence(program, values, DEFAULT_LIMITS, isa) is None


def test_a_line_per_backend_and_exit_0(memo: Path) -> None:
    r = crosscheck_cmd(FIB, "10", env={**os.environ, "VM3_JIT_CACHE_DIR": str(memo)})
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    names = [t.name for t in default_targets()]
    assert len(lines) == len(names) + 1 and lines[-1] == f"all {len(names)} backends agree bit for bit"
    for line, name in zip(lines, names, strict=False):
        verdict = "reference" if name == "interp" else "agrees"
        assert re.match(rf"{name}\s+{verdict}\s+exit 0\s+55 \(i64 0x0000000000000037\)\s+run \d+\.\d ms", line), line


def test_backends_that_agree_on_an_error_agree(tmp_path: Path) -> None:
    prog = program_file(
        tmp_path, "func main(i64) -> i64\n    ConstI64K i1, 7\n    DivI64 i2, i1, i0\n    ReturnI64 i2\nend\n"
    )
    r = crosscheck_cmd(prog, "0", "--json")
    assert r.returncode == 0
    report = json.loads(r.stdout)
    assert report["agree"] and report["divergences"] == []
    for run in report["backends"]:
        assert run["exit_code"] == 1 and run["ending"] == "error"
        assert run["error"] == {"kind": "DIV_ZERO", "function": "main", "pc": 1}
        assert run["text"].startswith("runtime error: division by zero in main at pc 1")  # the detail may differ


@pytest.mark.parametrize("isa", ["x86_64", "arm64"])
def test_a_broken_stencil_is_pinpointed_on_each_isa(cache: tuple[Path, dict[str, str]], isa: str) -> None:
    root, env = cache
    edit(root, isa, "SubI64K", *SUB_K[isa])
    r = crosscheck_cmd(FIB, "6", env=env)
    assert r.returncode == 1, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    differing = [line.split("  ")[0] for line in lines if "  DIFFERS  " in line]
    assert differing == [t.name for t in default_targets() if t.isa == isa]
    assert f"{len(differing)} of {len(default_targets())} backends differ from the interpreter" in lines
    at = lines.index("  fib pc=1 SubI64K A=i1 B=i0 C=1 (depth 2)")
    assert lines[at - 1].startswith(f"first divergence of {', '.join(differing)} from the interpreter")
    assert lines[at - 1].endswith(f"(replayed under Unicorn for {isa}), after 2 ops that agree:")
    assert lines[at + 1] == "  register: wrote i1: machine 7 (0x7), interpreter 5 (0x5)"  # fib(6): 6 + 1, 6 - 1
    assert lines[at + 2] == "  operands: i0=6 (0x6)"
    assert lines[at + 3] == f"  jit disasm --isa {isa} of this op:"
    assert lines[at + 4] == "  fib pc=1 SubI64K A=i1 B=i0 C=1"
    assert any(line.endswith("; _JIT_K=1") for line in lines[at + 5 :])  # the patched stencil: K where -K was


def test_json_names_the_op_and_pc(cache: tuple[Path, dict[str, str]]) -> None:
    root, env = cache
    edit(root, "arm64", "SubI64K", *SUB_K["arm64"])
    r = crosscheck_cmd(FIB, "6", "--json", "--backends", "emulate:arm64", env=env)
    assert r.returncode == 1
    report = json.loads(r.stdout)
    assert not report["agree"] and report["program"] == FIB and report["args"] == ["6"]
    assert [(b["backend"], b["agrees"]) for b in report["backends"]] == [("interp", True), ("emulate arm64", False)]
    assert report["backends"][1]["error"] == {"kind": "STACK_OVERFLOW", "function": "fib", "pc": 2}
    (d,) = report["divergences"]
    assert (d["backends"], d["replayed_on"], d["found"]) == (["emulate arm64"], "emulate arm64", True)
    assert (d["function"], d["pc"], d["depth"], d["op_index"]) == ("fib", 1, 2, 2)
    assert d["op"] == "fib pc=1 SubI64K A=i1 B=i0 C=1" and d["differs"] == ["register"]
    assert d["differences"] == [{"kind": "register", "detail": "wrote i1: machine 7 (0x7), interpreter 5 (0x5)"}]
    assert d["operands"] == "i0=6 (0x6)"
    assert d["disasm"][0] == "fib pc=1 SubI64K A=i1 B=i0 C=1"
    assert any(re.match(r"  [0-9a-f]{6}:  add x8, x8, #1    ; _JIT_K=1$", line) for line in d["disasm"])


def test_a_wrong_branch_is_blamed_on_the_compare(cache: tuple[Path, dict[str, str]]) -> None:
    root, env = cache
    edit(root, "arm64", "CmpLtI64KBr", "    b.lt {", "    b.le {")  # n <= 2 is the base case too
    r = crosscheck_cmd(FIB, "6", "--backends", "emulate", env=env)
    assert r.returncode == 1
    out = r.stdout
    assert "emulate x86_64  agrees" in out and "emulate arm64   DIFFERS" in out
    assert "  fib pc=0 CmpLtI64KBr A=i0 B=2 C=7 (depth 6)\n" in out  # the first call with n = 2
    assert "  control flow: the next op: machine fib pc=7 (depth 6), interpreter fib pc=1 (depth 6)\n" in out
    assert "  operands: i0=2 (0x2)\n" in out
    assert re.search(r"b\.le #0x[0-9a-f]+    ; _JIT_TARGET -> fib pc=7", out)


def test_a_heap_object_written_wrong_is_blamed_on_the_op_that_wrote_it(
    cache: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, env = cache
    for stencil in ("ListSetI64", "ListSetI64_k"):  # store the raw i64, not its Cell
        edit(root, "arm64", stencil, "    str x12, [x9, x8, lsl #3]\n", "    str x11, [x9, x8, lsl #3]\n")
    prog = program_file(
        tmp_path,
        "func main(i64) -> cell\n    .regs i64=2 cell=1\n    NewList c0, 2\n    ListPushI64 c0, i0\n"
        "    ListPushI64 c0, i0\n    ConstI64K i1, 1\n    ListSetI64 c0, i0, i1\n    ReturnCell c0\nend\n",
    )
    r = crosscheck_cmd(prog, "7", "--backends", "emulate:arm64", env=env)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert re.match(r"emulate arm64\s+DIFFERS\s+exit 0\s+\[7, 3\.5e-323\]", lines[1])
    at = lines.index("  main pc=4 ListSetI64 A=c0 B=i0 C=i1 (depth 1)")
    assert re.fullmatch(
        r"  heap: the object in c0: machine \[7, 3\.5e-323\] \(0x[0-9a-f]+\), interpreter \[7, 7\] \(0x[0-9a-f]+\)",
        lines[at + 1],
    )
    assert re.fullmatch(r"  operands: c0=\[7, 7\] \(0x[0-9a-f]+\) i0=7 \(0x7\) i1=1 \(0x1\)", lines[at + 2])


def test_a_register_clobbered_by_another_op_is_blamed_on_that_op(
    cache: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, env = cache
    # i0 is cached in slot 0 (x24) there, and AddI64 runs between slot moves: overwrite the slot
    edit(root, "arm64", "AddI64", "    b {jump26:_JIT_CONTINUE}\n", "    mov x24, x8\n    b {jump26:_JIT_CONTINUE}\n")
    prog = program_file(
        tmp_path,
        "func main(i64) -> i64\n    .regs i64=4\n    ConstI64K i1, 2\n    AddI64 i2, i0, i1\n"
        "    AddI64K i3, i0, 0\n    ReturnI64 i3\nend\n",
    )
    r = crosscheck_cmd(prog, "5", "--backends", "emulate:arm64", env=env)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    at = lines.index("  main pc=1 AddI64 A=i2 B=i0 C=i1 (depth 1)")  # not pc 2, which reads i0 back
    assert lines[at + 1] == "  register: i0 after it: machine 7 (0x7), interpreter 5 (0x5)"


def test_a_wrong_result_alone_is_blamed_on_the_last_op(cache: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, env = cache
    edit(root, "arm64", "ReturnI64_r0", "    ret\n", "    add x0, x0, #1\n    ret\n")  # i1 is cached in slot 0
    prog = program_file(tmp_path, "func main(i64) -> i64\n    ConstI64K i1, 5\n    ReturnI64 i1\nend\n")
    r = crosscheck_cmd(prog, "0", "--backends", "emulate:arm64", env=env)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    at = lines.index("  main pc=1 ReturnI64 A=i1 (depth 1)")
    assert lines[at - 1].endswith("after 1 op that agrees:")
    assert lines[at + 1] == (
        "  result: machine 6 (i64 0x0000000000000006), interpreter 5 (i64 0x0000000000000005) "
        "(every op agreed; how the run ended did not)"
    )


@pytest.mark.skipif(not HAS_NATIVE_X86, reason="needs native x86-64 code")
def test_native_code_that_crashes_is_a_backend_ending_not_a_dead_check(cache: tuple[Path, dict[str, str]]) -> None:
    root, env = cache
    add = "    add rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]\n"
    edit(root, "x86_64", "SubI64K", add, add + "    mov rax, qword ptr [rax]\n")
    r = crosscheck_cmd(FIB, "6", "--json", "--backends", "native,emulate:arm64", env=env)
    assert r.returncode == 1
    report = json.loads(r.stdout)
    native = report["backends"][1]
    assert (native["backend"], native["exit_code"], native["ending"]) == ("native x86_64", -11, "fault")
    assert native["text"] == "the process running native x86_64 killed by SIGSEGV (no result)"
    assert report["backends"][2]["agrees"]
    (d,) = report["divergences"]
    assert (d["backends"], d["replayed_on"], d["op"]) == (
        ["native x86_64"],
        "emulate x86_64",
        "fib pc=1 SubI64K A=i1 B=i0 C=1",
    )
    assert d["differs"] == ["stopped"] and "machine code faulted" in d["differences"][0]["detail"]


def test_parse_targets() -> None:
    assert parse_targets("emulate:arm64") == [REFERENCE, Target("emulate", "arm64")]
    assert parse_targets("emulate, interp") == [REFERENCE, Target("emulate", "x86_64"), Target("emulate", "arm64")]
    assert parse_targets("interp,emulate:x86_64,emulate:x86_64") == [REFERENCE, Target("emulate", "x86_64")]
    if HAS_NATIVE_X86:
        assert parse_targets("native") == [REFERENCE, Target("native", "x86_64")]
    for bad, phrase in (
        ("bogus", "unknown backend 'bogus'"),
        ("native:arm64", "unknown backend"),
        ("emulate:mips", "unknown ISA"),
    ):
        with pytest.raises(InputError, match=phrase):
            parse_targets(bad)


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        ((FIB, "--backends", "bogus"), "--backends: unknown backend 'bogus'"),
        ((FIB, "x"), "'x' is not an integer"),
        (("missing.vm3",), "missing.vm3: cannot read"),
        ((FIB, "--max-depth", "0"), "--max-depth must be at least 1"),
    ],
)
def test_bad_input_exits_2(args: tuple[str, ...], phrase: str) -> None:
    r = crosscheck_cmd(*args)
    assert r.returncode == 2 and phrase in r.stderr, r.stderr


def test_a_difference_the_replay_cannot_find_is_said_so() -> None:
    """Native code that differs while the same image agrees op by op under Unicorn: the host's doing."""
    ok, other = Ending(("ok", Bank.I64, 5, "5"), "5", 0), Ending(("ok", Bank.I64, 6, "6"), "6", 0)
    native = Target("native", "x86_64")
    report = Report([Run(REFERENCE, ok, {"run": 0.001}), Run(native, other, {"run": 0.001})], [])
    report.findings.append(Finding("x86_64", ("native x86_64",), None))
    lines = report_lines(report)
    assert re.match(r"native x86_64\s+DIFFERS\s+exit 0\s+6 \(i64 0x0000000000000006\)\s+run 1\.0 ms", lines[1])
    assert lines[2] == "1 of 2 backends differ from the interpreter"
    assert lines[4].startswith("native x86_64: replayed under Unicorn for x86_64, every op and the result agree")
    assert report_json(report, Path("p.vm3"), [])["divergences"] == [
        {"backends": ["native x86_64"], "replayed_on": "emulate x86_64", "found": False}
    ]
