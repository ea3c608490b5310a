"""`jit aot`'s targets and the files it writes: a static executable, or an object and its C header."""

from __future__ import annotations

import os
import platform
import re
from dataclasses import dataclass
from pathlib import Path

from jit.aot.build import Built, Output, build
from jit.aot.cheader import check_prefix, header
from jit.aot.elf import write_elf_executable, write_elf_object
from jit.aot.macho import write_macho_object
from jit.errors import InputError
from jit.program.model import Program
from jit.vm.limits import Limits


@dataclass(frozen=True)
class Target:
    name: str
    isa: str
    macho: bool  # a Mach-O object (macOS: an executable needs the platform's linker and libSystem)

    def writes_object(self, as_object: bool) -> bool:
        """Whether `jit aot` writes an object for this target (always for Mach-O), not an executable."""
        return as_object or self.macho


TARGETS = {
    t.name: t
    for t in (
        Target("linux-x86_64", "x86_64", False),
        Target("linux-aarch64", "arm64", False),
        Target("macos-arm64", "arm64", True),
    )
}


def target(name: str | None) -> Target:
    """The named target, or the host's."""
    if name is None:
        system, machine = platform.system().lower(), platform.machine().lower()
        arch = {"amd64": "x86_64", "aarch64": "aarch64" if system == "linux" else "arm64"}.get(machine, machine)
        name = f"{'macos' if system == 'darwin' else system}-{arch}"
        if name not in TARGETS:
            raise InputError(f"no AOT target for this host ({system} {machine}): give --target ({', '.join(TARGETS)})")
    if name not in TARGETS:
        raise InputError(f"unknown target {name!r} (known: {', '.join(TARGETS)})")
    return TARGETS[name]


@dataclass(frozen=True)
class Written:
    files: tuple[Path, ...]
    skipped: tuple[str, ...]  # functions an object does not export


def write_aot(
    program: Program,
    source: str,
    chosen: Target,
    out: Path,
    *,
    as_object: bool,
    limits: Limits,
    heap_of_machine: bool = False,
    prefix: str,
    header_path: Path | None,
) -> Written:
    """Build `program` (read from `source`) for `chosen` and write OUT (and, for an object, its header).
    heap_of_machine: an executable's heap limit is the memory of the machine it runs on, not limits.heap_size."""
    as_object = chosen.writes_object(as_object)
    check_prefix(prefix)
    kind = Output.OBJECT if as_object else Output.EXECUTABLE
    built = build(program, chosen.isa, kind, limits, prefix, heap_of_machine=heap_of_machine)
    if not as_object:
        _write(out, write_elf_executable(built.image, "jit_aot_start"), executable=True)
        return Written((out,), ())
    data = write_macho_object(built.image) if chosen.macho else write_elf_object(built.image)
    hpath = header_path or out.with_suffix(".h")
    text = _header(program, built, prefix, source, chosen, out, hpath, limits)
    _write(out, data, executable=False)
    _write(hpath, text.encode(), executable=False)
    return Written((out, hpath), built.skipped)


def _header(program: Program, built: Built, prefix: str, source: str, chosen: Target, out: Path, hpath: Path,
            limits: Limits) -> str:  # fmt: skip
    guard = re.sub(r"[^A-Za-z0-9]", "_", f"{prefix}{hpath.stem}_h").upper()
    origin = f"{hpath.name}: the interface of {out.name}, made by `jit aot` from {source} for {chosen.name}"
    return header(program, built.exports, built.skipped, prefix, guard=guard, origin=origin, limits=limits)


def _write(path: Path, data: bytes, *, executable: bool) -> None:
    try:
        path.write_bytes(data)
        if executable:
            os.chmod(path, 0o755)
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror or e}") from None
