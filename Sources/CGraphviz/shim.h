#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>

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
    Agraph_t *graph = agread(stream, NULL);
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
