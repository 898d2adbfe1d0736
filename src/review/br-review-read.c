/* br-review-read.c — the board's items read as the review's components
 * and arrows: each item's type (set, or inferred from its label), each
 * component's properties (set, else its label's, else the reference
 * numbers for its type), and the arrows between components as compact
 * adjacency arrays
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

/* The type of @item, if it stands for a component; @facts what its label
 * says, read when needed (the label of a stencil or a typed shape) */
gboolean
_br_review_item_type (const BrItem *item,
                      BrStencil    *type,
                      gboolean     *inferred,
                      BrLabelFacts *facts)
{
  *inferred = FALSE;
  if (!br_item_can_be_component (item))
    return FALSE;
  _br_review_read_label (item->label, facts);
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
  if (facts->has_type)
    {
      *type = facts->type;
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

/**
 * _br_review_item_is_node:
 *
 * Returns: whether the review sees @item as a component
 */
gboolean
_br_review_item_is_node (const BrItem *item)
{
  BrStencil type;
  gboolean inferred;
  BrLabelFacts facts;

  return _br_review_item_type (item, &type, &inferred, &facts);
}

void
_br_review_references_init (References  *refs,
                            BrReference *reference)
{
  for (guint t = 0; t < BR_N_STENCILS; t++)
    refs->components[t] = br_reference_find_component (reference, br_stencil_to_string ((BrStencil) t));
}

/* A component's properties: the ones set, else its label's, else the
 * reference's for its type */
void
_br_review_read_node (BrReviewNode       *node,
                      const BrItem       *item,
                      BrStencil           type,
                      gboolean            inferred,
                      const BrLabelFacts *facts,
                      const References   *refs)
{
  const BrReferenceComponent *ref = refs->components[type];
  const BrReferenceFigure *latency = ref != NULL ? ref->figures[BR_REFERENCE_LATENCY] : NULL;
  const BrReferenceFigure *availability = ref != NULL ? ref->figures[BR_REFERENCE_AVAILABILITY] : NULL;
  double requests = reference_rate (ref, BR_REFERENCE_REQUESTS);
  double reads = reference_rate (ref, BR_REFERENCE_READS);
  double writes = reference_rate (ref, BR_REFERENCE_WRITES);
  const char *item_id = node->item_id, *label = node->label;
  guint order = node->order;

  memset (node, 0, sizeof *node);
  node->item_id = item_id;
  node->label = label;
  node->order = order;
  node->type = type;
  node->type_inferred = inferred;

  node->replicas = (guint) br_item_get_field (item, BR_FIELD_REPLICAS, facts->replicas > 0 ? facts->replicas : 1);
  node->managed = br_item_has_field (item, BR_FIELD_MANAGED)
                    ? br_item_get_field (item, BR_FIELD_MANAGED, 0) != 0
                    : facts->managed;

  /* Stores, caches and buffers serve reads and writes at their own rates */
  node->store = reads > 0 || writes > 0 ||
                br_item_has_field (item, BR_FIELD_READ_CAPACITY) ||
                br_item_has_field (item, BR_FIELD_WRITE_CAPACITY);
  node->capacity = br_item_get_field (item, BR_FIELD_CAPACITY, requests);
  node->read_capacity = br_item_get_field (item, BR_FIELD_READ_CAPACITY,
                                           br_item_get_field (item, BR_FIELD_CAPACITY, reads));
  node->write_capacity = br_item_get_field (item, BR_FIELD_WRITE_CAPACITY,
                                            br_item_get_field (item, BR_FIELD_CAPACITY, writes));
  if (type == BR_STENCIL_CLIENT)
    node->capacity = node->read_capacity = node->write_capacity = 0;

  node->latency_known = br_item_has_field (item, BR_FIELD_LATENCY) || latency != NULL;
  node->latency_ms = br_item_get_field (item, BR_FIELD_LATENCY,
                                        latency != NULL ? br_reference_figure_seconds (latency) * 1000.0 : 0.0);
  node->availability_known = br_item_has_field (item, BR_FIELD_AVAILABILITY) || availability != NULL;
  node->availability = br_item_get_field (item, BR_FIELD_AVAILABILITY,
                                          availability != NULL ? availability->value : 100.0) / 100.0;
  node->hit_rate = br_item_get_field (item, BR_FIELD_HIT_RATE, 0.0);
  node->backup = br_item_get_field (item, BR_FIELD_BACKUP, 0) != 0;
  node->parallel = br_item_get_field (item, BR_FIELD_PARALLEL, 0) != 0;
  node->has_ttl = br_item_has_field (item, BR_FIELD_TTL);
  node->invalidation = br_item_get_field (item, BR_FIELD_INVALIDATION, 0) != 0;
  /* A client's load: half reads until said otherwise, the rate its peak */
  node->entry_rps = type == BR_STENCIL_CLIENT ? br_item_get_field (item, BR_FIELD_ENTRY_RATE, 0.0) : 0.0;
  node->read_share = br_item_get_field (item, BR_FIELD_READ_SHARE, 0.5);
  node->peak_factor = br_item_get_field (item, BR_FIELD_PEAK_FACTOR, 1.0);
}

guint
_br_review_node_index (BrReview   *self,
                       const char *item_id)
{
  return item_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, item_id)) : 0;
}

/* An arrow's properties; its ends are set once, when the graph is built */
void
_br_review_read_edge (BrReviewEdge *edge,
                      const BrItem *item)
{
  edge->async = br_item_has_field (item, BR_FIELD_ASYNC)
                  ? br_item_get_field (item, BR_FIELD_ASYNC, 0) != 0
                  : item->line_style != BR_LINE_SOLID;
  edge->carries = (BrCarries) br_item_get_field (item, BR_FIELD_CARRIES, BR_CARRIES_BOTH);
  edge->calls = br_item_get_field (item, BR_FIELD_CALLS, 1.0);
  edge->share = br_item_get_field (item, BR_FIELD_SHARE, -1.0);
  edge->retries = (guint) br_item_get_field (item, BR_FIELD_RETRIES, 0);
  edge->backoff = br_item_get_field (item, BR_FIELD_BACKOFF, 0) != 0;
}

/* An arrow between two components carries requests in its direction; a
 * line without heads only connects them */
void
_br_review_add_edge (BrReview     *self,
                     const BrItem *item)
{
  guint start = _br_review_node_index (self, item->ends[BR_END_START].item_id);
  guint end = _br_review_node_index (self, item->ends[BR_END_END].item_id);
  BrReviewEdge edge = { 0 };
  guint index = self->edges->len;

  if (start == 0 || end == 0 || start == end)
    return;
  if (item->heads == BR_HEADS_NONE)
    {
      /* Counted as connected, carrying nothing */
      edge.cut = TRUE;
    }
  edge.item_id = g_string_chunk_insert (self->strings, item->id);
  edge.label = g_string_chunk_insert (self->strings, item->label);
  edge.from = (item->heads == BR_HEADS_START ? end : start) - 1;
  edge.to = (item->heads == BR_HEADS_START ? start : end) - 1;
  _br_review_read_edge (&edge, item);
  g_array_append_val (self->edges, edge);
  g_hash_table_insert (self->edge_by_id, (gpointer) edge.item_id, GUINT_TO_POINTER (index + 1));
}

void
_br_review_graph_unref (BrReviewGraph *graph)
{
  if (!g_atomic_ref_count_dec (&graph->ref))
    return;
  g_free (graph->out_start);
  g_free (graph->out);
  g_free (graph->in_start);
  g_free (graph->in);
  g_free (graph);
}

/* The arrows out of and into each component, in the order of the arrows */
BrReviewGraph *
_br_review_graph_new (GArray *nodes,
                      GArray *edges)
{
  BrReviewGraph *graph = g_new0 (BrReviewGraph, 1);
  guint n = nodes->len, m = edges->len;
  g_autofree guint *out_fill = g_new0 (guint, n + 1);
  g_autofree guint *in_fill = g_new0 (guint, n + 1);

  g_atomic_ref_count_init (&graph->ref);
  graph->n_nodes = n;
  graph->out_start = g_new0 (guint, n + 1);
  graph->in_start = g_new0 (guint, n + 1);
  graph->out = g_new (guint, MAX (m, 1));
  graph->in = g_new (guint, MAX (m, 1));
  for (guint i = 0; i < m; i++)
    {
      const BrReviewEdge *edge = &g_array_index (edges, BrReviewEdge, i);

      graph->out_start[edge->from + 1]++;
      graph->in_start[edge->to + 1]++;
    }
  for (guint i = 0; i < n; i++)
    {
      graph->out_start[i + 1] += graph->out_start[i];
      graph->in_start[i + 1] += graph->in_start[i];
    }
  memcpy (out_fill, graph->out_start, (n + 1) * sizeof (guint));
  memcpy (in_fill, graph->in_start, (n + 1) * sizeof (guint));
  for (guint i = 0; i < m; i++)
    {
      const BrReviewEdge *edge = &g_array_index (edges, BrReviewEdge, i);

      graph->out[out_fill[edge->from]++] = i;
      graph->in[in_fill[edge->to]++] = i;
    }
  return graph;
}
