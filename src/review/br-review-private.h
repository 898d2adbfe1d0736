/* br-review-private.h — the parts of the review that share its state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-review.h"

G_BEGIN_DECLS

/* Who sends to whom: the arrows out of and into each component, as
 * index ranges into one array each. It depends only on which items are
 * components and arrows and where the arrows' ends are, so the reviews of
 * the same graph at another load or with other properties share it. */
typedef struct {
  gatomicrefcount ref;
  guint n_nodes;
  guint *out_start;          /* n_nodes + 1: node i's arrows out are out[out_start[i]..out_start[i+1]) */
  guint *out;
  guint *in_start;
  guint *in;
} BrReviewGraph;

struct _BrReview
{
  gatomicrefcount ref;
  BrReview *base;            /* whose strings, ids and order this one shares */
  GStringChunk *strings;     /* ids and labels, copied: the board may change */
  GArray *own_labels;        /* of guint: the labels in strings of a review sharing base's,
                                a component's index times 2, an arrow's times 2 plus 1 */
  double multiplier;
  BrReviewTargets targets;
  GArray *nodes;             /* of BrReviewNode */
  GArray *edges;             /* of BrReviewEdge */
  BrReviewGraph *graph;
  GHashTable *by_id;         /* item id -> node index + 1 */
  GHashTable *edge_by_id;    /* item id -> edge index + 1 */
  GArray *order;             /* of guint: nodes, each after all that send to it */
  GPtrArray *cycles;         /* of const char *: the arrows that close a cycle */
  GArray *findings;          /* of BrReviewFinding, their words written when asked for */
  gboolean has_components;
  double *scratch;           /* two doubles per arrow of the busiest component */

  gboolean has_break;
  double break_multiplier;
  guint break_node;
  const char *break_what;
};

#define NODE(self, i) (&g_array_index ((self)->nodes, BrReviewNode, (i)))
#define EDGE(self, i) (&g_array_index ((self)->edges, BrReviewEdge, (i)))

/* The arrows out of (into) node @i: for (guint k = OUT_BEGIN (self, i); k < OUT_END (self, i); k++)
 * with EDGE (self, OUT_EDGE (self, k)) */
#define OUT_BEGIN(self, i) ((self)->graph->out_start[(i)])
#define OUT_END(self, i) ((self)->graph->out_start[(i) + 1])
#define OUT_EDGE(self, k) ((self)->graph->out[(k)])
#define IN_BEGIN(self, i) ((self)->graph->in_start[(i)])
#define IN_END(self, i) ((self)->graph->in_start[(i) + 1])
#define IN_EDGE(self, k) ((self)->graph->in[(k)])
#define NODE_INDEX(self, node) ((guint) ((node) - NODE ((self), 0)))

gboolean  _br_review_is_router   (BrStencil type);
gboolean  _br_review_is_store    (BrStencil type);
gboolean  _br_review_is_cache    (BrStencil type);
gboolean  _br_review_is_buffer   (BrStencil type);
gboolean  _br_review_edge_live   (BrReview *self,
                                  const BrReviewEdge *edge);
gboolean  _br_review_edge_sync   (BrReview *self,
                                  const BrReviewEdge *edge);

void      _br_review_order       (BrReview *self);
void      _br_review_flow        (BrReview *self,
                                  double    multiplier,
                                  gboolean  linear);
void      _br_review_paths       (BrReview *self);
void      _br_review_lint        (BrReview *self);

BrReview *_br_review_new_at      (BrReview *base,
                                  double    multiplier);
BrReview *_br_review_new_edited  (BrReview            *base,
                                  BrBoard             *board,
                                  BrReference         *reference,
                                  const char * const  *changed,
                                  double               multiplier,
                                  const BrReviewDrill *drill);
gboolean  _br_review_item_is_node (const BrItem *item);

/* br-review-infer.c: what a label says, read once */
typedef struct {
  gboolean has_type;
  BrStencil type;
  guint replicas;            /* 0 when it says none */
  gboolean managed;
} BrLabelFacts;

void      _br_review_read_label  (const char   *label,
                                  BrLabelFacts *facts);

/* br-review-lint.c: a finding's words, written when first asked for */
void      _br_review_describe    (BrReview        *self,
                                  BrReviewFinding *finding);

/* br-review-read.c: the board's items read as components and arrows */
/* The reference's entry for each type, looked up once a review */
typedef struct {
  const BrReferenceComponent *components[BR_N_STENCILS];
} References;

void           _br_review_references_init (References          *refs,
                                          BrReference         *reference);
gboolean       _br_review_item_type       (const BrItem        *item,
                                          BrStencil           *type,
                                          gboolean            *inferred,
                                          BrLabelFacts        *facts);
void           _br_review_read_node       (BrReviewNode        *node,
                                          const BrItem        *item,
                                          BrStencil            type,
                                          gboolean             inferred,
                                          const BrLabelFacts  *facts,
                                          const References    *refs);
void           _br_review_read_edge       (BrReviewEdge        *edge,
                                          const BrItem        *item);
void           _br_review_add_edge        (BrReview            *self,
                                          const BrItem        *item);
guint          _br_review_node_index      (BrReview            *self,
                                          const char          *item_id);
BrReviewGraph *_br_review_graph_new       (GArray              *nodes,
                                          GArray              *edges);
void           _br_review_graph_unref     (BrReviewGraph       *graph);

G_END_DECLS
