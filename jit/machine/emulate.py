"""The emulate backend: the same image and VM memory under Unicorn, for either ISA, on any host."""

from __future__ import annotations

import bisect

from jit.compiler.image import Site
from jit.errors import ErrorKind, VMError
from jit.isa.registry import get_isa
from jit.machine.prepare import Prepared, machine_stack_size
from jit.machine.vmmemory import PAGE
from jit.vm.results import Result

CODE_BASE = 0x1000_0000
STACK_TOP = 0x8000_0000
MEM_BASE = 0x1_0000_0000
STOP = 0x1000  # return address of the entry call: reaching it ends the run


def _pages(n: int) -> int:
    return (n + PAGE - 1) // PAGE * PAGE


class Emulation:
    """One prepared run mapped into a Unicorn instance."""

    def __init__(self, prepared: Prepared, isa_name: str) -> None:
        from unicorn import UC_PROT_ALL, UC_PROT_EXEC, UC_PROT_READ, UC_PROT_WRITE

        self.prepared = prepared
        self.isa = get_isa(isa_name)
        self.uc = uc = self.isa.unicorn()
        image = prepared.image
        uc.mem_map(CODE_BASE, _pages(len(image.code)), UC_PROT_READ | UC_PROT_EXEC)
        uc.mem_write(CODE_BASE, image.code)
        uc.mem_map(MEM_BASE, prepared.plan.size, UC_PROT_READ | UC_PROT_WRITE)
        for offset, data in prepared.memory_writes(MEM_BASE):
            uc.mem_write(MEM_BASE + offset, data)
        stack = _pages(machine_stack_size(prepared.limits))
        uc.mem_map(STACK_TOP - stack, stack, UC_PROT_READ | UC_PROT_WRITE)
        uc.mem_map(STOP & ~(PAGE - 1), PAGE, UC_PROT_ALL)
        self._starts = [s.offset for s in image.sites]

    def read(self, offset: int, length: int) -> bytes:
        """Read VM memory (offsets as in jit.machine.vmmemory)."""
        return bytes(self.uc.mem_read(MEM_BASE + offset, length))

    def site_at(self, address: int) -> Site | None:
        """The image piece (op, FuncEntry or helper) holding a code address."""
        i = bisect.bisect_right(self._starts, address - CODE_BASE) - 1
        return self.prepared.image.sites[i] if i >= 0 else None

    def run(self, max_insns: int = 0) -> Result:
        """Call jit_entry(ctx, fn, ri, rf, rc) and decode the outcome; max_insns 0 means no limit."""
        from unicorn import UcError

        image = self.prepared.image
        fn = CODE_BASE + image.functions[self.prepared.program.entry]
        ri, rf, rc = self.prepared.entry_windows(MEM_BASE)
        self.isa.cabi.set_call(self.uc, (MEM_BASE, fn, ri, rf, rc), STACK_TOP, STOP)
        try:
            self.uc.emu_start(CODE_BASE + image.entry, STOP, count=max_insns)
        except UcError as e:
            pc = self.isa.cabi.read_pc(self.uc)
            raise RuntimeError(f"machine code faulted ({e}) at {self._where(pc)}") from None
        pc = self.isa.cabi.read_pc(self.uc)
        if pc != STOP:
            site = self.site_at(pc)
            func = self.prepared.program.functions[site.func].name if site and site.func >= 0 else "<runtime>"
            raise VMError(ErrorKind.INSN_LIMIT, func, site.pc if site else -1, f"after {max_insns} instructions")
        return self.prepared.outcome(self.read, self.isa.cabi.read_result(self.uc))

    def close(self) -> None:
        """Unicorn's memory goes with the instance; drop it now rather than at garbage collection."""
        self.uc = None  # type: ignore[assignment]

    def _where(self, address: int) -> str:
        site = self.site_at(address)
        if site is None:
            return f"0x{address:x} (outside the image)"
        name = self.prepared.program.functions[site.func].name if site.func >= 0 else site.name
        return f"image offset 0x{address - CODE_BASE:x} ({name} pc={site.pc} {site.name})"
