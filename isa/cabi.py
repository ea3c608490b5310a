"""The platform C calling convention of an ISA, as the emulator needs it to call jit_entry.

One parameterised class serves both ISAs: x86-64 SysV passes the return address
on the stack, AAPCS64 in the link register.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import unicorn


@dataclass(frozen=True)
class CAbi:
    unicorn_consts: str  # module with the UC_*_REG_* constants, e.g. "unicorn.x86_const"
    reg_prefix: str  # "UC_X86_REG_"
    args: tuple[str, ...]  # integer argument registers in order
    result: str
    sp: str
    pc: str
    link: str | None  # None: the return address is pushed on the stack

    def reg(self, name: str) -> int:
        """Unicorn's id of a register named as in assembly (rdi, x0)."""
        return getattr(importlib.import_module(self.unicorn_consts), self.reg_prefix + name.upper())

    def set_call(self, uc: unicorn.Uc, args: tuple[int, ...], stack_top: int, return_to: int) -> None:
        """Registers and stack as at the first instruction of a C function called with `args`."""
        for name, value in zip(self.args, args, strict=False):
            uc.reg_write(self.reg(name), value)
        sp = stack_top - 64  # 16-aligned, with room above
        if self.link is None:
            sp -= 8
            uc.mem_write(sp, return_to.to_bytes(8, "little"))
        else:
            uc.reg_write(self.reg(self.link), return_to)
        uc.reg_write(self.reg(self.sp), sp)

    def read_pc(self, uc: unicorn.Uc) -> int:
        return uc.reg_read(self.reg(self.pc))

    def read_result(self, uc: unicorn.Uc) -> int:
        return uc.reg_read(self.reg(self.result))


X86_64_SYSV = CAbi(
    "unicorn.x86_const", "UC_X86_REG_", ("rdi", "rsi", "rdx", "rcx", "r8", "r9"), "rax", "rsp", "rip", None
)
AAPCS64 = CAbi("unicorn.arm64_const", "UC_ARM64_REG_", tuple(f"x{i}" for i in range(8)), "x0", "sp", "pc", "x30")
