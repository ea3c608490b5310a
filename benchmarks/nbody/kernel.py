"""nbody -- five bodies in 3-D, the same operations in the same order as kernel.vm3."""

from math import sqrt

BODIES = 5


def kernel(steps: int) -> float:
    x = [0.0, 1.0, 0.0, -2.5, 0.0]
    y = [0.0, 0.0, -1.5, 0.0, 4.0]
    z = [0.0, 0.0, 0.05, -0.1, 0.2]
    vx = [0.0, 0.0, 0.8, 0.0, -0.5]
    vy = [0.0, 1.0, 0.0, -0.63, 0.0]
    vz = [0.0, 0.01, 0.0, 0.0, 0.002]
    m = [1.0, 0.001, 0.0005, 0.0008, 0.0002]
    dt = 0.01
    for _ in range(steps):
        for i in range(BODIES):
            for j in range(i + 1, BODIES):
                dx = x[i] - x[j]
                dy = y[i] - y[j]
                dz = z[i] - z[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * sqrt(d2))
                mj = m[j] * mag
                mi = m[i] * mag
                vx[i] = vx[i] - dx * mj
                vy[i] = vy[i] - dy * mj
                vz[i] = vz[i] - dz * mj
                vx[j] = vx[j] + dx * mi
                vy[j] = vy[j] + dy * mi
                vz[j] = vz[j] + dz * mi
        for i in range(BODIES):
            x[i] = x[i] + dt * vx[i]
            y[i] = y[i] + dt * vy[i]
            z[i] = z[i] + dt * vz[i]
    e = 0.0
    for i in range(BODIES):
        e = e + 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
        for j in range(i + 1, BODIES):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            e = e - m[i] * m[j] / sqrt(dx * dx + dy * dy + dz * dz)
    return e
