/* Numbers from command-line words, exactly as jit.program.verify parses entry arguments: Python's int(text, 0),
 * then int(text, 10), and float(text), on the ASCII form jit_aot_asciify makes of a word.
 *
 * Both take surrounding whitespace and single underscores between digits.  float() is exact: the decimal
 * significand (its first 800 significant digits, then a 1 if any later digit is not 0: enough, since a number
 * halfway between two doubles has at most 767) times a power of ten, divided out in big integers and rounded
 * once, to nearest, ties to even, with subnormals and overflow to infinity as IEEE 754 has them. */
#include "aot_big.h"

#define MAX_DIGITS 800
#define EXP_CLAMP 100000000 /* any decimal exponent past this is as good as infinite */

INLINE uint64_t is_space(uint8_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

INLINE uint64_t is_digit(uint8_t c) {
    return c >= '0' && c <= '9';
}

INLINE uint8_t lower(uint8_t c) {
    return c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32) : c;
}

/* The word without its surrounding whitespace: [*from, *to). */
INLINE void strip(const uint8_t *p, uint64_t n, uint64_t *from, uint64_t *to) {
    uint64_t a = 0, b = n;
    while (a < b && is_space(p[a]))
        a++;
    while (b > a && is_space(p[b - 1]))
        b--;
    *from = a;
    *to = b;
}

/* The value of an ASCII digit in `base` (2, 8, 10 or 16), or 16 if it is none. */
INLINE uint64_t digit_value(uint8_t c, uint64_t base) {
    uint64_t v = is_digit(c) ? (uint64_t)(c - '0') : c >= 'a' && c <= 'f' ? (uint64_t)(c - 'a' + 10) : 16;
    v = c >= 'A' && c <= 'F' ? (uint64_t)(c - 'A' + 10) : v;
    return v < base ? v : 16;
}

uint64_t jit_aot_parse_int(const uint8_t *p, uint64_t n, uint64_t prefixes, int64_t lo, int64_t hi, int64_t *out) {
    uint64_t i, end;
    strip(p, n, &i, &end);
    uint64_t negative = i < end && p[i] == '-';
    if (i < end && (p[i] == '-' || p[i] == '+'))
        i++;
    uint64_t base = 10;
    if (prefixes && end - i >= 2 && p[i] == '0') {
        uint8_t x = lower(p[i + 1]);
        base = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 10;
        if (base != 10) {
            i += 2;
            if (i < end && p[i] == '_') /* one underscore may follow the prefix */
                i++;
        }
    }
    uint64_t magnitude = 0, digits = 0, overflow = 0;
    for (uint64_t k = i; k < end; k++) {
        if (p[k] == '_' && k > i && k + 1 < end && p[k - 1] != '_')
            continue; /* between two digits (the next one is checked as a digit) */
        uint64_t d = digit_value(p[k], base);
        if (d == 16)
            return PARSED_BAD;
        digits++;
        if (magnitude > (~(uint64_t)0 - d) / base)
            overflow = 1;
        magnitude = magnitude * base + d;
    }
    uint64_t limit = program()->int_digits;
    if (digits == 0 || (base == 10 && limit && digits > limit))
        return PARSED_BAD; /* int() refuses more decimal digits than sys.get_int_max_str_digits() */
    uint64_t top = negative ? 0 - (uint64_t)lo : (uint64_t)hi;
    if (overflow || magnitude > top)
        return PARSED_RANGE;
    *out = negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
    return PARSED_OK;
}

/* "inf", "infinity" or "nan" in any case, from p[i] to the end. */
INLINE uint64_t special(const uint8_t *p, uint64_t i, uint64_t end, uint64_t *bits) {
    uint64_t len = end - i, word = 0;
    if (len != 3 && len != 8)
        return 0;
    for (uint64_t k = 0; k < len; k++)
        word |= (uint64_t)lower(p[i + k]) << (8 * k);
    if (word == 0x666E69 || word == 0x7974696E69666E69) /* "inf", "infinity", little-endian */
        *bits = 0x7FF0000000000000;
    else if (word == 0x6E616E) /* "nan" */
        *bits = 0x7FF8000000000000;
    else
        return 0;
    return 1;
}

/* The double nearest to top * 2^exp2 (top has its leading one at bit 63; `sticky`: something nonzero lies
 * below it), rounding once, to nearest, ties to even. */
INLINE uint64_t round_double(uint64_t top, int64_t exp2, uint64_t sticky) {
    int64_t lead = exp2 + 63; /* the binary exponent of the leading one */
    if (lead >= 1024)
        return 0x7FF0000000000000;
    int64_t kept = lead >= -1022 ? 53 : lead + 1074 + 1; /* significand bits the double has room for */
    if (kept <= 0) /* below half the smallest subnormal, or at least half of it when kept == 0 */
        return kept == 0 && (top > (1ull << 63) || sticky) ? 1 : 0;
    uint64_t drop = 64 - (uint64_t)kept, mant = top >> drop, rest = top & ((1ull << drop) - 1);
    uint64_t half = 1ull << (drop - 1);
    if (rest > half || (rest == half && (sticky || (mant & 1))))
        mant++;
    if (lead < -1022)
        return mant; /* subnormal; a carry to 2^52 is the smallest normal, exactly what these bits say */
    if (mant >> 53) {
        mant >>= 1;
        if (++lead >= 1024)
            return 0x7FF0000000000000;
    }
    return (uint64_t)(lead + 1023) << 52 | (mant & ((1ull << 52) - 1));
}

/* The double nearest to digits * 10^exp10 (digits a non-zero integer of `ndigits` decimal digits). */
INLINE uint64_t decimal_to_double(Big *digits, uint64_t ndigits, int64_t exp10) {
    if ((int64_t)ndigits + exp10 - 1 >= 309)
        return 0x7FF0000000000000; /* at least 10^309 */
    if ((int64_t)ndigits + exp10 < -324)
        return 0; /* below 10^-325, less than half the smallest subnormal */
    uint64_t sticky = 0;
    if (exp10 >= 0) {
        jit_aot_big_mul_pow10(digits, (uint64_t)exp10);
        uint64_t bits = jit_aot_big_bits(digits);
        uint64_t top = jit_aot_big_top64(digits, &sticky);
        return round_double(top, (int64_t)bits - 64, sticky);
    }
    /* q = floor(N / M) with N / M = digits / 10^-exp10 * 2^shift, q in [2^63, 2^64). */
    Big m;
    jit_aot_big_set(&m, 1);
    jit_aot_big_mul_pow10(&m, (uint64_t)-exp10);
    int64_t shift = (int64_t)jit_aot_big_bits(&m) + 63 - (int64_t)jit_aot_big_bits(digits);
    if (shift >= 0)
        jit_aot_big_shl(digits, (uint64_t)shift);
    else
        jit_aot_big_shl(&m, (uint64_t)-shift);
    if (jit_aot_big_cmp_sum(&m, &m, digits) <= 0) { /* N >= 2M: the quotient reaches 2^64 */
        jit_aot_big_shl(&m, 1);
        shift--;
    }
    jit_aot_big_shl(&m, 63);
    uint64_t q = 0;
    for (uint64_t b = 64; b-- > 0;) {
        if (jit_aot_big_cmp(digits, &m) >= 0) {
            jit_aot_big_sub(digits, &m);
            q |= 1ull << b;
        }
        jit_aot_big_shr1(&m);
    }
    sticky = digits->n != 0;
    int64_t lz = __builtin_clzll(q); /* 0 or 1 */
    return round_double(q << lz, -shift - lz, sticky);
}

uint64_t jit_aot_parse_float(const uint8_t *p, uint64_t n, uint64_t *out) {
    uint64_t i, end;
    strip(p, n, &i, &end);
    for (uint64_t k = i; k < end; k++) /* underscores only between digits */
        if (p[k] == '_' && (k == i || k + 1 == end || !is_digit(p[k - 1]) || !is_digit(p[k + 1])))
            return PARSED_BAD;
    uint64_t sign = i < end && p[i] == '-' ? 1ull << 63 : 0;
    if (i < end && (p[i] == '-' || p[i] == '+'))
        i++;
    if (special(p, i, end, out)) {
        *out |= sign;
        return PARSED_OK;
    }
    Big digits;
    jit_aot_big_set(&digits, 0);
    uint64_t ndigits = 0, mantissa = 0, sticky = 0, seen_point = 0;
    int64_t exp10 = 0;
    for (; i < end && (is_digit(p[i]) || p[i] == '_' || (p[i] == '.' && !seen_point)); i++) {
        if (p[i] == '_')
            continue;
        if (p[i] == '.') {
            seen_point = 1;
            continue;
        }
        mantissa++;
        if (ndigits == 0 && p[i] == '0') {
            exp10 -= seen_point; /* a leading zero after the point */
            continue;
        }
        if (ndigits < MAX_DIGITS) {
            jit_aot_big_mul_add(&digits, 10, (uint32_t)(p[i] - '0'));
            ndigits++;
            exp10 -= seen_point;
        } else {
            sticky |= p[i] != '0';
            exp10 += !seen_point;
        }
    }
    if (mantissa == 0)
        return PARSED_BAD;
    if (i < end && lower(p[i]) == 'e') {
        uint64_t negative = ++i < end && p[i] == '-';
        if (i < end && (p[i] == '-' || p[i] == '+'))
            i++;
        int64_t x = 0, any = 0;
        for (; i < end && (is_digit(p[i]) || p[i] == '_'); i++) {
            if (p[i] == '_')
                continue;
            any = 1;
            x = x < EXP_CLAMP ? 10 * x + (p[i] - '0') : x;
        }
        if (!any)
            return PARSED_BAD;
        exp10 += negative ? -x : x;
    }
    if (i != end)
        return PARSED_BAD;
    if (sticky) { /* one more digit, 1, stands for the nonzero ones that were dropped */
        jit_aot_big_mul_add(&digits, 10, 1);
        ndigits++;
        exp10--;
    }
    *out = sign | (ndigits ? decimal_to_double(&digits, ndigits, exp10) : 0);
    return PARSED_OK;
}
