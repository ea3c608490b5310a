"""Compiling a program: the four phases in order, each handing its result to the next.

1. plan (jit.compiler.plan): the stencil every op runs, from the program and what the analyses prove;
2. collect (jit.stencilset.catalog.collect): those stencils, fetched from the stencil set in one call;
3. lay out (jit.compiler.layout): the pieces in order, holes fixed by the ops' fields patched;
4. patch (jit.compiler.patch): the holes that needed the layout.

No phase calls back into an earlier one. Every branch and call is PC-relative and data
is reached through the context pointer, so the image runs at any address.
"""

from __future__ import annotations

from jit.compiler.fit import forms
from jit.compiler.image import ENTRY, CodeTooLarge, Image
from jit.compiler.layout import lay_out, new_env
from jit.compiler.patch import patch
from jit.compiler.plan import plan_program
from jit.compiler.templates import UnknownHole
from jit.errors import HolePatchError, StencilCacheError
from jit.program.model import Program
from jit.stencilset.catalog import collect
from jit.stencilset.files import stencil_file


def compile_program(
    program: Program,
    isa_name: str,
    strings: list[dict[int, int]],
    allocate_registers: bool = True,
    host_features: frozenset[str] = frozenset(),
) -> Image:
    """Compile a verified program; `strings` are the Cells of its string constants (jit.vm.startup).
    `allocate_registers` False keeps every vm3 register in memory (jit.compiler.regalloc); `host_features`
    are the CPU features the code may use (for the native backend: jit.compiler.variants.HOST_VARIANTS).

    A hole that cannot be patched is a CodeTooLarge naming its op: the first one in image order among the
    holes that need the layout, or, before those, the first whose value comes from its op alone."""
    env = new_env(program, strings)
    plan = plan_program(program, forms(isa_name), env, allocate_registers, host_features)
    stencils = collect(isa_name, plan.names() | {ENTRY})
    try:
        layout = lay_out(program, plan, stencils, env)
        code = patch(layout)
    except HolePatchError as e:
        where = f"{program.functions[env.fi].name} pc={env.pc}" if env.pc >= 0 else "a runtime helper"
        raise CodeTooLarge(f"{isa_name}: cannot patch the code of {where}: {e}") from None
    except UnknownHole as e:  # exit 2 naming the file, as for any other bad stencil cache file
        raise StencilCacheError(str(stencil_file(isa_name, e.stencil)), None, str(e)) from None
    return Image(
        isa_name,
        bytes(code),
        bytes(env.data.blob),
        0,
        tuple(env.functions),
        tuple(tuple(o) for o in env.op_offsets),
        tuple(fp.pins.slots for fp in plan.functions),
        tuple(layout.helper_sites),
        tuple(layout.entry_sites),
        tuple(layout.loads),
        tuple(layout.copies),
    )
