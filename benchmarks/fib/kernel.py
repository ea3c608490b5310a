"""fib -- recursive Fibonacci, the same recursion as kernel.vm3."""


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def kernel(n: int) -> int:
    return fib(n)
