"""What the AOT tests share: building outputs, running them (natively, or under qemu-aarch64), and what
`jit run --backend interp` prints for the same command line, computed in this process.

`expected` follows jit.cli.common.run_command step by step (limits, arguments, run, print), with the
interpreter as the backend; tests/test_aot_exe.py checks it against the real `jit run` too.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from jit.aot.output import TARGETS, write_aot
from jit.cli.common import make_limits
from jit.errors import InputError, VMError
from jit.interp.interpreter import run
from jit.program.model import Program
from jit.program.verify import parse_entry_args
from jit.vm.limits import DEFAULT_LIMITS, Limits
from jit.vm.results import format_result

HOST = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine().lower())
LINUX = {"x86_64": "linux-x86_64", "arm64": "linux-aarch64"}
ISAS = ("x86_64", "arm64")


def tool(*names: str) -> str:
    """The first of `names` on PATH, or skip the test saying which tool it lacks (.ci/run installs them)."""
    for name in names:
        if path := shutil.which(name):
            return path
    pytest.skip(f"{' or '.join(names)} not installed")


def runner(isa: str) -> list[str]:
    """How to run a static Linux executable of `isa` here."""
    return [] if isa == HOST else [tool("qemu-x86_64" if isa == "x86_64" else "qemu-aarch64")]


def executable(tmp: Path, program: Program, isa: str, name: str = "prog", limits: Limits = DEFAULT_LIMITS) -> Path:
    out = tmp / name
    write_aot(program, "test.vm3", TARGETS[LINUX[isa]], out, as_object=False, limits=limits, prefix="vm3_",
              header_path=None)  # fmt: skip
    return out


@dataclass(frozen=True)
class Ran:
    stdout: bytes
    code: int
    message: str  # stderr without the "NAME: " in front (empty if nothing was said)


def run_exe(path: Path, isa: str, args: list[str | bytes], timeout: float = 120) -> Ran:
    done = subprocess.run([*runner(isa), path, *args], capture_output=True, timeout=timeout)
    err = done.stderr.decode("utf-8", "replace")
    prefix = f"{path.name}: "
    assert not err or err.startswith(prefix), f"stderr without the executable's name: {err!r}"
    assert err.count("\n") <= 1, f"more than one line on stderr: {err!r}"
    return Ran(done.stdout, done.returncode, err.removeprefix(prefix).removesuffix("\n"))


def expected(program: Program, args: list[str | bytes], max_depth: int = DEFAULT_LIMITS.max_depth,
             heap_size: int = DEFAULT_LIMITS.heap_size) -> Ran:  # fmt: skip
    """What `jit run --backend interp --max-depth D --heap-size H PROG ARGS` prints and exits with."""
    words = [os.fsdecode(a) for a in args]  # as Python's sys.argv has them
    try:
        limits = make_limits(max_depth, heap_size)
        result = run(program, parse_entry_args(program, words), limits)
    except VMError as e:
        return Ran(b"", 1, str(e))
    except InputError as e:
        return Ran(b"", 2, str(e))
    return Ran((format_result(result) + "\n").encode(), 0, "")


def assert_same(got: Ran, want: Ran) -> None:
    """Same output and exit code; the same message, which may lack the interpreter's detail of a runtime
    error (as the native backend's does)."""
    assert (got.stdout, got.code) == (want.stdout, want.code), (got, want)
    assert got.message == want.message or want.message.startswith(got.message + ": "), (got.message, want.message)
