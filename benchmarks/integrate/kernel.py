"""integrate -- the midpoint rule for the integral of sqrt(1 + x x) / (1 + x) over [0, 1]
with n steps, through the same two functions and operations as kernel.vm3."""

from math import sqrt


def f(x: float) -> float:
    return sqrt(1.0 + x * x) / (1.0 + x)


def midpoint(k: int, h: float) -> float:
    return (float(k) + 0.5) * h


def kernel(n: int) -> float:
    h = 1.0 / float(n)
    s = 0.0
    for k in range(n):
        s = s + f(midpoint(k, h))
    return s * h
