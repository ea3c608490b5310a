"""The Unicode facts an AOT runtime needs, from this Python's own database, as `jit run` would use them.

Printing a string inside a container escapes what str.isprintable() refuses; int() and float() of a
command-line word read any script's decimal digits and spaces. The tables are this interpreter's, so an
executable agrees with `jit run` under the Python that built it. Finding the printable ranges walks every
code point (about half a second), so the tables are kept on disk beside the stencil memo, per Python build
and Unicode version.
"""

from __future__ import annotations

import marshal
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jit.stencilset.memo import memo_dir

_LIMIT = sys.maxunicode + 1


@dataclass(frozen=True)
class Tables:
    nonprintable: tuple[tuple[int, int], ...]
    """[first, end) ranges of the code points str.isprintable() refuses, ascending."""
    digits: tuple[tuple[int, int, int], ...]
    """(first code point, length, value of the first) of each run of consecutive decimal digits, ascending."""
    spaces: tuple[int, ...]
    """The code points from 127 up that str.isspace() accepts."""


@cache
def tables() -> Tables:
    path = Path(memo_dir(), f"unicode-{unicodedata.unidata_version}-{sys.hexversion:x}.bin")
    try:
        found = Tables(*marshal.loads(path.read_bytes()))
        if _plausible(found):
            return found
    except (OSError, EOFError, ValueError, TypeError):
        pass
    found = _compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps((found.nonprintable, found.digits, found.spaces)))
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache directory only costs time
    return found


def _plausible(t: Tables) -> bool:
    """A stored table with the shapes _compute gives (a damaged file is recomputed)."""
    pairs = all(isinstance(r, tuple) and len(r) == 2 and all(isinstance(v, int) for v in r) for r in t.nonprintable)
    runs = all(isinstance(r, tuple) and len(r) == 3 and all(isinstance(v, int) for v in r) for r in t.digits)
    return pairs and runs and bool(t.nonprintable) and all(isinstance(c, int) for c in t.spaces)


def _compute() -> Tables:
    everything = "".join(map(chr, range(_LIMIT)))
    printable = bytes(map(str.isprintable, everything))
    nonprintable = tuple((m.start(), m.end()) for m in re.finditer(rb"\x00+", printable))
    digits: list[tuple[int, int, int]] = []
    for m in re.finditer(r"\d+", everything):  # re's \d is str.isdecimal()
        for cp in range(m.start(), m.end()):
            value = unicodedata.decimal(chr(cp))
            first, length, start = digits[-1] if digits else (-2, 0, 0)
            if first + length == cp and start + length == value:
                digits[-1] = (first, length + 1, start)
            else:
                digits.append((cp, 1, value))
    spaces = tuple(127 + m.start() for m in re.finditer(r"\s", everything[127:]))  # re's \s is str.isspace()
    return Tables(nonprintable, tuple(digits), spaces)
