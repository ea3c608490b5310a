"""The bench's start-up measures and how the report shows them.

The error paths (a failing run, a cold run that rebuilds nothing) must land in
report.errors. No test looks at a wall-clock time.
"""

from __future__ import annotations

import json
import sys

from jit.backends import resolve
from jit.bench import format_table, report_json
from jit.bench.runner import BenchReport
from jit.bench.startup_time import CACHE_ENV, StartupCase, StartupTiming, measure_startup, startup_cases


def python_case(label: str, code: str, expect: str | None = None, cold: bool = False) -> StartupCase:
    return StartupCase(label, (sys.executable, "-c", code), expect, cold)


def test_cold_runs_each_start_with_a_new_empty_memo_directory_and_must_fill_it() -> None:
    fills_it = python_case(
        "fills it",
        f"import os, pathlib; d = pathlib.Path(os.environ[{CACHE_ENV!r}]); assert not any(d.iterdir());"
        " (d / 'memo').write_text(str(d)); print(42)",
        "42",
        cold=True,
    )
    leaves_it = python_case("leaves it", "pass", cold=True)
    errors: list[str] = []
    timings = measure_startup([fills_it, leaves_it], 2, errors)
    assert [(t.label, t.cold, len(t.runs)) for t in timings] == [("fills it", True, 2)]
    assert errors == [f"start-up leaves it: the run left {CACHE_ENV} empty: no stencil memo was rebuilt"]


def test_start_up_failures_are_errors() -> None:
    errors: list[str] = []
    cases = [python_case("wrong", "print(41)", "42"), python_case("exits", "raise SystemExit(3)")]
    assert measure_startup(cases, 1, errors) == []
    assert errors == ["start-up wrong: printed '41', expected '42'", "start-up exits: exit status 3: "]


def test_start_up_cases_name_the_default_backend() -> None:
    labels = [(c.label, c.cold) for c in startup_cases()]
    default = f"jit run tiny.vm3 (auto: {resolve('auto', None)[0]})"
    assert labels[2:] == [(default, False), (f"{default}, cold", True)]


def test_report_shows_start_up_ratios() -> None:
    report = BenchReport(repeat=2, quick=False, forms=[])
    report.startup = [
        StartupTiming("python3 -c pass", (0.1, 0.1)),
        StartupTiming("jit run tiny.vm3", (0.4, 0.6)),
        StartupTiming("jit run tiny.vm3, cold", (1.0, 1.2), cold=True),
    ]
    assert [report.startup_ratio(s) for s in report.startup] == [1.0, 5.0, None]
    table = format_table(report).splitlines()
    assert "  jit run tiny.vm3                         0.5000 s  (+0.4000 s over python3 -c pass, 5.00x)" in table
    assert "  jit run tiny.vm3, cold                   1.1000 s  (+1.0000 s over python3 -c pass)" in table
    doc = json.loads(report_json(report))
    assert [(s["cold"], s["ratio"]) for s in doc["startup"]] == [(False, 1.0), (False, 5.0), (True, None)]
