/* Integer arithmetic (wrapping, 64-bit) and the i64 table lookup.
 *
 * Variants with operands in slots (vm3.h, "Operand locations"): `_r` then one location per register field.
 * Binary ops have them in place (A and B in one slot, C anywhere, or K): the compiler moves B into A's slot
 * first when they differ.  The K ops also take B from memory into A's slot.  The `_s` variants are in place in
 * memory (A == B, not cached). */
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

/* ri[A] = ri[B] op k, k a K hole: b - K is written b + (-K), which x86-64 adds as an immediate. */
#define BINOP_K(name, src_b, op, k)            \
    STENCIL(name) {                            \
        RI(_JIT_A) = WRAP(op, RI(src_b), (k)); \
        CONTINUE();                            \
    }

#define WITH_SAME(binop, name, ...)     \
    binop(name, _JIT_B, __VA_ARGS__)    \
    binop(name##_s, _JIT_A, __VA_ARGS__)

/* Slot a (A and B) = slot a op C at location l. */
#define BINOP_AT(a, l, name, op)                               \
    STENCIL(name##_r##a##a##l) {                               \
        IAT(a, _JIT_A) = WRAP(op, IAT(a, _JIT_A), IAT(l, _JIT_C)); \
        CONTINUE();                                            \
    }

/* Slot a = B at location b op k (a K hole): in place (b is a), or from memory. */
#define BINOP_K_AT(a, b, name, op, k)                      \
    STENCIL(name##_r##a##b) {                              \
        IAT(a, _JIT_A) = WRAP(op, IAT(b, _JIT_B), (k));    \
        CONTINUE();                                        \
    }
#define BINOP_K_SLOT(a, name, op, k) BINOP_K_AT(a, a, name, op, k) BINOP_K_AT(a, m, name, op, k)

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
FOR_SLOT_LOC(BINOP_AT, AddI64, +)
FOR_SLOT_LOC(BINOP_AT, SubI64, -)
FOR_SLOT_LOC(BINOP_AT, MulI64, *)
DIVOP(DivI64, RI(_JIT_C), div_i64)
DIVOP(ModI64, RI(_JIT_C), mod_i64)

#define NEG_AT(a, name)                         \
    STENCIL(name) {                             \
        IAT(a, _JIT_A) = WRAP(-, 0, IAT(a, _JIT_B)); \
        CONTINUE();                             \
    }
#define NEG_VARIANT(a, _) NEG_AT(a, NegI64_r##a##a)
NEG_AT(m, NegI64)
FOR_SLOTS(NEG_VARIANT, _)

WITH_SAME(BINOP_K, AddI64K, +, HOLE_K)
WITH_SAME(BINOP_K, SubI64K, +, HOLE_NEG_K)
BINOP_K(MulI64K, _JIT_B, *, HOLE_K)
FOR_SLOTS(BINOP_K_SLOT, AddI64K, +, HOLE_K)
FOR_SLOTS(BINOP_K_SLOT, SubI64K, +, HOLE_NEG_K)
FOR_SLOTS(BINOP_K_SLOT, MulI64K, *, HOLE_K)
DIVOP(DivI64K, HOLE_K, div_i64)
DIVOP(ModI64K, HOLE_K, mod_i64)

/* Division by a K the compiler knows: `_n` for any K but 0 and -1 (no run-time tests: neither the error nor
 * INT64_MIN / -1 can happen), `_p<s>` for K = 2^s, which Clang turns into shifts with the round-toward-zero
 * fix-up; each also with the result in a slot (in place, or B from memory). */
#define KDIV_AT(a, b, name, op, divisor)                      \
    STENCIL(name) {                                           \
        IAT(a, _JIT_A) = IAT(b, _JIT_B) op (int64_t)(divisor); \
        CONTINUE();                                           \
    }
#define KDIV_SLOT(a, name, op, divisor) \
    KDIV_AT(a, a, name##r##a##a, op, divisor) KDIV_AT(a, m, name##r##a##m, op, divisor)
#define KDIV(name, op, divisor)          \
    KDIV_AT(m, m, name, op, divisor)     \
    FOR_SLOTS(KDIV_SLOT, name, op, divisor)
#define KDIV_POW2(s, _)                   \
    KDIV(DivI64K_p##s, /, 1LL << s)       \
    KDIV(ModI64K_p##s, %, 1LL << s)
KDIV(DivI64K_n, /, HOLE_K)
KDIV(ModI64K_n, %, HOLE_K)
FOR_SHIFTS(KDIV_POW2, _)

/* ri[A] = table[ri[B]]: the table's elements are i64s at data_base + _JIT_TABLE. */
#define LOOKUP_AT(a, b, name)                                                  \
    STENCIL(name) {                                                            \
        uint64_t i = (uint64_t)IAT(b, _JIT_B);                                 \
        if (UNLIKELY(i >= NUM(_JIT_TABLE_LEN)))                                \
            FAIL(VM_ERR_INDEX);                                                \
        IAT(a, _JIT_A) = ((const int64_t *)(ctx->data_base + NUM(_JIT_TABLE)))[i]; \
        CONTINUE();                                                            \
    }
#define LOOKUP_VARIANT(a, b, _) LOOKUP_AT(a, b, LookupI64KW_r##a##b)
LOOKUP_AT(m, m, LookupI64KW)
FOR_LOC_PAIRS(LOOKUP_VARIANT, _)
