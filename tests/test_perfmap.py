"""perf JIT maps: entries tile the image exactly, name functions or ops, and use the native code's address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jit.isa.registry import ISA_NAMES, host_isa

from jit.cli.common import expand_bare_perf_map, perf_map_session
from jit.debug.disasm import compile_for_listing
from jit.debug.perfmap import perf_map_entries, perf_map_path, recording
from jit.errors import InputError
from jit.machine.backends import run_program
from jit.machine.native import on_mapped
from jit.machine.prepare import Prepared
from jit.program.load import load_program
from jit.program.model import Program
from jit.program.verify import verify
from jit.vm.limits import Limits

ROOT = Path(__file__).resolve().parent.parent
ISAS = ("x86_64", "arm64")
BASE = 0x7F12_3456_0000
native = pytest.mark.skipif(host_isa() not in ISA_NAMES, reason="no native backend on this host")


def load(name: str) -> Program:
    program = load_program(ROOT / "examples" / f"{name}.vm3")
    verify(program)
    return program


def assert_tiles(entries: list[tuple[int, int, str]], base: int, size: int) -> None:
    at = base
    for start, length, _ in entries:
        assert start == at and length > 0
        at += length
    assert at == base + size


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("name", ["fib", "mixed", "nbody", "memo"])
def test_entries_cover_the_image_exactly(name: str, isa: str) -> None:
    program = load(name)
    image = compile_for_listing(program, isa)
    for mode in ("funcs", "ops"):
        assert_tiles(perf_map_entries(program, image, BASE, mode), BASE, len(image.code))


def test_names_per_mode() -> None:
    program = load("fib")
    image = compile_for_listing(program, "x86_64")
    helpers = [f"vm3:{s.name}" for s in image.sites if s.func < 0]
    funcs = [name for _, _, name in perf_map_entries(program, image, BASE, "funcs")]
    assert funcs == [*helpers, "vm3:fib", "vm3:main"]
    ops = [name for _, _, name in perf_map_entries(program, image, BASE, "ops")]
    assert ops[: len(helpers)] == helpers
    # fib is not the entry: its FuncEntry_c has no code, so its first op starts it (and its funcs entry)
    assert ops[len(helpers) :][:3] == ["vm3:fib:pc0:CmpLtI64KBr", "vm3:fib:pc1:SubI64K", "vm3:fib:pc2:PieceCallCheck1"]
    assert ops[-3:] == ["vm3:main:entry", "vm3:main:pc0:PieceCallCheck1", "vm3:main:pc1:ReturnI64"]
    starts = {name: start for start, _, name in perf_map_entries(program, image, BASE, "funcs")}
    assert starts["vm3:fib"] == BASE + image.functions[0]


def test_ops_without_code_get_no_entry(tmp_path: Path) -> None:
    prog = tmp_path / "nop.vm3"
    prog.write_text("func main(i64) -> i64\n    Nop\n    Nop\n    ReturnI64 i0\nend\n")
    program = load_program(prog)
    verify(program)
    image = compile_for_listing(program, "arm64")
    entries = perf_map_entries(program, image, 0, "ops")
    assert_tiles(entries, 0, len(image.code))
    assert [name for *_, name in entries if name.startswith("vm3:main")] == ["vm3:main:entry", "vm3:main:pc2:ReturnI64"]


def test_bad_mode() -> None:
    program = load("fib")
    with pytest.raises(InputError, match="--perf-map takes funcs or ops, got 'all'"):
        perf_map_entries(program, compile_for_listing(program, "arm64"), 0, "all")
    with pytest.raises(InputError, match="--perf-map takes funcs or ops"), recording("all"):
        pass


@native
@pytest.mark.parametrize("mode", ["funcs", "ops"])
def test_native_run_writes_the_map_at_the_code_address(tmp_path: Path, mode: str) -> None:
    program = load("fib")
    path = tmp_path / "perf.map"
    mapped: list[tuple[int, int]] = []

    def seen(prepared: Prepared, address: int) -> None:
        mapped.append((address, len(prepared.image.code)))

    with recording(mode, path) as written, on_mapped(seen):
        assert written == path
        result = run_program(program, [10], backend="native", isa=None, limits=Limits(), code_cache_size=None)
    assert result.backend.startswith("native") and result.result.bits == 55
    [(address, size)] = mapped
    lines = path.read_text().splitlines()
    entries = []
    for line in lines:
        m = re.fullmatch(r"([0-9a-f]+) ([0-9a-f]+) (vm3:\S+)", line)  # perf's format: hex without 0x
        assert m, line
        entries.append((int(m[1], 16), int(m[2], 16), m[3]))
    assert_tiles(entries, address, size)
    assert ("vm3:fib" in {e[2] for e in entries}) == (mode == "funcs")


@native
def test_a_second_image_is_appended(tmp_path: Path) -> None:
    program = load("fib")
    path = tmp_path / "perf.map"
    path.write_text("stale line from an earlier process\n")
    with recording("funcs", path):
        for n in (3, 4):
            run_program(program, [n], backend="native", isa=None, limits=Limits(), code_cache_size=None)
    lines = path.read_text().splitlines()
    assert "stale" not in lines[0]
    assert sum(1 for line in lines if line.endswith(" vm3:fib")) == 2


def test_default_path_is_perfs() -> None:
    assert perf_map_path(1234) == Path("/tmp/perf-1234.map")


def test_session_needs_the_native_backend() -> None:
    with perf_map_session(None, "emulate", "arm64"):
        pass
    with pytest.raises(InputError, match="--perf-map maps native code, but this run would use the emulate backend"):
        perf_map_session("funcs", "emulate", None)
    with pytest.raises(InputError, match="interp"):
        perf_map_session("ops", "interp", None)


@native
def test_session_writes_this_process_map() -> None:
    path = perf_map_path()
    try:
        with perf_map_session("funcs", "native", None):
            run_program(load("fib"), [5], backend="native", isa=None, limits=Limits(), code_cache_size=None)
        assert path.read_text().count(" vm3:") >= 3
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.parametrize(
    ("argv", "expanded"),
    [
        (["run", "p.vm3", "--perf-map"], ["run", "p.vm3", "--perf-map=funcs"]),
        (["run", "--perf-map", "p.vm3", "3"], ["run", "--perf-map=funcs", "p.vm3", "3"]),
        (["run", "--perf-map", "ops", "p.vm3"], ["run", "--perf-map", "ops", "p.vm3"]),
        (["run", "--perf-map=ops", "p.vm3"], ["run", "--perf-map=ops", "p.vm3"]),
        (["run", "p.vm3", "--", "--perf-map"], ["run", "p.vm3", "--", "--perf-map"]),
    ],
)
def test_bare_perf_map_means_funcs(argv: list[str], expanded: list[str]) -> None:
    assert expand_bare_perf_map(argv) == expanded
