"""The bench report as a table for people and as JSON with every run."""

from __future__ import annotations

import json
import platform
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jit.bench.forms import GCC_FLAGS
from jit.bench.insn_count import RATIO_LABEL, InstructionCounts
from jit.bench.kernel_timing import KernelResult, Timing
from jit.bench.kernels import SIZES
from jit.bench.memory_use import BASELINE
from jit.bench.runner import BenchReport
from jit.bench.startup_time import CACHE_ENV
from jit.isa.registry import ISA_NAMES

QUICK_NOTE = "SMOKE TEST (--quick): at sizes this small the ratios measure start-up and timer noise, not the code."


def format_table(report: BenchReport) -> str:
    """The human-readable report: kernel table, geometric means, start-up, compile speed, emulation, memory,
    errors."""
    lines = [
        f"vm3 kernels: median of {report.repeat} run(s), seconds inside the process (start-up not counted)",
        f"gcc {' '.join(GCC_FLAGS)}; CPython {platform.python_version()}" + (" (quick sizes)" if report.quick else ""),
    ]
    lines += [f"{form}: skipped ({why})" for form, why in report.skipped.items()]
    lines += ["", *_aligned(_kernel_rows(report))]
    if report.counted:
        lines.append(
            "(insns: guest instructions the JIT's code runs under Unicorn at N (count), one counting run per ISA;"
            f" {RATIO_LABEL}: their ratio)"
        )
    if report.quick:
        lines.append(QUICK_NOTE)
    if report.startup:
        lines += ["", *_startup_lines(report)]
    if report.compile:
        lines += ["", "compile speed on generated programs (median):"]
        width = max(len(c.phase) for c in report.compile)
        for c in report.compile:
            rate = f"  {c.bytes_per_second:,.0f} code bytes/s" if c.bytes_per_second is not None else ""
            ops_rate = "-" if c.ops_per_second is None else f"{c.ops_per_second:,.0f}"
            lines.append(f"  {c.phase:<{width}} {c.ops:>8,} ops  {c.seconds:.4f} s  {ops_rate:>12} ops/s{rate}")
    if report.emulation:
        lines += [
            "",
            f"emulation under Unicorn, tracing off (median of {report.repeat} run(s)):",
            *("  " + line for line in _aligned(_emulation_rows(report), left=2)),
            "  (instructions counted in one more run, with a block hook: 'counting run' is that run's rate;",
            "  'max-insns' is the rate under --max-insns set to that count, which Unicorn counts itself)",
        ]
    if report.memory:
        lines += [
            "",
            "memory: peak resident set (ru_maxrss) of one whole process per row, at default limits"
            f" (MiB; baseline: jit run {BASELINE} on native):",
            *("  " + line for line in _aligned(_memory_rows(report), left=2)),
        ]
    if report.errors:
        lines += ["", f"ERRORS ({len(report.errors)}):"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)


def _aligned(rows: Sequence[Sequence[str]], left: int = 1) -> list[str]:
    """Columns padded to their widest cell: the first `left` to the left, the others to the right."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(_padded(row, widths, left)).rstrip() for row in rows]


def _padded(row: Sequence[str], widths: Sequence[int], left: int) -> list[str]:
    return [c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]


@dataclass(frozen=True)
class _Column:
    """One column of the kernel table: its title, its cell for a kernel, and its cell in the geomean row."""

    title: str
    cell: Callable[[KernelResult], str]
    geomean: str = ""


def _kernel_rows(report: BenchReport) -> list[list[str]]:
    """Header, then per kernel: per size its N, one seconds column per form that runs at that size and that size's
    ratios; then the instruction counts (if any); last the geometric means."""
    columns = [*_timing_columns(report), *(_count_columns(report) if report.counted else [])]
    header = ["kernel"] + [c.title for c in columns]
    rows = [[k.name] + [c.cell(k) for c in columns] for k in report.kernels]
    return [header, *rows, ["geomean"] + [c.geomean for c in columns]]


def _timing_columns(report: BenchReport) -> list[_Column]:
    """Per size: its N, the seconds of each form that ran at it, and its ratios (with their geomeans)."""
    columns: list[_Column] = []
    for size in SIZES:
        columns.append(_Column(f"N ({size})", lambda k, size=size: f"{k.sizes[size].n:,}"))
        for form in report.forms:
            if any(form in k.sizes[size].timings for k in report.kernels):
                columns.append(
                    _Column(f"{form} s", lambda k, size=size, form=form: _seconds(k.sizes[size].timings.get(form)))
                )
        for r in report.ratios():
            if r.size == size:
                columns.append(
                    _Column(r.label, lambda k, r=r: _times(k.sizes[r.size].ratio(r)), _times(report.geomean(r)))
                )
    return columns


def _count_columns(report: BenchReport) -> list[_Column]:
    """N (count), the guest instructions on each ISA, and their ratio (see jit.bench.insn_count)."""

    def count(k: KernelResult, isa: str) -> str:
        n = k.counts.by_isa.get(isa) if k.counts else None
        return "-" if n is None else f"{n:,}"

    columns = [_Column("N (count)", lambda k: f"{k.counts.n:,}" if k.counts else "-")]
    columns += [_Column(f"insns {isa}", lambda k, isa=isa: count(k, isa)) for isa in ISA_NAMES]
    ratio = _Column(
        RATIO_LABEL, lambda k: _times(k.counts.ratio if k.counts else None), _times(report.counts_geomean())
    )
    return [*columns, ratio]


def _startup_lines(report: BenchReport) -> list[str]:
    base = report.startup[0]
    width = max(40, *(len(s.label) for s in report.startup))
    lines = [
        f"start-up (whole process, wall clock, median of {report.repeat} run(s): warm after one untimed run;"
        f" cold: the first ever, with an empty {CACHE_ENV}):"
    ]
    for s in report.startup:
        extra = ""
        if s is not base:
            ratio = report.startup_ratio(s)
            extra = f"  (+{s.median - base.median:.4f} s over {base.label}" + (
                f", {ratio:.2f}x)" if ratio is not None else ")"
            )
        lines.append(f"  {s.label:<{width}} {s.median:.4f} s{extra}")
    return lines


def _emulation_rows(report: BenchReport) -> list[list[str]]:
    header = ["kernel", "ISA", "N", "instructions", "seconds", "insns/s", "max-insns", "counting run"]
    rows = [
        [
            e.kernel,
            e.isa,
            f"{e.n:,}",
            f"{e.instructions:,}",
            f"{e.median:.4f}",
            _rate(e.insns_per_second),
            _rate(e.limited_insns_per_second),
            _rate(e.counting_insns_per_second),
        ]
        for e in report.emulation
    ]
    return [header, *rows]


def _memory_rows(report: BenchReport) -> list[list[str]]:
    header = ["program", "backend", "N", "peak MiB", "over baseline", "peak / C"]
    rows = [
        [
            m.label,
            m.backend,
            "-" if m.n is None else f"{m.n:,}",
            f"{m.peak_mib:.1f}",
            _mib_over(report.memory_over_baseline(m)) if m.label != BASELINE else "-",
            _times(report.memory_ratio(m)),
        ]
        for m in report.memory
    ]
    return [header, *rows]


def _mib_over(x: float | None) -> str:
    return "-" if x is None else f"{x:+.1f}"


def _seconds(t: Timing | None) -> str:
    return "-" if t is None else f"{t.median:.4f}"


def _times(x: float | None) -> str:
    return "-" if x is None else f"{x:.3g}x"


def _rate(x: float | None) -> str:
    return "-" if x is None else f"{x:,.0f}/s"


def _counts_json(counts: InstructionCounts | None) -> dict[str, object] | None:
    """A kernel's instruction counts: N, the result of the counting runs, the count per ISA and their ratio."""
    if counts is None:
        return None
    return {"n": counts.n, "result": counts.value, "by_isa": dict(counts.by_isa), "ratio": counts.ratio}


def report_json(report: BenchReport) -> str:
    """The whole report as JSON: every run, not only medians."""
    kernels = []
    for k in report.kernels:
        sizes = {}
        for size, s in k.sizes.items():
            sizes[size] = {
                "n": s.n,
                "result": s.value,
                "seconds": {name: {"median": t.median, "runs": list(t.runs)} for name, t in s.timings.items()},
                "ratios": {r.label: s.ratio(r) for r in report.ratios() if r.size == size},
            }
        kernels.append({"name": k.name, "sizes": sizes, "instructions": _counts_json(k.counts)})
    doc = {
        "repeat": report.repeat,
        "quick": report.quick,
        "python": platform.python_version(),
        "gcc_flags": list(GCC_FLAGS),
        "forms": report.forms,
        "skipped": report.skipped,
        "kernels": kernels,
        "geomean": {r.label: report.geomean(r) for r in report.ratios()}
        | ({f"insns {RATIO_LABEL}": report.counts_geomean()} if report.counted else {}),
        "startup": [
            {
                "label": s.label,
                "cold": s.cold,
                "median": s.median,
                "runs": list(s.runs),
                "ratio": report.startup_ratio(s),
            }
            for s in report.startup
        ],
        "compile": [
            {
                "phase": c.phase,
                "ops": c.ops,
                "seconds": c.seconds,
                "ops_per_second": c.ops_per_second,
                "code_bytes": c.code_bytes,
            }
            for c in report.compile
        ],
        "emulation": [
            {
                "kernel": e.kernel,
                "isa": e.isa,
                "n": e.n,
                "result": e.value,
                "instructions": e.instructions,
                "median": e.median,
                "runs": list(e.runs),
                "insns_per_second": e.insns_per_second,
                "counting_seconds": e.counting_seconds,
                "counting_insns_per_second": e.counting_insns_per_second,
                "max_insns_runs": list(e.limited_runs),
                "max_insns_insns_per_second": e.limited_insns_per_second,
            }
            for e in report.emulation
        ],
        "memory": [
            {
                "program": m.label,
                "backend": m.backend,
                "n": m.n,
                "result": m.value,
                "peak_bytes": m.peak_bytes,
                "peak_mib": m.peak_mib,
                "over_baseline_mib": report.memory_over_baseline(m),
                "versus": m.versus,
                "ratio": report.memory_ratio(m),
            }
            for m in report.memory
        ],
        "errors": report.errors,
        "ok": report.ok,
    }
    return json.dumps(doc, indent=2)
