"""Hole kinds of both ISAs: extreme values patched into real Keystone instructions read back by Capstone,
out-of-range values refused, and the ISA registry."""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass

import capstone
import keystone
import pytest
import unicorn
import unicorn.arm64_const
from capstone import arm64 as cs_arm64
from capstone import x86 as cs_x86
from hypothesis import given, settings
from hypothesis import strategies as st
from jit.isa.arm64.holes import SignedAddSub, SignedMoveWide
from jit.isa.holes import HoleKind
from jit.isa.registry import ISA_NAMES, get_isa, host_isa

from jit.errors import HolePatchError, InputError
from jit.stencilset.assemble import assemble_stencil
from jit.stencilset.model import Hole, Stencil

M64 = (1 << 64) - 1
_U64_VALUES = (0, M64, 1 << 63, 0x0123_4567_89AB_CDEF, -1, -(1 << 63), -5)
BASE = 0x1_0000_0000  # where the instruction is decoded, so that negative displacements stay positive addresses


def _imm(insn: capstone.CsInsn) -> int:
    return insn.operands[-1].imm


def _disp(insn: capstone.CsInsn) -> int:
    return next(op.mem.disp for op in insn.operands if op.type == cs_x86.X86_OP_MEM)


def _rip_target(insn: capstone.CsInsn) -> int:
    return insn.address + insn.size + _disp(insn)


def _mem_disp(insn: capstone.CsInsn) -> int:
    return next(op.mem.disp for op in insn.operands if op.type == cs_arm64.ARM64_OP_MEM)


def _add_imm(insn: capstone.CsInsn) -> int:
    """What an add_abs12s field holds: the immediate of an add, adds or cmn, minus that of a sub, subs or cmp."""
    return _imm(insn) if insn.mnemonic in ("add", "adds", "cmn") else -_imm(insn)


def _sub_imm(insn: capstone.CsInsn) -> int:
    return -_add_imm(insn)


def _chunk(insn: capstone.CsInsn) -> int:
    op = insn.operands[-1]
    assert op.type == cs_arm64.ARM64_OP_IMM
    return op.imm << op.shift.value


@dataclass(frozen=True)
class Case:
    isa: str
    kind: str
    text: str
    """Keystone text with exactly one marker of `kind` (arm64 chunks come as a whole movz/movk sequence)."""
    decoded: Callable[[capstone.CsInsn], int]
    """What Capstone shows: the immediate, displacement, chunk (shifted) or referenced address."""


def _case(isa: str, text: str, decoded: Callable[[capstone.CsInsn], int]) -> Case:
    return Case(isa, text.split("{", 1)[1].split(":", 1)[0], text, decoded)


def _chunk_cases(first: str) -> list[Case]:
    """One case per chunk of a full sequence whose first instruction is `first` (movz or movk) on chunk 0 or 1."""
    lead = int(first.split("abs_g")[1][0])
    rest = [f"movk x8, #{{abs_g{k}:S}}" + (f", lsl #{16 * k}" if k else "") for k in range(4) if k != lead]
    text = "\n".join([first, *rest])
    return (
        [Case("arm64", f"abs_g{k}", text, _chunk) for k in range(4)]
        if lead == 0
        else [Case("arm64", f"abs_g{lead}", text, _chunk)]
    )


CASES = [
    _case("x86_64", "mov esi, {abs32:S}", _imm),
    _case("x86_64", "mov rax, qword ptr [r12 + {abs32s:S}]", _disp),
    _case("x86_64", "mov rax, {abs32s:S}", _imm),
    _case("x86_64", "movabs rax, {abs64:S}", _imm),
    _case("x86_64", "jmp {rel32:S}", _imm),
    _case("x86_64", "jne {rel32:S}", _imm),
    _case("x86_64", "call {rel32:S}", _imm),
    _case("x86_64", "lea rax, [rip + {rel32:S}]", _rip_target),
    _case("x86_64", "cmp dword ptr [rip + {rel32:S}], 5", _rip_target),
    *_chunk_cases("movz x8, #{abs_g0:S}"),
    *_chunk_cases("movk x8, #{abs_g0:S}"),
    *_chunk_cases("movz x8, #{abs_g1:S}, lsl #16"),
    _case("arm64", "movz x8, #{uabs_g0:S}", _chunk),
    Case("arm64", "uabs_g1", "movz x8, #{abs_g0:S}\nmovk x8, #{uabs_g1:S}, lsl #16", _chunk),
    _case("arm64", "movz x8, #{sabs_g0:S}", _imm),
    _case("arm64", "b {jump26:S}", _imm),
    _case("arm64", "bl {call26:S}", _imm),
    _case("arm64", "b.ne {condbr19:S}", _imm),
    _case("arm64", "cbz x0, {condbr19:S}", _imm),
    _case("arm64", "cbnz w3, {condbr19:S}", _imm),
    _case("arm64", "tbz w0, #3, {tstbr14:S}", _imm),
    _case("arm64", "tbnz x5, #40, {tstbr14:S}", _imm),
    _case("arm64", "adrp x1, {page21:S}", _imm),
    _case("arm64", "add x1, x1, {pageoff12:S}", _imm),
    _case("arm64", "ldr x8, [x20, #{ldst64_abs12:S}]", _mem_disp),
    _case("arm64", "str d3, [x21, #{ldst64_abs12:S}]", _mem_disp),
    _case("arm64", "add x8, x9, #{add_abs12s:S}", _add_imm),
    _case("arm64", "cmn w8, #{add_abs12s:S}", _add_imm),
    _case("arm64", "sub x24, x24, #{sub_abs12s:S}", _sub_imm),
    _case("arm64", "cmp x8, #{sub_abs12s:S}", _sub_imm),
]


def _hole(case: Case) -> tuple[Stencil, Hole]:
    stencil = assemble_stencil(get_isa(case.isa), case.text, "case.s")
    (hole,) = (h for h in stencil.holes if h.kind == case.kind)
    return stencil, hole


def _insn_at(cs: capstone.Cs, code: bytes, offset: int) -> capstone.CsInsn:
    """The instruction (decoded at BASE) that holds code[offset]."""
    return next(i for i in cs.disasm(code, BASE) if i.address <= BASE + offset < i.address + i.size)


def _in_range_values(kind: HoleKind, field_addr: int) -> list[int]:
    if kind.value_range is not None:
        lo, hi = kind.value_range
        step = kind.scale
        return sorted({lo, hi, 0, step, (hi // 2 + 1) // step * step} | ({-step} if lo < 0 else set()))
    lo, hi = kind.displacement_range or (0, 0)
    return [field_addr + d for d in (lo, hi, 0, kind.scale, -kind.scale)]


def _out_of_range_values(kind: HoleKind, field_addr: int) -> list[int]:
    if kind.value_range is not None:
        lo, hi = kind.value_range
        return [lo - kind.scale, hi + kind.scale] + ([kind.scale // 2] if kind.scale > 1 else [])
    lo, hi = kind.displacement_range or (0, 0)
    bad = [lo - kind.scale, hi + kind.scale, lo - (1 << 40), hi + (1 << 40)]
    if kind.scale > 1:
        bad += [hi - kind.scale // 2, 2, -2]
    return [field_addr + d for d in bad]


def _field_value(kind: HoleKind, value: int) -> int:
    """An absolute kind's share of `value`, as its field holds it (sign-extended if the field is signed)."""
    if isinstance(kind, SignedMoveWide | SignedAddSub):
        return value  # movz or movn, add or sub: the instruction holds the whole value
    n = (value // kind.scale >> kind.chunk_lsb) & ((1 << kind.width) - 1)
    if kind.signed and n >> (kind.width - 1):
        n -= 1 << kind.width
    return (n << kind.chunk_lsb) * kind.scale


def _case_id(case: Case) -> str:
    return f"{case.isa}:{case.kind}:{case.text.splitlines()[0]}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_extreme_values_read_back_through_capstone(case: Case) -> None:
    isa = get_isa(case.isa)
    stencil, hole = _hole(case)
    kind = isa.hole_kinds[hole.kind]
    cs = isa.capstone()
    cs.detail = True
    for value in _in_range_values(kind, BASE + hole.offset):
        code = bytearray(stencil.code)
        kind.patch(code, hole.offset, value, field_addr=BASE + hole.offset)
        insn = _insn_at(cs, bytes(code), hole.offset)
        # PC-relative: Capstone shows the address referred to, which is the symbol S = value - addend.
        shown = value - hole.addend if kind.pc_relative else _field_value(kind, value)
        assert case.decoded(insn) & M64 == shown & M64, hex(value)
        read_back = value if kind.pc_relative else _field_value(kind, value)
        assert kind.read(code, hole.offset, field_addr=BASE + hole.offset) == read_back


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_out_of_range_values_are_refused_and_leave_the_code_alone(case: Case) -> None:
    stencil, hole = _hole(case)
    kind = get_isa(case.isa).hole_kinds[hole.kind]
    for value in _out_of_range_values(kind, BASE + hole.offset):
        code = bytearray(stencil.code)
        with pytest.raises(HolePatchError, match=kind.name):
            kind.patch(code, hole.offset, value, field_addr=BASE + hole.offset)
        assert code == stencil.code


def test_refusal_messages_are_precise() -> None:
    x86 = get_isa("x86_64").hole_kinds
    arm = get_isa("arm64").hole_kinds
    with pytest.raises(HolePatchError, match=r"^value -1 out of range for abs32 \(0\.\.2\^32-1\)$"):
        x86["abs32"].patch(bytearray(4), 0, -1, field_addr=0)
    with pytest.raises(HolePatchError, match=r"^value 2147483648 out of range for abs32s \(-2\^31\.\.2\^31-1\)$"):
        x86["abs32s"].patch(bytearray(4), 0, 1 << 31, field_addr=0)
    with pytest.raises(HolePatchError, match=r"^displacement 134217728 out of range for jump26 \(-2\^27\.\.2\^27-4\)$"):
        arm["jump26"].patch(bytearray(4), 0, 1 << 27, field_addr=0)
    with pytest.raises(HolePatchError, match=r"^displacement 6 is not a multiple of 4 for condbr19$"):
        arm["condbr19"].patch(bytearray(4), 0, 106, field_addr=100)
    with pytest.raises(HolePatchError, match=r"outside the 4-byte code"):
        arm["abs_g0"].patch(bytearray(4), 2, 1, field_addr=0)


SEQUENCES = [
    ("movz x8, #{abs_g0:S}\n" + "\n".join(f"movk x8, #{{abs_g{k}:S}}, lsl #{16 * k}" for k in (1, 2, 3)), _U64_VALUES),
    ("movz x8, #{abs_g0:S}\nmovk x8, #{uabs_g1:S}, lsl #16", (0, 1, 0xFFFF, 0x10000, 0xFFFF_FFFF, 0x8000_0000)),
    ("movz x8, #{uabs_g0:S}", (0, 1, 0x8000, 0xFFFF)),
    ("movz x8, #{sabs_g0:S}", (0, 1, -1, -0x10000, 0xFFFF, -0x8000, 0x7FFF)),
]


@pytest.mark.parametrize(("text", "values"), SEQUENCES, ids=[t.split("{")[1].split(":")[0] for t, _ in SEQUENCES])
def test_move_wide_sequences_build_the_value_under_unicorn(text: str, values: tuple[int, ...]) -> None:
    isa = get_isa("arm64")
    stencil = assemble_stencil(isa, text + "\nret", "seq.s")
    for value in values:
        code = bytearray(stencil.code)
        for h in stencil.holes:
            isa.hole_kinds[h.kind].patch(code, h.offset, value + h.addend, field_addr=h.offset)
        uc = isa.unicorn()
        uc.mem_map(0x10000, 0x1000)
        uc.mem_write(0x10000, bytes(code))
        uc.emu_start(0x10000, 0x10000 + len(code) - 4)
        assert uc.reg_read(unicorn.arm64_const.UC_ARM64_REG_X8) == value & M64


def _kinds() -> list[tuple[str, str]]:
    return [(n, k) for n in ISA_NAMES for k in get_isa(n).hole_kinds]


@pytest.mark.parametrize(("isa_name", "kind_name"), _kinds())
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_patch_then_read_round_trips_and_keeps_other_bits(isa_name: str, kind_name: str, data: st.DataObject) -> None:
    kind = get_isa(isa_name).hole_kinds[kind_name]
    filler = data.draw(st.binary(min_size=kind.container, max_size=kind.container))
    field_addr = data.draw(st.integers(0, 1 << 48))
    if kind.value_range is not None:
        lo, hi = kind.value_range
        value = kind.scale * data.draw(st.integers(-(-lo // kind.scale), hi // kind.scale))
        expected = _field_value(kind, value)
    else:
        lo, hi = kind.displacement_range or (0, 0)
        value = field_addr + kind.scale * data.draw(st.integers(lo // kind.scale, hi // kind.scale))
        expected = value
    code = bytearray(filler)
    kind.patch(code, 0, value, field_addr=field_addr)
    assert kind.read(code, 0, field_addr=field_addr) == expected
    mask = kind.field_mask
    assert int.from_bytes(code, "little") & ~mask == int.from_bytes(filler, "little") & ~mask


def test_isa_constants_are_the_libraries() -> None:
    x86, arm = get_isa("x86_64"), get_isa("arm64")
    assert (x86.ks_arch, x86.ks_mode) == (keystone.KS_ARCH_X86, keystone.KS_MODE_64)
    assert (arm.ks_arch, arm.ks_mode) == (keystone.KS_ARCH_ARM64, keystone.KS_MODE_LITTLE_ENDIAN)
    assert (x86.cs_arch, x86.cs_mode) == (capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    assert (arm.cs_arch, arm.cs_mode) == (capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)
    assert (x86.uc_arch, x86.uc_mode) == (unicorn.UC_ARCH_X86, unicorn.UC_MODE_64)
    assert (arm.uc_arch, arm.uc_mode) == (unicorn.UC_ARCH_ARM64, unicorn.UC_MODE_ARM)
    assert x86.keystone().asm("ret", 0)[0] == [0xC3]
    assert arm.keystone().asm("ret", 0)[0] == list(bytes.fromhex("c0035fd6"))


def test_registry() -> None:
    assert [get_isa(n).name for n in ISA_NAMES] == list(ISA_NAMES)
    with pytest.raises(InputError, match="unknown ISA 'riscv64'"):
        get_isa("riscv64")


@pytest.mark.parametrize(
    ("machine", "expected"),
    [("x86_64", "x86_64"), ("AMD64", "x86_64"), ("aarch64", "arm64"), ("arm64", "arm64"), ("riscv64", None)],
)
def test_host_isa(monkeypatch: pytest.MonkeyPatch, machine: str, expected: str | None) -> None:
    monkeypatch.setattr(platform, "machine", lambda: machine)
    assert host_isa() == expected


_ADD_LIKE = ("add", "adds", "cmn")


@pytest.mark.parametrize("op", ["add", "adds", "sub", "subs", "cmp", "cmn"])
def test_add_sub_immediates_compute_what_the_register_form_computes_under_unicorn(op: str) -> None:
    """add/sub K and cmp/cmn K, patched for negative K as the other one of the pair with -K: the same result and
    the same flags as the register form with K in a register, for every K but the field's (K = 0 included)."""
    isa = get_isa("arm64")
    kind = "add_abs12s" if op in _ADD_LIKE else "sub_abs12s"
    dest = "" if op in ("cmp", "cmn") else "x8, "
    flags = "\n".join(f"cset w{11 + i}, {cond}" for i, cond in enumerate(("mi", "eq", "hs", "vs")))  # N Z C V
    folded = assemble_stencil(isa, f"{op} {dest}x9, #{{{kind}:S}}\n{flags}\nret", "imm.s")
    register = assemble_stencil(isa, f"{op} {dest}x9, x10\n{flags}\nret", "reg.s").code
    (hole,) = folded.holes
    regs = unicorn.arm64_const
    uc = isa.unicorn()
    uc.mem_map(0x10000, 0x1000)

    def run(code: bytes, x9: int, x10: int) -> tuple[int, ...]:
        uc.mem_write(0x10000, code)
        for reg, value in ((regs.UC_ARM64_REG_X8, 0), (regs.UC_ARM64_REG_X9, x9), (regs.UC_ARM64_REG_X10, x10)):
            uc.reg_write(reg, value & M64)
        uc.emu_start(0x10000, 0x10000 + len(code) - 4)
        return tuple(uc.reg_read(getattr(regs, f"UC_ARM64_REG_X{n}")) for n in (8, 11, 12, 13, 14))

    for k in (0, 1, -1, 77, -77, 4095, -4095):
        code = bytearray(folded.code)
        isa.hole_kinds[kind].patch(code, hole.offset, k, field_addr=hole.offset)
        for x in (0, 1, -1, 76, 77, -77, 4095, -4096, (1 << 63) - 1, -(1 << 63), (1 << 63) - 77):
            assert run(bytes(code), x, 0) == run(register, x, k), (k, x)
