/* test-review.c — the design review's model: label inference, the traffic
 * model against figures worked by hand, invariants over random boards,
 * the break point, retries, cycles, failure drills, and one fixture board
 * per lint rule plus a clean one that triggers none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "br-board-file.h"
#include "br-review.h"

static BrReference *reference;

/* A stencil @id of @type with the fields given as (field, value) pairs,
 * ended by -1 */
static void
add_box (BrBoard    *board,
         const char *id,
         BrStencil   type,
         const char *label,
         ...)
{
  BrItem *item = br_item_new_stencil (type, 0, 0, 100, 60);
  g_autoptr(BrComponent) component = br_component_new ();
  va_list args;
  int field;

  g_free (item->id);
  item->id = g_strdup (id);
  br_item_set_label (item, label);
  va_start (args, label);
  while ((field = va_arg (args, int)) >= 0)
    br_component_set (component, (BrComponentField) field, va_arg (args, double));
  va_end (args);
  br_item_set_component (item, component);
  g_assert_cmpstr (br_board_add_item (board, item), ==, id);
}

static void
add_arrow (BrBoard    *board,
           const char *id,
           const char *from,
           const char *to,
           ...)
{
  BrItem *item = br_item_new_arrow (0, 0, 10, 10);
  g_autoptr(BrComponent) component = br_component_new ();
  va_list args;
  int field;

  g_free (item->id);
  item->id = g_strdup (id);
  br_item_set_label (item, id);
  br_item_bind_end (item, BR_END_START, from);
  br_item_bind_end (item, BR_END_END, to);
  va_start (args, to);
  while ((field = va_arg (args, int)) >= 0)
    br_component_set (component, (BrComponentField) field, va_arg (args, double));
  va_end (args);
  br_item_set_component (item, component);
  g_assert_cmpstr (br_board_add_item (board, item), ==, id);
}

static const BrReviewNode *
node (BrReview   *review,
      const char *id)
{
  const BrReviewNode *found = br_review_find_node (review, id);

  g_assert_nonnull (found);
  return found;
}

static gboolean
has_finding (BrReview   *review,
             const char *rule)
{
  for (guint i = 0; i < br_review_get_n_findings (review); i++)
    if (g_str_equal (br_review_rule_id (br_review_get_finding (review, i)->rule), rule))
      return TRUE;
  return FALSE;
}

static void
test_infer (void)
{
  static const struct { const char *label; int type; } cases[] = {
    { "Redis", BR_STENCIL_CACHE }, { "session MEMCACHED", BR_STENCIL_CACHE },
    { "ElastiCache (Redis)", BR_STENCIL_CACHE }, { "Postgres primary", BR_STENCIL_SQL_DATABASE },
    { "mysql", BR_STENCIL_SQL_DATABASE }, { "Aurora", BR_STENCIL_SQL_DATABASE },
    { "RDS", BR_STENCIL_SQL_DATABASE }, { "DynamoDB", BR_STENCIL_NOSQL_STORE },
    { "Cassandra ring", BR_STENCIL_NOSQL_STORE }, { "Mongo", BR_STENCIL_NOSQL_STORE },
    { "SQS", BR_STENCIL_MESSAGE_QUEUE }, { "RabbitMQ", BR_STENCIL_MESSAGE_QUEUE },
    { "Kafka", BR_STENCIL_STREAM }, { "Kinesis", BR_STENCIL_STREAM },
    { "S3 bucket", BR_STENCIL_OBJECT_STORAGE }, { "CloudFront", BR_STENCIL_CDN },
    { "ELB", BR_STENCIL_LOAD_BALANCER }, { "alb", BR_STENCIL_LOAD_BALANCER },
    { "NLB", BR_STENCIL_LOAD_BALANCER }, { "nginx", BR_STENCIL_LOAD_BALANCER },
    { "HAProxy", BR_STENCIL_LOAD_BALANCER }, { "Elasticsearch", BR_STENCIL_SEARCH_INDEX },
    { "OpenSearch", BR_STENCIL_SEARCH_INDEX }, { "CloudWatch", BR_STENCIL_MONITORING },
    { "Prometheus", BR_STENCIL_MONITORING }, { "Grafana", BR_STENCIL_MONITORING },
    { "Datadog", BR_STENCIL_MONITORING }, { "User", BR_STENCIL_CLIENT },
    { "Browser", BR_STENCIL_CLIENT }, { "Mobile app", BR_STENCIL_CLIENT },
    { "client", BR_STENCIL_CLIENT }, { "API Gateway", BR_STENCIL_API_GATEWAY },
    { "Route 53", BR_STENCIL_DNS },
    /* Whole words only */
    { "S3cret", -1 }, { "Redisson", -1 }, { "userland notes", -1 }, { "Title", -1 }, { "", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BrStencil type = BR_N_STENCILS;
      gboolean found = br_review_infer_type (cases[i].label, &type);

      g_test_message ("%s", cases[i].label);
      g_assert_cmpint (found, ==, cases[i].type >= 0);
      if (found)
        g_assert_cmpint (type, ==, cases[i].type);
    }

  g_assert_cmpuint (br_review_infer_replicas ("Orders Service x3"), ==, 3);
  g_assert_cmpuint (br_review_infer_replicas ("Orders Service ×3"), ==, 3);
  g_assert_cmpuint (br_review_infer_replicas ("3x API"), ==, 3);
  g_assert_cmpuint (br_review_infer_replicas ("API X12"), ==, 12);
  g_assert_cmpuint (br_review_infer_replicas ("API x 4"), ==, 4);
  g_assert_cmpuint (br_review_infer_replicas ("API 4×"), ==, 4);
  g_assert_cmpuint (br_review_infer_replicas ("Box"), ==, 0);
  g_assert_cmpuint (br_review_infer_replicas ("x0 x1000000"), ==, 0);
  g_assert_cmpuint (br_review_infer_replicas ("Max3 3xl"), ==, 0);

  g_assert_true (br_review_infer_managed ("ALB"));
  g_assert_true (br_review_infer_managed ("orders on DynamoDB"));
  g_assert_true (br_review_infer_managed ("Route 53"));
  g_assert_true (br_review_infer_managed ("API Gateway"));
  g_assert_false (br_review_infer_managed ("nginx"));
  g_assert_false (br_review_infer_managed ("Postgres"));
}

static void
test_typing (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;
  BrItem *item;
  g_autoptr(BrComponent) untyped = br_component_new ();

  item = br_item_new (BR_ITEM_CYLINDER, 0, 0, 100, 60);
  g_free (item->id);
  item->id = g_strdup ("plain");
  br_item_set_label (item, "Postgres x2");
  br_board_add_item (board, item);

  item = br_item_new (BR_ITEM_RECTANGLE, 0, 0, 100, 60);
  g_free (item->id);
  item->id = g_strdup ("note");
  br_item_set_label (item, "Redis (a note)");
  br_component_set (untyped, BR_FIELD_TYPE, BR_COMPONENT_UNTYPED);
  br_item_set_component (item, untyped);
  br_board_add_item (board, item);

  item = br_item_new (BR_ITEM_RECTANGLE, 0, 0, 100, 60);
  g_free (item->id);
  item->id = g_strdup ("title");
  br_item_set_label (item, "Checkout design");
  br_board_add_item (board, item);

  add_box (board, "set", BR_STENCIL_SERVICE, "Redis", BR_FIELD_REPLICAS, 5.0, -1);

  review = br_review_new (board, reference, 1.0, NULL);
  g_assert_cmpuint (br_review_get_n_nodes (review), ==, 2);
  g_assert_cmpint (node (review, "plain")->type, ==, BR_STENCIL_SQL_DATABASE);
  g_assert_true (node (review, "plain")->type_inferred);
  g_assert_cmpuint (node (review, "plain")->replicas, ==, 2);
  /* Defaults from the reference: Aurora's reads and writes per instance */
  g_assert_cmpfloat (node (review, "plain")->read_capacity, ==, 500000);
  g_assert_cmpfloat (node (review, "plain")->write_capacity, ==, 100000);
  /* A stencil is its stencil, whatever the label; a set field wins */
  g_assert_cmpint (node (review, "set")->type, ==, BR_STENCIL_SERVICE);
  g_assert_false (node (review, "set")->type_inferred);
  g_assert_cmpuint (node (review, "set")->replicas, ==, 5);
  g_assert_null (br_review_find_node (review, "note"));
  g_assert_null (br_review_find_node (review, "title"));
}

/* 10,000 reads/s through a cache that hits 80% leave 2,000/s */
static void
test_cache_misses (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;

  add_box (board, "users", BR_STENCIL_CLIENT, "Users", BR_FIELD_ENTRY_RATE, 10000.0, BR_FIELD_READ_SHARE, 1.0, -1);
  add_box (board, "cache", BR_STENCIL_CACHE, "Cache", BR_FIELD_HIT_RATE, 0.8, -1);
  add_box (board, "db", BR_STENCIL_SQL_DATABASE, "DB", BR_FIELD_REPLICAS, 2.0, -1);
  add_box (board, "cache2", BR_STENCIL_CACHE, "Second cache", BR_FIELD_HIT_RATE, 0.5, -1);
  add_arrow (board, "a1", "users", "cache", -1);
  add_arrow (board, "a2", "cache", "cache2", -1);
  add_arrow (board, "a3", "cache2", "db", -1);

  review = br_review_new (board, reference, 1.0, NULL);
  g_assert_cmpfloat_with_epsilon (node (review, "cache")->read_load, 10000, 1e-9);
  g_assert_cmpfloat_with_epsilon (node (review, "cache")->absorbed, 8000, 1e-9);
  g_assert_cmpfloat_with_epsilon (node (review, "cache2")->read_load, 2000, 1e-9);
  /* The second cache's rate is the share of the reads it receives */
  g_assert_cmpfloat_with_epsilon (node (review, "db")->read_load, 1000, 1e-9);
}

/* A load balancer over three services gives each a third, or its share */
static void
test_balancer_split (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;

  add_box (board, "users", BR_STENCIL_CLIENT, "Users", BR_FIELD_ENTRY_RATE, 3000.0, -1);
  add_box (board, "lb", BR_STENCIL_LOAD_BALANCER, "LB", -1);
  add_box (board, "s1", BR_STENCIL_SERVICE, "S1", -1);
  add_box (board, "s2", BR_STENCIL_SERVICE, "S2", -1);
  add_box (board, "s3", BR_STENCIL_SERVICE, "S3", -1);
  add_arrow (board, "a0", "users", "lb", -1);
  add_arrow (board, "a1", "lb", "s1", -1);
  add_arrow (board, "a2", "lb", "s2", -1);
  add_arrow (board, "a3", "lb", "s3", -1);

  review = br_review_new (board, reference, 1.0, NULL);
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);

      g_assert_cmpfloat_with_epsilon (node (review, id)->in, 1000, 1e-9);
    }
  g_clear_pointer (&review, br_review_unref);

  /* A share set on one: the others split the rest */
  g_assert_true (br_board_set_field (board, (const char *[]) { "a1", NULL }, BR_FIELD_SHARE, 0.5, NULL));
  review = br_review_new (board, reference, 2.0, NULL);
  g_assert_cmpfloat_with_epsilon (node (review, "s1")->in, 3000, 1e-9);
  g_assert_cmpfloat_with_epsilon (node (review, "s2")->in, 1500, 1e-9);
  g_assert_cmpfloat_with_epsilon (node (review, "s3")->in, 1500, 1e-9);
}

/* Three 99.9% replicas in parallel behind a 99.99% balancer */
static void
test_availability (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;
  double expected = 0.9999 * (1.0 - pow (0.001, 3));
  const BrReviewNode *users;

  add_box (board, "users", BR_STENCIL_CLIENT, "Users", BR_FIELD_ENTRY_RATE, 100.0, -1);
  add_box (board, "lb", BR_STENCIL_LOAD_BALANCER, "LB", BR_FIELD_AVAILABILITY, 99.99, -1);
  add_box (board, "svc", BR_STENCIL_SERVICE, "Service x3", BR_FIELD_AVAILABILITY, 99.9, -1);
  add_box (board, "a", BR_STENCIL_SERVICE, "A", BR_FIELD_AVAILABILITY, 99.9, -1);
  add_box (board, "b", BR_STENCIL_SERVICE, "B", BR_FIELD_AVAILABILITY, 99.9, -1);
  add_box (board, "c", BR_STENCIL_SERVICE, "C", BR_FIELD_AVAILABILITY, 99.9, -1);
  add_box (board, "lb2", BR_STENCIL_LOAD_BALANCER, "LB2", BR_FIELD_AVAILABILITY, 99.99, -1);
  add_box (board, "users2", BR_STENCIL_CLIENT, "Mobile", BR_FIELD_ENTRY_RATE, 100.0, -1);
  add_arrow (board, "u1", "users", "lb", -1);
  add_arrow (board, "l1", "lb", "svc", -1);
  add_arrow (board, "u2", "users2", "lb2", -1);
  add_arrow (board, "l2", "lb2", "a", -1);
  add_arrow (board, "l3", "lb2", "b", -1);
  add_arrow (board, "l4", "lb2", "c", -1);

  review = br_review_new (board, reference, 1.0, NULL);
  users = node (review, "users");
  g_assert_cmpfloat_with_epsilon (users->up, expected, 1e-12);
  g_assert_cmpfloat_with_epsilon (node (review, "users2")->up, expected, 1e-12);
  g_assert_cmpfloat_with_epsilon (br_review_nines (users->up), -log10 (1.0 - expected), 1e-9);
  g_assert_cmpfloat_with_epsilon (br_review_downtime_per_month (0.999), 0.001 * 30 * 86400, 1e-6);
  g_assert_cmpfloat (br_review_nines (1.0), ==, 15.0);
}

static void
test_queueing (void)
{
  /* M/M/1 at 50% waits one service time on average */
  g_assert_cmpfloat_with_epsilon (br_review_mmc_mean_wait (1, 0.5, 1.0), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (br_review_mmc_mean_wait (1, 0.5, 20.0), 20.0, 1e-12);
  /* Erlang C for 3 servers at 80% */
  g_assert_cmpfloat_with_epsilon (br_review_erlang_c (3, 0.8), 0.6472, 5e-5);
  g_assert_cmpfloat_with_epsilon (br_review_erlang_c (1, 0.3), 0.3, 1e-12);
  g_assert_cmpfloat (br_review_erlang_c (4, 1.0), ==, 1.0);
  g_assert_cmpfloat (br_review_erlang_c (4, 0.0), ==, 0.0);
  /* M/M/1's response time is exponential with rate μ(1 - ρ) */
  g_assert_cmpfloat_with_epsilon (br_review_mmc_quantile (1, 0.5, 1.0, 0.5), 2.0 * log (2.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (br_review_mmc_quantile (1, 0.5, 1.0, 0.99), 2.0 * log (100.0), 1e-9);
  /* Unloaded: the service time's own distribution */
  g_assert_cmpfloat_with_epsilon (br_review_mmc_quantile (8, 0.0, 10.0, 0.5), 10.0 * log (2.0), 1e-9);
  g_assert_false (isfinite (br_review_mmc_quantile (2, 1.0, 1.0, 0.99)));
  /* More load never shortens the queue */
  for (double rho = 0.05; rho < 0.99; rho += 0.05)
    g_assert_cmpfloat (br_review_mmc_quantile (3, rho, 1.0, 0.99), <=,
                       br_review_mmc_quantile (3, rho + 0.01, 1.0, 0.99));

  /* Every quantile is where the response time's tail (written out here
   * as the wait's exponential convolved with the service's, integrated
   * numerically) leaves the wanted share */
  for (guint servers = 1; servers <= 64; servers *= 4)
    for (double rho = 0.01; rho < 1.0; rho += 0.07)
      for (guint k = 0; k < 3; k++)
        {
          double q = (double[]) { 0.5, 0.9, 0.999 }[k];
          double t = br_review_mmc_quantile (servers, rho, 1.0, q);
          double c_wait = br_review_erlang_c (servers, rho);
          double theta = servers * (1.0 - rho);
          double tail = (1.0 - c_wait) * exp (-t);
          guint steps = 20000;

          /* P(wait + service > t) for a wait that happens: the service
           * alone past t, or the service s < t and the wait past t - s */
          double waited = exp (-t);
          for (guint i = 0; i < steps; i++)
            {
              double s = (i + 0.5) * t / steps;

              waited += exp (-s) * exp (-theta * (t - s)) * t / steps;
            }
          tail += c_wait * waited;
          g_assert_cmpfloat_with_epsilon (tail, 1.0 - q, 1e-6);
        }
}

/* Over capacity: the excess is shed and fails, and no latency is shown */
static void
test_saturation (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;
  const BrReviewNode *svc, *users;

  add_box (board, "users", BR_STENCIL_CLIENT, "Users", BR_FIELD_ENTRY_RATE, 50.0, BR_FIELD_PEAK_FACTOR, 3.0, -1);
  add_box (board, "svc", BR_STENCIL_SERVICE, "Service", BR_FIELD_CAPACITY, 100.0, BR_FIELD_LATENCY, 10.0, -1);
  add_arrow (board, "a", "users", "svc", -1);

  review = br_review_new (board, reference, 1.0, NULL);
  svc = node (review, "svc");
  users = node (review, "users");
  g_assert_cmpfloat_with_epsilon (svc->in, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (svc->utilization, 1.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (svc->shed, 50, 1e-9);
  g_assert_true (svc->saturated);
  g_assert_cmpfloat (svc->p99_ms, ==, 0);
  g_assert_true (users->path_saturated);
  g_assert_cmpfloat_with_epsilon (users->fail, 1.0 / 3.0, 1e-12);
  g_assert_true (has_finding (review, "over-capacity"));
}

/* Breaks at 4x: the service's 4,000/s against 1,000/s today */
static void
test_break_point (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  double multiplier;
  guint which;
  const char *what;

  add_box (board, "users", BR_STENCIL_CLIENT, "Users", BR_FIELD_ENTRY_RATE, 500.0, BR_FIELD_PEAK_FACTOR, 2.0,
           BR_FIELD_READ_SHARE, 0.5, -1);
  add_box (board, "svc", BR_STENCIL_SERVICE, "Service x2", BR_FIELD_CAPACITY, 2000.0, -1);
  add_box (board, "db", BR_STENCIL_SQL_DATABASE, "Postgres", BR_FIELD_READ_CAPACITY, 1e6,
           BR_FIELD_WRITE_CAPACITY, 1500.0, -1);
  add_arrow (board, "a", "users", "svc", -1);
  add_arrow (board, "b", "svc", "db", -1);

  for (double m = 0.5; m <= 8; m *= 2)
    {
      g_autoptr(BrReview) review = br_review_new (board, reference, m, NULL);

      g_assert_true (br_review_get_break_point (review, &multiplier, &which, &what));
      /* Postgres: 500 writes/s at 1x against 1,500: the writes saturate it at 3x */
      g_assert_cmpfloat_with_epsilon (multiplier, 3.0, 1e-9);
      g_assert_cmpstr (br_review_get_node (review, which)->item_id, ==, "db");
      g_assert_cmpstr (what, ==, "writes");
      g_assert_cmpint (br_review_get_node (review, which)->saturated, ==, m > multiplier);
    }
}

/* @base requests/s to a component serving @capacity, retried @retries
 * times: the load it receives, found here by bisection */
static double
retry_load (double base,
            double capacity,
            guint  retries)
{
  double low = base, high = base * (retries + 1);

  for (guint i = 0; i < 200; i++)
    {
      double x = (low + high) / 2, s = x > capacity ? 1 - capacity / x : 0, sent = 0, power = 1;

      for (guint k = 0; k <= retries; k++, power *= s)
        sent += power;
      if (base * sent > x)
        low = x;
      else
        high = x;
    }
  return (low + high) / 2;
}

static void
test_retries (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;
  double load = retry_load (200, 100, 2);
  const BrReviewNode *svc;

  add_box (board, "users", BR_STENCIL_CLIENT, "Users", BR_FIELD_ENTRY_RATE, 200.0, -1);
  add_box (board, "lb", BR_STENCIL_LOAD_BALANCER, "LB x2", -1);
  add_box (board, "svc", BR_STENCIL_SERVICE, "Service", BR_FIELD_CAPACITY, 100.0, -1);
  add_arrow (board, "a", "users", "lb", -1);
  add_arrow (board, "b", "lb", "svc", BR_FIELD_RETRIES, 2.0, -1);

  review = br_review_new (board, reference, 1.0, NULL);
  svc = node (review, "svc");
  g_assert_cmpfloat (load, >, 300);
  g_assert_cmpfloat_with_epsilon (svc->in, load, 1e-6);
  g_assert_cmpfloat_with_epsilon (svc->shed, load - 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (node (review, "lb")->amplified, load - 200, 1e-6);
  /* Without backoff, near saturation: a retry storm */
  g_assert_true (has_finding (review, "retry-storm"));
  /* A request fails when its three tries all do */
  g_assert_cmpfloat_with_epsilon (node (review, "users")->fail, pow (1 - 100 / load, 3), 1e-9);
}

static void
test_cycles (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;

  add_box (board, "users", BR_STENCIL_CLIENT, "Users", BR_FIELD_ENTRY_RATE, 100.0, -1);
  add_box (board, "a", BR_STENCIL_SERVICE, "A", -1);
  add_box (board, "b", BR_STENCIL_SERVICE, "B", -1);
  add_box (board, "c", BR_STENCIL_SERVICE, "C", -1);
  add_arrow (board, "u", "users", "a", -1);
  add_arrow (board, "ab", "a", "b", -1);
  add_arrow (board, "bc", "b", "c", -1);
  add_arrow (board, "ca", "c", "a", BR_FIELD_CALLS, 3.0, -1);

  review = br_review_new (board, reference, 1.0, NULL);
  g_assert_cmpuint (br_review_get_n_cycles (review), ==, 1);
  g_assert_cmpstr (br_review_get_cycle_arrow (review, 0), ==, "ca");
  g_assert_cmpfloat_with_epsilon (node (review, "a")->in, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (node (review, "c")->in, 100, 1e-9);
  g_assert_cmpuint (node (review, "users")->path_hops, ==, 3);
  g_assert_true (has_finding (review, "cycle"));
}

static BrBoard *
drill_board (void)
{
  BrBoard *board = br_board_new ();

  add_box (board, "users", BR_STENCIL_CLIENT, "Users", BR_FIELD_ENTRY_RATE, 900.0, -1);
  add_box (board, "lb", BR_STENCIL_LOAD_BALANCER, "LB", BR_FIELD_MANAGED, 1.0, -1);
  add_box (board, "s1", BR_STENCIL_SERVICE, "S1", BR_FIELD_CAPACITY, 500.0, BR_FIELD_LATENCY, 10.0, -1);
  add_box (board, "s2", BR_STENCIL_SERVICE, "S2", BR_FIELD_CAPACITY, 500.0, BR_FIELD_LATENCY, 10.0, -1);
  add_box (board, "s3", BR_STENCIL_SERVICE, "S3 x2", BR_FIELD_CAPACITY, 500.0, BR_FIELD_LATENCY, 10.0, -1);
  add_arrow (board, "u", "users", "lb", -1);
  add_arrow (board, "l1", "lb", "s1", -1);
  add_arrow (board, "l2", "lb", "s2", -1);
  add_arrow (board, "l3", "lb", "s3", -1);
  return board;
}

static void
test_drill (void)
{
  g_autoptr(BrBoard) board = drill_board ();
  g_autoptr(BrReview) before = br_review_new (board, reference, 1.0, NULL);
  BrReviewDrill drill = { BR_DRILL_DOWN, "s1", 0 };
  g_autoptr(BrReview) review = NULL;

  g_assert_cmpfloat_with_epsilon (node (before, "s1")->utilization, 0.6, 1e-12);

  /* One target down: the balancer sends its share to the others */
  review = br_review_new (board, reference, 1.0, &drill);
  g_assert_true (node (review, "s1")->down);
  g_assert_cmpfloat_with_epsilon (node (review, "s2")->in, 450, 1e-9);
  g_assert_cmpfloat_with_epsilon (node (review, "s2")->utilization, 0.9, 1e-12);
  g_assert_cmpfloat (node (review, "s2")->p99_ms, >, node (before, "s2")->p99_ms);
  g_assert_false (node (review, "users")->lost);
  g_assert_cmpfloat_with_epsilon (node (review, "users")->fail, 0, 1e-12);
  g_clear_pointer (&review, br_review_unref);

  /* The balancer down: every request fails */
  drill.item_id = "lb";
  review = br_review_new (board, reference, 1.0, &drill);
  g_assert_true (node (review, "users")->lost);
  g_assert_cmpfloat (node (review, "users")->fail, ==, 1.0);
  g_assert_cmpfloat (node (review, "users")->up, ==, 0.0);
  g_assert_cmpfloat (node (review, "s1")->in, ==, 0.0);
  g_clear_pointer (&review, br_review_unref);

  /* One replica of S3 lost: it has one left for its 300/s */
  drill = (BrReviewDrill) { BR_DRILL_LOSE_REPLICA, "s3", 0 };
  review = br_review_new (board, reference, 1.0, &drill);
  g_assert_cmpuint (node (review, "s3")->replicas, ==, 1);
  g_assert_cmpfloat_with_epsilon (node (review, "s3")->utilization, 0.6, 1e-12);
  g_clear_pointer (&review, br_review_unref);

  /* S1 slowed 4 times: four times the latency, a quarter of the throughput */
  drill = (BrReviewDrill) { BR_DRILL_SLOW, "s1", 4 };
  review = br_review_new (board, reference, 1.0, &drill);
  g_assert_true (node (review, "s1")->saturated);
  g_assert_cmpfloat_with_epsilon (node (review, "s1")->shed, 300 - 125, 1e-9);
  g_assert_cmpfloat_with_epsilon (node (review, "users")->fail, 175.0 / 900.0, 1e-9);
  g_assert_false (node (review, "users")->lost);
  g_clear_pointer (&review, br_review_unref);

  /* The client's arrow cut: it reaches nothing, and nothing gets load */
  drill = (BrReviewDrill) { BR_DRILL_CUT, "u", 0 };
  review = br_review_new (board, reference, 1.0, &drill);
  g_assert_cmpfloat (node (review, "lb")->in, ==, 0);
  g_assert_cmpuint (node (review, "users")->path_hops, ==, 0);
}

static gboolean
all_finite (const BrReviewNode *n)
{
  const double values[] = {
    n->read_load, n->write_load, n->read_avg, n->write_avg, n->in, n->out, n->absorbed, n->shed,
    n->amplified, n->utilization, n->read_utilization, n->write_utilization, n->headroom, n->p50_ms,
    n->p99_ms, n->fail, n->up, n->path_p50_ms, n->path_p99_ms,
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (!isfinite (values[i]))
      return FALSE;
  return TRUE;
}

static BrBoard *
random_board (GRand *rand)
{
  BrBoard *board = br_board_new ();
  guint n = g_rand_int_range (rand, 2, 14);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      BrStencil type = i == 0 ? BR_STENCIL_CLIENT : (BrStencil) g_rand_int_range (rand, 0, BR_N_STENCILS);

      add_box (board, id, type, "",
               BR_FIELD_ENTRY_RATE, g_rand_double_range (rand, 0, 1e5),
               BR_FIELD_READ_SHARE, g_rand_double (rand),
               BR_FIELD_PEAK_FACTOR, g_rand_double_range (rand, 1, 10),
               BR_FIELD_REPLICAS, (double) g_rand_int_range (rand, 1, 5),
               BR_FIELD_CAPACITY, g_rand_double_range (rand, 1, 1e5),
               BR_FIELD_HIT_RATE, g_rand_double (rand),
               BR_FIELD_LATENCY, g_rand_double_range (rand, 0, 100),
               BR_FIELD_AVAILABILITY, g_rand_double_range (rand, 90, 100),
               BR_FIELD_PARALLEL, (double) g_rand_boolean (rand), -1);
    }
  for (guint i = 0, arrows = g_rand_int_range (rand, 0, 3 * n); i < arrows; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autofree char *from = g_strdup_printf ("n%u", g_rand_int_range (rand, 0, n));
      g_autofree char *to = g_strdup_printf ("n%u", g_rand_int_range (rand, 0, n));

      add_arrow (board, id, from, to,
                 BR_FIELD_CALLS, g_rand_double_range (rand, 0, 3),
                 BR_FIELD_RETRIES, (double) g_rand_int_range (rand, 0, 4),
                 BR_FIELD_ASYNC, (double) (g_rand_int_range (rand, 0, 4) == 0),
                 BR_FIELD_CARRIES, (double) g_rand_int_range (rand, 0, BR_N_CARRIES), -1);
    }
  return board;
}

/* Whether a component upstream of @index sheds load in @review */
static gboolean
saturated_upstream (BrReview *review,
                    guint     index)
{
  guint n = br_review_get_n_nodes (review);
  g_autofree gboolean *seen = g_new0 (gboolean, n);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_append_val (stack, index);
  while (stack->len > 0)
    {
      guint at = g_array_index (stack, guint, stack->len - 1);

      g_array_set_size (stack, stack->len - 1);
      for (guint k = 0; k < br_review_get_n_edges (review); k++)
        {
          const BrReviewEdge *e = br_review_get_edge (review, k);

          if (e->to != at || e->cycle || seen[e->from])
            continue;
          if (br_review_get_node (review, e->from)->shed > 0)
            return TRUE;
          seen[e->from] = TRUE;
          g_array_append_val (stack, e->from);
        }
    }
  return FALSE;
}

/* Load is conserved at every component, more load never lowers a
 * utilisation, and no output is NaN or infinite. (Behind a component that
 * sheds, the mix of reads and writes it passes on can change as the load
 * grows, since it serves a fixed total: there a component that takes
 * only reads may get fewer. Everywhere else utilisations only grow.) */
static void
test_invariants (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(BrBoard) board = random_board (rand);
      double m = g_rand_double_range (rand, 0.1, 10);
      g_autoptr(BrReview) review = br_review_new (board, reference, m, NULL);
      g_autoptr(BrReview) more = br_review_new (board, reference, m * 1.5, NULL);
      g_autofree char *text = br_review_to_text (review);
      g_autofree char *json = br_review_to_json (review);

      for (guint i = 0; i < br_review_get_n_nodes (review); i++)
        {
          const BrReviewNode *n = br_review_get_node (review, i);
          double in = n->type == BR_STENCIL_CLIENT ? n->entry_rps * m * n->peak_factor : 0, out = 0;

          for (guint k = 0; k < br_review_get_n_edges (review); k++)
            {
              const BrReviewEdge *e = br_review_get_edge (review, k);

              if (g_str_equal (br_review_get_node (review, e->to)->item_id, n->item_id))
                in += e->read + e->write;
              if (g_str_equal (br_review_get_node (review, e->from)->item_id, n->item_id))
                out += e->read + e->write;
              g_assert_true (isfinite (e->read) && isfinite (e->write) && e->read >= 0 && e->write >= 0);
            }
          g_assert_true (all_finite (n));
          g_assert_cmpfloat_with_epsilon (n->in, in, 1e-9 * MAX (1, in));
          g_assert_cmpfloat_with_epsilon (n->out, out, 1e-9 * MAX (1, out));
          g_assert_cmpfloat_with_epsilon (n->in + n->amplified, n->out + n->absorbed + n->shed,
                                          1e-9 * MAX (1, n->in + n->amplified));
          g_assert_cmpfloat (n->absorbed, >=, 0);
          g_assert_cmpfloat (n->shed, >=, 0);
          g_assert_cmpfloat (n->fail, >=, 0);
          g_assert_cmpfloat (n->fail, <=, 1);
          g_assert_cmpfloat (n->up, >=, 0);
          g_assert_cmpfloat (n->up, <=, 1);
          if (!saturated_upstream (more, i))
            g_assert_cmpfloat (br_review_get_node (more, i)->utilization, >=, n->utilization * (1 - 1e-9));
        }
      g_assert_nonnull (strstr (text, "Findings"));
      /* A NaN or an infinity would not parse */
      {
        g_autoptr(JsonParser) parser = json_parser_new ();
        g_autoptr(GError) error = NULL;

        json_parser_load_from_data (parser, json, -1, &error);
        g_assert_no_error (error);
        g_assert_null (strstr (json, ": nan"));
        g_assert_null (strstr (json, ": inf"));
        g_assert_null (strstr (json, ": -inf"));
      }
    }
}

static void
test_rule_fixture (gconstpointer data)
{
  const char *rule = data;
  g_autofree char *name = g_strconcat (rule, ".brboard", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "review", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_board_new_from_file (file, NULL, &error);
  g_autoptr(BrReview) review = NULL;

  g_assert_no_error (error);
  review = br_review_new (board, reference, 1.0, NULL);
  for (guint i = 0; i < br_review_get_n_findings (review); i++)
    {
      const BrReviewFinding *finding = br_review_get_finding (review, i);

      g_test_message ("%s: %s", br_review_rule_id (finding->rule), finding->message);
      g_assert_nonnull (finding->question);
      g_assert_true (g_str_has_prefix (br_review_rule_principle (finding->rule), "principles/"));
      g_assert_true (g_str_has_prefix (br_review_rule_phase (finding->rule), "phases/"));
    }
  if (g_str_equal (rule, "clean"))
    g_assert_cmpuint (br_review_get_n_findings (review), ==, 0);
  else
    g_assert_true (has_finding (review, rule));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  reference = br_reference_new_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/review/infer", test_infer);
  g_test_add_func ("/review/typing", test_typing);
  g_test_add_func ("/review/cache-misses", test_cache_misses);
  g_test_add_func ("/review/balancer-split", test_balancer_split);
  g_test_add_func ("/review/availability", test_availability);
  g_test_add_func ("/review/queueing", test_queueing);
  g_test_add_func ("/review/saturation", test_saturation);
  g_test_add_func ("/review/break-point", test_break_point);
  g_test_add_func ("/review/retries", test_retries);
  g_test_add_func ("/review/cycles", test_cycles);
  g_test_add_func ("/review/drill", test_drill);
  g_test_add_func ("/review/invariants", test_invariants);
  g_test_add_data_func ("/review/fixture/clean", "clean", test_rule_fixture);
  for (guint i = 0; i < br_review_n_rules (); i++)
    {
      const char *id = br_review_rule_id (br_review_get_rule (i));
      g_autofree char *path = g_strconcat ("/review/fixture/", id, NULL);

      g_test_add_data_func (path, id, test_rule_fixture);
    }

  status = g_test_run ();
  br_reference_unref (reference);
  return status;
}
