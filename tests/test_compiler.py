"""The compiler's image is what patching every stencil hole by hole gives (docs/stencil-abi.md), without the
compiler's shortcuts (code shared by equal ops, continuation jumps patched once per stencil, sites built on
demand); a hole that cannot be patched is a CodeTooLarge naming the op."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jit.isa.registry import get_isa

from jit.bench.compile_speed import generate_program
from jit.compiler.fit import forms
from jit.compiler.holes import DataArea, Env, entry_values, op_getter
from jit.compiler.image import CodeTooLarge, Image, Site
from jit.compiler.layout import new_env
from jit.compiler.pipeline import compile_program
from jit.compiler.plan import ProgramPlan, plan_program
from jit.program.load import load_program
from jit.program.model import Function, Instr, Program
from jit.program.ops import OPS, Bank, Op
from jit.program.verify import verify
from jit.stencilset.catalog import CONTINUE, catalog
from jit.vm.heap import Heap
from jit.vm.limits import DEFAULT_LIMITS
from jit.vm.startup import intern_strings

ROOT = Path(__file__).resolve().parent.parent
ISAS = ("x86_64", "arm64")
PROGRAMS = {p.stem: p for p in sorted((ROOT / "examples").glob("*.vm3"))}
PROGRAMS |= {f"kernel-{p.parent.name}": p for p in sorted((ROOT / "benchmarks").glob("*/kernel.vm3"))}


def _program(name: str) -> Program:
    program = generate_program(3000) if name == "generated" else load_program(PROGRAMS[name])
    verify(program)
    return program


def _reference_piece(program: Program, image: Image, env: Env, site: Site, ins: Instr | None) -> bytes:
    """The site's stencil, its dropped jump left out, every hole patched with HoleKind.patch at the site from
    `ins` (None: the values of a prologue or a helper)."""
    cat = catalog(image.isa)
    kinds = get_isa(image.isa).hole_kinds
    st = cat.stencil(site.name)
    code = bytearray(st.code[: len(st.code) - site.dropped_jump])
    values = {**env.helpers, CONTINUE: site.offset + len(code)}
    if site.pc < 0 and site.func >= 0:
        values |= entry_values(program, site.func)
    for h in st.holes:
        if h.offset + kinds[h.kind].container > len(code):
            continue
        if ins is not None:
            env.fi, env.pc, env.next_op = site.func, site.pc, site.offset + len(code)
            value = op_getter(OPS[ins.op], h.symbol)(ins, env)
        else:
            value = values[h.symbol]
        kinds[h.kind].patch(code, h.offset, value + h.addend, field_addr=site.offset + h.offset)
    return bytes(code)


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("name", [*PROGRAMS, "generated"])
def test_every_piece_is_its_stencil_patched_hole_by_hole(name: str, isa: str) -> None:
    program = _program(name)
    strings = intern_strings(program, Heap(DEFAULT_LIMITS.heap_size))
    image = compile_program(program, isa, strings)
    helpers = {s.name: s.offset for s in image.sites if s.func < 0}
    env = Env(program, DataArea(program), strings, list(image.functions), [list(o) for o in image.op_offsets], helpers)
    assert image.data == bytes(env.data.blob)
    plan = plan_program(program, forms(isa), new_env(program, strings))
    end = 0
    for site in image.sites:
        assert site.offset == end
        end += site.size
        name, ins = _planned(program, plan, site)
        assert site.name == name
        if site.pc >= 0 and site.part == 0:
            assert site.offset == image.op_offsets[site.func][site.pc]
        elif site.func >= 0 and site.pc < 0 and site.part == 0:
            assert site.offset == image.functions[site.func]
        dropped = catalog(isa).tail_jump(site.name) if site.func >= 0 else 0
        assert site.dropped_jump == dropped
        assert image.code[site.offset : end] == _reference_piece(program, image, env, site, ins)
    assert end == len(image.code)


def _planned(program: Program, plan: ProgramPlan, site: Site) -> tuple[str, Instr | None]:
    """What the plan says this piece is: its stencil and the instruction its holes come from."""
    if site.func < 0:
        return site.name, None
    fp = plan.functions[site.func]
    if site.pc < 0:
        return (fp.prologue, None) if site.part == 0 else fp.loads[site.part - 1]
    lowered = fp.ops[site.pc]
    if isinstance(lowered, str):
        assert site.part == 0
        return lowered, program.functions[site.func].code[site.pc]
    return lowered[site.part]


def _far_branch(at_start: bool) -> Program:
    """A compare-and-branch 40,000 divisions (more than 1 MiB of arm64 code) away from its target."""
    body = [Instr(Op.DivI64, a=1, b=2, c=0)] * 40_000
    branch = [Instr(Op.CmpLtI64KBr, a=0, b=0, c=40_001 if at_start else 0)]
    code = (*branch, *body) if at_start else (*body, *branch)
    program = Program((Function("main", (), Bank.I64, (3, 0, 0), (*code, Instr(Op.ReturnI64, a=0))),))
    verify(program)
    return program


@pytest.mark.parametrize(("at_start", "pc", "sign"), [(True, 0, ""), (False, 40_000, "-")])
def test_a_branch_out_of_reach_is_code_too_large_naming_its_op(at_start: bool, pc: int, sign: str) -> None:
    program = _far_branch(at_start)
    with pytest.raises(CodeTooLarge) as e:
        compile_program(program, "arm64", [{}])
    want = rf"arm64: cannot patch the code of main pc={pc}: displacement {sign}\d+ out of range for condbr19 \("
    assert re.match(want, str(e.value))
    compile_program(program, "x86_64", [{}])  # x86-64 rel32 reaches it
