/* Strings, lists and maps.  List access is inline; allocation, list growth, map probing and
 * string concatenation are runtime helpers (runtime.c) that return 0 after recording an error. */
#include "vm3.h"

STENCIL(LenStr) {
    uint64_t s = RC(_JIT_B);
    int64_t n;
    if ((s >> VM_TAG_SHIFT) == VM_TAG_STR)
        n = (int64_t)((s >> VM_INLINE_LEN_SHIFT) & 0xF);
    else if (LIKELY(is_handle(s, VM_HANDLE_HI_STR)))
        n = (int64_t)heap_obj(ctx, s)[VM_STR_LEN / 8];
    else
        FAIL(VM_ERR_WRONG_KIND);
    RI(_JIT_A) = n;
    CONTINUE();
}

STENCIL(ConcatStr) {
    uint64_t r = jit_rt_concat(ctx, RC(_JIT_B), RC(_JIT_C), LOC);
    PROPAGATE_IF_ZERO(r);
    RC(_JIT_A) = r;
    CONTINUE();
}

STENCIL(NewList) {
    uint64_t r = jit_rt_list_new(ctx, NUM(_JIT_CAP), LOC);
    PROPAGATE_IF_ZERO(r);
    RC(_JIT_A) = r;
    CONTINUE();
}

/* The header of list `l`, or a WRONG_KIND exit. */
#define LIST_HEADER(h, l)                           \
    if (UNLIKELY(!is_handle(l, VM_HANDLE_HI_LIST))) \
        FAIL(VM_ERR_WRONG_KIND);                    \
    uint64_t *h = heap_obj(ctx, l)

/* The address of element ri[C] of list rc[L], or a WRONG_KIND / INDEX exit. */
#define LIST_ELEM(p, L)                      \
    uint64_t list_ = RC(L);                  \
    LIST_HEADER(h_, list_);                  \
    uint64_t i_ = (uint64_t)RI(_JIT_C);      \
    if (UNLIKELY(i_ >= h_[VM_LIST_LEN / 8])) \
        FAIL(VM_ERR_INDEX);                  \
    uint64_t *p = heap_at(ctx, h_[VM_LIST_DATA / 8]) + i_

STENCIL(ListLenI64) {
    uint64_t l = RC(_JIT_B);
    LIST_HEADER(h, l);
    RI(_JIT_A) = (int64_t)h[VM_LIST_LEN / 8];
    CONTINUE();
}

/* Appends in place while there is room; jit_rt_list_push grows the data block. */
STENCIL(ListPushI64) {
    uint64_t l = RC(_JIT_A);
    LIST_HEADER(h, l);
    uint64_t v = int_cell(RI(_JIT_B));
    uint64_t n = h[VM_LIST_LEN / 8];
    if (LIKELY(n < h[VM_LIST_CAP / 8])) {
        heap_at(ctx, h[VM_LIST_DATA / 8])[n] = v;
        h[VM_LIST_LEN / 8] = n + 1;
    } else {
        PROPAGATE_IF_ZERO(jit_rt_list_push(ctx, l, v, LOC));
    }
    CONTINUE();
}

STENCIL(ListGetI64) {
    LIST_ELEM(p, _JIT_B);
    RI(_JIT_A) = cell_int(*p);
    CONTINUE();
}

STENCIL(ListSetI64) {
    LIST_ELEM(p, _JIT_A);
    *p = int_cell(RI(_JIT_B));
    CONTINUE();
}

/* The element's 64 bits, whatever its tag. */
STENCIL(ListGetF64) {
    LIST_ELEM(p, _JIT_B);
    RFBITS(_JIT_A) = *p;
    CONTINUE();
}

STENCIL(ListSetF64) {
    LIST_ELEM(p, _JIT_A);
    *p = canon_bits(RFBITS(_JIT_B));
    CONTINUE();
}

STENCIL(ListGetCell) {
    LIST_ELEM(p, _JIT_B);
    RC(_JIT_A) = *p;
    CONTINUE();
}

STENCIL(ListSetCell) {
    LIST_ELEM(p, _JIT_A);
    *p = RC(_JIT_B);
    CONTINUE();
}

STENCIL(NewMap) {
    uint64_t r = jit_rt_map_new(ctx, NUM(_JIT_CAP), LOC);
    PROPAGATE_IF_ZERO(r);
    RC(_JIT_A) = r;
    CONTINUE();
}

STENCIL(MapSetI64I64) {
    PROPAGATE_IF_ZERO(jit_rt_map_set(ctx, RC(_JIT_A), (uint64_t)RI(_JIT_B), (uint64_t)RI(_JIT_C), LOC));
    CONTINUE();
}

/* jit_rt_map_get returns the value Cell (an int48 Cell, never 0), int48 0 when absent. */
STENCIL(MapGetI64I64) {
    uint64_t r = jit_rt_map_get(ctx, RC(_JIT_B), (uint64_t)RI(_JIT_C), LOC);
    PROPAGATE_IF_ZERO(r);
    RI(_JIT_A) = cell_int(r);
    CONTINUE();
}
