"""x86-64: SysV host ABI, stencils in Keystone's Intel syntax."""

from __future__ import annotations

from jit.isa.base import Isa
from jit.isa.cabi import X86_64_SYSV
from jit.isa.x86_64.holes import KINDS, X86Locator
from jit.isa.x86_64.syntax import DIALECT

ISA = Isa(
    name="x86_64",
    ks_arch=4,  # keystone.KS_ARCH_X86
    ks_mode=8,  # keystone.KS_MODE_64
    cs_arch=3,  # capstone.CS_ARCH_X86
    cs_mode=8,  # capstone.CS_MODE_64
    uc_arch=4,  # unicorn.UC_ARCH_X86
    uc_mode=8,  # unicorn.UC_MODE_64
    abi_registers={"ri": "r12", "rf": "r13", "rc": "r14", "ctx": "r15", "result": "rax", "sp": "rsp"},
    hole_kinds=KINDS,
    dialect=DIALECT,
    locator=X86Locator(),
    cabi=X86_64_SYSV,
    slot_registers=(("r8", "r9", "r11", "rsi"), ("xmm0", "xmm1", "xmm2", "xmm3")),
)
