"""Load a program file, whichever form it is in: the VM3B binary container or .vm3 text.

Only a regular file (or standard input, named `-`) of at most MAX_PROGRAM_BYTES is read: a device such as
/dev/zero, a FIFO or a directory is refused at once instead of read without end, and so is anything larger.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from jit.errors import InputError
from jit.program.binary import MAGIC, read_binary
from jit.program.model import Program
from jit.program.text import parse_text

MAX_PROGRAM_BYTES = 64 << 20
"""The largest program file read (64 MiB: about two million ops of text, eight million in a container)."""
STDIN = "-"
STDIN_NAME = "<stdin>"


def load_program(path: str | Path) -> Program:
    """Read and decode the file at path (`-`: standard input); every failure is an InputError naming it."""
    if str(path) == STDIN:
        return load_source(_read_limited(sys.stdin.buffer, STDIN_NAME), STDIN_NAME)
    return load_source(read_program_file(Path(path)), str(path))


def read_program_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_PROGRAM_BYTES; InputError naming it for anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file ({_kind(st.st_mode)})")
        if st.st_size > MAX_PROGRAM_BYTES:
            raise InputError(f"{path}: {st.st_size} bytes, more than the {MAX_PROGRAM_BYTES} a program may have")
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as f:
        return _read_limited(f, str(path))


def _read_limited(stream: BinaryIO, name: str) -> bytes:
    try:
        data = stream.read(MAX_PROGRAM_BYTES + 1)
    except OSError as e:
        raise InputError(f"{name}: cannot read: {e.strerror or e}") from None
    if len(data) > MAX_PROGRAM_BYTES:
        raise InputError(f"{name}: more than the {MAX_PROGRAM_BYTES} bytes a program may have")
    return data


def _kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not a file"


def load_source(data: bytes, filename: str) -> Program:
    """A binary container if data starts with the magic, else UTF-8 text (a leading BOM is allowed)."""
    if data.startswith(MAGIC):
        return read_binary(data, filename)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{filename}: byte {e.start}: not UTF-8 text ({e.reason}) and not a VM3B binary") from None
    return parse_text(text.removeprefix("\ufeff"), filename)
