"""loops -- an integer loop nest, the same nest and order as kernel.vm3."""


def kernel(n: int) -> int:
    s = 0
    for i in range(n):
        for j in range(n):
            t = i * j
            for k in range(n):
                s = (s * 31 + t + k) % 1000003
    return s
