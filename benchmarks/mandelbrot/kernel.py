"""mandelbrot -- the same grid, iteration and operation order as kernel.vm3."""


def kernel(n: int) -> int:
    step = 2.0 / float(n)
    count = 0
    for row in range(n):
        ci = float(row) * step - 1.0
        for col in range(n):
            cr = float(col) * step - 1.5
            zr = zi = 0.0
            it = 0
            while it < 50:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                it += 1
            if it == 50:
                count += 1
    return count
