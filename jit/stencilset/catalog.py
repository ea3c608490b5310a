"""All stencils of one ISA as the compiler needs them: by name, with their roles and trailing jumps."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from jit.errors import StencilCacheError
from jit.isa.registry import get_isa
from jit.stencilset.files import cache_root, load_stencil, manifest_lists
from jit.stencilset.model import Stencil

CONTINUE = "_JIT_CONTINUE"


@dataclass
class Catalog:
    isa: str
    runtime: tuple[str, ...]  # helper stencils copied once into every image
    sha256: Mapping[str, str]  # every stencil the manifest lists for this ISA: the sha256 of its text
    _stencils: dict[str, Stencil] = field(default_factory=dict)
    _tails: dict[str, int] = field(default_factory=dict)

    def stencil(self, name: str) -> Stencil:
        """Loaded on first use (a program reads only the stencils it needs), and only with the text the manifest
        records for it."""
        st = self._stencils.get(name)
        if st is None:
            digest = self.sha256.get(name)
            if digest is None:
                path = str(cache_root() / "manifest.json")
                raise StencilCacheError(path, None, f"no stencil {name!r} for {self.isa}")
            st = self._stencils[name] = load_stencil(self.isa, name, digest)
        return st

    @property
    def names(self) -> frozenset[str]:
        """Every stencil the manifest lists for this ISA."""
        return frozenset(self.sha256)

    def tail_jump(self, name: str) -> int:
        """Bytes of the final jump to the continuation (0 if none): dropped when the next op follows."""
        size = self._tails.get(name)
        if size is None:
            st = self.stencil(name)
            isa = get_isa(self.isa)
            size = next(
                (
                    isa.tail_jump_size(st.code, h.offset, h.kind)
                    for h in st.holes
                    if h.symbol == CONTINUE and h.offset + isa.hole_kinds[h.kind].container == len(st.code)
                ),
                0,
            )
            self._tails[name] = size
        return size


def manifest() -> dict:
    import json  # not needed on a warm start: the catalog reads manifest_lists

    path = cache_root() / "manifest.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise StencilCacheError(str(path), None, f"cannot read the manifest: {e}") from None


@cache
def catalog(isa_name: str) -> Catalog:
    """One per ISA per process; its stencils load on first use."""
    listing = manifest_lists(isa_name)
    return Catalog(isa_name, listing.runtime, dict(zip(listing.names, listing.sha256, strict=True)))


@dataclass(frozen=True)
class Collected:
    """The stencils one compile needs, fetched together: by name, with the bytes of each one's trailing jump to
    the continuation, and the runtime helpers every image carries (included in `stencils`)."""

    isa: str
    stencils: Mapping[str, Stencil]
    tails: Mapping[str, int]
    runtime: tuple[str, ...]


def collect(isa_name: str, names: Iterable[str]) -> Collected:
    """The named stencils of one ISA and its runtime helpers (StencilCacheError if one is missing or broken)."""
    cat = catalog(isa_name)
    wanted = sorted({*names, *cat.runtime})
    return Collected(isa_name, {n: cat.stencil(n) for n in wanted}, {n: cat.tail_jump(n) for n in wanted}, cat.runtime)
