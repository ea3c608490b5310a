/* matmul -- C = A B for n x n matrices of doubles in flat row-major arrays, the ijk loop
 * with the dot product added in k order, then the sum of C, as kernel.vm3. Build with
 * -ffp-contract=off so that no multiply and add are fused. */
#include <stdint.h>
#include <stdlib.h>

static double kernel(int64_t n) {
    size_t count = (size_t)(n > 0 ? n * n : 1);
    double *a = malloc(count * sizeof *a), *b = malloc(count * sizeof *b), *c = malloc(count * sizeof *c);
    if (a == NULL || b == NULL || c == NULL)
        abort();
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++) {
            a[i * n + j] = 1.0 / (double)(i + j + 1);
            b[i * n + j] = (double)(i - j) * 0.25;
        }
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++) {
            double sum = 0.0;
            for (int64_t k = 0; k < n; k++)
                sum = sum + a[i * n + k] * b[k * n + j];
            c[i * n + j] = sum;
        }
    double total = 0.0;
    for (int64_t k = 0; k < n * n; k++)
        total = total + c[k];
    free(a);
    free(b);
    free(c);
    return total;
}

#include "harness.h"
