"""The slots' machine registers (Isa.slot_registers, which the debugger reads) are where Clang puts the slot
parameters of vm3.h: a slot load run alone under Unicorn leaves the window's value in exactly that register."""

from __future__ import annotations

import pytest
from jit.isa.registry import ISA_NAMES, get_isa

from jit.stencilset.catalog import catalog

CODE, MEM, STOP = 0x10_0000, 0x20_0000, 0x10_0800
VALUE = 0x1234_5678_9ABC_DEF0


@pytest.mark.parametrize("isa_name", ISA_NAMES)
@pytest.mark.parametrize(("bank", "kind"), [(0, "I"), (1, "F")])
@pytest.mark.parametrize("slot", range(4))
def test_a_slot_load_fills_the_slot_register_the_isa_names(isa_name: str, bank: int, kind: str, slot: int) -> None:
    from unicorn import UC_PROT_ALL

    isa = get_isa(isa_name)
    stencil = catalog(isa_name).stencil(f"SlotLoad{kind}{slot}")
    code = bytearray(stencil.code)
    for hole in stencil.holes:
        value = {"_JIT_A": 3, "_JIT_A_OFF": 24, "_JIT_CONTINUE": STOP}[hole.symbol]
        isa.hole_kinds[hole.kind].patch(code, hole.offset, value + hole.addend, field_addr=CODE + hole.offset)
    uc = isa.unicorn()
    uc.mem_map(CODE, 0x1000, UC_PROT_ALL)
    uc.mem_map(MEM, 0x1000, UC_PROT_ALL)
    uc.mem_write(CODE, bytes(code))
    uc.mem_write(MEM + 24, VALUE.to_bytes(8, "little"))
    window = isa.cabi.reg(isa.abi_registers["ri" if bank == 0 else "rf"])
    uc.reg_write(window, MEM)
    uc.emu_start(CODE, STOP)
    assert uc.reg_read(isa.cabi.reg(isa.slot_registers[bank][slot])) & (2**64 - 1) == VALUE
