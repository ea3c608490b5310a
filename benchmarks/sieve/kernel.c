/* sieve -- eight rounds of the sieve of Eratosthenes over one array of flags, as kernel.vm3. */
#include <stdint.h>
#include <stdlib.h>

static int64_t kernel(int64_t n) {
    int64_t *flags = malloc((size_t)(n > 0 ? n : 1) * sizeof *flags);
    if (flags == NULL)
        abort();
    for (int64_t k = 0; k < n; k++)
        flags[k] = 1;
    int64_t count = 0;
    for (int64_t r = 0; r < 8; r++) {
        int64_t limit = n - r;
        for (int64_t k = 0; k < limit; k++)
            flags[k] = 1;
        for (int64_t p = 2; p < limit; p++) {
            if (flags[p] == 0)
                continue;
            count++;
            for (int64_t m = p * p; m < limit; m += p)
                flags[m] = 0;
        }
    }
    free(flags);
    return count;
}

#include "harness.h"
