"""Hostile inputs: a device, FIFO, directory or oversized file is refused at once (exit 2); `-` is standard
input; a name from a file (a function's, the file's own) reaches the terminal escaped, never raw."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jit.errors import InputError, printable
from jit.program import load
from jit.program.binary import write_binary
from jit.program.model import Function, Instr, Program
from jit.program.ops import Bank, Op
from jit.program.printer import print_program

ROOT = Path(__file__).resolve().parent.parent
HANG_GUARD = 60
SEVEN = "func main() -> i64\n    ReturnConstK 7\nend\n"
BOGUS = "expected an op mnemonic (docs/opcodes.md lists them), found unknown 'Bogus'"
HOSTILE = "m\x1b]0;owned\x07\n\u202eevil\x9b"
"""A function name with an OSC title sequence, a newline, a bidi override and a C1 control."""


def jit(*args: str, stdin: bytes = b"", cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "jit", *args], input=stdin, capture_output=True, cwd=cwd, timeout=HANG_GUARD
    )


def assert_clean(stream: bytes) -> str:
    """The stream as text, with no character a terminal would act on but the line ends."""
    text = stream.decode()
    assert all(ch.isprintable() or ch == "\n" for ch in text), text
    assert "Traceback" not in text
    return text


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/dev/zero", "a character device"), ("/dev/null", "a character device"), (".", "a directory")],
)
def test_a_file_that_is_not_regular_is_refused(path: str, kind: str) -> None:
    for command in ("check", "run"):
        r = jit(command, path)
        assert (r.returncode, r.stdout) == (2, b"")
        assert assert_clean(r.stderr) == f"jit: {path}: not a regular file ({kind})\n"


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "prog.vm3"
    os.mkfifo(fifo)
    r = jit("run", str(fifo))
    assert (r.returncode, r.stderr.decode()) == (2, f"jit: {fifo}: not a regular file (a FIFO)\n")


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.vm3"
    with big.open("wb") as f:
        f.truncate(load.MAX_PROGRAM_BYTES + 1)  # sparse: nothing is written, and nothing must be read
    r = jit("check", str(big))
    assert r.returncode == 2
    assert r.stderr.decode() == (
        f"jit: {big}: {load.MAX_PROGRAM_BYTES + 1} bytes, more than the {load.MAX_PROGRAM_BYTES} a program may have\n"
    )


def test_standard_input_over_the_size_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load, "MAX_PROGRAM_BYTES", 10)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEVEN.encode())))
    with pytest.raises(InputError, match=r"^<stdin>: more than the 10 bytes a program may have$"):
        load.load_program("-")


def test_dash_reads_the_program_from_standard_input(tmp_path: Path) -> None:
    assert jit("run", "-", stdin=SEVEN.encode()).stdout == b"7\n"
    assert jit("run", "--backend", "interp", "-", stdin=SEVEN.encode()).stdout == b"7\n"
    container = write_binary(load.load_source(SEVEN.encode(), "seven.vm3"))
    assert jit("run", "-", stdin=container).stdout == b"7\n"
    assert jit("check", "-", stdin=SEVEN.encode()).stdout == b"-: ok (1 functions, 1 ops)\n"
    assert jit("fmt", "-", stdin=container).stdout.decode() == print_program(load.load_source(container, "x"))
    r = jit("run", "-", stdin=b"func main() -> i64\n    Bogus\nend\n")
    assert (r.returncode, r.stderr.decode()) == (2, f"jit: <stdin>:2:5: {BOGUS}\n")


def hostile_program() -> bytes:
    """A container whose only function, named HOSTILE, divides by zero."""
    code = (Instr(Op.DivI64K, 0, 1, 0, 0), Instr(Op.ReturnI64, 0, 1))
    return write_binary(Program((Function(HOSTILE, (Bank.I64,), Bank.I64, (2, 0, 0), code),)))


@pytest.mark.parametrize("backend", ["interp", "emulate"])
def test_a_function_name_in_a_runtime_error_is_escaped(tmp_path: Path, backend: str) -> None:
    prog = tmp_path / "hostile.vm3b"
    prog.write_bytes(hostile_program())
    r = jit("run", "--backend", backend, str(prog), "5")
    assert r.returncode == 1
    assert assert_clean(r.stderr).startswith(f"jit: runtime error: division by zero in {printable(HOSTILE)} at pc 0")
    assert printable(HOSTILE) == "m\\x1b]0;owned\\x07\\x0a\\u202eevil\\x9b"


def test_a_function_name_in_debugging_output_is_escaped(tmp_path: Path) -> None:
    prog = tmp_path / "hostile.vm3b"
    prog.write_bytes(hostile_program())
    for args in (["emulate", "--trace", "ops"], ["emulate", "--break", f"{HOSTILE}:0"], ["disasm"]):
        r = jit(*args, str(prog), *(["5"] if args[0] == "emulate" else []))
        out = assert_clean(r.stdout)
        assert printable(HOSTILE) in out, args
        assert_clean(r.stderr)


def test_a_file_name_is_escaped_even_when_it_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad\x1b[2J\xff.vm3")
    (tmp_path / name).write_text("func main() -> i64\n    Bogus\nend\n")
    r = jit("check", name, cwd=tmp_path)
    assert r.returncode == 2
    assert assert_clean(r.stderr) == f"jit: bad\\x1b[2J\\xff.vm3:2:5: {BOGUS}\n"


def test_a_verify_error_names_the_function_escaped(tmp_path: Path) -> None:
    code = (Instr(Op.ConstI64K, 0, 0, 0, 1),)  # falls off the end
    prog = tmp_path / "bad.vm3b"
    prog.write_bytes(write_binary(Program((Function("a\nb", (), Bank.I64, (1, 0, 0), code),))))
    r = jit("check", str(prog))
    assert r.returncode == 2
    assert assert_clean(r.stderr) == "jit: verify: a\\x0ab pc=0: control falls off the end of the function\n"
