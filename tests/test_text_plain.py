"""The parser's plain path (jit.program.text: plain op and label lines read without the tokenizer, equal op lines
read once) changes speed, never a result: on texts made of valid and invalid lines alike, parsing gives
the same Program, or the same error at the same place, as with the plain path turned off."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import programs

from jit.errors import ParseError
from jit.program import text
from jit.program.model import Program
from jit.program.ops import BY_NAME, OPS, Field, Kind, OpInfo
from jit.program.printer import print_program

NEVER = re.compile(r"(?!)")


def parse_both(source: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Program | str, Program | str]:
    """(with the plain path, without it): each the Program or the error's full text."""

    def parse() -> Program | str:
        try:
            return text.parse_text(source, "t.vm3")
        except ParseError as e:
            return str(e)

    with_plain = parse()
    with monkeypatch.context() as m:
        for name in ("_PLAIN_OP", "_PLAIN_LABEL", "_BLANK"):
            m.setattr(text, name, NEVER)
        without = parse()
    return with_plain, without


VALID = {
    "reg": ["{p}0", "{p}3", "{p}65535", "7", "65535", "-0", "007", "{p}007", "0x1f", "{p}" + "0" * 39 + "1"],
    Kind.IMM: ["-32768", "32767", "0", "-0", "0x7fff", "-0x8000", "00012", "-000012", "0" * 40],
    Kind.PC: ["L1", "L2", "0", "65535", "0x10"],
    Kind.FUNC: ["main", "g", "1", "65535"],
    Kind.MIXED_DST: ["i0", "f2", "c65535", "f007", "c" + "0" * 40],
    "u16": ["0", "65535", "0x0302", "0xFFFF", "0X1f", "0x00000302", "09999", "0" * 40],
}
"""Per field kind, operands the parser accepts (edge cases included)..."""
INVALID = {
    "reg": ["{p}65536", "65536", "{q}1", "{p}" + "0" * 40 + "1", "0" * 41, "{p}-1", "{p}0x1"],
    Kind.IMM: ["-32769", "32768", "+1", "0" * 41, "--1"],
    Kind.PC: ["nowhere", "65536", "L1.", "1L"],
    Kind.FUNC: ["nope", "65536", "-1"],
    Kind.MIXED_DST: ["c65536", "3", "x1", "i0x1", "c" + "0" * 41],
    "u16": ["65536", "0x10000", "-1", "099999", "0" * 41, "0x_1", "1_0"],
}
"""...and operands it refuses (each with its own message)."""
OTHERS = ["-", "i", "+5", "0x", "x.y$", "i1-2", "1e3", '"s"', "A=1", "flags=2", "", "f"]


def _candidates(fld: Field, table: dict[object, list[str]]) -> list[str]:
    if fld.bank is not None:
        other = "ifc"[(fld.bank + 1) % 3]
        return [c.format(p=fld.bank.prefix, q=other) for c in table["reg"]]
    return table.get(fld.kind, table["u16"])


def mostly(common: list[str], rare: list[str], one_in: int = 20) -> st.SearchStrategy[str]:
    """One of `common`, or about one time in `one_in` one of `rare` (sampled_from draws evenly)."""
    return st.sampled_from(common * -(-len(rare) * (one_in - 1) // len(common)) + rare)


def one_in(n: int) -> st.SearchStrategy[bool]:
    return st.sampled_from([True] + [False] * (n - 1))


@st.composite
def operand_lists(draw: st.DrawFn, info: OpInfo) -> list[str]:
    """One operand per field, mostly valid ones; sometimes a refused one, one too many or one too few."""
    out = [draw(mostly(_candidates(f, VALID), _candidates(f, INVALID) + OTHERS, 80)) for _, f in info.fields]
    if draw(one_in(200)):
        return out[:-1]
    return [*out, draw(st.sampled_from(OTHERS))] if draw(one_in(200)) else out


MNEMONICS = mostly([o.name for o in OPS], ["addi64", "Foo", "end", "func", ".regs", "L1"], 200)
SPACES = mostly([" ", "  ", "\t", " \t ", "\r", ""], ["\x0b"], 1000)
TAILS = mostly(["", "", " ; note", "#x", ";", " \r"], [" : ", ",", " (", "\x0b"], 200)


@st.composite
def op_lines(draw: st.DrawFn) -> str:
    mnemonic = draw(MNEMONICS)
    info = BY_NAME.get(mnemonic)
    operands = draw(operand_lists(info) if info else st.lists(st.sampled_from(OTHERS), max_size=3))
    body = "".join((draw(SPACES) + "," + draw(SPACES) if k else "") + o for k, o in enumerate(operands))
    gap = draw(mostly([" ", "  ", "\t", " \t"], [""], 50)) if operands else ""
    return draw(SPACES) + mnemonic + gap + body + draw(TAILS)


@st.composite
def lines(draw: st.DrawFn, k: int) -> str:
    """Line k of a function body: mostly an op, sometimes a label (line k's own, or a duplicate, ...)."""
    if draw(one_in(20)):
        return draw(mostly(["", "  ", "; c", "\t# c"], [".regs i64=4", ".const i64 5"]))
    if draw(one_in(8)):
        return draw(mostly([f"L{k}:", f"  L{k} :  ; x", f"x.y$.{k}:"], ["1L:", "L1: Nop", "end:", "L1:", "L2:"], 50))
    return draw(op_lines())


@st.composite
def sources(draw: st.DrawFn) -> str:
    header = draw(mostly(["func main(i64) -> i64", "func h(i64, f64) -> i64"], ["", "func g() -> i64"], 100))
    n = draw(st.integers(0, 10))
    body = [draw(lines(k)) for k in range(n)]
    tail = draw(mostly(["end", "end\nfunc g() -> i64\n  ReturnConstK 1\nend"], [""], 100))
    return "\n".join([header, "L1:", "L2:", *body, tail])


@pytest.mark.parametrize("info", OPS, ids=lambda info: info.name)
def test_each_operand_edge_case_reads_the_same(info: OpInfo, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every candidate operand in every field of the op, the other fields plainly valid, in a one-op function."""
    valid = [_candidates(f, VALID)[0] for _, f in info.fields]
    variants = [valid, valid[:-1], [*valid, "0"]]
    for k, (_, fld) in enumerate(info.fields):
        for operand in _candidates(fld, VALID) + _candidates(fld, INVALID) + OTHERS:
            variants.append([*valid[:k], operand, *valid[k + 1 :]])
    for operands in variants:
        line = f"    {info.name} {', '.join(operands)}".rstrip()
        with_plain, without = parse_both(f"func main(i64) -> i64\nL1:\n{line}\nL2:\n{line}\nend\n", monkeypatch)
        assert with_plain == without, line


@settings(max_examples=300, deadline=None)
@given(sources())
def test_random_lines_parse_the_same_with_and_without_the_plain_path(source: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        with_plain, without = parse_both(source, monkeypatch)
    assert with_plain == without


@settings(max_examples=60, deadline=None)
@given(programs())
def test_printed_programs_parse_the_same_with_and_without_the_plain_path(program: Program) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        with_plain, without = parse_both(print_program(program), monkeypatch)
    assert with_plain == without


def test_repeated_lines_give_equal_ops_with_their_own_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = "".join(f"  AddI64K i0, i0, 1\n  CmpLtI64KBr i0, 9, L{k}\nL{k}:\n" for k in range(3))
    source = f"func main(i64) -> i64\n{blocks}  CmpLtI64KBr i0, 9, L1\n  ReturnI64 i0\nend"
    with_plain, without = parse_both(source, monkeypatch)
    assert isinstance(with_plain, Program)
    assert with_plain == without
    code = with_plain.functions[0].code
    assert code[0] is code[2] is code[4]  # one op for equal lines
    assert [code[pc].c for pc in (1, 3, 5, 6)] == [2, 4, 6, 4]  # each branch to its own label
