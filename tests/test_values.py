"""Printing results: scalars, strings, containers, cycles, deep nesting."""

from __future__ import annotations

import math

import pytest

from jit.program import cell
from jit.program.ops import Bank
from jit.vm.heap import Heap
from jit.vm.results import Result, format_cell, format_result, format_value, quote, snapshot


@pytest.fixture
def heap() -> Heap:
    return Heap(1 << 20)


@pytest.mark.parametrize(
    ("bank", "bits", "text"),
    [
        (Bank.I64, 42, "42"),
        (Bank.I64, (1 << 64) - 1, "-1"),
        (Bank.I64, 1 << 63, "-9223372036854775808"),
        (Bank.F64, cell.f64_bits(1.5), "1.5"),
        (Bank.F64, cell.f64_bits(-0.0), "-0.0"),
        (Bank.F64, cell.f64_bits(1e100), "1e+100"),
        (Bank.F64, cell.f64_bits(math.inf), "inf"),
        (Bank.F64, 0xFFF4000000000001, "nan"),
        (Bank.CELL, cell.from_int(-5), "-5"),
        (Bank.CELL, cell.from_int(1 << 47), "-140737488355328"),
        (Bank.CELL, cell.from_f64(0.1), "0.1"),
        (Bank.CELL, cell.from_f64(2.0), "2.0"),
        (Bank.CELL, cell.from_bool(True), "true"),
        (Bank.CELL, cell.from_bool(False), "false"),
        (Bank.CELL, cell.NULL, "null"),
        (Bank.CELL, cell.inline_str(b"hi"), "hi"),
        (Bank.CELL, cell.inline_str(b""), ""),
        (Bank.CELL, cell.deopt(17), "deopt@17"),
        (None, cell.deopt(3), "deopt@3"),
        (Bank.CELL, 0xFFFD000000000000, "<cell 0xfffd000000000000>"),
    ],
)
def test_scalars(heap: Heap, bank: Bank | None, bits: int, text: str) -> None:
    assert format_value(bank, bits, heap) == text
    assert format_result(Result(bank, bits, heap)) == text


def test_heap_string_at_top_level_is_bare(heap: Heap) -> None:
    assert format_cell(heap.new_string(b"hello, world"), heap) == "hello, world"
    assert format_cell(heap.new_string("héllo wörld".encode()), heap) == "héllo wörld"


def test_invalid_utf8_is_replaced(heap: Heap) -> None:
    assert format_cell(heap.new_string(b"ab\xffcdefg"), heap) == "ab\ufffdcdefg"
    assert format_cell(cell.inline_str(b"\xc3"), heap) == "\ufffd"


def test_list_and_map(heap: Heap) -> None:
    lst = heap.new_list(0)
    for v in (1, 2, -3):
        heap.list_push(lst, cell.from_int(v))
    assert format_cell(lst, heap) == "[1, 2, -3]"
    m = heap.new_map(0)
    heap.map_set(m, 1, 2)
    heap.map_set(m, -7, 8)
    heap.map_set(m, 1, 3)  # an update keeps the key's position
    assert format_cell(m, heap) == "{1: 3, -7: 8}"
    assert format_cell(heap.new_list(4), heap) == "[]"
    assert format_cell(heap.new_map(4), heap) == "{}"


def test_strings_inside_containers_are_quoted(heap: Heap) -> None:
    lst = heap.new_list(0)
    for s in (b"a", b'say "hi"\n', b"tab\there and back\\slash", b"\x07bell", b"it's long"):
        heap.list_push(lst, heap.new_string(s))
    heap.list_push(lst, cell.from_f64(1.0))
    heap.list_push(lst, cell.NULL)
    heap.list_push(lst, cell.from_bool(True))
    want = r'["a", "say \"hi\"\n", "tab\there and back\\slash", "\x07bell", "it' + "'" + r's long", 1.0, null, true]'
    assert format_cell(lst, heap) == want


def test_quote_matches_python_escapes() -> None:
    for text in ["plain", "é", "\u2028", "\x00\x7f", "\U000e0001", "\r"]:
        assert quote(text) == '"' + repr(text)[1:-1] + '"'


def test_nested_and_shared_containers(heap: Heap) -> None:
    inner = heap.new_list(0)
    heap.list_push(inner, cell.from_int(7))
    outer = heap.new_list(0)
    heap.list_push(outer, inner)
    heap.list_push(outer, inner)  # shared, not a cycle: printed twice
    m = heap.new_map(0)
    heap.map_set(m, 1, 2)
    heap.list_push(outer, m)
    assert format_cell(outer, heap) == "[[7], [7], {1: 2}]"


def test_cycles(heap: Heap) -> None:
    lst = heap.new_list(0)
    heap.list_push(lst, cell.from_int(1))
    heap.list_push(lst, cell.from_int(0))
    heap.list_set(lst, 1, lst)
    assert format_cell(lst, heap) == "[1, [...]]"
    a, b = heap.new_list(0), heap.new_list(0)
    heap.list_push(a, b)
    heap.list_push(b, a)
    assert format_cell(a, heap) == "[[[...]]]"


def test_deep_nesting_prints_without_recursion() -> None:
    depth = 100_000
    heap = Heap(1 << 24)
    cur = heap.new_list(0)
    for _ in range(depth):
        nxt = heap.new_list(0)
        heap.list_push(nxt, cur)
        cur = nxt
    text = format_cell(cur, heap)
    assert text == "[" * depth + "[]" + "]" * depth


class _Untouchable:
    """A HeapReader that fails on any read: an i64 or f64 result must not look at the heap."""

    def string_bytes(self, offset: int) -> bytes:
        raise AssertionError("read a string")

    def list_items(self, offset: int) -> list[int]:
        raise AssertionError("read a list")

    def map_items(self, offset: int) -> list[tuple[int, int]]:
        raise AssertionError("read a map")


@pytest.mark.parametrize("bank", [Bank.I64, Bank.F64])
def test_a_scalar_result_copies_no_heap(bank: Bank) -> None:
    copied = snapshot(bank, cell.handle(cell.ARENA_LIST, 0), _Untouchable())
    assert (copied.strings, copied.lists, copied.maps) == ({}, {}, {})


def test_a_snapshot_holds_what_the_result_reaches_and_prints_the_same(heap: Heap) -> None:
    text = heap.new_string(b"a long string")
    inner = heap.new_list(0)
    heap.list_push(inner, text)
    outer = heap.new_list(2)
    heap.list_push(outer, inner)
    heap.list_push(outer, outer)  # a cycle
    m = heap.new_map(0)
    heap.map_set(m, cell.from_int(1), cell.from_int(2))
    heap.list_push(outer, m)
    unreachable = heap.new_string(b"never printed")
    copied = snapshot(Bank.CELL, outer, heap)
    assert cell.handle_slot(unreachable) << 3 not in copied.strings
    assert len(copied.lists) == 2 and len(copied.maps) == 1
    assert format_cell(outer, copied) == format_cell(outer, heap) == '[["a long string"], [...], {1: 2}]'
