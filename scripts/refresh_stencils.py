"""Refresh the stencil cache: compile jit/stencils/*.c with clang-19 for each ISA, write stencil_cache/.

    /work/venv/bin/python scripts/refresh_stencils.py               # rewrite stencil_cache/
    /work/venv/bin/python scripts/refresh_stencils.py --out DIR     # write the cache elsewhere
    /work/venv/bin/python scripts/refresh_stencils.py --check-only  # refresh into a temporary
        directory and compare with the cache byte for byte (exit 1 on any difference)

Each stencil becomes stencil_cache/<isa>/<Name>.s: labels and instructions in Keystone syntax,
every hole an explicit marker (stencil_cache/README.md), plus manifest.json with the Clang
version, the exact flags, the sources' sha256 and every stencil's holes.  The output depends
only on the sources and the compiler, so refreshing twice changes no byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from refresh import RefreshError
from refresh.asm import parse_functions, to_items
from refresh.elf import ElfError, Reloc, relocations
from refresh.fold import VALUE_FOLD
from refresh.holes import CONTINUE, is_address_symbol
from refresh.isas import ISAS, IsaSpec, check_markers
from refresh.layout import layout
from refresh.model import MARKER, Insn, Item, Label

from jit.compiler.fit import WIDE
from jit.compiler.variants import is_located
from jit.program.ops import BY_NAME

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "jit" / "stencils"
CACHE_DIR = ROOT / "stencil_cache"
MANIFEST = "manifest.json"
PROLOGUE = "FuncEntry"
ENTRY = "jit_entry"
RUNTIME_PREFIX = "jit_rt_"
PIECE_PREFIXES = ("Slot", "Piece")
AOT_PREFIX = "jit_aot_"


@dataclass(frozen=True)
class Compiled:
    """One stencil for one ISA: its cached text and its holes."""

    name: str
    source: str
    text: str
    holes: tuple[tuple[str, str], ...]  # sorted unique (symbol, kind)


def role(name: str) -> str:
    """What the loader does with a stencil: op (one per opcode, or a variant), prologue, entry, runtime (helpers
    the JIT copies into every image), piece (slot moves and parts of calls the compiler lays out) or aot (the
    runtime of jit.aot's executables and objects, ordinary C ABI functions)."""
    if name in BY_NAME:
        return "op"
    if name.partition("_")[0] == PROLOGUE:
        return "prologue"  # FuncEntry, or a variant of it (FuncEntry_c)
    if name == ENTRY:
        return "entry"
    if name.startswith(RUNTIME_PREFIX):
        return "runtime"
    if name.startswith(PIECE_PREFIXES):
        return "piece"  # a piece the compiler puts around or instead of an op: slot moves, parts of a call
    if name.startswith(AOT_PREFIX):
        return "aot"
    if name.partition("_")[0] in BY_NAME:
        return "op"  # a variant: OPNAME_SUFFIX, which the compiler picks for some instances of the op
    raise RefreshError(
        f"{name}: not an opcode mnemonic or a variant OPNAME_SUFFIX, {PROLOGUE}[_SUFFIX], {ENTRY}, "
        f"a {RUNTIME_PREFIX}* helper, a {'/'.join(PIECE_PREFIXES)}* piece or a {AOT_PREFIX}* function"
    )


def clang_version(clang: str) -> str:
    return subprocess.run([clang, "--version"], check=True, capture_output=True, text=True).stdout.splitlines()[0]


def compile_source(clang: str, isa: IsaSpec, source: Path) -> tuple[str, bytes]:
    """Clang's assembly for `source`, and the object assembled from exactly that text."""
    asm = subprocess.run(
        [clang, *isa.all_flags, "-S", "-o", "-", str(source)], check=True, capture_output=True, text=True
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        obj = Path(tmp) / "stencil.o"
        subprocess.run(
            [clang, f"--target={isa.triple}", "-c", "-x", "assembler", "-o", str(obj), "-"],
            input=asm,
            check=True,
            capture_output=True,
            text=True,
        )
        return asm, obj.read_bytes()


def rename_labels(items: list[Item], isa: IsaSpec) -> list[Item]:
    """Local labels become L0, L1, ... in order of definition (Keystone-safe, stable across refreshes)."""
    names = {it.name: f"L{i}" for i, it in enumerate(x for x in items if isinstance(x, Label))}
    out: list[Item] = []
    for it in items:
        target = isa.target(it) if isinstance(it, Insn) else None
        if isinstance(it, Label):
            it = Label(names[it.name])
        elif isinstance(it, Insn) and target in names:
            it = isa.retarget(it, names[target])
        out.append(it)
    return out


def check_final(name: str, items: list[Item], isa: IsaSpec) -> None:
    """What the cache promises: markers that fit their holes, at most one jump to the continuation
    and it last, and nothing Keystone may choke on (directives, relocation specifiers, @, .L labels)."""
    conts = [i for i, it in enumerate(items) if isinstance(it, Insn) and CONTINUE in {m.symbol for m in it.markers()}]
    last = items[-1] if items else None
    if conts and (conts != [len(items) - 1] or not (isinstance(last, Insn) and last.mnemonic == isa.jump)):
        raise RefreshError(f"{name} ({isa.name}): the jump to {CONTINUE} is not the single, last instruction")
    for it in items:
        if isinstance(it, Insn):
            check_markers(isa, name, it)
        bare = MARKER.sub("0", it.render()).strip()
        if bare.startswith(".") or ".L" in bare or "@" in bare or (isinstance(it, Insn) and ":" in bare):
            raise RefreshError(f"{name} ({isa.name}): line would not survive Keystone: {bare}")


def build_stencil(name: str, source: str, lines: list[str], relocs: list[Reloc], isa: IsaSpec) -> list[Compiled]:
    """The stencil, with its operands folded where the ISA can (refresh.fold), and its `_wide` twin if it needs one."""
    items = isa.normalise(name, to_items(name, lines, relocs, isa))
    folded, folds = isa.fold(name, items)
    out = [_finish(name, source, folded, isa)]
    if wants_twin(name, folds):
        out.append(_finish(name + WIDE, source, items, isa))
    return out


def wants_twin(name: str, folds: frozenset[str]) -> bool:
    """Whether a stencil with these folds keeps Clang's unfolded code as NAME_wide, for the ops whose values its
    folded fields cannot hold (jit.compiler.fit). Every folded stencil does, but a located variant whose only
    folds are registers: its op then runs the memory form (jit.compiler.lower), which is the rare case of an
    operand in memory at register 4096 or beyond, while a constant beyond the field is common (a loop bound)."""
    return bool(folds) and (VALUE_FOLD in folds or not is_located(name))


def _finish(name: str, source: str, items: list[Item], isa: IsaSpec) -> Compiled:
    items = rename_labels(layout(name, items, isa), isa)
    check_final(name, items, isa)
    holes = sorted({(m.symbol, m.kind) for it in items if isinstance(it, Insn) for m in it.markers()})
    taken = sorted(
        {
            m.symbol
            for it in items
            if isinstance(it, Insn) and it.mnemonic not in isa.branch_kinds
            for m in it.markers()
            if is_address_symbol(m.symbol)
        }
    )
    if taken and role(name) != "aot":
        raise RefreshError(f"{name} ({isa.name}): takes the address of {', '.join(taken)}: only jit_aot_* may")
    return Compiled(name, source, "".join(it.render() + "\n" for it in items), tuple(holes))


def build_source(clang: str, isa: IsaSpec, path: Path) -> list[Compiled]:
    source = path.relative_to(ROOT).as_posix()
    try:
        asm, obj = compile_source(clang, isa, path)
        relocs = relocations(obj)
    except subprocess.CalledProcessError as e:
        raise RefreshError(f"{source} ({isa.name}): clang failed:\n{e.stderr}") from e
    except ElfError as e:
        raise RefreshError(f"{source} ({isa.name}): {e}") from e
    out = []
    for name, lines in sorted(parse_functions(asm, isa).items()):
        role(name)  # refuses a function that is no stencil (e.g. a static helper Clang did not inline)
        out += build_stencil(name, source, lines, relocs.get(f".text.{name}", []), isa)
    for section in relocs:
        if not section.startswith(".text."):
            raise RefreshError(f"{source} ({isa.name}): relocations in {section}: stencils may not use data")
    return out


class Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0

    def step(self, label: str) -> None:
        self.done += 1
        filled = 30 * self.done // self.total
        print(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} {label:<24}", end="", file=sys.stderr)
        if self.done == self.total:
            print(file=sys.stderr)


def refresh(clang: str, out_dir: Path) -> None:
    sources = sorted(SOURCE_DIR.glob("*.c"))
    jobs = [(isa, path) for isa in ISAS for path in sources]
    progress = Progress(len(jobs))
    results: dict[str, list[Compiled]] = {isa.name: [] for isa in ISAS}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = [(isa, path, pool.submit(build_source, clang, isa, path)) for isa, path in jobs]
        for isa, path, future in futures:
            results[isa.name] += future.result()
            progress.step(f"{isa.name} {path.name}")
    check_complete(results)
    write_cache(out_dir, results, manifest(clang, sorted(SOURCE_DIR.glob("*.[ch]")), results))


def check_complete(results: dict[str, list[Compiled]]) -> None:
    for isa, stencils in results.items():
        names = [s.name for s in stencils]
        dup = {n for n in names if names.count(n) > 1}
        missing = (set(BY_NAME) | {PROLOGUE, ENTRY}) - set(names)
        if dup or missing:
            raise RefreshError(f"{isa}: duplicate stencils {sorted(dup)}, missing stencils {sorted(missing)}")


def manifest(clang: str, files: list[Path], results: dict[str, list[Compiled]]) -> dict[str, object]:
    stencils: dict[str, dict[str, object]] = {}
    for isa, compiled in results.items():
        for c in compiled:
            entry = stencils.setdefault(c.name, {"role": role(c.name), "source": c.source})
            entry[isa] = {
                "holes": [{"kind": kind, "name": name} for name, kind in c.holes],
                "sha256": hashlib.sha256(c.text.encode("ascii")).hexdigest(),
            }
    return {
        "clang": clang_version(clang),
        "isas": {isa.name: {"target": isa.triple, "flags": list(isa.all_flags)} for isa in ISAS},
        "sources": {p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files},
        "stencils": stencils,
    }


def write_cache(out_dir: Path, results: dict[str, list[Compiled]], data: dict[str, object]) -> None:
    for isa, compiled in results.items():
        d = out_dir / isa
        d.mkdir(parents=True, exist_ok=True)
        wanted = {f"{c.name}.s": c.text for c in compiled}
        for stale in d.glob("*.s"):
            if stale.name not in wanted:
                stale.unlink()
        for fname, text in wanted.items():
            (d / fname).write_text(text, encoding="ascii", newline="\n")
    (out_dir / MANIFEST).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="ascii", newline="\n")


def generated_files(root: Path) -> dict[str, bytes]:
    """The files a refresh writes (README.md and anything else hand-written are not among them)."""
    paths = [root / MANIFEST, *(p for isa in ISAS for p in sorted((root / isa.name).glob("*.s")))]
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in paths if p.is_file()}


def compare(fresh: Path, cache: Path) -> list[str]:
    """Relative paths that differ between a fresh refresh and the cache."""
    a, b = generated_files(fresh), generated_files(cache)
    return sorted(p for p in a.keys() | b.keys() if a.get(p) != b.get(p))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=CACHE_DIR, help="cache directory to write (or to compare)")
    parser.add_argument("--check-only", action="store_true", help="compare a fresh refresh with --out, write nothing")
    parser.add_argument("--clang", default="clang-19", help="the Clang to run (default: clang-19)")
    args = parser.parse_args(argv)
    clang = shutil.which(args.clang)
    if clang is None:
        print(f"refresh_stencils: {args.clang} not found (Debian: apt-get install clang-19)", file=sys.stderr)
        return 2
    try:
        if not args.check_only:
            refresh(clang, args.out)
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            refresh(clang, Path(tmp))
            diff = compare(Path(tmp), args.out)
    except RefreshError as e:
        print(f"\nrefresh_stencils: {e}", file=sys.stderr)
        return 1
    for path in diff:
        print(f"refresh_stencils: {args.out / path} differs from a fresh refresh", file=sys.stderr)
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
