"""Byte-layout helpers both file formats need: alignment and NUL-terminated string tables."""

from __future__ import annotations

from collections.abc import Iterable


def align_up(value: int, align: int) -> int:
    return -(-value // align) * align


def pad_to(buf: bytearray, offset: int) -> None:
    """Zero-fill `buf` up to `offset`, which must not lie behind its end (a layout bug otherwise)."""
    assert offset >= len(buf), f"layout overlaps: {offset:#x} < {len(buf):#x}"
    buf += bytes(offset - len(buf))


def string_table(names: Iterable[str]) -> tuple[bytes, dict[str, int]]:
    """A table starting with NUL (so offset 0 is the empty name) and each distinct name's offset in it."""
    table = bytearray(b"\0")
    offsets: dict[str, int] = {"": 0}
    for name in names:
        if name not in offsets:
            offsets[name] = len(table)
            table += name.encode() + b"\0"
    return bytes(table), offsets
