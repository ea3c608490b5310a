/* jit_rt_fma: a*b + c with a single rounding (round to nearest, ties to even), in integer
 * arithmetic.  Only x86-64 needs it: FmaF64 must run under Unicorn, whose x86-64 CPU has no
 * FMA3; arm64's fmadd is in the base ISA. */
#include "vm3.h"

#if defined(__x86_64__)

typedef unsigned __int128 u128;

#define MANT_BITS 52
#define EXP_MASK 0x7FF
#define TOP 124 /* both addends are normalised to have their leading one at this bit */

INLINE int clz128(u128 x) {
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)x);
}

/* x = m * 2^e (m < 2^53) for a finite nonzero double. */
INLINE uint64_t split(uint64_t bits, int64_t *e) {
    uint64_t biased = (bits >> MANT_BITS) & EXP_MASK, frac = bits & ((1ull << MANT_BITS) - 1);
    *e = (biased ? (int64_t)biased : 1) - 1075;
    return biased ? frac | (1ull << MANT_BITS) : frac;
}

/* Shift m (nonzero) so that its leading one is at bit TOP, adjusting its exponent. */
INLINE u128 normalise(u128 m, int64_t *e) {
    int shift = clz128(m) - (127 - TOP);
    *e -= shift;
    return m << shift;
}

/* The double nearest to (-1)^sign * m * 2^e, m != 0 with its leading one at or below bit TOP + 1. */
INLINE double round_to_double(uint64_t sign, u128 m, int64_t e) {
    int64_t msb = 127 - clz128(m);
    int64_t q = msb + e - MANT_BITS; /* exponent of the last kept bit */
    if (q < -1074)
        q = -1074; /* subnormal: the quantum is fixed */
    int64_t shift = q - e;
    u128 r;
    if (shift <= 0) {
        r = m << -shift; /* exact: fewer than 53 significant bits */
    } else {
        r = m >> shift;
        u128 rem = m & (((u128)1 << shift) - 1), half = (u128)1 << (shift - 1);
        if (rem > half || (rem == half && (r & 1)))
            r++;
        if (r >> (MANT_BITS + 1)) { /* rounding carried into a new bit */
            r >>= 1;
            q++;
        }
    }
    uint64_t bits;
    if (!(r >> MANT_BITS))
        bits = (uint64_t)r; /* subnormal (q == -1074) */
    else if (q + 1075 >= EXP_MASK)
        bits = (uint64_t)EXP_MASK << MANT_BITS; /* overflow: infinity */
    else
        bits = ((uint64_t)(q + 1075) << MANT_BITS) | ((uint64_t)r & ((1ull << MANT_BITS) - 1));
    return bits_f64(bits | sign);
}

double jit_rt_fma(double a, double b, double c) {
    uint64_t xa = f64_bits(a), xb = f64_bits(b), xc = f64_bits(c);
    int finite_a = ((xa >> MANT_BITS) & EXP_MASK) != EXP_MASK, finite_b = ((xb >> MANT_BITS) & EXP_MASK) != EXP_MASK;
    if (!finite_a || !finite_b)
        return a * b + c; /* the product is exactly inf or NaN: one rounding is all there is */
    if (((xc >> MANT_BITS) & EXP_MASK) == EXP_MASK)
        return c; /* a finite product cannot change an infinite or NaN addend */
    if (a == 0 || b == 0)
        return a * b + c; /* the product is an exact signed zero */
    if (c == 0)
        return a * b; /* the exact sum is the nonzero product */

    uint64_t sign_mask = 0x8000000000000000;
    int64_t ea, eb, ep, ec;
    uint64_t ma = split(xa, &ea), mb = split(xb, &eb);
    ep = ea + eb;
    u128 mp = normalise((u128)ma * mb, &ep);
    u128 mc = normalise(split(xc, &ec), &ec);
    uint64_t sp = (xa ^ xb) & sign_mask, sc = xc & sign_mask;

    /* x: the addend of larger magnitude; y is shifted down to its scale, lost bits kept sticky. */
    int p_larger = ep > ec || (ep == ec && mp >= mc);
    u128 mx = p_larger ? mp : mc, my = p_larger ? mc : mp;
    int64_t ex = p_larger ? ep : ec, d = ex - (p_larger ? ec : ep);
    uint64_t sx = p_larger ? sp : sc, sy = p_larger ? sc : sp;
    if (d >= 128) {
        my = 1;
    } else if (d > 0) {
        u128 sticky = (my << (128 - d)) != 0;
        my = (my >> d) | sticky;
    }
    u128 m = sx == sy ? mx + my : mx - my;
    if (m == 0)
        return 0.0; /* exact cancellation of nonzero addends: +0 when rounding to nearest */
    return round_to_double(sx, m, ex);
}

#endif
