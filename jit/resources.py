"""Where the data directories are: inside the installed package, or beside it in a source checkout.

A wheel carries stencil_cache/ and benchmarks/ as jit/stencil_cache and
jit/benchmarks (pyproject.toml maps them); a checkout has them at the top.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The directory `name` (stencil_cache, benchmarks) of this installation."""
    installed = _PACKAGE / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


STENCIL_SOURCES = _PACKAGE / "stencils"
"""The C sources of the stencils (jit/stencils/), installed with the package."""
