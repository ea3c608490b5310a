"""maps -- a map workload, the same updates and reads in the same order as kernel.vm3."""


def kernel(n: int) -> int:
    sums: dict[int, int] = {}
    for i in range(n):
        k = i * 7919 % 100003
        sums[k] = sums.get(k, 0) + i
    s = 0
    for k in range(100003):
        s = (s * 31 + sums.get(k, 0)) % 1000000007
    return s
