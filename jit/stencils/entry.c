/* The entry trampoline: from the platform C ABI (SysV x86-64, AAPCS64) into the stencil convention. */
#include "vm3.h"

/* Runs the compiled function at `fn` (its FuncEntry) on windows ri/rf/rc; returns its raw result,
 * also left in ctx->result.  The host sets up ctx (depth 1, limits, heap) and the arguments. */
uint64_t jit_entry(VMCtx *ctx, void *fn, int64_t *ri, double *rf, uint64_t *rc) {
    uint64_t r = ((VMStencil *)fn)(ri, rf, rc, ctx NO_SLOTS);
    ctx->result = r;
    return r;
}
