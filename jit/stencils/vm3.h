/* vm3.h: the contract between the stencils, the runtime helpers and the Python side.
 *
 * Python reads every line of the form `#define VM_NAME number` (decimal or hex,
 * nothing else on the line) as data: context offsets, status and error codes,
 * Cell tags, heap layout.  Keep those lines in that exact form; macros that
 * Python does not read never start with `VM_`.  docs/stencil-abi.md explains
 * the ABI and every hole.
 *
 * No system header is included: the stencils are freestanding and the
 * refresh must not depend on the machine's libc headers.
 */
#ifndef VM3_H
#define VM3_H

typedef __INT16_TYPE__ int16_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __UINTPTR_TYPE__ uintptr_t;

/* ---- Status (ctx->status) ---- */
#define VM_STATUS_OK 0
#define VM_STATUS_ERROR 1
#define VM_STATUS_DEOPT 2

/* ---- Error kinds: the numbers of jit/errors.py ErrorKind ---- */
#define VM_ERR_DIV_ZERO 1
#define VM_ERR_INDEX 2
#define VM_ERR_WRONG_KIND 3
#define VM_ERR_STACK_OVERFLOW 4
#define VM_ERR_HEAP_EXHAUSTED 5
#define VM_ERR_INSN_LIMIT 6

/* ---- VM context: every field is a u64 at a fixed byte offset ---- */
#define VM_CTX_STATUS 0
#define VM_CTX_ERR_KIND 8
#define VM_CTX_ERR_FUNC 16
#define VM_CTX_ERR_PC 24
#define VM_CTX_DEPTH 32
#define VM_CTX_MAX_DEPTH 40
#define VM_CTX_RI_LIMIT 48
#define VM_CTX_RF_LIMIT 56
#define VM_CTX_RC_LIMIT 64
#define VM_CTX_HEAP_BASE 72
#define VM_CTX_HEAP_USED 80
#define VM_CTX_HEAP_SIZE 88
#define VM_CTX_DEOPT_PC 96
#define VM_CTX_RESULT 104
#define VM_CTX_DATA_BASE 112
/* Reclamation by regions (docs/semantics.md, "Reclaiming"): the heap offset at the innermost call that may
 * allocate (0 outside any), the offset no return may truncate below, and the array where each such call saves
 * the mark of the call around it, indexed by the caller's depth. */
#define VM_CTX_HEAP_MARK 120
#define VM_CTX_HEAP_FLOOR 128
#define VM_CTX_MARKS 136
#define VM_CTX_SIZE 144

/* ---- Cell encoding (docs/opcodes.md, "Cells") ---- */
#define VM_TAG_SHIFT 48
#define VM_TAG_DEOPT 0xFFF8
#define VM_TAG_STR 0xFFF9
#define VM_TAG_INT 0xFFFA
#define VM_TAG_BOOL 0xFFFB
#define VM_TAG_NULL 0xFFFC
#define VM_TAG_HANDLE 0xFFFF
#define VM_CANON_NAN 0x7FF8000000000000
#define VM_INT48_MASK 0xFFFFFFFFFFFF
#define VM_INLINE_STR_MAX 5
#define VM_INLINE_LEN_SHIFT 40
/* cell >> 32 of a generation-0 handle into each arena (tag, arena, generation). */
#define VM_HANDLE_HI_STR 0xFFFF0000
#define VM_HANDLE_HI_LIST 0xFFFF1000
#define VM_HANDLE_HI_MAP 0xFFFF2000

/* ---- Heap: an object lives at heap_base + 8 * slot; offsets below are within it ---- */
#define VM_STR_LEN 0
#define VM_STR_BYTES 8
#define VM_LIST_LEN 0
#define VM_LIST_CAP 8
#define VM_LIST_DATA 16
#define VM_LIST_HEADER_SIZE 24
#define VM_LIST_MIN_GROW 4
#define VM_MAP_LEN 0
#define VM_MAP_CAP 8
#define VM_MAP_ENTRIES 16
#define VM_MAP_INDEX 24
#define VM_MAP_SHIFT 32
#define VM_MAP_HEADER_SIZE 40
#define VM_MAP_ENTRY_SIZE 16
#define VM_MAP_BLOCK_PER_CAP 24
#define VM_MAP_MIN_CAP 4
#define VM_MAP_HASH_MULT 0x9E3779B97F4A7C15

/* ---- Call result conversion (_JIT_CONV = 3 * callee result bank + destination bank) ---- */
#define VM_CONV_I64_I64 0
#define VM_CONV_I64_F64 1
#define VM_CONV_I64_CELL 2
#define VM_CONV_F64_I64 3
#define VM_CONV_F64_F64 4
#define VM_CONV_F64_CELL 5
#define VM_CONV_CELL_CELL 8

/* ---- Parameter bank codes in a call signature (one byte per parameter) ---- */
#define VM_BANK_I64 0
#define VM_BANK_F64 1
#define VM_BANK_CELL 2

typedef struct VMCtx {
    uint64_t status;
    uint64_t err_kind;
    uint64_t err_func;
    uint64_t err_pc;
    uint64_t depth;
    uint64_t max_depth;
    uint64_t ri_limit;
    uint64_t rf_limit;
    uint64_t rc_limit;
    uint64_t heap_base;
    uint64_t heap_used;
    uint64_t heap_size;
    uint64_t deopt_pc;
    uint64_t result;
    uint64_t data_base;
    uint64_t heap_mark;
    uint64_t heap_floor;
    uint64_t marks;
} VMCtx;

#define CTX_AT(field, off) _Static_assert(__builtin_offsetof(VMCtx, field) == (off), #field " offset")
CTX_AT(status, VM_CTX_STATUS);
CTX_AT(err_kind, VM_CTX_ERR_KIND);
CTX_AT(err_func, VM_CTX_ERR_FUNC);
CTX_AT(err_pc, VM_CTX_ERR_PC);
CTX_AT(depth, VM_CTX_DEPTH);
CTX_AT(max_depth, VM_CTX_MAX_DEPTH);
CTX_AT(ri_limit, VM_CTX_RI_LIMIT);
CTX_AT(rf_limit, VM_CTX_RF_LIMIT);
CTX_AT(rc_limit, VM_CTX_RC_LIMIT);
CTX_AT(heap_base, VM_CTX_HEAP_BASE);
CTX_AT(heap_used, VM_CTX_HEAP_USED);
CTX_AT(heap_size, VM_CTX_HEAP_SIZE);
CTX_AT(deopt_pc, VM_CTX_DEOPT_PC);
CTX_AT(result, VM_CTX_RESULT);
CTX_AT(data_base, VM_CTX_DATA_BASE);
CTX_AT(heap_mark, VM_CTX_HEAP_MARK);
CTX_AT(heap_floor, VM_CTX_HEAP_FLOOR);
CTX_AT(marks, VM_CTX_MARKS);
_Static_assert(sizeof(VMCtx) == VM_CTX_SIZE, "context size");

/* ---- The stencil calling convention ----
 * Every stencil (and every compiled vm3 function, which starts with FuncEntry)
 * has this type.  preserve_none passes the four pointers in registers that
 * stay pinned along a chain of musttail jumps: r12, r13, r14, r15 on x86-64,
 * x20, x21, x22, x23 on arm64.  The return value is the raw 64 bits of a
 * vm3 return (rax / x0). */
#define PRESERVE_NONE __attribute__((preserve_none))
#define HIDDEN __attribute__((visibility("hidden")))
#define INLINE static inline __attribute__((always_inline))

/* ---- Cached registers ----
 * The compiler keeps some of a function's vm3 registers in machine registers across stencils (its register
 * allocation, docs/stencil-abi.md "Cached registers"): VM_SLOTS i64 slots s0..s3 and VM_SLOTS f64 slots f0..f3,
 * more arguments of every stencil after the four pinned pointers.  A stencil passes them on unchanged unless it
 * is a variant that writes one; a vm3 call clobbers them (the compiler reloads the caller's after it).
 *
 * x86-64: preserve_none's integer arguments after r12-r15 are rdi, rsi, rdx, rcx, r8, r9, r11, rax.  The slots
 * are r8, r9, r11 and rsi; rdi, rdx and rcx are parameters that every stencil passes on undefined (UNDEF), so
 * they stay free as scratch registers (division needs rdx, helper calls rdi..rcx).  The f64 slots are
 * xmm0..xmm3.  arm64: x24..x27 (callee-saved in the C ABI, so they survive helper calls) and d0..d3. */
#define VM_SLOTS 4

/* A value of type T in whatever register the next use needs, with no instruction to make it: an empty asm
 * whose output the compiler cannot know.  Not volatile (that would keep loads from folding into the
 * instructions around it); a distinct number n for each use keeps two of them from being merged into one
 * value, which would then need moves into the different registers. */
#define UNDEF_AS(T, constraint, n)                    \
    ({                                                \
        T u_;                                         \
        __asm__("" : constraint(u_) : "n"(n));        \
        u_;                                           \
    })
#define UNDEF_I(n) UNDEF_AS(int64_t, "=r", n)
#if defined(__x86_64__)
#define UNDEF_F(n) UNDEF_AS(double, "=x", n)
#define SLOT_PARAMS                                                                                    \
    , uint64_t x_rdi_, int64_t s3, uint64_t x_rdx_, uint64_t x_rcx_, int64_t s0, int64_t s1, int64_t s2, \
        double f0, double f1, double f2, double f3
#define SLOT_ARGS(i0, i1, i2, i3, d0, d1, d2, d3) \
    , (uint64_t)UNDEF_I(1), i3, (uint64_t)UNDEF_I(2), (uint64_t)UNDEF_I(3), i0, i1, i2, d0, d1, d2, d3
#else
#define UNDEF_F(n) UNDEF_AS(double, "=w", n)
#define SLOT_PARAMS , int64_t s0, int64_t s1, int64_t s2, int64_t s3, double f0, double f1, double f2, double f3
#define SLOT_ARGS(i0, i1, i2, i3, d0, d1, d2, d3) , i0, i1, i2, i3, d0, d1, d2, d3
#endif
/* The slots as this stencil has them now, and slots that hold nothing (after a vm3 call). */
#define SLOTS SLOT_ARGS(s0, s1, s2, s3, f0, f1, f2, f3)
#define NO_SLOTS SLOT_ARGS(UNDEF_I(4), UNDEF_I(5), UNDEF_I(6), UNDEF_I(7), UNDEF_F(8), UNDEF_F(9), UNDEF_F(10), UNDEF_F(11))

typedef PRESERVE_NONE uint64_t VMStencil(int64_t *ri, double *rf, uint64_t *rc, VMCtx *ctx SLOT_PARAMS);

#define STENCIL(name) PRESERVE_NONE uint64_t name(int64_t *ri, double *rf, uint64_t *rc, VMCtx *ctx SLOT_PARAMS)

/* ---- Holes ----
 * A hole is a hidden symbol whose *address* is the value patched in.
 * Weak, so that Clang cannot assume the address is non-null (a K of 0 must
 * stay testable).  Declared one byte long, so that x86-64's medium code model
 * treats it as small data and uses it directly as imm32/disp32.  HOLE64
 * symbols sit in .ldata, which the medium model treats as large: movabs imm64.
 * Branch holes are functions: a direct jmp/call (rel32, b/bl). */
#define HOLE(name) extern char name[1] HIDDEN __attribute__((weak))
#define HOLE64(name) extern char name[1] HIDDEN __attribute__((weak, section(".ldata")))
#define CODE_HOLE(name) extern VMStencil name HIDDEN

CODE_HOLE(_JIT_CONTINUE);
CODE_HOLE(_JIT_TARGET);
CODE_HOLE(_JIT_CALLEE);

/* Register numbers and register counts: each exists as NAME (the number) and
 * NAME_OFF (8 * the number).  x86-64 uses NAME_OFF where a byte displacement
 * saves an instruction; arm64 uses NAME and scales by 8 in the load itself. */
#define COUNT_HOLE(name) \
    HOLE(name);          \
    HOLE(name##_OFF)
COUNT_HOLE(_JIT_A);
COUNT_HOLE(_JIT_B);
COUNT_HOLE(_JIT_C);
COUNT_HOLE(_JIT_D);
COUNT_HOLE(_JIT_FRAME_I);
COUNT_HOLE(_JIT_FRAME_F);
COUNT_HOLE(_JIT_FRAME_C);
HOLE(_JIT_FRAME_I_BACK); /* -8 * _JIT_FRAME_I, and so on: x86-64 steps back over a frame in one lea */
HOLE(_JIT_FRAME_F_BACK);
HOLE(_JIT_FRAME_C_BACK);
COUNT_HOLE(_JIT_CALLEE_I);
COUNT_HOLE(_JIT_CALLEE_F);
COUNT_HOLE(_JIT_CALLEE_C);
COUNT_HOLE(_JIT_CALLEE_END_I);
COUNT_HOLE(_JIT_CALLEE_END_F);
COUNT_HOLE(_JIT_CALLEE_END_C);
COUNT_HOLE(_JIT_NARGS);
COUNT_HOLE(_JIT_PARAMS_I);
COUNT_HOLE(_JIT_PARAMS_F);
COUNT_HOLE(_JIT_PARAMS_C);
COUNT_HOLE(_JIT_NREGS_I);
COUNT_HOLE(_JIT_NREGS_F);
COUNT_HOLE(_JIT_NREGS_C);

HOLE(_JIT_K);         /* int16 immediate, sign-extended */
HOLE(_JIT_NEG_K);     /* -K: x86-64 takes a hole's value as the immediate of an add, never of a sub */
HOLE(_JIT_CAP);       /* u16 capacity hint */
HOLE(_JIT_DEOPT_PC);  /* u16 pc */
HOLE(_JIT_ERRLOC);    /* (function index << 16) | pc */
HOLE(_JIT_CONV);      /* VM_CONV_* */
HOLE(_JIT_TABLE);     /* byte offset of a table's first element in the data area */
HOLE(_JIT_TABLE_LEN); /* number of elements of that table */
HOLE(_JIT_SIG);       /* byte offset of a callee's parameter banks in the data area */
HOLE64(_JIT_BITS);    /* a 64-bit constant */

#if defined(__x86_64__)
#define OFF(h) ((uintptr_t)h##_OFF)
#define BACK(base, h) ((char *)(base) + (uintptr_t)h##_BACK)
#elif defined(__aarch64__)
#define OFF(h) ((uintptr_t)h << 3)
#define BACK(base, h) ((char *)(base) - OFF(h))
#else
#error "stencils are built for x86_64 and aarch64 only"
#endif
#define NUM(h) ((uintptr_t)h)
#define HOLE_K ((int64_t)(uintptr_t)_JIT_K)
#define HOLE_NEG_K ((int64_t)(uintptr_t)_JIT_NEG_K)

/* The value v, computed into a register here and opaque to the optimiser from then on. */
INLINE uintptr_t OPAQUE(uintptr_t v) {
    __asm__("" : "+r"(v));
    return v;
}
#define HOLE_BITS ((uint64_t)(uintptr_t)_JIT_BITS)

/* Register access: bank base + byte offset, one instruction on x86-64. */
#define AT(base, h) ((char *)(base) + OFF(h))
#define RI(h) (*(int64_t *)AT(ri, h))
#define RF(h) (*(double *)AT(rf, h))
#define RFBITS(h) (*(uint64_t *)AT(rf, h))
#define RC(h) (*(uint64_t *)AT(rc, h))

/* ---- Control flow ---- */
#define CONTINUE() __attribute__((musttail)) return _JIT_CONTINUE(ri, rf, rc, ctx SLOTS)
#define GOTO_TARGET() __attribute__((musttail)) return _JIT_TARGET(ri, rf, rc, ctx SLOTS)
/* After a vm3 call or a runtime helper's C call, which clobbered the slots (the compiler knows such a stencil
 * by its _JIT_CALLEE or jit_rt_* hole, and reloads the slots after it). */
#define CONTINUE_CLOBBERED() __attribute__((musttail)) return _JIT_CONTINUE(ri, rf, rc, ctx NO_SLOTS)
/* A tail call: the callee starts with its own slots (its prologue loads them). */
#define TAIL_CALLEE() __attribute__((musttail)) return _JIT_CALLEE(ri, rf, rc, ctx NO_SLOTS)
#define BRANCH(cond)       \
    do {                   \
        if (cond)          \
            GOTO_TARGET(); \
        CONTINUE();        \
    } while (0)

/* ---- Operand locations ----
 * A variant of an op takes some register operands from slots: its name spells, for each register field in
 * the order A, B, C, where the operand is: m (memory, the window) or the slot's number (docs/stencil-abi.md).
 * IAT(l, h) / FAT(l, h) is the i64 / f64 operand of hole h (_JIT_A, ...) at location l, an lvalue. */
#define I_m(h) RI(h)
#define I_0(h) s0
#define I_1(h) s1
#define I_2(h) s2
#define I_3(h) s3
#define F_m(h) RF(h)
#define F_0(h) f0
#define F_1(h) f1
#define F_2(h) f2
#define F_3(h) f3
#define IAT(l, h) I_##l(h)
#define FAT(l, h) F_##l(h)

/* F(l, ...) for every slot l, or every location (m first); the two-location forms give F(l1, l2, ...) for the
 * pairs a variant may have: a slot and any location, or any two locations but m and m (the op's own stencil).
 * VM_SLOTS is 4: these lists are what keeps the variants bounded (docs/stencil-abi.md counts them). */
#define FOR_SLOTS(F, ...) F(0, __VA_ARGS__) F(1, __VA_ARGS__) F(2, __VA_ARGS__) F(3, __VA_ARGS__)
#define FOR_LOCS(F, ...) F(m, __VA_ARGS__) FOR_SLOTS(F, __VA_ARGS__)
#define FOR_SLOTS_AFTER(F, x, ...) F(x, 0, __VA_ARGS__) F(x, 1, __VA_ARGS__) F(x, 2, __VA_ARGS__) F(x, 3, __VA_ARGS__)
#define FOR_LOCS_AFTER(F, x, ...) F(x, m, __VA_ARGS__) FOR_SLOTS_AFTER(F, x, __VA_ARGS__)
#define FOR_SLOT_LOC(F, ...)                                                                         \
    FOR_LOCS_AFTER(F, 0, __VA_ARGS__) FOR_LOCS_AFTER(F, 1, __VA_ARGS__) FOR_LOCS_AFTER(F, 2, __VA_ARGS__) \
        FOR_LOCS_AFTER(F, 3, __VA_ARGS__)
#define FOR_LOC_PAIRS(F, ...) FOR_SLOTS_AFTER(F, m, __VA_ARGS__) FOR_SLOT_LOC(F, __VA_ARGS__)

/* F(s, ...) for the shifts s of the powers of two 2^s that an int16 K can be (s = 0 is K = 1, left to `_n`). */
#define FOR_SHIFTS(F, ...)                                                                                    \
    F(1, __VA_ARGS__) F(2, __VA_ARGS__) F(3, __VA_ARGS__) F(4, __VA_ARGS__) F(5, __VA_ARGS__) F(6, __VA_ARGS__) \
        F(7, __VA_ARGS__) F(8, __VA_ARGS__) F(9, __VA_ARGS__) F(10, __VA_ARGS__) F(11, __VA_ARGS__)           \
            F(12, __VA_ARGS__) F(13, __VA_ARGS__) F(14, __VA_ARGS__)

/* Location l of f64 hole h = the f64 result `expr`, NaN canonicalised, then continue.  A branch to a cold
 * store, not a select: the NaN test stays off the value's dependency chain.  The canonical NaN is built in
 * an integer register (OPAQUE): stencils may not read constants from memory. */
#define STORE_F64(l, h, expr)                                \
    do {                                                     \
        double r_ = (expr);                                  \
        if (UNLIKELY(r_ != r_)) {                            \
            FAT(l, h) = bits_f64(OPAQUE(VM_CANON_NAN));      \
            CONTINUE();                                      \
        }                                                    \
        FAT(l, h) = r_;                                      \
        CONTINUE();                                          \
    } while (0)

/* ---- Runtime helpers (runtime.c), reached by direct calls ---- */
PRESERVE_NONE uint64_t jit_rt_fail(int64_t *ri, double *rf, uint64_t *rc, VMCtx *ctx, uint64_t kind,
                                   uint64_t loc) HIDDEN;
uint64_t jit_rt_list_new(VMCtx *ctx, uint64_t cap, uint64_t loc) HIDDEN;
uint64_t jit_rt_list_push(VMCtx *ctx, uint64_t list, uint64_t value, uint64_t loc) HIDDEN;
uint64_t jit_rt_map_new(VMCtx *ctx, uint64_t cap, uint64_t loc) HIDDEN;
uint64_t jit_rt_map_set(VMCtx *ctx, uint64_t map, uint64_t key, uint64_t value, uint64_t loc) HIDDEN;
uint64_t jit_rt_map_get(VMCtx *ctx, uint64_t map, uint64_t key, uint64_t loc) HIDDEN;
uint64_t jit_rt_concat(VMCtx *ctx, uint64_t a, uint64_t b, uint64_t loc) HIDDEN;
double jit_rt_fma(double a, double b, double c) HIDDEN;

#define LOC NUM(_JIT_ERRLOC)
/* Fail at this op: a tail jump to jit_rt_fail, which fills the error fields and returns. */
#define FAIL(kind) return jit_rt_fail(ri, rf, rc, ctx, (kind), LOC)
/* After a helper that returns 0 on failure (the helper already recorded the error). */
#define PROPAGATE_IF_ZERO(r) \
    do {                     \
        if ((r) == 0)        \
            return 0;        \
    } while (0)

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- Value helpers ---- */
INLINE uint64_t f64_bits(double d) {
    return __builtin_bit_cast(uint64_t, d);
}

INLINE double bits_f64(uint64_t b) {
    return __builtin_bit_cast(double, b);
}

/* An f64 result as stored: NaN canonicalised (docs/semantics.md). */
INLINE uint64_t canon_f64(double d) {
    return d != d ? VM_CANON_NAN : f64_bits(d);
}

INLINE uint64_t canon_bits(uint64_t b) {
    return (b & 0x7FFFFFFFFFFFFFFF) > 0x7FF0000000000000 ? VM_CANON_NAN : b;
}

INLINE uint64_t int_cell(int64_t v) {
    return ((uint64_t)VM_TAG_INT << VM_TAG_SHIFT) | ((uint64_t)v & VM_INT48_MASK);
}

/* The i64 an int48 Cell holds: its low 48 bits, sign-extended (whatever the tag). */
INLINE int64_t cell_int(uint64_t c) {
    return (int64_t)(c << 16) >> 16;
}

/* F64ToI64: truncation toward zero; NaN or outside [-2^63, 2^63) gives INT64_MIN. */
INLINE int64_t f64_to_i64(uint64_t b) {
#if defined(__x86_64__)
    typedef double v2df __attribute__((vector_size(16)));
    return __builtin_ia32_cvttsd2si64((v2df){bits_f64(b), 0.0});
#else
    /* fcvtzs saturates, so test the exponent: |x| >= 2^63, inf and NaN all have it >= 1023 + 63. */
    int64_t t = (int64_t)bits_f64(b);
    return ((b >> 52) & 0x7FF) >= 1023 + 63 ? (int64_t)0x8000000000000000 : t;
#endif
}

INLINE int is_handle(uint64_t c, uint64_t hi) {
    return (c >> 32) == hi;
}

/* Address of the heap object a handle names. */
INLINE uint64_t *heap_obj(VMCtx *ctx, uint64_t handle) {
    return (uint64_t *)(ctx->heap_base + ((handle & 0xFFFFFFFF) << 3));
}

INLINE uint64_t *heap_at(VMCtx *ctx, uint64_t offset) {
    return (uint64_t *)(ctx->heap_base + offset);
}

/* Reclaiming by regions (docs/semantics.md, "Reclaiming"): storing Cell v into list l, when v is a handle
 * allocated after l, keeps everything allocated so far from being reclaimed. */
INLINE void keep_if_younger(VMCtx *ctx, uint64_t l, uint64_t v) {
    if (UNLIKELY((v >> VM_TAG_SHIFT) == VM_TAG_HANDLE && (uint32_t)v > (uint32_t)l))
        ctx->heap_floor = ctx->heap_used;
}

/* Growing object h's block: when h may outlive a region its new block would not (h lies below the innermost
 * region's mark or below the floor), the same. */
INLINE void keep_if_grown_old(VMCtx *ctx, uint64_t h) {
    uint64_t at = (h & 0xFFFFFFFF) << 3;
    if (at < ctx->heap_mark || at < ctx->heap_floor)
        ctx->heap_floor = ctx->heap_used;
}

/* A call that may allocate opens a region: its mark is the heap's end, and the mark around it is saved at
 * marks[depth] (the caller's depth).  Closing it after the return: unless the callee returned a Cell (conv / 3
 * is its result bank), the heap ends at the mark again, or at the floor if that is higher. */
INLINE void region_open(VMCtx *ctx, uint64_t depth) {
    ((uint64_t *)ctx->marks)[depth] = ctx->heap_mark;
    ctx->heap_mark = ctx->heap_used;
}

INLINE void region_close(VMCtx *ctx, uintptr_t conv) {
    if (conv / 3 != VM_BANK_CELL)
        ctx->heap_used = ctx->heap_mark > ctx->heap_floor ? ctx->heap_mark : ctx->heap_floor;
    ctx->heap_mark = ((uint64_t *)ctx->marks)[ctx->depth];
}

/* The header of list `l`, or a WRONG_KIND exit unless `known` (the compiler proved l a list: a `_k` variant). */
#define LIST_HEADER(h, l, known)                                 \
    if (!(known) && UNLIKELY(!is_handle(l, VM_HANDLE_HI_LIST))) \
        FAIL(VM_ERR_WRONG_KIND);                                 \
    uint64_t *h = heap_obj(ctx, l)

/* The address of element ri[C] (at location lc) of list rc[L], or a WRONG_KIND / INDEX exit. */
#define LIST_ELEM(p, L, known, lc)           \
    uint64_t list_ = RC(L);                  \
    LIST_HEADER(h_, list_, known);           \
    uint64_t i_ = (uint64_t)IAT(lc, _JIT_C); \
    if (UNLIKELY(i_ >= h_[VM_LIST_LEN / 8])) \
        FAIL(VM_ERR_INDEX);                  \
    uint64_t *p = heap_at(ctx, h_[VM_LIST_DATA / 8]) + i_

/* A list op's stencil and its `_k` variant, which skips the kind check: OP(name, known) defines one. */
#define WITH_KNOWN_LIST(op, name) \
    op(name, 0)                   \
    op(name##_k, 1)

#endif
