"""The typer declarations of the arguments and options that several `jit` commands take, with one help text each."""

from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer

from jit.isa.registry import ISA_NAMES


def choices(values: Iterable[str]) -> str:
    """The metavar that shows an option's choices in --help, `[a|b|c]`, as click shows a Choice; the option stays
    a plain string, so that `jit run`'s typer-free parse (jit.cli.main) and typer agree on every command line, and
    a value outside them gets jit's own message (exit 2)."""
    return f"[{'|'.join(values)}]"


ProgArg = Annotated[Path, typer.Argument(help="A .vm3 text file or a binary container (magic VM3B); - reads stdin.")]
ArgsArg = Annotated[
    list[str] | None, typer.Argument(help="Entry arguments, by its parameter banks (put -- before negatives).")
]
IsaOpt = Annotated[
    str | None, typer.Option("--isa", metavar=choices(ISA_NAMES), help="native: the host's; emulate: either.")
]
TimeOpt = Annotated[bool, typer.Option("--time", help="Print load, compile and run times to stderr.")]
MaxDepthOpt = Annotated[int, typer.Option("--max-depth", help="vm3 call depth limit.")]
HeapOpt = Annotated[int, typer.Option("--heap-size", help="VM heap size in bytes (default: this machine's memory).")]
CodeCacheOpt = Annotated[
    int, typer.Option("--code-cache-size", help="Executable bytes a program may take; larger runs on interp.")
]
