/* Moves and constants: Nop, MovI64, ConstI64K, ConstI64KW, ConstStrKW (the f64 ones are in float.c). */
#include "vm3.h"

STENCIL(Nop) {
    CONTINUE();
}

STENCIL(MovI64) {
    RI(_JIT_A) = RI(_JIT_B);
    CONTINUE();
}

STENCIL(ConstI64K) {
    RI(_JIT_A) = HOLE_K;
    CONTINUE();
}

/* _JIT_BITS: the int48 constant sign-extended to 64 bits. */
STENCIL(ConstI64KW) {
    RI(_JIT_A) = (int64_t)HOLE_BITS;
    CONTINUE();
}

/* _JIT_BITS: the string Cell (inline, or the handle of the string allocated before the run). */
STENCIL(ConstStrKW) {
    RC(_JIT_A) = HOLE_BITS;
    CONTINUE();
}
