"""`--trace insns`: every machine instruction the emulator runs, grouped under the vm3 op it belongs to.

A header names the op (or FuncEntry, or jit_entry) whenever the code being run
changes owner: at each step, on entering a function, and when a call op's code
resumes after its callee returns. A runtime helper's instructions belong to the
op that called it and carry the helper's name.
"""

from __future__ import annotations

from typing import TextIO

from jit.compiler.image import ENTRY, Site
from jit.debug.labels import op_label
from jit.debug.trace import Step
from jit.errors import printable
from jit.machine.emulate import CODE_BASE, Emulation


class InsnTrace:
    def __init__(self, emu: Emulation, out: TextIO) -> None:
        self.emu = emu
        self.out = out
        self.program = emu.prepared.program
        self.code = emu.prepared.image.code
        self._cs = emu.isa.capstone()
        self._sites = {(s.func, s.pc): s for s in emu.prepared.image.sites if s.pc >= 0 and s.part == 0}
        self._text: dict[int, str] = {}  # Capstone text by address (the code never changes)
        self._group: tuple[int, int] | int | None = None  # (func, pc) of the op whose header was printed last,
        # or the image offset of a prologue or helper

    def step(self, step: Step) -> None:
        site = self._sites[(step.func, step.pc)]
        note = "" if site.size else " (no code: it is only the dropped jump to the next op)"
        self.out.write(f"[{step.depth}] {op_label(self.program, step.func, step.pc)}{note}\n")
        self._group = (step.func, step.pc)

    def insn(self, address: int, size: int) -> None:
        site = self.emu.site_at(address)
        assert site is not None  # the hook only covers the image
        helper = site.func < 0 and site.name != ENTRY
        group = (site.func, site.pc) if site.pc >= 0 else site.offset
        if not helper and group != self._group:
            self._group = group
            self.out.write(self._header(site) + "\n")
        offset = address - CODE_BASE
        text = self._text.get(address)
        if text is None:
            text = self._text[address] = self._disasm(offset, size)
        tag = f"  [{site.name}]" if helper else ""
        self.out.write(f"    0x{address:x} +0x{offset:04x}  {text}{tag}\n")

    def _header(self, site: Site) -> str:
        if site.func < 0:
            return site.name
        if site.pc < 0:
            return f"{printable(self.program.functions[site.func].name)} {site.name}"
        return f"{op_label(self.program, site.func, site.pc)} (resumed)"

    def _disasm(self, offset: int, size: int) -> str:
        for insn in self._cs.disasm(self.code[offset : offset + size], CODE_BASE + offset, 1):
            return f"{insn.mnemonic} {insn.op_str}".rstrip()
        return f".byte {self.code[offset : offset + size].hex(' ')}"
