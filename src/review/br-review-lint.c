/* br-review-lint.c — design lint: what a bar raiser would probe, asked the
 * way they would ask it
 *
 * Each rule is a row of the table (id, severity, leadership principle and
 * round phase from the guide) and one small function that adds its
 * findings. A finding names the items it concerns, says what is wrong,
 * and asks the follow-up question. Clients are never single points of
 * failure; a managed service counts as redundant.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-review-private.h"

#define HEADROOM_LIMIT 0.7   /* above this, one failed replica of three saturates the rest */
#define MAX_SYNC_HOPS 5

typedef void (*CheckFunc) (BrReview *self, const BrReviewRule *rule);
typedef void (*DescribeFunc) (BrReview *self, BrReviewFinding *finding);

struct _BrReviewRule
{
  const char *id;
  BrReviewSeverity severity;
  const char *principle;     /* a guide id */
  const char *phase;         /* a guide id */
  CheckFunc check;           /* adds the findings, with what they concern */
  DescribeFunc describe;     /* writes a finding's message, question and items */
};

/* A finding's words are written only when someone reads them: a review of
 * a large board may have thousands, and a review is computed again at
 * every edit while the overlay or the panel is shown */
static void
add (BrReview           *self,
     const BrReviewRule *rule,
     guint               node,
     guint               other,
     guint               edge,
     guint               variant)
{
  BrReviewFinding finding = { 0 };

  finding.rule = rule;
  finding.node = node;
  finding.other = other;
  finding.edge = edge;
  finding.variant = variant;
  g_array_append_val (self->findings, finding);
}

#define ADD_NODE(self, rule, i) add ((self), (rule), (i) + 1, 0, 0, 0)

static const char *
name_of (const BrReviewNode *node)
{
  return node->label[0] != '\0' ? node->label : br_stencil_to_string (node->type);
}

static BrReviewNode *
finding_node (BrReview              *self,
              const BrReviewFinding *finding)
{
  return NODE (self, finding->node - 1);
}

static void
set_items (BrReviewFinding *finding,
           const char      *first,
           ...)
{
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    g_strv_builder_add (items, id);
  va_end (args);
  finding->items = g_strv_builder_end (items);
}

/* Message and question about one component, its name the only argument */
static void
describe_node (BrReviewFinding    *finding,
               const BrReviewNode *node,
               const char         *message,
               const char         *question)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  finding->message = g_strdup_printf (message, name_of (node));
  finding->question = g_strdup_printf (question, name_of (node));
#pragma GCC diagnostic pop
  set_items (finding, node->item_id, NULL);
}

static gboolean
is_database (BrStencil type)
{
  return type == BR_STENCIL_SQL_DATABASE || type == BR_STENCIL_NOSQL_STORE;
}

static guint
n_edges (BrReview *self,
         guint     index)
{
  return (IN_END (self, index) - IN_BEGIN (self, index)) + (OUT_END (self, index) - OUT_BEGIN (self, index));
}

static void
check_single_point (BrReview           *self,
                    const BrReviewRule *rule)
{
  g_autofree gboolean *on_path = g_new0 (gboolean, MAX (self->nodes->len, 1));

  /* In the traffic order, a component is on a request path when a client
   * or a component on one calls it synchronously */
  for (guint k = 0; k < self->order->len; k++)
    {
      guint index = g_array_index (self->order, guint, k);
      BrReviewNode *node = NODE (self, index);

      if (node->type != BR_STENCIL_CLIENT && !on_path[index])
        continue;
      for (guint e = OUT_BEGIN (self, index); e < OUT_END (self, index); e++)
        {
          BrReviewEdge *edge = EDGE (self, OUT_EDGE (self, e));

          if (_br_review_edge_sync (self, edge))
            on_path[edge->to] = TRUE;
        }
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);

      if (!on_path[i] || node->type == BR_STENCIL_CLIENT || node->managed || node->replicas > 1)
        continue;
      ADD_NODE (self, rule, i);
    }
}

static void
describe_single_point (BrReview        *self,
                       BrReviewFinding *finding)
{
  describe_node (finding, finding_node (self, finding),
                 _("%s runs on one instance on the path of every request"),
                 _("Your %s runs on one instance. What happens to your users' requests when it fails?"));
}

static void
check_database_copies (BrReview           *self,
                       const BrReviewRule *rule)
{
  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);
      gboolean replica = node->managed || node->replicas > 1;

      if (!is_database (node->type) || (replica && node->backup))
        continue;
      add (self, rule, i + 1, 0, 0, replica);
    }
}

static void
describe_database_copies (BrReview        *self,
                          BrReviewFinding *finding)
{
  if (finding->variant == 0)
    describe_node (finding, finding_node (self, finding),
                   _("%s has no replica"),
                   _("Your %s keeps its data on one instance. What happens to the data, and to "
                     "the requests, when that instance is lost?"));
  else
    describe_node (finding, finding_node (self, finding),
                   _("%s has no backup"),
                   _("A bad deploy deletes rows in %s, and the replicas copy the deletion. "
                     "How do you get the data back?"));
}

static void
check_capacity (BrReview           *self,
                const BrReviewRule *rule)
{
  gboolean over = g_str_equal (rule->id, "over-capacity");

  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);

      if (node->down || (over ? node->utilization < 1.0
                              : node->utilization <= HEADROOM_LIMIT || node->utilization >= 1.0))
        continue;
      ADD_NODE (self, rule, i);
    }
}

static void
describe_capacity (BrReview        *self,
                   BrReviewFinding *finding)
{
  BrReviewNode *node = finding_node (self, finding);
  int percent = (int) MIN (node->utilization * 100.0 + 0.5, 1e6);

  if (g_str_equal (finding->rule->id, "over-capacity"))
    {
      finding->message = g_strdup_printf (_("%s is over capacity at peak: %d%% of what it can serve"),
                                          name_of (node), percent);
      finding->question = g_strdup_printf (_("At peak %s gets more than it can serve. What do your users see, "
                                             "and how do you scale it?"), name_of (node));
    }
  else
    {
      finding->message = g_strdup_printf (_("%s runs at %d%% at peak, above 70%%"), name_of (node), percent);
      finding->question = g_strdup_printf (_("%s runs at %d%% at peak. What happens to the others when one "
                                             "instance fails?"), name_of (node), percent);
    }
  set_items (finding, node->item_id, NULL);
}

static void
check_bursty_writes (BrReview           *self,
                     const BrReviewRule *rule)
{
  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);
      double capacity = node->replicas * node->write_capacity;
      gboolean direct = FALSE;

      if (!_br_review_is_store (node->type) || node->type == BR_STENCIL_MONITORING || !(capacity > 0) ||
          !(node->write_load > capacity) || node->write_avg > capacity)
        continue;
      for (guint k = IN_BEGIN (self, i); k < IN_END (self, i); k++)
        {
          BrReviewEdge *edge = EDGE (self, IN_EDGE (self, k));

          if (edge->write > 0 && !_br_review_is_buffer (NODE (self, edge->from)->type))
            direct = TRUE;
        }
      if (direct)
        ADD_NODE (self, rule, i);
    }
}

static void
describe_bursty_writes (BrReview        *self,
                        BrReviewFinding *finding)
{
  describe_node (finding, finding_node (self, finding),
                 _("%s cannot take the peak of its writes, and no queue absorbs the burst"),
                 _("At peak %s gets more writes than it can take, though the average fits. "
                   "Where do the writes wait?"));
}

static void
check_cache_expiry (BrReview           *self,
                    const BrReviewRule *rule)
{
  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);

      if (_br_review_is_cache (node->type) && !node->has_ttl && !node->invalidation)
        ADD_NODE (self, rule, i);
    }
}

static void
describe_cache_expiry (BrReview        *self,
                       BrReviewFinding *finding)
{
  describe_node (finding, finding_node (self, finding),
                 _("%s has no time to live and is not invalidated on writes"),
                 _("A price changes. How long does %s keep serving the old one?"));
}

static void
check_monitoring (BrReview           *self,
                  const BrReviewRule *rule)
{
  gboolean others = FALSE;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);

      if (node->type == BR_STENCIL_MONITORING)
        return;
      others |= node->type != BR_STENCIL_CLIENT;
    }
  if (others)
    add (self, rule, 0, 0, 0, 0);
}

static void
describe_monitoring (BrReview        *self,
                     BrReviewFinding *finding)
{
  finding->message = g_strdup (_("The design has no monitoring"));
  finding->question = g_strdup (_("It is three in the morning and checkout is slow. How do you find out, and "
                                  "where do you look first?"));
  set_items (finding, NULL);
}

static void
check_monitoring_connected (BrReview           *self,
                            const BrReviewRule *rule)
{
  for (guint i = 0; i < self->nodes->len; i++)
    if (NODE (self, i)->type == BR_STENCIL_MONITORING && n_edges (self, i) == 0)
      ADD_NODE (self, rule, i);
}

static void
describe_monitoring_connected (BrReview        *self,
                               BrReviewFinding *finding)
{
  describe_node (finding, finding_node (self, finding),
                 _("%s is connected to nothing"),
                 _("What does %s watch, and which alarm wakes someone up?"));
}

static void
check_client_to_database (BrReview           *self,
                          const BrReviewRule *rule)
{
  for (guint i = 0; i < self->edges->len; i++)
    {
      BrReviewEdge *edge = EDGE (self, i);
      BrReviewNode *from = NODE (self, edge->from), *to = NODE (self, edge->to);

      if (from->type != BR_STENCIL_CLIENT || !is_database (to->type) || !_br_review_edge_live (self, edge))
        continue;
      add (self, rule, edge->from + 1, edge->to + 1, i + 1, 0);
    }
}

static void
describe_client_to_database (BrReview        *self,
                             BrReviewFinding *finding)
{
  BrReviewNode *from = NODE (self, finding->node - 1), *to = NODE (self, finding->other - 1);

  finding->message = g_strdup_printf (_("%s talks straight to %s"), name_of (from), name_of (to));
  finding->question = g_strdup_printf (_("%s reaches %s directly. Who checks what it may read and write, and "
                                         "how do you change the schema without breaking it?"),
                                       name_of (from), name_of (to));
  set_items (finding, from->item_id, to->item_id, EDGE (self, finding->edge - 1)->item_id, NULL);
}

enum {
  LATENCY_OVER,
  LATENCY_SATURATED,
};

static void
check_clients (BrReview           *self,
               const BrReviewRule *rule)
{
  for (guint i = 0; i < self->nodes->len; i++)
    {
      BrReviewNode *node = NODE (self, i);

      if (node->type != BR_STENCIL_CLIENT || node->path_hops == 0)
        continue;
      if (g_str_equal (rule->id, "deep-sync-chain") && node->path_hops > MAX_SYNC_HOPS)
        ADD_NODE (self, rule, i);
      else if (g_str_equal (rule->id, "latency-over-target") &&
               (node->path_saturated || node->path_p99_ms > self->targets.p99_ms))
        add (self, rule, i + 1, 0, 0, node->path_saturated ? LATENCY_SATURATED : LATENCY_OVER);
      else if (g_str_equal (rule->id, "availability-under-target") &&
               node->up * 100.0 < self->targets.availability)
        ADD_NODE (self, rule, i);
    }
}

static void
describe_clients (BrReview        *self,
                  BrReviewFinding *finding)
{
  BrReviewNode *node = finding_node (self, finding);
  const char *id = finding->rule->id;

  if (g_str_equal (id, "deep-sync-chain"))
    {
      finding->message = g_strdup_printf (_("A request from %s waits on a chain of %u components"), name_of (node),
                                          node->path_hops);
      finding->question = g_strdup_printf (_("A request from %s goes through %u components in a row. What happens "
                                             "to it when the last one slows down?"), name_of (node), node->path_hops);
    }
  else if (g_str_equal (id, "latency-over-target"))
    {
      finding->message = finding->variant == LATENCY_SATURATED
                           ? g_strdup_printf (_("Requests from %s go through a saturated component"), name_of (node))
                           : g_strdup_printf (_("Requests from %s take %.0f ms at the 99th percentile, over the "
                                                "target of %.0f ms"),
                                              name_of (node), node->path_p99_ms, self->targets.p99_ms);
      finding->question = g_strdup_printf (_("Where do the milliseconds of a request from %s go, and which would "
                                             "you cut first?"), name_of (node));
    }
  else
    {
      finding->message = g_strdup_printf (_("Requests from %s succeed %.4f%% of the time, under the target of %g%%"),
                                          name_of (node), node->up * 100.0, self->targets.availability);
      finding->question = g_strdup_printf (_("Which component on the path of %s costs you the most nines, and what "
                                             "would you add to win them back?"), name_of (node));
    }
  set_items (finding, node->item_id, NULL);
}

static void
check_unconnected (BrReview           *self,
                   const BrReviewRule *rule)
{
  for (guint i = 0; i < self->nodes->len; i++)
    if (NODE (self, i)->type != BR_STENCIL_MONITORING && n_edges (self, i) == 0)
      ADD_NODE (self, rule, i);
}

static void
describe_unconnected (BrReview        *self,
                      BrReviewFinding *finding)
{
  describe_node (finding, finding_node (self, finding),
                 _("%s is connected to nothing"),
                 _("What sends requests to %s, and what does it call?"));
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static void
check_arrow_labels (BrReview           *self,
                    const BrReviewRule *rule)
{
  for (guint i = 0; i < self->edges->len; i++)
    if (is_blank (EDGE (self, i)->label))
      add (self, rule, 0, 0, i + 1, 0);
}

static void
describe_arrow_labels (BrReview        *self,
                       BrReviewFinding *finding)
{
  BrReviewEdge *edge = EDGE (self, finding->edge - 1);

  finding->message = g_strdup_printf (_("The arrow from %s to %s has no label"), name_of (NODE (self, edge->from)),
                                      name_of (NODE (self, edge->to)));
  finding->question = g_strdup_printf (_("What does %s send to %s: which call, and what is in it?"),
                                       name_of (NODE (self, edge->from)), name_of (NODE (self, edge->to)));
  set_items (finding, edge->item_id, NULL);
}

static void
check_retries (BrReview           *self,
               const BrReviewRule *rule)
{
  for (guint i = 0; i < self->edges->len; i++)
    {
      BrReviewEdge *edge = EDGE (self, i);
      BrReviewNode *to = NODE (self, edge->to);

      if (edge->retries == 0 || edge->backoff || to->down || to->utilization <= HEADROOM_LIMIT)
        continue;
      add (self, rule, edge->to + 1, 0, i + 1, 0);
    }
}

static void
describe_retries (BrReview        *self,
                  BrReviewFinding *finding)
{
  BrReviewEdge *edge = EDGE (self, finding->edge - 1);
  BrReviewNode *to = finding_node (self, finding);

  finding->message = g_strdup_printf (_("Calls to %s are retried %u times without backoff or a budget, and it is "
                                        "near saturation"), name_of (to), edge->retries);
  finding->question = g_strdup_printf (_("%s starts shedding load. What do the retries do to it then?"), name_of (to));
  set_items (finding, edge->item_id, to->item_id, NULL);
}

static void
check_cycles (BrReview           *self,
              const BrReviewRule *rule)
{
  for (guint i = 0; i < self->edges->len; i++)
    if (EDGE (self, i)->cycle)
      add (self, rule, 0, 0, i + 1, 0);
}

static void
describe_cycles (BrReview        *self,
                 BrReviewFinding *finding)
{
  BrReviewEdge *edge = EDGE (self, finding->edge - 1);

  finding->message = g_strdup_printf (_("The arrow from %s to %s closes a cycle: requests could go round forever"),
                                      name_of (NODE (self, edge->from)), name_of (NODE (self, edge->to)));
  finding->question = g_strdup_printf (_("What stops a request that %s sends to %s from coming back to it?"),
                                       name_of (NODE (self, edge->from)), name_of (NODE (self, edge->to)));
  set_items (finding, edge->item_id, NULL);
}

/**
 * _br_review_describe:
 *
 * Writes @finding's message, question and items, from the review's
 * figures.
 */
void
_br_review_describe (BrReview        *self,
                     BrReviewFinding *finding)
{
  finding->rule->describe (self, finding);
}

static const BrReviewRule rules[] = {
  { "single-point-of-failure", BR_REVIEW_ERROR, "principles/insist-on-the-highest-standards", "phases/detailed", check_single_point, describe_single_point },
  { "database-copies", BR_REVIEW_ERROR, "principles/ownership", "phases/detailed", check_database_copies, describe_database_copies },
  { "over-capacity", BR_REVIEW_ERROR, "principles/dive-deep", "phases/scale", check_capacity, describe_capacity },
  { "no-headroom", BR_REVIEW_WARNING, "principles/dive-deep", "phases/scale", check_capacity, describe_capacity },
  { "bursty-writes", BR_REVIEW_WARNING, "principles/think-big", "phases/scale", check_bursty_writes, describe_bursty_writes },
  { "cache-expiry", BR_REVIEW_WARNING, "principles/dive-deep", "phases/detailed", check_cache_expiry, describe_cache_expiry },
  { "no-monitoring", BR_REVIEW_WARNING, "principles/ownership", "phases/operations", check_monitoring, describe_monitoring },
  { "monitoring-unconnected", BR_REVIEW_WARNING, "principles/ownership", "phases/operations", check_monitoring_connected, describe_monitoring_connected },
  { "client-to-database", BR_REVIEW_ERROR, "principles/insist-on-the-highest-standards", "phases/high-level", check_client_to_database, describe_client_to_database },
  { "deep-sync-chain", BR_REVIEW_WARNING, "principles/invent-and-simplify", "phases/detailed", check_clients, describe_clients },
  { "latency-over-target", BR_REVIEW_WARNING, "principles/customer-obsession", "phases/scale", check_clients, describe_clients },
  { "availability-under-target", BR_REVIEW_WARNING, "principles/customer-obsession", "phases/operations", check_clients, describe_clients },
  { "retry-storm", BR_REVIEW_WARNING, "principles/dive-deep", "phases/operations", check_retries, describe_retries },
  { "cycle", BR_REVIEW_WARNING, "principles/dive-deep", "phases/high-level", check_cycles, describe_cycles },
  { "unconnected", BR_REVIEW_WARNING, "principles/dive-deep", "phases/high-level", check_unconnected, describe_unconnected },
  { "unlabeled-arrow", BR_REVIEW_INFO, "principles/earn-trust", "phases/high-level", check_arrow_labels, describe_arrow_labels },
};

void
_br_review_lint (BrReview *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    rules[i].check (self, &rules[i]);
}

guint
br_review_n_rules (void)
{
  return G_N_ELEMENTS (rules);
}

const BrReviewRule *
br_review_get_rule (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (rules), NULL);
  return &rules[index];
}

const char *
br_review_rule_id (const BrReviewRule *rule)
{
  return rule->id;
}

BrReviewSeverity
br_review_rule_severity (const BrReviewRule *rule)
{
  return rule->severity;
}

const char *
br_review_rule_principle (const BrReviewRule *rule)
{
  return rule->principle;
}

const char *
br_review_rule_phase (const BrReviewRule *rule)
{
  return rule->phase;
}

static const char * const severity_names[] = { "info", "warning", "error", NULL };

const char *
br_review_severity_to_string (BrReviewSeverity severity)
{
  g_return_val_if_fail ((guint) severity <= BR_REVIEW_ERROR, NULL);
  return severity_names[severity];
}

gboolean
br_review_severity_from_string (const char       *name,
                                BrReviewSeverity *out)
{
  for (guint i = 0; name != NULL && severity_names[i] != NULL; i++)
    if (g_str_equal (name, severity_names[i]))
      {
        *out = (BrReviewSeverity) i;
        return TRUE;
      }
  return FALSE;
}
