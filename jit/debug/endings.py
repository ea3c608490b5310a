"""How a run ended, reduced to what every backend must agree on bit for bit.

A result is its bank, its raw 64 bits and its printed text (which covers the heap objects a Cell names); a
runtime error its kind, function and pc (the detail text may differ); anything else (a machine-code fault,
a native run killed by a signal) is an ending no other backend can share.
"""

from __future__ import annotations

from dataclasses import dataclass

from jit.errors import VMError
from jit.vm.results import Result, format_result

EXIT_OK, EXIT_RUNTIME, EXIT_INTERNAL = 0, 1, 3
"""`jit run`'s exit codes for these endings (jit/cli/common.py)."""


@dataclass(frozen=True)
class Ending:
    key: tuple[object, ...]  # ("ok", bank, bits, text), ("error", kind, function, pc), ("fault", message)
    text: str  # the printed result, or the message on stderr
    exit_code: int  # what `jit run` exits with (negative: killed by that signal)

    @classmethod
    def of_result(cls, result: Result) -> Ending:
        text = format_result(result)
        return cls(("ok", result.bank, result.bits, text), text, EXIT_OK)

    @classmethod
    def of_error(cls, e: VMError) -> Ending:
        return cls(("error", *e.key()), str(e), EXIT_RUNTIME)

    @classmethod
    def fault(cls, message: str, exit_code: int = EXIT_INTERNAL) -> Ending:
        return cls(("fault", message), message, exit_code)

    @property
    def bits_text(self) -> str:
        """The text with the bank and raw bits of a result: `1.5 (f64 0x3ff8000000000000)`."""
        if self.key[0] != "ok":
            return self.text
        bank, bits = self.key[1], self.key[2]
        kind = "deopt" if bank is None else bank.text  # type: ignore[attr-defined]
        return f"{self.text} ({kind} {bits:#018x})"
