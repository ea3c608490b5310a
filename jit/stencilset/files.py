"""Load stencils from the checked-in cache: validated, assembled once, memoised in process and on disk.

The cache is `stencil_cache/` at the repository root (beside the `jit`
package), or $VM3_STENCIL_CACHE: `<isa>/<Name>.s` per stencil and
`manifest.json` listing them. Every problem with it is a StencilCacheError
naming the file (and line, when one is to blame).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from jit.errors import StencilCacheError
from jit.isa.registry import get_isa
from jit.resources import data_dir
from jit.stencilset.memo import (
    Lists,
    lists_memo_path,
    read_lists_memo,
    read_stencil_memo,
    stencil_memo_path,
    write_lists_memo,
    write_stencil_memo,
)
from jit.stencilset.model import Stencil

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_memo: dict[tuple[str, str], Stencil] = {}  # by (ISA, text)


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


def manifest_lists(isa_name: str) -> Lists:
    """(every stencil, the runtime helpers) that the manifest lists for this ISA, both sorted; memoised on disk
    for the manifest's exact bytes, so that a warm start does not parse its JSON."""
    get_isa(isa_name)
    data = _manifest_bytes()
    memo = lists_memo_path(isa_name, data)
    lists = read_lists_memo(memo, isa_name, data)
    if lists is None:
        manifest = _parse_manifest(data)
        names = stencil_names(isa_name, manifest)
        try:
            runtime = tuple(n for n in names if manifest["stencils"][n]["role"] == "runtime")
        except (KeyError, TypeError) as e:
            raise StencilCacheError(_manifest_file(), None, f"malformed manifest: {e!r}") from None
        lists = (names, runtime)
        write_lists_memo(memo, isa_name, data, lists)
    return lists


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


def load_stencil(isa_name: str, name: str) -> Stencil:
    """The stencil `name` for ISA `isa_name`, assembled at most once per content and Keystone version."""
    get_isa(isa_name)  # an unknown ISA fails before any path is built from its name
    path = stencil_file(isa_name, name)
    return assemble_text(isa_name, _read_text(path), str(path))


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise StencilCacheError(str(path), None, f"cannot read the stencil: {e.strerror or e}") from None
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise StencilCacheError(str(path), line, "the stencil is not ASCII text") from None
    return text


def assemble_text(isa_name: str, text: str, file: str) -> Stencil:
    """The Stencil for one stencil's text; `file` only names it in errors."""
    isa = get_isa(isa_name)
    key = (isa_name, text)
    if key in _memo:
        return _memo[key]
    disk = stencil_memo_path(isa_name, text)
    stencil = read_stencil_memo(disk, isa_name, text, isa.hole_kinds)
    if stencil is None:
        from jit.stencilset.assemble import assemble_stencil  # Keystone and Capstone: only when the memo is cold

        stencil = assemble_stencil(isa, text, file)
        write_stencil_memo(disk, isa_name, text, stencil)
    _memo[key] = stencil
    return stencil
