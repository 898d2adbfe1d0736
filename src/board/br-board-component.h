/* br-board-component.h — what a board item says about the system it draws:
 * component and arrow properties for the design review (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "br-board.h"
#include "br-board-item.h"

G_BEGIN_DECLS

/**
 * BrComponentField:
 *
 * A property the user can set on an item for the design review. Boxes
 * (closed shapes and stencils) take the component fields, arrows the arrow
 * fields. Only values the user set are stored: the review takes everything
 * else from the label and the reference numbers.
 */
typedef enum {
  /* Components */
  BR_FIELD_TYPE,            /* a BrStencil, or BR_COMPONENT_UNTYPED */
  BR_FIELD_REPLICAS,        /* instances, 1 to 100,000 */
  BR_FIELD_CAPACITY,        /* requests/s one instance serves */
  BR_FIELD_READ_CAPACITY,   /* reads/s one instance of a store serves */
  BR_FIELD_WRITE_CAPACITY,  /* writes/s one instance of a store takes */
  BR_FIELD_LATENCY,         /* ms, unloaded */
  BR_FIELD_AVAILABILITY,    /* % of one instance */
  BR_FIELD_MANAGED,         /* a managed service: redundant by itself */
  BR_FIELD_BACKUP,          /* a store with backups */
  BR_FIELD_PARALLEL,        /* calls its dependencies in parallel */
  BR_FIELD_HIT_RATE,        /* 0 to 1: the share of the reads it receives that hit */
  BR_FIELD_TTL,             /* s */
  BR_FIELD_INVALIDATION,    /* entries invalidated on writes */
  BR_FIELD_CONSUMERS,       /* of a queue or stream */
  BR_FIELD_ITEM_SIZE,       /* bytes stored per write */
  BR_FIELD_RETENTION,       /* days */
  BR_FIELD_ENTRY_RATE,      /* a client's average requests/s */
  BR_FIELD_READ_SHARE,      /* 0 to 1: the share of its requests that are reads */
  BR_FIELD_PEAK_FACTOR,     /* peak over average, 1 to 1,000 */
  /* Arrows */
  BR_FIELD_ASYNC,           /* left out of the request's latency and availability */
  BR_FIELD_CARRIES,         /* a BrCarries */
  BR_FIELD_CALLS,           /* calls per request, 0 to 1,000 */
  BR_FIELD_SHARE,           /* 0 to 1: the share of a load balancer's traffic */
  BR_FIELD_TIMEOUT,         /* ms */
  BR_FIELD_RETRIES,         /* 0 to 10 */
  BR_FIELD_BACKOFF,         /* retries back off, or stay within a budget */
  BR_N_FIELDS
} BrComponentField;

#define BR_FIRST_ARROW_FIELD BR_FIELD_ASYNC

/* BR_FIELD_TYPE's value for "not a component, whatever the label says" */
#define BR_COMPONENT_UNTYPED BR_N_STENCILS

/**
 * BrCarries:
 *
 * What an arrow carries of the requests that reach its start.
 */
typedef enum {
  BR_CARRIES_BOTH,
  BR_CARRIES_READS,
  BR_CARRIES_WRITES,
  BR_N_CARRIES
} BrCarries;

/**
 * BrFieldKind:
 * @BR_FIELD_NUMBER: a number within the field's range
 * @BR_FIELD_INTEGER: a whole number within the field's range
 * @BR_FIELD_BOOLEAN: 0 or 1
 * @BR_FIELD_CHOICE: an index into br_component_field_choices()
 */
typedef enum {
  BR_FIELD_NUMBER,
  BR_FIELD_INTEGER,
  BR_FIELD_BOOLEAN,
  BR_FIELD_CHOICE,
} BrFieldKind;

/**
 * BrComponent:
 * @set: a bit for each field the user set (1 << field)
 * @values: the values of the fields set; the others are 0
 *
 * The review properties of one item. Items without any have none at all
 * (their component is %NULL).
 */
struct _BrComponent
{
  guint32 set;
  double values[BR_N_FIELDS];
};

G_STATIC_ASSERT (BR_N_FIELDS <= 32);

/* The fields */
const char   *br_component_field_name        (BrComponentField  field);
gboolean      br_component_field_from_name   (const char       *name,
                                              BrComponentField *out);
BrFieldKind   br_component_field_kind        (BrComponentField  field);
const char * const *br_component_field_choices (BrComponentField field);
void          br_component_field_range       (BrComponentField  field,
                                              double           *min,
                                              double           *max);
gboolean      br_component_field_is_arrow    (BrComponentField  field);
gboolean      br_component_field_applies     (BrComponentField  field,
                                              const BrItem     *item);
const char   *br_component_field_title       (BrComponentField  field);
gboolean      br_component_field_check       (BrComponentField  field,
                                              double            value,
                                              GError          **error);
const char * const *br_carries_names         (void);

/* Values */
BrComponent  *br_component_new               (void);
BrComponent  *br_component_copy              (const BrComponent *component);
void          br_component_free              (BrComponent      *component);
gboolean      br_component_equal             (const BrComponent *a,
                                              const BrComponent *b);
gboolean      br_component_has               (const BrComponent *component,
                                              BrComponentField  field);
double        br_component_get               (const BrComponent *component,
                                              BrComponentField  field,
                                              double            fallback);
void          br_component_set               (BrComponent      *component,
                                              BrComponentField  field,
                                              double            value);
void          br_component_unset             (BrComponent      *component,
                                              BrComponentField  field);
gboolean      br_component_is_empty          (const BrComponent *component);
void          br_component_sanitize          (BrComponent      *component);

/* Items */
gboolean      br_item_can_be_component       (const BrItem     *item);
gboolean      br_item_has_field              (const BrItem     *item,
                                              BrComponentField  field);
double        br_item_get_field              (const BrItem     *item,
                                              BrComponentField  field,
                                              double            fallback);
void          br_item_set_component          (BrItem           *item,
                                              const BrComponent *component);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrComponent, br_component_free)

/**
 * BrReviewTargets:
 * @p99_ms: the latency a client's requests must stay under, at the 99th percentile
 * @availability: the availability a client's requests must reach, in %
 *
 * What a board's design must meet. A board keeps them with its items.
 */
typedef struct {
  double p99_ms;
  double availability;
} BrReviewTargets;

#define BR_DEFAULT_TARGET_P99_MS       200.0
#define BR_DEFAULT_TARGET_AVAILABILITY 99.9
#define BR_MAX_TARGET_P99_MS           3600000.0

void          br_review_targets_init         (BrReviewTargets  *targets);
gboolean      br_review_targets_check        (const BrReviewTargets *targets,
                                              GError          **error);

/* Operations (br-board-component-ops.c) */
gboolean      br_board_set_field             (BrBoard          *self,
                                              const char * const *ids,
                                              BrComponentField  field,
                                              double            value,
                                              GError          **error);
gboolean      br_board_unset_field           (BrBoard          *self,
                                              const char * const *ids,
                                              BrComponentField  field);
gboolean      br_board_get_targets           (BrBoard          *self,
                                              BrReviewTargets  *out);
gboolean      br_board_set_targets           (BrBoard          *self,
                                              const BrReviewTargets *targets);

G_END_DECLS
