"""jit.interp.fma against hand-checked hard cases, an independent rational reference and C's fma()."""

from __future__ import annotations

import math
import random
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jit.interp.fma import fma, round_fraction
from jit.program.cell import bits_f64, f64_bits

MAX = 1.7976931348623157e308
TINY = 5e-324  # 2**-1074, the smallest subnormal


def same(x: float, y: float) -> bool:
    """Bit equality, with every NaN equal to every NaN."""
    return (math.isnan(x) and math.isnan(y)) or f64_bits(x) == f64_bits(y)


@pytest.mark.parametrize(
    ("a", "b", "c", "expected"),
    [
        # One rounding, where a*b rounded first then added gives 0 or a different value.
        (0.1, 10.0, -1.0, 5.551115123125783e-17),
        (1.0 + 2.0**-52, 1.0 - 2.0**-53, -1.0, 2.0**-52 - 2.0**-53 - 2.0**-105),
        (3.0, 1.0 / 3.0, -1.0, -5.551115123125783e-17),
        # Exact zeros and their signs (round to nearest).
        (1.0, 1.0, -1.0, 0.0),
        (-1.0, 1.0, 1.0, 0.0),
        (-0.0, 1.0, -0.0, -0.0),
        (0.0, -1.0, -0.0, -0.0),
        (0.0, -1.0, 0.0, 0.0),
        (-0.0, -1.0, -0.0, 0.0),
        (-0.0, 1.0, 0.0, 0.0),
        (0.0, 5.0, -3.0, -3.0),
        # A nonzero exact result that underflows keeps its sign.
        (-1e-300, 1e-300, 0.0, -0.0),
        (1e-300, 1e-300, -0.0, 0.0),
        # Subnormal rounding, ties to even.
        (TINY, 0.5, 0.0, 0.0),
        (TINY, 0.75, 0.0, TINY),
        (TINY, 1.5, 0.0, 2 * TINY),
        (TINY, 2.5, 0.0, 2 * TINY),
        (2.0**-1022, 0.5, 0.0, 2.0**-1023),
        (2.0**-1022, -1.0, 2.0**-1022, 0.0),
        # Overflow only past the rounding boundary; no intermediate overflow.
        (MAX, 2.0, -MAX, MAX),
        (MAX, 1.0, MAX, math.inf),
        (2.0**485, 2.0**485, MAX, math.inf),  # exactly half an ulp above MAX: ties to even = inf
        (2.0**485, 2.0**485 * (1 - 2.0**-53), MAX, MAX),  # just below the tie
        (-(2.0**485), 2.0**485, -MAX, -math.inf),
        (2.0**1000, 2.0**100, -math.inf, -math.inf),
        # Infinities and NaN.
        (math.inf, 0.0, 1.0, math.nan),
        (0.0, -math.inf, 1.0, math.nan),
        (math.inf, 1.0, -math.inf, math.nan),
        (-math.inf, -1.0, -math.inf, math.nan),
        (math.inf, 2.0, 1.0, math.inf),
        (math.inf, -2.0, -math.inf, -math.inf),
        (1.0, 2.0, math.inf, math.inf),
        (1.0, 2.0, -math.inf, -math.inf),
        (math.nan, 0.0, math.inf, math.nan),
        (1.0, math.nan, 1.0, math.nan),
        (1.0, 1.0, math.nan, math.nan),
        (MAX, MAX, -math.inf, -math.inf),
    ],
)
def test_hard_cases(a: float, b: float, c: float, expected: float) -> None:
    assert same(fma(a, b, c), expected), (a, b, c, fma(a, b, c))


def test_nan_result_is_canonical() -> None:
    for args in [(math.inf, 0.0, 1.0), (bits_f64(0xFFF4000000000123), 1.0, 1.0), (math.inf, 1.0, -math.inf)]:
        assert f64_bits(fma(*args)) == 0x7FF8000000000000


def test_round_fraction_ties_to_even() -> None:
    one_ulp = Fraction(1, 2**52)
    assert round_fraction(1 + one_ulp / 2) == 1.0
    assert round_fraction(1 + 3 * one_ulp / 2) == 1.0 + 2.0**-51
    assert round_fraction(-(1 + one_ulp / 2)) == -1.0
    assert round_fraction(Fraction(2**1024)) == math.inf
    assert round_fraction(Fraction(-(2**1100))) == -math.inf
    assert round_fraction(Fraction(1, 2**1075)) == 0.0
    assert round_fraction(Fraction(3, 2**1076)) == TINY


finite = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(finite, finite, finite)
def test_matches_rational_reference(a: float, b: float, c: float) -> None:
    """Where the exact result is a finite nonzero double range, CPython's int/int division rounds it too."""
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    if exact == 0 or abs(exact) >= Fraction(MAX):
        return
    expected = exact.numerator / exact.denominator  # correctly rounded by CPython
    assert same(fma(a, b, c), expected)


@settings(max_examples=200, deadline=None)
@given(finite, finite)
def test_exact_product_error(a: float, b: float) -> None:
    """fma(a, b, -(a*b)) is the rounding error of a*b, exactly representable when nothing under/overflows."""
    p = a * b
    if math.isinf(p) or p == 0 or abs(p) < 2.0**-900:
        return
    err = fma(a, b, -p)
    assert Fraction(p) + Fraction(err) == Fraction(a) * Fraction(b)


def _interesting_triples(n: int) -> list[tuple[int, int, int]]:
    rng = random.Random(1234)
    specials = [0.0, -0.0, math.inf, -math.inf, math.nan, MAX, -MAX, TINY, -TINY, 2.0**-1022, 1.0, -1.0]

    def rand_float() -> float:
        kind = rng.random()
        if kind < 0.1:
            return rng.choice(specials)
        if kind < 0.3:
            return bits_f64(rng.getrandbits(64))
        exp = rng.choice([rng.randint(-1074, 1023), rng.randint(-30, 30), rng.randint(-1074, -1000), 1023])
        return math.ldexp(rng.uniform(1.0, 2.0), exp) * rng.choice([1.0, -1.0])

    triples = []
    for _ in range(n):
        a, b = rand_float(), rand_float()
        r = rng.random()
        if r < 0.3 and math.isfinite(a * b):
            c = -(a * b) * rng.choice([1.0, 1.0 + 2.0**-52, 1.0 - 2.0**-53])  # heavy cancellation
        elif r < 0.4:
            c = MAX * rng.choice([1.0, -1.0])
        else:
            c = rand_float()
        triples.append((f64_bits(a), f64_bits(b), f64_bits(c)))
    return triples


C_REFERENCE = r"""
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>
int main(void) {
    unsigned long long a, b, c;
    while (scanf("%llx %llx %llx", &a, &b, &c) == 3) {
        double x, y, z, r; uint64_t out;
        memcpy(&x, &a, 8); memcpy(&y, &b, 8); memcpy(&z, &c, 8);
        r = fma(x, y, z);
        memcpy(&out, &r, 8);
        printf("%016llx\n", (unsigned long long)out);
    }
    return 0;
}
"""


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc is not installed")
def test_matches_c_fma(tmp_path: Path) -> None:
    src, exe = tmp_path / "fma.c", tmp_path / "fma"
    src.write_text(C_REFERENCE)
    subprocess.run(["gcc", "-O1", "-ffp-contract=off", str(src), "-o", str(exe), "-lm"], check=True)
    triples = _interesting_triples(20000)
    stdin = "".join(f"{a:x} {b:x} {c:x}\n" for a, b, c in triples)
    out = subprocess.run([str(exe)], input=stdin, capture_output=True, text=True, check=True).stdout.split()
    assert len(out) == len(triples)
    for (a, b, c), want in zip(triples, out, strict=True):
        got = fma(bits_f64(a), bits_f64(b), bits_f64(c))
        assert same(got, bits_f64(int(want, 16))), [hex(a), hex(b), hex(c), want, hex(f64_bits(got))]
