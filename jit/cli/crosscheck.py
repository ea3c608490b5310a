"""`jit crosscheck PROG [ARGS]`: the program on every backend, a line each, and where a differing one parts.

jit.debug.crosscheck runs the backends and replays those that differ; this module prints the report (or its
JSON) and exits 0 when every backend agrees with the interpreter bit for bit, 1 when one differs, 2 for bad
input (as every command does).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jit.cli.common import EXIT_RUNTIME, guarded, load_with_args, make_limits
from jit.cli.options import ArgsArg, HeapOpt, MaxDepthOpt, ProgArg
from jit.vm.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from jit.debug.crosscheck import Finding, Report, Run

MAX_RESULT_TEXT = 60
"""Characters of a result shown on a backend's line (the JSON has it whole)."""


def register(app: typer.Typer) -> None:
    app.command()(crosscheck)


def crosscheck(
    prog: ProgArg,
    args: ArgsArg = None,
    backends: Annotated[
        str | None,
        typer.Option(
            "--backends",
            help="Comma-separated: interp, native, emulate (every ISA), emulate:x86_64, emulate:arm64. "
            "Default: all that this host can run. The interpreter always runs, as the reference.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of lines.")] = False,
    max_depth: MaxDepthOpt = DEFAULT_LIMITS.max_depth,
    heap_size: HeapOpt = DEFAULT_LIMITS.heap_size,
) -> None:
    """Run PROG on every backend and compare bit for bit; for one that differs, show the first op where it parts
    from the interpreter (values, operands and the patched stencil's disassembly). Exit 1 if any differs."""
    guarded(lambda: crosscheck_command(prog, args, backends, as_json, make_limits(max_depth, heap_size)))


def crosscheck_command(prog: Path, args: list[str] | None, backends: str | None, as_json: bool, limits: Limits) -> None:
    from jit.debug.crosscheck import crosscheck as run_all
    from jit.debug.crosscheck import default_targets, parse_targets

    targets = default_targets() if backends is None else parse_targets(backends)
    program, values = load_with_args(prog, args)
    report = run_all(program, values, targets, limits)
    if as_json:
        print(json.dumps(report_json(report, prog, args or []), indent=2))
    else:
        print("\n".join(report_lines(report)))
    if not report.agree:
        raise SystemExit(EXIT_RUNTIME)


def report_lines(report: Report) -> list[str]:
    """A line per backend, a verdict, then each finding."""
    width = max(len(run.target.name) for run in report.runs)
    texts = [_shown(run) for run in report.runs]
    text_width = max(len(t) for t in texts)
    lines = [_run_line(report, run, width, text, text_width) for run, text in zip(report.runs, texts, strict=True)]
    differ = sum(not report.agrees(run) for run in report.runs)
    n = len(report.runs)
    if differ:
        lines.append(f"{differ} of {n} backends differ from the interpreter")
    elif n == 1:
        lines.append("only the interpreter ran: nothing to compare")
    else:
        lines.append(f"all {n} backends agree bit for bit")
    for finding in report.findings:
        lines += ["", *_finding_lines(finding)]
    return lines


def _shown(run: Run) -> str:
    """The run's result with its bits, or its error: cut short past MAX_RESULT_TEXT characters."""
    text = run.ending.bits_text
    return text if len(text) <= MAX_RESULT_TEXT else text[: MAX_RESULT_TEXT - 3] + "..."


def _run_line(report: Report, run: Run, width: int, text: str, text_width: int) -> str:
    verdict = "reference" if run is report.reference else "agrees" if report.agrees(run) else "DIFFERS"
    exit_code = f"exit {run.ending.exit_code}"
    return f"{run.target.name:<{width}}  {verdict:<9}  {exit_code:<8}  {text:<{text_width}}  {_time(run)}"


def _time(run: Run) -> str:
    """`run 1.2 ms, compile 20.3 ms`, or `total 3.4 ms` for a run that failed before its phases were timed."""
    phases = [phase for phase in ("run", "compile", "total") if phase in run.timings]
    return ", ".join(f"{phase} {1e3 * run.timings[phase]:.1f} ms" for phase in phases)


def _finding_lines(finding: Finding) -> list[str]:
    d = finding.divergence
    who = ", ".join(finding.backends)
    if d is None:
        return [
            f"{who}: replayed under Unicorn for {finding.isa}, every op and the result agree with the interpreter: "
            "the difference is the host's, not the code's (no op to point at)"
        ]
    return [
        f"first divergence of {who} from the interpreter (replayed under Unicorn for {d.isa}), "
        f"after {d.index} {'op that agrees' if d.index == 1 else 'ops that agree'}:",
        f"  {d.label} (depth {d.depth})",
        *(f"  {kind}: {detail}" for kind, detail in d.differences),
        f"  operands: {d.operands or '(none)'}",
        f"  jit disasm --isa {d.isa} of this op:",
        *(f"  {line}" for line in d.listing),
    ]


def report_json(report: Report, prog: Path, args: list[str]) -> dict[str, object]:
    return {
        "program": str(prog),
        "args": args,
        "agree": report.agree,
        "backends": [_run_json(report, run) for run in report.runs],
        "divergences": [_finding_json(f) for f in report.findings],
    }


def _run_json(report: Report, run: Run) -> dict[str, object]:
    key = run.ending.key
    out: dict[str, object] = {
        "backend": run.target.name,
        "agrees": report.agrees(run),
        "exit_code": run.ending.exit_code,
        "ending": key[0],
        "text": run.ending.text,
        "timings_ms": {k: round(1e3 * v, 3) for k, v in run.timings.items()},
    }
    if key[0] == "ok":
        bank = key[1]
        out["bank"] = "deopt" if bank is None else bank.text  # type: ignore[attr-defined]
        out["bits"] = f"{key[2]:#018x}"
    elif key[0] == "error":
        out["error"] = {"kind": key[1].name, "function": key[2], "pc": key[3]}  # type: ignore[attr-defined]
    return out


def _finding_json(finding: Finding) -> dict[str, object]:
    d = finding.divergence
    out: dict[str, object] = {"backends": list(finding.backends), "replayed_on": f"emulate {finding.isa}"}
    if d is None:
        return out | {"found": False}
    return out | {
        "found": True,
        "op_index": d.index,
        "function": d.function,
        "pc": d.pc,
        "depth": d.depth,
        "op": d.label,
        "differs": list(d.kinds),
        "differences": [{"kind": kind, "detail": detail} for kind, detail in d.differences],
        "operands": d.operands,
        "disasm": list(d.listing),
    }
