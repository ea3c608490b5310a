"""Parser for the .vm3 text format (docs/text-format.md): source text -> Program.

The format is a contract with outside users, so the parser is strict: anything it does not
understand is a ParseError naming the file, line, column and what was expected. Nothing is
silently ignored or guessed.

Each line is tokenized and parsed by the full rules, except plain op and label lines (most of a
big program), which a faster path reads with the same result (see "The plain path" below).
"""

from __future__ import annotations

import difflib
import enum
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from jit.errors import ParseError
from jit.program.cell import CANONICAL_NAN, INT48_MAX, INT48_MIN, bits_f64
from jit.program.model import Const, Function, Instr, Program, param_regs
from jit.program.ops import BY_NAME, OPS, Bank, Field, Kind, OpInfo

NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.$]*\Z")
"""Function and label names. The printer refuses a Program whose names do not match."""

FLAGS_KEY = "flags"
"""Keyword-form extension that sets the raw BankFlags byte (for ops positional form cannot express)."""

F64_BITS = "bits"
"""`.const f64 bits N`: the constant with exactly the 64-bit pattern N (how the printer writes a NaN's payload)."""

SLOTS = ("A", "B", "C")
_FLAGS, _FIELD0 = 1, 2  # where BankFlags and field A sit in an op's draft [opcode, flags, A, B, C] (Instr's order)
U8_MAX, U16_MAX, U32_MAX, U64_MAX = 0xFF, 0xFFFF, 0xFFFF_FFFF, (1 << 64) - 1
INT16_MIN, INT16_MAX = -(1 << 15), (1 << 15) - 1
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1

_BANKS = {b.text: b for b in Bank}
_PREFIX_BANK = {b.prefix: b for b in Bank}
_REG_NOUN = {Bank.I64: "an i64 register", Bank.F64: "an f64 register", Bank.CELL: "a cell register"}
_WORD_RE = re.compile(r"[A-Za-z0-9_.$+\-]+")
_INT_RE = re.compile(r"-?(?:0[xX][0-9a-fA-F]+|[0-9]+)\Z")
_REG_RE = re.compile(r"([ifc])([0-9]+)\Z")
_HEX2_RE = re.compile(r"[0-9a-fA-F]{2}")
_FLOAT_RE = re.compile(
    r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
    r"|(?P<hex>0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?[0-9]+)?)"
    r"|(?P<inf>inf)|nan)\Z"
)
_MAX_DIGITS = 40  # longer decimal literals are out of every range; this also avoids int()'s digit limit
_SPACE = " \t\r"
_PUNCT = ",()=:"
_ESCAPES = {"n": 0x0A, "t": 0x09, "\\": 0x5C, '"': 0x22}

_EXPECT = {
    Kind.IMM: "an int16 immediate",
    Kind.PC: "a label or pc number",
    Kind.FUNC: "a function name or index",
    Kind.CONST: "a constant index",
    Kind.TABLE: "a table index",
    Kind.CAP: "a capacity (u16)",
    Kind.ARGS: "the first argument register as a bare number",
    Kind.FMA: "two packed f64 registers as a u16 (e.g. 0x0302)",
}


def parse_text(source: str, filename: str = "<input>") -> Program:
    """Parse a whole .vm3 source into a Program (functions in file order)."""
    return _Parser(filename).parse(source)


@dataclass(frozen=True)
class _Tok:
    kind: str  # "word", "str", "punct" or "eol"
    text: str
    col: int
    data: bytes = b""  # the decoded bytes of a "str" token

    def describe(self) -> str:
        if self.kind == "eol":
            return "end of line"
        return "a string" if self.kind == "str" else repr(self.text)


class _Cursor:
    """The tokens of one line, consumed left to right; errors point at a token's column."""

    def __init__(self, filename: str, lineno: int, toks: list[_Tok]) -> None:
        self.filename, self.lineno, self.toks, self.pos = filename, lineno, toks, 0

    def error(self, tok: _Tok, message: str) -> ParseError:
        return ParseError(self.filename, self.lineno, tok.col, message)

    def peek(self) -> _Tok:
        return self.toks[self.pos]

    def next(self) -> _Tok:
        tok = self.peek()
        if tok.kind != "eol":
            self.pos += 1
        return tok

    def at_end(self) -> bool:
        return self.peek().kind == "eol"

    def accept(self, punct: str) -> bool:
        tok = self.peek()
        if tok.kind == "punct" and tok.text == punct:
            self.pos += 1
            return True
        return False

    def expect(self, punct: str, context: str) -> None:
        tok = self.next()
        if tok.kind != "punct" or tok.text != punct:
            raise self.error(tok, f"expected '{punct}' {context}, found {tok.describe()}")

    def word(self, what: str) -> _Tok:
        tok = self.next()
        if tok.kind != "word":
            raise self.error(tok, f"expected {what}, found {tok.describe()}")
        return tok

    def end(self, context: str) -> None:
        if not self.at_end():
            tok = self.peek()
            raise self.error(tok, f"expected end of line after {context}, found {tok.describe()}")

    def integer(self, tok: _Tok, lo: int, hi: int, what: str, text: str | None = None) -> int:
        """tok (or the digits `text` cut from it) as an integer in lo..hi."""
        text = tok.text if text is None else text
        if tok.kind != "word" or not _INT_RE.match(text):
            raise self.error(tok, f"expected {what}, found {tok.describe()}")
        hex_digits = text.lstrip("-")[:2] in ("0x", "0X")
        value = None if len(text) > _MAX_DIGITS and not hex_digits else int(text, 16 if hex_digits else 10)
        if value is None or not lo <= value <= hi:
            raise self.error(tok, f"expected {what} in {lo}..{hi}, found {tok.text}")
        return value

    def float64(self, tok: _Tok) -> float:
        m = _FLOAT_RE.match(tok.text) if tok.kind == "word" else None
        if m is None:
            raise self.error(
                tok, f"expected an f64 constant (decimal, hex float, inf, nan or bits N), found {tok.describe()}"
            )
        try:
            value = float.fromhex(tok.text) if m["hex"] else float(tok.text)
        except OverflowError:
            value = math.inf
        if math.isinf(value) and not m["inf"]:
            raise self.error(tok, f"f64 constant {tok.text} is out of range (write inf if that is meant)")
        return bits_f64(CANONICAL_NAN) if math.isnan(value) else value


# The plain path: most lines of a big program are labels and ops with positional operands, each a
# register, a number, or a label or function name. The regexes below match such lines and
# _Parser._plain_op converts each operand by the same rules as _Parser._field, declining anything
# else (a hex register, a value out of range, ...): such a line goes through the tokenizer and the
# full rules, which give every error message. So the plain path changes speed, never a result.

_W = r"[A-Za-z0-9_.$+\-]+"  # a word token (_WORD_RE)
_S = r"[ \t\r]*"
_COMMENT = rf"{_S}(?:[;#].*)?\Z"
_PLAIN_OP = re.compile(rf"{_S}({_W})(?:[ \t\r]+({_W})(?:{_S},{_S}({_W})(?:{_S},{_S}({_W}))?)?)?{_COMMENT}")
_PLAIN_LABEL = re.compile(rf"{_S}([A-Za-z_][A-Za-z0-9_.$]*){_S}:{_COMMENT}")
_BLANK = re.compile(_COMMENT)
_HEX16 = re.compile(r"0[xX][0-9a-fA-F]{1,4}\Z")


class _Reader(enum.IntEnum):
    """How the plain path reads an operand; also the index of its memo in _Parser.read."""

    I64_REG = Bank.I64  # a register of one bank (these three are the bank's number)
    F64_REG = Bank.F64
    CELL_REG = Bank.CELL
    MIXED_DST = 3  # a register with any bank prefix: bank << 16 | register
    IMM = 4  # a short decimal int16, as its u16 bits
    LABEL = 5  # a label name (_NAMED), else a u16
    FUNCTION = 6  # a function name (_NAMED), else a u16
    U16 = 7  # a short decimal or 4-digit hex u16


_NAMED, _REFUSED, _UNREAD = -1, -2, -3
"""What the plain path reads beside numbers: a name to resolve later; an operand it leaves to the full
rules; an operand not read yet."""


def _reader(fld: Field) -> _Reader:
    if fld.bank is not None:
        return _Reader(fld.bank)
    if fld.kind is Kind.MIXED_DST:
        return _Reader.MIXED_DST
    if fld.kind is Kind.IMM:
        return _Reader.IMM
    return {Kind.PC: _Reader.LABEL, Kind.FUNC: _Reader.FUNCTION}.get(fld.kind, _Reader.U16)


_PLAIN_FIELDS = tuple(
    tuple((group, _FIELD0 + SLOTS.index(name), _reader(fld)) for group, (name, fld) in enumerate(info.fields, 1))
    for info in OPS
)
"""Per opcode, per field in text order: (its operand's index in _PLAIN_OP's groups() (mnemonic 0), its index
in the op's draft, how to read it)."""


def _read_plain(reader: _Reader, text: str) -> int:
    """What the full rules (_Parser._field, _mixed_dst) read from a plainly valid operand; _REFUSED for
    anything else, which the full rules then refuse or read."""
    if reader <= _Reader.CELL_REG:
        return _u16(text[1:] if text[0] == "ifc"[reader] else text)
    if reader is _Reader.MIXED_DST:
        value = _u16(text[1:]) if text[0] in _PREFIX_BANK else _REFUSED
        return value if value < 0 else _PREFIX_BANK[text[0]] << 16 | value
    if reader is _Reader.IMM:
        return _i16(text)
    if reader in (_Reader.LABEL, _Reader.FUNCTION) and NAME_RE.match(text):
        return _NAMED
    return _u16(text) if _HEX16.match(text) is None else int(text, 16)


def _u16(digits: str) -> int:
    """A short decimal u16, else _REFUSED (the plain path's words are ASCII, so isdigit means 0-9)."""
    if digits.isdigit() and len(digits) <= 5:
        value = int(digits)
        return value if value <= U16_MAX else _REFUSED
    return _REFUSED


def _i16(text: str) -> int:
    """A short decimal int16 as its u16 bits, else _REFUSED."""
    digits = text[1:] if text[:1] == "-" else text
    if digits.isdigit() and len(digits) <= 5:
        value = int(text)
        return value & U16_MAX if INT16_MIN <= value <= INT16_MAX else _REFUSED
    return _REFUSED


def _tokenize(line: str, error: Callable[[int, str], ParseError]) -> list[_Tok]:
    toks: list[_Tok] = []
    i, end = 0, len(line)
    while i < len(line):
        ch = line[i]
        if ch in _SPACE:
            i += 1
        elif ch in ";#":
            end = i
            break
        elif line.startswith("->", i):
            toks.append(_Tok("punct", "->", i + 1))
            i += 2
        elif ch in _PUNCT:
            toks.append(_Tok("punct", ch, i + 1))
            i += 1
        elif ch == '"':
            tok, i = _string(line, i, error)
            toks.append(tok)
        elif m := _WORD_RE.match(line, i):
            toks.append(_Tok("word", m.group(), i + 1))
            i = m.end()
        else:
            raise error(i + 1, f"unexpected character {ch!r}")
    toks.append(_Tok("eol", "", len(line[:end].rstrip(_SPACE)) + 1))
    return toks


def _string(line: str, start: int, error: Callable[[int, str], ParseError]) -> tuple[_Tok, int]:
    """The string literal opening at line[start]; returns its token and the index after it."""
    out = bytearray()
    i = start + 1
    while i < len(line):
        ch = line[i]
        if ch == '"':
            return _Tok("str", line[start : i + 1], start + 1, bytes(out)), i + 1
        if ch != "\\":
            try:
                out += ch.encode()
            except UnicodeEncodeError:
                raise error(i + 1, f"character {ch!r} cannot be encoded as UTF-8") from None
            i += 1
            continue
        esc = line[i + 1 : i + 2]
        if esc == "":
            break
        if esc in _ESCAPES:
            out.append(_ESCAPES[esc])
            i += 2
        elif esc == "x" and _HEX2_RE.match(line, i + 2):
            out.append(int(line[i + 2 : i + 4], 16))
            i += 4
        elif esc == "x":
            raise error(i + 1, f"bad escape: \\x needs two hex digits, found {line[i : i + 4]!r}")
        else:
            raise error(i + 1, f"bad escape '\\{esc}': expected \\n, \\t, \\\\, \\\" or \\xNN")
    raise error(start + 1, "unterminated string: expected a closing '\"' before the end of the line")


@dataclass
class _Fixup:
    """A name in an op field, resolved once every label (or function) is known."""

    op: int
    slot: int
    name: str
    line: int
    col: int


@dataclass
class _FuncDraft:
    name: str
    params: tuple[Bank, ...]
    result: Bank
    line: int
    regs: dict[Bank, int] = field(default_factory=dict)
    consts: list[Const] = field(default_factory=list)
    tables: list[tuple[int, ...]] = field(default_factory=list)
    ops: list[Instr] = field(default_factory=list)  # a named field is 0 until resolved
    labels: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (pc, line)
    label_refs: list[_Fixup] = field(default_factory=list)
    func_refs: list[_Fixup] = field(default_factory=list)


class _Parser:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.funcs: list[_FuncDraft] = []
        self.by_name: dict[str, int] = {}
        self.cur: _FuncDraft | None = None
        self.entry: tuple[str, int, int] | None = None  # name, line, col
        self.plain_ops: dict[str, Instr] = {}  # plain op lines without names: equal lines give equal ops
        self.read: list[dict[str, int]] = [{} for _ in _Reader]  # per reader, each operand read so far

    def parse(self, source: str) -> Program:
        lines = source.split("\n")
        plain_op, plain_label, blank = _PLAIN_OP.match, _PLAIN_LABEL.match, _BLANK.match
        seen = self.plain_ops
        for lineno, line in enumerate(lines, 1):
            if self.cur is not None and (ins := seen.get(line)) is not None:
                self.cur.ops.append(ins)
                continue
            if (m := plain_op(line)) is not None and self._plain_op(m, lineno):
                continue
            if (m := plain_label(line)) is not None and self._plain_label(m, lineno):
                continue
            if blank(line):
                continue
            toks = _tokenize(line, lambda col, msg, n=lineno: ParseError(self.filename, n, col, msg))
            if toks[0].kind != "eol":
                self._line(_Cursor(self.filename, lineno, toks))
        eof = (len(lines), len(lines[-1]) + 1)
        if self.cur is not None:
            raise ParseError(
                self.filename, *eof, f"missing `end` for function {self.cur.name!r} (opened at line {self.cur.line})"
            )
        if not self.funcs:
            raise ParseError(self.filename, *eof, "no functions: expected at least one `func NAME(BANKS) -> BANK`")
        return self._program()

    def _line(self, cur: _Cursor) -> None:
        first = cur.next()
        if first.kind == "word" and cur.peek().kind == "punct" and cur.peek().text == ":":
            self._label(cur, first)
        elif first.kind != "word":
            raise cur.error(
                first, f"expected a mnemonic, directive, label, `func`, `end` or `entry`, found {first.describe()}"
            )
        elif first.text == "func":
            self._func(cur, first)
        elif first.text == "end":
            self._end(cur, first)
        elif first.text == "entry":
            self._entry(cur, first)
        elif first.text.startswith("."):
            self._directive(cur, first)
        else:
            self._op(cur, first)

    def _plain_op(self, m: re.Match[str], lineno: int) -> bool:
        """Take an op line that _PLAIN_OP matched if every operand is plainly valid; False: parse it in full."""
        fn, info = self.cur, BY_NAME.get(m[1])
        if fn is None or info is None:
            return False
        fields = _PLAIN_FIELDS[info.code]
        if m.lastindex != len(fields) + 1:  # the operands are groups 2.., each present only after the one before
            return False
        draft = [info.code, 0, 0, 0, 0]
        named: list[tuple[int, int, _Reader]] | None = None  # (operand, index in draft, reader) of each name
        texts, read = m.groups(), self.read
        for operand, at, reader in fields:
            text = texts[operand]
            seen = read[reader]
            value = seen.get(text, _UNREAD)
            if value == _UNREAD:
                value = seen[text] = _read_plain(reader, text)
            if value < 0:
                if value == _REFUSED:
                    return False
                named = named or []
                named.append((operand, at, reader))
                value = 0
            elif value > U16_MAX:  # a CallMixed destination: bank << 16 | register
                draft[_FLAGS], value = value >> 16, value & U16_MAX
            draft[at] = value
        ins = Instr(*draft)
        fn.ops.append(ins)
        if named is None:
            self.plain_ops[m.string] = ins
        for operand, at, reader in named or ():
            ref = _Fixup(len(fn.ops) - 1, at - _FIELD0, texts[operand], lineno, m.start(operand + 1) + 1)
            (fn.label_refs if reader is _Reader.LABEL else fn.func_refs).append(ref)
        return True

    def _plain_label(self, m: re.Match[str], lineno: int) -> bool:
        """Take a label line that _PLAIN_LABEL matched unless it is misplaced or a duplicate."""
        fn, name = self.cur, m[1]
        if fn is None or name in fn.labels:
            return False
        fn.labels[name] = (len(fn.ops), lineno)
        return True

    def _in_func(self, cur: _Cursor, tok: _Tok, what: str) -> _FuncDraft:
        if self.cur is None:
            raise cur.error(tok, f"{what} {tok.text!r} outside a function: expected `func NAME(BANKS) -> BANK` first")
        return self.cur

    # --- structure -------------------------------------------------------------------------

    def _func(self, cur: _Cursor, tok: _Tok) -> None:
        if self.cur is not None:
            raise cur.error(
                tok,
                f"expected `end` to close {self.cur.name!r} (opened at line {self.cur.line}) before a new `func`",
            )
        name = cur.word("a function name")
        if not NAME_RE.match(name.text):
            raise cur.error(name, f"expected a function name (letters, digits, _ . $), found {name.text!r}")
        if name.text in self.by_name:
            first = self.funcs[self.by_name[name.text]].line
            raise cur.error(name, f"duplicate function {name.text!r} (first defined at line {first})")
        cur.expect("(", "after the function name")
        params: list[Bank] = []
        if not cur.accept(")"):
            while True:
                params.append(self._bank(cur, "a parameter bank (i64, f64 or cell)"))
                if cur.accept(")"):
                    break
                cur.expect(",", "between parameter banks")
        cur.expect("->", "after the parameter list")
        result = self._bank(cur, "a result bank (i64, f64 or cell)")
        cur.end("the function header")
        self.by_name[name.text] = len(self.funcs)
        self.cur = _FuncDraft(name.text, tuple(params), result, cur.lineno)
        self.funcs.append(self.cur)

    @staticmethod
    def _bank(cur: _Cursor, what: str) -> Bank:
        tok = cur.word(what)
        if tok.text not in _BANKS:
            raise cur.error(tok, f"expected {what}, found {tok.text!r}")
        return _BANKS[tok.text]

    def _end(self, cur: _Cursor, tok: _Tok) -> None:
        fn = self.cur
        if fn is None:
            raise cur.error(tok, "`end` without an open `func`")
        cur.end("`end`")
        labels = {name: pc for name, (pc, _) in fn.labels.items()}
        self._resolve(fn, fn.label_refs, labels, "label", f" in function {fn.name!r}")
        self.cur = None

    def _entry(self, cur: _Cursor, tok: _Tok) -> None:
        if self.cur is not None:
            raise cur.error(tok, f"`entry` inside function {self.cur.name!r}: it belongs outside functions")
        if self.entry is not None:
            raise cur.error(tok, f"duplicate `entry` (first given at line {self.entry[1]})")
        name = cur.word("the entry function's name")
        cur.end("the entry name")
        self.entry = (name.text, cur.lineno, name.col)

    def _label(self, cur: _Cursor, tok: _Tok) -> None:
        fn = self._in_func(cur, tok, "label")
        if not NAME_RE.match(tok.text):
            raise cur.error(
                tok, f"expected a label name (a letter or _, then letters, digits, _ . $), found {tok.text!r}"
            )
        if tok.text in fn.labels:
            raise cur.error(tok, f"duplicate label {tok.text!r} (first defined at line {fn.labels[tok.text][1]})")
        cur.next()  # the ':'
        cur.end(f"label {tok.text!r} (a label goes on its own line)")
        fn.labels[tok.text] = (len(fn.ops), cur.lineno)

    # --- directives ------------------------------------------------------------------------

    def _directive(self, cur: _Cursor, tok: _Tok) -> None:
        fn = self._in_func(cur, tok, "directive")
        if fn.ops:
            raise cur.error(tok, f"directive {tok.text} after the first op of {fn.name!r}: directives come before ops")
        if tok.text == ".regs":
            self._regs(cur, fn)
        elif tok.text == ".const":
            self._const(cur, fn)
        elif tok.text == ".table":
            self._table(cur, fn)
        else:
            raise cur.error(tok, f"unknown directive {tok.text!r}: expected .regs, .const or .table")

    def _regs(self, cur: _Cursor, fn: _FuncDraft) -> None:
        while not cur.at_end():
            key = cur.peek()
            bank = self._bank(cur, "a bank name (i64, f64 or cell) in .regs")
            if bank in fn.regs:
                raise cur.error(key, f"register count of bank {bank.text} given twice")
            cur.expect("=", f"after {bank.text} in .regs")
            fn.regs[bank] = cur.integer(cur.next(), 0, U32_MAX, f"a register count for {bank.text}")

    def _const(self, cur: _Cursor, fn: _FuncDraft) -> None:
        kind = cur.word("a constant kind (i64, f64 or str)")
        value = cur.next()
        if kind.text == "i64":
            fn.consts.append(Const("i64", cur.integer(value, INT48_MIN, INT48_MAX, "an int48 constant")))
        elif kind.text == "f64" and value.kind == "word" and value.text == F64_BITS:
            fn.consts.append(Const("f64", bits_f64(cur.integer(cur.next(), 0, U64_MAX, "a 64-bit pattern"))))
        elif kind.text == "f64":
            fn.consts.append(Const("f64", cur.float64(value)))
        elif kind.text == "str":
            if value.kind != "str":
                raise cur.error(value, f'expected a quoted string ("..."), found {value.describe()}')
            fn.consts.append(Const("str", value.data))
        else:
            raise cur.error(kind, f"expected a constant kind (i64, f64 or str), found {kind.text!r}")
        cur.end("the constant")

    def _table(self, cur: _Cursor, fn: _FuncDraft) -> None:
        values: list[int] = []
        while not cur.at_end():
            values.append(cur.integer(cur.next(), INT64_MIN, INT64_MAX, "an int64 table value"))
            if not cur.at_end():
                cur.expect(",", "between table values")
                if cur.at_end():
                    raise cur.error(cur.peek(), "expected an int64 table value after ',', found end of line")
        fn.tables.append(tuple(values))

    # --- ops -------------------------------------------------------------------------------

    def _op(self, cur: _Cursor, mnemonic: _Tok) -> None:
        fn = self._in_func(cur, mnemonic, "op")
        info = BY_NAME.get(mnemonic.text)
        if info is None:
            raise cur.error(mnemonic, _unknown_mnemonic(mnemonic.text))
        items = self._operands(cur)
        draft = [info.code, 0, 0, 0, 0]
        fn.ops.append(Instr(info.code))  # a placeholder while the operands are read: fixups need its index
        keyed = [key is not None for key, _ in items]
        if any(keyed) and not all(keyed):
            odd = next(tok for key, tok in items if (key is None) == keyed[0])
            raise cur.error(odd, "cannot mix positional operands and keyword operands (A=..) in one op")
        if any(keyed):
            self._keyword_operands(cur, fn, info, [(key, tok) for key, tok in items if key is not None], draft)
        else:
            self._positional_operands(cur, fn, info, [tok for _, tok in items], draft)
        fn.ops[-1] = Instr(*draft)

    @staticmethod
    def _operands(cur: _Cursor) -> list[tuple[_Tok | None, _Tok]]:
        items: list[tuple[_Tok | None, _Tok]] = []
        while not cur.at_end():
            tok = cur.word("an operand")
            if cur.accept("="):
                value = cur.peek()
                if value.kind != "word":
                    raise cur.error(value, f"expected a value after '{tok.text}=', found {value.describe()}")
                items.append((tok, cur.next()))
            else:
                items.append((None, tok))
            if not cur.at_end():
                cur.expect(",", "between operands")
                if cur.at_end():
                    raise cur.error(cur.peek(), "expected an operand after ',', found end of line")
        return items

    def _positional_operands(
        self, cur: _Cursor, fn: _FuncDraft, info: OpInfo, toks: list[_Tok], draft: list[int]
    ) -> None:
        fields = info.fields
        if len(toks) != len(fields):
            where = toks[len(fields)] if len(toks) > len(fields) else cur.peek()
            names = ", ".join(n for n, _ in fields) or "none"
            raise cur.error(where, f"{info.name} takes {len(fields)} operand(s) ({names}), found {len(toks)}")
        for (name, fld), tok in zip(fields, toks, strict=True):
            at = _FIELD0 + SLOTS.index(name)
            if fld.kind is Kind.MIXED_DST:
                draft[_FLAGS], draft[at] = self._mixed_dst(cur, tok)
            else:
                draft[at] = self._field(cur, fn, info, name, fld, tok)

    def _keyword_operands(
        self, cur: _Cursor, fn: _FuncDraft, info: OpInfo, items: list[tuple[_Tok, _Tok]], draft: list[int]
    ) -> None:
        given: dict[str, _Tok] = {}
        for key, tok in items:
            if key.text not in (*SLOTS, FLAGS_KEY):
                raise cur.error(key, f"expected a field name (A, B, C or {FLAGS_KEY}), found {key.text!r}")
            if key.text in given:
                raise cur.error(key, f"field {key.text} given twice")
            given[key.text] = tok
        flags = given.pop(FLAGS_KEY, None)
        if flags is not None:
            draft[_FLAGS] = cur.integer(flags, 0, U8_MAX, "a BankFlags byte")
        for name, tok in given.items():
            slot = SLOTS.index(name)
            fld: Field | None = (info.a, info.b, info.c)[slot]
            if fld is None:
                draft[_FIELD0 + slot] = cur.integer(
                    tok, 0, U16_MAX, f"a plain integer (field {name} is unused by {info.name})"
                )
            elif fld.kind is Kind.MIXED_DST and flags is not None:
                what = f"a bare register number for {info.name} {name} (flags= sets BankFlags)"
                draft[_FIELD0 + slot] = cur.integer(tok, 0, U16_MAX, what)
            elif fld.kind is Kind.MIXED_DST:
                draft[_FLAGS], draft[_FIELD0 + slot] = self._mixed_dst(cur, tok)
            else:
                draft[_FIELD0 + slot] = self._field(cur, fn, info, name, fld, tok)

    def _field(self, cur: _Cursor, fn: _FuncDraft, info: OpInfo, name: str, fld: Field, tok: _Tok) -> int:
        """The raw u16 of one used field; a label or function name is recorded and patched later."""
        where = f" for {info.name} {name}"
        if fld.bank is not None:  # REG, or ARGS of a single bank
            bank = fld.bank
            expect = f"{_REG_NOUN[bank]} ({bank.prefix}N or N){where}"
            m = _REG_RE.match(tok.text)
            if m and m[1] != bank.prefix:
                raise cur.error(tok, f"expected {expect}, found {tok.text!r}, {_REG_NOUN[_PREFIX_BANK[m[1]]]}")
            return cur.integer(tok, 0, U16_MAX, expect, m[2] if m else None)
        if fld.kind is Kind.IMM:
            return cur.integer(tok, INT16_MIN, INT16_MAX, _EXPECT[Kind.IMM] + where) & U16_MAX
        if fld.kind in (Kind.PC, Kind.FUNC) and NAME_RE.match(tok.text):
            ref = _Fixup(len(fn.ops) - 1, SLOTS.index(name), tok.text, cur.lineno, tok.col)
            (fn.label_refs if fld.kind is Kind.PC else fn.func_refs).append(ref)
            return 0
        return cur.integer(tok, 0, U16_MAX, _EXPECT[fld.kind] + where)

    @staticmethod
    def _mixed_dst(cur: _Cursor, tok: _Tok) -> tuple[int, int]:
        """CallMixed's A: the bank prefix is BankFlags, the number the register."""
        expect = "the destination register with its bank prefix (iN, fN or cN) for CallMixed A"
        m = _REG_RE.match(tok.text)
        if m is None:
            raise cur.error(tok, f"expected {expect}, found {tok.describe()}")
        return int(_PREFIX_BANK[m[1]]), cur.integer(tok, 0, U16_MAX, expect, m[2])

    def _resolve(self, fn: _FuncDraft, refs: list[_Fixup], numbers: dict[str, int], what: str, where: str) -> None:
        """Patch each named field with its number: a label's pc or a function's index."""
        for ref in refs:
            value = numbers.get(ref.name)
            if value is None:
                raise ParseError(self.filename, ref.line, ref.col, f"undefined {what} {ref.name!r}{where}")
            if value > U16_MAX:
                message = f"{what} {ref.name!r} is number {value}, past the largest field value {U16_MAX}"
                raise ParseError(self.filename, ref.line, ref.col, message)
            ins = fn.ops[ref.op]
            draft = [ins.op, ins.flags, ins.a, ins.b, ins.c]
            draft[_FIELD0 + ref.slot] = value
            fn.ops[ref.op] = Instr(*draft)

    # --- assembling the Program ------------------------------------------------------------

    def _program(self) -> Program:
        for fn in self.funcs:
            self._resolve(fn, fn.func_refs, self.by_name, "function", "")
        params = [fn.params for fn in self.funcs]
        functions = tuple(_function(fn, params) for fn in self.funcs)
        if self.entry is None:
            return Program(functions=functions, entry=self.by_name.get("main", 0))
        name, line, col = self.entry
        if name not in self.by_name:
            raise ParseError(self.filename, line, col, f"unknown function {name!r} named by `entry`")
        return Program(functions=functions, entry=self.by_name[name])


def _function(fn: _FuncDraft, params: list[tuple[Bank, ...]]) -> Function:
    code = tuple(fn.ops)
    regs = fn.regs
    if len(regs) < len(Bank):  # the default of a bank .regs leaves out: 1 + the highest register used
        top = [param_regs(fn.params, b) for b in Bank]
        for ins in code:
            for bank, reg in _registers_used(ins, params):
                top[bank] = max(top[bank], reg + 1)
        regs = {b: regs.get(b, top[b]) for b in Bank}
    nregs = (regs[Bank.I64], regs[Bank.F64], regs[Bank.CELL])
    return Function(fn.name, fn.params, fn.result, nregs, code, tuple(fn.consts), tuple(fn.tables))


def slot_value(ins: Instr, name: str) -> int:
    """The raw value of field A, B or C of an op."""
    return (ins.a, ins.b, ins.c)[SLOTS.index(name)]


def _registers_used(ins: Instr, params: list[tuple[Bank, ...]]) -> Iterator[tuple[Bank, int]]:
    """(bank, register) for every register a known op reads or writes; params[f] are function f's banks.

    Call arguments span B.. per the callee's params (unknown callee: none); FmaF64's C holds two.
    """
    for name, fld in OPS[ins.op].fields:
        value = slot_value(ins, name)
        if fld.kind is Kind.REG:
            yield fld.bank, value  # type: ignore[misc]
        elif fld.kind is Kind.FMA:
            yield Bank.F64, value & 0xFF
            yield Bank.F64, (value >> 8) & 0xFF
        elif fld.kind is Kind.MIXED_DST and ins.flags & 3 != 3:
            yield Bank(ins.flags & 3), value
        elif fld.kind is Kind.ARGS and ins.c < len(params):
            for k, bank in enumerate(params[ins.c]):
                yield (bank if fld.bank is None else fld.bank), value + k


def _unknown_mnemonic(text: str) -> str:
    folded = [n for n in BY_NAME if n.lower() == text.lower()]
    close = folded or difflib.get_close_matches(text, BY_NAME, n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"expected an op mnemonic (docs/opcodes.md lists them), found unknown {text!r}{hint}"
