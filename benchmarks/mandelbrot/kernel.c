/* mandelbrot -- points of an n x n grid over [-1.5, 0.5) x [-1, 1) whose orbit stays
 * within |z| <= 2 for 50 iterations; the same operations in the same order as
 * kernel.vm3 (build with -ffp-contract=off). */
#include <stdint.h>

static int64_t kernel(int64_t n) {
    double step = 2.0 / (double)n;
    int64_t count = 0;
    for (int64_t row = 0; row < n; row++) {
        double ci = (double)row * step - 1.0;
        for (int64_t col = 0; col < n; col++) {
            double cr = (double)col * step - 1.5;
            double zr = 0.0, zi = 0.0;
            int64_t it = 0;
            while (it < 50) {
                double zr2 = zr * zr;
                double zi2 = zi * zi;
                if (zr2 + zi2 > 4.0)
                    break;
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                it++;
            }
            if (it == 50)
                count++;
        }
    }
    return count;
}

#include "harness.h"
