/* quicksort -- n LCG values sorted by a recursive Lomuto quicksort that counts its swaps,
 * then a checksum of the sorted array, as kernel.vm3. */
#include <stdint.h>
#include <stdlib.h>

static int64_t quicksort(int64_t *a, int64_t lo, int64_t hi) {
    int64_t swaps = 0;
    if (lo >= hi)
        return swaps;
    int64_t pivot = a[hi];
    int64_t i = lo;
    for (int64_t j = lo; j < hi; j++) {
        int64_t v = a[j];
        if (v < pivot) {
            int64_t w = a[i];
            a[i] = v;
            a[j] = w;
            i++;
            swaps++;
        }
    }
    int64_t w = a[i];
    a[i] = pivot;
    a[hi] = w;
    swaps++;
    swaps += quicksort(a, lo, i - 1);
    swaps += quicksort(a, i + 1, hi);
    return swaps;
}

static int64_t kernel(int64_t n) {
    int64_t *a = malloc((size_t)(n > 0 ? n : 1) * sizeof *a);
    if (a == NULL)
        abort();
    int64_t x = 1;
    for (int64_t k = 0; k < n; k++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        a[k] = x;
    }
    int64_t swaps = quicksort(a, 0, n - 1);
    int64_t s = 0;
    for (int64_t k = 0; k < n; k++)
        s = (s * 31 + a[k]) % 1000000007;
    free(a);
    return s + swaps;
}

#include "harness.h"
