/* Big unsigned integers for exact decimal <-> binary conversion (aot_float.c): 32-bit limbs, least
 * significant first, with 64-bit intermediates only (no 128-bit division, which would need a libcall). */
#include "aot_big.h"

void jit_aot_big_set(Big *b, uint64_t v) {
    b->d[0] = (uint32_t)v;
    b->d[1] = (uint32_t)(v >> 32);
    b->n = v >> 32 ? 2 : v ? 1 : 0;
}

void jit_aot_big_mul_add(Big *b, uint32_t m, uint32_t a) {
    uint64_t carry = a;
    for (uint64_t i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        b->d[b->n++] = (uint32_t)carry;
}

void jit_aot_big_mul_pow10(Big *b, uint64_t k) {
    for (; k >= 9; k -= 9)
        jit_aot_big_mul_add(b, 1000000000, 0);
    uint32_t m = 1;
    for (; k > 0; k--)
        m *= 10;
    jit_aot_big_mul_add(b, m, 0);
}

void jit_aot_big_shl(Big *b, uint64_t bits) {
    if (b->n == 0)
        return;
    uint64_t words = bits / 32, s = bits % 32;
    uint64_t n = b->n;
    b->d[n + words] = 0;
    for (uint64_t i = n; i-- > 0;) {
        uint64_t v = (uint64_t)b->d[i] << s;
        b->d[i + words + 1] |= (uint32_t)(v >> 32);
        b->d[i + words] = (uint32_t)v;
    }
    for (uint64_t i = 0; i < words; i++)
        b->d[i] = 0;
    b->n = n + words + 1;
    while (b->n && b->d[b->n - 1] == 0)
        b->n--;
}

void jit_aot_big_shr1(Big *b) {
    for (uint64_t i = 0; i < b->n; i++)
        b->d[i] = (b->d[i] >> 1) | (i + 1 < b->n ? b->d[i + 1] << 31 : 0);
    if (b->n && b->d[b->n - 1] == 0)
        b->n--;
}

int64_t jit_aot_big_cmp(const Big *a, const Big *b) {
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (uint64_t i = a->n; i-- > 0;)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* The sign of a + b - c. */
int64_t jit_aot_big_cmp_sum(const Big *a, const Big *b, const Big *c) {
    Big s;
    uint64_t n = a->n > b->n ? a->n : b->n, carry = 0;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t t = (uint64_t)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0) + carry;
        s.d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        s.d[n++] = (uint32_t)carry;
    s.n = n;
    return jit_aot_big_cmp(&s, c);
}

void jit_aot_big_sub(Big *a, const Big *b) {
    uint64_t borrow = 0;
    for (uint64_t i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        a->d[i] = (uint32_t)t;
        borrow = t >> 63;
    }
    while (a->n && a->d[a->n - 1] == 0)
        a->n--;
}

uint64_t jit_aot_big_bits(const Big *b) {
    return b->n ? 32 * b->n - (uint64_t)__builtin_clz(b->d[b->n - 1]) : 0;
}

uint64_t jit_aot_big_top64(const Big *b, uint64_t *sticky) {
    uint64_t bits = jit_aot_big_bits(b), top = 0;
    for (uint64_t k = 0; k < 64; k++) {
        top <<= 1;
        if (k < bits) {
            uint64_t i = bits - 1 - k;
            top |= (b->d[i / 32] >> (i % 32)) & 1;
        }
    }
    if (bits > 64) {
        uint64_t low = bits - 64; /* the bits below the top 64 */
        for (uint64_t i = 0; i < low / 32; i++)
            *sticky |= b->d[i] != 0;
        if (low % 32)
            *sticky |= (b->d[low / 32] & ((1u << (low % 32)) - 1)) != 0;
    }
    return top;
}
