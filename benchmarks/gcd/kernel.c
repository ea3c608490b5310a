/* gcd -- the sum of gcd(i, j) over 1 <= i, j <= n, Euclid's algorithm as a tail-recursive
 * function, as kernel.vm3. */
#include <stdint.h>

static int64_t gcd(int64_t a, int64_t b) {
    if (b == 0)
        return a;
    return gcd(b, a % b);
}

static int64_t kernel(int64_t n) {
    int64_t total = 0;
    for (int64_t i = 1; i <= n; i++)
        for (int64_t j = 1; j <= n; j++)
            total += gcd(i, j);
    return total;
}

#include "harness.h"
