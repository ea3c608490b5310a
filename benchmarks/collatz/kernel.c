/* collatz -- Collatz steps plus decimal digit sums of every start below n, the same
 * loops and operations as kernel.vm3. */
#include <stdint.h>

static int64_t kernel(int64_t n) {
    int64_t total = 0;
    for (int64_t start = 1; start < n; start++) {
        int64_t x = start;
        while (x != 1) {
            if (x % 2 == 0)
                x = x / 2;
            else
                x = x * 3 + 1;
            total += 1;
        }
        for (int64_t d = start; d != 0; d = d / 10)
            total += d % 10;
    }
    return total;
}

#include "harness.h"
