"""matmul -- C = A B for n x n matrices of floats in flat row-major lists, the ijk loop with
the dot product added in k order, then the sum of C, as kernel.vm3."""


def kernel(n: int) -> float:
    a, b, c = [], [], []
    for i in range(n):
        for j in range(n):
            a.append(1.0 / float(i + j + 1))
            b.append(float(i - j) * 0.25)
            c.append(0.0)
    for i in range(n):
        row = i * n
        for j in range(n):
            total = 0.0
            for k in range(n):
                total = total + a[row + k] * b[k * n + j]
            c[row + j] = total
    total = 0.0
    for k in range(n * n):
        total = total + c[k]
    return total
