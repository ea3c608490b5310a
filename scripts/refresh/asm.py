"""From Clang's assembly text and the object's relocations to stencil items with hole markers."""

from __future__ import annotations

import re

from refresh import RefreshError
from refresh.elf import Reloc
from refresh.isas import IsaSpec
from refresh.model import Insn, Item, Label, Marker, split_operands

_FUNCTION_TYPE = re.compile(r"\.type\s+([A-Za-z_][A-Za-z0-9_]*),\s*@function")
_LABEL = re.compile(r"([.A-Za-z_][A-Za-z0-9_.$]*):")
_FUNC_END = re.compile(r"\.Lfunc_end\d+")
_SYMBOL = r"(?P<sym>[A-Za-z_][A-Za-z0-9_.$]*)(?P<add>[+-][0-9]+(?![0-9*]))?"
_X86_REF = re.compile(r"(?:offset\s+)?" + _SYMBOL)
_ARM64_REF = re.compile(r"(?::(?P<spec>[a-z0-9_]+):)?" + _SYMBOL)


def parse_functions(text: str, isa: IsaSpec) -> dict[str, list[str]]:
    """Function name -> its body: labels and instructions, with comments and directives dropped."""
    names = set(_FUNCTION_TYPE.findall(text))
    functions: dict[str, list[str]] = {}
    body: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split(isa.comment, 1)[0].strip()
        if not line:
            continue
        label = _LABEL.fullmatch(line)
        if label and label.group(1) in names:
            body = functions.setdefault(label.group(1), [])
        elif label and _FUNC_END.fullmatch(label.group(1)):
            body = None
        elif body is not None and (label or not line.startswith(".")):
            body.append(line)
    missing = names - functions.keys()
    if missing:
        raise RefreshError(f"no body found for {sorted(missing)}")
    return functions


def to_items(stencil: str, lines: list[str], relocs: list[Reloc], isa: IsaSpec) -> list[Item]:
    """Items with each relocated symbol reference written as a marker of its relocation's kind.

    The text's references and the object's relocations are matched in order; they must name the
    same symbols, so a reference the assembler resolved differently is caught here."""
    pending = list(relocs)
    symbols = {r.symbol for r in relocs}
    items: list[Item] = []
    for line in lines:
        label = _LABEL.fullmatch(line)
        if label:
            items.append(Label(label.group(1)))
            continue
        mnemonic, _, rest = line.replace("\t", " ").partition(" ")
        ops = tuple(_mark(stencil, op, symbols, pending, isa) for op in split_operands(rest.strip()))
        items.append(Insn(mnemonic, ops))
    if pending:
        raise RefreshError(f"{stencil} ({isa.name}): relocation for {pending[0].symbol} has no reference in the text")
    return items


def _mark(stencil: str, operand: str, symbols: set[str], pending: list[Reloc], isa: IsaSpec) -> str:
    """The operand with every reference to a relocated symbol replaced by its marker."""
    pattern = _X86_REF if isa.name == "x86_64" else _ARM64_REF

    def replace(m: re.Match[str]) -> str:
        if m["sym"] not in symbols:
            return m.group(0)
        if not pending or pending[0].symbol != m["sym"]:
            expected = pending[0].symbol if pending else "nothing"
            raise RefreshError(f"{stencil} ({isa.name}): text refers to {m['sym']}, relocations expect {expected}")
        reloc = pending.pop(0)
        kind = isa.reloc_kinds.get(reloc.type)
        if kind is None:
            raise RefreshError(
                f"{stencil} ({isa.name}): relocation type {reloc.type} against {reloc.symbol} is not a known hole kind"
            )
        addend = int(m["add"] or 0)
        if kind not in ("rel32",) and reloc.addend != addend:
            raise RefreshError(f"{stencil} ({isa.name}): {reloc.symbol} addend {reloc.addend} but text says {addend}")
        return Marker(kind, reloc.symbol, addend).text()

    return pattern.sub(replace, operand)
