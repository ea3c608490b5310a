"""Turn one cached stencil's text into a Stencil with Keystone, locating every hole by diffing.

Each marker is replaced by a sentinel number and the file is assembled twice
with different sentinels. A hole's field is where its kind's bits read back as
the sentinel in both assemblies; every other bit must be equal in both, the
two codes must have the same length, and Capstone must decode them into as
many instructions as the file has instruction lines. No symbol resolver is
used (it breaks valid arm64 lines); only validated text reaches Keystone.
"""

from __future__ import annotations

from jit.errors import StencilCacheError
from jit.isa.base import InsnSpan, Isa
from jit.isa.syntax import AsmLine
from jit.stencilset.model import Hole, Stencil


def assemble_stencil(isa: Isa, text: str, file: str) -> Stencil:
    """Validate, assemble and locate the holes of one stencil; StencilCacheError names the file and line."""
    lines = isa.parse(text, file)
    insns = [ln for ln in lines if ln.label is None]
    if not insns:
        raise StencilCacheError(file, None, "no instructions")
    sentinels = [
        (isa.locator.sentinel(isa.hole_kinds[mk.kind], i, 0), isa.locator.sentinel(isa.hole_kinds[mk.kind], i, 1))
        for i, mk in enumerate(mk for ln in insns for mk in ln.markers)
    ]
    codes = [_keystone(isa, lines, [pair[variant] for pair in sentinels], file) for variant in (0, 1)]
    if len(codes[0]) != len(codes[1]):
        raise StencilCacheError(file, None, "the code size depends on the hole sentinels (a short encoding was chosen)")
    spans = _decode(isa, codes[0], insns, file)
    if _decode(isa, codes[1], insns, file) != spans:
        raise StencilCacheError(file, None, "instruction boundaries depend on the hole sentinels")
    holes, mask = _locate(isa, insns, spans, codes, sentinels, file)
    _check_chunks(isa, holes, file)
    for i, (x, y) in enumerate(zip(*codes, strict=True)):
        if (x ^ y) & ~mask[i]:
            line = next(ln for ln, s in zip(insns, spans, strict=True) if s.addr <= i < s.end)
            raise StencilCacheError(file, line.lineno, f"byte {i} changes with the sentinels outside every hole field")
    return Stencil(codes[0], tuple(holes))


def _keystone(isa: Isa, lines: tuple[AsmLine, ...], numbers: list[int], file: str) -> bytes:
    """Assemble the lines with the markers, in order, replaced by `numbers`."""
    from keystone import KsError

    source, used = [], 0
    for ln in lines:
        source.append(ln.render(numbers[used : used + len(ln.markers)]))
        used += len(ln.markers)
    ks = isa.keystone()
    try:
        encoding, _ = ks.asm("\n".join(source), 0)
    except KsError as e:
        culprit = _culprit(isa, lines, source)
        raise StencilCacheError(file, culprit, f"Keystone rejects the assembly: {e}") from None
    return bytes(encoding or b"")


def _culprit(isa: Isa, lines: tuple[AsmLine, ...], source: list[str]) -> int | None:
    """The first instruction line Keystone rejects on its own (labels defined after it), if any."""
    from keystone import KsError

    labels = [text for ln, text in zip(lines, source, strict=True) if ln.label is not None]
    ks = isa.keystone()
    for ln, text in zip(lines, source, strict=True):
        if ln.label is None:
            try:
                ks.asm("\n".join([text, *labels]), 0)
            except KsError:
                return ln.lineno
    return None


def _decode(isa: Isa, code: bytes, insns: list[AsmLine], file: str) -> list[InsnSpan]:
    """Instruction spans by Capstone; they must cover the code and match the instruction lines one to one."""
    spans = [InsnSpan(addr, size) for addr, size, _, _ in isa.capstone().disasm_lite(code, 0)]
    covered = spans[-1].end if spans else 0
    if covered != len(code):
        raise StencilCacheError(file, None, f"Capstone cannot decode the assembled bytes from offset {covered}")
    if len(spans) != len(insns):
        raise StencilCacheError(
            file, None, f"{len(insns)} instruction lines assembled to {len(spans)} instructions (Capstone)"
        )
    return spans


def _locate(
    isa: Isa,
    insns: list[AsmLine],
    spans: list[InsnSpan],
    codes: list[bytes],
    sentinels: list[tuple[int, int]],
    file: str,
) -> tuple[list[Hole], bytearray]:
    """Every marker's field, and the mask of all field bits."""
    holes: list[Hole] = []
    mask = bytearray(len(codes[0]))
    pairs = iter(sentinels)
    for ln, span in zip(insns, spans, strict=True):
        for mk in ln.markers:
            kind = isa.hole_kinds[mk.kind]
            numbers = next(pairs)
            found = []
            for p in isa.locator.field_offsets(kind, span):
                exp = [isa.locator.expect(kind, mk, n, span, p) for n in numbers]
                if all(kind.read(c, p, field_addr=p) == e for c, (e, _) in zip(codes, exp, strict=True)):
                    found.append((p, exp[0][1]))
            if len(found) != 1:
                what = "not found" if not found else "ambiguous"
                raise StencilCacheError(
                    file, ln.lineno, f"{mk.kind} field for {mk.symbol} {what} in this instruction's encoding"
                )
            p, adjust = found[0]
            if not kind.fits(codes[0], p):
                raise StencilCacheError(file, ln.lineno, f"this instruction is not of the form a {mk.kind} hole needs")
            field = kind.field_mask.to_bytes(kind.container, "little")
            if any(mask[p + i] & f for i, f in enumerate(field)):
                raise StencilCacheError(file, ln.lineno, f"{mk.kind} field for {mk.symbol} overlaps another hole")
            for i, f in enumerate(field):
                mask[p + i] |= f
            holes.append(Hole(p, mk.kind, mk.symbol, mk.addend + adjust))
    return holes, mask


def _check_chunks(isa: Isa, holes: list[Hole], file: str) -> None:
    """One symbol's chunk holes (Isa.chunked_kinds) must cover bits 0..N-1 of its value without a gap,
    and refuse every value that needs more bits; else a large value would be cut off silently.

    Each chunk kind may appear more than once (Clang shares a sequence's last movk between paths).
    """
    uses: dict[tuple[str, int], set[str]] = {}
    for h in holes:
        if h.kind in isa.chunked_kinds:
            uses.setdefault((h.symbol, h.addend), set()).add(h.kind)
    for (symbol, addend), names in uses.items():
        kinds = [isa.hole_kinds[n] for n in sorted(names)]
        what = f"{symbol}{addend:+d}" if addend else symbol
        top = 0
        for k in sorted(kinds, key=lambda k: k.chunk_lsb):
            if k.chunk_lsb > top:
                raise StencilCacheError(file, None, f"bits {top}..{k.chunk_lsb - 1} of {what} are in no hole")
            top = max(top, k.chunk_lsb + k.width)
        lo = max(k.min_value if k.min_value is not None else 0 for k in kinds)
        hi = min(k.max_value if k.max_value is not None else 0 for k in kinds)
        if top < 64 and (lo < 0 or hi >= 1 << top):
            raise StencilCacheError(
                file,
                None,
                f"{what} has {', '.join(sorted(names))} holes: they hold bits 0..{top - 1} but accept "
                f"{lo}..{hi}, so a larger value would be cut off",
            )
