"""Dispatching a `jit` command line (jit.cli.entry is the process entry). Exit codes: 0 ok, 1 runtime error of
the program, 2 bad input, 3 internal error, 130 interrupted.

Importing typer and building its commands takes longer than running a small program, so a plain
`jit run PROG [ARGS]` (only the options below, each well formed) is parsed here and goes straight to
jit.cli.common.run_command. Everything else, including --help and every malformed command line, goes to
the typer app (jit.cli.app), which parses the same options into the same values and prints its own
usage messages; tests/test_cli_plain_run.py checks that both parse every command line alike.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from jit.cli.common import PERF_MAP_OPTION, expand_bare_perf_map, run_command
from jit.vm.limits import DEFAULT_CODE_CACHE_SIZE, DEFAULT_LIMITS

RUN_DEFAULTS: dict[str, object] = {
    "backend": "auto",
    "isa": None,
    "show_time": False,
    "max_depth": DEFAULT_LIMITS.max_depth,
    "heap_size": DEFAULT_LIMITS.heap_size,
    "code_cache": DEFAULT_CODE_CACHE_SIZE,
    "perf_map": None,
}
"""run_command's keyword arguments when an option is not given (jit.cli.app's defaults)."""
VALUE_OPTIONS: dict[str, tuple[str, Callable[[str], object]]] = {
    "--backend": ("backend", str),
    "--isa": ("isa", str),
    "--max-depth": ("max_depth", int),
    "--heap-size": ("heap_size", int),
    "--code-cache-size": ("code_cache", int),
    PERF_MAP_OPTION: ("perf_map", str),
}
"""`jit run` options that take a value: the keyword argument each sets and how its text converts (as click does)."""
FLAGS = {"--time": "show_time"}


def plain_run(argv: list[str]) -> dict[str, object] | None:
    """run_command's arguments for a plain `jit run` command line, or None for anything typer must see.

    As click parses: options and arguments in any order, `--opt VALUE` or `--opt=VALUE` (the next word is the
    value whatever it looks like), the last of a repeated option wins, everything after `--` is an argument.
    """
    if not argv or argv[0] != "run":
        return None
    params = dict(RUN_DEFAULTS)
    positional: list[str] = []
    words = iter(argv[1:])
    for word in words:
        if word == "--":
            positional += words
            break
        if len(word) < 2 or not word.startswith("-"):
            positional.append(word)
            continue
        name, eq, text = word.partition("=")
        if name in FLAGS and not eq:
            params[FLAGS[name]] = True
            continue
        if name not in VALUE_OPTIONS:
            return None  # --help, an unknown option, a flag given a value: typer's message
        value = text if eq else next(words, None)
        if value is None:
            return None  # an option missing its value
        key, convert = VALUE_OPTIONS[name]
        try:
            params[key] = convert(value)
        except ValueError:
            return None
    if not positional or not _readable_if_present(positional[0]):
        return None
    return {"prog": Path(positional[0]), "args": positional[1:], **params}


def _readable_if_present(path: str) -> bool:
    """typer's PROG check (click.Path): a file that exists must be readable; a missing one is load's error."""
    return not os.path.exists(path) or os.access(path, os.R_OK)


def dispatch(argv: list[str]) -> None:
    """Run the command line argv (without the program name); typer's own usage errors exit 2 too."""
    argv = expand_bare_perf_map(argv)
    params = plain_run(argv)
    if params is not None:
        run_command(**params)  # type: ignore[arg-type]
        return
    from jit.cli.app import app

    try:
        app(args=argv, prog_name="jit")
    except SystemExit as e:
        raise SystemExit(e.code) from None
