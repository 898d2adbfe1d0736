/* br-review-private.h — the parts of the review that share its state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-review.h"

G_BEGIN_DECLS

struct _BrReview
{
  gatomicrefcount ref;
  BrReview *base;            /* whose strings, ids and order this one shares */
  GStringChunk *strings;     /* ids and labels, copied: the board may change */
  double multiplier;
  BrReviewTargets targets;
  GArray *nodes;             /* of BrReviewNode */
  GArray *edges;             /* of BrReviewEdge */
  GHashTable *by_id;         /* item id -> node index + 1 */
  GHashTable *edge_by_id;    /* item id -> edge index + 1 */
  GArray *order;             /* of guint: nodes, each after all that send to it */
  GPtrArray *cycles;         /* of const char *: the arrows that close a cycle */
  GPtrArray *findings;       /* of BrReviewFinding */
  gboolean has_components;

  gboolean has_break;
  double break_multiplier;
  guint break_node;
  const char *break_what;
};

#define NODE(self, i) (&g_array_index ((self)->nodes, BrReviewNode, (i)))
#define EDGE(self, i) (&g_array_index ((self)->edges, BrReviewEdge, (i)))

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
                                  double    multiplier);
void      _br_review_paths       (BrReview *self);
void      _br_review_lint        (BrReview *self);

BrReview *_br_review_new_at      (BrReview *base,
                                  double    multiplier);

G_END_DECLS
