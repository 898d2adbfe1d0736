/* br-review-paths.c — what a client's request goes through: its latency,
 * its availability, the share that fails
 *
 * Only synchronous arrows are on a request's path: an asynchronous arrow
 * carries load but the request does not wait for it, nor do the consumers
 * of a queue or a stream, nor anything behind a store. In the reverse of
 * the traffic order, each component gets:
 *
 * - its own response time (p50 and p99 of its M/M/c queue at its
 *   utilisation; none at all when saturated) plus that of its dependencies:
 *   sequential calls add (times the calls per request), parallel calls and
 *   a router's targets take the slowest, a cache adds its miss path. Adding
 *   percentiles over-states the sum's percentile a little: the review errs
 *   on the side of the interviewer's question;
 * - its availability: one instance's, or with n replicas 1 - (1 - a)^n
 *   (replicas in parallel; a managed service's figure is already the whole
 *   service's), times that of every component it needs, in series and
 *   each counted once (a database reached through a cache and directly
 *   is one database); a router's targets are in parallel, since it
 *   routes around one that is down;
 * - the share of the requests it receives that fail: those it sheds, and
 *   those whose calls fail (a call retried r times fails only if all r + 1
 *   tries do);
 * - the number of components on its longest synchronous chain.
 *
 * A client's figures are those of its synchronous dependencies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <math.h>

#include "br-review-private.h"

static void
own_figures (BrReviewNode *node)
{
  double shed = node->in > 0 ? node->shed / node->in : (node->down ? 1.0 : 0.0);

  node->p50_ms = node->p99_ms = 0.0;
  /* A client's latency figure is what a person will wait for, not a server's */
  if (!node->saturated && node->latency_ms > 0 && node->type != BR_STENCIL_CLIENT)
    {
      node->p50_ms = br_review_mmc_quantile (node->replicas, node->utilization, node->latency_ms, 0.5);
      node->p99_ms = br_review_mmc_quantile (node->replicas, node->utilization, node->latency_ms, 0.99);
    }
  if (node->down)
    node->up = 0.0;
  else if (node->managed || node->type == BR_STENCIL_CLIENT)
    node->up = node->availability;
  else
    node->up = 1.0 - pow (1.0 - node->availability, node->replicas);
  if (node->type == BR_STENCIL_CLIENT)
    node->up = 1.0;
  node->fail = CLAMP (shed, 0.0, 1.0);
}

static void
combine (BrReview     *self,
         BrReviewNode *node)
{
  gboolean router = _br_review_is_router (node->type);
  gboolean parallel = router || node->parallel || _br_review_is_cache (node->type);
  double p50 = 0, p99 = 0, all_down = 1.0, routed_fail = 0, routed = 0, ok = 1.0;
  gboolean saturated = FALSE, any = FALSE;
  guint hops = 0;

  for (guint k = OUT_BEGIN (self, NODE_INDEX (self, node)); k < OUT_END (self, NODE_INDEX (self, node)); k++)
    {
      BrReviewEdge *edge = EDGE (self, OUT_EDGE (self, k));
      BrReviewNode *to = NODE (self, edge->to);
      double calls = router ? 1.0 : edge->calls;
      double fail;

      if (!_br_review_edge_sync (self, edge))
        continue;
      if (router && to->down)
        continue;
      any = TRUE;
      if (parallel)
        {
          p50 = MAX (p50, calls * to->path_p50_ms);
          p99 = MAX (p99, calls * to->path_p99_ms);
        }
      else
        {
          p50 += calls * to->path_p50_ms;
          p99 += calls * to->path_p99_ms;
        }
      saturated |= to->path_saturated;
      hops = MAX (hops, to->path_hops);

      if (router)
        all_down *= 1.0 - to->up;

      fail = pow (to->fail, edge->retries + 1.0);
      if (router)
        {
          routed_fail += edge->per_request * fail;
          routed += edge->per_request;
        }
      else
        ok *= pow (1.0 - fail, edge->per_request);
    }

  node->path_p50_ms = node->p50_ms + p50;
  node->path_p99_ms = node->p99_ms + p99;
  node->path_saturated = node->saturated || saturated;
  node->path_hops = hops + 1;
  if (router && any)
    node->up = CLAMP (node->up * (1.0 - all_down), 0.0, 1.0);
  if (router && routed > 0)
    ok = 1.0 - routed_fail / routed;
  node->fail = CLAMP (1.0 - (1.0 - node->fail) * ok, 0.0, 1.0);
}

/* The availability of what @start needs, in series: every component it
 * reaches synchronously counted once (a database reached both directly
 * and through a cache is one database), up to the routers, which count
 * with their own targets in parallel */
static void
series_availability (BrReview     *self,
                     guint         start,
                     const double *own,
                     guint        *stamp,
                     guint         mark,
                     GArray       *stack)
{
  BrReviewNode *node = NODE (self, start);
  double up = node->up;

  g_array_set_size (stack, 0);
  g_array_append_val (stack, start);
  stamp[start] = mark;
  while (stack->len > 0)
    {
      guint index = g_array_index (stack, guint, stack->len - 1);
      BrReviewNode *at = NODE (self, index);

      g_array_set_size (stack, stack->len - 1);
      if (index != start)
        {
          up *= _br_review_is_router (at->type) ? at->up : own[index];
          if (_br_review_is_router (at->type))
            continue;
        }
      for (guint k = OUT_BEGIN (self, index); k < OUT_END (self, index); k++)
        {
          BrReviewEdge *edge = EDGE (self, OUT_EDGE (self, k));

          if (_br_review_edge_sync (self, edge) && stamp[edge->to] != mark)
            {
              stamp[edge->to] = mark;
              g_array_append_val (stack, edge->to);
            }
        }
    }
  node->up = CLAMP (up, 0.0, 1.0);
}

void
_br_review_paths (BrReview *self)
{
  guint n = self->nodes->len;
  g_autofree double *own = g_new0 (double, MAX (n, 1));
  g_autofree guint *stamp = g_new0 (guint, MAX (n, 1));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint k = self->order->len; k-- > 0;)
    {
      guint index = g_array_index (self->order, guint, k);
      BrReviewNode *node = NODE (self, index);

      own_figures (node);
      own[index] = node->up;
      combine (self, node);
      if (!_br_review_is_router (node->type))
        series_availability (self, index, own, stamp, k + 1, stack);
      if (node->type == BR_STENCIL_CLIENT)
        {
          /* The client is where the request starts: not a hop of its own */
          node->path_hops = node->path_hops > 0 ? node->path_hops - 1 : 0;
          node->lost = node->fail >= 1.0 - 1e-12 || node->up <= 0.0;
          node->path_saturated = node->path_saturated && node->path_hops > 0;
        }
    }
}
