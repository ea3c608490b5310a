"""The VM3B binary container (docs/binary-format.md): a Program with vm3's exact 8-byte ops.

The reader trusts nothing: every malformation is a FormatError naming the file, the
byte offset and what was wrong. It does not judge the ops themselves; that is the
verifier's job, so bytecode with unknown opcodes still loads.
"""

from __future__ import annotations

import struct

from jit.errors import FormatError, InputError
from jit.program.model import OP_STRUCT, Const, Function, Instr, Program
from jit.program.ops import Bank

MAGIC = b"VM3B"
VERSION = 1

CONST_KINDS = ("i64", "f64", "str")
"""Constant kind bytes 0, 1, 2."""

_U8, _U16, _U32 = struct.Struct("<B"), struct.Struct("<H"), struct.Struct("<I")
_I64, _F64 = struct.Struct("<q"), struct.Struct("<d")
_U32_MAX = 0xFFFF_FFFF
_MIN_FUNCTION = 4 + 4 + 1 + 3 * 4 + 4 + 4 + 4  # empty name, params, consts, tables and code
_MIN_CONST = 1 + 4  # kind byte + an empty string's length


def write_binary(p: Program) -> bytes:
    """The container for p; InputError for a Program no container can hold (e.g. an int64 out of range)."""
    if not 0 <= p.entry < len(p.functions):
        raise InputError(f"entry index {p.entry} is outside the {len(p.functions)} functions")
    out = bytearray(MAGIC)
    out += _U16.pack(VERSION)
    out += _u32(len(p.functions), "function count")
    out += _u32(p.entry, "entry")
    for fn in p.functions:
        _write_function(out, fn)
    return bytes(out)


def _u32(value: int, what: str) -> bytes:
    if not 0 <= value <= _U32_MAX:
        raise InputError(f"{what} {value} does not fit the container's u32")
    return _U32.pack(value)


def _write_function(out: bytearray, fn: Function) -> None:
    try:
        name = fn.name.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(f"function name {fn.name!r} is not encodable as UTF-8: {e.reason}") from None
    out += _u32(len(name), "name length") + name
    out += _u32(len(fn.params), "parameter count") + bytes(fn.params)
    out += _U8.pack(fn.result)
    for n in fn.nregs:
        out += _u32(n, f"{fn.name}: register count")
    out += _u32(len(fn.consts), "constant count")
    for k, c in enumerate(fn.consts):
        _write_const(out, fn.name, k, c)
    out += _u32(len(fn.tables), "table count")
    for t in fn.tables:
        out += _u32(len(t), "table length")
        for v in t:
            out += _i64(v, f"{fn.name}: table value")
    out += _u32(len(fn.code), "op count")
    for pc, ins in enumerate(fn.code):
        if not (0 <= ins.op <= 0xFF and 0 <= ins.flags <= 0xFF):
            raise InputError(f"{fn.name} pc {pc}: opcode {ins.op} / flags {ins.flags} do not fit a byte")
        out += ins.encode()


def _i64(value: int, what: str) -> bytes:
    if not -(1 << 63) <= value < (1 << 63):
        raise InputError(f"{what} {value} does not fit int64")
    return _I64.pack(value)


def _write_const(out: bytearray, fname: str, k: int, c: Const) -> None:
    if c.kind == "i64" and isinstance(c.value, int):
        out += b"\x00" + _i64(c.value, f"{fname}: constant {k}")
    elif c.kind == "f64" and isinstance(c.value, float | int):
        out += b"\x01" + _F64.pack(c.value)
    elif c.kind == "str" and isinstance(c.value, bytes):
        out += b"\x02" + _u32(len(c.value), "string length") + c.value
    else:
        raise InputError(f"{fname}: constant {k} ({c.kind} {c.value!r}) has no binary form")


def read_binary(data: bytes, filename: str) -> Program:
    """Decode a whole container; anything malformed raises FormatError with the byte offset."""
    return _Reader(data, filename).program()


class _Reader:
    def __init__(self, data: bytes, filename: str) -> None:
        self.data, self.filename, self.pos = memoryview(data), filename, 0

    def error(self, message: str, at: int | None = None) -> FormatError:
        return FormatError(f"{self.filename}: byte {self.pos if at is None else at}: {message}")

    def take(self, n: int, what: str) -> bytes:
        left = len(self.data) - self.pos
        if n > left:
            raise self.error(f"truncated: {what} needs {n} bytes, {left} left")
        chunk = bytes(self.data[self.pos : self.pos + n])
        self.pos += n
        return chunk

    def unpack(self, s: struct.Struct, what: str) -> int:
        value: int = s.unpack(self.take(s.size, what))[0]
        return value

    def count(self, what: str, min_item: int) -> int:
        """A u32 count, refused if even the smallest items could not fit in what is left."""
        at = self.pos
        n = self.unpack(_U32, what)
        left = len(self.data) - self.pos
        if n * min_item > left:
            raise self.error(f"{what} {n} is absurd: {n} items need at least {n * min_item} bytes, {left} left", at)
        return n

    def bank(self, what: str) -> Bank:
        at = self.pos
        b = self.unpack(_U8, what)
        if b not in tuple(Bank):
            raise self.error(f"bad bank byte {b} for {what} (expected 0 i64, 1 f64 or 2 cell)", at)
        return Bank(b)

    def program(self) -> Program:
        magic = self.take(len(MAGIC), "the magic")
        if magic != MAGIC:
            raise self.error(f"bad magic {magic!r}, expected {MAGIC!r}", 0)
        version = self.unpack(_U16, "the format version")
        if version != VERSION:
            raise self.error(f"unsupported format version {version} (this reader knows {VERSION})", len(MAGIC))
        nfuncs = self.count("function count", _MIN_FUNCTION)
        at = self.pos
        entry = self.unpack(_U32, "the entry index")
        if entry >= nfuncs:
            raise self.error(f"entry index {entry} is outside the {nfuncs} functions", at)
        functions = tuple(self.function(i) for i in range(nfuncs))
        if self.pos != len(self.data):
            raise self.error(f"{len(self.data) - self.pos} trailing bytes after the last function")
        return Program(functions=functions, entry=entry)

    def function(self, index: int) -> Function:
        where = f"function {index}"
        at = self.pos
        raw = self.take(self.count(f"{where} name length", 1), f"{where} name")
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise self.error(f"{where} name is not valid UTF-8 ({e.reason})", at + 4 + e.start) from None
        where = f"function {index} ({name!r})"
        params = tuple(self.bank(f"{where} parameter") for _ in range(self.count(f"{where} parameter count", 1)))
        result = self.bank(f"{where} result")
        i64, f64, cell = (self.unpack(_U32, f"{where} register count") for _ in Bank)
        consts = tuple(self.const(where, k) for k in range(self.count(f"{where} constant count", _MIN_CONST)))
        tables = tuple(self.table(where) for _ in range(self.count(f"{where} table count", 4)))
        ncode = self.count(f"{where} op count", OP_STRUCT.size)
        code = tuple(Instr.decode(self.take(OP_STRUCT.size, f"{where} op")) for _ in range(ncode))
        return Function(name, params, result, (i64, f64, cell), code, consts, tables)

    def const(self, where: str, k: int) -> Const:
        at = self.pos
        kind = self.unpack(_U8, f"{where} constant {k} kind")
        if kind >= len(CONST_KINDS):
            raise self.error(
                f"bad constant kind byte {kind} for {where} constant {k} (expected 0 i64, 1 f64, 2 str)", at
            )
        what = f"{where} constant {k}"
        if kind == 0:
            return Const("i64", self.unpack(_I64, what))
        if kind == 1:
            return Const("f64", _F64.unpack(self.take(8, what))[0])
        return Const("str", self.take(self.count(f"{what} length", 1), what))

    def table(self, where: str) -> tuple[int, ...]:
        n = self.count(f"{where} table length", _I64.size)
        return tuple(self.unpack(_I64, f"{where} table value") for _ in range(n))
