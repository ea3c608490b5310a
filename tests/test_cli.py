"""The `jit` command: output format and exit codes (0 ok, 1 runtime error, 2 bad input), never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def jit(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jit", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def ok(*args: str) -> str:
    r = jit(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def fails(code: int, *args: str) -> str:
    r = jit(*args)
    assert r.returncode == code, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    return r.stderr


def write(tmp_path: Path, text: str, name: str = "p.vm3") -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_run_prints_result_last() -> None:
    assert ok("run", "--backend", "interp", "examples/fib.vm3", "25").splitlines()[-1] == "75025"


def test_negative_argument_after_double_dash() -> None:
    assert ok("run", "--backend", "interp", "examples/tailsum.vm3", "--", "-10").strip() == "-55"


def test_runtime_error_exits_1_naming_kind_function_pc(tmp_path: Path) -> None:
    prog = write(tmp_path, "func main(i64) -> i64\n    DivI64K i1, i0, 0\n    ReturnI64 i1\nend\n")
    err = fails(1, "run", "--backend", "interp", prog, "7")
    assert "division by zero" in err and "main" in err and "pc 0" in err


def test_stack_overflow_exits_1() -> None:
    err = fails(1, "run", "--backend", "interp", "--max-depth", "10", "examples/fib.vm3", "25")
    assert "stack overflow" in err and "fib" in err


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("func main() -> i64\n    Bogus 1\nend\n", ":2:5:"),
        ("func main() -> i64\n    ReturnI64 i0\n", "end"),
        ("func main() -> i64\n    AddI64 i0, i0\n    ReturnI64 i0\nend\n", ":2:"),
        ("func main() -> i64\n    Jump nowhere\nend\n", "nowhere"),
    ],
)
def test_parse_errors_exit_2_with_line_and_column(tmp_path: Path, text: str, phrase: str) -> None:
    assert phrase in fails(2, "run", "--backend", "interp", write(tmp_path, text))


def test_verify_error_exits_2_naming_function_and_pc(tmp_path: Path) -> None:
    prog = write(tmp_path, "func main() -> i64\n    ConstI64K i0, 1\nend\n")
    err = fails(2, "check", prog)
    assert "main pc=0" in err and "falls off the end" in err


@pytest.mark.parametrize(
    "args",
    [
        ("run", "examples/missing.vm3"),
        ("run", "--backend", "interp", "examples/fib.vm3"),
        ("run", "--backend", "interp", "examples/fib.vm3", "x"),
        ("run", "--backend", "interp", "examples/fib.vm3", "1", "2"),
        ("run", "--backend", "warp", "examples/fib.vm3", "1"),
        ("run", "--max-depth", "0", "examples/fib.vm3", "1"),
        ("run", "--nope", "examples/fib.vm3"),
        ("frobnicate",),
    ],
)
def test_bad_command_lines_exit_2(args: tuple[str, ...]) -> None:
    assert fails(2, *args).strip()


def test_truncated_binary_exits_2(tmp_path: Path) -> None:
    out = tmp_path / "fib.vm3b"
    ok("fmt", "--binary", "-o", str(out), "examples/fib.vm3")
    assert ok("run", "--backend", "interp", str(out), "20").strip() == "6765"
    out.write_bytes(out.read_bytes()[:-3])
    assert "fib.vm3b" in fails(2, "run", str(out), "20")


def test_fmt_round_trips(tmp_path: Path) -> None:
    text = ok("fmt", "examples/mixed.vm3")
    again = ok("fmt", write(tmp_path, text))
    assert again == text


def test_check_ok() -> None:
    assert "ok" in ok("check", "examples/sieve.vm3")


@pytest.mark.parametrize(
    ("option", "refusal"),
    [
        (["--max-depth", "1000000000"], r"--max-depth 1,000,000,000 needs a machine stack of [\d,]+ bytes"),
        (["--max-depth", "99999999999999999999"], r"--max-depth 99,999,999,999,999,999,999 needs a machine stack"),
        (["--heap-size", "1099511627776"], r"--heap-size 1,099,511,627,776 is more than this machine's [\d,]+ bytes"),
    ],
)
@pytest.mark.parametrize("backend", [["--backend", "interp"], ["--backend", "emulate", "--isa", "arm64"]])
def test_limits_past_the_machines_memory_are_refused_before_the_run(
    option: list[str], refusal: str, backend: list[str]
) -> None:
    from jit.vm.limits import host_memory

    if host_memory() >= 1 << 40:
        pytest.skip("this machine has a terabyte of memory: the limits are not past it")
    err = fails(2, "run", *backend, *option, str(EXAMPLES / "fib.vm3"), "10")
    assert re.match(f"jit: {refusal}", err), err


@pytest.mark.parametrize("backend", [["--backend", "native"], ["--backend", "emulate", "--isa", "arm64"]])
def test_the_largest_limits_this_machine_allows_run_and_one_more_is_refused_naming_them(backend: list[str]) -> None:
    from jit.machine.backends import available_backends
    from jit.vm.limits import host_memory, most_depth

    if backend[1] not in available_backends():
        pytest.skip("no native backend on this host")
    fib = str(EXAMPLES / "fib.vm3")
    most = [f"--max-depth={most_depth()}", f"--heap-size={host_memory()}"]
    assert ok("run", *backend, *most, fib, "10") == "55\n"
    err = fails(2, "run", *backend, f"--max-depth={most_depth() + 1}", fib, "10")
    assert f"at most {most_depth():,}" in err, err
    err = fails(2, "run", *backend, f"--heap-size={host_memory() + 1}", fib, "10")
    assert f"more than this machine's {host_memory():,} bytes" in err, err


def test_a_machine_stack_of_gigabytes_maps_under_unicorn() -> None:
    """The emulated machine stack sits above VM memory, so a depth limit that needs 2.5 GB of it maps (below the
    code, where it was, it had 1.75 GB)."""
    fib = str(EXAMPLES / "fib.vm3")
    assert ok("run", "--backend", "emulate", "--isa", "arm64", "--max-depth", "40000000", fib, "15") == "610\n"
