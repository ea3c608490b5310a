"""The on-disk memo of what a warm start would otherwise recompute: assembled stencils and the manifest's lists.

Files live under $VM3_JIT_CACHE_DIR (default ~/.cache/vm3-jit) in a directory
named after FORMAT; bump FORMAT whenever the loader would produce different
holes. A file is a CRC-32 of its body, then the body: a marshal of a tuple that
starts with FORMAT and repeats the whole input it was computed from (a
stencil's text, the manifest's bytes). It is used only when it is intact and
that input is exactly today's, so the CRC in a file's name merely picks the
file. Anything else (missing, unreadable, corrupt, stale) is a miss: the value
is recomputed and the file rewritten, atomically and best effort (a read-only
cache directory only costs speed). Reading needs neither json, hashlib nor
Keystone, which keeps them out of a warm start.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
from binascii import crc32
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from jit.isa.holes import HoleKind
from jit.stencilset.model import Hole, Stencil

FORMAT = 2

Lists = tuple[tuple[str, ...], tuple[str, ...]]
"""What the catalog needs from the manifest for one ISA: every stencil's name, the runtime helpers' names."""


def memo_dir() -> Path:
    env = os.environ.get("VM3_JIT_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "vm3-jit"


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


def stencil_memo_path(isa_name: str, text: str) -> Path:
    """Where the stencil assembled from `text` is memoised (per Keystone version: it does the assembling)."""
    return Path(memo_dir(), f"stencils-v{FORMAT}", isa_name, f"{_name(text.encode())}-ks{keystone_version()}.bin")


def read_stencil_memo(path: Path, isa_name: str, text: str, kinds: Mapping[str, HoleKind]) -> Stencil | None:
    """The stencil memoised for exactly this text, or None when the file is absent or anything about it is off."""
    try:
        fmt, isa, keystone, source, code, raw_holes = _read(path)  # type: ignore[misc]
        if (fmt, isa, keystone, source) != (FORMAT, isa_name, keystone_version(), text) or type(code) is not bytes:
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


def write_stencil_memo(path: Path, isa_name: str, text: str, stencil: Stencil) -> None:
    holes = tuple((h.offset, h.kind, h.symbol, h.addend) for h in stencil.holes)
    _write_atomically(path, (FORMAT, isa_name, keystone_version(), text, stencil.code, holes))


def lists_memo_path(isa_name: str, manifest: bytes) -> Path:
    """Where the Lists of this exact manifest are memoised (a warm start does not parse its JSON)."""
    return Path(memo_dir(), f"stencils-v{FORMAT}", isa_name, f"manifest-{_name(manifest)}.bin")


def read_lists_memo(path: Path, isa_name: str, manifest: bytes) -> Lists | None:
    try:
        fmt, isa, source, names, runtime = _read(path)  # type: ignore[misc]
    except (TypeError, ValueError):
        return None
    if (fmt, isa, source) != (FORMAT, isa_name, manifest) or not all(
        type(group) is tuple and all(type(n) is str for n in group) for group in (names, runtime)
    ):
        return None
    return names, runtime


def write_lists_memo(path: Path, isa_name: str, manifest: bytes, lists: Lists) -> None:
    _write_atomically(path, (FORMAT, isa_name, manifest, *lists))


def _name(data: bytes) -> str:
    return f"{crc32(data):08x}-{len(data)}"


def _read(path: Path) -> object:
    """The value stored at path; None when the file is missing, unreadable or fails its CRC."""
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


def _write_atomically(path: Path, value: object) -> None:
    """Store value (a marshal-able tuple); a failure to write is ignored (the next start recomputes)."""
    import tempfile  # only a cold start writes

    body = marshal.dumps(value)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
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
