/* Function entry, calls, tail calls, returns and Deopt.
 *
 * A call is a real machine call into the callee's entry (its FuncEntry) with
 * the three register windows advanced past the caller's registers.  The
 * callee's result comes back raw in the return register; the caller converts
 * it into its destination bank as _JIT_CONV says.  An error or a Deopt below
 * leaves ctx->status non-zero, and every caller returns at once. */
#include "vm3.h"

#define U64(p) ((uint64_t *)(p))

/* Zero every register the caller did not initialise: [PARAMS_x, NREGS_x) of each bank. */
STENCIL(FuncEntry) {
    for (uintptr_t k = NUM(_JIT_PARAMS_I); k < NUM(_JIT_NREGS_I); k++)
        U64(ri)[k] = 0;
    for (uintptr_t k = NUM(_JIT_PARAMS_F); k < NUM(_JIT_NREGS_F); k++)
        U64(rf)[k] = 0;
    for (uintptr_t k = NUM(_JIT_PARAMS_C); k < NUM(_JIT_NREGS_C); k++)
        rc[k] = 0;
    CONTINUE();
}

/* Whether the callee's windows, starting at wi/wf/wc, end within the bank stacks. */
INLINE int windows_fit(const VMCtx *ctx, void *wi, void *wf, void *wc) {
    return ((uintptr_t)AT(wi, _JIT_CALLEE_I) <= ctx->ri_limit) & ((uintptr_t)AT(wf, _JIT_CALLEE_F) <= ctx->rf_limit) &
           ((uintptr_t)AT(wc, _JIT_CALLEE_C) <= ctx->rc_limit);
}

/* Arguments of a single-bank call: dst[k] = src[k] for k < NARGS (forward, so dst <= src may overlap). */
INLINE void copy_args(uint64_t *dst, const uint64_t *src) {
    for (uintptr_t k = 0; k < NUM(_JIT_NARGS); k++)
        dst[k] = src[k];
}

/* Arguments of a mixed call: parameter k goes from bank(k)[B + k] to bank(k)[k]; register k of
 * the other banks is zeroed where the callee has it.  sig[k] is bank(k) (VM_BANK_*).  Forward
 * copy: in place (a tail call) no write clobbers a later read. */
INLINE void copy_mixed(VMCtx *ctx, uint64_t *di, uint64_t *df, uint64_t *dc, const uint64_t *si, const uint64_t *sf,
                       const uint64_t *sc) {
    const uint8_t *sig = (const uint8_t *)(ctx->data_base + NUM(_JIT_SIG));
    for (uintptr_t k = 0; k < NUM(_JIT_NARGS); k++) {
        uint64_t bank = sig[k];
        if (k < NUM(_JIT_CALLEE_I))
            di[k] = bank == VM_BANK_I64 ? si[k] : 0;
        if (k < NUM(_JIT_CALLEE_F))
            df[k] = bank == VM_BANK_F64 ? sf[k] : 0;
        if (k < NUM(_JIT_CALLEE_C))
            dc[k] = bank == VM_BANK_CELL ? sc[k] : 0;
    }
}

#define NEW_WINDOWS                                                                  \
    int64_t *nri = (int64_t *)AT(ri, _JIT_FRAME_I);                                  \
    double *nrf = (double *)AT(rf, _JIT_FRAME_F);                                    \
    uint64_t *nrc = (uint64_t *)AT(rc, _JIT_FRAME_C);                                \
    if (UNLIKELY((ctx->depth >= ctx->max_depth) | !windows_fit(ctx, nri, nrf, nrc))) \
        FAIL(VM_ERR_STACK_OVERFLOW)

#define CALL_CALLEE(r)                            \
    ctx->depth++;                                 \
    uint64_t r = _JIT_CALLEE(nri, nrf, nrc, ctx); \
    ctx->depth--;                                 \
    if (UNLIKELY(ctx->status != VM_STATUS_OK))    \
        return r

STENCIL(CallI64) {
    NEW_WINDOWS;
    copy_args(U64(nri), U64(&RI(_JIT_B)));
    CALL_CALLEE(r);
    RI(_JIT_A) = NUM(_JIT_CONV) == VM_CONV_F64_I64 ? f64_to_i64(r) : (int64_t)r;
    CONTINUE();
}

STENCIL(CallF64) {
    NEW_WINDOWS;
    copy_args(U64(nrf), U64(&RF(_JIT_B)));
    CALL_CALLEE(r);
    RFBITS(_JIT_A) = NUM(_JIT_CONV) == VM_CONV_I64_F64 ? f64_bits((double)(int64_t)r) : r;
    CONTINUE();
}

STENCIL(CallCell) {
    NEW_WINDOWS;
    copy_args(nrc, &RC(_JIT_B));
    CALL_CALLEE(r);
    uint64_t conv = NUM(_JIT_CONV);
    RC(_JIT_A) = conv == VM_CONV_I64_CELL ? int_cell((int64_t)r) : conv == VM_CONV_F64_CELL ? canon_bits(r) : r;
    CONTINUE();
}

STENCIL(CallMixed) {
    NEW_WINDOWS;
    copy_mixed(ctx, U64(nri), U64(nrf), nrc, U64(&RI(_JIT_B)), U64(&RF(_JIT_B)), &RC(_JIT_B));
    CALL_CALLEE(r);
    switch (NUM(_JIT_CONV)) {
    case VM_CONV_I64_I64:
        RI(_JIT_A) = (int64_t)r;
        break;
    case VM_CONV_I64_F64:
        RF(_JIT_A) = (double)(int64_t)r;
        break;
    case VM_CONV_I64_CELL:
        RC(_JIT_A) = int_cell((int64_t)r);
        break;
    case VM_CONV_F64_I64:
        RI(_JIT_A) = f64_to_i64(r);
        break;
    case VM_CONV_F64_F64:
        RFBITS(_JIT_A) = r;
        break;
    case VM_CONV_F64_CELL:
        RC(_JIT_A) = canon_bits(r);
        break;
    default:
        RC(_JIT_A) = r;
        break;
    }
    CONTINUE();
}

/* A tail call reuses this activation's windows: the callee's must fit from the same bases. */
STENCIL(TailCallI64) {
    if (UNLIKELY(!windows_fit(ctx, ri, rf, rc)))
        FAIL(VM_ERR_STACK_OVERFLOW);
    copy_args(U64(ri), U64(&RI(_JIT_B)));
    __attribute__((musttail)) return _JIT_CALLEE(ri, rf, rc, ctx);
}

STENCIL(TailCallMixed) {
    if (UNLIKELY(!windows_fit(ctx, ri, rf, rc)))
        FAIL(VM_ERR_STACK_OVERFLOW);
    copy_mixed(ctx, U64(ri), U64(rf), rc, U64(&RI(_JIT_B)), U64(&RF(_JIT_B)), &RC(_JIT_B));
    __attribute__((musttail)) return _JIT_CALLEE(ri, rf, rc, ctx);
}

STENCIL(ReturnI64) {
    return (uint64_t)RI(_JIT_A);
}

STENCIL(ReturnF64) {
    return RFBITS(_JIT_A);
}

STENCIL(ReturnCell) {
    return RC(_JIT_A);
}

STENCIL(ReturnConstK) {
    return (uint64_t)HOLE_K;
}

/* Stops the whole run: every caller sees status DEOPT and returns. */
STENCIL(Deopt) {
    ctx->deopt_pc = NUM(_JIT_DEOPT_PC);
    ctx->status = VM_STATUS_DEOPT;
    return 0;
}
