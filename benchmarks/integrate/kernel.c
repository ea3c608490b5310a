/* integrate -- the midpoint rule for the integral of sqrt(1 + x x) / (1 + x) over [0, 1]
 * with n steps, through the same two functions and operations as kernel.vm3. Build with
 * -ffp-contract=off so that no multiply and add are fused. */
#include <math.h>
#include <stdint.h>

static double f(double x) { return sqrt(1.0 + x * x) / (1.0 + x); }

static double midpoint(int64_t k, double h) { return ((double)k + 0.5) * h; }

static double kernel(int64_t n) {
    double h = 1.0 / (double)n;
    double s = 0.0;
    for (int64_t k = 0; k < n; k++)
        s = s + f(midpoint(k, h));
    return s * h;
}

#include "harness.h"
