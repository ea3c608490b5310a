"""AOT objects linked into C programs by the system toolchain (cc on x86-64, aarch64-linux-gnu-gcc and qemu for
arm64) give what `jit run --backend interp` gives: every example's entry with its README arguments, from one
program that links all their objects (each with its own --prefix, called again and again); runtime errors
and Deopt; functions that are not the entry; a prototype with arguments on the stack. The generated header
compiles as strict C and as C++.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from aot_tools import HOST, LINUX, Ran, expected, tool
from test_examples import CASES

from jit.aot.output import TARGETS, write_aot
from jit.program.load import load_program
from jit.program.model import Program
from jit.program.ops import Bank
from jit.program.text import parse_text
from jit.program.verify import verify
from jit.vm.limits import OBJECT_LIMITS

EXAMPLES = {path.stem: path for path, _, _ in CASES}
ISAS = ("x86_64", "arm64")
C_TYPES = {Bank.I64: "int64_t", Bank.F64: "double", Bank.CELL: "uint64_t"}


def c_compiler(isa: str) -> str:
    cross = "x86_64-linux-gnu-gcc" if isa == "x86_64" else "aarch64-linux-gnu-gcc"
    return tool(cross, "cc") if isa == HOST else tool(cross)


def c_runner(isa: str) -> list[str]:
    if isa == HOST:
        return []
    if isa == "arm64":
        return [tool("qemu-aarch64"), "-L", "/usr/aarch64-linux-gnu"]
    return [tool("qemu-x86_64")]


def write_object(tmp: Path, program: Program, isa: str, name: str) -> tuple[Path, Path]:
    """name.o and name.h, the symbols prefixed name_."""
    obj = tmp / f"{name}.o"
    write_aot(program, f"{name}.vm3", TARGETS[LINUX[isa]], obj, as_object=True, limits=OBJECT_LIMITS,
              prefix=f"{name}_", header_path=None)  # fmt: skip
    return obj, obj.with_suffix(".h")


def literal(bank: Bank, word: str) -> str:
    """A C expression for a command-line word of this bank (only numbers here: C cannot make strings)."""
    if bank == Bank.F64:
        return float(word).hex()  # exact
    return f"INT64_C({int(word, 0)})"


def call(fn: str, name: str, result: Bank, args: list[str]) -> list[str]:
    """C statements: call fn with the C expressions args, print its status and what format_last says."""
    return [
        "{",
        f"    {C_TYPES[result]} r;",
        f"    int s = {fn}({', '.join([*args, '&r'])});",
        f"    {name}_format_last(buf, sizeof buf);",
        '    printf("%d %s\\n", s, buf);',
        "}",
    ]


def check(line: str, want: Ran) -> None:
    """The C program's line for a call against `jit run`: status 0 and its output, 2 and the deopt Cell it
    printed, or 1 and its message (which may lack the interpreter's detail of a runtime error)."""
    status, _, text = line.partition(" ")
    printed = want.stdout.decode().removesuffix("\n")
    if want.code == 1:
        assert status == "1" and (text == want.message or want.message.startswith(text + ": ")), (line, want)
    else:
        assert (status, text) == ("2" if printed.startswith("deopt@") else "0", printed), (line, want)


def build_and_run(tmp: Path, isa: str, body: list[str], files: list[tuple[Path, Path]]) -> list[str]:
    main = tmp / "main.c"
    includes = [f'#include "{h.name}"' for _, h in files]
    lines = ["#include <inttypes.h>", "#include <stdio.h>", *includes, "int main(void) {", "char buf[4096];", *body]
    main.write_text("\n".join([*lines, "return 0;", "}"]) + "\n")
    exe = tmp / "main"
    objects = [o for o, _ in files]
    done = subprocess.run([c_compiler(isa), "-Wall", "-Werror", "-O1", "-o", exe, main, *objects],
                          capture_output=True, text=True, cwd=tmp, timeout=120)  # fmt: skip
    assert done.returncode == 0 and "warning" not in done.stderr, done.stderr
    ran = subprocess.run([*c_runner(isa), exe], capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout.splitlines()


@pytest.mark.parametrize("isa", ISAS)
def test_every_example_from_c(isa: str, tmp_path: Path) -> None:
    body: list[str] = []
    wants: list[Ran] = []
    files = []
    for name, path in sorted(EXAMPLES.items()):
        program = load_program(path)
        files.append(write_object(tmp_path, program, isa, name))
        entry = program.entry_function
        for case_path, args, _ in CASES:
            if case_path == path:
                exprs = [literal(Bank(b), w) for b, w in zip(entry.params, args, strict=True)]
                body += call(f"{name.upper()}_ENTRY", name, Bank(entry.result), exprs)
                wants.append(expected(program, list(args)))
    lines = build_and_run(tmp_path, isa, body, files)
    assert len(lines) == len(wants)
    for line, want in zip(lines, wants, strict=True):
        check(line, want)


MANY = (Bank.I64, Bank.F64) * 9 + (Bank.CELL, Bank.F64, Bank.I64)
"""21 parameters: more integer and floating-point ones than either ISA has argument registers for."""


def many_source() -> str:
    """f(MANY) = a weighted sum of its arguments, the cell one a float Cell read through a list; main(i64)
    only makes f not the entry."""
    lines = [f"func f({', '.join(b.text for b in MANY)}) -> f64", "    .regs i64=24 f64=24 cell=24"]
    lines += ["    ConstI64K i22, 0", "    I64ToF64 f22, i22"]
    for k, b in enumerate(MANY):
        if b == Bank.I64:
            lines += [f"    I64ToF64 f23, i{k}"]
        elif b == Bank.F64:
            lines += [f"    MovF64 f23, f{k}"]
        else:
            lines += ["    NewList c23, 1", "    ListPushI64 c23, i22", f"    ListSetCell c23, c{k}, i22",
                      "    ListGetF64 f23, c23, i22"]  # fmt: skip
        lines += ["    AddF64 f22, f22, f22", "    AddF64 f22, f22, f23"]
    lines += ["    ReturnF64 f22", "end", "func main(i64) -> i64", "    ReturnI64 i0", "end"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("isa", ISAS)
def test_functions_that_are_not_the_entry_errors_and_deopt(isa: str, tmp_path: Path) -> None:
    mixed, deopt = load_program(EXAMPLES["mixed"]), load_program(EXAMPLES["deopt"])
    many = parse_text(many_source(), "many.vm3")
    verify(many)
    files = [write_object(tmp_path, p, isa, n) for p, n in ((mixed, "mixed"), (deopt, "deopt"), (many, "many"))]
    index = {f.name: i for i, f in enumerate(mixed.functions)}
    many_words = [str(k + 1) if b == Bank.I64 else repr(k + 0.25) for k, b in enumerate(MANY)]
    many_exprs = [
        f"many_cell_f64({w})" if b == Bank.CELL else literal(b, w) for b, w in zip(MANY, many_words, strict=True)
    ]
    calls = [
        (call("mixed_above", "mixed", Bank.I64, ["mixed_cell_int(3)", "2.5"]),
         expected(Program(mixed.functions, index["above"]), ["3", "2.5"])),
        (call("mixed_ratio", "mixed", Bank.F64, ["INT64_C(4)", "10.0"]),
         expected(Program(mixed.functions, index["ratio"]), ["4", "10.0"])),
        (call("mixed_horner", "mixed", Bank.F64, ["INT64_C(0)", "1.5", "mixed_cell_null()", "0.0"]),
         expected(Program(mixed.functions, index["horner"]), ["0", "1.5", "x", "0.0"])),
        (call("DEOPT_ENTRY", "deopt", Bank.CELL, ["INT64_C(16)"]), expected(deopt, ["16"])),
        (call("DEOPT_ENTRY", "deopt", Bank.CELL, ["INT64_C(5)"]), expected(deopt, ["5"])),
        (call("many_f", "many", Bank.F64, many_exprs), expected(Program(many.functions, 0), many_words)),
    ]  # fmt: skip
    lines = build_and_run(tmp_path, isa, [s for c, _ in calls for s in c], files)
    assert len(lines) == len(calls)
    for line, (_, want) in zip(lines, calls, strict=True):
        check(line, want)


@pytest.mark.parametrize("language", ["c", "c++"])
def test_the_header_is_strict_c_and_cpp(tmp_path: Path, language: str) -> None:
    cc = tool("cc") if language == "c" else tool("clang++-19", "clang-19", "c++")
    _, h = write_object(tmp_path, load_program(EXAMPLES["mixed"]), HOST or "x86_64", "vm3")
    flags = ["-std=c99", "-pedantic"] if language == "c" else ["-x", "c++", "-std=c++11", "-pedantic"]
    src = tmp_path / "use.c"
    src.write_text(f'#include "{h.name}"\n#include "{h.name}"\nint main(void) {{ return VM3_OK; }}\n')
    done = subprocess.run([cc, *flags, "-Wall", "-Wextra", "-Werror", "-fsyntax-only", src], capture_output=True,
                          text=True, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
