"""The on-disk memo of what a warm start would otherwise recompute: assembled stencils and the manifest's lists.

Files live in $VM3_JIT_CACHE_DIR, else $XDG_CACHE_HOME/vm3-jit, else
~/.cache/vm3-jit, under a directory named after FORMAT; bump FORMAT whenever
the loader would produce different holes. The memo is trusted as far as its
directory is: it is created private to the user (mode 0700), and one that is
not this user's or that others may write is refused (with a warning: the run
goes on without a memo). A stencil's file is named and keyed by the sha256 of
its text, which the loader has checked against the manifest, and by the
Keystone version that assembled it. The manifest's lists are keyed by the
manifest's exact bytes (their CRC-32 merely names the file).

A file is a CRC-32 of its body, then the body: a marshal of a tuple that starts
with FORMAT and repeats its key. Anything off (missing, unreadable, corrupt,
stale) is a miss: the value is recomputed and the file rewritten, atomically
and best effort (a read-only cache directory only costs speed). Reading needs
neither json nor Keystone, which keeps them out of a warm start.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import stat
import sys
from binascii import crc32
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import NamedTuple

from jit.errors import printable
from jit.isa.holes import HoleKind
from jit.stencilset.model import Hole, Stencil

FORMAT = 3


class Listing(NamedTuple):
    """What the catalog needs from the manifest for one ISA: every stencil's name (sorted), the runtime
    helpers' names, and each stencil's sha256 as the manifest records it (in the order of `names`)."""

    names: tuple[str, ...]
    runtime: tuple[str, ...]
    sha256: tuple[str, ...]


def memo_dir() -> Path:
    """Where the memo lives (whether or not it may be used: private_memo_dir)."""
    env = os.environ.get("VM3_JIT_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return Path(xdg if os.path.isabs(xdg) else Path.home() / ".cache") / "vm3-jit"  # a relative one is ignored


_checked: dict[Path, bool] = {}


def private_memo_dir() -> Path | None:
    """memo_dir(), created private to this user when missing; None when it cannot be created, or when it is
    not a directory of this user's that only this user can write (then a warning says so, once)."""
    path = memo_dir()
    usable = _checked.get(path)
    if usable is None:
        usable = _checked[path] = _check_private(path)
    return path if usable else None


def _check_private(path: Path) -> bool:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = path.stat()
    except OSError:
        return False  # no memo: slower, not wrong
    if not stat.S_ISDIR(st.st_mode):
        return False
    problem = None
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        problem = "it belongs to another user"
    elif st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        problem = f"others can write to it (mode {stat.S_IMODE(st.st_mode):o}; chmod go-w fixes that)"
    if problem is not None:
        message = f"jit: warning: not using the stencil memo in {path}: {problem}"
        print(printable(message), file=sys.stderr, flush=True)
        return False
    return True


@cache
def keystone_version() -> str:
    """The keystone-engine distribution's version, read without importing (and loading) Keystone.

    The dist-info folder beside the package names it; importlib.metadata (slow to import) is the fallback.
    """
    spec = importlib.util.find_spec("keystone")
    if spec is not None and spec.origin is not None:
        found = sorted(Path(spec.origin).parent.parent.glob("keystone_engine-*.dist-info"))
        if len(found) == 1:
            return found[0].name.removeprefix("keystone_engine-").removesuffix(".dist-info")
    from importlib import metadata

    return metadata.version("keystone-engine")


def stencil_memo_path(isa_name: str, sha256: str) -> Path | None:
    """Where the stencil whose text has this sha256 is memoised (per Keystone version: it does the assembling);
    None when there is no usable memo directory."""
    root = private_memo_dir()
    return None if root is None else Path(root, f"stencils-v{FORMAT}", isa_name, f"{sha256}-ks{keystone_version()}.bin")


def read_stencil_memo(path: Path | None, isa_name: str, sha256: str, kinds: Mapping[str, HoleKind]) -> Stencil | None:
    """The stencil memoised for the text with this sha256, or None when the file is absent or anything is off."""
    try:
        fmt, isa, keystone, key, code, raw_holes = _read(path)  # type: ignore[misc]
        if (fmt, isa, keystone, key) != (FORMAT, isa_name, keystone_version(), sha256) or type(code) is not bytes:
            return None
        holes = tuple(Hole(o, k, s, a) for o, k, s, a in raw_holes)
    except (TypeError, ValueError):
        return None
    for h in holes:
        if not (type(h.offset) is type(h.addend) is int and type(h.kind) is type(h.symbol) is str):
            return None
        if h.kind not in kinds or not 0 <= h.offset <= len(code) - kinds[h.kind].container:
            return None
    return Stencil(code, holes)


def write_stencil_memo(path: Path | None, isa_name: str, sha256: str, stencil: Stencil) -> None:
    holes = tuple((h.offset, h.kind, h.symbol, h.addend) for h in stencil.holes)
    _write_atomically(path, (FORMAT, isa_name, keystone_version(), sha256, stencil.code, holes))


def lists_memo_path(isa_name: str, manifest: bytes) -> Path | None:
    """Where the Listing of this exact manifest is memoised (a warm start does not parse its JSON)."""
    root = private_memo_dir()
    name = f"manifest-{crc32(manifest):08x}-{len(manifest)}.bin"
    return None if root is None else Path(root, f"stencils-v{FORMAT}", isa_name, name)


def read_lists_memo(path: Path | None, isa_name: str, manifest: bytes) -> Listing | None:
    try:
        fmt, isa, source, *lists = _read(path)  # type: ignore[misc]
        listing = Listing(*lists)
    except TypeError:
        return None
    if (fmt, isa, source) != (FORMAT, isa_name, manifest) or not all(
        type(group) is tuple and all(type(n) is str for n in group) for group in listing
    ):
        return None
    return listing if len(listing.sha256) == len(listing.names) else None


def write_lists_memo(path: Path | None, isa_name: str, manifest: bytes, listing: Listing) -> None:
    _write_atomically(path, (FORMAT, isa_name, manifest, *listing))


def _read(path: Path | None) -> object:
    """The value stored at path; None when there is no path, or the file is missing, unreadable or fails its CRC."""
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < 4 or int.from_bytes(data[:4], "little") != crc32(memoryview(data)[4:]):
        return None
    try:
        return marshal.loads(data[4:])
    except (EOFError, ValueError, TypeError):
        return None


def _write_atomically(path: Path | None, value: object) -> None:
    """Store value (a marshal-able tuple); a failure to write is ignored (the next start recomputes)."""
    if path is None:
        return
    import tempfile  # only a cold start writes

    body = marshal.dumps(value)
    try:
        for folder in (path.parent.parent, path.parent):  # stencils-vN/ISA, in the root private_memo_dir made
            folder.mkdir(mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".bin")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(crc32(body).to_bytes(4, "little") + body)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return
