"""Typed errors. Bad input (exit 2) and runtime errors of the program (exit 1) are distinct types."""

from __future__ import annotations

import enum


def printable(text: str) -> str:
    """text with every character a terminal would act on or hide (controls, newlines, bidi overrides, the lone
    surrogates that stand for undecodable bytes of a file name) written as a Python escape, so that a name
    from a file can neither forge nor garble a message. The `jit` command passes every message through it."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ord(ch)) for ch in text)


def _escape(code: int) -> str:
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


class InputError(Exception):
    """A bad file, parse, verification or command-line argument: the CLI exits 2."""


class ParseError(InputError):
    def __init__(self, file: str, line: int, col: int, message: str) -> None:
        super().__init__(f"{file}:{line}:{col}: {message}")
        self.file, self.line, self.col, self.message = file, line, col, message


class FormatError(InputError):
    """A malformed binary container."""


class VerifyError(InputError):
    def __init__(self, func: str, pc: int | None, message: str) -> None:
        where = f"{func}" if pc is None else f"{func} pc={pc}"
        super().__init__(f"verify: {where}: {message}")
        self.func, self.pc, self.message = func, pc, message


class ErrorKind(enum.IntEnum):
    """Runtime error kinds; the numbers are the status codes the machine code stores too."""

    DIV_ZERO = 1
    INDEX = 2
    WRONG_KIND = 3
    STACK_OVERFLOW = 4
    HEAP_EXHAUSTED = 5
    INSN_LIMIT = 6  # only under emulation with --max-insns

    @property
    def text(self) -> str:
        return {
            ErrorKind.DIV_ZERO: "division by zero",
            ErrorKind.INDEX: "index out of range",
            ErrorKind.WRONG_KIND: "wrong kind of value",
            ErrorKind.STACK_OVERFLOW: "stack overflow",
            ErrorKind.HEAP_EXHAUSTED: "heap exhausted",
            ErrorKind.INSN_LIMIT: "instruction limit reached",
        }[self]


class VMError(Exception):
    """A runtime error of the program: the CLI exits 1. Every backend raises the same one."""

    def __init__(self, kind: ErrorKind, func: str, pc: int, detail: str = "") -> None:
        self.kind, self.func, self.pc, self.detail = kind, func, pc, detail
        msg = f"runtime error: {kind.text} in {func} at pc {pc}"
        super().__init__(msg + (f": {detail}" if detail else ""))

    def key(self) -> tuple[ErrorKind, str, int]:
        """What backends must agree on (the detail text may differ)."""
        return (self.kind, self.func, self.pc)


class StencilCacheError(InputError):
    """A corrupt, hand-edited or stale stencil cache file; `line` is None when no single line is to blame."""

    def __init__(self, file: str, line: int | None, message: str) -> None:
        where = file if line is None else f"{file}:{line}"
        super().__init__(f"stencil cache: {where}: {message}")
        self.file, self.line, self.message = file, line, message


class HolePatchError(Exception):
    """A value that does not fit a stencil hole: patching refuses it rather than truncate it."""
