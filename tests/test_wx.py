"""W^X: during a native run no page is both writable and executable, and the image's code
pages are read+execute.

The run's machine code executes on a worker thread with the GIL released, so the main
thread reads /proc/self/maps while it runs. The whole-process check runs in a fresh
interpreter (this file as a script): a live Unicorn instance elsewhere in the test
session has a writable+executable translation buffer of its own, which is not ours.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from jit.isa.registry import host_isa

from jit.machine import execmem
from jit.machine.native import NativeRun
from jit.machine.prepare import prepare
from jit.program.model import Program
from jit.program.text import parse_text
from jit.program.verify import verify
from jit.vm.limits import DEFAULT_LIMITS
from jit.vm.results import Result

pytestmark = pytest.mark.skipif(host_isa() != "x86_64", reason="native execution needs an x86-64 host")

COUNTDOWN = """
func main(i64) -> i64
again:
    SubI64K i0, i0, 1
    CmpGtI64KBr i0, 0, again
    ReturnI64 i0
end
"""
LONG_RUN = 100_000_000
"""Loop trips for a native run of about a tenth of a second (some 1.5 ns per trip here)."""


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    perms: str  # as /proc/self/maps writes them, e.g. "r-xp"
    line: str

    @property
    def writable_and_executable(self) -> bool:
        return "w" in self.perms and "x" in self.perms


def mappings() -> list[Region]:
    regions = []
    with open("/proc/self/maps") as f:
        for line in f:
            fields = line.split()
            start, end = (int(x, 16) for x in fields[0].split("-"))
            regions.append(Region(start, end, fields[1], line.strip()))
    return regions


def covering(regions: list[Region], start: int, size: int) -> list[Region]:
    """The regions overlapping [start, start + size)."""
    return [r for r in regions if r.start < start + size and start < r.end]


def countdown() -> Program:
    program = parse_text(COUNTDOWN, "countdown.vm3")
    verify(program)
    return program


def sample_while_running(machine: NativeRun) -> tuple[list[list[Region]], Result]:
    """Snapshots of /proc/self/maps taken on this thread while machine.run() executes on another."""
    results: list[Result] = []
    runner = threading.Thread(target=lambda: results.append(machine.run()))
    runner.start()
    snapshots = []
    while runner.is_alive():
        snapshots.append(mappings())
    runner.join()
    assert results, "the native run raised"
    return snapshots, results[0]


def test_code_pages_are_read_execute_and_vm_memory_is_not_executable() -> None:
    prepared = prepare(countdown(), (LONG_RUN,), "x86_64", DEFAULT_LIMITS)
    machine = NativeRun(prepared, "x86_64")
    try:
        code, memory = (machine.code.addr, machine.code.size), (machine.memory.addr, machine.memory.size)
        snapshots, result = sample_while_running(machine)
        assert result.bits == 0
        assert len(snapshots) >= 3, "the run ended before /proc/self/maps could be sampled"
        for regions in [mappings(), *snapshots]:
            code_regions = covering(regions, *code)
            assert code_regions and {r.perms for r in code_regions} == {"r-xp"}
            assert sum(min(r.end, code[0] + code[1]) - max(r.start, code[0]) for r in code_regions) == code[1]
            assert {r.perms for r in covering(regions, *memory)} == {"rw-p"}
    finally:
        machine.close()


def test_code_is_written_while_writable_then_made_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one permission change of the code mapping goes from rw- to r-x: never both."""
    transitions: list[tuple[str, str]] = []
    protect = execmem.Mapping.protect

    def watched(self: execmem.Mapping, prot: int) -> None:
        before = {r.perms for r in covering(mappings(), self.addr, self.size)}
        protect(self, prot)
        after = {r.perms for r in covering(mappings(), self.addr, self.size)}
        transitions.append((" ".join(sorted(before)), " ".join(sorted(after))))

    monkeypatch.setattr(execmem.Mapping, "protect", watched)
    with NativeRun(prepare(countdown(), (10,), "x86_64", DEFAULT_LIMITS), "x86_64") as machine:
        assert machine.run().bits == 0
    assert transitions == [("rw-p", "r-xp")]


def whole_process_report() -> dict[str, object]:
    """Run the countdown natively while sampling every mapping of this process."""
    machine = NativeRun(prepare(countdown(), (LONG_RUN,), "x86_64", DEFAULT_LIMITS), "x86_64")
    with machine:
        snapshots, result = sample_while_running(machine)
    offending = sorted({r.line for regions in snapshots for r in regions if r.writable_and_executable})
    return {"samples": len(snapshots), "result": result.bits, "writable_and_executable": offending}


def test_no_page_of_the_process_is_writable_and_executable_during_a_native_run() -> None:
    run = subprocess.run([sys.executable, str(Path(__file__))], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["result"] == 0
    assert report["samples"] >= 3
    assert report["writable_and_executable"] == []


if __name__ == "__main__":
    print(json.dumps(whole_process_report()))
