"""perf's JIT map (`/tmp/perf-<pid>.map`), so that `perf report` names the vm3 code it samples.

Each line is `START SIZE NAME` with START and SIZE in hex without 0x (perf's
documented format). The entries tile the mapped image exactly: jit_entry and
each runtime helper, then per function either one entry (`funcs`) or one for
its FuncEntry and one per op with code (`ops`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from jit.errors import InputError, printable

if TYPE_CHECKING:
    from jit.compiler.image import Image
    from jit.machine.prepare import Prepared
    from jit.program.model import Program

MODES = ("funcs", "ops")
PREFIX = "vm3:"


def perf_map_entries(program: Program, image: Image, base: int, mode: str) -> list[tuple[int, int, str]]:
    """(start address, size, name) covering [base, base + len(image.code)) without gaps or overlaps."""
    if mode not in MODES:
        raise InputError(f"--perf-map takes {' or '.join(MODES)}, got {mode!r}")
    entries: list[tuple[int, int, str]] = []
    for site in image.sites:
        if site.func < 0:
            name = site.name
        elif site.part or (mode == "funcs" and site.pc >= 0):
            # another piece of the same op or prologue, or (funcs) an op of the function: the entry before covers it
            start, size, fname = entries[-1]
            entries[-1] = (start, size + site.size, fname)
            continue
        elif mode == "ops":
            fname = printable(program.functions[site.func].name)
            name = f"{fname}:entry" if site.pc < 0 else f"{fname}:pc{site.pc}:{site.name}"
        else:
            name = printable(program.functions[site.func].name)
        entries.append((base + site.offset, site.size, PREFIX + name))
    return [e for e in entries if e[1]]


def perf_map_path(pid: int | None = None) -> Path:
    return Path(f"/tmp/perf-{os.getpid() if pid is None else pid}.map")


def write_perf_map(entries: list[tuple[int, int, str]], path: Path, append: bool) -> None:
    """Write (or add to) a map file; InputError if it cannot be written."""
    text = "".join(f"{start:x} {size:x} {name}\n" for start, size, name in entries)
    try:
        with path.open("a" if append else "w") as f:
            f.write(text)
    except OSError as e:
        raise InputError(f"cannot write the perf map {path}: {e.strerror}") from None


@contextmanager
def recording(mode: str, path: Path | None = None) -> Iterator[Path]:
    """Inside the block, every image the native backend maps is added to the perf map (this process's
    /tmp/perf-<pid>.map unless `path`); a map left by an earlier process with the same pid is replaced."""
    from jit.machine.native import on_mapped

    if mode not in MODES:
        raise InputError(f"--perf-map takes {' or '.join(MODES)}, got {mode!r}")
    target = perf_map_path() if path is None else path
    written = False

    def add(prepared: Prepared, address: int) -> None:
        nonlocal written
        write_perf_map(perf_map_entries(prepared.program, prepared.image, address, mode), target, append=written)
        written = True

    with on_mapped(add):
        yield target
