"""The documentation tells the truth.

- docs/opcodes.md lists every opcode of jit.program.ops.OPS exactly once, with its number, its mnemonic, the
  operand list the op table gives (in text order), and the runtime errors it can raise.
- Every ```vm3 block of docs/opcodes.md and docs/text-format.md parses and verifies; a comment line
  `;   jit run NAME.vm3 ARGS   prints RESULT` (or `fails with MESSAGE`) in it is run on the interpreter
  and must give that result. A ```vm3 canonical block is what `jit fmt` prints for another block of
  its page; a ```vm3-error block fails to parse or verify with the message on its `; error:` line.
- No link in README.md or docs/*.md points outside the repository: a link is https or a relative path
  to a file or folder of the repository (with its #anchor, for a Markdown file), and bracketed text
  that names a path is a real link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest

from jit.errors import ErrorKind, InputError, VMError
from jit.interp.interpreter import run
from jit.program.model import Program
from jit.program.ops import CALLS, OPS, TAIL_CALLS, Field, Kind, OpInfo
from jit.program.printer import print_program
from jit.program.text import parse_text
from jit.program.verify import parse_entry_args, verify
from jit.vm.results import format_result

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
OPCODES = DOCS / "opcodes.md"
TEXT_FORMAT = DOCS / "text-format.md"
EXAMPLE_DOCS = (OPCODES, TEXT_FORMAT)
LINKED_DOCS = (ROOT / "README.md", *sorted(DOCS.glob("*.md")))

# --- Markdown, as far as these checks need it ----------------------------------------------------

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*([^`]*?)[ \t]*$")
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_CODE_SPAN_RE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")


@dataclass(frozen=True)
class Block:
    doc: Path
    line: int  # the line of the opening fence
    info: str  # the fence's info string: "vm3", "vm3 canonical", ...
    text: str  # the lines between the fences, each ending in a newline

    @property
    def id(self) -> str:
        return f"{self.doc.name}:{self.line}"


def fenced_blocks(doc: Path) -> list[Block]:
    lines = doc.read_text().split("\n")
    blocks, i = [], 0
    while i < len(lines):
        m = _FENCE_RE.match(lines[i])
        if m is None:
            i += 1
            continue
        fence = m[1]
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), len(lines))
        blocks.append(Block(doc, i + 1, m[2], "".join(line + "\n" for line in lines[i + 1 : end])))
        i = end + 1
    return blocks


def without_fences(text: str) -> str:
    """The text with the lines of fenced blocks blanked out (same length, same lines)."""
    lines = text.split("\n")
    fence: re.Pattern[str] | None = None
    for i, line in enumerate(lines):
        m = _FENCE_RE.match(line)
        if fence is None and m is not None:
            fence = re.compile(rf"^ {{0,3}}{re.escape(m[1][0])}{{{len(m[1])},}}[ \t]*$")
            lines[i] = " " * len(line)
        elif fence is not None:
            if fence.match(line):
                fence = None
            lines[i] = " " * len(line)
    return "\n".join(lines)


def prose(text: str) -> str:
    """The text with fenced blocks and the insides of code spans blanked out (same length, same lines)."""
    return _CODE_SPAN_RE.sub(lambda m: m[1] + " " * len(m[2]) + m[1], without_fences(text))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def anchors(doc: Path) -> set[str]:
    """The #anchors of doc's headings (a repeated heading gets -1, -2, ...) and of its <a name/id> tags."""
    found: set[str] = set()
    counts: dict[str, int] = {}
    for line in without_fences(doc.read_text()).split("\n"):
        if (m := _HEADING_RE.match(line)) is not None:
            base = slug(m[1])
            n = counts.get(base, 0)
            counts[base] = n + 1
            found.add(base if n == 0 else f"{base}-{n}")
    found |= set(re.findall(r"""<a\s[^>]*(?:name|id)=["']([^"']+)["']""", doc.read_text()))
    return found


def table_rows(doc: Path, header: list[str]) -> list[tuple[int, list[str]]]:
    """(line, cells) of every row of every table of doc whose header row is `header`."""
    rows: list[tuple[int, list[str]]] = []
    lines = doc.read_text().split("\n")
    i = 0
    while i < len(lines):
        if _cells(lines[i]) == header:
            i += 2  # the header and the |---| row
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                rows.append((i + 1, _cells(lines[i])))
                i += 1
        i += 1
    return rows


def _cells(line: str) -> list[str] | None:
    line = line.strip()
    if not line.startswith("|"):
        return None
    return [c.strip() for c in line.strip("|").split("|")]


# --- docs/opcodes.md: the op tables ---------------------------------------------------------------

OP_HEADER = ["#", "mnemonic", "operands", "semantics", "errors"]
NONE = "—"

_KIND_WORD = {
    Kind.IMM: "imm",
    Kind.PC: "pc",
    Kind.FUNC: "func",
    Kind.TABLE: "table",
    Kind.CAP: "cap",
    Kind.MIXED_DST: "dst",
    Kind.FMA: "fma",
}


def operand(name: str, fld: Field) -> str:
    """How the page writes one field: `iA` for a register, `imm C`, `const.f64 C`, `args.i64 B`, ..."""
    if fld.kind is Kind.REG:
        assert fld.bank is not None
        return f"{fld.bank.prefix}{name}"
    if fld.kind is Kind.CONST:
        return f"const.{fld.const_kind} {name}"
    if fld.kind is Kind.ARGS:
        return f"args {name}" if fld.bank is None else f"args.{fld.bank.text} {name}"
    return f"{_KIND_WORD[fld.kind]} {name}"


def operands(info: OpInfo) -> str:
    return ", ".join(operand(name, fld) for name, fld in info.fields) or NONE


def _names(*names: str) -> frozenset[str]:
    assert all(n in {o.name for o in OPS} for n in names), names
    return frozenset(names)


_LIST_ACCESS = _names("ListGetI64", "ListSetI64", "ListGetF64", "ListSetF64", "ListGetCell", "ListSetCell")
RAISES: dict[str, frozenset[str]] = {
    "DIV_ZERO": _names("DivI64", "ModI64", "DivI64K", "ModI64K"),
    "INDEX": _LIST_ACCESS | _names("LookupI64KW"),
    "WRONG_KIND": _LIST_ACCESS
    | _names("LenStr", "ConcatStr", "ListLenI64", "ListPushI64", "MapSetI64I64", "MapGetI64I64"),
    "STACK_OVERFLOW": frozenset(OPS[op].name for op in CALLS | TAIL_CALLS),
    "HEAP_EXHAUSTED": _names("ConcatStr", "NewList", "ListPushI64", "NewMap", "MapSetI64I64"),
}
"""The runtime errors each op can raise (jit/interp/interpreter.py and jit/vm/heap.py), which the page must list."""


def op_rows() -> list[tuple[int, list[str]]]:
    return table_rows(OPCODES, OP_HEADER)


def test_every_opcode_is_documented_once_with_its_operands() -> None:
    rows = op_rows()
    seen: dict[int, int] = {}
    for line, cells in rows:
        assert len(cells) == len(OP_HEADER), f"opcodes.md:{line}: {len(cells)} cells"
        number, mnemonic, ops_text = cells[0], cells[1].strip("`"), cells[2].replace("`", "")
        assert number.isdigit() and int(number) < len(OPS), f"opcodes.md:{line}: opcode {number!r}"
        info = OPS[int(number)]
        assert int(number) not in seen, f"opcodes.md:{line}: {info.name} is also on line {seen[int(number)]}"
        seen[int(number)] = line
        assert mnemonic == info.name, f"opcodes.md:{line}: opcode {number} is {info.name}, not {mnemonic}"
        assert ops_text == operands(info), f"opcodes.md:{line}: {info.name} operands"
        assert cells[3], f"opcodes.md:{line}: {info.name} has no semantics"
    missing = [f"{o.code} {o.name}" for o in OPS if o.code not in seen]
    assert missing == [], f"opcodes.md has no row for {', '.join(missing)}"


def test_every_op_lists_the_errors_it_can_raise() -> None:
    assert set(RAISES) == {k.name for k in ErrorKind} - {"INSN_LIMIT"}  # INSN_LIMIT is emulation's, not an op's
    for line, cells in op_rows():
        info = OPS[int(cells[0])]
        stated = set() if cells[4] == NONE else {e.strip() for e in cells[4].split(",")}
        expected = {kind for kind, ops in RAISES.items() if info.name in ops}
        assert stated == expected, f"opcodes.md:{line}: {info.name} raises {sorted(expected) or 'nothing'}"


def test_the_error_table_names_every_runtime_error() -> None:
    stated = {cells[0].strip("`") for _, cells in table_rows(OPCODES, ["error", "raised by"])}
    assert stated == set(RAISES)


def test_the_legend_explains_every_operand_form() -> None:
    legend = {
        re.sub(r"\s*[ABC]$", "", form)
        for _, cells in table_rows(OPCODES, ["entry", "the field holds", "range"])
        for form in re.findall(r"`([^`]+)`", cells[0])
    }
    used = {re.sub(r"\s*[ABC]$", "", operand(name, fld)) for info in OPS for name, fld in info.fields}
    assert used <= legend, f"not in the legend: {sorted(used - legend)}"


# --- vm3 examples ---------------------------------------------------------------------------------

BLOCKS = [b for doc in EXAMPLE_DOCS for b in fenced_blocks(doc)]
VM3 = [b for b in BLOCKS if b.info.split()[:1] == ["vm3"]]
CANONICAL = [b for b in VM3 if b.info.split()[1:] == ["canonical"]]
ERRORS = [b for b in BLOCKS if b.info == "vm3-error"]

CASE_RE = re.compile(
    r"^[;#]\s*jit run (?P<file>[\w.-]+\.vm3)(?P<args>(?:[ \t]+(?!prints\b|fails\b)\S+)*)"
    r"[ \t]+(?P<verb>prints|fails with)[ \t]+(?P<result>.*?)[ \t]*$"
)
ERROR_RE = re.compile(r"^; error: (?P<message>.*?)\s*$")


def cases(block: Block) -> list[tuple[list[str], str, str]]:
    """(command-line args, "prints" or "fails with", the stated result) of each run a block states."""
    found = [m for line in block.text.split("\n") if (m := CASE_RE.match(line))]
    assert len({m["file"] for m in found}) <= 1, f"{block.id}: runs of different files"
    return [([a for a in m["args"].split() if a != "--"], m["verb"], m["result"]) for m in found]


def load(block: Block) -> Program:
    """The block's program, verified; an error names the page and the line the page has it on."""
    program = parse_text("\n" * block.line + block.text, block.doc.name)
    verify(program)
    return program


def test_the_pages_have_examples() -> None:
    for doc in EXAMPLE_DOCS:
        runs = [c for b in VM3 if b.doc == doc for c in cases(b)]
        assert len(runs) >= 3, f"{doc.name} states the result of only {len(runs)} runs"
    assert CANONICAL and ERRORS


@pytest.mark.parametrize("block", VM3, ids=[b.id for b in VM3])
def test_vm3_block_parses_verifies_and_prints_what_it_says(block: Block) -> None:
    program = load(block)
    for args, verb, stated in cases(block):
        entry_args = parse_entry_args(program, args)
        if verb == "prints":
            assert format_result(run(program, entry_args)) == stated, f"{block.id}: run with {args}"
        else:
            with pytest.raises(VMError) as info:
                run(program, entry_args)
            message = str(info.value)
            assert message == stated or message.startswith(stated + ": "), f"{block.id}: run with {args}"


@pytest.mark.parametrize("block", CANONICAL, ids=[b.id for b in CANONICAL])
def test_canonical_block_is_what_fmt_prints_for_another_example(block: Block) -> None:
    program = load(block)
    assert print_program(program) == block.text
    others = [b for b in VM3 if b.doc == block.doc and b is not block]
    assert any(print_program(load(b)) == block.text for b in others), f"{block.id}: the canonical form of what?"


@pytest.mark.parametrize("block", ERRORS, ids=[b.id for b in ERRORS])
def test_error_block_fails_with_its_message(block: Block) -> None:
    m = ERROR_RE.match(block.text.split("\n")[0])
    assert m is not None, f"{block.id}: the first line must be '; error: MESSAGE'"
    with pytest.raises(InputError) as info:
        verify(parse_text(block.text, "bad.vm3"))
    assert str(info.value) == m["message"]


# --- links ----------------------------------------------------------------------------------------

_INLINE_LINK_RE = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(?:<([^>]*)>|([^)\s]*))(?:\s+[\"'(][^)]*)?\s*\)")
_REF_DEF_RE = re.compile(r"^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?", re.M)
_BRACKETS_RE = re.compile(r"(?<![\]\\])\[([^\[\]]+)\](?:\[([^\[\]]*)\])?(?![(\[])")
_AUTOLINK_RE = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>")
_HTML_LINK_RE = re.compile(r"""(?:href|src)\s*=\s*["']([^"']*)["']""")
_PATH_LIKE_RE = re.compile(r"/|\.[A-Za-z]{1,4}$|^https?:|^#")


def _label(text: str) -> str:
    return " ".join(text.lower().split())


def links(doc: Path, original: str | None = None) -> list[tuple[int, str]]:
    """(line, target) of every link of doc (or of `original`, read as doc's text), including bracketed
    text that names a path but links nowhere."""
    original = doc.read_text() if original is None else original
    text = prose(original)

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    found: list[tuple[int, str]] = []
    for m in _INLINE_LINK_RE.finditer(text):
        target = original[m.start(1) : m.end(1)] if m[1] is not None else original[m.start(2) : m.end(2)]
        found.append((line_of(m.start()), target))
    defs = {_label(original[m.start(1) : m.end(1)]): m for m in _REF_DEF_RE.finditer(text)}
    for m in defs.values():
        found.append((line_of(m.start()), original[m.start(2) : m.end(2)]))
    def_starts = {m.start(1) - 1 for m in defs.values()}
    for m in _BRACKETS_RE.finditer(text):
        if m.start() in def_starts:
            continue
        label = original[m.start(2) : m.end(2)] if m[2] else original[m.start(1) : m.end(1)]
        if _label(label) not in defs and _PATH_LIKE_RE.search(label.strip("` ")):
            found.append((line_of(m.start()), f"[{label}] (bracketed like a link, but no link)"))
    for regex in (_AUTOLINK_RE, _HTML_LINK_RE):
        found += [(line_of(m.start()), original[m.start(1) : m.end(1)]) for m in regex.finditer(text)]
    found += [(line_of(m.start()), m[0]) for m in re.finditer(r"\b(?:http|ftp|file)://\S+", text)]
    return found


def link_problem(doc: Path, target: str) -> str | None:
    """Why target, a link in doc, is not allowed; None if it is https or names something in the repository."""
    if target.endswith("(bracketed like a link, but no link)"):
        return "no link target"
    if target.startswith("https://"):
        return None
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", target):
        return "not an https link"
    path, _, fragment = target.partition("#")
    if path.startswith("/"):
        return "an absolute path"
    resolved = (doc.parent / unquote(path)).resolve() if path else doc
    if not resolved.is_relative_to(ROOT):
        return "outside the repository"
    if not resolved.exists():
        return "no such file in the repository"
    if fragment and resolved.suffix == ".md" and unquote(fragment) not in anchors(resolved):
        return f"no heading #{fragment} in {resolved.relative_to(ROOT)}"
    return None


@pytest.mark.parametrize("doc", LINKED_DOCS, ids=[str(d.relative_to(ROOT)) for d in LINKED_DOCS])
def test_links_stay_inside_the_repository(doc: Path) -> None:
    bad = [
        f"{doc.relative_to(ROOT)}:{line}: {target}: {problem}"
        for line, target in links(doc)
        if (problem := link_problem(doc, target)) is not None
    ]
    assert bad == []


def test_the_link_checker_sees_links() -> None:
    """The new pages link to each other and into the code, and the checker finds those links."""
    targets = {target for _, target in links(OPCODES)}
    assert {"semantics.md", "text-format.md", "../jit/program/ops.py"} <= targets
    assert link_problem(OPCODES, "../../elsewhere.md") == "outside the repository"
    assert link_problem(OPCODES, "semantics.md#no-such-heading") is not None
    assert link_problem(OPCODES, "semantics.md#floats-and-nan") is None
    assert link_problem(OPCODES, "http://example.com") == "not an https link"


def test_the_link_checker_reads_markdown_as_github_does() -> None:
    text = "\n".join(
        [
            "- [`../shared/DESIGN.md`]: a path in brackets, linking nowhere",
            "`jit run PROG [ARGS]` and [ARGS] and `[a](http://in.code)` are not links",
            "```",
            "[fenced](http://not.a.link)",
            "```",
            "[ok](https://example.com) and [def][d] and <https://example.org>",
            "",
            "[d]: ../README.md",
        ]
    )
    found = links(OPCODES, text)
    assert [(line, link_problem(OPCODES, target)) for line, target in found] == [
        (6, None),
        (8, None),
        (1, "no link target"),
        (6, None),
    ]
