"""`jit aot`: compile a program ahead of time into a static executable, or an object and its C header."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from jit.cli.common import guarded, load_verified, make_limits
from jit.cli.options import ProgArg
from jit.vm.limits import DEFAULT_LIMITS, OBJECT_LIMITS


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
    max_depth: Annotated[
        int | None,
        typer.Option(
            "--max-depth", help="vm3 call depth limit (default: an executable 10,000,000, an object 100,000)."
        ),
    ] = None,
    heap_size: Annotated[
        int | None,
        typer.Option(
            "--heap-size",
            help="VM heap size in bytes (default: an executable the memory of the machine it runs on; an object "
            "64 MiB).",
        ),
    ] = None,
) -> None:
    """Compile PROG ahead of time: an executable runs like `jit run PROG` (its options, then the arguments);
    an object exports one C function per vm3 function. --max-depth and --heap-size are an executable's
    defaults and an object's limits."""

    def body() -> None:
        from jit.aot.output import target as find_target
        from jit.aot.output import write_aot

        chosen = find_target(target)
        is_object = chosen.writes_object(as_object)
        base = OBJECT_LIMITS if is_object else DEFAULT_LIMITS
        limits = make_limits(
            base.max_depth if max_depth is None else max_depth,
            base.heap_size if heap_size is None else heap_size,
            base.stack_regs,
        )
        program = load_verified(prog)
        written = write_aot(
            program,
            prog.name,
            chosen,
            output,
            as_object=is_object,
            limits=limits,
            heap_of_machine=heap_size is None and not is_object,
            prefix=prefix,
            header_path=header,
        )
        for name in written.skipped:
            print(f"jit: warning: {name} is not exported: its C prototype needs too many stack slots", file=sys.stderr)

    guarded(body)
