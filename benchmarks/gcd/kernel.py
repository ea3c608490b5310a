"""gcd -- the sum of gcd(i, j) over 1 <= i, j <= n, Euclid's algorithm as a (tail-)recursive
function, as kernel.vm3. Every operand is positive, so Python's % is C's."""


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def kernel(n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            total += gcd(i, j)
    return total
