#ifndef GEOSTANCE_CGRAPHVIZ_SHIM_H
#define GEOSTANCE_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>

/* cgraph and common expose these as macros, which Swift cannot call. */

static inline Agnode_t *geostance_edge_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *geostance_edge_head(Agedge_t *edge) { return aghead(edge); }

/* The labels layout built, after escapes and entities were interpreted. */
static inline textlabel_t *geostance_graph_label(Agraph_t *graph) { return GD_label(graph); }
static inline textlabel_t *geostance_node_label(Agnode_t *node) { return ND_label(node); }
static inline textlabel_t *geostance_edge_label(Agedge_t *edge) { return ED_label(edge); }

static inline int geostance_label_is_html(const textlabel_t *label) { return label->html ? 1 : 0; }
static inline int geostance_label_line_count(const textlabel_t *label) {
    return label->html ? 0 : label->u.txt.nspans;
}
static inline const char *geostance_label_line(const textlabel_t *label, int index) {
    return label->u.txt.span[index].str;
}

#endif
