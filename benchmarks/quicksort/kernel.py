"""quicksort -- n LCG values sorted by a recursive Lomuto quicksort that counts its swaps,
then a checksum of the sorted list, as kernel.vm3. Every value is non-negative, so Python's
% is C's."""


def quicksort(a: list[int], lo: int, hi: int) -> int:
    swaps = 0
    if lo >= hi:
        return swaps
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        v = a[j]
        if v < pivot:
            w = a[i]
            a[i] = v
            a[j] = w
            i += 1
            swaps += 1
    w = a[i]
    a[i] = pivot
    a[hi] = w
    swaps += 1
    swaps += quicksort(a, lo, i - 1)
    swaps += quicksort(a, i + 1, hi)
    return swaps


def kernel(n: int) -> int:
    a = []
    x = 1
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a.append(x)
    swaps = quicksort(a, 0, n - 1)
    s = 0
    for k in range(n):
        s = (s * 31 + a[k]) % 1000000007
    return s + swaps
