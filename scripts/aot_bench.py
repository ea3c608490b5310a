"""Measure `jit aot`'s targets (docs/aot.md, "Measurements"): what these numbers are is in the report.

    .venv/bin/python scripts/aot_bench.py               # everything (a few minutes here)
    .venv/bin/python scripts/aot_bench.py --repeat 3    # fewer runs per form

1. Start-up: wall clock of whole processes (jit.bench.startup_time, median of warm runs): the AOT
   executable of benchmarks/tiny.vm3 beside `jit run tiny.vm3`, on this host's ISA.
2. Run time on the bench kernels at their bench N: the AOT executable as a whole process (start-up,
   argument parsing and printing included) against the native JIT's run phase (`jit run --time`, "run"),
   medians, in interleaved rounds. Both run the same machine code (the AOT text starts with the JIT's image).
3. Deterministic counts at the kernels' quick N: instructions of the whole AOT process (valgrind
   --tool=callgrind) and of the JIT image's run under Unicorn (jit.bench.emulation_speed.BlockCounter):
   what the AOT process adds is start-up and printing, a constant.
4. `jit aot` of a 100,000-op program (jit.bench.compile_speed.generate_program) for each ISA: wall clock of
   the whole command, median of warm runs.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jit.isa.registry import host_isa

from jit.aot.output import TARGETS, write_aot
from jit.bench.compile_speed import generate_program
from jit.bench.emulation_speed import BlockCounter
from jit.bench.kernels import BENCH_DIR, KERNELS
from jit.bench.startup_time import StartupCase, measure_startup
from jit.machine.emulate import Emulation
from jit.machine.prepare import prepare
from jit.program.binary import write_binary
from jit.program.load import load_program
from jit.program.verify import parse_entry_args
from jit.vm.limits import DEFAULT_LIMITS

JIT = (sys.executable, "-m", "jit")
TARGET = {"x86_64": "linux-x86_64", "arm64": "linux-aarch64"}


def build(program_path: Path, out: Path, isa: str) -> Path:
    write_aot(load_program(program_path), program_path.name, TARGETS[TARGET[isa]], out, as_object=False,
              limits=DEFAULT_LIMITS, prefix="vm3_", header_path=None)  # fmt: skip
    return out


def wall(argv: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return time.perf_counter() - t0, done.stdout.strip()


def jit_run_phase(path: Path, n: int) -> tuple[float, str]:
    done = subprocess.run([*JIT, "run", "--time", str(path), str(n)], capture_output=True, text=True, check=True)
    run = re.search(r"; run ([0-9.]+) ms", done.stderr)
    assert run, done.stderr
    return float(run[1]) / 1e3, done.stdout.strip().splitlines()[-1]


def startup(tmp: Path, isa: str, repeat: int) -> None:
    tiny = BENCH_DIR / "tiny.vm3"
    exe = build(tiny, tmp / "tiny", isa)
    cases = [StartupCase("AOT executable of tiny.vm3", (str(exe),), "42"),
             StartupCase("jit run tiny.vm3", (*JIT, "run", str(tiny)), "42")]  # fmt: skip
    errors: list[str] = []
    for t in measure_startup(cases, max(repeat, 10), errors):
        print(f"  {t.label:<32} {1e3 * t.median:9.2f} ms")
    for e in errors:
        print(f"  error: {e}")


def kernels(tmp: Path, isa: str, repeat: int) -> None:
    print(f"  {'kernel':<11} {'N':>10} {'AOT process':>12} {'JIT run phase':>14} {'AOT/JIT':>8}")
    ratios = []
    for k in KERNELS:
        path = BENCH_DIR / k.name / "kernel.vm3"
        exe = build(path, tmp / k.name, isa)
        aot, jit = [], []
        for _ in range(repeat):  # interleaved: a slow spell of the machine weighs on both
            seconds, a = wall([str(exe), str(k.bench_n)])
            aot.append(seconds)
            seconds, b = jit_run_phase(path, k.bench_n)
            jit.append(seconds)
            assert a == b, (k.name, a, b)
        ratio = statistics.median(aot) / statistics.median(jit)
        ratios.append(ratio)
        print(f"  {k.name:<11} {k.bench_n:>10} {statistics.median(aot):11.3f}s {statistics.median(jit):13.3f}s "
              f"{ratio:8.3f}")  # fmt: skip
    print(f"  {'geomean':<11} {'':>10} {'':>12} {'':>14} {statistics.geometric_mean(ratios):8.3f}")


def counts(tmp: Path, isa: str) -> None:
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("  valgrind not installed: skipped")
        return
    print(f"  {'kernel':<11} {'N':>6} {'AOT process':>14} {'JIT image run':>14} {'difference':>11}")
    for k in KERNELS:
        path = BENCH_DIR / k.name / "kernel.vm3"
        exe = build(path, tmp / f"{k.name}-count", isa)
        out = tmp / "callgrind.out"
        done = subprocess.run([valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", str(exe), str(k.quick_n)],
                              capture_output=True, text=True, check=True)  # fmt: skip
        aot = int(re.search(r"Collected : (\d+)", done.stderr)[1])
        program = load_program(path)
        prepared = prepare(program, parse_entry_args(program, [str(k.quick_n)]), isa, DEFAULT_LIMITS)
        emu = Emulation(prepared, isa)
        counter = BlockCounter(emu)
        emu.run()
        jit = counter.instructions()
        print(f"  {k.name:<11} {k.quick_n:>6} {aot:>14,} {jit:>14,} {aot - jit:>11,}")


def compile_speed(tmp: Path, repeat: int) -> None:
    big = tmp / "big.vm3b"
    big.write_bytes(write_binary(generate_program(100_000)))
    for isa, target in TARGET.items():
        argv = [*JIT, "aot", str(big), "-o", str(tmp / "big"), "--target", target]
        times = [wall(argv)[0] for _ in range(repeat + 1)][1:]
        size = (tmp / "big").stat().st_size
        print(f"  {isa:<7} {statistics.median(times):6.2f} s for 100,000 ops ({size:,} bytes written)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    isa = host_isa()
    if isa is None:
        print("aot_bench: this host runs neither ISA natively", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print(f"start-up ({isa}, median of warm runs):")
        startup(tmp, isa, args.repeat)
        print(f"run time at the bench N ({isa}, medians of {args.repeat}):")
        kernels(tmp, isa, args.repeat)
        print(f"instructions at the quick N ({isa}):")
        counts(tmp, isa)
        print(f"jit aot of generate_program(100_000) (median of {args.repeat}, warm):")
        compile_speed(tmp, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
