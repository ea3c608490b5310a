"""The typer declarations of the arguments and options that several `jit` commands take, with one help text each."""

from pathlib import Path
from typing import Annotated

import typer

ProgArg = Annotated[Path, typer.Argument(help="A .vm3 text file or a binary container (magic VM3B).")]
ArgsArg = Annotated[
    list[str] | None, typer.Argument(help="Entry arguments, by its parameter banks (put -- before negatives).")
]
IsaOpt = Annotated[str | None, typer.Option("--isa", help="x86_64 or arm64 (native: the host's; emulate: either).")]
TimeOpt = Annotated[bool, typer.Option("--time", help="Print load, compile and run times to stderr.")]
MaxDepthOpt = Annotated[int, typer.Option("--max-depth", help="vm3 call depth limit.")]
HeapOpt = Annotated[int, typer.Option("--heap-size", help="VM heap size in bytes.")]
CodeCacheOpt = Annotated[
    int, typer.Option("--code-cache-size", help="Executable bytes a program may take; larger runs on interp.")
]
