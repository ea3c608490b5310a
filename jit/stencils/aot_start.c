/* The start of an AOT executable: a static Linux program without libc, doing what `jit run PROG ARGS` does.
 *
 * Options --max-depth and --heap-size (and --help) as `jit run` has them (`--opt VALUE` or `--opt=VALUE`,
 * anywhere; after `--` every word is an argument), then the entry function's arguments, parsed by its
 * parameter banks as jit.program.verify.parse_entry_args parses them; then the VM memory by mmap: the three
 * register-bank stacks, the heap with the string constants in it (jit_aot_heap_init), a machine stack
 * sized for the depth limit as the native backend sizes its thread's, and the regions' marks (one per
 * depth); then jit_entry on that stack.  The result goes to stdout, a runtime error to stderr ("NAME:
 * runtime error: ...", exit 1), a bad option or argument too (exit 2).  The messages are `jit run`'s, with the
 * executable's name in front. */
#include "aot.h"

#define STDOUT 1
#define STDERR 2
#define EXIT_RUNTIME 1
#define EXIT_INPUT 2
#define STRING_ARG 3 /* parse_arg: a string argument, allocated once the heap is set up */
#define SIG_IGN 1

#if defined(__x86_64__)
/* The process starts with rsp 16-aligned and pointing at argc, not as a called function (rsp = 8 mod 16). */
#define PROCESS_ENTRY __attribute__((force_align_arg_pointer))
#define INITIAL_SP() ((uint64_t *)__builtin_frame_address(0) + 1) /* above the pushed rbp */
#else
#define PROCESS_ENTRY
#define INITIAL_SP() ((uint64_t *)__builtin_frame_address(0) + 2) /* above the frame record {x29, x30} */
#endif

uint64_t jit_aot_main(uint64_t *sp) HIDDEN;

PROCESS_ENTRY void jit_aot_start(void) {
    int64_t code = (int64_t)jit_aot_main(INITIAL_SP());
    for (;;)
        syscall6(SYS_EXIT_GROUP, code, 0, 0, 0, 0, 0);
}

/* jit_entry(ctx, fn, ri, rf, rc) with the machine stack pointer at `top` (16-aligned), then back. */
__attribute__((noinline)) uint64_t jit_aot_run_on_stack(uint8_t *top, VMCtx *ctx, void *fn, int64_t *ri, double *rf, uint64_t *rc) {
#if defined(__x86_64__)
    register VMCtx *a0 __asm__("rdi") = ctx;
    register void *a1 __asm__("rsi") = fn;
    register int64_t *a2 __asm__("rdx") = ri;
    register double *a3 __asm__("rcx") = rf;
    register uint64_t *a4 __asm__("r8") = rc;
    register uint8_t *t __asm__("r9") = top;
    register uint64_t r __asm__("rax");
    __asm__ volatile("mov rbx, rsp\n\tmov rsp, r9\n\tcall jit_entry\n\tmov rsp, rbx"
                     : "=r"(r), "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(t)
                     :
                     : "rbx", "r10", "r11", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                       "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "cc", "memory");
    return r;
#else
    register VMCtx *a0 __asm__("x0") = ctx;
    register void *a1 __asm__("x1") = fn;
    register int64_t *a2 __asm__("x2") = ri;
    register double *a3 __asm__("x3") = rf;
    register uint64_t *a4 __asm__("x4") = rc;
    register uint8_t *t __asm__("x9") = top;
    __asm__ volatile("mov x19, sp\n\tmov sp, x9\n\tbl jit_entry\n\tmov sp, x19"
                     : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(t)
                     :
                     : "x5", "x6", "x7", "x8", "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", "x19", "x30",
                       "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14",
                       "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27",
                       "v28", "v29", "v30", "v31", "cc", "memory");
    return (uint64_t)a0;
#endif
}

/* n bytes of fresh zeroed memory, or 0 (*err_no set). */
INLINE uint8_t *map(uint64_t n, int64_t *err_no) {
    int64_t r = syscall6(SYS_MMAP, 0, (int64_t)(n ? n : 1), PROT_READ_WRITE, MAP_PRIVATE_ANON_NORESERVE, -1, 0);
    if ((uint64_t)r > (uint64_t)-4096) {
        *err_no = -r;
        return 0;
    }
    return (uint8_t *)r;
}

/* Bytes of physical memory: struct sysinfo's totalram (offset 32) times its mem_unit (u32 at offset 104). */
INLINE int64_t machine_memory(void) {
    uint64_t info[16] = {0};
    syscall6(SYS_SYSINFO, (int64_t)info, 0, 0, 0, 0, 0); /* cannot fail given a writable buffer */
    return (int64_t)(info[4] * (uint32_t)info[13]);
}

INLINE uint64_t cstrlen(const uint8_t *s) {
    uint64_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* What the messages and the parsing share. */
typedef struct Main {
    const AotProgram *p;
    const uint8_t *name; /* the executable's name: the last part of argv[0] */
    uint64_t name_len;
    Out err;
    uint8_t *scratch; /* room for the ASCII form of the longest word */
} Main;

/* Starts a message on stderr: "NAME: ". */
INLINE void prefix(Main *m) {
    jit_aot_out_bytes(&m->err, m->name, m->name_len);
    out_byte(&m->err, ':');
    out_byte(&m->err, ' ');
}

INLINE void say(Main *m, uint64_t text) {
    prefix(m);
    jit_aot_out_text(&m->err, text);
}

/* Ends the message; returns the exit code. */
INLINE uint64_t done(Main *m, uint64_t code) {
    out_byte(&m->err, '\n');
    jit_aot_out_flush(&m->err);
    return code;
}

/* Whether the word w[0..n) is text `index`. */
INLINE uint64_t is_text(const uint8_t *w, uint64_t n, uint64_t index) {
    const AotProgram *p = program();
    const uint32_t *entry = (const uint32_t *)prog_at(p, p->texts) + 2 * index;
    if (entry[1] != n)
        return 0;
    const uint8_t *t = prog_at(p, entry[0]);
    for (uint64_t i = 0; i < n; i++)
        if (w[i] != t[i])
            return 0;
    return 1;
}

#define INT64_MAX 0x7FFFFFFFFFFFFFFFll
#define INT64_MIN (-INT64_MAX - 1)

/* Parameter word w of `bank`: PARSED_OK with its register bits, STRING_ARG, or else *why (a text) is set. */
INLINE uint64_t parse_arg(Main *m, uint64_t bank, const uint8_t *w, uint64_t n, uint64_t *bits, uint64_t *why) {
    uint64_t len = jit_aot_asciify(w, n, m->scratch), bad = len == (uint64_t)-1;
    int64_t v = 0;
    if (bank == VM_BANK_I64) {
        uint64_t r = bad ? PARSED_BAD : jit_aot_parse_int(m->scratch, len, 1, INT64_MIN, INT64_MAX, &v);
        *bits = (uint64_t)v;
        *why = r == PARSED_BAD ? VM_AOT_TEXT_NOT_INT : VM_AOT_TEXT_NOT_I64;
        return r;
    }
    if (bank == VM_BANK_F64) {
        *why = VM_AOT_TEXT_NOT_FLOAT;
        return bad ? PARSED_BAD : jit_aot_parse_float(m->scratch, len, bits);
    }
    uint64_t r = bad ? PARSED_BAD : jit_aot_parse_int(m->scratch, len, 1, -(1ll << 47), (1ll << 47) - 1, &v);
    *why = VM_AOT_TEXT_NOT_INT48;
    if (r != PARSED_BAD) {
        *bits = int_cell(v);
        return r;
    }
    if (!bad && jit_aot_parse_float(m->scratch, len, bits) == PARSED_OK) {
        *bits = canon_bits(*bits);
        return PARSED_OK;
    }
    return STRING_ARG;
}

/* HEAP_EXHAUSTED before the first op, for an allocation of n bytes, with jit.vm.heap's detail; the exit code. */
INLINE uint64_t startup_heap_exhausted(Main *m, VMCtx *ctx, uint64_t n) {
    ctx->status = VM_STATUS_ERROR;
    ctx->err_kind = VM_ERR_HEAP_EXHAUSTED;
    ctx->err_func = m->p->entry;
    ctx->err_pc = 0;
    prefix(m);
    jit_aot_out_outcome(&m->err, m->p->entry, 0, ctx, 0);
    jit_aot_out_text(&m->err, VM_AOT_TEXT_DETAIL);
    jit_aot_out_u64(&m->err, n);
    jit_aot_out_text(&m->err, VM_AOT_TEXT_MORE_BYTES);
    jit_aot_out_u64(&m->err, ctx->heap_used);
    jit_aot_out_text(&m->err, VM_AOT_TEXT_OF);
    jit_aot_out_u64(&m->err, ctx->heap_size);
    jit_aot_out_text(&m->err, VM_AOT_TEXT_USED);
    return done(m, EXIT_RUNTIME);
}

uint64_t jit_aot_main(uint64_t *sp) {
    Main m;
    uint8_t errbuf[4096], outbuf[65536];
    m.p = program();
    m.err.buf = errbuf;
    m.err.len = m.err.total = 0;
    m.err.cap = sizeof errbuf;
    m.err.fd = STDERR;
    m.err.error = 0;
    const AotProgram *p = m.p;
    uint64_t argc = sp[0];
    const uint8_t **argv = (const uint8_t **)(sp + 1);
    m.name = argc ? argv[0] : (const uint8_t *)sp; /* no argv[0]: an empty name */
    m.name_len = argc ? cstrlen(argv[0]) : 0;
    for (uint64_t i = m.name_len; i-- > 0;)
        if (m.name[i] == '/') {
            m.name += i + 1;
            m.name_len -= i + 1;
            break;
        }
    uint64_t ignore[4]; /* struct sigaction: writes to a closed pipe fail with EPIPE, as Python's do */
    ignore[0] = OPAQUE(SIG_IGN); /* built in registers: a constant array would be data */
    ignore[1] = ignore[2] = ignore[3] = 0;
    syscall6(SYS_RT_SIGACTION, SIGPIPE, (int64_t)ignore, 0, 8, 0, 0);
    int64_t err_no = 0;
    uint64_t longest = 0;
    for (uint64_t i = 1; i < argc; i++) {
        uint64_t n = cstrlen(argv[i]);
        longest = n > longest ? n : longest;
    }
    if (!(m.scratch = map(longest, &err_no))) {
        say(&m, VM_AOT_TEXT_NO_MEMORY);
        jit_aot_out_u64(&m.err, (uint64_t)err_no);
        return done(&m, EXIT_INPUT);
    }

    /* Options, as `jit run` takes them; the arguments are packed into argv[1..]. */
    int64_t limits[2] = {(int64_t)p->max_depth, (int64_t)p->heap_size};
    if (p->heap_size == VM_AOT_HEAP_OF_MACHINE)
        limits[1] = machine_memory();
    uint64_t nargs = 0, rest = 0;
    for (uint64_t i = 1; i < argc; i++) {
        const uint8_t *w = argv[i];
        uint64_t n = cstrlen(w), eq = 0;
        if (rest || n < 2 || w[0] != '-') {
            argv[1 + nargs++] = w;
            continue;
        }
        if (n == 2 && w[1] == '-') {
            rest = 1;
            continue;
        }
        while (eq < n && w[eq] != '=')
            eq++;
        if (eq == n && is_text(w, n, VM_AOT_TEXT_OPT_HELP)) {
            Out out = {outbuf, 0, sizeof outbuf, 0, STDOUT, 0};
            jit_aot_out_text(&out, VM_AOT_TEXT_USAGE);
            jit_aot_out_bytes(&out, m.name, m.name_len);
            jit_aot_out_text(&out, VM_AOT_TEXT_SIGNATURE);
            jit_aot_out_flush(&out);
            return 0;
        }
        uint64_t which = is_text(w, eq, VM_AOT_TEXT_OPT_MAX_DEPTH) ? 0 : is_text(w, eq, VM_AOT_TEXT_OPT_HEAP_SIZE) ? 1 : 2;
        if (which == 2) {
            say(&m, VM_AOT_TEXT_NO_OPTION);
            jit_aot_out_bytes(&m.err, w, eq);
            return done(&m, EXIT_INPUT);
        }
        const uint8_t *v = w + eq + 1;
        uint64_t vn = n - eq - 1;
        if (eq == n) {
            if (i + 1 == argc) {
                say(&m, VM_AOT_TEXT_NO_VALUE);
                jit_aot_out_bytes(&m.err, w, n);
                return done(&m, EXIT_INPUT);
            }
            v = argv[++i];
            vn = cstrlen(v);
        }
        uint64_t len = jit_aot_asciify(v, vn, m.scratch);
        if (len == (uint64_t)-1 || jit_aot_parse_int(m.scratch, len, 0, INT64_MIN, INT64_MAX, &limits[which])) {
            say(&m, VM_AOT_TEXT_BAD_VALUE);
            jit_aot_out_bytes(&m.err, w, eq);
            jit_aot_out_text(&m.err, VM_AOT_TEXT_DETAIL);
            jit_aot_out_repr(&m.err, v, vn);
            jit_aot_out_text(&m.err, VM_AOT_TEXT_NOT_VALID_INT);
            return done(&m, EXIT_INPUT);
        }
    }
    if (limits[0] < 1 || limits[1] < 0) { /* jit.cli.common.make_limits */
        say(&m, limits[0] < 1 ? VM_AOT_TEXT_DEPTH_MIN : VM_AOT_TEXT_HEAP_MIN);
        jit_aot_out_i64(&m.err, limits[limits[0] < 1 ? 0 : 1]);
        return done(&m, EXIT_INPUT);
    }
    uint64_t max_depth = (uint64_t)limits[0], heap_size = (uint64_t)limits[1];

    /* The arguments: all checked before anything runs. */
    const AotFunc *entry = prog_func(p, p->entry);
    const uint8_t *sig = prog_at(p, p->data + entry->sig);
    if (nargs != entry->nparams) {
        say(&m, VM_AOT_TEXT_ARGCOUNT);
        jit_aot_out_u64(&m.err, nargs);
        return done(&m, EXIT_INPUT);
    }
    for (uint64_t k = 0; k < nargs; k++) {
        uint64_t bits, why, n = cstrlen(argv[1 + k]);
        uint64_t r = parse_arg(&m, sig[k], argv[1 + k], n, &bits, &why);
        if (r == PARSED_BAD || r == PARSED_RANGE) {
            say(&m, VM_AOT_TEXT_PARAM + k);
            jit_aot_out_text(&m.err, VM_AOT_TEXT_DETAIL);
            jit_aot_out_repr(&m.err, argv[1 + k], n);
            jit_aot_out_text(&m.err, why);
            return done(&m, EXIT_INPUT);
        }
    }

    /* VM memory: the bank stacks, the heap and a machine stack of stack_per_depth bytes per call. */
    uint64_t bank_bytes = 8 * p->stack_regs;
    uint64_t stack_bytes = max_depth > (1ull << 40) / p->stack_per_depth ? 1ull << 62
                                                                          : p->stack_per_depth * max_depth + p->stack_slack;
    uint8_t *banks = map(3 * bank_bytes, &err_no), *heap = banks ? map(heap_size, &err_no) : 0;
    uint8_t *stack = heap ? map(stack_bytes, &err_no) : 0;
    uint8_t *marks = stack ? map(8 * (max_depth + 1), &err_no) : 0;
    if (!marks) {
        say(&m, VM_AOT_TEXT_NO_MEMORY);
        jit_aot_out_u64(&m.err, (uint64_t)err_no);
        return done(&m, EXIT_INPUT);
    }
    VMCtx ctx;
    ctx.status = VM_STATUS_OK;
    ctx.err_kind = ctx.err_func = ctx.err_pc = ctx.deopt_pc = ctx.result = 0;
    ctx.depth = 1;
    ctx.max_depth = max_depth;
    ctx.ri_limit = (uint64_t)banks + bank_bytes;
    ctx.rf_limit = (uint64_t)banks + 2 * bank_bytes;
    ctx.rc_limit = (uint64_t)banks + 3 * bank_bytes;
    ctx.data_base = (uint64_t)prog_at(p, p->data);
    ctx.heap_mark = ctx.heap_floor = 0;
    ctx.marks = (uint64_t)marks;
    uint64_t failed = jit_aot_heap_init(&ctx, (uint64_t)heap, heap_size);
    if (failed)
        return startup_heap_exhausted(&m, &ctx, failed);
    uint64_t *windows[3] = {(uint64_t *)banks, (uint64_t *)(banks + bank_bytes), (uint64_t *)(banks + 2 * bank_bytes)};
    for (uint64_t k = 0; k < nargs; k++) { /* parameter k into register k of its bank; strings after constants */
        const uint8_t *w = argv[1 + k];
        uint64_t bits, why, n = cstrlen(w);
        if (parse_arg(&m, sig[k], w, n, &bits, &why) == STRING_ARG) {
            bits = (uint64_t)VM_TAG_STR << VM_TAG_SHIFT | n << VM_INLINE_LEN_SHIFT;
            if (n <= VM_INLINE_STR_MAX) {
                for (uint64_t i = 0; i < n; i++)
                    bits |= (uint64_t)w[i] << (8 * i);
            } else {
                uint64_t size = VM_STR_BYTES + align8(n), at = ctx.heap_used;
                if (size > ctx.heap_size - at)
                    return startup_heap_exhausted(&m, &ctx, size);
                ctx.heap_used = at + size;
                *(uint64_t *)(ctx.heap_base + at) = n;
                copy_bytes((uint8_t *)(ctx.heap_base + at + VM_STR_BYTES), w, n);
                bits = (uint64_t)VM_HANDLE_HI_STR << 32 | at >> 3;
            }
        }
        windows[sig[k]][k] = bits;
    }

    void *fn;
    ADDRESS(_JIT_CALLEE, fn);
    uint8_t *top = (uint8_t *)((uint64_t)(stack + stack_bytes) & ~(uint64_t)15);
    uint64_t r = jit_aot_run_on_stack(top, &ctx, fn, (int64_t *)windows[0], (double *)windows[1], windows[2]);
    if (ctx.status == VM_STATUS_ERROR) {
        prefix(&m);
        jit_aot_out_outcome(&m.err, p->entry, r, &ctx, 0);
        return done(&m, EXIT_RUNTIME);
    }
    uint8_t *frames = map((ctx.heap_used / VM_AOT_FRAME_HEAP + 1) * VM_AOT_FRAME_SIZE, &err_no);
    if (!frames) {
        say(&m, VM_AOT_TEXT_NO_MEMORY);
        jit_aot_out_u64(&m.err, (uint64_t)err_no);
        return done(&m, EXIT_INPUT);
    }
    Out out = {outbuf, 0, sizeof outbuf, 0, STDOUT, 0};
    jit_aot_out_outcome(&out, p->entry, r, &ctx, frames);
    out_byte(&out, '\n');
    jit_aot_out_flush(&out);
    if (out.error && out.error != -EPIPE) {
        say(&m, VM_AOT_TEXT_WRITE_FAILED);
        jit_aot_out_u64(&m.err, (uint64_t)-out.error);
        return done(&m, EXIT_RUNTIME);
    }
    return out.error ? EXIT_RUNTIME : 0; /* a closed pipe: quietly, as `jit run` */
}
