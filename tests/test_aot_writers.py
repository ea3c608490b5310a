"""jit.aot's object-file writers, checked with tools that share none of their code.

ELF files are read by readelf and pyelftools, Mach-O ones by llvm-objdump/llvm-readobj/llvm-objcopy.
Objects are linked by cc (x86-64), aarch64-linux-gnu-gcc and ld64.lld into programs that run natively,
under qemu or (Mach-O, which cannot run here) under unicorn; executables run and are disassembled by
capstone. Each test skips, naming the tool, where a tool is missing.
"""

from __future__ import annotations

import io
import itertools
import platform
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from capstone import CS_ARCH_ARM64, CS_ARCH_X86, CS_MODE_64, CS_MODE_ARM, Cs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keystone import KS_ARCH_ARM64, KS_ARCH_X86, KS_MODE_64, KS_MODE_LITTLE_ENDIAN, Ks
from unicorn import UC_ARCH_ARM64, UC_MODE_ARM, Uc
from unicorn.arm64_const import UC_ARM64_REG_LR, UC_ARM64_REG_SP, UC_ARM64_REG_X0

from jit.aot.elf import write_elf_executable, write_elf_object
from jit.aot.macho import write_macho_object
from jit.aot.objimage import (
    Binding,
    Machine,
    ObjectImage,
    ObjectWriteError,
    Relocation,
    RelocKind,
    Section,
    SectionKind,
    Symbol,
    SymbolType,
)

X86, ARM = Machine.X86_64, Machine.ARM64
TEXT, RODATA, DATA, BSS = SectionKind.TEXT, SectionKind.RODATA, SectionKind.DATA, SectionKind.BSS
K = RelocKind
HOST = {"x86_64": X86, "amd64": X86, "aarch64": ARM, "arm64": ARM}.get(platform.machine().lower())
MESSAGE = b"hello from vm3 aot\n"
EXIT_CODE = 42
PF_X, PF_W = 1, 2  # ELF segment flags
ELF_TYPES = {
    X86: {K.X86_PC32: "R_X86_64_PC32", K.X86_BRANCH32: "R_X86_64_PLT32", K.ABS64: "R_X86_64_64"},
    ARM: {
        K.ARM64_CALL26: "R_AARCH64_CALL26",
        K.ARM64_JUMP26: "R_AARCH64_JUMP26",
        K.ARM64_PAGE21: "R_AARCH64_ADR_PREL_PG_HI21",
        K.ARM64_PAGEOFF12: "R_AARCH64_ADD_ABS_LO12_NC",
        K.ARM64_PAGEOFF12_LDR64: "R_AARCH64_LDST64_ABS_LO12_NC",
        K.ABS64: "R_AARCH64_ABS64",
    },
}
MACHO_TYPES = {
    K.ARM64_CALL26: "BRANCH26",
    K.ARM64_JUMP26: "BRANCH26",
    K.ARM64_PAGE21: "PAGE21",
    K.ARM64_PAGEOFF12: "PAGEOFF12",
    K.ARM64_PAGEOFF12_LDR64: "PAGEOFF12",
    K.ABS64: "UNSIGNED",
}


KEYSTONE = {X86: Ks(KS_ARCH_X86, KS_MODE_64), ARM: Ks(KS_ARCH_ARM64, KS_MODE_LITTLE_ENDIAN)}
IMM = r"#(0x[0-9a-f]+|\d+)"


def tool(*names: str) -> str:
    """The first of `names` on PATH, or skip the test saying which tool it lacks."""
    for name in names:
        if path := shutil.which(name):
            return path
    pytest.skip(f"{' or '.join(names)} not installed")


def run(*argv: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=60, check=check)


def runner(machine: Machine) -> list[str]:
    """How to run a Linux program of `machine` here: natively, or under qemu user mode."""
    if machine is HOST:
        return []
    return [tool("qemu-x86_64" if machine is X86 else "qemu-aarch64")]


def c_compiler(machine: Machine) -> str:
    cross = "x86_64-linux-gnu-gcc" if machine is X86 else "aarch64-linux-gnu-gcc"
    return tool(cross, "cc") if machine is HOST else tool(cross)


def q(*values: int) -> bytes:
    return b"".join(v.to_bytes(8, "little") for v in values)


# --- assembling test programs ------------------------------------------------------------------------


@dataclass
class Asm:
    """Keystone, one instruction at a time, noting each relocated field and each label's offset."""

    machine: Machine
    code: bytearray = field(default_factory=bytearray)
    relocs: list[Relocation] = field(default_factory=list)
    labels: dict[str, int] = field(default_factory=dict)

    def __call__(self, text: str, kind: RelocKind | None = None, symbol: str = "", want: int = 0) -> None:
        """Assemble `text`; with `kind`, its field refers to `symbol` + `want` (an x86 rel32 field
        ends its instruction, so its addend is `want` - 4)."""
        far = 0x1000_0000 if self.machine is X86 else 0  # so that x86 branches to 0 take the rel32 form
        insn = bytes(KEYSTONE[self.machine].asm(text, far + len(self.code))[0])
        if kind is not None:
            at, addend = (len(insn) - 4, want - 4) if self.machine is X86 else (0, want)
            self.relocs.append(Relocation(TEXT, len(self.code) + at, kind, symbol, addend))
        self.code += insn

    def label(self, name: str) -> None:
        self.labels[name] = len(self.code)

    def functions(self, global_names: set[str]) -> list[Symbol]:
        """A function symbol per label, each reaching the next label (the last, the end of the code)."""
        starts = sorted(self.labels.items(), key=lambda kv: kv[1])
        ends = [at for _, at in starts[1:]] + [len(self.code)]
        return [
            Symbol(name, TEXT, at, end - at, Binding.GLOBAL if name in global_names else Binding.LOCAL)
            for (name, at), end in zip(starts, ends, strict=True)
        ]


def library_image(machine: Machine) -> ObjectImage:
    """f() = twice(20) + g() + k[1] + *ptr + ++counter, where twice is the C program's, g() tail-calls
    one() (= 1), k = {1, 2, 300} is local rodata, ptr = &k[2] is global data and counter local bss.
    So f() returns 344, then 345."""
    a = Asm(machine)
    if machine is X86:
        a.label("f")
        a("push rbx")  # keeps the stack 16-byte aligned for the call into C
        a("mov edi, 20")
        a("call 0", K.X86_BRANCH32, "twice")
        a("mov rbx, rax")
        a("call 0", K.X86_BRANCH32, "g")
        a("add rbx, rax")
        a("add rbx, qword ptr [rip]", K.X86_PC32, "k", 8)
        a("mov rcx, qword ptr [rip]", K.X86_PC32, "ptr")
        a("add rbx, qword ptr [rcx]")
        a("mov rax, qword ptr [rip]", K.X86_PC32, "counter")
        a("inc rax")
        a("mov qword ptr [rip], rax", K.X86_PC32, "counter")
        a("add rax, rbx")
        a("pop rbx")
        a("ret")
        a.label("g")
        a("xor eax, eax")
        a("jmp 0", K.X86_BRANCH32, "one")
        a.label("one")
        a("inc rax")
        a("ret")
    else:
        a.label("f")
        a("stp x29, x30, [sp, #-32]!")
        a("mov x29, sp")
        a("str x19, [sp, #16]")
        a("mov x0, #20")
        a("bl #0", K.ARM64_CALL26, "twice")
        a("mov x19, x0")
        a("bl #0", K.ARM64_CALL26, "g")
        a("add x19, x19, x0")
        a("adrp x1, #0", K.ARM64_PAGE21, "k", 8)
        a("ldr x2, [x1]", K.ARM64_PAGEOFF12_LDR64, "k", 8)
        a("add x19, x19, x2")
        a("adrp x1, #0", K.ARM64_PAGE21, "ptr")
        a("add x1, x1, #0", K.ARM64_PAGEOFF12, "ptr")
        a("ldr x1, [x1]")
        a("ldr x1, [x1]")
        a("add x19, x19, x1")
        a("adrp x1, #0", K.ARM64_PAGE21, "counter")
        a("add x1, x1, #0", K.ARM64_PAGEOFF12, "counter")
        a("ldr x0, [x1]")
        a("add x0, x0, #1")
        a("str x0, [x1]")
        a("add x0, x0, x19")
        a("ldr x19, [sp, #16]")
        a("ldp x29, x30, [sp], #32")
        a("ret")
        a.label("g")
        a("mov x0, #0")
        a("b #0", K.ARM64_JUMP26, "one")
        a.label("one")
        a("add x0, x0, #1")
        a("ret")
    return ObjectImage(
        machine,
        (
            Section(TEXT, bytes(a.code), 16),
            Section(RODATA, q(1, 2, 300), 8),
            Section(DATA, bytes(8), 8),
            Section(BSS, bss_size=8, align=8),
        ),
        (  # not sorted by name, so that the Mach-O writer must sort what LC_DYSYMTAB wants sorted
            Symbol("ptr", DATA, 0, 8, Binding.GLOBAL, SymbolType.OBJECT),
            *a.functions({"f"}),
            Symbol("k", RODATA, 0, 24, Binding.LOCAL, SymbolType.OBJECT),
            Symbol("counter", BSS, 0, 8, Binding.LOCAL, SymbolType.OBJECT),
            Symbol.undefined("twice"),
            Symbol.undefined("abort"),  # unused; libc has it
        ),
        (*a.relocs, Relocation(DATA, 0, K.ABS64, "k", 16)),
    )


def program_image(machine: Machine) -> ObjectImage:
    """_start: say(); status = code; exit_group(status). say() writes MESSAGE through msgptr (data, an
    absolute pointer into rodata) with the write syscall and returns through a tail jump."""
    a = Asm(machine)
    if machine is X86:
        a.label("_start")
        a("call 0", K.X86_BRANCH32, "say")
        a("mov rax, qword ptr [rip]", K.X86_PC32, "code")
        a("mov qword ptr [rip], rax", K.X86_PC32, "status")
        a("mov edi, dword ptr [rip]", K.X86_PC32, "status")
        a("mov eax, 231")
        a("syscall")
        a.label("say")
        a("mov eax, 1")
        a("mov edi, 1")
        a("mov rsi, qword ptr [rip]", K.X86_PC32, "msgptr")
        a(f"mov edx, {len(MESSAGE)}")
        a("syscall")
        a("jmp 0", K.X86_BRANCH32, "done")
        a.label("done")
        a("ret")
    else:
        a.label("_start")
        a("bl #0", K.ARM64_CALL26, "say")
        a("adrp x1, #0", K.ARM64_PAGE21, "code")
        a("ldr x0, [x1]", K.ARM64_PAGEOFF12_LDR64, "code")
        a("adrp x2, #0", K.ARM64_PAGE21, "status")
        a("add x2, x2, #0", K.ARM64_PAGEOFF12, "status")
        a("str x0, [x2]")
        a("ldr x0, [x2]")
        a("mov x8, #94")
        a("svc #0")
        a.label("say")
        a("mov x0, #1")
        a("adrp x1, #0", K.ARM64_PAGE21, "msgptr")
        a("ldr x1, [x1]", K.ARM64_PAGEOFF12_LDR64, "msgptr")
        a(f"mov x2, #{len(MESSAGE)}")
        a("mov x8, #64")
        a("svc #0")
        a("b #0", K.ARM64_JUMP26, "done")
        a.label("done")
        a("ret")
    code_at = -(-len(MESSAGE) // 8) * 8
    rodata = MESSAGE + bytes(code_at - len(MESSAGE)) + q(EXIT_CODE)
    return ObjectImage(
        machine,
        (
            Section(TEXT, bytes(a.code), 16),
            Section(RODATA, rodata, 8),
            Section(DATA, bytes(8), 8),
            Section(BSS, bss_size=8, align=8),
        ),
        (
            *a.functions({"_start"}),
            Symbol("msg", RODATA, 0, len(MESSAGE), Binding.LOCAL, SymbolType.OBJECT),
            Symbol("code", RODATA, code_at, 8, Binding.LOCAL, SymbolType.OBJECT),
            Symbol("msgptr", DATA, 0, 8, Binding.LOCAL, SymbolType.OBJECT),
            Symbol("status", BSS, 0, 8, Binding.GLOBAL, SymbolType.OBJECT),
        ),
        (*a.relocs, Relocation(DATA, 0, K.ABS64, "msg")),
    )


def elf(data: bytes) -> Any:
    """pyelftools' reading of an ELF file (pyelftools is a test extra: skip where it is missing)."""
    return pytest.importorskip("elftools.elf.elffile").ELFFile(io.BytesIO(data))


# --- ELF relocatable objects -------------------------------------------------------------------------


@pytest.mark.parametrize("machine", [X86, ARM])
def test_elf_object_tables_as_pyelftools_reads_them(machine: Machine) -> None:
    image = library_image(machine)
    f = elf(write_elf_object(image))
    assert f.header.e_type == "ET_REL"
    assert f.header.e_machine == ("EM_X86_64" if machine is X86 else "EM_AARCH64")
    assert f.num_segments() == 0
    secs = {s.name: s for s in f.iter_sections()}
    expected_flags = {".text": "AX", ".rodata": "A", ".data": "WA", ".bss": "WA", ".note.GNU-stack": ""}
    for name, flags in expected_flags.items():
        sh = secs[name]
        assert bool(sh["sh_flags"] & 1) == ("W" in flags) and bool(sh["sh_flags"] & 2) == ("A" in flags)
        assert bool(sh["sh_flags"] & 4) == ("X" in flags)
    assert secs[".bss"]["sh_type"] == "SHT_NOBITS" and secs[".bss"]["sh_size"] == 8
    assert secs[".note.GNU-stack"]["sh_size"] == 0 and secs[".note.GNU-stack"]["sh_type"] == "SHT_PROGBITS"
    assert secs[".text"]["sh_addralign"] == 16 and secs[".rodata"].data() == q(1, 2, 300)

    symtab = secs[".symtab"]
    symbols = list(symtab.iter_symbols())
    first_global = symtab["sh_info"]
    assert all(s["st_info"]["bind"] == "STB_LOCAL" for s in symbols[:first_global])
    assert all(s["st_info"]["bind"] == "STB_GLOBAL" for s in symbols[first_global:])
    assert f.get_section(symtab["sh_link"]).name == ".strtab"
    got = {
        s.name: (s["st_info"]["bind"], s["st_info"]["type"], s["st_shndx"], s["st_value"], s["st_size"])
        for s in symbols[1:]
    }
    shndx = {
        s.kind: f.get_section_index({TEXT: ".text", RODATA: ".rodata", DATA: ".data", BSS: ".bss"}[s.kind])
        for s in image.sections
    }
    types = {SymbolType.FUNC: "STT_FUNC", SymbolType.OBJECT: "STT_OBJECT", SymbolType.UNDEFINED: "STT_NOTYPE"}
    want = {
        s.name: (
            "STB_" + s.binding.name,
            types[s.type],
            "SHN_UNDEF" if s.section is None else shndx[s.section],
            s.offset,
            s.size,
        )
        for s in image.symbols
    }
    assert got == want

    describe_reloc_type = pytest.importorskip("elftools.elf.descriptions").describe_reloc_type
    for kind, name in ((TEXT, ".text"), (DATA, ".data")):
        rela = secs[".rela" + name]
        assert rela["sh_type"] == "SHT_RELA" and rela["sh_entsize"] == 24
        assert rela["sh_info"] == f.get_section_index(name) and rela["sh_link"] == f.get_section_index(".symtab")
        relocs = [
            (r["r_offset"], describe_reloc_type(r["r_info_type"], f), symbols[r["r_info_sym"]].name, r["r_addend"])
            for r in rela.iter_relocations()
        ]
        assert relocs == [
            (r.offset, ELF_TYPES[machine][r.kind], r.symbol, r.addend) for r in image.relocations_in(kind)
        ]


@pytest.mark.parametrize("machine", [X86, ARM])
def test_elf_object_as_readelf_reads_it(machine: Machine, tmp_path: Path) -> None:
    readelf = tool("readelf")
    image = library_image(machine)
    obj = tmp_path / "lib.o"
    obj.write_bytes(write_elf_object(image))
    out = run(readelf, "-W", "-h", "-S", "-s", "-r", obj).stdout
    assert re.search(r"Type:\s+REL \(Relocatable file\)", out)
    assert re.search(r"\.note\.GNU-stack\s+PROGBITS\s+0+ \w+ 000000 00\s+0\s+0\s+1", out)
    found = re.findall(r"^[0-9a-f]{16}\s+[0-9a-f]{16}\s+(R_\w+)\s+[0-9a-f]{16}\s+(\w+) ([+-]) (\w+)$", out, re.M)
    want = [
        (ELF_TYPES[machine][r.kind], r.symbol, "-" if r.addend < 0 else "+", f"{abs(r.addend):x}")
        for kind in (TEXT, DATA)
        for r in image.relocations_in(kind)
    ]
    assert found == want
    assert re.search(r"FUNC\s+GLOBAL\s+DEFAULT\s+1 f$", out, re.M)
    assert re.search(r"NOTYPE\s+GLOBAL\s+DEFAULT\s+UND twice$", out, re.M)
    assert "Warning" not in run(readelf, "-W", "-a", obj).stderr


C_MAIN = """
long f(void);
long twice(long x) { return 2 * x; }
int main(void) { long a = f(), b = f(); return a == 344 && b == 345 ? 0 : 1; }
"""


@pytest.mark.parametrize("machine", [X86, ARM])
def test_elf_object_links_into_a_c_program(machine: Machine, tmp_path: Path) -> None:
    """cc links the object (calls both ways, rodata, data pointer, bss) and the program computes 344, 345."""
    cc, how = c_compiler(machine), runner(machine)
    (tmp_path / "main.c").write_text(C_MAIN)
    (tmp_path / "lib.o").write_bytes(write_elf_object(library_image(machine)))
    linked = run(cc, "-static", "-o", tmp_path / "prog", tmp_path / "main.c", tmp_path / "lib.o")
    assert "warning" not in linked.stderr  # e.g. GNU ld's "missing .note.GNU-stack section implies executable stack"
    assert run(*how, tmp_path / "prog", check=False).returncode == 0


@pytest.mark.parametrize("machine", [X86, ARM])
def test_elf_object_links_with_ld_lld_into_a_program_that_runs(machine: Machine, tmp_path: Path) -> None:
    """A second, stricter linker: ld.lld turns the program's object into a static executable that runs."""
    lld, how = tool("ld.lld-19", "ld.lld"), runner(machine)
    (tmp_path / "prog.o").write_bytes(write_elf_object(program_image(machine)))
    done = run(lld, "-static", "-e", "_start", "-o", tmp_path / "prog", tmp_path / "prog.o", check=False)
    assert (done.returncode, done.stderr) == (0, "")
    ran = subprocess.run([*how, str(tmp_path / "prog")], capture_output=True, timeout=30)
    assert (ran.stdout, ran.returncode) == (MESSAGE, EXIT_CODE)


IMMEDIATES = {
    K.X86_PC32: 0xFFFF_FFFF,
    K.X86_BRANCH32: 0xFFFF_FFFF,
    K.ARM64_CALL26: 0x03FF_FFFF,
    K.ARM64_JUMP26: 0x03FF_FFFF,
    K.ARM64_PAGE21: 0x60FF_FFE0,  # immlo, immhi
    K.ARM64_PAGEOFF12: 0x003F_FC00,
    K.ARM64_PAGEOFF12_LDR64: 0x003F_FC00,
}


@pytest.mark.parametrize("machine", [X86, ARM])
def test_relocated_fields_are_canonical_in_objects(machine: Machine) -> None:
    """Code fields hold a zero displacement, the rest of the instruction as assembled (the addend lives
    in the relocation); a 64-bit field holds its addend."""
    image = library_image(machine)
    f = elf(write_elf_object(image))
    text, original = f.get_section_by_name(".text").data(), image.section(TEXT).data
    for rel in image.relocations_in(TEXT):
        got, was = (int.from_bytes(b[rel.offset : rel.offset + 4], "little") for b in (text, original))
        mask = IMMEDIATES[rel.kind]
        assert (got & mask, got & ~mask) == (0, was & ~mask), rel
    assert f.get_section_by_name(".data").data() == q(16)


# --- ELF static executables ----------------------------------------------------------------------------


@pytest.mark.parametrize("machine", [X86, ARM])
def test_static_executable_runs(machine: Machine, tmp_path: Path) -> None:
    how = runner(machine)
    exe = tmp_path / "prog"
    exe.write_bytes(write_elf_executable(program_image(machine), "_start"))
    exe.chmod(0o755)
    done = subprocess.run([*how, str(exe)], capture_output=True, timeout=30)
    assert (done.stdout, done.returncode) == (MESSAGE, EXIT_CODE)


@pytest.mark.parametrize("machine", [X86, ARM])
def test_static_executable_segments_as_readelf_reads_them(machine: Machine, tmp_path: Path) -> None:
    readelf = tool("readelf")
    exe = tmp_path / "prog"
    exe.write_bytes(write_elf_executable(program_image(machine), "_start"))
    done = run(readelf, "-W", "-h", "-l", "-S", "-s", "-d", exe)
    out = done.stdout
    assert "Warning" not in done.stderr and "Error" not in done.stderr
    assert re.search(r"Type:\s+EXEC \(Executable file\)", out)
    assert "INTERP" not in out and "DYNAMIC" not in out and "There is no dynamic section" in out
    loads = re.findall(r"^\s+LOAD\s+(?:0x[0-9a-f]+\s+){5}([RWE ]{3})\s+0x([0-9a-f]+)$", out, re.M)
    assert sorted(flags for flags, _ in loads) == ["R  ", "R E", "RW "]
    assert all(not ("W" in flags and "E" in flags) for flags, _ in loads)
    assert re.search(r"^\s+GNU_STACK\s+(?:0x0+\s+){5}RW\s", out, re.M)
    entry = int(re.search(r"Entry point address:\s+0x([0-9a-f]+)", out)[1], 16)
    start = int(re.search(r"^\s+\d+: ([0-9a-f]{16})\s+\d+ FUNC\s+GLOBAL\s+DEFAULT\s+\d+ _start$", out, re.M)[1], 16)
    assert entry == start


@pytest.mark.parametrize("machine", [X86, ARM])
def test_static_executable_segments_as_pyelftools_reads_them(machine: Machine) -> None:
    f = elf(write_elf_executable(program_image(machine), "_start"))
    page = 0x1000 if machine is X86 else 0x1_0000
    types = [seg["p_type"] for seg in f.iter_segments()]
    assert types == ["PT_LOAD"] * 3 + ["PT_GNU_STACK"]
    loads = [seg for seg in f.iter_segments() if seg["p_type"] == "PT_LOAD"]
    pages: list[tuple[int, int]] = []
    for seg in loads:
        assert not (seg["p_flags"] & PF_W and seg["p_flags"] & PF_X)
        assert seg["p_align"] == page and seg["p_vaddr"] % page == 0 and seg["p_offset"] % page == 0
        pages.append((seg["p_vaddr"] // page, (seg["p_vaddr"] + seg["p_memsz"] - 1) // page))
    assert all(end < start for (_, end), (start, _) in itertools.pairwise(pages))  # no page shared
    for sec in f.iter_sections():  # every allocated section lies in a segment with its permissions
        if sec["sh_flags"] & 2:
            seg = next(s for s in loads if s["p_vaddr"] <= sec["sh_addr"] < s["p_vaddr"] + s["p_memsz"])
            assert bool(seg["p_flags"] & PF_X) == bool(sec["sh_flags"] & 4)
            assert bool(seg["p_flags"] & PF_W) == bool(sec["sh_flags"] & 1)
    assert f.header.e_entry == f.get_section_by_name(".symtab").get_symbol_by_name("_start")[0]["st_value"]


def linked_targets(machine: Machine, image: ObjectImage, exe: bytes) -> Iterator[tuple[Relocation, int, int]]:
    """Each text relocation with the address capstone decodes from the linked instruction and the address
    its symbol + addend has in the executable's symbol table (for x86 rel32, + 4: the field ends the insn)."""
    f = elf(exe)
    text = f.get_section_by_name(".text")
    symtab = f.get_section_by_name(".symtab")
    cs = Cs(CS_ARCH_X86, CS_MODE_64) if machine is X86 else Cs(CS_ARCH_ARM64, CS_MODE_ARM)
    relocs = image.relocations_in(TEXT)
    end = max(r.offset for r in relocs) + 16  # past the last relocated instruction; the rest may be padding
    insns = list(cs.disasm(text.data()[:end], text["sh_addr"]))
    pages: dict[str, int] = {}  # register -> the page its adrp loaded
    for rel in relocs:
        place = text["sh_addr"] + rel.offset
        insn = next(i for i in insns if i.address <= place < i.address + i.size)
        want = symtab.get_symbol_by_name(rel.symbol)[0]["st_value"] + rel.addend
        ops = insn.op_str
        if machine is X86:
            disp = re.search(r"\[rip ([+-]) 0x([0-9a-f]+)\]", ops)
            sign = -1 if disp and disp[1] == "-" else 1
            got = insn.address + insn.size + sign * int(disp[2], 16) if disp else int(ops, 0)
            yield rel, got, want + 4
        elif rel.kind is K.ARM64_PAGE21:
            reg, page = re.fullmatch(rf"(x\d+), {IMM}", ops).groups()
            pages[reg] = int(page, 0)
            yield rel, pages[reg], want & ~0xFFF
        elif rel.kind in (K.ARM64_PAGEOFF12, K.ARM64_PAGEOFF12_LDR64):
            base, off = re.search(rf"(x\d+)(?:, {IMM})?\]?$", ops).groups()
            yield rel, pages[base] + int(off or "0", 0), want
        else:
            yield rel, int(ops.lstrip("#"), 0), want


@pytest.mark.parametrize("machine", [X86, ARM])
def test_linked_instructions_reach_their_symbols_as_capstone_decodes_them(machine: Machine) -> None:
    image = program_image(machine)
    checked = list(linked_targets(machine, image, write_elf_executable(image, "_start")))
    assert len(checked) == len(image.relocations_in(TEXT))
    assert all(got == want for _, got, want in checked)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    machine=st.sampled_from([X86, ARM]),
    gaps=st.lists(st.integers(0, 0x3_0000).map(lambda n: n & ~7), min_size=4, max_size=4),
    addends=st.lists(st.integers(-64, 64).map(lambda n: n & ~7), min_size=3, max_size=3),
)
def test_linker_resolves_any_layout(machine: Machine, gaps: list[int], addends: list[int]) -> None:
    """Calls, page pairs and rel32 accesses reach their symbols wherever the sections put them."""
    a = Asm(machine)
    a.label("_start")
    if machine is X86:
        a("call 0", K.X86_BRANCH32, "far")
        a("lea rsi, [rip]", K.X86_PC32, "r", addends[0])
        a("mov rax, qword ptr [rip]", K.X86_PC32, "d", addends[1])
        a("mov qword ptr [rip], rax", K.X86_PC32, "b", addends[2])
        far = bytes([0xC3])
    else:
        a("bl #0", K.ARM64_CALL26, "far")
        a("adrp x1, #0", K.ARM64_PAGE21, "r", 64 + addends[0])
        a("add x1, x1, #0", K.ARM64_PAGEOFF12, "r", 64 + addends[0])
        a("adrp x2, #0", K.ARM64_PAGE21, "d", 64 + addends[1])
        a("ldr x3, [x2]", K.ARM64_PAGEOFF12_LDR64, "d", 64 + addends[1])
        a("adrp x4, #0", K.ARM64_PAGE21, "b", 64 + addends[2])
        a("ldr x5, [x4]", K.ARM64_PAGEOFF12_LDR64, "b", 64 + addends[2])
        far = bytes.fromhex("c0035fd6")
    text = bytes(a.code) + bytes(gaps[0]) + far
    image = ObjectImage(
        machine,
        (
            Section(TEXT, text, 4),
            Section(RODATA, bytes(gaps[1] + 136), 8),
            Section(DATA, bytes(gaps[2] + 136), 8),
            Section(BSS, bss_size=gaps[3] + 136, align=8),
        ),
        (
            Symbol("_start", TEXT, 0, len(a.code)),
            Symbol("far", TEXT, len(text) - len(far), len(far)),
            Symbol("r", RODATA, gaps[1], 8, type=SymbolType.OBJECT),
            Symbol("d", DATA, gaps[2], 8, type=SymbolType.OBJECT),
            Symbol("b", BSS, gaps[3], 8, type=SymbolType.OBJECT),
        ),
        tuple(a.relocs),
    )
    for _, got, want in linked_targets(machine, image, write_elf_executable(image, "_start")):
        assert got == want


@settings(max_examples=30, deadline=None)
@given(
    machine=st.sampled_from([X86, ARM]),
    objects=st.lists(
        st.tuples(st.sampled_from([RODATA, DATA]), st.booleans(), st.integers(-(1 << 40), 1 << 40)),
        min_size=1,
        max_size=12,
    ),
)
def test_elf_object_records_any_pointer_table(machine: Machine, objects: list[tuple[SectionKind, bool, int]]) -> None:
    """Pointer tables: every symbol and ABS64 relocation as written, each field holding its addend."""
    counts = {RODATA: 0, DATA: 0}
    symbols, relocs = [], []
    for i, (kind, is_global, addend) in enumerate(objects):
        name = f"o{i}"
        symbols.append(
            Symbol(name, kind, 8 * counts[kind], 8, Binding.GLOBAL if is_global else Binding.LOCAL, SymbolType.OBJECT)
        )
        relocs.append(Relocation(kind, 8 * counts[kind], K.ABS64, f"o{(i + 1) % len(objects)}", addend))
        counts[kind] += 1
    sections = tuple(Section(k, bytes([0xAA]) * 8 * n, 8) for k, n in counts.items() if n)
    image = ObjectImage(machine, sections, tuple(symbols), tuple(relocs))
    f = elf(write_elf_object(image))
    symtab = f.get_section_by_name(".symtab")
    names = [s.name for s in symtab.iter_symbols()]
    assert sorted(names[1:]) == sorted(s.name for s in symbols)
    for sym in symbols:
        (got,) = symtab.get_symbol_by_name(sym.name)
        assert (got["st_value"], got["st_info"]["bind"]) == (sym.offset, "STB_" + sym.binding.name)
        assert f.get_section(got["st_shndx"]).name == {RODATA: ".rodata", DATA: ".data"}[sym.section]
    for kind, name in ((RODATA, ".rodata"), (DATA, ".data")):
        if not counts[kind]:
            continue
        rela = f.get_section_by_name(".rela" + name)
        got_relocs = [(r["r_offset"], names[r["r_info_sym"]], r["r_addend"]) for r in rela.iter_relocations()]
        want = [(r.offset, r.symbol, r.addend) for r in image.relocations_in(kind)]
        assert got_relocs == want
        assert f.get_section_by_name(name).data() == b"".join(
            (r.addend % (1 << 64)).to_bytes(8, "little") for r in image.relocations_in(kind)
        )


# --- Mach-O objects ----------------------------------------------------------------------------------


def macho_file(tmp_path: Path, image: ObjectImage, name: str = "lib.o") -> Path:
    path = tmp_path / name
    path.write_bytes(write_macho_object(image))
    return path


def test_macho_load_commands_and_sections(tmp_path: Path) -> None:
    objdump = tool("llvm-objdump-19", "llvm-objdump")
    obj = macho_file(tmp_path, library_image(ARM))
    out = run(objdump, "--macho", "--private-headers", obj).stdout
    assert re.search(r"MH_MAGIC_64\s+ARM64\s+ALL\s+0x00\s+OBJECT\s+4\s+\d+\s+0x00000000", out)
    assert re.findall(r"^\s+cmd (\w+)$", out, re.M) == ["LC_SEGMENT_64", "LC_BUILD_VERSION", "LC_SYMTAB", "LC_DYSYMTAB"]
    assert re.search(r"segname \n", out)  # the one segment of an object is unnamed
    assert re.search(r"platform macos\n\s+sdk n/a\n\s+minos 11.0\n", out)
    sections = re.findall(r"sectname (\w+)\n\s+segname (\w+)\n(?:.*\n){6}\s+type (\w+)\nattributes ([\w ()]+)\n", out)
    assert sections == [
        ("__text", "__TEXT", "S_REGULAR", "PURE_INSTRUCTIONS SOME_INSTRUCTIONS"),
        ("__const", "__TEXT", "S_REGULAR", "(none)"),
        ("__data", "__DATA", "S_REGULAR", "(none)"),
        ("__bss", "__DATA", "S_ZEROFILL", "(none)"),
    ]
    aligns = re.findall(r"align 2\^(\d+)", out)
    assert aligns == ["4", "3", "3", "3"]
    dysym = dict(re.findall(r"^\s+(\w+sym) (\d+)$", out, re.M))
    # locals: one, g, k, counter; defined externals: f, ptr; undefined: abort, twice
    assert dysym == {
        "ilocalsym": "0",
        "nlocalsym": "4",
        "iextdefsym": "4",
        "nextdefsym": "2",
        "iundefsym": "6",
        "nundefsym": "2",
    }


def test_macho_symbols_have_underscores_and_dysymtab_order(tmp_path: Path) -> None:
    nm = tool("llvm-nm-19", "llvm-nm")
    obj = macho_file(tmp_path, library_image(ARM))
    lines = re.findall(r"(\(.*\) (?:non-)?external) (\w+)$", run(nm, "-p", "-m", obj).stdout, re.M)  # -p: file order
    names = [name for _, name in lines]
    assert names[:4] == ["_g", "_one", "_k", "_counter"]  # locals, in image order
    assert names[4:] == ["_f", "_ptr", "_abort", "_twice"]  # externals sorted, then the undefined
    kinds = {name: kind for kind, name in lines}
    assert kinds["_f"] == "(__TEXT,__text) external"
    assert kinds["_g"] == "(__TEXT,__text) non-external"
    assert kinds["_k"] == "(__TEXT,__const) non-external"
    assert kinds["_ptr"] == "(__DATA,__data) external"
    assert kinds["_counter"] == "(__DATA,__bss) non-external"
    assert kinds["_twice"] == "(undefined) external"


def test_macho_relocations(tmp_path: Path) -> None:
    objdump = tool("llvm-objdump-19", "llvm-objdump")
    readobj = tool("llvm-readobj-19", "llvm-readobj")
    image = library_image(ARM)
    obj = macho_file(tmp_path, image)
    out = run(readobj, "-r", obj).stdout
    got = re.findall(r"0x([0-9A-F]+) (\d) (\d) (\d) ARM64_RELOC_(\w+) 0 (\S+)", out)
    want: list[tuple[str, str, str, str, str, str]] = []
    for rel in sorted(image.relocations, key=lambda r: (r.section is DATA, -r.offset)):
        pcrel = "1" if rel.kind in (K.ARM64_CALL26, K.ARM64_JUMP26, K.ARM64_PAGE21) else "0"
        length = "3" if rel.kind is K.ABS64 else "2"
        if rel.addend and rel.kind is not K.ABS64:
            want.append((f"{rel.offset:X}", "0", "2", "0", "ADDEND", "-"))
        want.append((f"{rel.offset:X}", pcrel, length, "1", MACHO_TYPES[rel.kind], "_" + rel.symbol))
    assert got == want
    addends = re.findall(
        r"^([0-9a-f]{8}) False long\s+False\s+ADDEND\s+False\s+addend = 0x([0-9a-f]+)$",
        run(objdump, "--macho", "--reloc", obj).stdout,
        re.M,
    )
    assert addends == [
        (f"{r.offset:08x}", f"{r.addend:06x}")
        for r in sorted(image.relocations_in(TEXT), key=lambda r: -r.offset)
        if r.addend
    ]


def test_macho_section_bytes_equal_the_elf_objects(tmp_path: Path) -> None:
    objcopy = tool("llvm-objcopy-19", "llvm-objcopy")
    image = library_image(ARM)
    obj = macho_file(tmp_path, image)
    f = elf(write_elf_object(image))
    for macho_name, elf_name in (("__TEXT,__text", ".text"), ("__TEXT,__const", ".rodata"), ("__DATA,__data", ".data")):
        out = tmp_path / "section.bin"
        run(objcopy, f"--dump-section={macho_name}={out}", obj, tmp_path / "scratch.o")
        assert out.read_bytes() == f.get_section_by_name(elf_name).data(), macho_name


def twice_image() -> ObjectImage:
    return ObjectImage(ARM, (Section(TEXT, bytes.fromhex("0000008b c0035fd6"), 4),), (Symbol("twice", TEXT, 0, 8),))


def macho_segments(objdump: str, path: Path) -> list[tuple[int, int, int, int]]:
    """(vmaddr, vmsize, fileoff, filesize) of each segment, as llvm-objdump reads them."""
    out = run(objdump, "--macho", "--private-headers", path).stdout
    found = re.findall(r"vmaddr 0x(\w+)\n\s+vmsize 0x(\w+)\n\s+fileoff (\d+)\n\s+filesize (\d+)", out)
    return [(int(a, 16), int(b, 16), int(c), int(d)) for a, b, c, d in found]


def test_macho_object_links_with_ld64_lld_and_runs_under_unicorn(tmp_path: Path) -> None:
    """ld64.lld links our object (and a second one defining twice) into a dylib; unicorn runs its f twice."""
    lld, objdump, nm = (
        tool("ld64.lld-19", "ld64.lld"),
        tool("llvm-objdump-19", "llvm-objdump"),
        tool("llvm-nm-19", "llvm-nm"),
    )
    lib, twice, dylib = (
        macho_file(tmp_path, library_image(ARM)),
        macho_file(tmp_path, twice_image(), "t.o"),
        tmp_path / "l",
    )
    done = run(
        lld,
        "-dylib",
        "-arch",
        "arm64",
        "-platform_version",
        "macos",
        "11.0",
        "11.0",
        "-undefined",
        "dynamic_lookup",
        "-o",
        dylib,
        lib,
        twice,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    image = dylib.read_bytes()
    uc = Uc(UC_ARCH_ARM64, UC_MODE_ARM)
    for vmaddr, vmsize, fileoff, filesize in macho_segments(objdump, dylib):
        uc.mem_map(vmaddr, -(-vmsize // 0x4000) * 0x4000)
        uc.mem_write(vmaddr, image[fileoff : fileoff + filesize])
    stack, stop = 0x1000_0000, 0x2000_0000
    uc.mem_map(stack, 0x1_0000)
    uc.mem_map(stop, 0x1000)
    f_addr = next(int(line.split()[0], 16) for line in run(nm, dylib).stdout.splitlines() if line.endswith(" _f"))
    results = []
    for _ in range(2):
        uc.reg_write(UC_ARM64_REG_SP, stack + 0x1_0000)
        uc.reg_write(UC_ARM64_REG_LR, stop)
        uc.emu_start(f_addr, stop, count=1000)
        results.append(uc.reg_read(UC_ARM64_REG_X0))
    assert results == [344, 345]


# --- errors --------------------------------------------------------------------------------------------


def test_duplicate_symbol_names_both_places() -> None:
    with pytest.raises(ObjectWriteError, match=r"duplicate symbol 'f': in section text and again in section data"):
        ObjectImage(X86, (Section(TEXT, bytes(4)), Section(DATA, bytes(4))), (Symbol("f", TEXT), Symbol("f", DATA)))


def test_undefined_symbol_in_an_executable_names_it_and_its_use() -> None:
    image = library_image(X86)
    with pytest.raises(ObjectWriteError, match=r"undefined symbol 'twice' \(referenced at text\+0x7\)"):
        write_elf_executable(image, "f")


@pytest.mark.parametrize(
    ("machine", "kind", "insn", "far"),
    [(ARM, K.ARM64_CALL26, "0000 0094", 128 << 20), (X86, K.X86_PC32, "8b05 00000000", 2 << 30)],
)
def test_out_of_range_displacement_names_symbol_and_section(
    machine: Machine, kind: RelocKind, insn: str, far: int
) -> None:
    code = bytes.fromhex(insn)
    image = ObjectImage(
        machine,
        (Section(TEXT, code, 4), Section(BSS, bss_size=far + 8)),
        (Symbol("_start", TEXT, 0, len(code)), Symbol("distant", BSS, far, 8, type=SymbolType.OBJECT)),
        (Relocation(TEXT, len(code) - 4, kind, "distant", -4 if machine is X86 else 0),),
    )
    with pytest.raises(
        ObjectWriteError, match=rf"{kind.value} against 'distant' at section text\+0x\d: .*out of range"
    ):
        write_elf_executable(image, "_start")


def test_other_refusals() -> None:
    with pytest.raises(ObjectWriteError, match=r"entry symbol 'main' is not defined in section text"):
        write_elf_executable(program_image(ARM), "main")
    with pytest.raises(ObjectWriteError, match=r"arm64 only, not x86_64"):
        write_macho_object(library_image(X86))
    with pytest.raises(ObjectWriteError, match=r"arm64_call26 .* not a relocation of x86_64"):
        ObjectImage(X86, (Section(TEXT, bytes(4)),), (Symbol("f", TEXT),), (Relocation(TEXT, 0, K.ARM64_CALL26, "f"),))
    with pytest.raises(ObjectWriteError, match=r"against 'g' .*: no such symbol"):
        ObjectImage(X86, (Section(TEXT, bytes(8)),), (), (Relocation(TEXT, 0, K.ABS64, "g"),))
    lo12 = ObjectImage(
        ARM,
        (Section(TEXT, bytes(4)), Section(DATA, bytes(16), 8)),
        (Symbol("_start", TEXT), Symbol("d", DATA, 4, type=SymbolType.OBJECT)),
        (Relocation(TEXT, 0, K.ARM64_PAGEOFF12_LDR64, "d"),),
    )
    with pytest.raises(ObjectWriteError, match=r"'d' at section text\+0x0: page offset 0x4 .* not a multiple of 8"):
        write_elf_executable(lo12, "_start")
    big = ObjectImage(
        ARM, (Section(TEXT, bytes(4)),), (Symbol("f", TEXT),), (Relocation(TEXT, 0, K.ARM64_CALL26, "f", 1 << 23),)
    )
    with pytest.raises(ObjectWriteError, match=r"'f' at section text\+0x0: addend 0x800000 does not fit"):
        write_macho_object(big)
