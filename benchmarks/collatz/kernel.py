"""collatz -- Collatz steps plus decimal digit sums of every start below n, as kernel.vm3.

Every value is positive, so Python's // and % are C's truncating / and %.
"""


def kernel(n: int) -> int:
    total = 0
    for start in range(1, n):
        x = start
        while x != 1:
            x = x // 2 if x % 2 == 0 else x * 3 + 1
            total += 1
        d = start
        while d != 0:
            total += d % 10
            d = d // 10
    return total
