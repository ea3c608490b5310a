"""strings -- string building, the same concatenations in the same order as kernel.vm3."""

DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]


def itoa(x: int) -> str:
    if x <= 0:
        return DIGITS[0]
    s = ""
    while x > 0:
        s = DIGITS[x % 10] + s
        x //= 10
    return s


def kernel(n: int) -> int:
    total = 0
    for i in range(n):
        line = ""
        for k in range(1, 9):
            line = line + itoa(i * k)
            line = line + ","
        total += len(line)
    return total
