/* strings -- string building as in kernel.vm3, with immutable strings: every
 * concatenation allocates its result from a bump arena that is never freed (the vm3 heap
 * has no collector either). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int64_t len;
    char bytes[];
} Str;

static char *arena;
static size_t arena_used, arena_size;

static Str *str_alloc(int64_t len) {
    size_t size = (sizeof(Str) + (size_t)len + 7) & ~(size_t)7;
    if (arena_used + size > arena_size)
        abort();
    Str *s = (Str *)(arena + arena_used);
    arena_used += size;
    s->len = len;
    return s;
}

static Str *concat(const Str *a, const Str *b) {
    Str *s = str_alloc(a->len + b->len);
    memcpy(s->bytes, a->bytes, (size_t)a->len);
    memcpy(s->bytes + a->len, b->bytes, (size_t)b->len);
    return s;
}

static Str *digits[10], *empty, *comma;

static Str *literal(const char *text) {
    Str *s = str_alloc((int64_t)strlen(text));
    memcpy(s->bytes, text, strlen(text));
    return s;
}

static Str *itoa(int64_t x) {
    if (x <= 0)
        return digits[0];
    Str *s = empty;
    while (x > 0) {
        s = concat(digits[x % 10], s);
        x /= 10;
    }
    return s;
}

static int64_t kernel(int64_t n) {
    arena_size = 4096 + (size_t)(n > 0 ? n : 0) * 2048; /* far more than a line needs */
    arena = malloc(arena_size);
    if (arena == NULL)
        abort();
    for (int d = 0; d < 10; d++) {
        char text[2] = {(char)('0' + d), '\0'};
        digits[d] = literal(text);
    }
    empty = literal("");
    comma = literal(",");
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++) {
        Str *line = empty;
        for (int64_t k = 1; k <= 8; k++) {
            line = concat(line, itoa(i * k));
            line = concat(line, comma);
        }
        total += line->len;
    }
    free(arena);
    return total;
}

#include "harness.h"
