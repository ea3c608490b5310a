/* Function entry, calls, tail calls, returns and Deopt.
 *
 * A call is a real machine call into the callee's entry (its prologue) with
 * the three register windows advanced past the caller's registers.  The
 * callee's result comes back raw in the return register; the caller converts
 * it into its destination bank as _JIT_CONV says.  An error or a Deopt below
 * leaves ctx->status non-zero, and every caller returns at once.
 *
 * Calls and tail calls initialise the callee's whole window (arguments, then
 * zeros), so FuncEntry zeroes registers only in the program's entry function,
 * whose caller is the host.  The compiler lays most calls out as pieces
 * (the end of this file): the op stencils below run only where those
 * cannot (a frame past the largest register number a hole holds). */
#include "vm3.h"

#define U64(p) ((uint64_t *)(p))

/* `body` for k = 0, 1, ..., n - 1: spelt out when n is a constant of at most 4 (Clang does not unroll loops
 * at -Os, and a variant's few registers are worth straight code), else a loop. */
#define FOR_REGS(k, n, body)                          \
    do {                                              \
        if (__builtin_constant_p(n) && (n) <= 4) {    \
            for (uintptr_t k = 0; k < 1 && k < (n); k++) \
                body;                                 \
            for (uintptr_t k = 1; k < 2 && k < (n); k++) \
                body;                                 \
            for (uintptr_t k = 2; k < 3 && k < (n); k++) \
                body;                                 \
            for (uintptr_t k = 3; k < 4 && k < (n); k++) \
                body;                                 \
        } else {                                      \
            for (uintptr_t k = 0; k < (n); k++)       \
                body;                                 \
        }                                             \
    } while (0)

/* w[k] = 0 for k in [from, to).  The zero is OPAQUE so that Clang does not keep it in a callee-saved register
 * across a call (for the status test), which would cost a frame. */
INLINE void zero_regs(uint64_t *w, uintptr_t from, uintptr_t to) {
    if (from < to) {
        uint64_t zero = OPAQUE(0);
        FOR_REGS(k, to - from, w[from + k] = zero);
    }
}

/* The entry function's prologue: its caller is the host, which set up only the parameters, so it zeroes its
 * other registers [PARAMS_x, NREGS_x). */
STENCIL(FuncEntry) {
    zero_regs(U64(ri), NUM(_JIT_PARAMS_I), NUM(_JIT_NREGS_I));
    zero_regs(U64(rf), NUM(_JIT_PARAMS_F), NUM(_JIT_NREGS_F));
    zero_regs(rc, NUM(_JIT_PARAMS_C), NUM(_JIT_NREGS_C));
    CONTINUE();
}

/* Every other function's prologue: its callers initialise its whole windows, so there is nothing to do, and
 * once its trailing jump is dropped it has no code: the function's address is its first op's. */
STENCIL(FuncEntry_c) {
    CONTINUE();
}

/* Whether a call's callee windows end within the bank stacks; `banks` (bit b: bank b) says which to test,
 * since a bank in which the callee has no registers always fits. */
INLINE int call_fits(const VMCtx *ctx, void *ri, void *rf, void *rc, int banks) {
    return (!(banks & 1) || (uintptr_t)AT(ri, _JIT_CALLEE_END_I) <= ctx->ri_limit) &
           (!(banks & 2) || (uintptr_t)AT(rf, _JIT_CALLEE_END_F) <= ctx->rf_limit) &
           (!(banks & 4) || (uintptr_t)AT(rc, _JIT_CALLEE_END_C) <= ctx->rc_limit);
}

/* The same for a tail call, whose callee windows start where this activation's do. */
INLINE int tail_fits(const VMCtx *ctx, void *ri, void *rf, void *rc) {
    return ((uintptr_t)AT(ri, _JIT_CALLEE_I) <= ctx->ri_limit) & ((uintptr_t)AT(rf, _JIT_CALLEE_F) <= ctx->rf_limit) &
           ((uintptr_t)AT(rc, _JIT_CALLEE_C) <= ctx->rc_limit);
}

/* A single-bank callee window: dst[k] = src[k] for k < nargs (forward, so dst <= src may overlap), then
 * zeros up to the callee's count. */
INLINE void init_window(uint64_t *dst, const uint64_t *src, uintptr_t nargs, uintptr_t count) {
    FOR_REGS(k, nargs, dst[k] = src[k]);
    zero_regs(dst, nargs, count);
}

/* One bank of a mixed callee window: dst[k] = src[k] where parameter k is in this bank (sig[k], VM_BANK_*,
 * is `bank`), else 0, for k below the callee's count `count` in this bank.  Forward, so that in place
 * (a tail call, dst <= src) no write clobbers a later read. */
INLINE void init_mixed_bank(uint64_t *dst, const uint64_t *src, const uint8_t *sig, uint64_t bank, uintptr_t nargs,
                            uintptr_t count) {
    for (uintptr_t k = 0; k < count; k++)
        dst[k] = k < nargs && sig[k] == bank ? src[k] : 0;
}

/* A mixed callee window: parameter k goes from bank(k)[B + k] to bank(k)[k], every other register is zeroed.
 * NARGS is loaded once, whole (OPAQUE): on arm64 Clang would otherwise share a half-built movz/movk constant
 * between the loops, which the refresh cannot turn into a hole. */
#define INIT_MIXED(di, df, dc)                                                                  \
    const uint8_t *sig = (const uint8_t *)(ctx->data_base + NUM(_JIT_SIG));                     \
    uintptr_t nargs = OPAQUE(NUM(_JIT_NARGS));                                                  \
    init_mixed_bank(U64(di), U64(&RI(_JIT_B)), sig, VM_BANK_I64, nargs, NUM(_JIT_CALLEE_I));    \
    init_mixed_bank(U64(df), U64(&RF(_JIT_B)), sig, VM_BANK_F64, nargs, NUM(_JIT_CALLEE_F));    \
    init_mixed_bank(U64(dc), &RC(_JIT_B), sig, VM_BANK_CELL, nargs, NUM(_JIT_CALLEE_C))

/* Declares the callee windows w[0..2] and the depth; fails with STACK_OVERFLOW unless the call fits. */
#define CALL_PROLOGUE(banks)                                                                                 \
    uint64_t *w[3] = {U64(AT(ri, _JIT_FRAME_I)), U64(AT(rf, _JIT_FRAME_F)), U64(AT(rc, _JIT_FRAME_C))};      \
    uint64_t depth = ctx->depth;                                                                             \
    if (UNLIKELY((depth >= ctx->max_depth) | !call_fits(ctx, ri, rf, rc, (banks))))                          \
    FAIL(VM_ERR_STACK_OVERFLOW)

/* The machine call of the callee on windows w.  Every stencil passes the four pinned registers on unchanged
 * and a call stencil gives them back (below), so a compiled function returns with them as it got them: the
 * call is inline assembly that says so, and the caller's windows come back as w minus the frame offsets
 * instead of being saved on the machine stack around the call.  Everything else is clobbered, as in any
 * preserve_none call.  On x86-64 the push keeps the stack 16-byte aligned for the callee: a stencil starts
 * 8 off, after a call, and Clang gives these no frame of their own (tests/test_stencil_abi.py checks every
 * call of every stencil). */
#if defined(__x86_64__)
#define PIN_I "r12"
#define PIN_F "r13"
#define PIN_C "r14"
#define PIN_CTX "r15"
#define PIN_RESULT "rax"
#define MACHINE_CALL "push rax\n\tcall _JIT_CALLEE\n\tpop rcx"
#define CALL_CLOBBERS                                                                                      \
    "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", \
        "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "cc", "memory"
#else
#define PIN_I "x20"
#define PIN_F "x21"
#define PIN_C "x22"
#define PIN_CTX "x23"
#define PIN_RESULT "x0"
#define MACHINE_CALL "bl _JIT_CALLEE"
#define CALL_CLOBBERS                                                                                         \
    "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", \
        "x19", "x24", "x25", "x26", "x27", "x28", "x30", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8",    \
        "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", \
        "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31", "cc", "memory"
#endif

/* Calls the callee on windows w; returns at once if it failed or deoptimised, else leaves its raw result in r
 * and this activation's windows back in ri, rf, rc. */
#define CALL_CALLEE(r)                                                                         \
    region_open(ctx, depth);                                                                   \
    ctx->depth = depth + 1;                                                                    \
    register int64_t *pin_i __asm__(PIN_I) = (int64_t *)w[0];                                  \
    register double *pin_f __asm__(PIN_F) = (double *)w[1];                                    \
    register uint64_t *pin_c __asm__(PIN_C) = w[2];                                            \
    register VMCtx *pin_ctx __asm__(PIN_CTX) = ctx;                                            \
    register uint64_t r __asm__(PIN_RESULT);                                                   \
    __asm__ volatile(MACHINE_CALL                                                              \
                     : "=r"(r), "+r"(pin_i), "+r"(pin_f), "+r"(pin_c), "+r"(pin_ctx)           \
                     :                                                                         \
                     : CALL_CLOBBERS);                                                         \
    ctx = pin_ctx;                                                                             \
    ctx->depth -= 1;                                                                           \
    if (UNLIKELY(ctx->status != VM_STATUS_OK))                                                 \
        return r;                                                                              \
    ri = (int64_t *)BACK(pin_i, _JIT_FRAME_I);                                                 \
    rf = (double *)BACK(pin_f, _JIT_FRAME_F);                                                  \
    rc = (uint64_t *)BACK(pin_c, _JIT_FRAME_C);                                                \
    __asm__("" : "+r"(ri), "+r"(rf), "+r"(rc)); /* not folded into the next address: one lea each */ \
    region_close(ctx, OPAQUE(NUM(_JIT_CONV)))

/* The result conversions (VM_CONV_*) into each single-bank destination. */
INLINE uint64_t conv_to_i64(uintptr_t conv, uint64_t r) {
    return conv == VM_CONV_F64_I64 ? (uint64_t)f64_to_i64(r) : r;
}

INLINE uint64_t conv_to_f64(uintptr_t conv, uint64_t r) {
    return conv == VM_CONV_I64_F64 ? f64_bits((double)(int64_t)r) : r;
}

INLINE uint64_t conv_to_cell(uintptr_t conv, uint64_t r) {
    return conv == VM_CONV_I64_CELL ? int_cell((int64_t)r) : conv == VM_CONV_F64_CELL ? canon_bits(r) : r;
}

/* A call of CallI64, CallF64 or CallCell: `bank` is the call's bank and `own` its window (ri, rf or rc).
 * The callee's window of that bank gets `nargs` arguments from own[B..] and zeros up to `count` registers;
 * with `others` its other banks are checked and zeroed too (else it has no registers there); `conv` is the
 * VM_CONV_* of the result, stored converted into own[A] by `to_dst`. */
#define SINGLE_CALL(bank, own, nargs, count, others, conv, to_dst)                       \
    CALL_PROLOGUE((others) ? 7 : 1 << (bank));                                           \
    init_window(w[bank], U64(AT(own, _JIT_B)), (nargs), (count));                        \
    if (others) {                                                                        \
        if ((bank) != 0)                                                                 \
            zero_regs(w[0], 0, NUM(_JIT_CALLEE_I));                                      \
        if ((bank) != 1)                                                                 \
            zero_regs(w[1], 0, NUM(_JIT_CALLEE_F));                                      \
        if ((bank) != 2)                                                                 \
            zero_regs(w[2], 0, NUM(_JIT_CALLEE_C));                                      \
    }                                                                                    \
    CALL_CALLEE(r);                                                                      \
    *U64(AT(own, _JIT_A)) = to_dst((conv), r);                                           \
    CONTINUE_CLOBBERED()

#define SINGLE_GENERIC(bank, own, count, to_dst) \
    SINGLE_CALL(bank, own, NUM(_JIT_NARGS), NUM(count), 1, NUM(_JIT_CONV), to_dst)

STENCIL(CallI64) {
    SINGLE_GENERIC(0, ri, _JIT_CALLEE_I, conv_to_i64);
}

STENCIL(CallF64) {
    SINGLE_GENERIC(1, rf, _JIT_CALLEE_F, conv_to_f64);
}

STENCIL(CallCell) {
    SINGLE_GENERIC(2, rc, _JIT_CALLEE_C, conv_to_cell);
}

STENCIL(CallMixed) {
    CALL_PROLOGUE(7);
    INIT_MIXED(w[0], w[1], w[2]);
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
    CONTINUE_CLOBBERED();
}

/* A tail call reuses this activation's windows: the callee's must fit from the same bases. */
STENCIL(TailCallI64) {
    if (UNLIKELY(!tail_fits(ctx, ri, rf, rc)))
        FAIL(VM_ERR_STACK_OVERFLOW);
    init_window(U64(ri), U64(&RI(_JIT_B)), NUM(_JIT_NARGS), NUM(_JIT_CALLEE_I));
    zero_regs(U64(rf), 0, NUM(_JIT_CALLEE_F));
    zero_regs(rc, 0, NUM(_JIT_CALLEE_C));
    TAIL_CALLEE();
}

STENCIL(TailCallMixed) {
    if (UNLIKELY(!tail_fits(ctx, ri, rf, rc)))
        FAIL(VM_ERR_STACK_OVERFLOW);
    INIT_MIXED(ri, rf, rc);
    TAIL_CALLEE();
}

#define RETURN_I64(a, name) \
    STENCIL(name) { return (uint64_t)IAT(a, _JIT_A); }
#define RETURN_I64_VARIANT(a, _) RETURN_I64(a, ReturnI64_r##a)
RETURN_I64(m, ReturnI64)
FOR_SLOTS(RETURN_I64_VARIANT, _)

#define RETURN_F64(a, name) \
    STENCIL(name) { return f64_bits(FAT(a, _JIT_A)); }
#define RETURN_F64_VARIANT(a, _) RETURN_F64(a, ReturnF64_r##a)
RETURN_F64(m, ReturnF64)
FOR_SLOTS(RETURN_F64_VARIANT, _)

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

/* ---- Calls as pieces the compiler lays out (jit/compiler/calls.py) ----
 * A call of any shape becomes: PieceCallCheck<mask> (STACK_OVERFLOW unless the depth allows one more and the
 * callee's windows fit in the banks of mask, the banks where the callee has registers), moves of the arguments
 * into the callee's windows (MovI64, MovF64, PieceMoveC with A = the caller's register count + k) and zeros
 * into the registers the callee may read before writing them (PieceZeroI/F/C), then PieceCall<mask>_<conv>:
 * the machine call on the windows advanced by the caller's register counts of the banks in mask (a bank where
 * the caller has no registers needs no step), its result converted by VM_CONV_* conv into register A of the
 * destination's bank.  A tail call of another function: PieceTailCheck, the moves down to register 0, the
 * zeros, PieceTailJump.  Straight code whatever the signature, with only the checks and steps it needs. */
#define FOR_MASKS(F, ...) \
    F(0, __VA_ARGS__) F(1, __VA_ARGS__) F(2, __VA_ARGS__) F(3, __VA_ARGS__) F(4, __VA_ARGS__) F(5, __VA_ARGS__) \
        F(6, __VA_ARGS__) F(7, __VA_ARGS__)

#define CALL_CHECK(mask, _)                                                                   \
    STENCIL(PieceCallCheck##mask) {                                                           \
        if (UNLIKELY((ctx->depth >= ctx->max_depth) | !call_fits(ctx, ri, rf, rc, (mask))))  \
            FAIL(VM_ERR_STACK_OVERFLOW);                                                      \
        CONTINUE();                                                                           \
    }
FOR_MASKS(CALL_CHECK, _)

STENCIL(PieceTailCheck) {
    if (UNLIKELY(!tail_fits(ctx, ri, rf, rc)))
        FAIL(VM_ERR_STACK_OVERFLOW);
    CONTINUE();
}

STENCIL(PieceTailJump) {
    TAIL_CALLEE();
}

STENCIL(PieceMoveC) {
    RC(_JIT_A) = RC(_JIT_B);
    CONTINUE();
}

STENCIL(PieceZeroI) {
    RI(_JIT_A) = 0;
    CONTINUE();
}

STENCIL(PieceZeroF) {
    RFBITS(_JIT_A) = 0;
    CONTINUE();
}

STENCIL(PieceZeroC) {
    RC(_JIT_A) = 0;
    CONTINUE();
}

/* The window of bank b for the callee: advanced by the caller's count in that bank if mask has it. */
#define STEP(mask, b, base, h) ((mask) & (1 << (b)) ? (void *)AT(base, h) : (void *)(base))
#define STEP_BACK(mask, b, pin, h) ((mask) & (1 << (b)) ? (void *)BACK(pin, h) : (void *)(pin))

/* The result of a call into register A of the destination's bank, converted as conv says. */
INLINE void store_result(int64_t *ri, double *rf, uint64_t *rc, uintptr_t conv, uint64_t r) {
    if (conv % 3 == 0)
        *U64(AT(ri, _JIT_A)) = conv_to_i64(conv, r);
    else if (conv % 3 == 1)
        *U64(AT(rf, _JIT_A)) = conv_to_f64(conv, r);
    else
        *U64(AT(rc, _JIT_A)) = conv_to_cell(conv, r);
}

#define CALL_ENTER(name, mask, conv, region)                                                   \
    STENCIL(name) {                                                                            \
        if (region)                                                                            \
            region_open(ctx, ctx->depth);                                                      \
        ctx->depth += 1;                                                                       \
        register int64_t *pin_i __asm__(PIN_I) = (int64_t *)STEP(mask, 0, ri, _JIT_FRAME_I);   \
        register double *pin_f __asm__(PIN_F) = (double *)STEP(mask, 1, rf, _JIT_FRAME_F);     \
        register uint64_t *pin_c __asm__(PIN_C) = (uint64_t *)STEP(mask, 2, rc, _JIT_FRAME_C); \
        register VMCtx *pin_ctx __asm__(PIN_CTX) = ctx;                                        \
        register uint64_t r __asm__(PIN_RESULT);                                               \
        __asm__ volatile(MACHINE_CALL                                                          \
                         : "=r"(r), "+r"(pin_i), "+r"(pin_f), "+r"(pin_c), "+r"(pin_ctx)       \
                         :                                                                     \
                         : CALL_CLOBBERS);                                                     \
        ctx = pin_ctx;                                                                         \
        ctx->depth -= 1;                                                                       \
        if (UNLIKELY(ctx->status != VM_STATUS_OK))                                             \
            return r;                                                                          \
        ri = (int64_t *)STEP_BACK(mask, 0, pin_i, _JIT_FRAME_I);                               \
        rf = (double *)STEP_BACK(mask, 1, pin_f, _JIT_FRAME_F);                                \
        rc = (uint64_t *)STEP_BACK(mask, 2, pin_c, _JIT_FRAME_C);                              \
        __asm__("" : "+r"(ri), "+r"(rf), "+r"(rc));                                            \
        if (region)                                                                            \
            region_close(ctx, (conv));                                                         \
        store_result(ri, rf, rc, (conv), r);                                                   \
        CONTINUE_CLOBBERED();                                                                  \
    }
/* PieceCall<mask>_<conv>, and PieceCallRegion<mask>_<conv> for a callee that may allocate (the region a call
 * of any other would open and close changes nothing). */
#define CALL_ENTER_BOTH(mask, conv) \
    CALL_ENTER(PieceCall##mask##_##conv, mask, conv, 0) CALL_ENTER(PieceCallRegion##mask##_##conv, mask, conv, 1)
#define CALL_ENTERS(mask, _)                                                                       \
    CALL_ENTER_BOTH(mask, 0) CALL_ENTER_BOTH(mask, 1) CALL_ENTER_BOTH(mask, 2) CALL_ENTER_BOTH(mask, 3) \
        CALL_ENTER_BOTH(mask, 4) CALL_ENTER_BOTH(mask, 5) CALL_ENTER_BOTH(mask, 8)
FOR_MASKS(CALL_ENTERS, _)
