"""sieve -- eight rounds of the sieve of Eratosthenes over one list of flags, as kernel.vm3."""


def kernel(n: int) -> int:
    flags = [1] * max(n, 0)
    count = 0
    for r in range(8):
        limit = n - r
        for k in range(limit):
            flags[k] = 1
        for p in range(2, limit):
            if flags[p] == 0:
                continue
            count += 1
            for m in range(p * p, limit, p):
                flags[m] = 0
    return count
