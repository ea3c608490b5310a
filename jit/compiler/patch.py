"""Phase 4 of a compile: join the laid-out pieces and patch every hole that needed the layout."""

from __future__ import annotations

from jit.compiler.layout import Layout
from jit.compiler.templates import UnknownHole
from jit.stencilset.catalog import CONTINUE


def patch(layout: Layout) -> bytearray:
    """The image's code: the entry, the helpers and every prologue patched from their values, then the ops' holes
    that needed the layout (layout.env.fi and .pc follow the op at hand, for errors)."""
    code = bytearray().join(layout.pieces)
    env = layout.env
    env.pc = -1
    for t, pos, values in layout.placed:
        values = {**values, **env.helpers, CONTINUE: pos + len(t.code)}
        for h in t.holes:
            value = values.get(h.symbol)
            if value is None:
                raise UnknownHole(t.name, h.symbol, "the compiler has no value for it there")
            h.patch(code, pos + h.offset, value + h.addend, pos + h.offset)
    for fi, later in enumerate(layout.sited):
        env.fi = fi
        for pos, pc, ins, copy in later:
            env.pc, env.next_op = pc, pos + len(copy.code)
            for off, get, add, put in copy.site:
                at = pos + off
                put(code, at, get(ins, env) + add, at)
    return code
