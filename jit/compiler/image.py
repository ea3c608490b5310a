"""The compiler's output: a position-independent image and where each piece of it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, Protocol

from jit.errors import InputError

ENTRY = "jit_entry"
PROLOGUE = "FuncEntry"
CALLED_PROLOGUE = "FuncEntry_c"
"""The prologue of every function but the entry: its callers initialise its windows, so it has no code."""


class Site(NamedTuple):
    """Where one piece of the image came from: an op (pc >= 0), a prologue (pc -1) or a helper (func -1).

    An op, or a prologue, may be several pieces in a row (jit.compiler.lower: slot stores and loads, a move, the
    op's stencil): `part` numbers them from 0, and the op starts at part 0."""

    offset: int
    size: int
    func: int
    pc: int
    name: str  # the stencil's name: an op's own or a variant, a slot move, FuncEntry or FuncEntry_c, or a helper
    dropped_jump: int = 0  # bytes of trailing continuation jump left out (the next piece follows)
    part: int = 0


class CodeTooLarge(InputError):
    """The image cannot be built or does not fit (a branch out of an ISA's reach, or past the code cache)."""


class Copied(Protocol):
    """What the image keeps of the stencil an op runs, to describe its sites."""

    @property
    def name(self) -> str: ...

    @property
    def code(self) -> bytes: ...

    @property
    def dropped(self) -> int: ...


@dataclass(frozen=True)
class Image:
    """A compiled program: position-independent code, its data block, and where everything is in the code."""

    isa: str
    code: bytes
    data: bytes
    entry: int  # offset of jit_entry
    functions: tuple[int, ...]  # offset of each function (its FuncEntry)
    op_offsets: tuple[tuple[int, ...], ...]  # per function, offset of each pc's code
    pins: tuple[dict[tuple[int, int], int], ...]
    """Per function, its pinned registers: (bank, register) -> slot (jit.compiler.regalloc); the ISA names
    the slots' machine registers (Isa.slot_registers)."""
    _helper_sites: tuple[Site, ...] = field(repr=False)  # the entry and the runtime helpers
    _entry_sites: tuple[Site, ...] = field(repr=False)  # each function's FuncEntry
    _loads: tuple[tuple[Copied, ...], ...] = field(repr=False)  # per function, the pieces after its FuncEntry
    _op_copies: tuple[list[Copied | tuple[Copied, ...]], ...] = field(repr=False)  # per function, per pc

    @property
    def helper_sites(self) -> tuple[Site, ...]:
        """The entry and the runtime helpers, without building every op's site."""
        return self._helper_sites

    @cached_property
    def sites(self) -> tuple[Site, ...]:
        """Every piece in image order (built on first use: running the code does not need it)."""
        out = list(self._helper_sites)
        for fi, (entry, loads, copies, offsets) in enumerate(
            zip(self._entry_sites, self._loads, self._op_copies, self.op_offsets, strict=True)
        ):
            out.append(entry)
            out += _parts(loads, entry.offset + entry.size, fi, -1, 1)
            for pc, (c, o) in enumerate(zip(copies, offsets, strict=True)):
                out += _parts(c if isinstance(c, tuple) else (c,), o, fi, pc, 0)
        return tuple(out)


def _parts(copies: tuple[Copied, ...], offset: int, fi: int, pc: int, first: int) -> list[Site]:
    """The sites of pieces laid out one after another from `offset`, numbered from `first`."""
    out = []
    for part, c in enumerate(copies, first):
        out.append(Site(offset, len(c.code), fi, pc, c.name, c.dropped, part))
        offset += len(c.code)
    return out
