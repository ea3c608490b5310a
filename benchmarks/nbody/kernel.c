/* nbody -- five bodies in 3-D under gravity (G = 1), symplectic Euler with dt = 0.01,
 * then the total energy. The same operations in the same order as kernel.vm3; build
 * with -ffp-contract=off so that no multiply and add are fused. */
#include <math.h>
#include <stdint.h>

#define BODIES 5

static double kernel(int64_t steps) {
    double x[BODIES] = {0.0, 1.0, 0.0, -2.5, 0.0};
    double y[BODIES] = {0.0, 0.0, -1.5, 0.0, 4.0};
    double z[BODIES] = {0.0, 0.0, 0.05, -0.1, 0.2};
    double vx[BODIES] = {0.0, 0.0, 0.8, 0.0, -0.5};
    double vy[BODIES] = {0.0, 1.0, 0.0, -0.63, 0.0};
    double vz[BODIES] = {0.0, 0.01, 0.0, 0.0, 0.002};
    double m[BODIES] = {1.0, 0.001, 0.0005, 0.0008, 0.0002};
    const double dt = 0.01;
    for (int64_t s = 0; s < steps; s++) {
        for (int i = 0; i < BODIES; i++) {
            for (int j = i + 1; j < BODIES; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double dz = z[i] - z[j];
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * sqrt(d2));
                double mj = m[j] * mag;
                double mi = m[i] * mag;
                vx[i] = vx[i] - dx * mj;
                vy[i] = vy[i] - dy * mj;
                vz[i] = vz[i] - dz * mj;
                vx[j] = vx[j] + dx * mi;
                vy[j] = vy[j] + dy * mi;
                vz[j] = vz[j] + dz * mi;
            }
        }
        for (int i = 0; i < BODIES; i++) {
            x[i] = x[i] + dt * vx[i];
            y[i] = y[i] + dt * vy[i];
            z[i] = z[i] + dt * vz[i];
        }
    }
    double e = 0.0;
    for (int i = 0; i < BODIES; i++) {
        e = e + 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
        for (int j = i + 1; j < BODIES; j++) {
            double dx = x[i] - x[j];
            double dy = y[i] - y[j];
            double dz = z[i] - z[j];
            e = e - m[i] * m[j] / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

#include "harness.h"
