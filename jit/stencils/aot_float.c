/* f64 as Python's repr() prints it: the shortest digits that read back as the same double, nearest to it,
 * in repr's layout (exponent below 1e-4 and from 1e16 on, at least two exponent digits, ".0" on integers).
 *
 * The digits come from Steele & White's free-format algorithm as Burger & Dybvig state it, over exact big
 * integers: r/s is the value, m+/s and m-/s half the gaps to its neighbours, scaled by a power of ten until
 * the first digit is in front; each step takes the next digit and stops as soon as the digits so far round
 * back to the double from one side or the other.  A boundary itself counts when the double's significand is
 * even (round-half-even reads it back), and where both roundings would do, the nearer wins, ties to an even
 * digit: what David Gay's dtoa (mode 0) gives repr(). */
#include "aot_big.h"

#define FRAC_BITS 52
#define EXP_MASK 0x7FF

/* floor(log10(2^b)) - 1 or one less: 78913 / 2^18 is just under log10(2). */
INLINE int64_t low_log10_pow2(int64_t b) {
    return ((b * 78913) >> 18) - 1;
}

/* The digits of a finite double > 0 (bits without the sign) and its decimal point: value = 0.d1d2... * 10^k. */
uint64_t jit_aot_shortest(uint64_t bits, uint8_t *digits, int64_t *decpt) {
    uint64_t biased = (bits >> FRAC_BITS) & EXP_MASK, frac = bits & ((1ull << FRAC_BITS) - 1);
    uint64_t f = biased ? frac | (1ull << FRAC_BITS) : frac;
    int64_t e = biased ? (int64_t)biased - 1075 : -1074;
    uint64_t asym = frac == 0 && biased > 1; /* a power of two: the gap below is half the gap above */
    uint64_t even = (f & 1) == 0;
    Big r, s, mp, mm;
    if (e >= 0) {
        jit_aot_big_set(&r, f);
        jit_aot_big_shl(&r, (uint64_t)e + 1 + asym);
        jit_aot_big_set(&s, 2ull << asym);
        jit_aot_big_set(&mp, 1);
        jit_aot_big_shl(&mp, (uint64_t)e + asym);
        jit_aot_big_set(&mm, 1);
        jit_aot_big_shl(&mm, (uint64_t)e);
    } else {
        jit_aot_big_set(&r, f << (1 + asym));
        jit_aot_big_set(&s, 1);
        jit_aot_big_shl(&s, (uint64_t)(1 - e) + asym);
        jit_aot_big_set(&mp, 1ull << asym);
        jit_aot_big_set(&mm, 1);
    }
    int64_t k = low_log10_pow2(e + 63 - __builtin_clzll(f));
    if (k >= 0) {
        jit_aot_big_mul_pow10(&s, (uint64_t)k);
    } else {
        jit_aot_big_mul_pow10(&r, (uint64_t)-k);
        jit_aot_big_mul_pow10(&mp, (uint64_t)-k);
        jit_aot_big_mul_pow10(&mm, (uint64_t)-k);
    }
    while (jit_aot_big_cmp_sum(&r, &mp, &s) >= (int64_t)!even) { /* the first digit is still to the left */
        jit_aot_big_mul_add(&s, 10, 0);
        k++;
    }
    *decpt = k;
    uint64_t n = 0;
    for (;;) {
        jit_aot_big_mul_add(&r, 10, 0);
        jit_aot_big_mul_add(&mp, 10, 0);
        jit_aot_big_mul_add(&mm, 10, 0);
        uint64_t d = 0;
        while (jit_aot_big_cmp(&r, &s) >= 0) {
            jit_aot_big_sub(&r, &s);
            d++;
        }
        int64_t low = jit_aot_big_cmp(&r, &mm), high = jit_aot_big_cmp_sum(&r, &mp, &s);
        uint64_t down = even ? low <= 0 : low < 0, up = even ? high >= 0 : high > 0;
        if (!down && !up) {
            digits[n++] = (uint8_t)d;
            continue;
        }
        if (down && up) { /* both round back: the nearer, ties to even (2r against s) */
            int64_t half = jit_aot_big_cmp_sum(&r, &r, &s);
            up = half > 0 || (half == 0 && (d & 1));
        }
        digits[n++] = (uint8_t)(d + up);
        return n;
    }
}

INLINE void out_digits(Out *o, const uint8_t *digits, uint64_t from, uint64_t to) {
    for (uint64_t i = from; i < to; i++)
        out_byte(o, (uint8_t)('0' + digits[i]));
}

INLINE void out_zeros(Out *o, uint64_t n) {
    for (uint64_t i = 0; i < n; i++)
        out_byte(o, '0');
}

void jit_aot_out_f64(Out *o, uint64_t bits) {
    uint64_t biased = (bits >> FRAC_BITS) & EXP_MASK, frac = bits & ((1ull << FRAC_BITS) - 1);
    if (biased == EXP_MASK && frac) {
        jit_aot_out_text(o, VM_AOT_TEXT_NAN); /* whatever its sign */
        return;
    }
    if (bits >> 63)
        out_byte(o, '-');
    if (biased == EXP_MASK) {
        jit_aot_out_text(o, VM_AOT_TEXT_INF);
        return;
    }
    if ((bits << 1) == 0) {
        out_byte(o, '0');
        out_byte(o, '.');
        out_byte(o, '0');
        return;
    }
    uint8_t digits[20];
    int64_t k;
    uint64_t n = jit_aot_shortest(bits & ~(1ull << 63), digits, &k);
    if (k <= -4 || k > 16) {
        out_digits(o, digits, 0, 1);
        if (n > 1) {
            out_byte(o, '.');
            out_digits(o, digits, 1, n);
        }
        int64_t x = k - 1;
        out_byte(o, 'e');
        out_byte(o, x < 0 ? '-' : '+');
        if (x > -10 && x < 10)
            out_byte(o, '0');
        jit_aot_out_u64(o, (uint64_t)(x < 0 ? -x : x));
    } else if (k <= 0) {
        out_byte(o, '0');
        out_byte(o, '.');
        out_zeros(o, (uint64_t)-k);
        out_digits(o, digits, 0, n);
    } else if ((uint64_t)k >= n) {
        out_digits(o, digits, 0, n);
        out_zeros(o, (uint64_t)k - n);
        out_byte(o, '.');
        out_byte(o, '0');
    } else {
        out_digits(o, digits, 0, (uint64_t)k);
        out_byte(o, '.');
        out_digits(o, digits, (uint64_t)k, n);
    }
}
