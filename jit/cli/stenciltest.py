"""`jit stencils test [STENCIL...]`: each stencil alone under Unicorn on each ISA against the interpreter.

The check a user runs after changing a C stencil and refreshing the cache: jit.stencilcheck.runner draws the
cases and gives a verdict per stencil and ISA; this module prints them (a line each, and for a failure the
failing operands, both results and every difference) or their JSON, and exits 0 when every stencil passes,
1 when one fails, 2 for a bad argument or a broken cache.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from jit.cli.common import EXIT_RUNTIME, guarded
from jit.errors import InputError

if TYPE_CHECKING:
    from jit.stencilcheck.runner import Verdict

DEFAULT_EXAMPLES = 30


def stencil_test(
    names: Annotated[
        list[str] | None, typer.Argument(help="Stencils to test: opcodes or variants (default: every one).")
    ] = None,
    isa: Annotated[
        list[str] | None, typer.Option("--isa", help="x86_64 or arm64; repeat for both (default: every ISA).")
    ] = None,
    examples: Annotated[
        int, typer.Option("--examples", help="Random cases per stencil and ISA, besides one per outcome.")
    ] = DEFAULT_EXAMPLES,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the random cases (the same seed, the same cases).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdicts as JSON instead of lines.")] = False,
) -> None:
    """Run each stencil (variants included) under Unicorn on each ISA against the interpreter, from generated
    VM states (edge values first); exit 1 if any differs."""
    guarded(lambda: test_command(names or [], isa or [], examples, seed, as_json))


def test_command(names: list[str], isas: list[str], examples: int, seed: int, as_json: bool) -> None:
    from jit.isa.registry import ISA_NAMES, get_isa
    from jit.stencilset.memo import memo_dir

    # hypothesis keeps caches in ./.hypothesis unless told otherwise: not in the user's directory
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(memo_dir() / "hypothesis"))
    from jit.stencilcheck.families import isas_with
    from jit.stencilcheck.runner import check_stencil, testable_stencils

    if examples < 0:
        raise InputError(f"--examples must not be negative, got {examples}")
    for name in isas:
        get_isa(name)  # InputError naming the known ISAs
    isa_names = tuple(dict.fromkeys(isas)) or ISA_NAMES
    known = testable_stencils()
    for name in names:
        _check_known(name, known)
        if not set(isas_with(name)) & set(isa_names):
            raise InputError(f"{name} exists for {', '.join(isas_with(name))} only, not for {', '.join(isa_names)}")
    verdicts: list[Verdict] = []
    width = max(len(n) for n in names or known)
    for name in dict.fromkeys(names) if names else known:
        for verdict in check_stencil(name, isa_names, examples, seed):
            verdicts.append(verdict)
            if not as_json:
                print("\n".join(verdict_lines(verdict, width)), flush=True)
    failed = [v for v in verdicts if not v.ok]
    if as_json:
        print(json.dumps(verdicts_json(verdicts, examples, seed, isa_names), indent=2))
    else:
        n = len({v.stencil for v in verdicts})
        scope = f"{n} stencil{'' if n == 1 else 's'} on {', '.join(isa_names)}"
        if failed:
            print(f"{len(failed)} of {len(verdicts)} checks failed ({scope})")
        else:
            print(f"all {len(verdicts)} checks passed ({scope})")
    if failed:
        sys.stdout.flush()
        raise SystemExit(EXIT_RUNTIME)


def _check_known(name: str, known: list[str]) -> None:
    if name in known:
        return
    close = difflib.get_close_matches(name, known, n=5, cutoff=0.5)
    close += [n for n in known if n.lower() == name.lower() and n not in close]
    hint = f"; close names: {', '.join(close)}" if close else "; `jit stencils list` shows the stencils (role op)"
    raise InputError(
        f"no op stencil named {name!r} to test{hint} (FuncEntry, jit_entry and the runtime helpers are tested "
        "through the ops that use them)"
    )


def verdict_lines(v: Verdict, width: int) -> list[str]:
    """`AddI64  x86_64  ok    31 cases; outcomes continue`, and for a failure what differed, indented."""
    cases = f"{v.cases} case{'' if v.cases == 1 else 's'}"
    head = f"{v.stencil:<{width}}  {v.isa:<6}  {'ok' if v.ok else 'FAIL':<4}  {cases}"
    head += f"; outcomes {', '.join(v.outcomes) or '(none)'}"
    lines = [head]
    if v.missing:
        lines.append(f"    no case found that ends with: {', '.join(v.missing)}")
    if v.cases == 0:
        lines.append("    no case ran this stencil: nothing was checked")
    report = failure_report(v)
    if report is not None:
        lines += [
            f"    operands: {report['operands']}",
            f"    interpreter: {report['interpreter']}",
            f"    machine:     {report['machine']}",
            *(f"    differs: {d}" for d in report["differences"]),  # type: ignore[attr-defined]
            "    case:",
            *(f"      {line}" for line in report["case"]),  # type: ignore[attr-defined]
        ]
    return lines


def failure_report(v: Verdict) -> dict[str, object] | None:
    """The failing case's operands, both results, every difference and the whole case (None: no failure)."""
    from jit.stencilcheck.outcomes import outcome_text

    f = v.failure
    if f is None:
        return None
    names = [g.name for g in f.case.program.functions]
    return {
        "operands": f.case.operands(),
        "interpreter": outcome_text(f.want.outcome, names),
        "machine": outcome_text(f.got.outcome, names),
        "differences": list(f.differences),
        "case": f.case.describe().splitlines(),
    }


def verdicts_json(verdicts: list[Verdict], examples: int, seed: int, isa_names: tuple[str, ...]) -> dict[str, object]:
    return {
        "ok": all(v.ok for v in verdicts),
        "isas": list(isa_names),
        "examples": examples,
        "seed": seed,
        "stencils": [
            {
                "stencil": v.stencil,
                "isa": v.isa,
                "ok": v.ok,
                "cases": v.cases,
                "outcomes": list(v.outcomes),
                "missing_outcomes": list(v.missing),
                "failure": failure_report(v),
            }
            for v in verdicts
        ],
    }
