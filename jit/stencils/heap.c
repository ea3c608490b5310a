/* Strings, lists and maps (the f64 list ops are in float.c).  List access is inline; allocation, list
 * growth, map probing and string concatenation are runtime helpers (runtime.c) that return 0 after
 * recording an error.  Every list op has a `_k` variant for a list the compiler knows to be one, and the i64
 * list ops that call no helper have variants with their i64 operands in slots (vm3.h, "Operand locations";
 * the list itself, a cell register, is always in memory).  A stencil that may call a helper continues with
 * its slots clobbered (CONTINUE_CLOBBERED): preserving them across a C call would cost its fast path a frame,
 * and the compiler reloads what it caches after such an op. */
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
    CONTINUE_CLOBBERED();
}

STENCIL(NewList) {
    uint64_t r = jit_rt_list_new(ctx, NUM(_JIT_CAP), LOC);
    PROPAGATE_IF_ZERO(r);
    RC(_JIT_A) = r;
    CONTINUE_CLOBBERED();
}

#define LIST_LEN(name, known, a)                    \
    STENCIL(name) {                                 \
        uint64_t l = RC(_JIT_B);                    \
        LIST_HEADER(h, l, known);                   \
        IAT(a, _JIT_A) = (int64_t)h[VM_LIST_LEN / 8]; \
        CONTINUE();                                 \
    }
#define LIST_LEN_VARIANTS(a, _) LIST_LEN(ListLenI64_r##a##m, 0, a) LIST_LEN(ListLenI64_kr##a##m, 1, a)
LIST_LEN(ListLenI64, 0, m)
LIST_LEN(ListLenI64_k, 1, m)
FOR_SLOTS(LIST_LEN_VARIANTS, _)

/* Appends in place while there is room; jit_rt_list_push grows the data block. */
#define LIST_PUSH(name, known)                                       \
    STENCIL(name) {                                                  \
        uint64_t l = RC(_JIT_A);                                     \
        LIST_HEADER(h, l, known);                                    \
        uint64_t v = int_cell(RI(_JIT_B));                           \
        uint64_t n = h[VM_LIST_LEN / 8];                             \
        if (LIKELY(n < h[VM_LIST_CAP / 8])) {                        \
            heap_at(ctx, h[VM_LIST_DATA / 8])[n] = v;                \
            h[VM_LIST_LEN / 8] = n + 1;                              \
        } else {                                                     \
            PROPAGATE_IF_ZERO(jit_rt_list_push(ctx, l, v, LOC));     \
        }                                                            \
        CONTINUE_CLOBBERED();                                                  \
    }
WITH_KNOWN_LIST(LIST_PUSH, ListPushI64)

#define LIST_GET_I64(name, known, a, c)   \
    STENCIL(name) {                       \
        LIST_ELEM(p, _JIT_B, known, c);   \
        IAT(a, _JIT_A) = cell_int(*p);    \
        CONTINUE();                       \
    }
#define LIST_GET_I64_VARIANTS(a, c, _) \
    LIST_GET_I64(ListGetI64_r##a##m##c, 0, a, c) LIST_GET_I64(ListGetI64_kr##a##m##c, 1, a, c)
LIST_GET_I64(ListGetI64, 0, m, m)
LIST_GET_I64(ListGetI64_k, 1, m, m)
FOR_LOC_PAIRS(LIST_GET_I64_VARIANTS, _)

#define LIST_SET_I64(name, known, b, c)   \
    STENCIL(name) {                       \
        LIST_ELEM(p, _JIT_A, known, c);   \
        *p = int_cell(IAT(b, _JIT_B));    \
        CONTINUE();                       \
    }
#define LIST_SET_I64_VARIANTS(b, c, _) \
    LIST_SET_I64(ListSetI64_rm##b##c, 0, b, c) LIST_SET_I64(ListSetI64_krm##b##c, 1, b, c)
LIST_SET_I64(ListSetI64, 0, m, m)
LIST_SET_I64(ListSetI64_k, 1, m, m)
FOR_LOC_PAIRS(LIST_SET_I64_VARIANTS, _)

#define LIST_GET_CELL(name, known)       \
    STENCIL(name) {                      \
        LIST_ELEM(p, _JIT_B, known, m);  \
        RC(_JIT_A) = *p;                 \
        CONTINUE();                      \
    }
WITH_KNOWN_LIST(LIST_GET_CELL, ListGetCell)

#define LIST_SET_CELL(name, known)       \
    STENCIL(name) {                      \
        LIST_ELEM(p, _JIT_A, known, m);  \
        uint64_t v_ = RC(_JIT_B);        \
        *p = v_;                         \
        keep_if_younger(ctx, list_, v_); \
        CONTINUE();                      \
    }
WITH_KNOWN_LIST(LIST_SET_CELL, ListSetCell)

STENCIL(NewMap) {
    uint64_t r = jit_rt_map_new(ctx, NUM(_JIT_CAP), LOC);
    PROPAGATE_IF_ZERO(r);
    RC(_JIT_A) = r;
    CONTINUE_CLOBBERED();
}

STENCIL(MapSetI64I64) {
    PROPAGATE_IF_ZERO(jit_rt_map_set(ctx, RC(_JIT_A), (uint64_t)RI(_JIT_B), (uint64_t)RI(_JIT_C), LOC));
    CONTINUE_CLOBBERED();
}

/* jit_rt_map_get returns the value Cell (an int48 Cell, never 0), int48 0 when absent. */
STENCIL(MapGetI64I64) {
    uint64_t r = jit_rt_map_get(ctx, RC(_JIT_B), (uint64_t)RI(_JIT_C), LOC);
    PROPAGATE_IF_ZERO(r);
    RI(_JIT_A) = cell_int(r);
    CONTINUE_CLOBBERED();
}
