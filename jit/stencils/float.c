/* The f64 ops: arithmetic, conversions, constants and moves, f64 list access and f64 compare-and-branch.
 * Arithmetic results are stored NaN-canonicalised.
 *
 * Variants with operands in slots (vm3.h, "Operand locations"): `_r` then one location per register field.
 * Arithmetic has them in place (A and B in one slot, C anywhere: the compiler moves B into A's slot first when
 * they differ); moves, conversions and square roots for any two locations; compares for Eq, Ne, Lt and Le
 * (the compiler swaps the operands of Gt and Ge).  The list ops also have `_k` variants for a list the
 * compiler knows to be one (heap.c). */
#include "vm3.h"

/* rf[A] = rf[B] op rf[C], all in memory. */
#define FBIN(name, op) \
    STENCIL(name) { STORE_F64(m, _JIT_A, RF(_JIT_B) op RF(_JIT_C)); }
/* Slot a (A and B) = slot a op C at location c. */
#define FBIN_AT(a, c, name, op) \
    STENCIL(name##_r##a##a##c) { STORE_F64(a, _JIT_A, FAT(a, _JIT_A) op FAT(c, _JIT_C)); }
#define FBINOP(name, op) \
    FBIN(name, op)       \
    FOR_SLOT_LOC(FBIN_AT, name, op)

FBINOP(AddF64, +)
FBINOP(SubF64, -)
FBINOP(MulF64, *)
FBINOP(DivF64, /)

#define SQRT_AT(a, b, name) \
    STENCIL(name) { STORE_F64(a, _JIT_A, __builtin_sqrt(FAT(b, _JIT_B))); }
#define SQRT_VARIANT(a, b, _) SQRT_AT(a, b, SqrtF64_r##a##b)
SQRT_AT(m, m, SqrtF64)
FOR_LOC_PAIRS(SQRT_VARIANT, _)

/* rf[A] = fma(rf[B], rf[C & 0xFF], rf[C >> 8]): _JIT_C and _JIT_D are the two packed registers.
 * arm64 has fmadd in its base ISA; x86-64's vfmadd needs FMA3, which the Unicorn emulator
 * lacks, so x86-64 calls the exact software fma of fma.c (a C call), and FmaF64_h, which the
 * compiler picks for the native backend on a CPU with FMA3, is the hardware instruction. */
#if defined(__x86_64__)
STENCIL(FmaF64) {
    double r = jit_rt_fma(RF(_JIT_B), RF(_JIT_C), RF(_JIT_D));
    if (UNLIKELY(r != r))
        r = bits_f64(OPAQUE(VM_CANON_NAN));
    RF(_JIT_A) = r;
    CONTINUE_CLOBBERED(); /* a C call: see heap.c */
}
#else
STENCIL(FmaF64) {
    STORE_F64(m, _JIT_A, __builtin_fma(RF(_JIT_B), RF(_JIT_C), RF(_JIT_D)));
}
#endif

#if defined(__x86_64__)
__attribute__((target("fma"))) STENCIL(FmaF64_h) {
    STORE_F64(m, _JIT_A, __builtin_fma(RF(_JIT_B), RF(_JIT_C), RF(_JIT_D)));
}
#endif

/* Flips the sign bit only, so a NaN keeps its payload (the sign mask built in a register: stencils may not
 * read constants from memory). */
#define NEG_AT(a, name)                                                                    \
    STENCIL(name) {                                                                        \
        FAT(a, _JIT_A) = bits_f64(f64_bits(FAT(a, _JIT_B)) ^ OPAQUE(0x8000000000000000)); \
        CONTINUE();                                                                        \
    }
#define NEG_VARIANT(a, _) NEG_AT(a, NegF64_r##a##a)
NEG_AT(m, NegF64)
FOR_SLOTS(NEG_VARIANT, _)

/* An i64 converts to a number, never a NaN. */
#define TO_F64_AT(a, b, name)                      \
    STENCIL(name) {                                \
        FAT(a, _JIT_A) = (double)IAT(b, _JIT_B);   \
        CONTINUE();                                \
    }
#define TO_F64_VARIANT(a, b, _) TO_F64_AT(a, b, I64ToF64_r##a##b)
TO_F64_AT(m, m, I64ToF64)
FOR_LOC_PAIRS(TO_F64_VARIANT, _)

#define TO_I64_AT(a, b, name)                                  \
    STENCIL(name) {                                            \
        IAT(a, _JIT_A) = f64_to_i64(f64_bits(FAT(b, _JIT_B))); \
        CONTINUE();                                            \
    }
#define TO_I64_VARIANT(a, b, _) TO_I64_AT(a, b, F64ToI64_r##a##b)
TO_I64_AT(m, m, F64ToI64)
FOR_LOC_PAIRS(TO_I64_VARIANT, _)

/* Bits unchanged (no NaN canonicalisation on a move): a double load and store move them as they are. */
#define MOV_AT(a, b, name)               \
    STENCIL(name) {                      \
        FAT(a, _JIT_A) = FAT(b, _JIT_B); \
        CONTINUE();                      \
    }
#define MOV_VARIANT(a, b, _) MOV_AT(a, b, MovF64_r##a##b)
MOV_AT(m, m, MovF64)
FOR_LOC_PAIRS(MOV_VARIANT, _)

/* _JIT_BITS: the constant's float64 bit pattern. */
#define CONST_AT(a, name)                     \
    STENCIL(name) {                           \
        FAT(a, _JIT_A) = bits_f64(HOLE_BITS); \
        CONTINUE();                           \
    }
#define CONST_VARIANT(a, _) CONST_AT(a, ConstF64K_r##a)
CONST_AT(m, ConstF64K)
FOR_SLOTS(CONST_VARIANT, _)

/* The element's 64 bits, whatever its tag: loaded as a double, which moves bits unchanged. */
#define LIST_GET_F64(name, known, a, c)   \
    STENCIL(name) {                       \
        LIST_ELEM(p, _JIT_B, known, c);   \
        FAT(a, _JIT_A) = *(double *)p;    \
        CONTINUE();                       \
    }
#define LIST_GET_F64_VARIANTS(a, c, _)                     \
    LIST_GET_F64(ListGetF64_r##a##m##c, 0, a, c)           \
    LIST_GET_F64(ListGetF64_kr##a##m##c, 1, a, c)
LIST_GET_F64(ListGetF64, 0, m, m)
LIST_GET_F64(ListGetF64_k, 1, m, m)
FOR_LOC_PAIRS(LIST_GET_F64_VARIANTS, _)

/* The NaN test is a branch to a cold store: two instructions where the value is not a NaN, instead of a
 * select on its bits. */
#define LIST_SET_F64(name, known, b, c)            \
    STENCIL(name) {                                \
        LIST_ELEM(p, _JIT_A, known, c);            \
        double v = FAT(b, _JIT_B);                 \
        if (UNLIKELY(v != v)) {                    \
            *p = OPAQUE(VM_CANON_NAN);             \
            CONTINUE();                            \
        }                                          \
        *p = f64_bits(v);                          \
        CONTINUE();                                \
    }
#define LIST_SET_F64_VARIANTS(b, c, _)                 \
    LIST_SET_F64(ListSetF64_rm##b##c, 0, b, c)         \
    LIST_SET_F64(ListSetF64_krm##b##c, 1, b, c)
LIST_SET_F64(ListSetF64, 0, m, m)
LIST_SET_F64(ListSetF64_k, 1, m, m)
FOR_LOC_PAIRS(LIST_SET_F64_VARIANTS, _)

/* IEEE: a NaN operand makes every comparison false except != . */
#define CMP_AT(a, b, name, op) \
    STENCIL(name##_r##a##b) { BRANCH(FAT(a, _JIT_A) op FAT(b, _JIT_B)); }
#define CMP(name, op) \
    STENCIL(name) { BRANCH(RF(_JIT_A) op RF(_JIT_B)); }
#define CMP_F64(name, op) \
    CMP(name, op)         \
    FOR_LOC_PAIRS(CMP_AT, name, op)

CMP_F64(CmpEqF64Br, ==)
CMP_F64(CmpNeF64Br, !=)
CMP_F64(CmpLtF64Br, <)
CMP_F64(CmpLeF64Br, <=)
CMP(CmpGtF64Br, >)
CMP(CmpGeF64Br, >=)
