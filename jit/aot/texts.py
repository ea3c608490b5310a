"""Every text an AOT executable or object prints, by its VM_AOT_TEXT_* index in jit/stencils/aot.h.

The runtime has no data of its own, so its words travel in the program descriptor. They are the words of
`jit run` (jit.errors, jit.program.verify, jit.vm.results); tests/test_aot_texts.py checks that they put
together `jit run`'s very messages.
"""

from __future__ import annotations

from jit.errors import ErrorKind, InputError
from jit.program.model import Function, Program
from jit.program.ops import Bank
from jit.program.verify import parse_entry_args
from jit.stencilset.header import constants

FIXED: dict[str, str] = {
    "RUNTIME_ERROR": "runtime error: ",
    "IN": " in ",
    "AT_PC": " at pc ",
    "DETAIL": ": ",
    "MORE_BYTES": " more bytes with ",
    "OF": " of ",
    "USED": " used",
    "NOT_INT": " is not an integer",
    "NOT_I64": " does not fit in i64",
    "NOT_FLOAT": " is not a float",
    "NOT_INT48": " does not fit in an int48 cell",
    "TRUE": "true",
    "FALSE": "false",
    "NULL": "null",
    "DEOPT": "deopt@",
    "CELL": "<cell 0x",
    "INF": "inf",
    "NAN": "nan",
    "LIST_CYCLE": "[...]",
    "MAP_CYCLE": "{...}",
    "OPT_MAX_DEPTH": "--max-depth",
    "OPT_HEAP_SIZE": "--heap-size",
    "OPT_HELP": "--help",
    "NO_OPTION": "no such option: ",
    "NO_VALUE": "option needs a value: ",
    "BAD_VALUE": "invalid value for ",
    "NOT_VALID_INT": " is not a valid integer",
    "DEPTH_MIN": "--max-depth must be at least 1, got ",
    "HEAP_MIN": "--heap-size must not be negative, got ",
    "NO_MEMORY": "cannot map the VM's memory: errno ",
    "USAGE": "usage: ",
    "WRITE_FAILED": "cannot write the result: errno ",
}
"""The texts every program has, by the name after VM_AOT_TEXT_."""
PER_PROGRAM = ("KIND", "ARGCOUNT", "SIGNATURE", "PARAM")
"""Indices whose texts jit.aot writes for each program (KIND and PARAM are the first of a run)."""


def index(name: str) -> int:
    return constants("aot.h")["VM_AOT_TEXT_" + name]


def program_texts(entry: Function) -> list[str]:
    """The text table of a program whose entry function is `entry`, in index order."""
    texts = {index(name): text for name, text in FIXED.items()}
    texts.update({index("KIND") + kind: kind.text for kind in ErrorKind})
    texts[index("ARGCOUNT")] = _argcount(entry)
    texts[index("SIGNATURE")] = _signature(entry)
    for k, bank in enumerate(entry.params):
        texts[index("PARAM") + k] = f"{entry.name} argument {k} ({Bank(bank).text})"
    return [texts.get(i, "") for i in range(max(texts) + 1)]


def _argcount(entry: Function) -> str:
    """What jit.program.verify.parse_entry_args says before the count it got."""
    wrong = [""] * (len(entry.params) + 1)
    try:
        parse_entry_args(Program((entry,), 0), wrong)
    except InputError as e:
        return str(e).removesuffix(str(len(wrong)))
    raise AssertionError("parse_entry_args took a wrong number of arguments")


def _signature(entry: Function) -> str:
    """--help after the executable's name."""
    params = ", ".join(Bank(b).text for b in entry.params)
    return (
        " [--max-depth N] [--heap-size BYTES] [--] ARGS\n"
        f"runs {entry.name}({params}) -> {Bank(entry.result).text}; ARGS are its arguments, as `jit run` takes them\n"
    )
