"""`jit disasm`: every op of the image labelled, its code complete, holes and dropped jumps annotated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from jit.cli.debug import register
from jit.compiler.image import Image
from jit.debug.disasm import compile_for_listing, disassemble
from jit.debug.labels import op_label
from jit.errors import InputError
from jit.program.cell import f64_bits
from jit.program.load import load_program
from jit.program.model import Program
from jit.program.verify import verify

ROOT = Path(__file__).resolve().parent.parent
ISAS = ("x86_64", "arm64")
EXAMPLES = sorted(p.stem for p in (ROOT / "examples").glob("*.vm3"))
INSN = re.compile(r"^  ([0-9a-f]{6}):  (.*)$")


def load(name: str) -> Program:
    program = load_program(ROOT / "examples" / f"{name}.vm3")
    verify(program)
    return program


def listing(program: Program, isa: str, **kw: object) -> tuple[Image, list[str]]:
    image = compile_for_listing(program, isa)
    return image, list(disassemble(program, image, **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("name", EXAMPLES)
def test_every_op_labelled_once_in_order(name: str, isa: str) -> None:
    program = load(name)
    image, lines = listing(program, isa)
    headers = [line for line in lines if not line.startswith(" ")]
    expected = ["jit_entry"]
    expected += [f"{s.name} (runtime helper)" for s in image.sites if s.func < 0 and s.name != "jit_entry"]
    for fi, f in enumerate(program.functions):
        expected.append(f"{f.name} FuncEntry" if fi == program.entry else f"{f.name} FuncEntry_c")
        expected += [op_label(program, fi, pc) for pc in range(len(f.code))]
    assert headers == expected


@pytest.mark.parametrize("isa", ISAS)
def test_instructions_cover_each_piece_exactly(isa: str) -> None:
    program = load("mixed")
    image, lines = listing(program, isa, show_bytes=True)
    covered = bytearray()
    for line in lines:
        m = INSN.match(line)
        if m:
            assert int(m[1], 16) == len(covered)  # contiguous, in image order
            encoding = re.match(r"((?:[0-9a-f]{2} )+)", m[2])
            assert encoding
            covered += bytes.fromhex(encoding[1])
    assert bytes(covered) == image.code


def test_holes_are_annotated() -> None:
    program = load("fib")
    for isa in ISAS:
        _, lines = listing(program, isa, func="fib")
        text = "\n".join(lines)
        assert "; _JIT_TARGET -> fib pc=7" in text  # CmpLtI64KBr's branch
        assert "; _JIT_CALLEE -> fib" in text
        assert "; -> jit_rt_fail" in text  # the stack overflow path of a call
        assert "; _JIT_ERRLOC: fib pc=2" in text
        assert re.search(r"; _JIT_K=2\b", text)
        assert "fib FuncEntry_c\n    (no code" in text  # fib is not the entry: its callers set up its windows
        _, lines = listing(program, isa, func="main")
        assert re.search(r"; _JIT_NREGS_I=2\b", "\n".join(lines))  # FuncEntry: main has two i64 registers


def test_wide_constants_are_read_back_whole() -> None:
    """A constant's 64 bits are several arm64 movz/movk chunks (one x86 imm64): the note shows them whole."""
    program = load("mandelbrot")
    for isa in ISAS:
        _, lines = listing(program, isa)
        section = ""
        seen = 0
        for line in lines:
            if not line.startswith(" "):
                section = line
            m = re.match(r"(\w+) pc=(\d+) ConstF64K ", section)
            if m and "_JIT_BITS=" in line:
                fi = program.index(m[1])
                assert fi is not None
                const = program.functions[fi].consts[program.functions[fi].code[int(m[2])].c]
                bits = f64_bits(const.value)  # type: ignore[arg-type]
                assert line.endswith(f"_JIT_BITS={bits if bits < 65536 else hex(bits)}")
                seen += 1
        assert seen >= 5


def test_dropped_jumps_and_empty_ops_are_noted(tmp_path: Path) -> None:
    prog = tmp_path / "nop.vm3"
    prog.write_text("func main(i64) -> i64\n    Nop\n    AddI64K i0, i0, 1\n    ReturnI64 i0\nend\n")
    program = load_program(prog)
    verify(program)
    for isa in ISAS:
        image, lines = listing(program, isa)
        nop = lines.index("main pc=0 Nop")
        assert lines[nop + 1] == "    (no code: it is only the dropped jump to the next op)"
        assert lines[nop + 2] == "main pc=1 AddI64K A=i0 B=i0 C=1"
        dropped = [s for s in image.sites if s.dropped_jump and s.size]
        notes = [line for line in lines if "dropped the" in line and "(fall-through)" in line]
        assert len(notes) == len(dropped) > 0


def test_func_filter_and_unknown_function() -> None:
    program = load("fib")
    _, lines = listing(program, "x86_64", func="main")
    assert [line for line in lines if not line.startswith(" ")] == [
        "main FuncEntry",
        "main pc=0 CallI64 A=i1 B=i0 C=fib",
        "main pc=1 ReturnI64 A=i1",
    ]
    with pytest.raises(InputError, match="no such function"):
        listing(program, "x86_64", func="nope")


def app() -> typer.Typer:
    a = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    register(a)
    return a


@pytest.mark.parametrize("isa", ISAS)
def test_disasm_command(isa: str) -> None:
    fib = str(ROOT / "examples" / "fib.vm3")
    r = CliRunner(mix_stderr=False).invoke(app(), ["disasm", fib, "--isa", isa, "--func", "fib", "--bytes"])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"; {fib}: {isa}, ") and "bytes of code" in lines[0]
    assert sum(1 for line in lines if re.match(r"fib pc=\d ", line)) == 8
    assert re.search(r"^  [0-9a-f]{6}:  ([0-9a-f]{2} )+\s+\w", r.stdout, re.M)
    r = CliRunner(mix_stderr=False).invoke(app(), ["disasm", fib, "--isa", isa, "--func", "nope"])
    assert r.exit_code == 2 and "no such function" in r.stderr
    r = CliRunner(mix_stderr=False).invoke(app(), ["disasm", fib, "--isa", "mips"])
    assert r.exit_code == 2 and "unknown ISA" in r.stderr
