/* The f64 ops: arithmetic, conversions, constants and moves, f64 list access and f64 compare-and-branch.
 * Arithmetic results are stored NaN-canonicalised.
 *
 * These stencils pass the f64 accumulators (VM_ACC, vm3.h): each op that writes an f64 register continues
 * with that value in acc0 and the previous acc0 in acc1.  Variants read operands from them: the suffix
 * gives each f64 operand's source, m memory (the op's own stencil is all m), a acc0, b acc1; operands in
 * the op's field order (B C for arithmetic, A B for compares, B for the others).  The list ops also have
 * variants for a list the compiler knows to be one (`k` first, heap.c). */
#define VM_ACC
#include "vm3.h"

#define SRC_m(h) RF(h)
#define SRC_a(h) acc0
#define SRC_b(h) acc1

/* rf[A] = rf[B] op rf[C], the operands from sb and sc. */
#define FBIN(name, op, sb, sc)                                       \
    STENCIL(name) {                                                  \
        STORE_F64(_JIT_A, SRC_##sb(_JIT_B) op SRC_##sc(_JIT_C));     \
    }
#define FBIN_VARIANT(name, op, sb, sc) FBIN(name##_##sb##sc, op, sb, sc)
#define FBINOP(name, op)                \
    FBIN(name, op, m, m)                \
    FBIN_VARIANT(name, op, a, m)        \
    FBIN_VARIANT(name, op, m, a)        \
    FBIN_VARIANT(name, op, a, a)        \
    FBIN_VARIANT(name, op, b, m)        \
    FBIN_VARIANT(name, op, m, b)        \
    FBIN_VARIANT(name, op, a, b)        \
    FBIN_VARIANT(name, op, b, a)        \
    FBIN_VARIANT(name, op, b, b)

FBINOP(AddF64, +)
FBINOP(SubF64, -)
FBINOP(MulF64, *)
FBINOP(DivF64, /)

#define SQRT(name, sb)                                    \
    STENCIL(name) {                                       \
        STORE_F64(_JIT_A, __builtin_sqrt(SRC_##sb(_JIT_B))); \
    }
SQRT(SqrtF64, m)
SQRT(SqrtF64_a, a)
SQRT(SqrtF64_b, b)

/* rf[A] = fma(rf[B], rf[C & 0xFF], rf[C >> 8]): _JIT_C and _JIT_D are the two packed registers.
 * arm64 has fmadd in its base ISA; x86-64's vfmadd needs FMA3, which the Unicorn emulator
 * lacks, so x86-64 calls the exact software fma of runtime.c (a C call: the accumulators are
 * kept across it). */
STENCIL(FmaF64) {
#if defined(__x86_64__)
    double r = jit_rt_fma(RF(_JIT_B), RF(_JIT_C), RF(_JIT_D));
#else
    double r = __builtin_fma(RF(_JIT_B), RF(_JIT_C), RF(_JIT_D));
#endif
    STORE_F64(_JIT_A, r);
}

/* Flips the sign bit only, so a NaN keeps its payload. */
STENCIL(NegF64) {
    uint64_t r = RFBITS(_JIT_B) ^ 0x8000000000000000;
    RFBITS(_JIT_A) = r;
    CONTINUE_F64(bits_f64(r));
}

/* An i64 converts to a number, never a NaN. */
STENCIL(I64ToF64) {
    double r = (double)RI(_JIT_B);
    RF(_JIT_A) = r;
    CONTINUE_F64(r);
}

#define TO_I64(name, sb)                                    \
    STENCIL(name) {                                         \
        RI(_JIT_A) = f64_to_i64(f64_bits(SRC_##sb(_JIT_B))); \
        CONTINUE();                                         \
    }
TO_I64(F64ToI64, m)
TO_I64(F64ToI64_a, a)

/* Bits unchanged (no NaN canonicalisation on a move). */
STENCIL(MovF64) {
    uint64_t r = RFBITS(_JIT_B);
    RFBITS(_JIT_A) = r;
    CONTINUE_F64(bits_f64(r));
}

/* _JIT_BITS: the constant's float64 bit pattern. */
STENCIL(ConstF64K) {
    uint64_t r = HOLE_BITS;
    RFBITS(_JIT_A) = r;
    CONTINUE_F64(bits_f64(r));
}

/* The element's 64 bits, whatever its tag: loaded and stored as a double, which moves bits unchanged (the
 * value goes on in acc0 without a move from an integer register). */
#define LIST_GET_F64(name, known)    \
    STENCIL(name) {                  \
        LIST_ELEM(p, _JIT_B, known); \
        double r = *(double *)p;     \
        RF(_JIT_A) = r;              \
        CONTINUE_F64(r);             \
    }
WITH_KNOWN_LIST(LIST_GET_F64, ListGetF64)

/* ListSetF64 variants: _k (the list is known), then the value's source.  The NaN test is a branch to a cold
 * store, as in STORE_F64: two instructions where the value is not a NaN, instead of a select on its bits. */
#define LIST_SET(name, known, sb)                  \
    STENCIL(name) {                                \
        LIST_ELEM(p, _JIT_A, known);               \
        double v = SRC_##sb(_JIT_B);               \
        if (UNLIKELY(v != v)) {                    \
            *p = OPAQUE(VM_CANON_NAN);             \
            CONTINUE();                            \
        }                                          \
        *p = f64_bits(v);                          \
        CONTINUE();                                \
    }
LIST_SET(ListSetF64, 0, m)
LIST_SET(ListSetF64_a, 0, a)
LIST_SET(ListSetF64_b, 0, b)
LIST_SET(ListSetF64_km, 1, m)
LIST_SET(ListSetF64_ka, 1, a)
LIST_SET(ListSetF64_kb, 1, b)

/* IEEE: a NaN operand makes every comparison false except != . */
#define CMP(name, op, sa, sb) \
    STENCIL(name) { BRANCH(SRC_##sa(_JIT_A) op SRC_##sb(_JIT_B)); }
#define CMP_F64(name, op)     \
    CMP(name, op, m, m)       \
    CMP(name##_am, op, a, m)  \
    CMP(name##_ma, op, m, a)  \
    CMP(name##_aa, op, a, a)

CMP_F64(CmpEqF64Br, ==)
CMP_F64(CmpNeF64Br, !=)
CMP_F64(CmpLtF64Br, <)
CMP_F64(CmpLeF64Br, <=)
CMP_F64(CmpGtF64Br, >)
CMP_F64(CmpGeF64Br, >=)
