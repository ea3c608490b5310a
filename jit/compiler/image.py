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
    """Where one piece of the image came from: an op (pc >= 0), a prologue (pc -1) or a helper (func -1)."""

    offset: int
    size: int
    func: int
    pc: int
    name: str  # the stencil's name: an op's own or a variant, FuncEntry or FuncEntry_c, or a helper
    dropped_jump: int = 0  # bytes of trailing continuation jump left out (the next op follows)


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
    _helper_sites: tuple[Site, ...] = field(repr=False)  # the entry and the runtime helpers
    _entry_sites: tuple[Site, ...] = field(repr=False)  # each function's FuncEntry
    _op_copies: tuple[list[Copied], ...] = field(repr=False)  # per function, what each pc runs

    @property
    def helper_sites(self) -> tuple[Site, ...]:
        """The entry and the runtime helpers, without building every op's site."""
        return self._helper_sites

    @cached_property
    def sites(self) -> tuple[Site, ...]:
        """Every piece in image order (built on first use: running the code does not need it)."""
        out = list(self._helper_sites)
        for fi, (entry, copies, offsets) in enumerate(
            zip(self._entry_sites, self._op_copies, self.op_offsets, strict=True)
        ):
            out.append(entry)
            out += (
                Site(o, len(c.code), fi, pc, c.name, c.dropped)
                for pc, (c, o) in enumerate(zip(copies, offsets, strict=True))
            )
        return tuple(out)
