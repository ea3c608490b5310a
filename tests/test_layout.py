"""The package's stages import only what their docstrings allow (jit/__init__.py lists the stages).

Each subpackage's `__init__.py` docstring ends with a line `May import: jit.a, jit.b.` (or `everything in
jit`); every import in its modules, at module level or inside a function, must name one of those packages,
its own package, or the standard library and third-party modules. The modules at the top of the package
(errors, resources) import no other module of jit.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jit.isa
import pytest

import jit

PACKAGE = Path(jit.__file__).resolve().parent
ROOTS = {"jit": PACKAGE, "jit.isa": Path(jit.isa.__file__).resolve().parent}
"""Where the package's modules are: jit.isa comes from the repository's isa/ (in place, in an editable install)."""
TOP_LEVEL = ("jit.errors", "jit.resources")
_MAY_IMPORT = re.compile(r"^May import: (.*)\Z", re.M | re.S)


def stage_of(module: str) -> str:
    """The stage a module belongs to: its subpackage (jit.compiler), or the module itself at the top."""
    parts = module.split(".")
    return ".".join(parts[:2])


def stages() -> dict[str, set[str] | None]:
    """Each subpackage and what its docstring lets it import (None: everything)."""
    out: dict[str, set[str] | None] = {}
    for name, path in sorted(modules().items()):
        if name.count(".") != 1 or path.name != "__init__.py":
            continue
        init = path
        doc = ast.get_docstring(ast.parse(init.read_text())) or ""
        m = _MAY_IMPORT.search(doc)
        assert m, f"{name}: the package docstring has no 'May import:' line"
        allowed = " ".join(m.group(1).split()).removesuffix(".")
        out[name] = None if allowed == "everything in jit" else {a.strip() for a in allowed.split(",")}
    return out


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    out = {}
    for root_name, root in ROOTS.items():
        for path in sorted(root.rglob("*.py")):
            folders = [d for d in (path.parent, *path.parent.parents) if d.is_relative_to(root)]
            if not all((d / "__init__.py").is_file() for d in folders):
                continue  # data beside the modules, as jit/benchmarks/*/kernel.py in an installed package
            rel = path.relative_to(root).with_suffix("").parts
            parts = rel[:-1] if rel[-1] == "__init__" else rel
            out.setdefault(".".join((root_name, *parts)), path)
    return out


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of a jit module in the file, wherever it is."""
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "jit"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "jit":
            if node.module == "jit":
                out += [(node.lineno, f"jit.{a.name}") for a in node.names]
            else:
                out.append((node.lineno, node.module))
    return out


def test_every_stage_states_its_imports() -> None:
    found = stages()
    assert {"jit.program", "jit.vm", "jit.interp", "jit.isa", "jit.stencilset", "jit.compiler"} <= set(found)
    for name, allowed in found.items():
        for other in allowed or ():
            assert other in found or other in TOP_LEVEL, f"{name} may import {other}, which is not a stage"


@pytest.mark.parametrize("here", sorted(modules()))
def test_imports_follow_the_stages(here: str) -> None:
    path = modules()[here]
    stage = stage_of(here)
    if here == "jit.__main__":
        allowed: set[str] | None = {"jit.cli"}
    elif stage in TOP_LEVEL or here == "jit":
        allowed = set()
    else:
        allowed = stages()[stage]
    for line, target in imports(path):
        to = stage_of(target)
        assert allowed is None or to == stage or to in allowed, f"{here} (line {line}) may not import {target}"


def test_stages_form_no_cycle() -> None:
    """What the docstrings allow is itself a strict order: no two stages may import each other."""
    allowed = {k: v for k, v in stages().items() if v is not None}
    for a, deps in allowed.items():
        for b in deps:
            assert a not in allowed.get(b, set()), f"{a} and {b} may import each other"
