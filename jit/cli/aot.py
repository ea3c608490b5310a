"""`jit aot`: compile a program ahead of time into a static executable, or an object and its C header."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from jit.cli.common import guarded, load_verified, make_limits
from jit.cli.options import HeapOpt, MaxDepthOpt, ProgArg
from jit.vm.limits import DEFAULT_LIMITS


def register(app: typer.Typer) -> None:
    app.command("aot")(aot)


def aot(
    prog: ProgArg,
    output: Annotated[Path, typer.Option("-o", "--output", help="The executable or object to write.")],
    target: Annotated[
        str | None, typer.Option("--target", help="linux-x86_64, linux-aarch64 or macos-arm64 (default: the host's).")
    ] = None,
    as_object: Annotated[
        bool, typer.Option("--object", help="Write a relocatable object and a C header (always for macos-arm64).")
    ] = False,
    header: Annotated[Path | None, typer.Option("--header", help="Where the C header goes (default: OUT.h).")] = None,
    prefix: Annotated[str, typer.Option("--prefix", help="Start of every symbol an object exports.")] = "vm3_",
    max_depth: MaxDepthOpt = DEFAULT_LIMITS.max_depth,
    heap_size: HeapOpt = DEFAULT_LIMITS.heap_size,
) -> None:
    """Compile PROG ahead of time: an executable runs like `jit run PROG` (its options, then the arguments);
    an object exports one C function per vm3 function. --max-depth and --heap-size are an executable's
    defaults and an object's limits."""

    def body() -> None:
        from jit.aot.output import target as find_target
        from jit.aot.output import write_aot

        limits = make_limits(max_depth, heap_size)
        chosen = find_target(target)
        program = load_verified(prog)
        written = write_aot(
            program, prog.name, chosen, output, as_object=as_object, limits=limits, prefix=prefix, header_path=header
        )
        for name in written.skipped:
            print(f"jit: warning: {name} is not exported: its C prototype needs too many stack slots", file=sys.stderr)

    guarded(body)
