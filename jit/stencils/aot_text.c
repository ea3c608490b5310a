/* Text as Python sees it: output, UTF-8 decoding, str.isprintable(), repr() and the results' quoting, and
 * the ASCII form int() and float() parse (digits and spaces of any script mapped to ASCII). */
#include "aot.h"

/* ---- Output ---- */

void jit_aot_out_flush(Out *o) {
    if (o->fd < 0)
        return; /* a bounded buffer keeps what fits */
    for (uint64_t done = 0; done < o->len;) {
        int64_t r = syscall6(SYS_WRITE, o->fd, (int64_t)(o->buf + done), (int64_t)(o->len - done), 0, 0, 0);
        if (r <= 0) {
            if (r == -4) /* EINTR */
                continue;
            if (!o->error)
                o->error = r ? r : -EPIPE;
            break;
        }
        done += (uint64_t)r;
    }
    o->len = 0;
}

void jit_aot_out_byte(Out *o, uint8_t c) {
    if (o->len == o->cap)
        jit_aot_out_flush(o);
    if (o->len < o->cap)
        o->buf[o->len++] = c;
    o->total++;
}

void jit_aot_out_bytes(Out *o, const uint8_t *p, uint64_t n) {
    for (uint64_t i = 0; i < n; i++)
        out_byte(o, p[i]);
}

void jit_aot_out_text(Out *o, uint64_t index) {
    const AotProgram *p = program();
    const uint32_t *entry = (const uint32_t *)prog_at(p, p->texts) + 2 * index;
    jit_aot_out_bytes(o, prog_at(p, entry[0]), entry[1]);
}

void jit_aot_out_u64(Out *o, uint64_t v) {
    uint8_t digits[20];
    uint64_t n = 0;
    do {
        digits[n++] = (uint8_t)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        out_byte(o, digits[--n]);
}

void jit_aot_out_i64(Out *o, int64_t v) {
    if (v < 0)
        out_byte(o, '-');
    jit_aot_out_u64(o, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
}

/* `digits` lower-case hex digits of v. */
void jit_aot_out_hex(Out *o, uint64_t v, uint64_t digits) {
    for (uint64_t i = digits; i-- > 0;) {
        uint64_t d = (v >> (4 * i)) & 0xF;
        out_byte(o, (uint8_t)(d < 10 ? '0' + d : 'a' + d - 10));
    }
}

/* ---- Decoding ---- */

uint64_t jit_aot_utf8(const uint8_t *p, uint64_t n, uint64_t *len) {
    uint64_t c = p[0], need, cp, lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        lo = c == 0xE0 ? 0xA0 : 0x80; /* no overlong form */
        hi = c == 0xED ? 0x9F : 0xBF; /* no surrogate */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF; /* nothing past U+10FFFF */
    } else {
        *len = 1;
        return NOT_A_CHAR;
    }
    for (uint64_t i = 1; i <= need; i++) {
        if (i >= n || p[i] < lo || p[i] > hi) {
            *len = i; /* the maximal prefix of a valid sequence is replaced as one */
            return NOT_A_CHAR;
        }
        cp = cp << 6 | (p[i] & 0x3F);
        lo = 0x80;
        hi = 0xBF;
    }
    *len = need + 1;
    return cp;
}

/* Index of the last of the `count` ascending u32 keys (`stride` u32 apart) that is <= cp, or count if none. */
INLINE uint64_t find_le(const uint32_t *table, uint64_t count, uint64_t stride, uint64_t cp) {
    uint64_t lo = 0, hi = count; /* the answer is in [lo - 1, hi) */
    while (lo < hi) {
        uint64_t mid = (lo + hi) / 2;
        if (table[stride * mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? lo - 1 : count;
}

uint64_t jit_aot_is_printable(uint64_t cp) {
    const AotProgram *p = program();
    const uint32_t *ranges = (const uint32_t *)prog_at(p, p->nonprint);
    uint64_t i = find_le(ranges, p->nonprint_count, 2, cp);
    return i == p->nonprint_count || cp >= ranges[2 * i + 1];
}

/* The decimal value of cp (any script), or -1. */
INLINE int64_t decimal_value(const AotProgram *p, uint64_t cp) {
    const uint32_t *runs = (const uint32_t *)prog_at(p, p->digits);
    uint64_t i = find_le(runs, p->digits_count, 2, cp);
    if (i == p->digits_count || cp - runs[2 * i] >= runs[2 * i + 1] >> 4)
        return -1;
    return (int64_t)((runs[2 * i + 1] & 0xF) + (cp - runs[2 * i]));
}

INLINE uint64_t is_space(const AotProgram *p, uint64_t cp) {
    const uint32_t *spaces = (const uint32_t *)prog_at(p, p->spaces);
    uint64_t i = find_le(spaces, p->spaces_count, 1, cp);
    return i != p->spaces_count && spaces[i] == cp;
}

/* What int() and float() parse: every character below 127 as it is, any other space as ' ' and any other
 * decimal digit as its ASCII digit (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII), into out (n bytes
 * suffice); its length, or UINT64_MAX if some character is none of these (no number then). */
uint64_t jit_aot_asciify(const uint8_t *s, uint64_t n, uint8_t *out) {
    const AotProgram *p = program();
    uint64_t m = 0;
    for (uint64_t i = 0, len; i < n; i += len) {
        uint64_t cp = jit_aot_utf8(s + i, n - i, &len);
        int64_t d;
        if (cp < 127)
            out[m++] = (uint8_t)cp;
        else if (cp != NOT_A_CHAR && is_space(p, cp))
            out[m++] = ' ';
        else if (cp != NOT_A_CHAR && (d = decimal_value(p, cp)) >= 0)
            out[m++] = (uint8_t)('0' + d);
        else
            return (uint64_t)-1;
    }
    return m;
}

/* ---- repr() and quoting ---- */

/* cp as repr() writes a character it does not print: \xhh, \uhhhh or \Uhhhhhhhh. */
INLINE void out_escape(Out *o, uint64_t cp) {
    out_byte(o, '\\');
    uint64_t digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
    out_byte(o, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
    jit_aot_out_hex(o, cp, digits);
}

/* A character of repr() or of the results' quoting, whose bytes are p[0..len): `quote` and backslash
 * escaped, \t \n \r by name, what str.isprintable() accepts as it is, the rest by out_escape. */
INLINE void out_char(Out *o, uint64_t cp, const uint8_t *p, uint64_t len, uint8_t quote) {
    if (cp == quote || cp == '\\') {
        out_byte(o, '\\');
        out_byte(o, (uint8_t)cp);
    } else if (cp == '\t' || cp == '\n' || cp == '\r') {
        out_byte(o, '\\');
        out_byte(o, cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
    } else if (cp < 0x7F ? cp >= 0x20 : jit_aot_is_printable(cp)) {
        jit_aot_out_bytes(o, p, len);
    } else {
        out_escape(o, cp);
    }
}

/* repr() of the str that Python makes of these bytes (a command-line word: UTF-8, surrogateescape). */
void jit_aot_out_repr(Out *o, const uint8_t *p, uint64_t n) {
    uint64_t single = 0, dbl = 0;
    for (uint64_t i = 0; i < n; i++) {
        single |= p[i] == '\'';
        dbl |= p[i] == '"';
    }
    uint8_t quote = single && !dbl ? '"' : '\'';
    out_byte(o, quote);
    for (uint64_t i = 0, len; i < n; i += len) {
        uint64_t cp = jit_aot_utf8(p + i, n - i, &len);
        if (cp == NOT_A_CHAR) {
            for (uint64_t k = 0; k < len; k++) /* surrogateescape: each byte becomes U+DC80..U+DCFF */
                out_escape(o, 0xDC00 + p[i + k]);
        } else {
            out_char(o, cp, p + i, len, quote);
        }
    }
    out_byte(o, quote);
}

/* A string Cell's bytes as the results print them: decoded with errors="replace" (each invalid sequence is
 * U+FFFD), bare, or, inside a container, double-quoted with jit.vm.results.quote's escapes. */
void jit_aot_out_string(Out *o, const uint8_t *p, uint64_t n, uint64_t quoted) {
    uint64_t fffd = OPAQUE(0xBDBFEF); /* U+FFFD in UTF-8, little-endian: bytes from an immediate, not data */
    if (quoted)
        out_byte(o, '"');
    for (uint64_t i = 0, len; i < n; i += len) {
        uint64_t cp = jit_aot_utf8(p + i, n - i, &len);
        if (cp == NOT_A_CHAR)
            jit_aot_out_bytes(o, (const uint8_t *)&fffd, 3);
        else if (quoted)
            out_char(o, cp, p + i, len, '"');
        else
            jit_aot_out_bytes(o, p + i, len);
    }
    if (quoted)
        out_byte(o, '"');
}
