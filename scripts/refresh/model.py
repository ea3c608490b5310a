"""Stencil assembly as data: labels, instructions whose operands may hold hole markers."""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKER = re.compile(r"\{(?P<kind>[a-z][a-z0-9_]*):(?P<symbol>[A-Za-z_][A-Za-z0-9_]*)(?P<addend>[+-][0-9]+)?\}")
"""A hole marker: {KIND:SYMBOL}, {KIND:SYMBOL+N} or {KIND:SYMBOL-N} (stencil_cache/README.md)."""


@dataclass(frozen=True)
class Marker:
    kind: str
    symbol: str
    addend: int = 0

    def text(self) -> str:
        if self.addend:
            return f"{{{self.kind}:{self.symbol}{self.addend:+d}}}"
        return f"{{{self.kind}:{self.symbol}}}"


@dataclass(frozen=True)
class Label:
    name: str

    def render(self) -> str:
        return f"{self.name}:"


@dataclass(frozen=True)
class Insn:
    mnemonic: str
    operands: tuple[str, ...] = ()

    def render(self) -> str:
        return f"    {self.mnemonic} {', '.join(self.operands)}".rstrip()

    def markers(self) -> list[Marker]:
        return [marker_of(m) for op in self.operands for m in MARKER.finditer(op)]

    def with_operand(self, index: int, text: str) -> Insn:
        ops = list(self.operands)
        ops[index] = text
        return Insn(self.mnemonic, tuple(ops))


Item = Label | Insn


def marker_of(m: re.Match[str]) -> Marker:
    return Marker(m["kind"], m["symbol"], int(m["addend"] or 0))


def whole_marker(operand: str) -> Marker | None:
    """The marker that is the whole operand (a branch target or an immediate), else None."""
    m = MARKER.fullmatch(operand)
    return marker_of(m) if m else None


def split_operands(text: str) -> tuple[str, ...]:
    """Operands separated by commas outside brackets."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    if text.strip():
        parts.append(text[start:].strip())
    return tuple(parts)
