"""The AOT runtime's functions called one at a time under Unicorn, on either ISA, as every stencil is tested.

`Runtime(isa)` builds an AOT executable's image (jit.aot.build) for a small program, links it at fixed addresses
with jit.aot.relocate (so the descriptor's texts and Unicode tables are there, reached through the same
PC-relative relocations as in a real output), maps it into Unicorn and calls any runtime function by name
with the platform C ABI. Output functions write into a bounded `Out` (fd -1: no system call).
"""

from __future__ import annotations

import struct

from jit.isa.registry import get_isa

from jit.aot.build import Output, build
from jit.aot.objimage import SectionKind
from jit.aot.relocate import linked_sections
from jit.program.model import Program
from jit.program.text import parse_text
from jit.vm.limits import Limits

TEXT_AT = 0x10_0000
SCRATCH_AT = 0x4000_0000
SCRATCH_SIZE = 0x20_0000
STACK_TOP = 0x5000_0000
STACK_SIZE = 0x10_0000
STOP = 0x6000_0000
PAGE = 0x1_0000
MAX_INSNS = 50_000_000
OUT_CAP = 0x10_0000

PROGRAM = """
func main(i64, f64, cell) -> cell
    ReturnCell c0
end
"""


def _pages(n: int) -> int:
    return -(-n // PAGE) * PAGE


class Runtime:
    def __init__(self, isa_name: str, program: Program | None = None) -> None:
        from unicorn import UC_PROT_ALL

        self.isa = get_isa(isa_name)
        program = program or parse_text(PROGRAM, "harness.vm3")
        image = build(program, isa_name, Output.EXECUTABLE, Limits(), "t_").image
        at = TEXT_AT
        self.addresses: dict[SectionKind, int] = {}
        for sec in image.ordered_sections():
            self.addresses[sec.kind] = at
            at = _pages(at + sec.size + 1)
        contents = linked_sections(image, self.addresses)
        self.uc = self.isa.unicorn()
        self.uc.mem_map(TEXT_AT, _pages(at - TEXT_AT), UC_PROT_ALL)
        for kind, data in contents.items():
            self.uc.mem_write(self.addresses[kind], data)
        for base, size in ((SCRATCH_AT, SCRATCH_SIZE), (STACK_TOP - STACK_SIZE, STACK_SIZE), (STOP, PAGE)):
            self.uc.mem_map(base, size, UC_PROT_ALL)
        self.symbols = {s.name: self.addresses[s.section] + s.offset for s in image.symbols if s.section is not None}

    def call(self, name: str, *args: int) -> int:
        """The function's raw 64-bit result (integer arguments only, each as a 64-bit pattern)."""
        abi = self.isa.cabi
        abi.set_call(self.uc, tuple(a & (1 << 64) - 1 for a in args), STACK_TOP, STOP)
        self.uc.emu_start(self.symbols[name], STOP, count=MAX_INSNS)
        assert abi.read_pc(self.uc) == STOP, f"{name} did not return within {MAX_INSNS} instructions"
        return abi.read_result(self.uc)

    def write(self, addr: int, data: bytes) -> None:
        self.uc.mem_write(addr, data)

    def read(self, addr: int, n: int) -> bytes:
        return bytes(self.uc.mem_read(addr, n))

    def u64(self, addr: int) -> int:
        return struct.unpack("<Q", self.read(addr, 8))[0]

    # Output into a bounded buffer: Out {buf, len, cap, total, fd = -1, error} at the start of the scratch.

    OUT = SCRATCH_AT
    BUF = SCRATCH_AT + 0x100
    ARG = SCRATCH_AT + 0x100 + OUT_CAP  # inputs go here

    def printed(self, name: str, *args: int) -> bytes:
        """What output function `name`(out, *args) writes."""
        self.write(self.OUT, struct.pack("<QQQQqq", self.BUF, 0, OUT_CAP, 0, -1, 0))
        self.call(name, self.OUT, *args)
        length, total = struct.unpack("<Q8xQ", self.read(self.OUT + 8, 24))
        assert length == total, "the output did not fit the test's buffer"
        return self.read(self.BUF, length)

    def text_at(self, data: bytes) -> int:
        """Put input bytes in the scratch; their address."""
        self.write(self.ARG, data)
        return self.ARG
