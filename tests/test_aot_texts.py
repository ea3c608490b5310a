"""What the AOT runtime is told about words and characters: its texts put together jit run's messages, and
the Unicode tables are exactly what str.isprintable(), str.isdecimal() and str.isspace() say, stored or not."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from jit.aot import unicode as uni
from jit.aot.texts import FIXED, index, program_texts
from jit.errors import ErrorKind, InputError, VMError
from jit.program.model import Function, Program
from jit.program.ops import Bank
from jit.program.verify import parse_entry_args
from jit.stencilset.header import constants


def test_every_text_index_of_the_header_has_a_text() -> None:
    names = {k.removeprefix("VM_AOT_TEXT_") for k in constants("aot.h") if k.startswith("VM_AOT_TEXT_")}
    assert names == {*FIXED, "KIND", "ARGCOUNT", "SIGNATURE", "PARAM"}
    assert index("KIND") + max(ErrorKind) < index("ARGCOUNT")


@pytest.mark.parametrize("params", [(), (Bank.I64,), (Bank.F64, Bank.CELL), (Bank.I64,) * 3])
def test_texts_put_together_jit_runs_messages(params: tuple[Bank, ...]) -> None:
    entry = Function("main", params, Bank.I64, (3, 3, 3), ())
    texts = program_texts(entry)
    fixed = {name: texts[index(name)] for name in FIXED}
    for kind in ErrorKind:
        made = f"{fixed['RUNTIME_ERROR']}{texts[index('KIND') + kind]}{fixed['IN']}main{fixed['AT_PC']}7"
        assert made == str(VMError(kind, "main", 7))
    for got in sorted({0, len(params) + 1} - {len(params)}):
        with pytest.raises(InputError) as e:
            parse_entry_args(Program((entry,), 0), ["0"] * got)
        assert str(e.value) == texts[index("ARGCOUNT")] + str(got)
    for k, bank in enumerate(params):
        words = ["0" if b != Bank.I64 else "1" for b in params]
        words[k] = "x" if bank != Bank.CELL else "y"
        if bank == Bank.CELL:
            continue  # any word is a cell argument
        with pytest.raises(InputError) as e:
            parse_entry_args(Program((entry,), 0), words)
        reason = "NOT_INT" if bank == Bank.I64 else "NOT_FLOAT"
        assert str(e.value) == texts[index("PARAM") + k] + texts[index("DETAIL")] + "'x'" + texts[index(reason)]


def test_unicode_tables_are_the_str_methods() -> None:
    t = uni.tables()
    printable = [True] * (sys.maxunicode + 1)
    for first, end in t.nonprintable:
        printable[first:end] = [False] * (end - first)
    decimal = [-1] * (sys.maxunicode + 1)
    for first, length, value in t.digits:
        decimal[first : first + length] = range(value, value + length)
    spaces = set(t.spaces)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert printable[cp] == ch.isprintable(), hex(cp)
        assert decimal[cp] == (unicodedata.decimal(ch) if ch.isdecimal() else -1), hex(cp)
        assert (cp in spaces) == (cp >= 127 and ch.isspace()), hex(cp)


def test_a_damaged_stored_table_is_computed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VM3_JIT_CACHE_DIR", str(tmp_path))
    uni.tables.cache_clear()
    try:
        first = uni.tables()
        (stored,) = tmp_path.glob("unicode-*.bin")
        stored.write_bytes(b"\x00garbage")
        uni.tables.cache_clear()
        assert uni.tables() == first
        assert stored.read_bytes() != b"\x00garbage"
    finally:
        uni.tables.cache_clear()
