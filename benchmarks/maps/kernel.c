/* maps -- the map workload of kernel.vm3 over an open-addressing hash table of int64
 * keys (linear probing, power-of-two capacity, doubled at half full). */
#include <stdint.h>
#include <stdlib.h>

typedef struct {
    int64_t *keys;
    int64_t *values;
    uint8_t *used;
    uint64_t cap; /* a power of two */
    uint64_t len;
    int shift;    /* 64 - log2(cap) */
} Map;

static uint64_t slot_of(const Map *m, int64_t key) {
    return ((uint64_t)key * 0x9E3779B97F4A7C15u) >> m->shift;
}

static void map_init(Map *m, int bits) {
    m->cap = (uint64_t)1 << bits;
    m->len = 0;
    m->shift = 64 - bits;
    m->keys = malloc(m->cap * sizeof *m->keys);
    m->values = malloc(m->cap * sizeof *m->values);
    m->used = calloc(m->cap, 1);
    if (m->keys == NULL || m->values == NULL || m->used == NULL)
        abort();
}

static void map_free(Map *m) {
    free(m->keys);
    free(m->values);
    free(m->used);
}

/* The slot holding key, or the empty slot where it would go. */
static uint64_t map_find(const Map *m, int64_t key) {
    uint64_t mask = m->cap - 1;
    uint64_t i = slot_of(m, key);
    while (m->used[i] && m->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

static int64_t map_get(const Map *m, int64_t key) {
    uint64_t i = map_find(m, key);
    return m->used[i] ? m->values[i] : 0;
}

static void map_set(Map *m, int64_t key, int64_t value);

static void map_grow(Map *m) {
    Map bigger;
    map_init(&bigger, 64 - m->shift + 1);
    for (uint64_t i = 0; i < m->cap; i++)
        if (m->used[i])
            map_set(&bigger, m->keys[i], m->values[i]);
    map_free(m);
    *m = bigger;
}

static void map_set(Map *m, int64_t key, int64_t value) {
    uint64_t i = map_find(m, key);
    if (!m->used[i]) {
        if (2 * (m->len + 1) > m->cap) {
            map_grow(m);
            i = map_find(m, key);
        }
        m->used[i] = 1;
        m->keys[i] = key;
        m->len++;
    }
    m->values[i] = value;
}

static int64_t kernel(int64_t n) {
    Map sums;
    map_init(&sums, 2);
    for (int64_t i = 0; i < n; i++) {
        int64_t k = i * 7919 % 100003;
        map_set(&sums, k, map_get(&sums, k) + i);
    }
    int64_t s = 0;
    for (int64_t k = 0; k < 100003; k++)
        s = (s * 31 + map_get(&sums, k)) % 1000000007;
    map_free(&sums);
    return s;
}

#include "harness.h"
