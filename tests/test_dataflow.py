"""jit.compiler.dataflow: which registers a callee may read before writing them (what its callers must zero)."""

from __future__ import annotations

import pytest

from jit.compiler.dataflow import exposed_reads
from jit.program.text import parse_text
from jit.program.verify import verify


def exposed(body: str, sig: str = "(i64) -> i64", regs: str = ".regs i64=6 f64=3 cell=2") -> tuple[int, int, int]:
    program = parse_text(f"func f{sig}\n    {regs}\n{body}end\n", "<test>")
    verify(program)
    return exposed_reads(program, 0)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("    ReturnI64 i0\n", (0, 0, 0)),  # only the parameter
        ("    ConstI64K i3, 1\n    AddI64 i4, i3, i0\n    ReturnI64 i4\n", (0, 0, 0)),  # written first
        ("    AddI64 i4, i3, i0\n    ReturnI64 i4\n", (4, 0, 0)),  # i3 read before any write
        ("    MovF64 f1, f2\n    ReturnI64 i0\n", (0, 3, 0)),  # another bank
        ("    ListLenI64 i1, c1\n    ReturnI64 i1\n", (0, 0, 2)),
        (  # written on one path only, read where the paths meet
            "    CmpEqI64KBr i0, 0, skip\n    ConstI64K i5, 7\nskip:\n    ReturnI64 i5\n",
            (6, 0, 0),
        ),
        (  # written on both paths
            "    CmpEqI64KBr i0, 0, other\n    ConstI64K i5, 7\n    Jump done\nother:\n    ConstI64K i5, 8\n"
            "done:\n    ReturnI64 i5\n",
            (0, 0, 0),
        ),
        (  # a loop reads i2 before its first write on the way in
            "    ConstI64K i1, 0\nloop:\n    CmpGeI64Br i1, i0, done\n    AddI64 i2, i2, i1\n    AddI64K i1, i1, 1\n"
            "    Jump loop\ndone:\n    ReturnI64 i2\n",
            (3, 0, 0),
        ),
        ("    ReturnI64 i0\n    ReturnI64 i5\n", (0, 0, 0)),  # an unreachable read reads nothing
        ("    CallI64 i3, 0, f\n    ReturnI64 i3\n", (0, 0, 0)),  # a call writes its destination
        ("    CallI64 i3, 4, f\n    ReturnI64 i3\n", (5, 0, 0)),  # ... and reads its argument
    ],
)
def test_exposed_reads(body: str, expected: tuple[int, int, int]) -> None:
    assert exposed(body) == expected


def test_parameters_are_written_in_their_own_banks() -> None:
    body = "    AddF64 f2, f1, f1\n    AddI64 i2, i0, i1\n    ReturnI64 i2\n"
    assert exposed(body, "(i64, f64) -> i64") == (2, 0, 0)  # i1 is the gap f64 parameter 1 leaves in i64
