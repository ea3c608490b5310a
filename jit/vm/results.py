"""Decoding and printing run results (docs/semantics.md, "Printing results").

The printer reads heap objects through the small HeapReader protocol, so the
interpreter's Python heap and a JIT backend's raw VM memory print the same way
with the same code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from jit.program import cell
from jit.program.ops import Bank


class HeapReader(Protocol):
    """Read access to heap objects by byte offset (a handle's slot * 8)."""

    def string_bytes(self, offset: int) -> bytes: ...

    def list_items(self, offset: int) -> Sequence[int]:
        """The element Cells of the list whose header is at offset."""
        ...

    def map_items(self, offset: int) -> Sequence[tuple[int, int]]:
        """(key Cell, value Cell) pairs of the map whose header is at offset, in insertion order."""
        ...


@dataclass(frozen=True)
class Result:
    """The outcome of a run: bank None means Deopt; bits is the raw 64-bit value."""

    bank: Bank | None
    bits: int  # i64 as u64 two's complement, f64 raw bits, or Cell bits
    heap: HeapReader


class HeapSnapshot:
    """The heap objects a value can reach, copied out of a heap that is about to go away.

    A run's memory is released when it ends, but its result is printed afterwards: copying only what the
    result reaches (nothing for an i64 or f64) keeps that cheap whatever the heap's size.
    """

    def __init__(self) -> None:
        self.strings: dict[int, bytes] = {}
        self.lists: dict[int, Sequence[int]] = {}
        self.maps: dict[int, Sequence[tuple[int, int]]] = {}

    def string_bytes(self, offset: int) -> bytes:
        return self.strings[offset]

    def list_items(self, offset: int) -> Sequence[int]:
        return self.lists[offset]

    def map_items(self, offset: int) -> Sequence[tuple[int, int]]:
        return self.maps[offset]


def snapshot(bank: Bank | None, bits: int, heap: HeapReader) -> HeapSnapshot:
    """Copy every object a result reaches (iteratively: a list nested a million deep is fine)."""
    out = HeapSnapshot()
    work = [bits] if bank not in (Bank.I64, Bank.F64) else []
    while work:
        c = work.pop()
        if cell.tag(c) != cell.TAG_HANDLE:
            continue
        arena, offset = cell.handle_arena(c), cell.handle_slot(c) << 3
        if arena == cell.ARENA_STR and offset not in out.strings:
            out.strings[offset] = heap.string_bytes(offset)
        elif arena == cell.ARENA_LIST and offset not in out.lists:
            items = out.lists[offset] = tuple(heap.list_items(offset))
            work.extend(items)
        elif arena == cell.ARENA_MAP and offset not in out.maps:
            pairs = out.maps[offset] = tuple(heap.map_items(offset))
            work.extend(x for pair in pairs for x in pair)
    return out


def format_result(result: Result) -> str:
    """The last line `jit run` prints."""
    return format_value(result.bank, result.bits, result.heap)


def format_value(bank: Bank | None, bits: int, heap: HeapReader) -> str:
    if bank is Bank.I64:
        return str(cell.to_signed64(bits))
    if bank is Bank.F64:
        return repr(cell.bits_f64(bits))
    return format_cell(bits, heap)


def format_cell(c: int, heap: HeapReader) -> str:
    """A Cell as text: a top-level string bare, strings inside containers quoted, cycles as [...] / {...}.

    Iterative (an explicit work stack) so that a list nested a million deep prints.
    """
    out: list[str] = []
    active: set[tuple[int, int]] = set()  # (arena, offset) of containers being printed
    work: list[_Work] = [_Cell(c, quoted=False)]
    while work:
        item = work.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, _Leave):
            active.discard(item.key)
        else:
            _expand(item, heap, active, work, out)
    return "".join(out)


@dataclass(frozen=True)
class _Cell:
    value: int
    quoted: bool


@dataclass(frozen=True)
class _Leave:
    key: tuple[int, int]


_Work = str | _Cell | _Leave


def _expand(item: _Cell, heap: HeapReader, active: set[tuple[int, int]], work: list[_Work], out: list[str]) -> None:
    """Print a scalar into out, or schedule a container's pieces on the work stack (in reverse)."""
    c = item.value
    tag = cell.tag(c)
    if tag == cell.TAG_HANDLE and cell.handle_arena(c) in (cell.ARENA_LIST, cell.ARENA_MAP):
        arena, offset = cell.handle_arena(c), cell.handle_slot(c) << 3
        is_list = arena == cell.ARENA_LIST
        if (arena, offset) in active:
            out.append("[...]" if is_list else "{...}")
            return
        active.add((arena, offset))
        if is_list:
            parts: list[list[_Work]] = [[_Cell(x, quoted=True)] for x in heap.list_items(offset)]
        else:
            parts = [[_Cell(k, quoted=True), ": ", _Cell(v, quoted=True)] for k, v in heap.map_items(offset)]
        pieces: list[_Work] = ["[" if is_list else "{"]
        for i, part in enumerate(parts):
            if i:
                pieces.append(", ")
            pieces.extend(part)
        pieces += ["]" if is_list else "}", _Leave((arena, offset))]
        work.extend(reversed(pieces))
        return
    text = _string_text(c, heap)
    if text is not None:
        out.append(quote(text) if item.quoted else text)
    else:
        out.append(format_scalar(c))


def _string_text(c: int, heap: HeapReader) -> str | None:
    if cell.tag(c) == cell.TAG_STR:
        data = cell.inline_str_bytes(c)
    elif cell.is_handle(c, cell.ARENA_STR):
        data = heap.string_bytes(cell.handle_slot(c) << 3)
    else:
        return None
    return data.decode("utf-8", errors="replace")


def format_scalar(c: int) -> str:
    """A Cell that is neither a string nor a container."""
    tag = cell.tag(c)
    if tag < cell.TAG_DEOPT:
        return repr(cell.bits_f64(c))
    if tag == cell.TAG_DEOPT:
        return f"deopt@{c & cell.MASK48}"
    if tag == cell.TAG_INT:
        return str(cell.to_int(c))
    if tag == cell.TAG_BOOL:
        return "true" if c & 1 else "false"
    if tag == cell.TAG_NULL:
        return "null"
    return f"<cell 0x{c:016x}>"  # tags 0xFFFD/0xFFFE and unknown arenas: no op makes them


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quote(text: str) -> str:
    """Double-quoted with Python-style escapes (what repr does, but always with double quotes)."""
    out = ['"']
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        else:
            out.append(repr(ch)[1:-1])  # \x07, \u2028, \U000e0001 as Python writes them
    out.append('"')
    return "".join(out)
