/* aot.h: the runtime of jit.aot's executables and objects (jit/stencils/aot_*.c).
 *
 * These are ordinary C ABI functions (manifest role `aot`, names jit_aot_*), never copied into a JIT image:
 * jit.aot lays out the ones an output needs after the compiled program and links them.  Like every stencil
 * they use no data of their own (no string literal, no constant table): every text and table is in the
 * program descriptor jit_aot_program, which jit.aot writes as read-only data, and an object keeps its VM in
 * jit_aot_state, zero-filled data.  Both are reached through ADDRESS, a PC-relative address that jit.aot
 * turns into a relocation, so the code stays position-independent.
 *
 * Python reads every `#define VM_AOT_NAME number` line, as it reads vm3.h's (jit/aot/descriptor.py). */
#ifndef AOT_H
#define AOT_H
#include "vm3.h"

/* ---- The program descriptor: u64 fields; every "offset" counts from the descriptor's first byte ---- */
/* offset of the program's data area (ctx->data_base) */
#define VM_AOT_PROG_DATA 0
/* offset of the start-up heap: the string constants, as the heap holds them */
#define VM_AOT_PROG_HEAP_IMAGE 8
/* its bytes */
#define VM_AOT_PROG_HEAP_IMAGE_SIZE 16
/* offset of the function table (VM_AOT_FUNC_* records) */
#define VM_AOT_PROG_FUNCS 24
#define VM_AOT_PROG_NFUNCS 32
/* index of the entry function */
#define VM_AOT_PROG_ENTRY 40
/* the limits an executable starts from and an object keeps */
#define VM_AOT_PROG_MAX_DEPTH 48
#define VM_AOT_PROG_HEAP_SIZE 56
/* an executable's heap_size when `jit aot` was given no --heap-size: the memory of the machine it runs on */
#define VM_AOT_HEAP_OF_MACHINE 0xFFFFFFFFFFFFFFFF
#define VM_AOT_PROG_STACK_REGS 64
/* machine stack of an executable: bytes per vm3 call, plus the slack */
#define VM_AOT_PROG_STACK_PER_DEPTH 72
#define VM_AOT_PROG_STACK_SLACK 80
/* Python's int() limit on decimal digits (0: no limit) */
#define VM_AOT_PROG_INT_DIGITS 88
/* offset of the text table: per VM_AOT_TEXT_* index, u32 offset and u32 length */
#define VM_AOT_PROG_TEXTS 96
/* offset of the code point ranges str.isprintable() refuses: u32 [first, end) */
#define VM_AOT_PROG_NONPRINT 104
#define VM_AOT_PROG_NONPRINT_COUNT 112
/* runs of decimal digits: u32 first code point, u32 (length << 4 | its value) */
#define VM_AOT_PROG_DIGITS 120
#define VM_AOT_PROG_DIGITS_COUNT 128
/* the code points >= 127 that str.isspace() accepts, u32 each, ascending */
#define VM_AOT_PROG_SPACES 136
#define VM_AOT_PROG_SPACES_COUNT 144
/* an object: the bank stacks' offset in jit_aot_state (one after another) */
#define VM_AOT_PROG_BANKS 152
/* an object: the heap's offset in jit_aot_state */
#define VM_AOT_PROG_HEAP 160
/* an object: the offset in jit_aot_state of the stack printing walks (over the bank stacks: a run is over) */
#define VM_AOT_PROG_PRINT_STACK 168
/* an object: the offset in jit_aot_state of the regions' saved marks (one per depth) */
#define VM_AOT_PROG_MARKS 176
#define VM_AOT_PROG_SIZE 184

/* A function record: where its name is, its signature (in the data area, one bank byte per parameter). */
#define VM_AOT_FUNC_NAME 0
#define VM_AOT_FUNC_NAME_LEN 8
/* offset in the data area */
#define VM_AOT_FUNC_SIG 16
#define VM_AOT_FUNC_NPARAMS 24
#define VM_AOT_FUNC_RESULT 32
/* three u64: i64, f64, cell */
#define VM_AOT_FUNC_NREGS 40
#define VM_AOT_FUNC_SIZE 64

/* The texts, by index (their words are in jit/aot/texts.py). */
#define VM_AOT_TEXT_RUNTIME_ERROR 0
#define VM_AOT_TEXT_IN 1
#define VM_AOT_TEXT_AT_PC 2
#define VM_AOT_TEXT_DETAIL 3
#define VM_AOT_TEXT_MORE_BYTES 4
#define VM_AOT_TEXT_OF 5
#define VM_AOT_TEXT_USED 6
#define VM_AOT_TEXT_NOT_INT 7
#define VM_AOT_TEXT_NOT_I64 8
#define VM_AOT_TEXT_NOT_FLOAT 9
#define VM_AOT_TEXT_NOT_INT48 10
#define VM_AOT_TEXT_TRUE 11
#define VM_AOT_TEXT_FALSE 12
#define VM_AOT_TEXT_NULL 13
#define VM_AOT_TEXT_DEOPT 14
#define VM_AOT_TEXT_CELL 15
#define VM_AOT_TEXT_INF 16
#define VM_AOT_TEXT_NAN 17
#define VM_AOT_TEXT_LIST_CYCLE 18
#define VM_AOT_TEXT_MAP_CYCLE 19
#define VM_AOT_TEXT_OPT_MAX_DEPTH 20
#define VM_AOT_TEXT_OPT_HEAP_SIZE 21
#define VM_AOT_TEXT_OPT_HELP 22
#define VM_AOT_TEXT_NO_OPTION 23
#define VM_AOT_TEXT_NO_VALUE 24
#define VM_AOT_TEXT_BAD_VALUE 25
#define VM_AOT_TEXT_NOT_VALID_INT 26
#define VM_AOT_TEXT_DEPTH_MIN 27
#define VM_AOT_TEXT_HEAP_MIN 28
#define VM_AOT_TEXT_NO_MEMORY 29
#define VM_AOT_TEXT_USAGE 30
#define VM_AOT_TEXT_WRITE_FAILED 31
/* + an error kind (1..VM_ERR_INSN_LIMIT): its text */
#define VM_AOT_TEXT_KIND 32
/* the program's own: "<entry> expects ..., got " */
#define VM_AOT_TEXT_ARGCOUNT 40
/* "<entry>(banks) -> bank", for --help */
#define VM_AOT_TEXT_SIGNATURE 41
/* + k: "<entry> argument k (bank)" */
#define VM_AOT_TEXT_PARAM 42

/* An object's state (jit_aot_state): the context, then what the last call left. */
#define VM_AOT_STATE_CTX 0
/* the start-up heap is in place; the function of the last call; its raw result */
#define VM_AOT_STATE_READY 144
#define VM_AOT_STATE_FUNC 152
#define VM_AOT_STATE_RESULT 160
#define VM_AOT_STATE_SIZE 168

/* ---- Argument registers of the platform C ABI (the thunks of an object; jit.isa.cabi has the same) ---- */
#if defined(__x86_64__)
#define AOT_INT_ARG_REGS 6
#else
#define AOT_INT_ARG_REGS 8
#endif
#define VM_AOT_FP_ARG_REGS 8
/* argument slots on the stack a thunk reads: what a C prototype may need */
#define VM_AOT_STACK_ARGS 16

typedef struct AotFunc {
    uint64_t name, name_len, sig, nparams, result, nregs[3];
} AotFunc;

typedef struct AotProgram {
    uint64_t data, heap_image, heap_image_size, funcs, nfuncs, entry, max_depth, heap_size, stack_regs;
    uint64_t stack_per_depth, stack_slack, int_digits, texts, nonprint, nonprint_count, digits, digits_count;
    uint64_t spaces, spaces_count, banks, heap, print_stack, marks;
} AotProgram;

typedef struct AotState {
    VMCtx ctx;
    uint64_t ready, func, result;
} AotState;

#define AOT_AT(type, field, off) _Static_assert(__builtin_offsetof(type, field) == (off), #field " offset")
AOT_AT(AotProgram, data, VM_AOT_PROG_DATA);
AOT_AT(AotProgram, heap_image, VM_AOT_PROG_HEAP_IMAGE);
AOT_AT(AotProgram, heap_image_size, VM_AOT_PROG_HEAP_IMAGE_SIZE);
AOT_AT(AotProgram, funcs, VM_AOT_PROG_FUNCS);
AOT_AT(AotProgram, nfuncs, VM_AOT_PROG_NFUNCS);
AOT_AT(AotProgram, entry, VM_AOT_PROG_ENTRY);
AOT_AT(AotProgram, max_depth, VM_AOT_PROG_MAX_DEPTH);
AOT_AT(AotProgram, heap_size, VM_AOT_PROG_HEAP_SIZE);
AOT_AT(AotProgram, stack_regs, VM_AOT_PROG_STACK_REGS);
AOT_AT(AotProgram, stack_per_depth, VM_AOT_PROG_STACK_PER_DEPTH);
AOT_AT(AotProgram, stack_slack, VM_AOT_PROG_STACK_SLACK);
AOT_AT(AotProgram, int_digits, VM_AOT_PROG_INT_DIGITS);
AOT_AT(AotProgram, texts, VM_AOT_PROG_TEXTS);
AOT_AT(AotProgram, nonprint, VM_AOT_PROG_NONPRINT);
AOT_AT(AotProgram, nonprint_count, VM_AOT_PROG_NONPRINT_COUNT);
AOT_AT(AotProgram, digits, VM_AOT_PROG_DIGITS);
AOT_AT(AotProgram, digits_count, VM_AOT_PROG_DIGITS_COUNT);
AOT_AT(AotProgram, spaces, VM_AOT_PROG_SPACES);
AOT_AT(AotProgram, spaces_count, VM_AOT_PROG_SPACES_COUNT);
AOT_AT(AotProgram, banks, VM_AOT_PROG_BANKS);
AOT_AT(AotProgram, heap, VM_AOT_PROG_HEAP);
AOT_AT(AotProgram, print_stack, VM_AOT_PROG_PRINT_STACK);
AOT_AT(AotProgram, marks, VM_AOT_PROG_MARKS);
_Static_assert(sizeof(AotProgram) == VM_AOT_PROG_SIZE, "descriptor size");
AOT_AT(AotFunc, name, VM_AOT_FUNC_NAME);
AOT_AT(AotFunc, name_len, VM_AOT_FUNC_NAME_LEN);
AOT_AT(AotFunc, sig, VM_AOT_FUNC_SIG);
AOT_AT(AotFunc, nparams, VM_AOT_FUNC_NPARAMS);
AOT_AT(AotFunc, result, VM_AOT_FUNC_RESULT);
AOT_AT(AotFunc, nregs, VM_AOT_FUNC_NREGS);
_Static_assert(sizeof(AotFunc) == VM_AOT_FUNC_SIZE, "function record size");
AOT_AT(AotState, ctx, VM_AOT_STATE_CTX);
AOT_AT(AotState, ready, VM_AOT_STATE_READY);
AOT_AT(AotState, func, VM_AOT_STATE_FUNC);
AOT_AT(AotState, result, VM_AOT_STATE_RESULT);
_Static_assert(sizeof(AotState) == VM_AOT_STATE_SIZE, "state size");

/* The entry trampoline (entry.c), in the same image. */
uint64_t jit_entry(VMCtx *ctx, void *fn, int64_t *ri, double *rf, uint64_t *rc) HIDDEN;

/* The descriptor and an object's state: symbols of the image jit.aot builds. */
extern const AotProgram jit_aot_program HIDDEN;
extern AotState jit_aot_state HIDDEN;
HOLE(_JIT_FUNC); /* a thunk: the index of its vm3 function */

/* `out` = the address of `sym`, PC-relative: `lea` (x86-64), `adrp` + `add` (arm64, +-4 GiB). */
#if defined(__x86_64__)
#define ADDRESS(sym, out) __asm__("lea %0, [rip + " #sym "]" : "=r"(out))
#else
#define ADDRESS(sym, out) __asm__("adrp %0, " #sym "\n\tadd %0, %0, :lo12:" #sym : "=r"(out))
#endif

INLINE const AotProgram *program(void) {
    const AotProgram *p;
    ADDRESS(jit_aot_program, p);
    return p;
}

INLINE const uint8_t *prog_at(const AotProgram *p, uint64_t offset) {
    return (const uint8_t *)p + offset;
}

INLINE const AotFunc *prog_func(const AotProgram *p, uint64_t index) {
    return (const AotFunc *)prog_at(p, p->funcs) + index;
}

/* ---- Linux system calls (executables only; an object makes none) ---- */
#if defined(__x86_64__)
#define SYS_WRITE 1
#define SYS_MMAP 9
#define SYS_RT_SIGACTION 13
#define SYS_SYSINFO 99
#define SYS_EXIT_GROUP 231
INLINE int64_t syscall6(int64_t n, int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) {
    register int64_t r10 __asm__("r10") = d, r8 __asm__("r8") = e, r9 __asm__("r9") = f;
    __asm__ volatile("syscall" : "+a"(n) : "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9) : "rcx", "r11", "memory");
    return n;
}
#else
#define SYS_WRITE 64
#define SYS_MMAP 222
#define SYS_RT_SIGACTION 134
#define SYS_SYSINFO 179
#define SYS_EXIT_GROUP 94
INLINE int64_t syscall6(int64_t n, int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) {
    register int64_t x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b, x2 __asm__("x2") = c;
    register int64_t x3 __asm__("x3") = d, x4 __asm__("x4") = e, x5 __asm__("x5") = f;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
    return x0;
}
#endif
#define PROT_READ_WRITE 3
#define MAP_PRIVATE_ANON_NORESERVE (0x02 | 0x20 | 0x4000)
#define SIGPIPE 13
#define EPIPE 32

/* ---- Output: into a buffer, flushed to a file descriptor, or bounded (fd < 0: keep what fits) ---- */
typedef struct Out {
    uint8_t *buf;
    uint64_t len, cap;
    uint64_t total; /* every byte written, kept or not */
    int64_t fd;
    int64_t error; /* the first write error (a negative errno), 0 if none */
} Out;

void jit_aot_out_flush(Out *o) HIDDEN;
void jit_aot_out_bytes(Out *o, const uint8_t *p, uint64_t n) HIDDEN;
void jit_aot_out_text(Out *o, uint64_t index) HIDDEN;
void jit_aot_out_u64(Out *o, uint64_t v) HIDDEN;
void jit_aot_out_i64(Out *o, int64_t v) HIDDEN;
void jit_aot_out_hex(Out *o, uint64_t v, uint64_t digits) HIDDEN;
void jit_aot_out_f64(Out *o, uint64_t bits) HIDDEN;
void jit_aot_out_repr(Out *o, const uint8_t *p, uint64_t n) HIDDEN;
/* Printing Cells walks a stack of VM_AOT_FRAME_SIZE-byte frames, one per container being printed: at most
 * heap_used / VM_AOT_FRAME_HEAP + 1 of them (aot_print.c). */
#define VM_AOT_FRAME_SIZE 16
#define VM_AOT_FRAME_HEAP 32
void jit_aot_out_cell(Out *o, uint64_t cell, const VMCtx *ctx, void *stack) HIDDEN;
void jit_aot_out_value(Out *o, uint64_t bank, uint64_t bits, const VMCtx *ctx, void *stack) HIDDEN;
uint64_t jit_aot_out_outcome(Out *o, uint64_t func, uint64_t bits, const VMCtx *ctx, void *stack) HIDDEN;

void jit_aot_out_byte(Out *o, uint8_t c) HIDDEN;
#define out_byte jit_aot_out_byte

/* ---- Unicode, as Python sees it (tables from the descriptor) ---- */
#define NOT_A_CHAR 0xFFFFFFFF
/* The code point at p (n > 0 bytes), decoded as Python's UTF-8 decoder does; *len gets its length, or, for
 * bytes that are no character, the length of the invalid sequence Python replaces as one (NOT_A_CHAR). */
uint64_t jit_aot_utf8(const uint8_t *p, uint64_t n, uint64_t *len) HIDDEN;
uint64_t jit_aot_is_printable(uint64_t cp) HIDDEN;
/* The bytes int() and float() parse (aot_text.c); UINT64_MAX if no number can come out of s. */
uint64_t jit_aot_asciify(const uint8_t *s, uint64_t n, uint8_t *out) HIDDEN;
void jit_aot_out_string(Out *o, const uint8_t *p, uint64_t n, uint64_t quoted) HIDDEN;

/* ---- Numbers from text, as jit.program.verify parses entry arguments ---- */
#define PARSED_OK 0
#define PARSED_BAD 1   /* not a number of that kind */
#define PARSED_RANGE 2 /* an integer outside the range asked for */
/* Of the ASCII form (jit_aot_asciify) of a word: int(text, 0), falling back to int(text, 10) (only the latter
 * if !prefixes), the result in [lo, hi]; float(text), as f64 bits. */
uint64_t jit_aot_parse_int(const uint8_t *p, uint64_t n, uint64_t prefixes, int64_t lo, int64_t hi, int64_t *out) HIDDEN;
uint64_t jit_aot_parse_float(const uint8_t *p, uint64_t n, uint64_t *out) HIDDEN;

INLINE void copy_bytes(uint8_t *dst, const uint8_t *src, uint64_t n) {
    for (uint64_t i = 0; i < n; i++)
        dst[i] = src[i];
}

INLINE uint64_t align8(uint64_t n) {
    return (n + 7) & ~(uint64_t)7;
}

/* ---- Start-up: what every run does before its first op ---- */
/* The heap at base (size bytes) with the string constants in it, as jit.vm.startup allocates them; returns 0,
 * or the bytes of the constant that did not fit (HEAP_EXHAUSTED at the entry function, pc 0). */
uint64_t jit_aot_heap_init(VMCtx *ctx, uint64_t base, uint64_t size) HIDDEN;

#endif
