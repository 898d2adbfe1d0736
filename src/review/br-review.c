/* br-review.c — the design review of a board: its components with their
 * properties, the traffic model's results, the break point and the
 * findings
 *
 * The review is a pure function of the board, a multiplier of the
 * clients' entry load and an optional failure drill; nothing of it is
 * stored. Each component's properties are the ones the user set, else
 * what its label says (replicas, managed), else the reference numbers
 * (data/reference/reference.json) for its type: the C code holds no
 * figure of its own. Where the reference has none (the latency of a
 * worker, the availability of a cache), the property is unknown: it
 * adds no latency and never fails, and the report says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <math.h>
#include <string.h>

#include "br-review-private.h"

/* The drill's changes to the component it drills (a cut is an arrow's) */
static void
drill_node (BrReviewNode        *node,
            const BrReviewDrill *drill)
{
  switch (drill->kind)
    {
    case BR_DRILL_DOWN:
      node->down = TRUE;
      break;
    case BR_DRILL_SLOW:
      {
        double factor = MAX (1.0, isfinite (drill->factor) ? drill->factor : 1.0);

        node->latency_ms *= factor;
        node->capacity /= factor;
        node->read_capacity /= factor;
        node->write_capacity /= factor;
      }
      break;
    case BR_DRILL_LOSE_REPLICA:
      if (node->replicas <= 1)
        node->down = TRUE;
      else
        node->replicas--;
      break;
    case BR_DRILL_NONE:
    case BR_DRILL_CUT:
    default:
      break;
    }
}

static gboolean
drill_active (const BrReviewDrill *drill)
{
  return drill != NULL && drill->kind != BR_DRILL_NONE && drill->item_id != NULL;
}

static void
apply_drill (BrReview            *self,
             const BrReviewDrill *drill)
{
  guint index;

  if (!drill_active (drill))
    return;
  if (drill->kind == BR_DRILL_CUT)
    {
      index = GPOINTER_TO_UINT (g_hash_table_lookup (self->edge_by_id, drill->item_id));
      if (index > 0)
        EDGE (self, index - 1)->cut = TRUE;
      return;
    }
  index = _br_review_node_index (self, drill->item_id);
  if (index > 0)
    drill_node (NODE (self, index - 1), drill);
}

/* The multiplier at which the first component saturates. Until then
 * every load is proportional to the multiplier (nothing is shed, so no
 * request is retried): the traffic at 1x with nothing shed but by the
 * components the drill took down gives it, as the highest utilisation's
 * inverse. */
static void
find_break_point (BrReview *self)
{
  double highest = 0.0;
  guint which = 0;
  BrReviewNode *node;

  self->has_break = FALSE;
  _br_review_flow (self, 1.0, TRUE);
  for (guint i = 0; i < self->nodes->len; i++)
    if (!NODE (self, i)->down && NODE (self, i)->utilization > highest)
      {
        highest = NODE (self, i)->utilization;
        which = i;
      }
  if (!(highest > 0) || !isfinite (1.0 / highest))
    return;
  node = NODE (self, which);
  self->has_break = TRUE;
  self->break_multiplier = 1.0 / highest;
  self->break_node = which;
  self->break_what = !node->store ? "requests"
                     : node->read_utilization >= node->write_utilization ? "reads" : "writes";
}

static BrReview *
review_alloc (double multiplier)
{
  BrReview *self = g_new0 (BrReview, 1);

  g_atomic_ref_count_init (&self->ref);
  self->multiplier = isfinite (multiplier) && multiplier > 0 ? multiplier : 1.0;
  self->findings = g_array_new (FALSE, TRUE, sizeof (BrReviewFinding));
  return self;
}

/* The analysis of a review whose components and arrows are read */
static void
analyse (BrReview *self,
         gboolean  break_point)
{
  guint widest = 1;

  for (guint i = 0; i < self->nodes->len; i++)
    widest = MAX (widest, OUT_END (self, i) - OUT_BEGIN (self, i));
  self->scratch = g_new (double, 2 * widest);
  if (break_point)
    find_break_point (self);
  _br_review_flow (self, self->multiplier, FALSE);
  _br_review_paths (self);
  _br_review_lint (self);
  g_clear_pointer (&self->scratch, g_free);
}

/**
 * br_review_new:
 * @reference: the reference numbers, for the properties not set
 * @multiplier: of the clients' entry load, above 0
 * @drill: (nullable): a failure to play out
 *
 * Returns: (transfer full): the review of @board as it is now
 */
BrReview *
br_review_new (BrBoard             *board,
               BrReference         *reference,
               double               multiplier,
               const BrReviewDrill *drill)
{
  BrReview *self;
  References refs;
  guint n_items;

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  self = review_alloc (multiplier);
  _br_review_references_init (&refs, reference);
  n_items = br_board_get_n_items (board);
  self->strings = g_string_chunk_new (MAX (1024, n_items * 24));
  self->nodes = g_array_new (FALSE, FALSE, sizeof (BrReviewNode));
  self->edges = g_array_new (FALSE, FALSE, sizeof (BrReviewEdge));
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->edge_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cycles = g_ptr_array_new ();
  if (!br_board_get_targets (board, &self->targets))
    br_review_targets_init (&self->targets);

  for (guint i = 0; i < n_items; i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      BrReviewNode node = { 0 };
      BrLabelFacts facts;
      BrStencil type;
      gboolean inferred;

      if (!_br_review_item_type (item, &type, &inferred, &facts))
        continue;
      node.item_id = g_string_chunk_insert (self->strings, item->id);
      node.label = g_string_chunk_insert (self->strings, item->label);
      _br_review_read_node (&node, item, type, inferred, &facts, &refs);
      g_array_append_val (self->nodes, node);
      g_hash_table_insert (self->by_id, (gpointer) node.item_id, GUINT_TO_POINTER (self->nodes->len));
    }
  for (guint i = 0; i < n_items; i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      if (item->kind == BR_ITEM_ARROW)
        _br_review_add_edge (self, item);
    }
  self->graph = _br_review_graph_new (self->nodes, self->edges);
  self->has_components = self->nodes->len > 0;

  apply_drill (self, drill);
  _br_review_order (self);
  analyse (self, TRUE);
  return self;
}

/* Gives the component (@code even) or arrow (odd) a copy of @label, or
 * of its own, kept in this review's strings */
static void
own_label (BrReview   *self,
           guint       code,
           const char *label)
{
  const char **slot = code % 2 == 0 ? &NODE (self, code / 2)->label : &EDGE (self, code / 2)->label;

  *slot = g_string_chunk_insert (self->strings, label != NULL ? label : *slot);
  for (guint i = 0; i < self->own_labels->len; i++)
    if (g_array_index (self->own_labels, guint, i) == code)
      return;
  g_array_append_val (self->own_labels, code);
}

/* A review sharing @base's graph, order, cycles, ids and strings, with
 * copies of its components and arrows to compute again */
static BrReview *
review_share (BrReview *base,
              double    multiplier)
{
  BrReview *self = review_alloc (multiplier);

  /* The first review's strings: a slider dragged makes no chain of reviews */
  self->base = br_review_ref (base->base != NULL ? base->base : base);
  self->targets = base->targets;
  self->nodes = g_array_copy (base->nodes);
  self->edges = g_array_copy (base->edges);
  self->graph = base->graph;
  g_atomic_ref_count_inc (&self->graph->ref);
  self->by_id = g_hash_table_ref (base->by_id);
  self->edge_by_id = g_hash_table_ref (base->edge_by_id);
  self->order = g_array_ref (base->order);
  self->cycles = g_ptr_array_ref (base->cycles);
  self->has_components = base->has_components;

  /* What the traffic model computes starts from nothing, as in a new review */
  for (guint i = 0; i < self->nodes->len; i++)
    memset (&NODE (self, i)->read_load, 0,
            G_STRUCT_OFFSET (BrReviewNode, order) - G_STRUCT_OFFSET (BrReviewNode, read_load));

  /* The labels @base changed are in its own strings, which may go before this review */
  self->strings = g_string_chunk_new (256);
  self->own_labels = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; base->own_labels != NULL && i < base->own_labels->len; i++)
    own_label (self, g_array_index (base->own_labels, guint, i), NULL);
  return self;
}

/**
 * _br_review_new_at:
 * @base: a review of the board as it is now
 * @multiplier: of the clients' entry load, above 0
 *
 * The review of the same board and drill as @base at another multiplier,
 * for the traffic slider: the components, the arrows, their order, the
 * cycles and the break point do not depend on the multiplier, so they are
 * taken from @base (whose strings and lookup tables are shared); the
 * traffic, the paths and the findings are computed again. The result is
 * the one br_review_new() gives (tests/test-review-tracker.c checks it).
 *
 * Returns: (transfer full): the review at @multiplier
 */
BrReview *
_br_review_new_at (BrReview *base,
                   double    multiplier)
{
  BrReview *self = review_share (base, multiplier);

  self->has_break = base->has_break;
  self->break_multiplier = base->break_multiplier;
  self->break_node = base->break_node;
  self->break_what = base->break_what;
  analyse (self, FALSE);
  return self;
}

/**
 * _br_review_new_edited:
 * @base: the last review of @board
 * @changed: the ids of the items whose properties or labels changed since
 *   @base, each still a component (or an arrow between the same two
 *   components) as it was then
 * @drill: (nullable): the drill of @base
 *
 * The review of @board after an edit of some components' or arrows'
 * properties or labels: the graph, the order and the cycles stay those of
 * @base, the changed items are read again, and the traffic, the break
 * point, the paths and the findings are computed again. The result is the
 * one br_review_new() gives (tests/test-review-tracker.c checks it).
 *
 * Returns: (transfer full): the review of @board as it is now
 */
BrReview *
_br_review_new_edited (BrReview            *base,
                       BrBoard             *board,
                       BrReference         *reference,
                       const char * const  *changed,
                       double               multiplier,
                       const BrReviewDrill *drill)
{
  BrReview *self = review_share (base, multiplier);
  References refs;

  _br_review_references_init (&refs, reference);
  if (!br_board_get_targets (board, &self->targets))
    br_review_targets_init (&self->targets);
  for (guint i = 0; changed[i] != NULL; i++)
    {
      const BrItem *item = br_board_lookup (board, changed[i]);
      guint index;

      if (item == NULL)
        continue;
      if ((index = _br_review_node_index (self, changed[i])) > 0)
        {
          BrReviewNode *node = NODE (self, index - 1);
          BrLabelFacts facts;
          BrStencil type;
          gboolean inferred;

          if (!_br_review_item_type (item, &type, &inferred, &facts))
            continue;
          if (g_strcmp0 (node->label, item->label) != 0)
            own_label (self, 2 * (index - 1), item->label);
          _br_review_read_node (node, item, type, inferred, &facts, &refs);
          if (drill_active (drill) && g_str_equal (drill->item_id, node->item_id))
            drill_node (node, drill);
        }
      else if ((index = GPOINTER_TO_UINT (g_hash_table_lookup (self->edge_by_id, changed[i]))) > 0)
        {
          BrReviewEdge *edge = EDGE (self, index - 1);

          if (g_strcmp0 (edge->label, item->label) != 0)
            own_label (self, 2 * (index - 1) + 1, item->label);
          _br_review_read_edge (edge, item);
        }
    }
  analyse (self, TRUE);
  return self;
}

BrReview *
br_review_ref (BrReview *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

static void
finding_clear (BrReviewFinding *finding)
{
  g_free (finding->message);
  g_free (finding->question);
  g_strfreev (finding->items);
}

void
br_review_unref (BrReview *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_array_unref (self->order);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->edge_by_id);
  g_ptr_array_unref (self->cycles);
  for (guint i = 0; i < self->findings->len; i++)
    finding_clear (&g_array_index (self->findings, BrReviewFinding, i));
  g_array_unref (self->findings);
  _br_review_graph_unref (self->graph);
  g_string_chunk_free (self->strings);
  g_clear_pointer (&self->own_labels, g_array_unref);
  g_clear_pointer (&self->base, br_review_unref);
  g_free (self);
}

double
br_review_get_multiplier (BrReview *self)
{
  return self->multiplier;
}

const BrReviewTargets *
br_review_get_targets (BrReview *self)
{
  return &self->targets;
}

guint
br_review_get_n_nodes (BrReview *self)
{
  return self->nodes->len;
}

const BrReviewNode *
br_review_get_node (BrReview *self,
                    guint     index)
{
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return NODE (self, index);
}

const BrReviewNode *
br_review_find_node (BrReview   *self,
                     const char *item_id)
{
  guint index = _br_review_node_index (self, item_id);

  return index > 0 ? NODE (self, index - 1) : NULL;
}

/**
 * br_review_find_edge:
 *
 * Returns: (nullable): the arrow @item_id as the review sees it, %NULL
 *   when it joins no two components
 */
const BrReviewEdge *
br_review_find_edge (BrReview   *self,
                     const char *item_id)
{
  guint index = item_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->edge_by_id, item_id)) : 0;

  return index > 0 ? EDGE (self, index - 1) : NULL;
}

guint
br_review_get_n_edges (BrReview *self)
{
  return self->edges->len;
}

/**
 * br_review_get_in_edges:
 * @node: a component of this review
 * @n_edges: (out): how many arrows come into it
 *
 * Returns: (array length=n_edges) (transfer none): the indices of the
 *   arrows into @node
 */
const guint *
br_review_get_in_edges (BrReview           *self,
                        const BrReviewNode *node,
                        guint              *n_edges)
{
  guint index;

  g_return_val_if_fail (node != NULL, NULL);
  index = NODE_INDEX (self, node);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  *n_edges = IN_END (self, index) - IN_BEGIN (self, index);
  return &IN_EDGE (self, IN_BEGIN (self, index));
}

const BrReviewEdge *
br_review_get_edge (BrReview *self,
                    guint     index)
{
  g_return_val_if_fail (index < self->edges->len, NULL);
  return EDGE (self, index);
}

guint
br_review_get_n_findings (BrReview *self)
{
  return self->findings->len;
}

/**
 * br_review_get_finding:
 *
 * Returns: (transfer none): the finding, its message, question and items
 *   written the first time it is asked for
 */
const BrReviewFinding *
br_review_get_finding (BrReview *self,
                       guint     index)
{
  BrReviewFinding *finding;

  g_return_val_if_fail (index < self->findings->len, NULL);
  finding = &g_array_index (self->findings, BrReviewFinding, index);
  if (finding->message == NULL)
    _br_review_describe (self, finding);
  return finding;
}

/**
 * br_review_has_finding:
 *
 * Returns: whether a finding of @at_least that severity or worse exists
 */
gboolean
br_review_has_finding (BrReview         *self,
                       BrReviewSeverity  at_least)
{
  for (guint i = 0; i < self->findings->len; i++)
    {
      const BrReviewFinding *finding = &g_array_index (self->findings, BrReviewFinding, i);

      if (br_review_rule_severity (finding->rule) >= at_least)
        return TRUE;
    }
  return FALSE;
}

/**
 * br_review_get_break_point:
 * @multiplier: (out) (optional): of today's entry load
 * @node: (out) (optional): the component that saturates first
 * @what: (out) (optional): "reads", "writes" or "requests"
 *
 * Returns: whether some component saturates as the load grows
 */
gboolean
br_review_get_break_point (BrReview    *self,
                           double      *multiplier,
                           guint       *node,
                           const char **what)
{
  if (multiplier)
    *multiplier = self->has_break ? self->break_multiplier : 0.0;
  if (node)
    *node = self->break_node;
  if (what)
    *what = self->break_what;
  return self->has_break;
}

guint
br_review_get_n_cycles (BrReview *self)
{
  return self->cycles->len;
}

const char *
br_review_get_cycle_arrow (BrReview *self,
                           guint     index)
{
  g_return_val_if_fail (index < self->cycles->len, NULL);
  return g_ptr_array_index (self->cycles, index);
}
