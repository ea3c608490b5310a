"""Host-only variants (jit.compiler.variants.HOST_VARIANTS): FmaF64_h, the hardware fma of x86-64's FMA3, runs
only natively on a CPU that has it, and there agrees bit for bit with the interpreter's single-rounding fma.
The emulator's x86-64 CPU lacks FMA3, so emulated code and `jit disasm` keep the software fma."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jit.isa.registry import host_isa

from jit.interp.fma import fma
from jit.machine.backends import run_program
from jit.machine.hostcpu import host_features
from jit.machine.prepare import prepare
from jit.program import cell
from jit.program.text import parse_text
from jit.program.verify import verify
from jit.vm.limits import DEFAULT_LIMITS

PROGRAM = parse_text(
    """
func main(f64, f64, f64) -> f64
    FmaF64 f3, f0, 0x0201
    ReturnF64 f3
end
""",
    "<fma>",
)
verify(PROGRAM)

HAS_FMA3 = host_isa() == "x86_64" and "fma" in host_features()
needs_fma3 = pytest.mark.skipif(not HAS_FMA3, reason="native FmaF64_h needs an x86-64 host whose CPU has FMA3")


def _stencils(features: frozenset[str]) -> set[str]:
    image = prepare(PROGRAM, (1.0, 2.0, 3.0), "x86_64", DEFAULT_LIMITS, host_features=features).image
    return {site.name for site in image.sites if site.pc >= 0}


def test_the_hardware_fma_is_chosen_only_with_the_cpu_feature() -> None:
    assert "FmaF64_h" in _stencils(frozenset({"fma"}))
    assert "FmaF64_h" not in _stencils(frozenset())
    arm = prepare(PROGRAM, (1.0, 2.0, 3.0), "arm64", DEFAULT_LIMITS, host_features=frozenset({"fma"})).image
    assert {s.name for s in arm.sites if s.pc >= 0} == {"FmaF64", "ReturnF64"}  # fmadd is arm64's base ISA


@needs_fma3
def test_native_runs_use_the_hardware_fma_on_this_cpu() -> None:
    assert "FmaF64_h" in _stencils(host_features())


doubles = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from((0.1, 10.0, -1.0, 5e-324, -0.0))


@needs_fma3
@settings(max_examples=300, deadline=None)
@given(doubles, doubles, doubles)
def test_hardware_fma_agrees_with_the_interpreter_bit_for_bit(a: float, b: float, c: float) -> None:
    native = run_program(PROGRAM, (a, b, c), backend="native", isa=None, limits=DEFAULT_LIMITS).result
    want = fma(a, b, c)
    bits = cell.CANONICAL_NAN if want != want else cell.f64_bits(want)  # NaN results are stored canonical
    assert native.bits == bits, (a, b, c)
