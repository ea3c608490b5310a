"""Load a program file, whichever form it is in: the VM3B binary container or .vm3 text."""

from __future__ import annotations

from pathlib import Path

from jit.errors import InputError
from jit.program.binary import MAGIC, read_binary
from jit.program.model import Program
from jit.program.text import parse_text


def load_program(path: str | Path) -> Program:
    """Read and decode the file at path; every failure is an InputError naming the path."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
    return load_source(data, str(path))


def load_source(data: bytes, filename: str) -> Program:
    """A binary container if data starts with the magic, else UTF-8 text (a leading BOM is allowed)."""
    if data.startswith(MAGIC):
        return read_binary(data, filename)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{filename}: byte {e.start}: not UTF-8 text ({e.reason}) and not a VM3B binary") from None
    return parse_text(text.removeprefix("\ufeff"), filename)
