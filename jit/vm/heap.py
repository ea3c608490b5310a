"""The Python model of the VM heap: a bump allocator whose byte accounting matches the C runtime.

Only the *sizes* and places of allocations are modelled (docs/semantics.md, "Heap"), so
that the interpreter runs out of heap at exactly the op where the machine code
does and hands out identical handle bits. Object contents live in Python
containers keyed by the offset of the object's first block.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jit.errors import ErrorKind
from jit.program import cell

_STR_HEADER = 8
_LIST_HEADER = 24
_MAP_HEADER = 40
_MAP_ENTRY = 24  # 16 bytes of key/value entry + two u32 index slots
_MIN_CAP = 4

# cell >> 32 of a generation-0 handle into each arena.
_STR_HI = (cell.TAG_HANDLE << 16) | (cell.ARENA_STR << 12)
_LIST_HI = (cell.TAG_HANDLE << 16) | (cell.ARENA_LIST << 12)
_MAP_HI = (cell.TAG_HANDLE << 16) | (cell.ARENA_MAP << 12)


class Fault(Exception):
    """A runtime error signalled below the interpreter loop; the loop adds the function and pc."""

    def __init__(self, kind: ErrorKind, detail: str = "") -> None:
        super().__init__(detail)
        self.kind, self.detail = kind, detail


def align8(n: int) -> int:
    return (n + 7) & ~7


def map_capacity(hint: int) -> int:
    """Entries of a new map's first block: max(4, next power of two >= hint)."""
    return max(_MIN_CAP, 1 << max(hint - 1, 0).bit_length())


@dataclass
class ListObj:
    items: list[int] = field(default_factory=list)  # element Cells
    cap: int = 0  # capacity of the current data block
    data: int = 0  # offset of the current data block (0: none yet)


@dataclass
class MapObj:
    entries: dict[int, int] = field(default_factory=dict)  # int48 key (signed) -> value Cell
    cap: int = _MIN_CAP
    block: int = 0  # offset of the current block (entries, then index slots)


class Heap:
    """Bump allocator of `size` bytes with strings, lists and maps; also a jit.vm.results.HeapReader."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.used = 0
        self.mark = 0  # the heap's end when the innermost region opened (0: none is open)
        self.floor = 0  # no region may close below this
        self._strings: dict[int, bytes] = {}
        self._lists: dict[int, ListObj] = {}
        self._maps: dict[int, MapObj] = {}

    def ends_heap(self, offset: int, nbytes: int) -> bool:
        """Whether the block of nbytes at offset is the last one allocated, so that it can grow in place."""
        return nbytes > 0 and offset + nbytes == self.used

    # Regions (docs/semantics.md, "Reclaiming")

    def open_region(self) -> int:
        """A call opens a region: the mark of the one around it, to give back to close_region."""
        saved, self.mark = self.mark, self.used
        return saved

    def close_region(self, saved: int, boxed: bool) -> None:
        """The call returned: unless its result is a Cell (boxed), everything allocated since the region opened
        is freed, down to the floor."""
        if not boxed:
            self._truncate(max(self.mark, self.floor))
        self.mark = saved

    def _keep_all(self) -> None:
        """Something older now refers to something younger: nothing allocated so far may be freed."""
        self.floor = self.used

    def _grown(self, c: int) -> None:
        """Object c's block grew: if c may outlive a region that its new block would not (c is older than the
        innermost region or below the floor), nothing allocated so far may be freed."""
        if cell.handle_slot(c) * 8 < max(self.mark, self.floor):
            self._keep_all()

    def _truncate(self, end: int) -> None:
        """Free every object from offset `end` on (the dicts hold objects in allocation order)."""
        self.used = end
        for objects in (self._strings, self._lists, self._maps):
            while objects and next(reversed(objects)) >= end:
                objects.popitem()

    def alloc(self, nbytes: int) -> int:
        """Offset of a fresh block of nbytes rounded up to 8; HEAP_EXHAUSTED if it would pass `size`."""
        n = align8(nbytes)
        if self.used + n > self.size:
            raise Fault(ErrorKind.HEAP_EXHAUSTED, f"{n} more bytes with {self.used} of {self.size} used")
        offset = self.used
        self.used += n
        return offset

    # Strings

    def new_string(self, data: bytes) -> int:
        """Cell of a string: inline up to 5 bytes, else a heap block of 8 + align8(len)."""
        if len(data) <= cell.INLINE_STR_MAX:
            return cell.inline_str(data)
        offset = self.alloc(_STR_HEADER + len(data))
        self._strings[offset] = data
        return cell.handle(cell.ARENA_STR, offset >> 3)

    def strings(self) -> dict[int, bytes]:
        """Heap strings by offset (the machine-code backends copy the start-up ones into VM memory)."""
        return self._strings

    def lists(self) -> dict[int, ListObj]:
        """Lists by header offset (jit.stencilcheck lays them out in VM memory)."""
        return self._lists

    def maps(self) -> dict[int, MapObj]:
        """Maps by header offset."""
        return self._maps

    def str_of(self, c: int) -> bytes:
        """Bytes of an inline string or string handle; WRONG_KIND for any other Cell."""
        if c >> 48 == cell.TAG_STR:
            return cell.inline_str_bytes(c)
        if c >> 32 == _STR_HI and (data := self._strings.get((c & 0xFFFFFFFF) << 3)) is not None:
            return data
        raise Fault(ErrorKind.WRONG_KIND, f"expected a string, got cell 0x{c:016x}")

    def concat(self, x: int, y: int) -> int:
        return self.new_string(self.str_of(x) + self.str_of(y))

    # Lists

    def new_list(self, hint: int) -> int:
        offset = self.alloc(_LIST_HEADER)
        data = self.alloc(hint * 8) if hint > 0 else 0
        self._lists[offset] = ListObj([], hint, data)
        return cell.handle(cell.ARENA_LIST, offset >> 3)

    def list_of(self, c: int) -> ListObj:
        if c >> 32 == _LIST_HI and (obj := self._lists.get((c & 0xFFFFFFFF) << 3)) is not None:
            return obj
        raise Fault(ErrorKind.WRONG_KIND, f"expected a list, got cell 0x{c:016x}")

    def list_push(self, c: int, value: int) -> None:
        obj = self.list_of(c)
        if len(obj.items) == obj.cap:
            new_cap = max(_MIN_CAP, 2 * obj.cap)
            if self.ends_heap(obj.data, obj.cap * 8):
                self.alloc((new_cap - obj.cap) * 8)
            else:
                obj.data = self.alloc(new_cap * 8)
            obj.cap = new_cap
            self._grown(c)
        obj.items.append(value)

    def list_get(self, c: int, index: int) -> int:
        items = self.list_of(c).items
        if 0 <= index < len(items):
            return items[index]
        raise Fault(ErrorKind.INDEX, f"list index {index} with length {len(items)}")

    def list_set(self, c: int, index: int, value: int) -> None:
        items = self.list_of(c).items
        if not 0 <= index < len(items):
            raise Fault(ErrorKind.INDEX, f"list index {index} with length {len(items)}")
        items[index] = value
        if value >> 48 == cell.TAG_HANDLE and value & 0xFFFFFFFF > c & 0xFFFFFFFF:
            self._keep_all()

    # Maps

    def new_map(self, hint: int) -> int:
        offset = self.alloc(_MAP_HEADER)
        cap = map_capacity(hint)
        block = self.alloc(cap * _MAP_ENTRY)
        self._maps[offset] = MapObj({}, cap, block)
        return cell.handle(cell.ARENA_MAP, offset >> 3)

    def map_of(self, c: int) -> MapObj:
        if c >> 32 == _MAP_HI and (obj := self._maps.get((c & 0xFFFFFFFF) << 3)) is not None:
            return obj
        raise Fault(ErrorKind.WRONG_KIND, f"expected a map, got cell 0x{c:016x}")

    def map_set(self, c: int, key: int, value: int) -> None:
        """Key and value are i64s; both are stored as int48 (the key is truncated before lookup)."""
        obj = self.map_of(c)
        k = cell.sext48(key)
        if k not in obj.entries and len(obj.entries) == obj.cap:
            if self.ends_heap(obj.block, obj.cap * _MAP_ENTRY):
                self.alloc(obj.cap * _MAP_ENTRY)
            else:
                obj.block = self.alloc(2 * obj.cap * _MAP_ENTRY)
            obj.cap *= 2
            self._grown(c)
        obj.entries[k] = cell.from_int(value)

    def map_get(self, c: int, key: int) -> int:
        """The i64 value of key (int48-truncated), or 0 when absent."""
        value = self.map_of(c).entries.get(cell.sext48(key))
        return 0 if value is None else cell.to_int(value)

    # jit.vm.results.HeapReader

    def string_bytes(self, offset: int) -> bytes:
        return self._strings[offset]

    def list_items(self, offset: int) -> list[int]:
        return self._lists[offset].items

    def map_items(self, offset: int) -> list[tuple[int, int]]:
        return [(cell.from_int(k), v) for k, v in self._maps[offset].entries.items()]
