"""The on-disk memo of assembled stencils, so that a warm start reassembles nothing.

One JSON file per (ISA, sha256 of the stencil text, keystone-engine version),
under $VM3_JIT_CACHE_DIR (default ~/.cache/vm3-jit) in a directory named after
FORMAT; bump FORMAT whenever the loader would produce different holes. A file
that is missing, unreadable, corrupt or inconsistent is simply a miss: the
stencil is reassembled and the file rewritten. Writes are atomic and best
effort (a read-only cache directory only costs speed).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from isa.holes import HoleKind
from jit.stencil_model import Hole, Stencil

FORMAT = 1


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


def memo_path(isa_name: str, text_sha256: str) -> Path:
    return Path(memo_dir(), f"stencils-v{FORMAT}", isa_name, f"{text_sha256}-ks{keystone_version()}.json")


def _payload(isa_name: str, text_sha256: str, stencil: Stencil) -> dict[str, object]:
    return {
        "format": FORMAT,
        "isa": isa_name,
        "sha256": text_sha256,
        "keystone": keystone_version(),
        "code": stencil.code.hex(),
        "holes": [[h.offset, h.kind, h.symbol, h.addend] for h in stencil.holes],
    }


def _digest(payload: Mapping[str, object]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def read_memo(path: Path, isa_name: str, text_sha256: str, kinds: Mapping[str, HoleKind]) -> Stencil | None:
    """The memoised stencil, or None when the file is absent or anything about it is off."""
    try:
        doc = json.loads(path.read_bytes())
        payload = {k: doc[k] for k in ("format", "isa", "sha256", "keystone", "code", "holes")}
        if doc["digest"] != _digest(payload) or (payload["format"], payload["isa"], payload["sha256"]) != (
            FORMAT,
            isa_name,
            text_sha256,
        ):
            return None
        code = bytes.fromhex(payload["code"])
        holes = tuple(Hole(int(o), str(k), str(s), int(a)) for o, k, s, a in payload["holes"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
    if any(h.kind not in kinds or not 0 <= h.offset <= len(code) - kinds[h.kind].container for h in holes):
        return None
    return Stencil(code, holes)


def write_memo(path: Path, isa_name: str, text_sha256: str, stencil: Stencil) -> None:
    """Store the stencil atomically; a failure to write is ignored (the next start reassembles)."""
    payload = _payload(isa_name, text_sha256, stencil)
    _write_atomically(path, {**payload, "digest": _digest(payload)})


def _write_atomically(path: Path, doc: Mapping[str, object]) -> None:
    import tempfile  # only a cold start writes

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                json.dump(doc, f, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return
