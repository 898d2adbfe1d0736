/* br-review-traffic.c — the traffic model: how the clients' load flows
 * along the arrows, what each component receives, serves, absorbs and sheds
 *
 * A client sends its entry load (average requests/s times its peak
 * factor, split into reads and writes by its read share) along each of
 * its arrows. Then, in an order where every component comes after all the
 * components that send to it:
 *
 * - a load balancer, an API gateway or DNS sends each request to one of
 *   its targets: by the arrows' shares where set, the rest equally, and
 *   never to a target that is down (health checks route around it);
 * - a service, a worker or a client sends each request to each of its
 *   dependencies, calls-per-request times;
 * - a cache or a CDN passes on only the misses of the reads it receives
 *   (1 - its hit rate, the share of *its* reads that hit: a cache behind
 *   another one sees only the first one's misses, so the rates are never
 *   compounded as independent filters) and every write;
 * - a queue or a stream delivers the average rather than the peak: it
 *   absorbs the burst. A queue's consumers compete for its messages (each
 *   gets a share); each consumer of a stream reads all of it;
 * - stores (databases, object storage, search, monitoring) end the flow.
 *
 * Arrows may be marked reads-only or writes-only. A component whose load is
 * past its capacity (replicas x capacity per instance; for a store, reads
 * and writes each against their own) sheds the excess, which counts as
 * failing. A caller that retries an arrow
 * sends the shed share again, up to its retry count: the load the target
 * receives is then a fixed point (it sheds more as it receives more),
 * found by iteration from below, which converges because both grow
 * monotonically and the retries are bounded.
 *
 * Every component keeps the books: in = out + absorbed + shed - amplified,
 * where amplified is what it adds by calling more than once (fan-out,
 * calls per request, retries). An arrow that closes a cycle carries
 * nothing and is reported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <math.h>

#include "br-review-private.h"

#define MAX_FIXED_POINT_STEPS 200

gboolean
_br_review_edge_live (BrReview           *self,
                      const BrReviewEdge *edge)
{
  return !edge->cut && !edge->cycle;
}

/* Part of a request's path: its latency and availability */
gboolean
_br_review_edge_sync (BrReview           *self,
                      const BrReviewEdge *edge)
{
  BrStencil from = NODE (self, edge->from)->type;

  return _br_review_edge_live (self, edge) && !edge->async &&
         !_br_review_is_buffer (from) && !_br_review_is_store (from);
}

/* Cycles by depth-first search from each component in turn: an arrow back
 * to a component still on the search's path closes one. Then the order,
 * by Kahn's algorithm over the other arrows. */
void
_br_review_order (BrReview *self)
{
  guint n = self->nodes->len;
  g_autofree guint8 *colour = g_new0 (guint8, n);   /* 0 new, 1 on the path, 2 done */
  g_autofree guint *next = g_new0 (guint, n);       /* the next out edge to follow */
  g_autofree guint *stack = g_new (guint, n);
  g_autofree guint *in_degree = g_new0 (guint, n);
  guint head = 0;

  for (guint root = 0; root < n; root++)
    {
      guint depth = 0;

      if (colour[root] != 0)
        continue;
      stack[depth++] = root;
      colour[root] = 1;
      while (depth > 0)
        {
          guint top = stack[depth - 1];

          if (OUT_BEGIN (self, top) + next[top] < OUT_END (self, top))
            {
              BrReviewEdge *edge = EDGE (self, OUT_EDGE (self, OUT_BEGIN (self, top) + next[top]));

              next[top]++;
              if (edge->cut)
                continue;
              if (colour[edge->to] == 1)
                {
                  edge->cycle = TRUE;
                  g_ptr_array_add (self->cycles, (gpointer) edge->item_id);
                }
              else if (colour[edge->to] == 0)
                {
                  colour[edge->to] = 1;
                  stack[depth++] = edge->to;
                }
            }
          else
            {
              colour[top] = 2;
              depth--;
            }
        }
    }

  for (guint i = 0; i < self->edges->len; i++)
    if (_br_review_edge_live (self, EDGE (self, i)))
      in_degree[EDGE (self, i)->to]++;
  g_array_set_size (self->order, 0);
  for (guint i = 0; i < n; i++)
    if (in_degree[i] == 0)
      g_array_append_val (self->order, i);
  while (head < self->order->len)
    {
      guint index = g_array_index (self->order, guint, head++);

      NODE (self, index)->order = head - 1;
      for (guint k = OUT_BEGIN (self, index); k < OUT_END (self, index); k++)
        {
          BrReviewEdge *edge = EDGE (self, OUT_EDGE (self, k));

          if (_br_review_edge_live (self, edge) && --in_degree[edge->to] == 0)
            g_array_append_val (self->order, edge->to);
        }
    }
  g_assert (self->order->len == n);
}

/* How much of its capacity a component's load takes. A store's reads and
 * writes have capacities of their own: the busier of the two is its
 * utilisation (each sheds what exceeds its own capacity, so that more load
 * of one kind never makes a store serve less of the other). */
static double
utilization (BrReviewNode *node,
             double        reads,
             double        writes)
{
  double n = node->replicas;

  node->read_utilization = node->write_utilization = 0.0;
  if (node->store)
    {
      if (node->read_capacity > 0)
        node->read_utilization = reads / (n * node->read_capacity);
      if (node->write_capacity > 0)
        node->write_utilization = writes / (n * node->write_capacity);
      return MAX (node->read_utilization, node->write_utilization);
    }
  if (node->capacity > 0)
    node->read_utilization = node->write_utilization = (reads + writes) / (n * node->capacity);
  return node->read_utilization;
}

static double
excess (double utilization)
{
  return utilization > 1.0 ? 1.0 - 1.0 / utilization : 0.0;
}

/* The shares of its reads and writes a component cannot serve */
static void
shed_shares (BrReviewNode *node,
             double        reads,
             double        writes,
             gboolean      linear,
             double        shed[2])
{
  if (node->down)
    {
      shed[0] = shed[1] = 1.0;
      return;
    }
  utilization (node, reads, writes);
  shed[0] = linear ? 0.0 : excess (node->read_utilization);
  shed[1] = linear ? 0.0 : excess (node->write_utilization);
}

/* 1 + s + s² + … + s^retries: how many times a request is sent */
static double
sends (guint  retries,
       double shed)
{
  double total = 1.0, power = 1.0;

  for (guint i = 0; i < retries; i++)
    {
      power *= shed;
      total += power;
    }
  return total;
}

/* What @node receives, with the retries of its callers: the fixed point.
 * Returns the shares of reads and writes it sheds in @shed. */
static void
receive (BrReview     *self,
         BrReviewNode *node,
         double        multiplier,
         gboolean      linear,
         double        shed[2])
{
  guint index = NODE_INDEX (self, node);
  guint begin = IN_BEGIN (self, index), end = IN_END (self, index);
  double reads = 0, writes = 0, reads_avg = 0, writes_avg = 0;

  shed[0] = shed[1] = 0.0;
  if (node->type == BR_STENCIL_CLIENT)
    {
      double average = node->entry_rps * multiplier;

      reads_avg = average * node->read_share;
      writes_avg = average - reads_avg;
      reads = reads_avg * node->peak_factor;
      writes = writes_avg * node->peak_factor;
    }

  for (guint step = 0; step < MAX_FIXED_POINT_STEPS; step++)
    {
      double r = reads, w = writes, next[2];

      for (guint k = begin; k < end; k++)
        {
          BrReviewEdge *edge = EDGE (self, IN_EDGE (self, k));

          if (!_br_review_edge_live (self, edge))
            continue;
          r += edge->read * sends (edge->retries, shed[0]);
          w += edge->write * sends (edge->retries, shed[1]);
        }
      shed_shares (node, r, w, linear, next);
      if ((fabs (next[0] - shed[0]) <= 1e-12 && fabs (next[1] - shed[1]) <= 1e-12) ||
          step == MAX_FIXED_POINT_STEPS - 1)
        {
          shed[0] = next[0];
          shed[1] = next[1];
          break;
        }
      shed[0] = next[0];
      shed[1] = next[1];
    }

  /* Every arrow now carries its retries too: its start sent them */
  for (guint k = begin; k < end; k++)
    {
      BrReviewEdge *edge = EDGE (self, IN_EDGE (self, k));
      double read_factor = sends (edge->retries, shed[0]);
      double write_factor = sends (edge->retries, shed[1]);
      BrReviewNode *from = NODE (self, edge->from);
      double extra;

      if (!_br_review_edge_live (self, edge))
        continue;
      extra = edge->read * (read_factor - 1.0) + edge->write * (write_factor - 1.0);
      from->out += extra;
      from->amplified += extra;
      edge->read *= read_factor;
      edge->write *= write_factor;
      edge->read_avg *= read_factor;
      edge->write_avg *= write_factor;
      reads += edge->read;
      writes += edge->write;
      reads_avg += edge->read_avg;
      writes_avg += edge->write_avg;
    }

  node->read_load = reads;
  node->write_load = writes;
  node->read_avg = reads_avg;
  node->write_avg = writes_avg;
  node->in = reads + writes;
  node->utilization = node->down ? 0.0 : utilization (node, reads, writes);
  node->saturated = node->down || node->utilization >= 1.0;
  shed_shares (node, reads, writes, linear, shed);
}

static gboolean
edge_carries (const BrReviewEdge *edge,
              gboolean            reads)
{
  return edge->carries == BR_CARRIES_BOTH || edge->carries == (reads ? BR_CARRIES_READS : BR_CARRIES_WRITES);
}

/* The share of a router's or a queue's requests of one kind each live
 * arrow takes: the shares set, the rest equally over the others */
static void
split (BrReview     *self,
       BrReviewNode *node,
       gboolean      reads,
       double       *shares)
{
  guint index = NODE_INDEX (self, node);
  guint begin = OUT_BEGIN (self, index), n = OUT_END (self, index) - begin;
  double set = 0.0;
  guint unset = 0;

  for (guint i = 0; i < n; i++)
    {
      BrReviewEdge *edge = EDGE (self, OUT_EDGE (self, begin + i));

      shares[i] = 0.0;
      if (!_br_review_edge_live (self, edge) || !edge_carries (edge, reads) || NODE (self, edge->to)->down)
        shares[i] = -2.0;   /* takes nothing */
      else if (edge->share >= 0)
        set += shares[i] = edge->share;
      else
        {
          shares[i] = -1.0;
          unset++;
        }
    }
  for (guint i = 0; i < n; i++)
    if (shares[i] == -2.0)
      shares[i] = 0.0;
    else if (shares[i] == -1.0)
      shares[i] = MAX (0.0, 1.0 - set) / unset;
    else if (unset == 0 && set > 0)
      shares[i] /= set;
}

/* Sends what @node serves along its arrows */
static void
send (BrReview     *self,
      BrReviewNode *node,
      double        served_reads,
      double        served_writes,
      double        served_reads_avg,
      double        served_writes_avg)
{
  guint index = NODE_INDEX (self, node);
  guint begin = OUT_BEGIN (self, index), n = OUT_END (self, index) - begin;
  double *read_shares = self->scratch, *write_shares = self->scratch + n;
  gboolean splits = _br_review_is_router (node->type) || node->type == BR_STENCIL_MESSAGE_QUEUE;
  double miss = _br_review_is_cache (node->type) ? 1.0 - node->hit_rate : 1.0;
  double served = served_reads + served_writes;

  if (_br_review_is_store (node->type) || node->down)
    return;
  if (_br_review_is_buffer (node->type))
    {
      /* The burst stays in the queue: the consumers see the average */
      served_reads = served_reads_avg;
      served_writes = served_writes_avg;
    }
  if (splits)
    {
      split (self, node, TRUE, read_shares);
      split (self, node, FALSE, write_shares);
    }

  for (guint i = 0; i < n; i++)
    {
      BrReviewEdge *edge = EDGE (self, OUT_EDGE (self, begin + i));
      double read_factor, write_factor;

      if (!_br_review_edge_live (self, edge))
        continue;
      read_factor = edge_carries (edge, TRUE) ? edge->calls * miss : 0.0;
      write_factor = edge_carries (edge, FALSE) ? edge->calls : 0.0;
      if (splits)
        {
          read_factor *= read_shares[i];
          write_factor *= write_shares[i];
        }
      edge->read = served_reads * read_factor;
      edge->write = served_writes * write_factor;
      edge->read_avg = _br_review_is_buffer (node->type) ? edge->read : served_reads_avg * read_factor;
      edge->write_avg = _br_review_is_buffer (node->type) ? edge->write : served_writes_avg * write_factor;
      edge->per_request = served > 0 ? (edge->read + edge->write) / served : 0.0;
      node->out += edge->read + edge->write;
    }
}

/**
 * _br_review_flow:
 * @linear: whether components shed nothing, however busy (only those the
 *   drill took down): the loads then grow in proportion to @multiplier
 *
 * Runs the traffic model at @multiplier times the entry load. The review's
 * scratch must hold two doubles per arrow of its busiest component.
 */
void
_br_review_flow (BrReview *self,
                 double    multiplier,
                 gboolean  linear)
{
  for (guint i = 0; i < self->edges->len; i++)
    {
      BrReviewEdge *edge = EDGE (self, i);

      edge->read = edge->write = edge->read_avg = edge->write_avg = edge->per_request = 0.0;
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);

      node->out = node->absorbed = node->shed = node->amplified = 0.0;
    }

  for (guint k = 0; k < self->order->len; k++)
    {
      BrReviewNode *node = NODE (self, g_array_index (self->order, guint, k));
      double shed[2], served_reads, served_writes, net;

      receive (self, node, multiplier, linear, shed);
      served_reads = node->read_load * (1.0 - shed[0]);
      served_writes = node->write_load * (1.0 - shed[1]);
      node->shed = node->read_load * shed[0] + node->write_load * shed[1];
      node->headroom = node->down ? 0.0 : 1.0 - node->utilization;
      send (self, node, served_reads, served_writes,
            node->read_avg * (1.0 - shed[0]), node->write_avg * (1.0 - shed[1]));

      /* What it served and did not send on, it absorbed; what it sent
       * beyond what it served, it added */
      net = served_reads + served_writes - node->out;
      if (net >= 0)
        node->absorbed = net;
      else
        node->amplified = -net;
    }
}
