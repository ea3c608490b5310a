"""Look ISAs up by name, so that `jit/` never imports an ISA module directly."""

from __future__ import annotations

import importlib
import platform

from jit.isa.base import Isa

from jit.errors import InputError

ISA_NAMES: tuple[str, ...] = ("x86_64", "arm64")
_HOST = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}


def get_isa(name: str) -> Isa:
    """The ISA called `name` (one of ISA_NAMES); InputError for any other name."""
    if name not in ISA_NAMES:
        raise InputError(f"unknown ISA {name!r} (known: {', '.join(ISA_NAMES)})")
    isa: Isa = importlib.import_module(f"jit.isa.{name}").ISA
    return isa


def host_isa() -> str | None:
    """The name of the ISA this machine runs natively, or None when it is not one we support."""
    return _HOST.get(platform.machine().lower())
