"""The AOT runtime as machine code: the `aot` stencils an output needs, laid out and linked into its text.

The runtime's functions (jit/stencils/aot_*.c, manifest role `aot`) call one another, jit_entry and the
thunks' vm3 functions directly, so their branches are patched here, inside the one text section. What they
take the address of (the descriptor, an object's state, a vm3 function) is PC-relative but depends on where
the linker puts the sections, so each such hole becomes a relocation of the image instead: the system
linker resolves it in an object, jit.aot.relocate in an executable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from jit.aot.objimage import Relocation, RelocKind, SectionKind
from jit.errors import StencilCacheError
from jit.isa.registry import get_isa
from jit.stencilset.catalog import catalog
from jit.stencilset.files import cache_root, read_manifest, stencil_file

PREFIX = "jit_aot_"
ADDRESSES = {"jit_aot_program", "jit_aot_state", "_JIT_CALLEE"}
"""The symbols the runtime takes PC-relative addresses of (scripts/refresh/holes.py: ADDRESS_SYMBOLS)."""
_ADDRESS_KINDS: dict[tuple[str, str], RelocKind] = {
    ("x86_64", "rel32"): RelocKind.X86_PC32,  # lea reg, [rip + X]
    ("arm64", "page21"): RelocKind.ARM64_PAGE21,  # adrp
    ("arm64", "pageoff12"): RelocKind.ARM64_PAGEOFF12,  # add
}
_PAD = {"x86_64": b"\xcc", "arm64": b"\x00\x00\x00\x00"}  # int3 / udf between functions
ALIGN = 16


def runtime_names(isa_name: str) -> frozenset[str]:
    """The stencils of role `aot` the cache has for this ISA."""
    manifest = read_manifest()
    try:
        return frozenset(
            n for n, e in manifest["stencils"].items() if e["role"] == "aot" and isa_name in e and n.startswith(PREFIX)
        )
    except (KeyError, TypeError, AttributeError) as e:
        raise StencilCacheError(str(cache_root() / "manifest.json"), None, f"malformed manifest: {e!r}") from None


def needed(isa_name: str, roots: Iterable[str]) -> list[str]:
    """The roots and every runtime function they call, directly or not: breadth first, callees by name."""
    known = runtime_names(isa_name)
    cat = catalog(isa_name)
    order: list[str] = []
    work = list(roots)
    while work:
        name = work.pop(0)
        if name in order:
            continue
        if name not in known:
            raise StencilCacheError(str(cache_root() / "manifest.json"), None, f"no AOT runtime stencil {name!r}")
        order.append(name)
        work += sorted({h.symbol for h in cat.stencil(name).holes if _calls(h.symbol)} - set(order))
    return order


def _calls(symbol: str) -> bool:
    return symbol.startswith(PREFIX) and symbol not in ADDRESSES


@dataclass
class Text:
    """A text section being built: code, the offset of every function in it, relocations for addresses."""

    isa: str
    code: bytearray
    functions: dict[str, int] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)  # of the runtime functions laid out
    relocations: list[Relocation] = field(default_factory=list)

    def place(self, code: bytes) -> int:
        """Append code at the next ALIGN boundary; its offset."""
        pad = _PAD[self.isa]
        while len(self.code) % ALIGN:
            self.code += pad[: ALIGN - len(self.code) % ALIGN]
        at = len(self.code)
        self.code += code
        return at

    def link(self, name: str, at: int, addresses: Mapping[str, str], numbers: Mapping[str, int]) -> None:
        """Patch the copy of stencil `name` at `at`: branches to the functions placed (all must be by now),
        numbers; an address hole becomes a relocation against the image symbol `addresses` names for it."""
        isa = get_isa(self.isa)
        stencil = catalog(self.isa).stencil(name)
        for h in stencil.holes:
            kind = isa.hole_kinds[h.kind]
            reloc = _ADDRESS_KINDS.get((self.isa, h.kind))
            pos = at + h.offset
            if h.symbol in ADDRESSES and reloc is not None:  # the runtime only ever takes their address
                self.relocations.append(Relocation(SectionKind.TEXT, pos, reloc, addresses[h.symbol], h.addend))
            elif h.symbol in self.functions:
                kind.patch(self.code, pos, self.functions[h.symbol] + h.addend, field_addr=pos)
            elif h.symbol in numbers:
                kind.patch(self.code, pos, numbers[h.symbol] + h.addend, field_addr=pos)
            else:
                what = f"{h.kind} hole {h.symbol}: nothing in an AOT image gives its value"
                raise StencilCacheError(str(stencil_file(self.isa, name)), None, what)


def lay_out(text: Text, names: list[str], addresses: Mapping[str, str]) -> None:
    """Place and link the runtime functions `names` (from `needed`) in text."""
    cat = catalog(text.isa)
    for name in names:
        code = cat.stencil(name).code
        text.functions[name] = text.place(code)
        text.sizes[name] = len(code)
    for name in names:
        text.link(name, text.functions[name], addresses, {})
