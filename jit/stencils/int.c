/* Integer arithmetic (wrapping, 64-bit) and the i64 table lookup. */
#include "vm3.h"

#define WRAP(op, x, y) ((int64_t)((uint64_t)(x) op (uint64_t)(y)))

/* INT64_MIN / -1 would trap on x86-64: it wraps to INT64_MIN, and INT64_MIN % -1 is 0. */
INLINE int64_t div_i64(int64_t b, int64_t c) {
    return c == -1 ? WRAP(-, 0, b) : b / c;
}

INLINE int64_t mod_i64(int64_t b, int64_t c) {
    return c == -1 ? 0 : b % c;
}

/* ri[A] = expr of b = ri[B] and c (ri[C], or K).  The `_s` variants are for A == B: they read b from ri[A],
 * so that Clang updates the register in place (one read-modify-write instruction on x86-64). */
#define BINOP(name, src_b, expr)                 \
    STENCIL(name) {                              \
        int64_t b = RI(src_b), c = RI(_JIT_C);   \
        RI(_JIT_A) = (expr);                     \
        CONTINUE();                              \
    }

#define BINOP_K(name, src_b, expr) \
    STENCIL(name) {                \
        int64_t b = RI(src_b);     \
        int64_t c = HOLE_K;        \
        RI(_JIT_A) = (expr);       \
        CONTINUE();                \
    }

#define WITH_SAME(binop, name, expr) \
    binop(name, _JIT_B, expr)        \
    binop(name##_s, _JIT_A, expr)

#define DIVOP(name, divisor, fn)        \
    STENCIL(name) {                     \
        int64_t c = (divisor);          \
        if (UNLIKELY(c == 0))           \
            FAIL(VM_ERR_DIV_ZERO);      \
        RI(_JIT_A) = fn(RI(_JIT_B), c); \
        CONTINUE();                     \
    }

WITH_SAME(BINOP, AddI64, WRAP(+, b, c))
WITH_SAME(BINOP, SubI64, WRAP(-, b, c))
BINOP(MulI64, _JIT_B, WRAP(*, b, c))
DIVOP(DivI64, RI(_JIT_C), div_i64)
DIVOP(ModI64, RI(_JIT_C), mod_i64)

STENCIL(NegI64) {
    RI(_JIT_A) = WRAP(-, 0, RI(_JIT_B));
    CONTINUE();
}

WITH_SAME(BINOP_K, AddI64K, WRAP(+, b, c))
WITH_SAME(BINOP_K, SubI64K, WRAP(-, b, c))
BINOP_K(MulI64K, _JIT_B, WRAP(*, b, c))
DIVOP(DivI64K, HOLE_K, div_i64)
DIVOP(ModI64K, HOLE_K, mod_i64)

/* ri[A] = table[ri[B]]: the table's elements are i64s at data_base + _JIT_TABLE. */
STENCIL(LookupI64KW) {
    uint64_t i = (uint64_t)RI(_JIT_B);
    if (UNLIKELY(i >= NUM(_JIT_TABLE_LEN)))
        FAIL(VM_ERR_INDEX);
    RI(_JIT_A) = ((const int64_t *)(ctx->data_base + NUM(_JIT_TABLE)))[i];
    CONTINUE();
}
