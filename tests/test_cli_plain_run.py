"""`jit run` without typer (jit.cli.main.plain_run): it parses every command line as the typer app does, or
leaves it to typer; and a plain run imports neither typer nor the emulator, disassembler or assembler."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jit.cli import app as cli_app
from jit.cli.common import expand_bare_perf_map, run_command
from jit.cli.main import FLAGS, VALUE_OPTIONS, plain_run

ROOT = Path(__file__).resolve().parent.parent
TINY = str(ROOT / "benchmarks" / "tiny.vm3")
LOCKED = str(ROOT / "examples" / "fib.vm3")  # made unreadable below, by patching os.access

WORDS = [
    *VALUE_OPTIONS,
    *FLAGS,
    *(f"{name}=" for name in VALUE_OPTIONS),
    "--backend=interp",
    "--isa=arm64",
    "--time=1",
    "--perf-map=ops",
    "--help",
    "--bogus",
    "--max",
    "-x",
    "-5",
    "-",
    "--",
    "",
    "interp",
    "x86_64",
    "funcs",
    "7",
    " 8 ",
    "+9",
    "1_000",
    "0x10",
    "x",
    TINY,
    LOCKED,
    "missing.vm3",
]


@contextmanager
def typer_parse() -> Iterator[list[dict[str, object]]]:
    """Inside the block, the typer app records run_command's arguments instead of running anything."""
    calls: list[dict[str, object]] = []
    signature = inspect.signature(run_command)

    def record(*args: object, **kwargs: object) -> None:
        calls.append(dict(signature.bind(*args, **kwargs).arguments))

    real_access = os.access

    def access(path: object, mode: int, **kw: object) -> bool:
        return str(path) != LOCKED and real_access(path, mode, **kw)  # type: ignore[arg-type]

    with mock.patch.object(cli_app, "run_command", record), mock.patch("os.access", access):
        yield calls


def parse_both(argv: list[str]) -> tuple[dict[str, object] | None, dict[str, object] | None]:
    """(what the typer app passes to run_command, None if it refuses the command line or only shows help;
    what plain_run makes of it)."""
    with typer_parse() as calls:
        result = CliRunner(mix_stderr=False).invoke(cli_app.app, argv)
        plain = plain_run(argv)
    if not calls:
        return None, plain
    assert result.exit_code == 0, result.output
    (params,) = calls
    return {**params, "args": list(params["args"] or [])}, plain  # type: ignore[call-overload]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=7))
def test_plain_run_parses_as_typer_does_or_declines(words: list[str]) -> None:
    argv = expand_bare_perf_map(["run", *words])
    by_typer, plain = parse_both(argv)
    assert plain is None or plain == by_typer, (argv, plain, by_typer)


PLAIN = [
    ["run", TINY],
    ["run", "--backend", "interp", TINY],
    ["run", "--backend=native", "--time", TINY, "3", "--max-depth", "9", "--", "-4"],
    ["run", "--isa", "arm64", "--backend", "emulate", "--heap-size", "0", "--code-cache-size=1", TINY],
    ["run", "--perf-map", "ops", TINY, "--perf-map=funcs", "--backend", "-x"],
    ["run", "missing.vm3", "-"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_common_command_lines_skip_typer(argv: list[str]) -> None:
    by_typer, plain = parse_both(argv)
    assert plain is not None and plain == by_typer


REFUSED = [
    [],
    ["check", TINY],
    ["run"],
    ["run", "--help", TINY],
    ["run", TINY, "-5"],
    ["run", "--time=yes", TINY],
    ["run", "--max-depth", "deep", TINY],
    ["run", TINY, "--backend"],
    ["run", LOCKED],
]


@pytest.mark.parametrize("argv", REFUSED, ids=" ".join)
def test_help_errors_and_other_commands_go_to_typer(argv: list[str]) -> None:
    assert parse_both(argv) == (None, None)


def test_every_run_option_has_a_plain_parse() -> None:
    """A new `jit run` option would otherwise send every command line using it through typer."""
    command = typer.main.get_command(cli_app.app).commands["run"]  # type: ignore[attr-defined]
    names = {name for p in command.params if p.param_type_name == "option" for name in p.opts}
    assert names - {"--help"} == set(VALUE_OPTIONS) | set(FLAGS)


PLAIN_RUN = """
import sys
from jit.cli.entry import main
sys.argv = ["jit", "run", *sys.argv[1:]]
main()
heavy = ("typer", "click", "unicorn", "capstone", "keystone")
print(sorted(m for m in sys.modules if m.split(".")[0] in heavy))
"""


@pytest.mark.parametrize("backend", ["interp", "native"])
def test_a_warm_plain_run_imports_no_cli_framework_emulator_or_assembler(backend: str, tmp_path: Path) -> None:
    from jit.isa.registry import ISA_NAMES, host_isa

    if backend == "native" and host_isa() not in ISA_NAMES:
        pytest.skip("no native backend on this host")
    env = {**os.environ, "VM3_JIT_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", PLAIN_RUN, "--backend", backend, TINY],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        for _ in ("cold", "warm")
    ]
    for r in runs:
        assert r.returncode == 0, r.stderr
        assert r.stdout.splitlines()[0] == "42"
    assert runs[1].stdout.splitlines()[1] == "[]"
