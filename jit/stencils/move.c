/* Moves and constants: Nop, MovI64, ConstI64K, ConstI64KW, ConstStrKW (the f64 ones are in float.c).
 * Variants with operands in slots (vm3.h, "Operand locations"): MovI64 between any two locations, the
 * constants into a slot. */
#include "vm3.h"

STENCIL(Nop) {
    CONTINUE();
}

#define MOV_AT(a, b, name)               \
    STENCIL(name) {                      \
        IAT(a, _JIT_A) = IAT(b, _JIT_B); \
        CONTINUE();                      \
    }
#define MOV_VARIANT(a, b, _) MOV_AT(a, b, MovI64_r##a##b)
MOV_AT(m, m, MovI64)
FOR_LOC_PAIRS(MOV_VARIANT, _)

#define CONST_K_AT(a, name)      \
    STENCIL(name) {              \
        IAT(a, _JIT_A) = HOLE_K; \
        CONTINUE();              \
    }
#define CONST_K_VARIANT(a, _) CONST_K_AT(a, ConstI64K_r##a)
CONST_K_AT(m, ConstI64K)
FOR_SLOTS(CONST_K_VARIANT, _)

/* _JIT_BITS: the int48 constant sign-extended to 64 bits. */
#define CONST_KW_AT(a, name)                \
    STENCIL(name) {                         \
        IAT(a, _JIT_A) = (int64_t)HOLE_BITS; \
        CONTINUE();                         \
    }
#define CONST_KW_VARIANT(a, _) CONST_KW_AT(a, ConstI64KW_r##a)
CONST_KW_AT(m, ConstI64KW)
FOR_SLOTS(CONST_KW_VARIANT, _)

/* _JIT_BITS: the string Cell (inline, or the handle of the string allocated before the run). */
STENCIL(ConstStrKW) {
    RC(_JIT_A) = HOLE_BITS;
    CONTINUE();
}
