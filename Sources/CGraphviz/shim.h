#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Thin wrappers over Graphviz's macros and its functions that take `char *` for
// strings they never modify, so Swift can pass its strings as `const char *`.

/// The file-order sequence number of a graph object (AGSEQ).
static inline unsigned long rg_seq(void *object) { return AGSEQ(object); }

/// The tail node of an edge (agtail).
static inline Agnode_t *rg_tail(Agedge_t *edge) { return agtail(edge); }

/// The head node of an edge (aghead).
static inline Agnode_t *rg_head(Agedge_t *edge) { return aghead(edge); }

/// The value of attribute `name` of `object`, or NULL when not declared (agget).
static inline const char *rg_get(void *object, const char *name) {
    return agget(object, (char *)name);
}

/// Sets attribute `name` of `object`, declaring it with an empty default (agsafeset).
static inline int rg_set(void *object, const char *name, const char *value) {
    return agsafeset(object, (char *)name, (char *)value, "");
}

/// The value of the declared attribute `symbol` of `object` (agxget).
static inline const char *rg_xget(void *object, Agsym_t *symbol) {
    return agxget(object, symbol);
}

/// The name of a declared attribute.
static inline const char *rg_symbol_name(Agsym_t *symbol) { return symbol->name; }

/// Whether `text` is an HTML-like string (`<...>` in DOT) (aghtmlstr).
static inline int rg_is_html(const char *text) { return aghtmlstr((char *)text); }

/// The name of a graph object (agnameof); edges without a key have none.
static inline const char *rg_name(void *object) { return agnameof(object); }

// cgraph's scanner keeps its read-ahead buffer between parses (so that one file may
// hold several graphs); libcgraph exports this flush but no header declares it.
extern void aglexbad(void);

/// Readies cgraph's scanner for a new text: drops the read-ahead left by the last
/// parse and restarts line counting at 1.
static inline void rg_reset_scanner(void) {
    aglexbad();
    agreadline(1);
}

// An ID discipline that numbers a graph's named objects in the order they are named.
//
// cgraph's default makes a named object's ID the address of its interned name, and
// Graphviz 2.42 keeps subgraphs (clusters among them) in ID order, so the order in which
// clusters were laid out and drawn followed where `malloc` had put their names: with
// another allocator, or another thread allocating meanwhile, the same DOT drew its
// clusters in another order. Here a name's ID is even, as the default's are (a pointer),
// and counts up from 2 in the order names first come; anonymous objects get odd IDs from
// the graph's own counter, as the default gives them from a global one. Names are interned
// (`agstrdup`) and released (`agstrfree`) as the default does.

/// The names of one root graph (its subgraphs share them): `names[k]` has ID 2(k + 1);
/// `slots` is an open-addressed table of indices + 1 by name, never more than half full.
typedef struct {
    Agraph_t *graph;
    char **names;
    size_t count, capacity;
    size_t *slots;
    size_t slotCount;
    IDTYPE nextAnonymous;
} rg_id_state;

static size_t rg_id_hash(const char *name) {
    size_t hash = 14695981039346656037u;  // FNV-1a
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) hash = (hash ^ *p) * 1099511628211u;
    return hash;
}

/// The slot of `name`: the one holding it, or the empty one where it would go.
static size_t rg_id_slot(rg_id_state *state, const char *name) {
    size_t mask = state->slotCount - 1, i = rg_id_hash(name) & mask;
    while (state->slots[i] && strcmp(state->names[state->slots[i] - 1], name) != 0) i = (i + 1) & mask;
    return i;
}

/// Doubles the room for names; on failure the state is left as it was (a table with more
/// names than room would fill its slots, and a probe would never end).
static int rg_id_grow(rg_id_state *state) {
    size_t capacity = state->capacity ? state->capacity * 2 : 64;
    size_t *slots = calloc(capacity * 2, sizeof *slots);
    if (!slots) return 0;
    char **names = realloc(state->names, capacity * sizeof *names);
    if (!names) { free(slots); return 0; }
    state->names = names;
    state->capacity = capacity;
    free(state->slots);
    state->slots = slots;
    state->slotCount = capacity * 2;
    for (size_t k = 0; k < state->count; k++) {
        if (state->names[k]) state->slots[rg_id_slot(state, state->names[k])] = k + 1;
    }
    return 1;
}

static void *rg_id_open(Agraph_t *graph, Agdisc_t *discipline) {
    (void)discipline;
    rg_id_state *state = calloc(1, sizeof *state);
    if (!state) return NULL;
    state->graph = graph;
    state->nextAnonymous = 1;
    if (!rg_id_grow(state)) { free(state->names); free(state); return NULL; }
    return state;
}

static long rg_id_map(void *opaque, int type, char *name, IDTYPE *id, int create) {
    (void)type;
    rg_id_state *state = opaque;
    if (!state) return 0;
    if (!name) {
        if (!create) return 0;
        *id = state->nextAnonymous;
        state->nextAnonymous += 2;
        return 1;
    }
    size_t slot = rg_id_slot(state, name);
    if (state->slots[slot]) {
        *id = (IDTYPE)(2 * state->slots[slot]);
        return 1;
    }
    if (!create) return 0;
    if (state->count == state->capacity) {
        if (!rg_id_grow(state)) return 0;
        slot = rg_id_slot(state, name);
    }
    state->names[state->count] = agstrdup(state->graph, name);
    state->count += 1;
    state->slots[slot] = state->count;
    *id = (IDTYPE)(2 * state->count);
    return 1;
}

static long rg_id_alloc(void *state, int type, IDTYPE request) {
    (void)state; (void)type; (void)request;
    return 0;  // an ID of the caller's choosing is not given (nor is it by the default)
}

static void rg_id_free(void *state, int type, IDTYPE id) {
    // A name's entry stays with its ID: a name used for several kinds of object (a node
    // and a subgraph) shares one, and cgraph frees names with the graph's heap.
    (void)state; (void)type; (void)id;
}

static char *rg_id_print(void *opaque, int type, IDTYPE id) {
    (void)type;
    rg_id_state *state = opaque;
    if (!state || id % 2 != 0 || id == 0) return NULL;
    size_t k = (size_t)(id / 2) - 1;
    return k < state->count ? state->names[k] : NULL;
}

static void rg_id_close(void *opaque) {
    rg_id_state *state = opaque;
    if (!state) return;
    free(state->names);
    free(state->slots);
    free(state);
}

static void rg_id_register(void *state, int type, void *object) { (void)state; (void)type; (void)object; }

static Agiddisc_t rg_id_discipline = {
    rg_id_open, rg_id_map, rg_id_alloc, rg_id_free, rg_id_print, rg_id_close, rg_id_register,
};

/// cgraph's memory and I/O disciplines with the ID discipline above.
static Agdisc_t rg_discipline = { &AgMemDisc, &rg_id_discipline, &AgIoDisc };

/// Parses the first graph in `length` bytes of DOT `text` through a memory stream.
///
/// Not `agmemread`: its reader hands the scanner one line per call, and the scanner
/// copies a token that spans reads back to the start of its buffer on every refill,
/// so a long unterminated string took minutes (quadratic). cgraph's default reader,
/// `fread` in full blocks (as `dot` reads files), keeps that linear.
static inline Agraph_t *rg_read_text(const char *text, size_t length) {
    if (length == 0) return NULL;
    FILE *stream = fmemopen((void *)text, length, "r");
    if (stream == NULL) return NULL;
    Agraph_t *graph = agread(stream, &rg_discipline);
    fclose(stream);
    return graph;
}

/// Seeds the C library's generators that Graphviz's layouts draw from. sfdp (2.43)
/// draws from drand48 without seeding it from `start`, so its result would depend on
/// every layout run before it in the process.
static inline void rg_seed_random(long seed) {
    srand48(seed);
    srand((unsigned)seed);
}

/// The laid-out drawing's size in points (its bounding box).
static inline double rg_drawing_width(Agraph_t *graph) { return GD_bb(graph).UR.x - GD_bb(graph).LL.x; }
static inline double rg_drawing_height(Agraph_t *graph) { return GD_bb(graph).UR.y - GD_bb(graph).LL.y; }

/// Sets the resolution bitmap renderers use, after layout: the layout is in points
/// and does not depend on it, so one layout serves several resolutions.
static inline void rg_set_drawing_dpi(Agraph_t *graph, double dpi) {
    if (GD_drawing(graph)) GD_drawing(graph)->dpi = dpi;
}

#endif
