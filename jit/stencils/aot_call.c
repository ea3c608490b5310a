/* The C interface of an AOT object: one thunk per vm3 function, and the text of the last call's outcome.
 *
 * A thunk is this one stencil, copied once per function with _JIT_CALLEE and _JIT_FUNC patched; its C
 * prototype (the generated header) is the function's parameters as int64_t, double and uint64_t (a raw
 * Cell), then a pointer for the result, returning the run's status.  The thunk declares every argument
 * register of the platform C ABI and the first VM_AOT_STACK_ARGS stack slots, which is where any such
 * prototype puts its arguments (8-byte ones, integer and floating-point registers counted apart, the rest on
 * the stack in order), and jit_aot_invoke picks them out by the function's signature.
 *
 * The VM lives in jit_aot_state, zero-filled data of the object: the context, the bank stacks, the heap and
 * the printing stack, with the limits jit.aot was given.  The string constants go into the heap at the first
 * call; every call then starts from that heap, at depth 1, on the caller's machine stack. */
#include "aot.h"

#if defined(__x86_64__)
#define INT_PARAMS uint64_t g0, uint64_t g1, uint64_t g2, uint64_t g3, uint64_t g4, uint64_t g5
#define INT_ARGS g0, g1, g2, g3, g4, g5
#else
#define INT_PARAMS \
    uint64_t g0, uint64_t g1, uint64_t g2, uint64_t g3, uint64_t g4, uint64_t g5, uint64_t g6, uint64_t g7
#define INT_ARGS g0, g1, g2, g3, g4, g5, g6, g7
#endif
#define FP_PARAMS double d0, double d1, double d2, double d3, double d4, double d5, double d6, double d7
#define STACK_PARAMS                                                                                        \
    uint64_t s0, uint64_t s1, uint64_t s2, uint64_t s3, uint64_t s4, uint64_t s5, uint64_t s6, uint64_t s7, \
        uint64_t s8, uint64_t s9, uint64_t s10, uint64_t s11, uint64_t s12, uint64_t s13, uint64_t s14, uint64_t s15
#define ARG_SLOTS (AOT_INT_ARG_REGS + VM_AOT_FP_ARG_REGS + VM_AOT_STACK_ARGS)
_Static_assert(VM_AOT_STACK_ARGS == 16, "STACK_PARAMS lists 16 slots");

INLINE AotState *state(void) {
    AotState *st;
    ADDRESS(jit_aot_state, st);
    return st;
}

/* The run of function fi at fn; args: the integer registers, the FP registers' bits, the stack slots. */
uint64_t jit_aot_invoke(uint64_t fi, void *fn, const uint64_t *args) {
    const AotProgram *p = program();
    AotState *st = state();
    VMCtx *ctx = &st->ctx;
    uint64_t bank_bytes = 8 * p->stack_regs;
    uint8_t *banks = (uint8_t *)st + p->banks;
    ctx->status = VM_STATUS_OK;
    ctx->depth = 1;
    ctx->max_depth = p->max_depth;
    ctx->ri_limit = (uint64_t)banks + bank_bytes;
    ctx->rf_limit = (uint64_t)banks + 2 * bank_bytes;
    ctx->rc_limit = (uint64_t)banks + 3 * bank_bytes;
    ctx->data_base = (uint64_t)prog_at(p, p->data);
    ctx->heap_mark = ctx->heap_floor = 0;
    ctx->marks = (uint64_t)st + p->marks;
    st->func = fi;
    st->result = 0;
    if (!st->ready) {
        if (jit_aot_heap_init(ctx, (uint64_t)st + p->heap, p->heap_size)) {
            ctx->status = VM_STATUS_ERROR;
            ctx->err_kind = VM_ERR_HEAP_EXHAUSTED;
            ctx->err_func = fi;
            ctx->err_pc = 0;
            return VM_STATUS_ERROR;
        }
        st->ready = 1;
    }
    ctx->heap_used = p->heap_image_size;
    const AotFunc *f = prog_func(p, fi);
    uint64_t *windows[3];
    for (uint64_t b = 0; b < 3; b++) {
        windows[b] = (uint64_t *)(banks + b * bank_bytes);
        for (uint64_t k = 0; k < f->nregs[b]; k++)
            windows[b][k] = 0;
    }
    const uint8_t *sig = prog_at(p, p->data + f->sig);
    uint64_t ints = 0, fps = 0, stacked = 0, *result = 0;
    for (uint64_t k = 0; k <= f->nparams; k++) { /* the parameters, then the result pointer */
        uint64_t fp = k < f->nparams && sig[k] == VM_BANK_F64, v;
        if (fp ? fps < VM_AOT_FP_ARG_REGS : ints < AOT_INT_ARG_REGS)
            v = fp ? args[AOT_INT_ARG_REGS + fps++] : args[ints++];
        else
            v = args[AOT_INT_ARG_REGS + VM_AOT_FP_ARG_REGS + stacked++];
        if (k < f->nparams)
            windows[sig[k]][k] = v;
        else
            result = (uint64_t *)v; /* may be null */
    }
    uint64_t r = jit_entry(ctx, fn, (int64_t *)windows[0], (double *)windows[1], windows[2]);
    st->result = r;
    if (ctx->status == VM_STATUS_OK && result)
        *result = r;
    return ctx->status;
}

uint64_t jit_aot_thunk(INT_PARAMS, FP_PARAMS, STACK_PARAMS) {
    uint64_t args[ARG_SLOTS] = {INT_ARGS,
                                f64_bits(d0), f64_bits(d1), f64_bits(d2), f64_bits(d3), f64_bits(d4), f64_bits(d5),
                                f64_bits(d6), f64_bits(d7),
                                s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15};
    void *fn;
    ADDRESS(_JIT_CALLEE, fn);
    return jit_aot_invoke(NUM(_JIT_FUNC), fn, args);
}

/* What `jit run` would print for the last call (the result, or the runtime error's message, no newline) into
 * buf, NUL-terminated and cut to size - 1 bytes; the length of the whole text. */
int64_t jit_aot_format_last(char *buf, int64_t size) {
    const AotProgram *p = program();
    AotState *st = state();
    Out o = {(uint8_t *)buf, 0, size > 0 ? (uint64_t)size - 1 : 0, 0, -1, 0};
    jit_aot_out_outcome(&o, st->func, st->result, &st->ctx, (uint8_t *)st + p->print_stack);
    if (size > 0)
        buf[o.len] = 0;
    return (int64_t)o.total;
}
