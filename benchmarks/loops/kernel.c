/* loops -- an integer loop nest, the same nest and order as kernel.vm3. */
#include <stdint.h>

static int64_t kernel(int64_t n) {
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++) {
        for (int64_t j = 0; j < n; j++) {
            int64_t t = i * j;
            for (int64_t k = 0; k < n; k++)
                s = (s * 31 + t + k) % 1000003;
        }
    }
    return s;
}

#include "harness.h"
