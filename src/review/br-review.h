/* br-review.h — the design review: a pure function of a board, a load
 * multiplier and an optional failure drill (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "br-board.h"
#include "br-board-component.h"
#include "br-reference.h"

G_BEGIN_DECLS

/* Labels */
gboolean      br_review_infer_type          (const char      *label,
                                             BrStencil       *out);
guint         br_review_infer_replicas      (const char      *label);
gboolean      br_review_infer_managed       (const char      *label);

/**
 * BrReviewSeverity:
 *
 * How much a finding matters, least first.
 */
typedef enum {
  BR_REVIEW_INFO,
  BR_REVIEW_WARNING,
  BR_REVIEW_ERROR,
} BrReviewSeverity;

const char   *br_review_severity_to_string  (BrReviewSeverity severity);
gboolean      br_review_severity_from_string (const char     *name,
                                              BrReviewSeverity *out);

/**
 * BrDrillKind:
 * @BR_DRILL_NONE: no drill
 * @BR_DRILL_DOWN: the component serves nothing
 * @BR_DRILL_SLOW: the component's latency is multiplied by the factor, and
 *   its throughput per instance divided by it (the same workers, each busy
 *   for longer)
 * @BR_DRILL_CUT: the arrow carries nothing
 * @BR_DRILL_LOSE_REPLICA: the component has one instance fewer
 */
typedef enum {
  BR_DRILL_NONE,
  BR_DRILL_DOWN,
  BR_DRILL_SLOW,
  BR_DRILL_CUT,
  BR_DRILL_LOSE_REPLICA,
} BrDrillKind;

typedef struct {
  BrDrillKind kind;
  const char *item_id;
  double factor;           /* BR_DRILL_SLOW: 1 or more */
} BrReviewDrill;

/**
 * BrReviewNode:
 *
 * One component of the board as the review sees it: its properties (set by
 * the user, read from the label, or the reference's defaults) and what the
 * traffic model makes of them. Rates are per second at peak, after the load
 * multiplier; latencies in ms; availabilities from 0 to 1.
 */
typedef struct {
  const char *item_id;
  const char *label;
  BrStencil type;
  gboolean type_inferred;    /* from the label, not a stencil or a set type */
  guint replicas;
  gboolean managed;
  gboolean store;            /* reads and writes have their own capacities */
  double capacity;           /* per instance, requests/s; 0 when unknown */
  double read_capacity;      /* stores: per instance; 0 when unknown */
  double write_capacity;
  double latency_ms;         /* unloaded; 0 when unknown */
  gboolean latency_known;
  double availability;       /* of one instance */
  gboolean availability_known;
  double hit_rate;           /* caches and CDNs */
  gboolean backup, parallel, has_ttl, invalidation;
  double entry_rps, read_share, peak_factor;  /* clients */
  gboolean down;             /* taken down by the drill */

  /* The traffic model */
  double read_load, write_load;        /* arriving, with retries */
  double read_avg, write_avg;          /* the same, averaged over the peak */
  double in, out, absorbed, shed, amplified;
  double utilization;                  /* load over capacity; 0 when unknown */
  double read_utilization, write_utilization;
  double headroom;                     /* requests/s left before saturation */
  gboolean saturated;                  /* at or past 100% */
  double p50_ms, p99_ms;               /* own response time; 0 when saturated */
  double fail;                         /* share of requests arriving that fail */
  double up;                           /* availability of it and what it needs */

  /* Clients: their worst synchronous path */
  double path_p50_ms, path_p99_ms;
  gboolean path_saturated;
  guint path_hops;
  gboolean lost;                       /* every request fails */

  /* private */
  guint order;
} BrReviewNode;

typedef struct {
  const char *item_id;
  const char *label;
  guint from, to;          /* node indices */
  gboolean async;
  BrCarries carries;
  double calls;
  double share;            /* -1 when not set */
  guint retries;
  gboolean backoff;
  gboolean cycle;          /* closes a cycle: carries nothing */
  gboolean cut;            /* cut by the drill */
  double read, write;      /* carried at peak */
  double read_avg, write_avg;
  double per_request;      /* calls it makes per request its start serves */
} BrReviewEdge;

typedef struct _BrReviewRule BrReviewRule;

typedef struct {
  const BrReviewRule *rule;
  char *message;
  char *question;
  GStrv items;

  /* private: what it concerns, its words written from them when asked for */
  guint node, other, edge;   /* indices + 1, 0 for none */
  guint variant;
} BrReviewFinding;

const char      *br_review_rule_id          (const BrReviewRule *rule);
BrReviewSeverity br_review_rule_severity    (const BrReviewRule *rule);
const char      *br_review_rule_principle   (const BrReviewRule *rule);
const char      *br_review_rule_phase       (const BrReviewRule *rule);
guint            br_review_n_rules          (void);
const BrReviewRule *br_review_get_rule      (guint index);

typedef struct _BrReview BrReview;

BrReview     *br_review_new                 (BrBoard             *board,
                                             BrReference         *reference,
                                             double               multiplier,
                                             const BrReviewDrill *drill);
BrReview     *br_review_ref                 (BrReview            *self);
void          br_review_unref               (BrReview            *self);

double        br_review_get_multiplier      (BrReview            *self);
const BrReviewTargets *br_review_get_targets (BrReview           *self);
guint         br_review_get_n_nodes         (BrReview            *self);
const BrReviewNode *br_review_get_node      (BrReview            *self,
                                             guint                index);
const BrReviewNode *br_review_find_node     (BrReview            *self,
                                             const char          *item_id);
guint         br_review_get_n_edges         (BrReview            *self);
const guint  *br_review_get_in_edges        (BrReview            *self,
                                             const BrReviewNode  *node,
                                             guint               *n_edges);
const BrReviewEdge *br_review_find_edge     (BrReview            *self,
                                             const char          *item_id);
const BrReviewEdge *br_review_get_edge      (BrReview            *self,
                                             guint                index);
guint         br_review_get_n_findings      (BrReview            *self);
const BrReviewFinding *br_review_get_finding (BrReview           *self,
                                              guint               index);
gboolean      br_review_has_finding         (BrReview            *self,
                                             BrReviewSeverity     at_least);
gboolean      br_review_get_break_point     (BrReview            *self,
                                             double              *multiplier,
                                             guint               *node,
                                             const char         **what);
guint         br_review_get_n_cycles        (BrReview            *self);
const char   *br_review_get_cycle_arrow     (BrReview            *self,
                                             guint                index);

char         *br_review_to_text             (BrReview            *self);
char         *br_review_to_json             (BrReview            *self);

/* Queueing (br-review-queue.c) */
double        br_review_erlang_c            (guint                servers,
                                             double               utilization);
double        br_review_mmc_mean_wait       (guint                servers,
                                             double               utilization,
                                             double               service_time);
double        br_review_mmc_quantile        (guint                servers,
                                             double               utilization,
                                             double               service_time,
                                             double               q);

/* Availability as people say it */
double        br_review_nines               (double               availability);
double        br_review_downtime_per_month  (double               availability);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrReview, br_review_unref)

G_END_DECLS
