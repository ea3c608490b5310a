/* aot_big.h: big unsigned integers for the AOT runtime's exact float conversions (aot_big.c). */
#ifndef AOT_BIG_H
#define AOT_BIG_H
#include "aot.h"

/* 4096 bits: parsing's largest number is about 3810 bits (800 significant digits scaled past 10^-1125),
 * printing's about 1140. */
#define BIG_LIMBS 128

typedef struct Big {
    uint64_t n; /* limbs in use; the top one is non-zero (0 is n = 0) */
    uint32_t d[BIG_LIMBS];
} Big;

void jit_aot_big_set(Big *b, uint64_t v) HIDDEN;
void jit_aot_big_mul_add(Big *b, uint32_t m, uint32_t a) HIDDEN; /* b = b * m + a */
void jit_aot_big_mul_pow10(Big *b, uint64_t k) HIDDEN;
void jit_aot_big_shl(Big *b, uint64_t bits) HIDDEN;
void jit_aot_big_shr1(Big *b) HIDDEN;
int64_t jit_aot_big_cmp(const Big *a, const Big *b) HIDDEN;
int64_t jit_aot_big_cmp_sum(const Big *a, const Big *b, const Big *c) HIDDEN; /* sign of a + b - c */
void jit_aot_big_sub(Big *a, const Big *b) HIDDEN;                             /* a -= b, a >= b */
uint64_t jit_aot_big_bits(const Big *b) HIDDEN;
/* The top 64 bits of b (its leading one at bit 63, b != 0); *sticky |= whether any bit below them is set. */
uint64_t jit_aot_big_top64(const Big *b, uint64_t *sticky) HIDDEN;

#endif
