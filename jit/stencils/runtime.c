/* Runtime helpers: copied once into each image and reached from stencils by direct calls.
 *
 * Plain C ABI except jit_rt_fail (the stencil convention, so that stencils reach it by a
 * tail jump).  The stencils keep their four pointers in callee-saved registers of the C
 * ABI, so calling a helper costs them no spills.  A helper that fails records the error
 * (kind, function, pc from `loc`) and returns 0; no result it returns is ever 0 otherwise.
 * Heap sizes follow docs/semantics.md exactly. */
#include "vm3.h"

#define NO_OFFSET ((uint64_t)-1)

INLINE void record_error(VMCtx *ctx, uint64_t kind, uint64_t loc) {
    ctx->err_kind = kind;
    ctx->err_func = loc >> 16;
    ctx->err_pc = loc & 0xFFFF;
    ctx->status = VM_STATUS_ERROR;
}

PRESERVE_NONE uint64_t jit_rt_fail(int64_t *ri, double *rf, uint64_t *rc, VMCtx *ctx, uint64_t kind, uint64_t loc) {
    (void)ri, (void)rf, (void)rc;
    record_error(ctx, kind, loc);
    return 0;
}

/* Bump allocation of n bytes rounded up to 8: the block's heap offset, or NO_OFFSET after
 * recording HEAP_EXHAUSTED. */
INLINE uint64_t alloc(VMCtx *ctx, uint64_t n, uint64_t loc) {
    uint64_t size = (n + 7) & ~(uint64_t)7;
    uint64_t used = ctx->heap_used;
    if (UNLIKELY(size > ctx->heap_size - used)) {
        record_error(ctx, VM_ERR_HEAP_EXHAUSTED, loc);
        return NO_OFFSET;
    }
    ctx->heap_used = used + size;
    return used;
}

/* A block of `to` bytes to replace the block of `from` bytes at `block`: that block extended in place when it
 * is the last one allocated (no copy needed), else a fresh one; NO_OFFSET after recording HEAP_EXHAUSTED. */
INLINE uint64_t regrow(VMCtx *ctx, uint64_t block, uint64_t from, uint64_t to, uint64_t loc) {
    if (from > 0 && block + from == ctx->heap_used)
        return alloc(ctx, to - from, loc) == NO_OFFSET ? NO_OFFSET : block;
    return alloc(ctx, to, loc);
}

INLINE uint64_t handle(uint64_t hi, uint64_t offset) {
    return (hi << 32) | (offset >> 3);
}

INLINE void copy_words(uint64_t *dst, const uint64_t *src, uint64_t n) {
    for (uint64_t i = 0; i < n; i++)
        dst[i] = src[i];
}

/* ---- Lists: header {len, cap, data offset}, data block of cap Cells ---- */

uint64_t jit_rt_list_new(VMCtx *ctx, uint64_t cap, uint64_t loc) {
    uint64_t h = alloc(ctx, VM_LIST_HEADER_SIZE, loc);
    if (h == NO_OFFSET)
        return 0;
    uint64_t data = 0;
    if (cap > 0 && (data = alloc(ctx, cap * 8, loc)) == NO_OFFSET)
        return 0;
    uint64_t *o = heap_at(ctx, h);
    o[VM_LIST_LEN / 8] = 0;
    o[VM_LIST_CAP / 8] = cap;
    o[VM_LIST_DATA / 8] = data;
    return handle(VM_HANDLE_HI_LIST, h);
}

/* Appends `value` to a list (kind already checked), growing it to a block of max(4, 2 * cap)
 * Cells when it is full: in place when its block ends the heap, else moved (the old block is
 * abandoned).  Returns 1, or 0 on HEAP_EXHAUSTED. */
uint64_t jit_rt_list_push(VMCtx *ctx, uint64_t list, uint64_t value, uint64_t loc) {
    uint64_t *o = heap_obj(ctx, list);
    uint64_t len = o[VM_LIST_LEN / 8], cap = o[VM_LIST_CAP / 8];
    if (len == cap) {
        uint64_t ncap = 2 * cap < VM_LIST_MIN_GROW ? VM_LIST_MIN_GROW : 2 * cap;
        uint64_t old = o[VM_LIST_DATA / 8], data = regrow(ctx, old, cap * 8, ncap * 8, loc);
        if (data == NO_OFFSET)
            return 0;
        if (data != old)
            copy_words(heap_at(ctx, data), heap_at(ctx, old), len);
        o[VM_LIST_CAP / 8] = ncap;
        o[VM_LIST_DATA / 8] = data;
        keep_if_grown_old(ctx, list);
    }
    heap_at(ctx, o[VM_LIST_DATA / 8])[len] = value;
    o[VM_LIST_LEN / 8] = len + 1;
    return 1;
}

/* ---- Maps: header {len, cap, entries offset, index offset, hash shift}; one block of
 * cap entries {key Cell, value Cell} followed by 2 * cap u32 index slots (0: empty, else
 * entry number + 1).  Entries stay in insertion order; keys are int48 Cells. ---- */

INLINE uint64_t map_slot(uint64_t key, uint64_t shift) {
    return (key * VM_MAP_HASH_MULT) >> shift;
}

/* Lays out a fresh block of `cap` entries at `block` for map header m (index zeroed). */
INLINE void map_init_block(VMCtx *ctx, uint64_t *m, uint64_t block, uint64_t cap) {
    uint64_t index = block + cap * VM_MAP_ENTRY_SIZE;
    m[VM_MAP_CAP / 8] = cap;
    m[VM_MAP_ENTRIES / 8] = block;
    m[VM_MAP_INDEX / 8] = index;
    m[VM_MAP_SHIFT / 8] = 64 - (uint64_t)__builtin_ctzll(2 * cap);
    uint64_t *slots = heap_at(ctx, index);
    for (uint64_t i = 0; i < cap; i++) /* 2 * cap u32 slots = cap words */
        slots[i] = 0;
}

/* The entry number of `key`, or NO_OFFSET with *slot set to the empty index slot where it would go. */
INLINE uint64_t map_find(VMCtx *ctx, const uint64_t *m, uint64_t key, uint64_t *slot) {
    const uint32_t *index = (const uint32_t *)heap_at(ctx, m[VM_MAP_INDEX / 8]);
    const uint64_t *entries = heap_at(ctx, m[VM_MAP_ENTRIES / 8]);
    uint64_t mask = 2 * m[VM_MAP_CAP / 8] - 1;
    for (uint64_t s = map_slot(key, m[VM_MAP_SHIFT / 8]);; s = (s + 1) & mask) {
        uint32_t e = index[s];
        if (e == 0) {
            *slot = s;
            return NO_OFFSET;
        }
        if (entries[2 * (e - 1)] == key)
            return e - 1;
    }
}

uint64_t jit_rt_map_new(VMCtx *ctx, uint64_t hint, uint64_t loc) {
    uint64_t cap = VM_MAP_MIN_CAP;
    while (cap < hint)
        cap <<= 1;
    uint64_t h = alloc(ctx, VM_MAP_HEADER_SIZE, loc);
    if (h == NO_OFFSET)
        return 0;
    uint64_t block = alloc(ctx, cap * VM_MAP_BLOCK_PER_CAP, loc);
    if (block == NO_OFFSET)
        return 0;
    uint64_t *m = heap_at(ctx, h);
    m[VM_MAP_LEN / 8] = 0;
    map_init_block(ctx, m, block, cap);
    return handle(VM_HANDLE_HI_MAP, h);
}

/* Grows a full map to a block of twice the entries (in place when its block ends the heap: the entries stay,
 * the new index lies past the old block) and rebuilds its index. */
INLINE uint64_t map_grow(VMCtx *ctx, uint64_t *m, uint64_t loc) {
    uint64_t len = m[VM_MAP_LEN / 8], cap = 2 * m[VM_MAP_CAP / 8], old = m[VM_MAP_ENTRIES / 8];
    uint64_t block = regrow(ctx, old, cap / 2 * VM_MAP_BLOCK_PER_CAP, cap * VM_MAP_BLOCK_PER_CAP, loc);
    if (block == NO_OFFSET)
        return 0;
    if (block != old)
        copy_words(heap_at(ctx, block), heap_at(ctx, old), 2 * len);
    map_init_block(ctx, m, block, cap);
    uint32_t *index = (uint32_t *)heap_at(ctx, m[VM_MAP_INDEX / 8]);
    const uint64_t *entries = heap_at(ctx, block);
    for (uint64_t i = 0; i < len; i++) {
        uint64_t s = map_slot(entries[2 * i], m[VM_MAP_SHIFT / 8]);
        while (index[s] != 0)
            s = (s + 1) & (2 * cap - 1);
        index[s] = (uint32_t)(i + 1);
    }
    return 1;
}

uint64_t jit_rt_map_set(VMCtx *ctx, uint64_t map, uint64_t key, uint64_t value, uint64_t loc) {
    if (UNLIKELY(!is_handle(map, VM_HANDLE_HI_MAP))) {
        record_error(ctx, VM_ERR_WRONG_KIND, loc);
        return 0;
    }
    uint64_t *m = heap_obj(ctx, map);
    uint64_t k = int_cell((int64_t)key), v = int_cell((int64_t)value), slot;
    uint64_t e = map_find(ctx, m, k, &slot);
    if (e == NO_OFFSET) {
        if (m[VM_MAP_LEN / 8] == m[VM_MAP_CAP / 8]) {
            if (!map_grow(ctx, m, loc))
                return 0;
            keep_if_grown_old(ctx, map);
            map_find(ctx, m, k, &slot);
        }
        e = m[VM_MAP_LEN / 8]++;
        heap_at(ctx, m[VM_MAP_ENTRIES / 8])[2 * e] = k;
        ((uint32_t *)heap_at(ctx, m[VM_MAP_INDEX / 8]))[slot] = (uint32_t)(e + 1);
    }
    heap_at(ctx, m[VM_MAP_ENTRIES / 8])[2 * e + 1] = v;
    return 1;
}

uint64_t jit_rt_map_get(VMCtx *ctx, uint64_t map, uint64_t key, uint64_t loc) {
    if (UNLIKELY(!is_handle(map, VM_HANDLE_HI_MAP))) {
        record_error(ctx, VM_ERR_WRONG_KIND, loc);
        return 0;
    }
    const uint64_t *m = heap_obj(ctx, map);
    uint64_t slot, e = map_find(ctx, m, int_cell((int64_t)key), &slot);
    return e == NO_OFFSET ? int_cell(0) : heap_at(ctx, m[VM_MAP_ENTRIES / 8])[2 * e + 1];
}

/* ---- Strings: inline Cells up to 5 bytes, else a block {u64 length, bytes} ---- */

/* Points *p at the bytes of string Cell s (an inline string's bytes are copied to *buf);
 * returns its length, or NO_OFFSET if s is not a string. */
INLINE uint64_t str_view(VMCtx *ctx, uint64_t s, uint64_t *buf, const uint8_t **p) {
    if ((s >> VM_TAG_SHIFT) == VM_TAG_STR) {
        *buf = s;
        *p = (const uint8_t *)buf;
        return (s >> VM_INLINE_LEN_SHIFT) & 0xF;
    }
    if (!is_handle(s, VM_HANDLE_HI_STR))
        return NO_OFFSET;
    const uint64_t *o = heap_obj(ctx, s);
    *p = (const uint8_t *)(o + VM_STR_BYTES / 8);
    return o[VM_STR_LEN / 8];
}

uint64_t jit_rt_concat(VMCtx *ctx, uint64_t a, uint64_t b, uint64_t loc) {
    uint64_t abuf, bbuf;
    const uint8_t *pa, *pb;
    uint64_t na = str_view(ctx, a, &abuf, &pa), nb = str_view(ctx, b, &bbuf, &pb);
    if (UNLIKELY(na == NO_OFFSET || nb == NO_OFFSET)) {
        record_error(ctx, VM_ERR_WRONG_KIND, loc);
        return 0;
    }
    uint64_t n = na + nb;
    if (n <= VM_INLINE_STR_MAX) {
        uint64_t c = ((uint64_t)VM_TAG_STR << VM_TAG_SHIFT) | (n << VM_INLINE_LEN_SHIFT);
        for (uint64_t i = 0; i < n; i++)
            c |= (uint64_t)(i < na ? pa[i] : pb[i - na]) << (8 * i);
        return c;
    }
    uint64_t off = alloc(ctx, VM_STR_BYTES + n, loc);
    if (off == NO_OFFSET)
        return 0;
    uint64_t *o = heap_at(ctx, off);
    o[VM_STR_LEN / 8] = n;
    uint8_t *dst = (uint8_t *)(o + VM_STR_BYTES / 8);
    for (uint64_t i = 0; i < na; i++)
        dst[i] = pa[i];
    for (uint64_t i = 0; i < nb; i++)
        dst[na + i] = pb[i];
    return handle(VM_HANDLE_HI_STR, off);
}
