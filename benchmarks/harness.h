/* harness.h -- the timed main() shared by every kernel.c; include it after kernel().
 *
 * `./kernel N` prints "RESULT SECONDS": the kernel's result (i64 in decimal, f64
 * with 17 significant digits, which reads back to the same bits) and the time
 * kernel(N) took, measured inside the process so that start-up is not counted.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void print_i64(int64_t r) { printf("%" PRId64, r); }
static void print_f64(double r) { printf("%.17g", r); }
#define PRINT_RESULT(r) _Generic((r), double: print_f64, default: print_i64)(r)

int main(int argc, char **argv) {
    char *end;
    if (argc != 2) {
        fprintf(stderr, "usage: %s N\n", argv[0]);
        return 2;
    }
    int64_t n = strtoll(argv[1], &end, 10);
    if (*argv[1] == '\0' || *end != '\0') {
        fprintf(stderr, "%s: N must be an integer, got %s\n", argv[0], argv[1]);
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    __typeof__(kernel(n)) r = kernel(n);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    PRINT_RESULT(r);
    printf(" %.9f\n", (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec));
    return 0;
}
