"""`jit aot` on the command line: what it writes for each target, and every bad input a clear message with
exit code 2, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from aot_tools import HOST, run_exe
from test_cli import EXAMPLES, fails, jit, ok, write


def test_default_target_is_the_hosts(tmp_path: Path) -> None:
    if HOST is None:
        pytest.skip("not an x86-64 or arm64 host")
    out = tmp_path / "fib"
    ok("aot", str(EXAMPLES / "fib.vm3"), "-o", str(out))
    assert os.access(out, os.X_OK)
    assert run_exe(out, HOST, ["20"]).stdout == b"6765\n"


def test_object_and_header_paths(tmp_path: Path) -> None:
    ok("aot", str(EXAMPLES / "fib.vm3"), "--object", "--target", "linux-x86_64", "-o", str(tmp_path / "a.o"))
    assert (tmp_path / "a.o").read_bytes()[:4] == b"\x7fELF" and (tmp_path / "a.h").is_file()
    header = tmp_path / "inc" / "fib.h"
    header.parent.mkdir()
    ok("aot", str(EXAMPLES / "fib.vm3"), "--object", "--target", "linux-aarch64", "-o", str(tmp_path / "b.o"),
       "--header", str(header), "--prefix", "fib_")  # fmt: skip
    assert "int fib_fib(int64_t a0, int64_t *result);" in header.read_text()
    ok("aot", str(EXAMPLES / "fib.vm3"), "--target", "macos-arm64", "-o", str(tmp_path / "c.o"))
    assert (tmp_path / "c.o").read_bytes()[:4] == bytes.fromhex("cffaedfe") and (tmp_path / "c.h").is_file()


def test_limits_become_the_executables_defaults(tmp_path: Path) -> None:
    if HOST is None:
        pytest.skip("not an x86-64 or arm64 host")
    out = tmp_path / "fib"
    ok("aot", str(EXAMPLES / "fib.vm3"), "-o", str(out), "--max-depth", "5")
    assert run_exe(out, HOST, ["20"]).message == "runtime error: stack overflow in fib at pc 2"
    assert run_exe(out, HOST, ["--max-depth=100", "20"]).stdout == b"6765\n"


@pytest.mark.parametrize("target", ["linux-x86_64", "linux-aarch64"])
def test_an_executables_default_heap_is_the_memory_of_the_machine_it_runs_on(tmp_path: Path, target: str) -> None:
    """192 MiB of heap (three times the old fixed default); with a --heap-size given to `jit aot`, that one."""
    from test_backends import DOUBLING

    isa = {"linux-x86_64": "x86_64", "linux-aarch64": "arm64"}[target]
    prog, out, capped = write(tmp_path, DOUBLING), tmp_path / "doubling", tmp_path / "capped"
    ok("aot", prog, "--target", target, "-o", str(out))
    assert run_exe(out, isa, ["24"]).stdout == b"%d\n" % (6 << 24)
    ok("aot", prog, "--target", target, "-o", str(capped), "--heap-size", str(64 << 20))
    assert run_exe(capped, isa, ["24"]).message == "runtime error: heap exhausted in main at pc 2"
    assert run_exe(capped, isa, ["--heap-size", str(256 << 20), "24"]).stdout == b"%d\n" % (6 << 24)


def test_a_function_whose_prototype_does_not_fit_is_not_exported(tmp_path: Path) -> None:
    params = ", ".join(["i64"] * 30)
    text = f"func wide({params}) -> i64\n    ReturnI64 i0\nend\nfunc main() -> i64\n    ReturnConstK 1\nend\n"
    prog = write(tmp_path, text)
    r = jit("aot", prog, "--object", "--target", "linux-x86_64", "-o", str(tmp_path / "w.o"))
    assert r.returncode == 0 and "warning: wide is not exported" in r.stderr
    header = (tmp_path / "w.h").read_text()
    assert "not exported (a C prototype would take too many stack slots): wide" in header
    assert "int vm3_main(int64_t *result);" in header


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["--target", "linux-riscv"], "unknown target 'linux-riscv' (known: linux-x86_64, linux-aarch64, macos-arm64)"),
        (["--object", "--prefix", "2x"], "--prefix '2x' is not a C identifier"),
        (["--object", "--prefix", "jit_x"], "names starting with jit_ are the AOT runtime's own"),
        (["--max-depth", "0"], "--max-depth must be at least 1, got 0"),
        (["--heap-size", "-1"], "--heap-size must not be negative, got -1"),
    ],
)
def test_bad_options(tmp_path: Path, args: list[str], phrase: str) -> None:
    err = fails(2, "aot", str(EXAMPLES / "fib.vm3"), "-o", str(tmp_path / "x"), "--target", "linux-x86_64", *args)
    assert phrase in err


def test_bad_programs_and_paths(tmp_path: Path) -> None:
    assert "No such file" in fails(2, "aot", str(tmp_path / "missing.vm3"), "-o", str(tmp_path / "x"))
    bad = write(tmp_path, "func main() -> i64\n    Jump 7\nend\n")
    assert "verify: main pc=0" in fails(2, "aot", bad, "-o", str(tmp_path / "x"), "--target", "linux-x86_64")
    err = fails(2, "aot", str(EXAMPLES / "fib.vm3"), "-o", str(tmp_path / "no" / "dir" / "x"), "--target",
                "linux-x86_64")  # fmt: skip
    assert f"cannot write {tmp_path / 'no' / 'dir' / 'x'}" in err
    assert "Missing option '-o'" in fails(2, "aot", str(EXAMPLES / "fib.vm3"))


def test_help_names_the_targets() -> None:
    assert "linux-x86_64, linux-aarch64 or macos-arm64" in " ".join(ok("aot", "--help").split())
