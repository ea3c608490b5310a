"""`jit stencils list / show / check / test`: inspect the checked-in stencil cache and detect drift, without Clang
(`test`, which runs each stencil against the interpreter, is jit.cli.stenciltest).

The cache is stencil_cache/ (or $VM3_STENCIL_CACHE, as for the loader); the C sources the manifest's hashes
describe are jit/stencils/ (or $VM3_STENCIL_SOURCES, so that a test can check an edited copy). Exit codes
follow jit/cli/common.py: 0 ok, 2 for a bad argument or any problem with the cache, never a traceback.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from jit.cli.common import guarded
from jit.cli.options import choices
from jit.cli.stenciltest import stencil_test
from jit.errors import InputError, StencilCacheError, printable
from jit.isa.registry import ISA_NAMES, get_isa
from jit.program.ops import OPS
from jit.resources import STENCIL_SOURCES
from jit.stencilset.catalog import catalog, manifest
from jit.stencilset.files import cache_root, load_stencil, stencil_file, stencil_names
from jit.stencilset.model import Stencil

SOURCE_PREFIX = "jit/stencils/"
"""How manifest.json names a source: its path from the repository root."""
REFRESH = "run scripts/refresh_stencils.py"
CORE = ("FuncEntry", "FuncEntry_c", "jit_entry")
"""Stencils every ISA needs besides one per opcode (the runtime helpers are whatever the manifest lists)."""
_LABEL = re.compile(r"[A-Za-z_.][A-Za-z0-9_.]*:")

stencils_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Inspect the stencil cache: list its stencils, show one, check it against the sources, test them.",
)
stencils_app.command("test")(stencil_test)

IsaOpt = Annotated[str | None, typer.Option("--isa", metavar=choices(ISA_NAMES), help="Default: every ISA.")]


def sources_dir() -> Path:
    env = os.environ.get("VM3_STENCIL_SOURCES")
    return Path(env) if env else STENCIL_SOURCES


def _isas(isa: str | None) -> tuple[str, ...]:
    if isa is None:
        return ISA_NAMES
    get_isa(isa)  # InputError naming the known ISAs
    return (isa,)


def _roles() -> dict[str, str]:
    try:
        return {name: str(entry["role"]) for name, entry in manifest()["stencils"].items()}
    except (KeyError, TypeError, AttributeError) as e:
        raise StencilCacheError(str(cache_root() / "manifest.json"), None, f"malformed manifest: {e!r}") from None


def _order(roles: dict[str, str]) -> Callable[[str], tuple[int, int, str]]:
    """Ops in opcode order, then the prologue, the entry and the runtime helpers."""
    codes = {op.name: op.code for op in OPS}
    rank = {"op": 0, "prologue": 1, "entry": 2, "runtime": 3}
    return lambda name: (rank.get(roles.get(name, ""), 4), codes.get(name, 0), name)


# ---- list ----


@dataclass(frozen=True)
class Row:
    name: str
    role: str
    isa: str
    size: int
    tail: int  # bytes of the trailing continuation jump
    holes: int


def rows(isa_names: tuple[str, ...]) -> list[Row]:
    """One row per stencil per ISA, as the compiler sees it (the same trailing-jump rule)."""
    roles = _roles()
    out = []
    for isa_name in isa_names:
        cat = catalog(isa_name)
        for name in sorted(stencil_names(isa_name), key=_order(roles)):
            st = cat.stencil(name)
            out.append(Row(name, roles.get(name, "?"), isa_name, len(st.code), cat.tail_jump(name), len(st.holes)))
    return out


def averages(table: list[Row], isa_name: str) -> str:
    """The summary line of one ISA: average code bytes per stencil, and per op stencil with and without the
    trailing continuation jump (what an op costs when the next op follows)."""
    mine = [r for r in table if r.isa == isa_name]
    ops = [r for r in mine if r.role == "op"]
    if not mine or not ops:
        return f"{isa_name}: {len(mine)} stencils"
    total = sum(r.size for r in mine)
    op_bytes = sum(r.size for r in ops) / len(ops)
    op_cut = sum(r.size - r.tail for r in ops) / len(ops)
    return (
        f"{isa_name}: {len(mine)} stencils, {total} bytes, {total / len(mine):.1f} bytes per stencil; "
        f"{len(ops)} op stencils: {op_bytes:.1f} bytes each, {op_cut:.1f} without the continuation jump"
    )


@stencils_app.command("list")
def list_stencils(isa: IsaOpt = None) -> None:
    """Every stencil: role, ISA, code bytes (and without the trailing continuation jump), holes."""

    def body() -> None:
        isa_names = _isas(isa)
        table = rows(isa_names)
        width = max((len(r.name) for r in table), default=len("stencil"))
        print(f"{'stencil':<{width}}  {'role':<8}  {'isa':<6}  {'bytes':>5}  {'no jump':>7}  {'holes':>5}")
        for r in table:
            print(f"{r.name:<{width}}  {r.role:<8}  {r.isa:<6}  {r.size:>5}  {r.size - r.tail:>7}  {r.holes:>5}")
        for isa_name in isa_names:
            print(averages(table, isa_name))

    guarded(body)


# ---- show ----


def _field(isa_name: str, kind_name: str, offset: int) -> str:
    kind = get_isa(isa_name).hole_kinds[kind_name]
    if kind.shift == 0 and kind.width == 8 * kind.container:
        return f"bytes {offset}..{offset + kind.container - 1}"
    return f"bits {kind.shift}..{kind.shift + kind.width - 1} of the word at {offset}"


def listing(isa_name: str, name: str) -> list[str]:
    """The cached assembly beside Capstone's disassembly of the reassembled bytes (hole fields still hold the
    loader's sentinels), each hole named under the instruction that holds it."""
    st = load_stencil(isa_name, name)
    path = stencil_file(isa_name, name)
    lines = [s.strip() for s in path.read_text(encoding="ascii").splitlines()]
    cached = [s for s in lines if s and not s.startswith(";")]
    insns = list(get_isa(isa_name).capstone().disasm(st.code, 0))
    tail = catalog(isa_name).tail_jump(name)
    out = [f"{name} for {isa_name}: {len(st.code)} bytes, {len(st.holes)} holes ({path})"]
    if tail:
        out.append(f"the last {tail} bytes are the continuation jump, dropped when the next op follows")
    asm_lines = [s for s in cached if not _LABEL.fullmatch(s)]
    if len(asm_lines) != len(insns):  # never for a valid cache: one line, one instruction
        out.append(f"(the cache has {len(asm_lines)} instructions, Capstone decodes {len(insns)})")
    width = max((len(s) for s in cached), default=0)
    out.append(f"{'offset':<6}  {'bytes':<24}  {'cached assembly':<{width}}  capstone")
    it = iter(insns)
    for text in cached:
        if _LABEL.fullmatch(text):
            out.append(f"{'':<6}  {'':<24}  {text}")
            continue
        insn = next(it, None)
        if insn is None:
            out.append(f"{'':<6}  {'':<24}  {text}")
            continue
        out.append(
            f"{insn.address:<6}  {insn.bytes.hex(' '):<24}  {text:<{width}}  {insn.mnemonic} {insn.op_str}".rstrip()
        )
        out += _holes_in(isa_name, st, insn.address, insn.address + insn.size)
    for insn in it:
        out.append(
            f"{insn.address:<6}  {insn.bytes.hex(' '):<24}  {'':<{width}}  {insn.mnemonic} {insn.op_str}".rstrip()
        )
        out += _holes_in(isa_name, st, insn.address, insn.address + insn.size)
    return out


def _holes_in(isa_name: str, st: Stencil, start: int, end: int) -> list[str]:
    return [
        f"{'':<6}  ^ hole {h.symbol} ({h.kind}{f', addend {h.addend}' if h.addend else ''}): "
        f"{_field(isa_name, h.kind, h.offset)}"
        for h in st.holes
        if start <= h.offset < end
    ]


@stencils_app.command("show")
def show(
    op: Annotated[str, typer.Argument(help="A stencil name: an opcode, FuncEntry, jit_entry or a jit_rt_* helper.")],
    isa: IsaOpt = None,
) -> None:
    """One stencil's cached assembly beside Capstone's disassembly of its reassembled bytes, holes marked."""

    def body() -> None:
        isa_names = _isas(isa)
        known = {name for isa_name in isa_names for name in stencil_names(isa_name)}
        if op not in known:
            close = difflib.get_close_matches(op, sorted(known), n=5, cutoff=0.5)
            close += [n for n in sorted(known) if n.lower() == op.lower() and n not in close]
            hint = f"; close names: {', '.join(close)}" if close else "; `jit stencils list` shows them all"
            raise InputError(f"no stencil named {op!r} for {', '.join(isa_names)}{hint}")
        blocks = [listing(isa_name, op) for isa_name in isa_names if op in stencil_names(isa_name)]
        print("\n\n".join("\n".join(block) for block in blocks))

    guarded(body)


# ---- check ----


def source_problems(recorded: Any) -> list[str]:
    """Every source whose sha256 differs from the manifest's, is missing, or is not in the manifest."""
    if not isinstance(recorded, dict):
        return ["manifest.json has no 'sources' table: " + REFRESH]
    problems = []
    root = sources_dir()
    for key, digest in sorted(recorded.items()):
        if not key.startswith(SOURCE_PREFIX):
            problems.append(f"manifest.json lists {key}, which is not under {SOURCE_PREFIX}")
            continue
        try:
            data = (root / key.removeprefix(SOURCE_PREFIX)).read_bytes()
        except OSError as e:
            problems.append(f"{key} cannot be read ({e.strerror or e}): restore it or {REFRESH}")
            continue
        if hashlib.sha256(data).hexdigest() != digest:
            problems.append(f"{key} changed since the last refresh: {REFRESH}")
    try:
        present = sorted(p.name for p in root.iterdir() if p.suffix in (".c", ".h"))
    except OSError as e:
        return [*problems, f"{root} cannot be listed: {e.strerror or e}"]
    problems += [
        f"{SOURCE_PREFIX}{n} is not in manifest.json: {REFRESH}" for n in present if SOURCE_PREFIX + n not in recorded
    ]
    return problems


def stencil_problems(isa_name: str, entries: dict[str, Any]) -> tuple[int, list[str]]:
    """(stencils checked, problems) for one ISA: every op, FuncEntry and jit_entry listed, no stray file, every
    listed file is the refresh's (its sha256), assembles, and has exactly the manifest's holes."""
    listed = sorted(n for n, e in entries.items() if isinstance(e, dict) and isa_name in e)
    problems = [
        f"{isa_name}: no stencil for {name} in manifest.json: {REFRESH}"
        for name in (*(op.name for op in OPS), *CORE)
        if name not in listed
    ]
    folder = cache_root() / isa_name
    on_disk = {p.stem for p in folder.glob("*.s")} if folder.is_dir() else set()
    problems += [f"{folder / n}.s is not listed in manifest.json" for n in sorted(on_disk - set(listed))]
    for name in listed:
        found_before = len(problems)
        try:
            digest = hashlib.sha256(stencil_file(isa_name, name).read_bytes()).hexdigest()
            st = load_stencil(isa_name, name)
            want = {(h["name"], h["kind"]) for h in entries[name][isa_name]["holes"]}
            refreshed = entries[name][isa_name]["sha256"]
        except StencilCacheError as e:
            problems.append(str(e))
            continue
        except OSError as e:
            problems.append(f"{stencil_file(isa_name, name)}: cannot be read: {e.strerror or e}")
            continue
        except (KeyError, TypeError) as e:
            problems.append(f"manifest.json: {name} for {isa_name} has a malformed entry ({e!r})")
            continue
        found = {(h.symbol, h.kind) for h in st.holes}
        for what, diff in (
            ("not found in the stencil", want - found),
            ("found but not in manifest.json", found - want),
        ):
            if diff:
                holes = ", ".join(f"{s} ({k})" for s, k in sorted(diff))
                problems.append(f"{stencil_file(isa_name, name)}: holes {what}: {holes}")
        if len(problems) == found_before and digest != refreshed:  # it assembles with its holes: a hand edit
            problems.append(f"{stencil_file(isa_name, name)} differs from the refresh's (sha256): {REFRESH}")
    return len(listed), problems


@stencils_app.command("check")
def check() -> None:
    """Sources unchanged since the last refresh, every op x ISA present, every stencil assembles with the
    manifest's holes. Needs no Clang."""

    def body() -> None:
        try:
            data = manifest()
            entries = data["stencils"]
            if not isinstance(entries, dict):
                raise TypeError("'stencils' is not a table")
        except StencilCacheError as e:
            raise InputError(f"stencils check: {e}") from None
        except (KeyError, TypeError) as e:
            raise InputError(f"stencils check: {cache_root() / 'manifest.json'}: malformed manifest ({e})") from None
        problems = source_problems(data.get("sources"))
        counts = []
        for isa_name in ISA_NAMES:
            n, found = stencil_problems(isa_name, entries)
            counts.append(f"{n} for {isa_name}")
            problems += found
        if problems:
            for problem in problems:
                print(printable(f"jit: stencils check: {problem}"), file=sys.stderr, flush=True)
            raise InputError(f"stencils check: {len(problems)} problem(s) in {cache_root()}")
        print(
            f"stencil cache ok: {len(data['sources'])} sources match manifest.json; "
            f"stencils ({', '.join(counts)}) assemble with the holes it lists"
        )

    guarded(body)
