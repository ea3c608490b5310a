"""Strict line validation of cached stencil assembly, before any of it reaches Keystone.

Keystone kills the whole process on some inputs (directives such as `.text`
segfault, `.cfi_startproc` and misaligned label arithmetic like `b L+1` raise
LLVM fatal errors, `.reloc` hangs) and silently misassembles others
(`@GOTPCREL`, `:abs_g1:` relocation specifiers, segment overrides). So every
line must match a whitelist: a label definition `name:`, a `;` comment, or an
instruction whose mnemonic and operand tokens come from the ISA's dialect.
Operands hold registers, keywords, numbers, punctuation and hole markers; a bare
word must be a register, a keyword or a label defined in the same file, and a
label reference must be a whole operand. Nothing with `:` (outside markers and
label definitions), `@`, `=`, quotes or directives passes.

Each operand must also match the dialect's operand grammar (register,
immediate, memory operand, hole marker), or be a label alone, because Keystone
also dies on well-tokenised nonsense: x86 `lock * r12 1` and `data16 [rcx],
xmm0` hang, `xor r8b, ah` aborts, and in fuzzing runs `rep stosq [rip]`,
`movsd [rax], [rip]` and arm64 `b.ne 65536 - w1` crashed it after earlier lines.
So the x86 dialect also has a mnemonic whitelist and no prefixes or high-byte
registers, and no instruction may have two memory operands.

Hole markers: `{KIND:SYMBOL}`, `{KIND:SYMBOL+N}` or `{KIND:SYMBOL-N}` (decimal
N), where the grammar allows an immediate, a displacement or a branch target.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from jit.errors import StencilCacheError

_KIND, _SYMBOL, _ADDEND = r"[a-z][a-z0-9_]*", r"[A-Za-z_][A-Za-z0-9_]*", r"[+-][0-9]{1,19}"
MARKER_FRAGMENT = rf"\{{{_KIND}:{_SYMBOL}(?:{_ADDEND})?\}}"
"""A hole marker, for the dialects' operand grammars."""
MARKER = re.compile(rf"\{{(?P<kind>{_KIND}):(?P<symbol>{_SYMBOL})(?P<addend>{_ADDEND})?\}}")
_LABEL_DEF = re.compile(r"(\.?[A-Za-z_][A-Za-z0-9_.]*):")
_WORD = r"\.?[A-Za-z_][A-Za-z0-9_.]*"
_MAX_LINE = 400


@dataclass(frozen=True)
class Dialect:
    """What an instruction line of one ISA may contain (all lower case)."""

    mnemonic: str
    """Regex for the mnemonic (matched before a blank or the end of the line)."""
    mnemonics: frozenset[str] | None
    """The only mnemonics accepted, or None for any that matches `mnemonic`."""
    register: re.Pattern[str]
    keywords: frozenset[str]
    number: str
    """Regex for a number token; signs are punctuation."""
    punctuation: str
    """Characters allowed as single-character tokens."""
    operand: re.Pattern[str]
    """The grammar of one operand (a label reference aside): registers, immediates, memory, markers."""
    max_memory_operands: int
    """How many bracketed operands one instruction may have (x86 `movsd [a], [b]` segfaults Keystone)."""
    forbidden: Mapping[str, str]
    """Words that would otherwise pass, with the reason they may not appear."""


@dataclass(frozen=True)
class Marker:
    """One hole marker; `operand` is the text of the operand that holds it, for the ISA's hole locator."""

    kind: str
    symbol: str
    addend: int
    operand: str


@dataclass(frozen=True)
class AsmLine:
    """A validated label definition (`label` set) or instruction (`pieces` of text around its markers)."""

    lineno: int
    label: str | None
    pieces: tuple[str, ...] = ()
    markers: tuple[Marker, ...] = ()

    def render(self, numbers: Sequence[int]) -> str:
        """The line for Keystone: the label definition, or the instruction with each marker replaced by a number."""
        if self.label is not None:
            return f"{self.label}:"
        out = [self.pieces[0]]
        for n, piece in zip(numbers, self.pieces[1:], strict=True):
            out.extend((hex(n), piece))
        return "".join(out)


def parse_stencil(text: str, dialect: Dialect, kinds: Collection[str], file: str) -> tuple[AsmLine, ...]:
    """Validate every line of a cached stencil; raise StencilCacheError naming the first bad line."""
    bodies = [(lineno, _strip(line, file, lineno)) for lineno, line in enumerate(text.split("\n"), 1)]
    labels: dict[str, int] = {}
    for lineno, body in bodies:
        m = _LABEL_DEF.fullmatch(body)
        if m is None:
            continue
        name = m.group(1)
        if _is_reserved(name, dialect):
            raise StencilCacheError(file, lineno, f"label {name!r} is a register or keyword name")
        if name in labels:
            raise StencilCacheError(file, lineno, f"label {name!r} already defined on line {labels[name]}")
        labels[name] = lineno
    out: list[AsmLine] = []
    for lineno, body in bodies:
        if not body:
            continue
        m = _LABEL_DEF.fullmatch(body)
        if m is not None:
            out.append(AsmLine(lineno, m.group(1)))
        else:
            out.append(_Instruction(body, lineno, dialect, kinds, labels, file).parse())
    return tuple(out)


def _strip(line: str, file: str, lineno: int) -> str:
    """Drop the comment and surrounding blanks; refuse anything but printable ASCII and tabs."""
    if len(line) > _MAX_LINE:
        raise StencilCacheError(file, lineno, f"line longer than {_MAX_LINE} characters")
    bad = next((c for c in line if not (" " <= c <= "~" or c == "\t")), None)
    if bad is not None:
        raise StencilCacheError(file, lineno, f"character {bad!r} is not printable ASCII")
    return line.split(";", 1)[0].strip()


def _is_reserved(word: str, dialect: Dialect) -> bool:
    return bool(dialect.register.fullmatch(word)) or word in dialect.keywords or word in dialect.forbidden


@dataclass
class _Instruction:
    """Validation of one instruction line."""

    body: str
    lineno: int
    dialect: Dialect
    kinds: Collection[str]
    labels: Mapping[str, int]
    file: str

    def fail(self, message: str) -> StencilCacheError:
        return StencilCacheError(self.file, self.lineno, message)

    def parse(self) -> AsmLine:
        if self.body.startswith("."):
            raise self.fail(f"directive {self.body.split()[0]!r} is not allowed in a stencil")
        m = re.match(rf"(?:{self.dialect.mnemonic})(?=\s|$)", self.body)
        if m is None:
            raise self.fail(f"not a label, comment or instruction: {self.body!r}")
        if m.group() in self.dialect.forbidden:
            raise self.fail(f"{m.group()!r} may not appear in a stencil: {self.dialect.forbidden[m.group()]}")
        if self.dialect.mnemonics is not None and m.group() not in self.dialect.mnemonics:
            raise self.fail(f"mnemonic {m.group()!r} is not on this ISA's list of accepted instructions")
        operands = self._split(self.body[m.end() :].strip())
        if sum("[" in op for op in operands) > self.dialect.max_memory_operands:
            raise self.fail(f"more than {self.dialect.max_memory_operands} memory operand(s)")
        markers = [marker for operand in operands for marker in self._check_operand(operand, self._tokens(operand))]
        spans = [mk.span() for mk in MARKER.finditer(self.body)]
        starts = [0] + [end for _, end in spans]
        ends = [start for start, _ in spans] + [len(self.body)]
        return AsmLine(
            self.lineno, None, tuple(self.body[a:b] for a, b in zip(starts, ends, strict=True)), tuple(markers)
        )

    def _tokens(self, operand: str) -> list[re.Match[str]]:
        """The tokens of one operand; `lastgroup` is the class: hole, num, word or punct."""
        d = self.dialect
        token = re.compile(
            rf"(?P<hole>{MARKER_FRAGMENT})|(?P<num>{d.number})(?![A-Za-z0-9_.])|(?P<word>{_WORD})"
            rf"|(?P<punct>[{re.escape(d.punctuation)}])|(?P<blank>\s+)"
        )
        out: list[re.Match[str]] = []
        pos = 0
        while pos < len(operand):
            m = token.match(operand, pos)
            if m is None:
                c = operand[pos]
                if c in "{}":
                    raise self.fail(
                        "malformed hole marker (expected {KIND:SYMBOL}, {KIND:SYMBOL+N} or {KIND:SYMBOL-N})"
                    )
                raise self.fail(f"character {c!r} is not allowed in an operand: {operand!r}")
            if m.lastgroup != "blank":
                out.append(m)
            pos = m.end()
        return out

    def _split(self, operands: str) -> list[str]:
        """Operands separated by commas outside brackets; brackets may not nest."""
        parts, depth, start = [], 0, 0
        for i, c in enumerate(operands):
            if c == "[":
                depth += 1
                if depth > 1:
                    raise self.fail("nested brackets")
            elif c == "]":
                depth -= 1
                if depth < 0:
                    raise self.fail("unbalanced ']'")
            elif c == "," and depth == 0:
                parts.append(operands[start:i].strip())
                start = i + 1
        if depth:
            raise self.fail("unbalanced '['")
        if operands.strip():
            parts.append(operands[start:].strip())
        if any(not p for p in parts):
            raise self.fail("empty operand")
        return parts

    def _check_operand(self, operand: str, tokens: list[re.Match[str]]) -> list[Marker]:
        """Every word known, then the operand's shape; the markers it holds."""
        words = [tok.group() for tok in tokens if tok.lastgroup == "word"]
        for word in words:
            self._check_word(word, alone=len(tokens) == 1)
        if not (len(tokens) == 1 and words and words[0] in self.labels) and not self.dialect.operand.fullmatch(operand):
            raise self.fail(f"operand {operand!r} is not a register, immediate, memory operand, label or hole marker")
        markers = []
        for tok in tokens:
            if tok.lastgroup == "hole":
                m = MARKER.fullmatch(tok.group())
                assert m is not None  # the token regex only matches markers here
                if m["kind"] not in self.kinds:
                    raise self.fail(f"unknown hole kind {m['kind']!r} (known: {', '.join(sorted(self.kinds))})")
                markers.append(Marker(m["kind"], m["symbol"], int(m["addend"] or 0), operand))
        return markers

    def _check_word(self, word: str, *, alone: bool) -> None:
        d = self.dialect
        if word in d.forbidden:
            raise self.fail(f"{word!r} may not appear in a stencil: {d.forbidden[word]}")
        if d.register.fullmatch(word) or word in d.keywords:
            return
        if word not in self.labels:
            raise self.fail(f"{word!r} is not a register, a keyword or a label defined in this file")
        if not alone:
            raise self.fail(f"label {word!r} must be a whole operand (no arithmetic on labels)")
