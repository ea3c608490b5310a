/* The VM heap of an AOT run: set up through this one function, as jit.vm.startup sets up every backend's. */
#include "aot.h"

uint64_t jit_aot_heap_init(VMCtx *ctx, uint64_t base, uint64_t size) {
    const AotProgram *p = program();
    const uint8_t *image = prog_at(p, p->heap_image);
    ctx->heap_base = base;
    ctx->heap_size = size;
    ctx->heap_used = 0;
    for (uint64_t used = 0; used < p->heap_image_size;) { /* the string constants, in program order */
        uint64_t n = VM_STR_BYTES + align8(*(const uint64_t *)(image + used));
        if (n > size - used)
            return n;
        copy_bytes((uint8_t *)base + used, image + used, n);
        ctx->heap_used = used += n;
    }
    return 0;
}
