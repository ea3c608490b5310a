"""The process entry of the `jit` command (the console script and `python -m jit`).

It imports nothing of jit before SIGTERM is made to interrupt as Ctrl-C does (a KeyboardInterrupt), so that
an interrupt at any moment after it starts, while jit's modules load too, ends the process with
`jit: interrupted` and exit 130; only Python's own start-up comes before it. A signal the parent process
ignores (as a shell does for a background job's SIGINT) stays ignored.
"""

from __future__ import annotations

import signal
import sys

EXIT_INTERRUPTED = 130
"""As a shell reports a process that SIGINT ended."""


def main() -> None:
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        from jit.cli.main import dispatch

        dispatch(sys.argv[1:])
    except KeyboardInterrupt:  # outside a command's body (loading modules, parsing): still no traceback
        print("jit: interrupted", file=sys.stderr, flush=True)
        raise SystemExit(EXIT_INTERRUPTED) from None


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
