/* Float arithmetic and conversions.  Arithmetic results are stored NaN-canonicalised. */
#include "vm3.h"

#define FBINOP(name, op)                                      \
    STENCIL(name) {                                           \
        RFBITS(_JIT_A) = canon_f64(RF(_JIT_B) op RF(_JIT_C)); \
        CONTINUE();                                           \
    }

FBINOP(AddF64, +)
FBINOP(SubF64, -)
FBINOP(MulF64, *)
FBINOP(DivF64, /)

/* Flips the sign bit only, so a NaN keeps its payload. */
STENCIL(NegF64) {
    RFBITS(_JIT_A) = RFBITS(_JIT_B) ^ 0x8000000000000000;
    CONTINUE();
}

/* An i64 converts to a number, never a NaN. */
STENCIL(I64ToF64) {
    RF(_JIT_A) = (double)RI(_JIT_B);
    CONTINUE();
}

STENCIL(F64ToI64) {
    RI(_JIT_A) = f64_to_i64(RFBITS(_JIT_B));
    CONTINUE();
}

/* rf[A] = fma(rf[B], rf[C & 0xFF], rf[C >> 8]): _JIT_C and _JIT_D are the two packed registers.
 * arm64 has fmadd in its base ISA; x86-64's vfmadd needs FMA3, which the Unicorn emulator
 * lacks, so x86-64 calls the exact software fma of runtime.c. */
STENCIL(FmaF64) {
#if defined(__x86_64__)
    double r = jit_rt_fma(RF(_JIT_B), RF(_JIT_C), RF(_JIT_D));
#else
    double r = __builtin_fma(RF(_JIT_B), RF(_JIT_C), RF(_JIT_D));
#endif
    RFBITS(_JIT_A) = canon_f64(r);
    CONTINUE();
}

STENCIL(SqrtF64) {
    RFBITS(_JIT_A) = canon_f64(__builtin_sqrt(RF(_JIT_B)));
    CONTINUE();
}
