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

gboolean
_br_review_is_router (BrStencil type)
{
  return type == BR_STENCIL_LOAD_BALANCER || type == BR_STENCIL_API_GATEWAY || type == BR_STENCIL_DNS;
}

gboolean
_br_review_is_store (BrStencil type)
{
  return type == BR_STENCIL_SQL_DATABASE || type == BR_STENCIL_NOSQL_STORE ||
         type == BR_STENCIL_OBJECT_STORAGE || type == BR_STENCIL_SEARCH_INDEX ||
         type == BR_STENCIL_MONITORING;
}

gboolean
_br_review_is_cache (BrStencil type)
{
  return type == BR_STENCIL_CACHE || type == BR_STENCIL_CDN;
}

gboolean
_br_review_is_buffer (BrStencil type)
{
  return type == BR_STENCIL_MESSAGE_QUEUE || type == BR_STENCIL_STREAM;
}

/* A rate a component can serve: not a bandwidth nor a batch size */
static double
reference_rate (const BrReferenceComponent *reference,
                BrReferenceSlot             slot)
{
  const BrReferenceFigure *figure = reference != NULL ? reference->figures[slot] : NULL;

  if (figure == NULL)
    return 0.0;
  switch (figure->unit)
    {
    case BR_REFERENCE_REQUESTS_PER_S:
    case BR_REFERENCE_QUERIES_PER_S:
    case BR_REFERENCE_RECORDS_PER_S:
    case BR_REFERENCE_MESSAGES_PER_S:
    case BR_REFERENCE_DOCUMENTS_PER_S:
    case BR_REFERENCE_JOBS_PER_S:
      return figure->value;
    default:
      return 0.0;
    }
}

/* The type of @item, if it stands for a component */
static gboolean
item_type (const BrItem *item,
           BrStencil    *type,
           gboolean     *inferred)
{
  *inferred = FALSE;
  if (!br_item_can_be_component (item))
    return FALSE;
  if (br_item_has_field (item, BR_FIELD_TYPE))
    {
      double value = br_item_get_field (item, BR_FIELD_TYPE, BR_COMPONENT_UNTYPED);

      if (value >= BR_COMPONENT_UNTYPED)
        return FALSE;
      *type = (BrStencil) value;
      return TRUE;
    }
  if (item->kind == BR_ITEM_STENCIL)
    {
      *type = item->stencil;
      return TRUE;
    }
  if (br_review_infer_type (item->label, type))
    {
      *inferred = TRUE;
      return TRUE;
    }
  /* A shape given review properties but no name is some service */
  if (!br_component_is_empty (item->component))
    {
      *type = BR_STENCIL_SERVICE;
      *inferred = TRUE;
      return TRUE;
    }
  return FALSE;
}

static void
add_node (BrReview     *self,
          const BrItem *item,
          BrStencil     type,
          gboolean      inferred,
          BrReference  *reference)
{
  const BrReferenceComponent *ref = br_reference_find_component (reference, br_stencil_to_string (type));
  const BrReferenceFigure *latency = ref != NULL ? ref->figures[BR_REFERENCE_LATENCY] : NULL;
  const BrReferenceFigure *availability = ref != NULL ? ref->figures[BR_REFERENCE_AVAILABILITY] : NULL;
  double requests = reference_rate (ref, BR_REFERENCE_REQUESTS);
  double reads = reference_rate (ref, BR_REFERENCE_READS);
  double writes = reference_rate (ref, BR_REFERENCE_WRITES);
  BrReviewNode node = { 0 };
  guint replicas;

  node.item_id = g_string_chunk_insert_const (self->strings, item->id);
  node.label = g_string_chunk_insert_const (self->strings, item->label);
  node.type = type;
  node.type_inferred = inferred;

  replicas = br_review_infer_replicas (item->label);
  node.replicas = (guint) br_item_get_field (item, BR_FIELD_REPLICAS, replicas > 0 ? replicas : 1);
  node.managed = br_item_has_field (item, BR_FIELD_MANAGED)
                   ? br_item_get_field (item, BR_FIELD_MANAGED, 0) != 0
                   : br_review_infer_managed (item->label);

  /* Stores, caches and buffers serve reads and writes at their own rates */
  node.store = reads > 0 || writes > 0 ||
               br_item_has_field (item, BR_FIELD_READ_CAPACITY) ||
               br_item_has_field (item, BR_FIELD_WRITE_CAPACITY);
  node.capacity = br_item_get_field (item, BR_FIELD_CAPACITY, requests);
  node.read_capacity = br_item_get_field (item, BR_FIELD_READ_CAPACITY,
                                          br_item_get_field (item, BR_FIELD_CAPACITY, reads));
  node.write_capacity = br_item_get_field (item, BR_FIELD_WRITE_CAPACITY,
                                           br_item_get_field (item, BR_FIELD_CAPACITY, writes));
  if (type == BR_STENCIL_CLIENT)
    node.capacity = node.read_capacity = node.write_capacity = 0;

  node.latency_known = br_item_has_field (item, BR_FIELD_LATENCY) || latency != NULL;
  node.latency_ms = br_item_get_field (item, BR_FIELD_LATENCY,
                                       latency != NULL ? br_reference_figure_seconds (latency) * 1000.0 : 0.0);
  node.availability_known = br_item_has_field (item, BR_FIELD_AVAILABILITY) || availability != NULL;
  node.availability = br_item_get_field (item, BR_FIELD_AVAILABILITY,
                                         availability != NULL ? availability->value : 100.0) / 100.0;
  node.hit_rate = br_item_get_field (item, BR_FIELD_HIT_RATE, 0.0);
  node.backup = br_item_get_field (item, BR_FIELD_BACKUP, 0) != 0;
  node.parallel = br_item_get_field (item, BR_FIELD_PARALLEL, 0) != 0;
  node.has_ttl = br_item_has_field (item, BR_FIELD_TTL);
  node.invalidation = br_item_get_field (item, BR_FIELD_INVALIDATION, 0) != 0;
  /* A client's load: half reads until said otherwise, the rate its peak */
  node.entry_rps = type == BR_STENCIL_CLIENT ? br_item_get_field (item, BR_FIELD_ENTRY_RATE, 0.0) : 0.0;
  node.read_share = br_item_get_field (item, BR_FIELD_READ_SHARE, 0.5);
  node.peak_factor = br_item_get_field (item, BR_FIELD_PEAK_FACTOR, 1.0);

  node.out_edges = g_array_new (FALSE, FALSE, sizeof (guint));
  node.in_edges = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->nodes, node);
  g_hash_table_insert (self->by_id, (gpointer) node.item_id, GUINT_TO_POINTER (self->nodes->len));
}

static guint
node_index (BrReview   *self,
            const char *item_id)
{
  return item_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, item_id)) : 0;
}

/* An arrow between two components carries requests in its direction; a
 * line without heads only connects them */
static void
add_edge (BrReview     *self,
          const BrItem *item)
{
  guint start = node_index (self, item->ends[BR_END_START].item_id);
  guint end = node_index (self, item->ends[BR_END_END].item_id);
  BrReviewEdge edge = { 0 };
  guint index = self->edges->len;

  if (start == 0 || end == 0 || start == end)
    return;
  if (item->heads == BR_HEADS_NONE)
    {
      /* Counted as connected, carrying nothing */
      edge.cut = TRUE;
    }
  edge.item_id = g_string_chunk_insert_const (self->strings, item->id);
  edge.label = g_string_chunk_insert_const (self->strings, item->label);
  edge.from = (item->heads == BR_HEADS_START ? end : start) - 1;
  edge.to = (item->heads == BR_HEADS_START ? start : end) - 1;
  edge.async = br_item_has_field (item, BR_FIELD_ASYNC)
                 ? br_item_get_field (item, BR_FIELD_ASYNC, 0) != 0
                 : item->line_style != BR_LINE_SOLID;
  edge.carries = (BrCarries) br_item_get_field (item, BR_FIELD_CARRIES, BR_CARRIES_BOTH);
  edge.calls = br_item_get_field (item, BR_FIELD_CALLS, 1.0);
  edge.share = br_item_get_field (item, BR_FIELD_SHARE, -1.0);
  edge.retries = (guint) br_item_get_field (item, BR_FIELD_RETRIES, 0);
  edge.backoff = br_item_get_field (item, BR_FIELD_BACKOFF, 0) != 0;
  g_array_append_val (self->edges, edge);
  g_hash_table_insert (self->edge_by_id, (gpointer) edge.item_id, GUINT_TO_POINTER (index + 1));
  g_array_append_val (NODE (self, edge.from)->out_edges, index);
  g_array_append_val (NODE (self, edge.to)->in_edges, index);
}

static void
apply_drill (BrReview            *self,
             const BrReviewDrill *drill)
{
  BrReviewNode *node;
  guint index;

  if (drill == NULL || drill->kind == BR_DRILL_NONE || drill->item_id == NULL)
    return;
  if (drill->kind == BR_DRILL_CUT)
    {
      for (guint i = 0; i < self->edges->len; i++)
        if (g_str_equal (EDGE (self, i)->item_id, drill->item_id))
          EDGE (self, i)->cut = TRUE;
      return;
    }
  index = node_index (self, drill->item_id);
  if (index == 0)
    return;

  node = NODE (self, index - 1);
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

/* The multiplier at which the first component saturates. Until then
 * every load is proportional to the multiplier (nothing is shed, so no
 * request is retried), so one run where nothing saturates gives it. */
static void
find_break_point (BrReview *self)
{
  double probe = 1.0;

  for (guint attempt = 0; attempt < 8; attempt++)
    {
      double highest = 0.0;
      guint which = 0;

      _br_review_flow (self, probe);
      for (guint i = 0; i < self->nodes->len; i++)
        if (!NODE (self, i)->down && NODE (self, i)->utilization > highest)
          {
            highest = NODE (self, i)->utilization;
            which = i;
          }
      if (!(highest > 0))
        return;
      if (highest < 1.0)
        {
          BrReviewNode *node = NODE (self, which);

          self->has_break = TRUE;
          self->break_multiplier = probe / highest;
          self->break_node = which;
          self->break_what = !node->store ? "requests"
                             : node->read_utilization >= node->write_utilization ? "reads" : "writes";
          return;
        }
      probe /= highest * 2.0;
    }
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
  guint n_items;

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  self = g_new0 (BrReview, 1);
  g_atomic_ref_count_init (&self->ref);
  self->strings = g_string_chunk_new (1024);
  self->multiplier = isfinite (multiplier) && multiplier > 0 ? multiplier : 1.0;
  self->nodes = g_array_new (FALSE, FALSE, sizeof (BrReviewNode));
  self->edges = g_array_new (FALSE, FALSE, sizeof (BrReviewEdge));
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->edge_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cycles = g_ptr_array_new ();
  self->findings = g_ptr_array_new ();
  if (!br_board_get_targets (board, &self->targets))
    br_review_targets_init (&self->targets);

  n_items = br_board_get_n_items (board);
  for (guint i = 0; i < n_items; i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      BrStencil type;
      gboolean inferred;

      if (item_type (item, &type, &inferred))
        add_node (self, item, type, inferred, reference);
    }
  for (guint i = 0; i < n_items; i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      if (item->kind == BR_ITEM_ARROW)
        add_edge (self, item);
    }
  self->has_components = self->nodes->len > 0;

  apply_drill (self, drill);
  _br_review_order (self);
  find_break_point (self);
  _br_review_flow (self, self->multiplier);
  _br_review_paths (self);
  _br_review_lint (self);
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
  BrReview *self = g_new0 (BrReview, 1);

  g_atomic_ref_count_init (&self->ref);
  /* The first review's strings: a slider dragged makes no chain of reviews */
  self->base = br_review_ref (base->base != NULL ? base->base : base);
  self->strings = g_string_chunk_new (64);
  self->multiplier = isfinite (multiplier) && multiplier > 0 ? multiplier : 1.0;
  self->targets = base->targets;
  self->nodes = g_array_copy (base->nodes);
  self->edges = g_array_copy (base->edges);
  self->by_id = g_hash_table_ref (base->by_id);
  self->edge_by_id = g_hash_table_ref (base->edge_by_id);
  self->order = g_array_ref (base->order);
  self->cycles = g_ptr_array_ref (base->cycles);
  self->findings = g_ptr_array_new ();
  self->has_components = base->has_components;
  self->has_break = base->has_break;
  self->break_multiplier = base->break_multiplier;
  self->break_node = base->break_node;
  self->break_what = base->break_what;

  /* What the traffic model computes starts from nothing, as in a new review */
  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);

      memset (&node->read_load, 0, G_STRUCT_OFFSET (BrReviewNode, out_edges) - G_STRUCT_OFFSET (BrReviewNode, read_load));
      node->out_edges = g_array_copy (node->out_edges);
      node->in_edges = g_array_copy (node->in_edges);
    }
  _br_review_flow (self, self->multiplier);
  _br_review_paths (self);
  _br_review_lint (self);
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
finding_free (gpointer data)
{
  BrReviewFinding *finding = data;

  g_free (finding->message);
  g_free (finding->question);
  g_strfreev (finding->items);
  g_free (finding);
}

void
br_review_unref (BrReview *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      g_array_unref (NODE (self, i)->out_edges);
      g_array_unref (NODE (self, i)->in_edges);
    }
  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_array_unref (self->order);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->edge_by_id);
  g_ptr_array_unref (self->cycles);
  g_ptr_array_set_free_func (self->findings, finding_free);
  g_ptr_array_unref (self->findings);
  g_string_chunk_free (self->strings);
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
  guint index = node_index (self, item_id);

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

const BrReviewFinding *
br_review_get_finding (BrReview *self,
                       guint     index)
{
  g_return_val_if_fail (index < self->findings->len, NULL);
  return g_ptr_array_index (self->findings, index);
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
      const BrReviewFinding *finding = g_ptr_array_index (self->findings, i);

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
