"""What a user expects of a command line: --version, -h as well as --help on every command, and the choices of
an option listed in its help."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from jit.isa.registry import ISA_NAMES

ROOT = Path(__file__).resolve().parent.parent


def jit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jit", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_version() -> None:
    r = jit("--version")
    assert (r.returncode, r.stdout, r.stderr) == (0, f"jit (vm3-jit) {version('vm3-jit')}\n", "")


TOP = ("run", "check", "fmt", "bench", "emulate", "disasm", "stencils")
COMMANDS = [(), *((c,) for c in TOP), ("stencils", "show"), ("stencils", "check")]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "jit")
def test_h_is_help_on_every_command(command: tuple[str, ...]) -> None:
    short, long = jit(*command, "-h"), jit(*command, "--help")
    assert (short.returncode, short.stderr) == (0, "")
    assert short.stdout == long.stdout
    assert short.stdout.startswith(f"Usage: jit {' '.join(command)}".rstrip() + " [OPTIONS]")


@pytest.mark.parametrize(
    ("command", "option", "shown"),
    [
        ("run", "--backend", "[auto|native|emulate|interp]"),
        ("run", "--isa", f"[{'|'.join(ISA_NAMES)}]"),
        ("run", "--perf-map", "[funcs|ops]"),
        ("emulate", "--isa", f"[{'|'.join(ISA_NAMES)}]"),
        ("emulate", "--trace", "[ops|insns]"),
        ("disasm", "--isa", f"[{'|'.join(ISA_NAMES)}]"),
    ],
)
def test_help_lists_the_choices(command: str, option: str, shown: str) -> None:
    assert f"{option} {shown}" in jit(command, "--help").stdout


def test_a_value_outside_the_choices_still_gets_jits_message() -> None:
    r = jit("run", "--backend", "warp", "examples/fib.vm3", "1")
    assert (r.returncode, r.stderr) == (2, "jit: unknown backend 'warp': choose auto, native, emulate, interp\n")
