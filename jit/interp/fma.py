"""Fused multiply-add with one rounding: math.fma only arrived in Python 3.13.

The exact value a*b + c is a rational number; we compute it with Fraction and
round it to the nearest double (ties to even) ourselves, so that overflow and
subnormal results follow IEEE 754 exactly.
"""

from __future__ import annotations

import math
from fractions import Fraction

_MANT_BITS = 52  # stored mantissa bits of a double
_MIN_NORMAL_EXP = -1022  # exponent of the smallest normal double
_OVERFLOW_EXP = 1024  # values >= 2**1024 are infinite


def fma(a: float, b: float, c: float) -> float:
    """a*b + c rounded once to nearest-even; a NaN result is the canonical quiet NaN."""
    if math.isnan(a) or math.isnan(b) or math.isnan(c):
        return math.nan
    if math.isinf(a) or math.isinf(b):
        if a == 0.0 or b == 0.0:
            return math.nan  # inf * 0
        product = math.copysign(math.inf, math.copysign(1.0, a) * math.copysign(1.0, b))
        if math.isinf(c) and c != product:
            return math.nan  # inf - inf
        return product
    if math.isinf(c):
        return c
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    if exact == 0:
        return _zero_sum_sign(a, b, c)
    return round_fraction(exact)


def _zero_sum_sign(a: float, b: float, c: float) -> float:
    """IEEE: an exact zero sum is -0 only when both addends are -0 (round to nearest)."""
    product_negative = math.copysign(1.0, a) * math.copysign(1.0, b) < 0
    product_zero = a == 0.0 or b == 0.0
    if product_zero and product_negative and math.copysign(1.0, c) < 0:
        return -0.0
    return 0.0


def round_fraction(x: Fraction) -> float:
    """The double nearest to a nonzero rational x (ties to even), ±inf past the largest double."""
    n, d = abs(x.numerator), x.denominator
    # Find e with 2**e <= n/d < 2**(e+1).
    e = n.bit_length() - d.bit_length()
    if (n << max(-e, 0)) < (d << max(e, 0)):
        e -= 1
    q = max(e, _MIN_NORMAL_EXP) - _MANT_BITS  # exponent of one unit in the last place
    num, den = (n, d << q) if q >= 0 else (n << -q, d)
    m, rem = divmod(num, den)
    if 2 * rem > den or (2 * rem == den and m & 1):
        m += 1
    # m has at most 53 bits and q >= -1074, so ldexp is exact unless m * 2**q >= 2**1024.
    magnitude = math.inf if m.bit_length() + q > _OVERFLOW_EXP else math.ldexp(m, q)
    return -magnitude if x < 0 else magnitude
