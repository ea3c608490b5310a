"""Ctrl-C (SIGINT) and SIGTERM end a real `jit` process on every backend with `jit: interrupted` and exit 130,
never a crash: the signal reaches the main thread while machine code or Unicorn runs on a worker, Unicorn
is stopped, and native code that cannot be stopped keeps its memory mapped until the process exits."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jit.machine.backends import available_backends
from jit.machine.worker import Worker

LOOP = "func main(i64) -> i64\ntop:\n    AddI64K i0, i0, 1\n    Jump top\n    ReturnI64 i0\nend\n"
"""Runs until interrupted."""
HANG_GUARD = 60  # seconds: only so that a broken build fails instead of hanging the suite
RUNS = [
    (["--backend", "emulate", "--isa", "x86_64"], "worker"),
    (["--backend", "emulate", "--isa", "arm64"], "worker"),
    (["--backend", "interp"], "busy"),
] + ([(["--backend", "native"], "worker")] if "native" in available_backends() else [])
SIGNALS = [signal.SIGINT, signal.SIGTERM]


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("interrupts") / "loop.vm3"
    path.write_text(LOOP)
    return path


def started(p: subprocess.Popen[str], sign: str) -> str:
    """Wait until the process is inside its run: the worker thread exists ("worker"), it has used half a
    second of CPU, far more than start-up takes ("busy"), or it shows the debugger's prompt ("prompt", the
    stdout read up to there is returned)."""
    if sign == "prompt":
        assert p.stdout is not None
        shown = ""
        while not shown.endswith("(jit) "):
            char = p.stdout.read(1)
            if not char:
                pytest.fail(f"no prompt: {shown!r}")
            shown += char
        return shown
    task, stat = Path(f"/proc/{p.pid}/task"), Path(f"/proc/{p.pid}/stat")
    while p.poll() is None:
        if sign == "worker" and len(list(task.iterdir())) >= 2:
            return ""
        if sign == "busy":
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[11]) + int(fields[12]) >= 50:  # utime + stime, in clock ticks (100 per second)
                return ""
        time.sleep(0.02)
    pytest.fail(f"the run ended by itself: {p.communicate()}")


def _as_a_foreground_job() -> None:
    """SIGINT handled by default in the child, as in a terminal's foreground job. A suite started in the
    background of a script inherits SIGINT ignored, and Python (like any program) leaves a signal ignored at
    start-up ignored, so Ctrl-C would not reach a jit started from it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt(argv: list[str], sig: signal.Signals, sign: str, stdin: str = "") -> tuple[int, str, str]:
    p = subprocess.Popen(
        [sys.executable, "-m", "jit", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_a_foreground_job,
    )
    assert p.stdin is not None
    p.stdin.write(stdin)
    p.stdin.flush()
    try:
        shown = started(p, sign)
        p.send_signal(sig)
        out, err = p.communicate(timeout=HANG_GUARD)
    finally:
        p.kill()
    return p.returncode, shown + out, err


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
@pytest.mark.parametrize(("options", "sign"), RUNS, ids=lambda o: " ".join(o) if isinstance(o, list) else o)
def test_jit_run_stops_with_130(loop: Path, options: list[str], sign: str, sig: signal.Signals) -> None:
    code, out, err = interrupt(["run", *options, str(loop), "0"], sig, sign)
    assert (code, out, err) == (130, "", "jit: interrupted\n")


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
@pytest.mark.parametrize(
    "options",
    [["--max-insns", "100000000000000"], ["--trace", "ops", "--trace-file", "/dev/null"]],
    ids=["counted", "hooked"],
)
def test_jit_emulate_stops_with_130(loop: Path, options: list[str], sig: signal.Signals) -> None:
    code, out, err = interrupt(["emulate", "--isa", "arm64", *options, str(loop), "0"], sig, "worker")
    assert (code, out, err) == (130, "", "jit: interrupted\n")


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
@pytest.mark.parametrize("stdin", ["", "continue\n"], ids=["at the prompt", "after continue"])
def test_the_debugger_prompt_stops_with_130(loop: Path, stdin: str, sig: signal.Signals) -> None:
    """The prompt runs Unicorn on the main thread (it reads stdin there): the signal reaches its hooks."""
    code, out, err = interrupt(["emulate", "--interactive", str(loop), "0"], sig, "busy" if stdin else "prompt", stdin)
    assert (code, err) == (130, "jit: interrupted\n")
    assert out.startswith("stopped at main pc=0 AddI64K")


@pytest.fixture
def interrupt_soon() -> Iterator[Callable[[], None]]:
    """Arms a KeyboardInterrupt in the main thread 50 ms later, as Ctrl-C raises one (by SIGALRM, since pytest
    has its own use for SIGINT)."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGALRM, handler)
    yield lambda: signal.setitimer(signal.ITIMER_REAL, 0.05)
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, old)


def test_a_call_that_cannot_be_stopped_is_left_running_and_says_so(interrupt_soon: Callable[[], None]) -> None:
    release = threading.Event()
    worker = Worker(release.wait)
    interrupt_soon()
    with pytest.raises(KeyboardInterrupt):
        worker.run()
    assert worker.running  # what NativeRun.close() checks before unmapping anything
    release.set()
    while worker.running:
        time.sleep(0.01)


def test_a_call_is_stopped_and_awaited_before_the_interrupt_goes_on(interrupt_soon: Callable[[], None]) -> None:
    stopped = threading.Event()
    worker = Worker(stopped.wait)
    interrupt_soon()
    with pytest.raises(KeyboardInterrupt):
        worker.run(stop=stopped.set)
    assert not worker.running


def test_a_stop_asked_before_the_call_began_is_asked_again(interrupt_soon: Callable[[], None]) -> None:
    """As Unicorn forgets an emu_stop that comes before emu_start begins: this call only hears a stop after
    0.2 s (the interrupt comes at 0.05 s), and gives up by itself after 5 s if none is asked again."""
    began, heard = threading.Event(), threading.Event()

    def call() -> str:
        time.sleep(0.2)
        began.set()
        return "stopped" if heard.wait(5) else "never stopped"

    def stop() -> None:
        if began.is_set():
            heard.set()

    worker = Worker(call)
    interrupt_soon()
    with pytest.raises(KeyboardInterrupt):
        worker.run(stop=stop)
    assert heard.is_set() and not worker.running


def test_a_worker_returns_the_result_or_raises_the_error() -> None:
    assert Worker(lambda: 42).run() == 42
    with pytest.raises(ZeroDivisionError):
        Worker(lambda: 1 // 0).run()
