"""arm64: AAPCS64 host ABI (x18 left alone, so the code is valid on macOS too)."""

from __future__ import annotations

from jit.isa.arm64.holes import CHUNKED, KINDS, Arm64Locator
from jit.isa.arm64.syntax import DIALECT
from jit.isa.base import Isa
from jit.isa.cabi import AAPCS64

ISA = Isa(
    name="arm64",
    ks_arch=2,  # keystone.KS_ARCH_ARM64
    ks_mode=0,  # keystone.KS_MODE_LITTLE_ENDIAN
    cs_arch=1,  # capstone.CS_ARCH_ARM64
    cs_mode=0,  # capstone.CS_MODE_ARM
    uc_arch=2,  # unicorn.UC_ARCH_ARM64
    uc_mode=0,  # unicorn.UC_MODE_ARM
    abi_registers={"ri": "x20", "rf": "x21", "rc": "x22", "ctx": "x23", "result": "x0", "sp": "sp", "lr": "x30"},
    hole_kinds=KINDS,
    dialect=DIALECT,
    locator=Arm64Locator(),
    cabi=AAPCS64,
    slot_registers=(("x24", "x25", "x26", "x27"), ("d0", "d1", "d2", "d3")),
    chunked_kinds=CHUNKED,
)
