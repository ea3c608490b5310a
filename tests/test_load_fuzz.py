"""Loading files, and fuzzing both readers: bad input gives the typed error, never another exception."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import programs

from jit.errors import FormatError, InputError, ParseError
from jit.program.binary import MAGIC, read_binary, write_binary
from jit.program.load import load_program, load_source
from jit.program.model import Program
from jit.program.printer import print_program
from jit.program.text import parse_text

TEXT = "func main() -> i64\n    ReturnConstK 7\nend\n"
FUZZ = settings(max_examples=300, deadline=None)


def test_load_text_and_binary(tmp_path: Path) -> None:
    expected = parse_text(TEXT)
    (tmp_path / "p.vm3").write_text(TEXT)
    (tmp_path / "p.vm3b").write_bytes(write_binary(expected))
    assert load_program(tmp_path / "p.vm3") == expected
    assert load_program(str(tmp_path / "p.vm3b")) == expected


def test_load_accepts_a_utf8_bom() -> None:
    assert load_source(b"\xef\xbb\xbf" + TEXT.encode(), "bom.vm3") == parse_text(TEXT)


def test_load_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.vm3: cannot read: No such file or directory"):
        load_program(tmp_path / "nope.vm3")


def test_load_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"not a regular file \(a directory\)"):
        load_program(tmp_path)


def test_load_invalid_utf8_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^x\.vm3: byte 5: not UTF-8 text"):
        load_source(b"func \xff", "x.vm3")


def test_load_reports_file_positions() -> None:
    with pytest.raises(ParseError, match=r"^x\.vm3:2:5: "):
        load_source(b"func main() -> i64\n    Bogus\nend\n", "x.vm3")
    with pytest.raises(FormatError, match=r"^x\.vm3b: byte 4: truncated"):
        load_source(MAGIC, "x.vm3b")


def read_or_format_error(data: bytes) -> Program | None:
    try:
        return read_binary(data, "fuzz.vm3b")
    except FormatError:
        return None


def parse_or_parse_error(text: str) -> Program | None:
    try:
        return parse_text(text, "fuzz.vm3")
    except ParseError:
        return None


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes(data: bytes) -> None:
    read_or_format_error(data)
    read_or_format_error(MAGIC + b"\x01\x00" + data)


@st.composite
def mutated(draw: st.DrawFn, data: bytes | str, alphabet: st.SearchStrategy) -> bytes | str:
    """data with a few random byte (or character) replacements, insertions, deletions or a truncation."""
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(("replace", "insert", "delete", "truncate")))
        piece = draw(alphabet)
        if how == "replace":
            data = data[:at] + piece + data[at + 1 :]
        elif how == "insert":
            data = data[:at] + piece + data[at:]
        elif how == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 8)) :]
        else:
            data = data[:at]
    return data


@FUZZ
@given(st.data())
def test_mutated_binaries(data: st.DataObject) -> None:
    valid = write_binary(data.draw(programs(text=False, max_functions=3, max_ops=6)))
    small_u32 = st.integers(0, 40).map(lambda n: n.to_bytes(4, "little"))
    read_or_format_error(data.draw(mutated(valid, st.binary(min_size=1, max_size=2) | small_u32)))


TEXT_PIECES = st.sampled_from([*',:=()"\\;#-.x0179 \n\tifcLAB', "->", "func", "end", "entry", ".regs", "\\x", "f64"])


@FUZZ
@given(st.data())
def test_mutated_text(data: st.DataObject) -> None:
    valid = print_program(data.draw(programs(max_functions=3, max_ops=6)))
    pieces = TEXT_PIECES | st.characters(codec="utf-8")
    parse_or_parse_error(data.draw(mutated(valid, pieces)))
