/* Results and runtime errors as `jit run` prints them (jit.vm.results, jit.errors.VMError).
 *
 * A Cell prints as its value: a string bare at the top and double-quoted inside a container, lists and maps
 * element by element, and a container that is already being printed (a cycle) as [...] or {...}.  The walk
 * is iterative over a stack of frames the caller provides, so that a list nested a million deep prints; a
 * container being printed carries a mark in its capacity word, cleared when it is done, so that finding a
 * cycle costs nothing.  The run is over when results print, so the heap is not read by anything else.
 *
 * Only lists hold containers (a map's keys and values are int48 Cells), and a list that holds one has a data
 * block, so each frame but the last stands for at least VM_LIST_HEADER_SIZE + 8 bytes of heap: the stack
 * needs no more than VM_AOT_FRAME_SIZE * (heap_used / (VM_LIST_HEADER_SIZE + 8) + 1) bytes. */
#include "aot.h"

#define MARK (1ull << 63)
#define ARENA_STR 0
#define ARENA_LIST 1
#define ARENA_MAP 2

typedef struct Frame {
    uint64_t *obj; /* the container's header */
    uint64_t next; /* the next element, times 2 with bit 0 set for a map (whose elements are key, value) */
} Frame;
_Static_assert(sizeof(Frame) == VM_AOT_FRAME_SIZE, "frame size");

INLINE uint64_t *obj_at(const VMCtx *ctx, uint64_t cell) {
    return (uint64_t *)(ctx->heap_base + ((cell & 0xFFFFFFFF) << 3));
}

INLINE uint64_t arena(uint64_t cell) {
    return (cell >> 44) & 0xF;
}

INLINE uint64_t is_container(uint64_t cell) {
    return cell >> 48 == VM_TAG_HANDLE && (arena(cell) == ARENA_LIST || arena(cell) == ARENA_MAP);
}

/* A Cell that is no container (jit.vm.results.format_scalar, and strings). */
INLINE void out_scalar(Out *o, uint64_t c, uint64_t quoted, const VMCtx *ctx) {
    uint64_t tag = c >> 48;
    if (tag == VM_TAG_STR) {
        uint64_t n = (c >> VM_INLINE_LEN_SHIFT) & 0xF, bytes = c;
        jit_aot_out_string(o, (const uint8_t *)&bytes, n < VM_INLINE_STR_MAX ? n : VM_INLINE_STR_MAX, quoted);
    } else if (tag == VM_TAG_HANDLE && arena(c) == ARENA_STR) {
        const uint64_t *s = obj_at(ctx, c);
        jit_aot_out_string(o, (const uint8_t *)(s + VM_STR_BYTES / 8), s[VM_STR_LEN / 8], quoted);
    } else if (tag < VM_TAG_DEOPT) {
        jit_aot_out_f64(o, c);
    } else if (tag == VM_TAG_DEOPT) {
        jit_aot_out_text(o, VM_AOT_TEXT_DEOPT);
        jit_aot_out_u64(o, c & VM_INT48_MASK);
    } else if (tag == VM_TAG_INT) {
        jit_aot_out_i64(o, cell_int(c));
    } else if (tag == VM_TAG_BOOL) {
        jit_aot_out_text(o, c & 1 ? VM_AOT_TEXT_TRUE : VM_AOT_TEXT_FALSE);
    } else if (tag == VM_TAG_NULL) {
        jit_aot_out_text(o, VM_AOT_TEXT_NULL);
    } else {
        jit_aot_out_text(o, VM_AOT_TEXT_CELL);
        jit_aot_out_hex(o, c, 16);
        out_byte(o, '>');
    }
}

/* Open container c (not being printed yet) on frame f. */
INLINE void enter(Out *o, Frame *f, uint64_t c, const VMCtx *ctx) {
    uint64_t map = arena(c) == ARENA_MAP;
    f->obj = obj_at(ctx, c);
    f->next = map;
    f->obj[VM_LIST_CAP / 8] |= MARK;
    out_byte(o, map ? '{' : '[');
}

/* Cell c; `stack` has room for the frames (the comment at the top). */
void jit_aot_out_cell(Out *o, uint64_t c, const VMCtx *ctx, void *stack) {
    Frame *frames = (Frame *)stack;
    if (!is_container(c)) {
        out_scalar(o, c, 0, ctx);
        return;
    }
    uint64_t depth = 1;
    enter(o, &frames[0], c, ctx);
    while (depth) {
        Frame *f = &frames[depth - 1];
        uint64_t map = f->next & 1, i = f->next >> 1;
        if (i == f->obj[VM_LIST_LEN / 8] << map) {
            f->obj[VM_LIST_CAP / 8] &= ~MARK;
            out_byte(o, map ? '}' : ']');
            depth--;
            continue;
        }
        f->next += 2;
        if (map && (i & 1)) {
            out_byte(o, ':');
            out_byte(o, ' ');
        } else if (i) {
            out_byte(o, ',');
            out_byte(o, ' ');
        }
        /* A list's data block and a map's entries block are both at header word 2, as Cells (key, value). */
        uint64_t item = ((const uint64_t *)(ctx->heap_base + f->obj[VM_LIST_DATA / 8]))[i];
        if (!is_container(item))
            out_scalar(o, item, 1, ctx);
        else if (obj_at(ctx, item)[VM_LIST_CAP / 8] & MARK)
            jit_aot_out_text(o, arena(item) == ARENA_MAP ? VM_AOT_TEXT_MAP_CYCLE : VM_AOT_TEXT_LIST_CYCLE);
        else
            enter(o, &frames[depth++], item, ctx);
    }
}

void jit_aot_out_value(Out *o, uint64_t bank, uint64_t bits, const VMCtx *ctx, void *stack) {
    if (bank == VM_BANK_I64)
        jit_aot_out_i64(o, (int64_t)bits);
    else if (bank == VM_BANK_F64)
        jit_aot_out_f64(o, bits);
    else
        jit_aot_out_cell(o, bits, ctx, stack);
}

/* What the run of function `func` left in ctx, as `jit run` prints it: the result, the deopt Cell, or the
 * runtime error's message; 1 for an error, else 0. */
uint64_t jit_aot_out_outcome(Out *o, uint64_t func, uint64_t bits, const VMCtx *ctx, void *stack) {
    const AotProgram *p = program();
    if (ctx->status == VM_STATUS_ERROR) {
        const AotFunc *f = prog_func(p, ctx->err_func);
        jit_aot_out_text(o, VM_AOT_TEXT_RUNTIME_ERROR);
        jit_aot_out_text(o, VM_AOT_TEXT_KIND + ctx->err_kind);
        jit_aot_out_text(o, VM_AOT_TEXT_IN);
        jit_aot_out_bytes(o, prog_at(p, f->name), f->name_len);
        jit_aot_out_text(o, VM_AOT_TEXT_AT_PC);
        jit_aot_out_u64(o, ctx->err_pc);
        return 1;
    }
    if (ctx->status == VM_STATUS_DEOPT)
        jit_aot_out_cell(o, (uint64_t)VM_TAG_DEOPT << VM_TAG_SHIFT | ctx->deopt_pc, ctx, stack);
    else
        jit_aot_out_value(o, prog_func(p, func)->result, bits, ctx, stack);
    return 0;
}
