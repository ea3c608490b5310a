"""`jit aot`'s files read back by tools that share none of its code: readelf and pyelftools for ELF,
llvm-objdump, llvm-nm, llvm-objcopy and ld64.lld for Mach-O. Headers, segments, symbols and relocations are
as intended; the Mach-O object's code is byte for byte the arm64 ELF object's; and ld64.lld links the
Mach-O object into a dylib whose exported function, run under Unicorn, returns jit run's result.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from aot_tools import LINUX, expected, tool

from jit.aot.descriptor import StateLayout
from jit.aot.output import TARGETS, write_aot
from jit.program.load import load_program
from jit.resources import data_dir
from jit.vm.limits import DEFAULT_LIMITS, OBJECT_LIMITS

FIB = load_program(data_dir("benchmarks") / "fib" / "kernel.vm3")
ISAS = ("x86_64", "arm64")
ELF_RELOCS = {"x86_64": {"R_X86_64_PC32"}, "arm64": {"R_AARCH64_ADR_PREL_PG_HI21", "R_AARCH64_ADD_ABS_LO12_NC"}}


def elf(path: Path) -> Any:
    return pytest.importorskip("elftools.elf.elffile").ELFFile(io.BytesIO(path.read_bytes()))


def write(tmp: Path, target: str, name: str, *, as_object: bool, prefix: str = "vm3_") -> Path:
    out = tmp / name
    limits = OBJECT_LIMITS if as_object else DEFAULT_LIMITS
    write_aot(FIB, "fib.vm3", TARGETS[target], out, as_object=as_object, limits=limits, prefix=prefix,
              header_path=None)  # fmt: skip
    return out


def run(*argv: str | Path) -> str:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "warning" not in done.stderr.lower(), done.stderr
    return done.stdout


@pytest.mark.parametrize("isa", ISAS)
def test_executable_as_readelf_reads_it(isa: str, tmp_path: Path) -> None:
    exe = write(tmp_path, LINUX[isa], "fib", as_object=False)
    out = run(tool("readelf"), "-W", "-h", "-l", "-S", "-s", "-d", exe)
    assert re.search(r"Type:\s+EXEC \(Executable file\)", out)
    assert "INTERP" not in out and "There is no dynamic section" in out
    loads = re.findall(r"^\s+LOAD\s+(?:0x[0-9a-f]+\s+){5}([RWE ]{3})\s+0x[0-9a-f]+$", out, re.M)
    assert sorted(loads) == ["R  ", "R E"]  # the descriptor, the code; an executable keeps no data of its own
    entry = int(re.search(r"Entry point address:\s+0x([0-9a-f]+)", out)[1], 16)
    start = re.search(r"^\s+\d+: ([0-9a-f]{16})\s+\d+ FUNC\s+GLOBAL\s+DEFAULT\s+\d+ jit_aot_start$", out, re.M)
    assert start and entry == int(start[1], 16)
    assert not re.search(r"^\s+[1-9]\d*: .* UND ", out, re.M)  # symbol 0 is the null symbol; none other undefined


@pytest.mark.parametrize("isa", ISAS)
def test_executable_as_pyelftools_reads_it(isa: str, tmp_path: Path) -> None:
    f = elf(write(tmp_path, LINUX[isa], "fib", as_object=False))
    assert f.header.e_type == "ET_EXEC" and f.header.e_machine == ("EM_X86_64" if isa == "x86_64" else "EM_AARCH64")
    assert [s["p_type"] for s in f.iter_segments()] == ["PT_LOAD", "PT_LOAD", "PT_GNU_STACK"]
    assert all(not (s["p_flags"] & 2 and s["p_flags"] & 1) for s in f.iter_segments())
    symbols = {s.name for s in f.get_section_by_name(".symtab").iter_symbols()}
    assert {"jit_entry", "jit_aot_start", "jit_aot_main", "jit_aot_program", "jit_fn_fib", "jit_fn_main"} <= symbols


@pytest.mark.parametrize("isa", ISAS)
def test_object_as_readelf_and_pyelftools_read_it(isa: str, tmp_path: Path) -> None:
    obj = write(tmp_path, LINUX[isa], "fib.o", as_object=True)
    out = run(tool("readelf"), "-W", "-h", "-S", "-s", "-r", obj)
    assert re.search(r"Type:\s+REL \(Relocatable file\)", out)
    kinds = set(re.findall(r"^[0-9a-f]{16}\s+[0-9a-f]{16}\s+(R_\w+)\s", out, re.M))
    assert kinds == ELF_RELOCS[isa]
    f = elf(obj)
    symbols = list(f.get_section_by_name(".symtab").iter_symbols())[1:]
    exported = {s.name for s in symbols if s["st_info"]["bind"] == "STB_GLOBAL"}
    assert exported == {"vm3_fib", "vm3_main", "vm3_format_last"}
    assert all(s["st_shndx"] != "SHN_UNDEF" for s in symbols)  # the object needs nothing from the C library
    targets = {f.get_section_by_name(".symtab").get_symbol(r["r_info_sym"]).name
               for r in f.get_section_by_name(".rela.text").iter_relocations()}  # fmt: skip
    assert targets == {"jit_aot_program", "jit_aot_state", "jit_fn_fib", "jit_fn_main"}
    bss = f.get_section_by_name(".bss")
    assert bss["sh_type"] == "SHT_NOBITS" and bss["sh_size"] == StateLayout.for_limits(OBJECT_LIMITS).size
    assert f.get_section_by_name(".note.GNU-stack") is not None
    for sec in f.iter_sections():
        assert not (sec["sh_flags"] & 1 and sec["sh_flags"] & 4), sec.name  # never writable and executable


def test_macho_object_as_llvm_reads_it(tmp_path: Path) -> None:
    obj = write(tmp_path, "macos-arm64", "fib.o", as_object=False)  # macos-arm64: always an object
    assert obj.with_suffix(".h").is_file()
    headers = run(tool("llvm-objdump-19", "llvm-objdump"), "--macho", "--private-headers", obj)
    assert re.search(r"MH_MAGIC_64\s+ARM64\s+ALL\s+0x00\s+OBJECT", headers)
    nm = run(tool("llvm-nm-19", "llvm-nm"), "-m", obj)
    external = set(re.findall(r"\(__TEXT,__text\) external (\w+)$", nm, re.M))
    assert external == {"_vm3_fib", "_vm3_main", "_vm3_format_last"}
    assert "(undefined)" not in nm
    relocs = run(tool("llvm-readobj-19", "llvm-readobj"), "-r", obj)
    assert set(re.findall(r"ARM64_RELOC_(\w+)", relocs)) == {"PAGE21", "PAGEOFF12"}


def test_macho_code_is_the_arm64_elf_objects(tmp_path: Path) -> None:
    objcopy = tool("llvm-objcopy-19", "llvm-objcopy")
    macho = write(tmp_path, "macos-arm64", "mac.o", as_object=True)
    f = elf(write(tmp_path, "linux-aarch64", "linux.o", as_object=True))
    for macho_name, elf_name in (("__TEXT,__text", ".text"), ("__TEXT,__const", ".rodata")):
        dumped = tmp_path / "section.bin"
        run(objcopy, f"--dump-section={macho_name}={dumped}", macho, tmp_path / "scratch.o")
        assert dumped.read_bytes() == f.get_section_by_name(elf_name).data(), macho_name


def test_macho_object_links_with_ld64_lld_and_its_function_runs(tmp_path: Path) -> None:
    """ld64.lld resolves the page relocations into a dylib; Unicorn calls _vm3_main(20, &r) in it."""
    from unicorn import UC_ARCH_ARM64, UC_MODE_ARM, Uc
    from unicorn.arm64_const import UC_ARM64_REG_LR, UC_ARM64_REG_SP, UC_ARM64_REG_X0, UC_ARM64_REG_X1

    lld, objdump = tool("ld64.lld-19", "ld64.lld"), tool("llvm-objdump-19", "llvm-objdump")
    nm = tool("llvm-nm-19", "llvm-nm")
    obj, dylib = write(tmp_path, "macos-arm64", "fib.o", as_object=True), tmp_path / "libfib.dylib"
    run(lld, "-dylib", "-arch", "arm64", "-platform_version", "macos", "11.0", "11.0", "-o", dylib, obj)
    image = dylib.read_bytes()
    uc = Uc(UC_ARCH_ARM64, UC_MODE_ARM)
    segments = re.findall(r"vmaddr 0x(\w+)\n\s+vmsize 0x(\w+)\n\s+fileoff (\d+)\n\s+filesize (\d+)",
                          run(objdump, "--macho", "--private-headers", dylib))  # fmt: skip
    for vmaddr, vmsize, fileoff, filesize in ((int(a, 16), int(b, 16), int(c), int(d)) for a, b, c, d in segments):
        uc.mem_map(vmaddr, -(-vmsize // 0x4000) * 0x4000)
        uc.mem_write(vmaddr, image[fileoff : fileoff + filesize])
    stack, stop = 0x7000_0000, 0x7800_0000
    uc.mem_map(stack, 0x10_0000)
    uc.mem_map(stop, 0x1000)
    symbols = {line.split()[-1]: int(line.split()[0], 16) for line in run(nm, dylib).splitlines() if " T " in line}
    result = stack + 0x10_0000 - 16
    uc.reg_write(UC_ARM64_REG_X0, 20)
    uc.reg_write(UC_ARM64_REG_X1, result)
    uc.reg_write(UC_ARM64_REG_SP, stack + 0x10_0000 - 4096)  # a thunk reads the caller's 16 stack argument slots
    uc.reg_write(UC_ARM64_REG_LR, stop)
    uc.emu_start(symbols["_vm3_main"], stop, count=50_000_000)
    assert uc.reg_read(UC_ARM64_REG_X0) == 0  # VM3_OK
    assert int.from_bytes(uc.mem_read(result, 8), "little") == int(expected(FIB, ["20"]).stdout)
