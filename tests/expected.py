"""Plain-Python versions of the algorithms in examples/*.vm3, written independently of vm3.

Each function takes the example's entry arguments and returns the text `jit run` prints
for them (docs/semantics.md, "Printing results"). They model vm3 exactly where it matters: f64
operations in the same order (FmaF64 rounded once, via jit.interp.fma), int48 list elements.
"""

from __future__ import annotations

import math

from jit.interp.fma import fma
from jit.program.cell import sext48


def fib(n: int) -> str:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return str(a)


def _collatz_length(start: int) -> int:
    """Terms in the chain from start down to 1 (the chain of 1 has one term)."""
    terms, x = 1, start
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        terms += 1
    return terms


def collatz(n: int) -> str:
    best = max(range(1, n), key=lambda s: (_collatz_length(s), -s), default=0)
    return str(best)


def sieve(n: int) -> str:
    return str(sum(1 for k in range(2, n) if all(k % d for d in range(2, math.isqrt(k) + 1))))


def memo(n: int) -> str:
    return str(sum(_collatz_length(s) for s in range(1, n)))


def rings(n: int) -> str:
    counts: dict[int, int] = {}
    for x in range(n):
        for y in range(n):
            ring = math.isqrt(x * x + y * y)
            counts[ring] = counts.get(ring, 0) + 1
    return "{" + ", ".join(f"{k}: {v}" for k, v in counts.items()) + "}"


def pascal(n: int) -> str:
    rows: list[list[int]] = []
    for i in range(n):
        prev = rows[-1] if rows else []
        rows.append([1] + [sext48(prev[j - 1] + prev[j]) for j in range(1, i)] + ([1] if i else []))
    return "[" + ", ".join("[" + ", ".join(map(str, row)) + "]" for row in rows) + "]"


def fizzbuzz(n: int) -> str:
    def item(k: int) -> str:
        word = ("Fizz" if k % 3 == 0 else "") + ("Buzz" if k % 5 == 0 else "")
        return f'"{word}"' if word else str(k)

    return "[" + ", ".join(item(k) for k in range(1, n + 1)) + "]"


def concat(n: int) -> str:
    s = ",".join(str(k) for k in range(1, n + 1))
    return f"{s} ({len(s.encode())} bytes)"


def tailsum(n: int) -> str:
    return str(sum(range(1, n + 1)) if n >= 0 else -sum(range(1, -n + 1)))


def gcd(n: int) -> str:
    return str(sum(math.lcm(a, b) for b in range(2, n + 1) for a in range(1, b)))


_DIGIT_SEGMENTS = "6255456376"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"))
_ROMAN += ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(k: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while k >= value:
            out.append(letters)
            k -= value
    return "".join(out)


def switch(n: int) -> str:
    def segments(k: int) -> int:
        return sum(int(_DIGIT_SEGMENTS[int(d)]) for d in str(k))

    return str(sum(1 for k in range(1, min(n, 3999) + 1) if segments(k) == len(_roman(k))))


def mandelbrot(n: int) -> str:
    step = 2.5 / float(n)
    inside = 0
    for row in range(n):
        cy = float(row) * step + -1.25
        for col in range(n):
            cx = float(col) * step + -2.0
            inside += _in_mandelbrot(cx, cy)
    return str(inside)


def _in_mandelbrot(cx: float, cy: float) -> bool:
    x4, cy2 = cx - 0.25, cy * cy
    q = x4 * x4 + cy2
    if not q * (q + x4) > 0.25 * cy2:
        return True  # main cardioid
    if not (cx + 1.0) * (cx + 1.0) + cy2 >= 0.0625:
        return True  # period-2 bulb
    zr = zi = 0.0
    for _ in range(50):
        zr2, zi2 = zr * zr, zi * zi
        if not zr2 + zi2 < 4.0:
            return False
        t = zr * zi
        new_zi = (t + t) + cy
        new_zr = (zr2 - zi2) + cx
        if new_zr == zr and new_zi == zi:
            return True  # a fixed point
        zr, zi = new_zr, new_zi
    return True


def nbody(steps: int) -> str:
    dt = 0.01
    x = [0.0, 1.0, 0.0, -3.0]
    y = [0.0, 0.0, 2.0, 0.0]
    vx = [0.0, 0.0, -0.7, 0.0]
    vy = [0.0, 1.0, 0.0, -0.577]
    m = [1.0, 0.001, 0.002, 0.0005]
    bodies = len(m)
    for _ in range(steps):
        for i in range(bodies):
            for j in range(i + 1, bodies):
                dx, dy = x[i] - x[j], y[i] - y[j]
                d2 = fma(dx, dx, dy * dy)
                mag = dt / (d2 * math.sqrt(d2))
                mj, mi = m[j] * mag, m[i] * mag
                vx[i] -= dx * mj
                vy[i] -= dy * mj
                vx[j] = fma(dx, mi, vx[j])
                vy[j] = fma(dy, mi, vy[j])
        for i in range(bodies):
            x[i] = fma(dt, vx[i], x[i])
            y[i] = fma(dt, vy[i], y[i])
    e = 0.0
    for i in range(bodies):
        e = fma(0.5 * m[i], fma(vx[i], vx[i], vy[i] * vy[i]), e)
        for j in range(i + 1, bodies):
            dx, dy = x[i] - x[j], y[i] - y[j]
            e -= m[i] * m[j] / math.sqrt(fma(dx, dx, dy * dy))
    return repr(e)


def mixed(n: int, x: float) -> str:
    coeffs = [float(k + 1) for k in range(n)]
    p = 0.0
    for c in coeffs:
        p = fma(p, x, c)
    return repr(p / float(sum(1 for c in coeffs if c > x)))


def deopt(n: int) -> str:
    facts = [1]
    for k in range(1, n + 1):
        if facts[-1] * k > (1 << 47) - 1:
            return "deopt@8"
        facts.append(facts[-1] * k)
    return "[" + ", ".join(map(str, facts)) + "]"
