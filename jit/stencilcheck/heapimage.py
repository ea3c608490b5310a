"""A case's heap, modelled by jit.vm.heap.Heap and turned into (and read back from) the bytes the C runtime uses.

The model decides sizes, handles and where each list's and map's current data block lies (so they follow
docs/semantics.md); heap_writes lays every object out byte for byte as
jit/stencils/runtime.c does, and decode_objects reads objects back from raw heap bytes, checking that they are
consistent (blocks inside the used heap, every map key found through the map's index).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

from jit.program import cell
from jit.stencilset.header import vm
from jit.vm.heap import Heap

M64 = cell.MASK64
HEAP_REGION = 0x1_0000
"""Bytes of heap a case may use (its heap size is at most this)."""

_Q = struct.Struct("<Q")

ObjectKey = tuple[str, int]
"""("str" | "list" | "map", header offset in the heap)."""


def map_shift(cap: int) -> int:
    return 64 - (2 * cap).bit_length() + 1


def map_slot(key: int, shift: int) -> int:
    return ((key * vm("MAP_HASH_MULT")) & M64) >> shift


def map_index(keys: Iterable[int], cap: int) -> list[int]:
    """The u32 index slots (entry number + 1, 0 empty) the C runtime builds for keys in insertion order."""
    slots = [0] * (2 * cap)
    for i, key in enumerate(keys):
        s = map_slot(key, map_shift(cap))
        while slots[s]:
            s = (s + 1) & (2 * cap - 1)
        slots[s] = i + 1
    return slots


def heap_writes(heap: Heap) -> list[tuple[int, bytes]]:
    """(heap offset, bytes) of every object, exactly as jit/stencils/runtime.c lays them out."""
    out = [(off, _Q.pack(len(data)) + data) for off, data in heap.strings().items()]
    for off, obj in heap.lists().items():
        out.append((off, struct.pack("<3Q", len(obj.items), obj.cap, obj.data)))
        if obj.items:
            out.append((obj.data, struct.pack(f"<{len(obj.items)}Q", *obj.items)))
    for off, m in heap.maps().items():
        block = m.block
        keys = [cell.from_int(k) for k in m.entries]
        index = block + m.cap * vm("MAP_ENTRY_SIZE")
        out.append((off, struct.pack("<5Q", len(keys), m.cap, block, index, map_shift(m.cap))))
        flat = [x for k, v in zip(keys, m.entries.values(), strict=True) for x in (k, v)]
        out.append((block, struct.pack(f"<{len(flat)}Q", *flat)))
        slots = map_index(keys, m.cap)
        out.append((index, struct.pack(f"<{len(slots)}I", *slots)))
    return out


def _u64s(heap: bytes, off: int, n: int) -> tuple[int, ...]:
    return struct.unpack_from(f"<{n}Q", heap, off)


def decode_objects(heap: bytes, used: int, keys: Iterable[ObjectKey], problems: list[str]) -> dict[ObjectKey, object]:
    """Decode the named objects from raw heap bytes, checking that blocks lie in the used heap and that
    every map key is found through the map's index (each inconsistency is appended to `problems`)."""
    out: dict[ObjectKey, object] = {}
    for kind, off in keys:
        if not 0 <= off <= used - 8:
            problems.append(f"{kind} at {off} lies outside the used heap")
            continue
        if kind == "str":
            (n,) = _u64s(heap, off, 1)
            out[kind, off] = heap[off + 8 : off + 8 + n] if off + 8 + n <= used else None
        elif kind == "list":
            n, cap, data = _u64s(heap, off, 3)
            if (cap and data + 8 * cap > used) or n > cap:
                problems.append(f"list at {off}: len {n}, cap {cap}, data {data} inconsistent")
                continue
            out[kind, off] = (cap, _u64s(heap, data, n))
        else:
            n, cap, entries, index, shift = _u64s(heap, off, 5)
            if entries + cap * vm("MAP_BLOCK_PER_CAP") > used or n > cap or shift != map_shift(cap):
                problems.append(f"map at {off}: len {n}, cap {cap}, block {entries}, shift {shift} inconsistent")
                continue
            flat = _u64s(heap, entries, 2 * n)
            items = tuple(zip(flat[::2], flat[1::2], strict=True))
            slots = struct.unpack_from(f"<{2 * cap}I", heap, index)
            for i, (key, _) in enumerate(items):
                s = map_slot(key, shift)
                while slots[s] not in (0, i + 1):
                    s = (s + 1) & (2 * cap - 1)
                if slots[s] != i + 1:
                    problems.append(f"map at {off}: key {key:#x} (entry {i}) not found through the index")
            out[kind, off] = (cap, items)
    return out


def model_objects(heap: Heap, keys: Iterable[ObjectKey]) -> dict[ObjectKey, object]:
    """Every string, and the named lists and maps, of the model heap, in decode_objects' form."""
    out: dict[ObjectKey, object] = {("str", off): data for off, data in heap.strings().items()}
    for kind, off in keys:
        if kind == "list":
            obj = heap.list_of(cell.handle(cell.ARENA_LIST, off // 8))
            out[kind, off] = (obj.cap, tuple(obj.items))
        else:
            m = heap.map_of(cell.handle(cell.ARENA_MAP, off // 8))
            out[kind, off] = (m.cap, tuple(heap.map_items(off)))
    return out
