"""Load stencils from the checked-in cache: validated, assembled once, memoised in process and on disk.

The cache is `stencil_cache/` at the repository root (beside the `jit`
package), or $VM3_STENCIL_CACHE: `<isa>/<Name>.s` per stencil and
`manifest.json` listing them with the sha256 of each file. A stencil loaded for
a run must have exactly the text the manifest records, so that a hand edit
that still assembles cannot change what programs compute. Every problem with
the cache is a StencilCacheError naming the file (and line, when one is to
blame).
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from jit.errors import StencilCacheError
from jit.isa.registry import get_isa
from jit.resources import data_dir
from jit.stencilset.memo import (
    Listing,
    lists_memo_path,
    read_lists_memo,
    read_stencil_memo,
    stencil_memo_path,
    write_lists_memo,
    write_stencil_memo,
)
from jit.stencilset.model import Stencil

REFRESH = "change jit/stencils/*.c and run scripts/refresh_stencils.py"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_memo: dict[tuple[str, str], Stencil] = {}  # by (ISA, sha256 of the text)


def cache_root() -> Path:
    env = os.environ.get("VM3_STENCIL_CACHE")
    return Path(env) if env else _installed_cache()


@cache
def _installed_cache() -> Path:
    return data_dir("stencil_cache")  # a directory check: once per process, not once per stencil


def stencil_file(isa_name: str, name: str) -> Path:
    if not _NAME.fullmatch(name):
        raise StencilCacheError(str(cache_root() / isa_name), None, f"invalid stencil name {name!r}")
    return cache_root() / isa_name / f"{name}.s"


def read_manifest() -> dict[str, Any]:
    """manifest.json, parsed; StencilCacheError naming it when it cannot be read or is not JSON."""
    return _parse_manifest(_manifest_bytes())


def manifest_lists(isa_name: str) -> Listing:
    """The stencils that the manifest lists for this ISA, its runtime helpers (both sorted) and each stencil's
    sha256; memoised on disk for the manifest's exact bytes, so that a warm start does not parse its JSON."""
    get_isa(isa_name)
    data = _manifest_bytes()
    memo = lists_memo_path(isa_name, data)
    listing = read_lists_memo(memo, isa_name, data)
    if listing is None:
        manifest = _parse_manifest(data)
        names = stencil_names(isa_name, manifest)
        try:
            entries = manifest["stencils"]
            runtime = tuple(n for n in names if entries[n]["role"] == "runtime")
        except (KeyError, TypeError) as e:
            raise StencilCacheError(_manifest_file(), None, f"malformed manifest: {e!r}") from None
        listing = Listing(names, runtime, tuple(_sha256_of(entries[n], n, isa_name) for n in names))
        write_lists_memo(memo, isa_name, data, listing)
    return listing


def _sha256_of(entry: Any, name: str, isa_name: str) -> str:
    """The sha256 an entry of the manifest records for the stencil's text on one ISA."""
    digest = entry[isa_name].get("sha256") if isinstance(entry[isa_name], dict) else None
    if not (isinstance(digest, str) and re.fullmatch(r"[0-9a-f]{64}", digest)):
        raise StencilCacheError(_manifest_file(), None, f"malformed manifest: no sha256 of {name} for {isa_name}")
    return digest


def _manifest_file() -> str:
    return str(cache_root() / "manifest.json")


def _manifest_bytes() -> bytes:
    try:
        return Path(_manifest_file()).read_bytes()
    except OSError as e:
        raise StencilCacheError(_manifest_file(), None, f"cannot read the manifest: {e.strerror or e}") from None


def _parse_manifest(data: bytes) -> dict[str, Any]:
    import json  # only when the manifest changed since the last start, or for `jit stencils`

    try:
        return json.loads(data)  # type: ignore[no-any-return]
    except (ValueError, RecursionError) as e:
        raise StencilCacheError(_manifest_file(), None, f"malformed manifest: {e!r}") from None


def stencil_names(isa_name: str, manifest: dict[str, Any] | None = None) -> tuple[str, ...]:
    """The stencils that the manifest (read_manifest() unless given) lists for this ISA, sorted (a stencil may
    exist for one ISA only)."""
    get_isa(isa_name)
    data = read_manifest() if manifest is None else manifest
    try:
        names = tuple(sorted(name for name, entry in data["stencils"].items() if isa_name in entry))
    except (KeyError, TypeError, AttributeError) as e:
        raise StencilCacheError(_manifest_file(), None, f"malformed manifest: {e!r}") from None
    bad = next((n for n in names if not _NAME.fullmatch(n)), None)
    if bad is not None:
        raise StencilCacheError(_manifest_file(), None, f"invalid stencil name {bad!r}")
    return names


def load_stencil(isa_name: str, name: str, sha256: str | None = None) -> Stencil:
    """The stencil `name` for ISA `isa_name`, assembled at most once per content and Keystone version.

    Given the sha256 the manifest records for it (the catalog gives it, so every run checks), a file whose
    text differs is refused; `jit stencils` tools leave it out to describe a changed file.
    """
    get_isa(isa_name)  # an unknown ISA fails before any path is built from its name
    path = stencil_file(isa_name, name)
    data = _read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if sha256 is not None and digest != sha256:
        raise StencilCacheError(
            str(path), None, f"the text differs from the one manifest.json records (its sha256): {REFRESH}"
        )
    return _assemble(isa_name, _ascii(data, path), str(path), digest)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise StencilCacheError(str(path), None, f"cannot read the stencil: {e.strerror or e}") from None


def _ascii(data: bytes, path: Path) -> str:
    try:
        return data.decode("ascii")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise StencilCacheError(str(path), line, "the stencil is not ASCII text") from None


def assemble_text(isa_name: str, text: str, file: str) -> Stencil:
    """The Stencil for one stencil's text; `file` only names it in errors."""
    return _assemble(isa_name, text, file, hashlib.sha256(text.encode()).hexdigest())


def _assemble(isa_name: str, text: str, file: str, sha256: str) -> Stencil:
    isa = get_isa(isa_name)
    key = (isa_name, sha256)
    if key in _memo:
        return _memo[key]
    disk = stencil_memo_path(isa_name, sha256)
    stencil = read_stencil_memo(disk, isa_name, sha256, isa.hole_kinds)
    if stencil is None:
        from jit.stencilset.assemble import assemble_stencil  # Keystone and Capstone: only when the memo is cold

        stencil = assemble_stencil(isa, text, file)
        write_stencil_memo(disk, isa_name, sha256, stencil)
    _memo[key] = stencil
    return stencil
