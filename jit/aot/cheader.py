"""The C interface of an AOT object: symbol names and the generated header.

Name mangling: function `name` is exported as PREFIX + mangle(name). mangle keeps ASCII letters and digits,
writes `_` as `__` and every other byte of the name's UTF-8 as `_` and two lower-case hex digits
(`list.sum` is `list_2esum`), so distinct names give distinct symbols, and PREFIX + `format_last` (an `_`
followed by a non-hex letter) is never one of them. PREFIX is `vm3_` unless given; it must be a C identifier
and may not start with `jit_`, the runtime's own symbols.

A function is exported with the C prototype `int PREFIX<name>(params..., result *out)`: parameters as int64_t
(i64), double (f64) and uint64_t (a raw Cell). A prototype whose arguments would take more than
VM_AOT_STACK_ARGS stack slots of the platform C ABI is not exported (jit.aot.build skips it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jit.aot.descriptor import aot
from jit.errors import InputError
from jit.program.model import Function, Program
from jit.program.ops import Bank
from jit.stencilset.header import constants
from jit.vm.limits import Limits

DEFAULT_PREFIX = "vm3_"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEPT = re.compile(rb"[A-Za-z0-9]")
C_TYPES = {Bank.I64: "int64_t", Bank.F64: "double", Bank.CELL: "uint64_t"}


@dataclass(frozen=True)
class Export:
    symbol: str
    function: int  # its index in the program


def mangle(name: str) -> str:
    return "".join(
        chr(b) if _KEPT.fullmatch(bytes([b])) else "__" if b == ord("_") else f"_{b:02x}" for b in name.encode()
    )


def check_prefix(prefix: str) -> None:
    if not _IDENTIFIER.fullmatch(prefix):
        raise InputError(f"--prefix {prefix!r} is not a C identifier")
    if prefix.startswith("jit_"):
        raise InputError(f"--prefix {prefix!r}: names starting with jit_ are the AOT runtime's own")


def export_symbol(prefix: str, name: str) -> str:
    return prefix + mangle(name)


def format_last_symbol(prefix: str) -> str:
    return prefix + "format_last"


def fits_prototype(f: Function, int_regs: int) -> bool:
    """Whether the C ABI passes f's arguments and the result pointer in its registers and at most
    VM_AOT_STACK_ARGS stack slots (8-byte values: integer and floating-point registers counted apart)."""
    floats = sum(1 for b in f.params if b == Bank.F64)
    ints = len(f.params) - floats + 1
    return max(0, ints - int_regs) + max(0, floats - aot("FP_ARG_REGS")) <= aot("STACK_ARGS")


def _prototype(prefix: str, f: Function) -> str:
    params = [f"{C_TYPES[Bank(b)]} a{k}" for k, b in enumerate(f.params)]
    return f"int {export_symbol(prefix, f.name)}({', '.join([*params, f'{C_TYPES[Bank(f.result)]} *result'])});"


def _signature(f: Function) -> str:
    return f"{f.name}({', '.join(Bank(b).text for b in f.params)}) -> {Bank(f.result).text}"


def header(program: Program, exports: tuple[Export, ...], skipped: tuple[str, ...], prefix: str, *,
           guard: str, origin: str, limits: Limits) -> str:  # fmt: skip
    """The C header of an object: its prototypes, the entry's, the status codes, Cell helpers."""
    up = prefix.upper()
    entry = program.entry_function
    lines = [
        f"/* {origin}; do not edit.",
        " *",
        " * Each function below runs its vm3 function on a fresh VM: depth 1, the heap holding only the string",
        f" * constants, at most {limits.max_depth} calls deep, {limits.heap_size} bytes of heap,",
        f" * {limits.stack_regs} registers per bank stack; on the caller's machine stack (64 bytes per vm3 call).",
        f" * It returns {up}OK with the result in *result (result may be NULL), {up}ERROR after a runtime error,",
        f" * {up}DEOPT after a Deopt. {format_last_symbol(prefix)} gives what `jit run` prints for the last call.",
        " * A Cell is its raw 64 bits; the heap objects it may name live until the next call. One call at a time:",
        " * the VM is this object's static data.",
        " */",
        f"#ifndef {guard}",
        f"#define {guard}",
        "",
        "#include <stdint.h>",
        "",
        "#ifdef __cplusplus",
        'extern "C" {',
        "#endif",
        "",
        f"#define {up}OK 0",
        f"#define {up}ERROR 1",
        f"#define {up}DEOPT 2",
        "",
    ]
    for e in exports:
        f = program.functions[e.function]
        note = ", the entry function" if e.function == program.entry else ""
        lines += [f"/* {_signature(f)}{note} */", _prototype(prefix, f)]
    if program.entry in {e.function for e in exports}:
        lines += ["", f"#define {up}ENTRY {export_symbol(prefix, entry.name)}"]
    lines += [f"/* not exported (a C prototype would take too many stack slots): {name} */" for name in skipped]
    vm = constants()
    tag = {name: vm[f"VM_TAG_{name}"] << vm["VM_TAG_SHIFT"] for name in ("INT", "BOOL", "NULL")}
    lines += [
        "",
        "/* What `jit run` prints for the last call (its result, or the runtime error's message; no newline) into",
        " * buf, NUL-terminated and cut to size - 1 bytes; the length of the whole text. */",
        f"int64_t {format_last_symbol(prefix)}(char *buf, int64_t size);",
        "",
        "/* Cells a C program can make (docs/opcodes.md, Cells): int48, bool, null and float. */",
        f"static inline uint64_t {prefix}cell_int(int64_t v) {{",
        f"    return {tag['INT']:#x}u | ((uint64_t)v & {vm['VM_INT48_MASK']:#x}u);",
        "}",
        f"static inline uint64_t {prefix}cell_bool(int b) {{ return {tag['BOOL']:#x}u | (b != 0); }}",
        f"static inline uint64_t {prefix}cell_null(void) {{ return {tag['NULL']:#x}u; }}",
        f"static inline uint64_t {prefix}cell_f64(double x) {{",
        "    union { double d; uint64_t u; } b = {x};",
        f"    return x != x ? {vm['VM_CANON_NAN']:#x}u : b.u;",
        "}",
        "",
        "#ifdef __cplusplus",
        "}",
        "#endif",
        "",
        f"#endif /* {guard} */",
    ]
    return "\n".join(lines) + "\n"
