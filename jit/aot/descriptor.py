"""The program descriptor jit_aot_program (read-only data) and the layout of an object's jit_aot_state.

The AOT runtime (jit/stencils/aot_*.c) has no data of its own: everything it needs to know about the program
is here, at the offsets jit/stencils/aot.h gives (read as numbers, as jit.stencilset.header reads vm3.h):
the program's data area, the start-up heap of string constants, a record per function, the limits, the
texts, the Unicode tables. An object's VM is zero-filled data: the state, the three bank stacks (which the
result printer's stack overlays) and the heap.
"""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass

from jit.aot.texts import program_texts
from jit.aot.unicode import tables
from jit.program.model import Program
from jit.stencilset.header import constants
from jit.vm.heap import Heap
from jit.vm.limits import STACK_PER_DEPTH, STACK_SLACK, Limits

_ALIGN = 16


def aot(name: str) -> int:
    """A number of jit/stencils/aot.h, e.g. aot("PROG_SIZE") is VM_AOT_PROG_SIZE."""
    return constants("aot.h")["VM_AOT_" + name]


def _align(n: int, to: int = _ALIGN) -> int:
    return -(-n // to) * to


@dataclass(frozen=True)
class StateLayout:
    """Offsets in an object's jit_aot_state, and its size: the state, then the bank stacks, which the result
    printer's stack overlays (it runs when the run is over), then the heap, then the regions' marks."""

    banks: int
    heap: int
    print_stack: int
    marks: int
    size: int

    @classmethod
    def for_limits(cls, limits: Limits) -> StateLayout:
        banks = _align(aot("STATE_SIZE"))
        frames = (limits.heap_size // aot("FRAME_HEAP") + 1) * aot("FRAME_SIZE")  # at most one per 32 heap bytes
        heap = _align(banks + max(3 * 8 * limits.stack_regs, frames))
        marks = heap + _align(limits.heap_size)
        return cls(banks, heap, banks, marks, marks + _align(8 * (limits.max_depth + 1)))


def heap_image(heap: Heap) -> bytes:
    """The heap's bytes as the C runtime lays them out: each string a u64 length, then its bytes, 8-aligned."""
    image = bytearray(heap.used)
    for offset, data in heap.strings().items():
        image[offset : offset + 8 + len(data)] = len(data).to_bytes(8, "little") + data
    return bytes(image)


class _Blob:
    """Read-only data being laid out: pieces at 16-aligned offsets."""

    def __init__(self, size: int) -> None:
        self.data = bytearray(size)

    def add(self, piece: bytes) -> int:
        offset = _align(len(self.data))
        self.data += bytes(offset - len(self.data)) + piece
        return offset


def descriptor(
    program: Program, data_area: bytes, heap: Heap, limits: Limits, state: StateLayout | None, *, heap_of_machine: bool
) -> bytes:
    """jit_aot_program for `program` compiled with `data_area`, its string constants interned in `heap`; with
    heap_of_machine, an executable's heap limit is the memory of the machine it runs on."""
    blob = _Blob(aot("PROG_SIZE"))
    fields = {
        "DATA": blob.add(data_area),
        "HEAP_IMAGE": blob.add(heap_image(heap)),
        "HEAP_IMAGE_SIZE": heap.used,
        "NFUNCS": len(program.functions),
        "ENTRY": program.entry,
        "MAX_DEPTH": limits.max_depth,
        "HEAP_SIZE": aot("HEAP_OF_MACHINE") if heap_of_machine else limits.heap_size,
        "STACK_REGS": limits.stack_regs,
        "STACK_PER_DEPTH": STACK_PER_DEPTH,
        "STACK_SLACK": STACK_SLACK,
        "INT_DIGITS": sys.get_int_max_str_digits(),
    }
    signatures = _signatures(program)
    names = [blob.add(f.name.encode()) for f in program.functions]
    records = bytearray()
    for f, name, sig in zip(program.functions, names, signatures, strict=True):
        records += struct.pack("<8Q", name, len(f.name.encode()), sig, len(f.params), f.result, *f.nregs)
    fields["FUNCS"] = blob.add(bytes(records))
    texts = [t.encode() for t in program_texts(program.entry_function)]
    at = [blob.add(t) for t in texts]
    fields["TEXTS"] = blob.add(b"".join(struct.pack("<II", a, len(t)) for a, t in zip(at, texts, strict=True)))
    t = tables()
    fields["NONPRINT"] = blob.add(b"".join(struct.pack("<II", a, b) for a, b in t.nonprintable))
    fields["NONPRINT_COUNT"] = len(t.nonprintable)
    fields["DIGITS"] = blob.add(b"".join(struct.pack("<II", a, n << 4 | v) for a, n, v in t.digits))
    fields["DIGITS_COUNT"] = len(t.digits)
    fields["SPACES"] = blob.add(b"".join(struct.pack("<I", c) for c in t.spaces))
    fields["SPACES_COUNT"] = len(t.spaces)
    if state is not None:
        fields.update(BANKS=state.banks, HEAP=state.heap, PRINT_STACK=state.print_stack, MARKS=state.marks)
    for name, value in fields.items():
        struct.pack_into("<Q", blob.data, aot("PROG_" + name), value)
    return bytes(blob.data)


def _signatures(program: Program) -> list[int]:
    """Where each function's parameter banks are in the data area (jit.compiler.holes.DataArea puts them)."""
    from jit.compiler.holes import DataArea

    return DataArea(program).signatures
