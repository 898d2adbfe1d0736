/* br-reference.h — reference numbers with their sources (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BR_REFERENCE_FORMAT "bar-raiser-reference"
#define BR_REFERENCE_VERSION 1
#define BR_REFERENCE_MAX_SIZE (512 * 1024)

/**
 * BrReferenceUnit:
 *
 * The unit of a reference figure. Latencies are times; throughputs are
 * rates of something per second (or, for a request size, per request);
 * availability and durability percentages.
 */
typedef enum {
  BR_REFERENCE_NS,
  BR_REFERENCE_US,
  BR_REFERENCE_MS,
  BR_REFERENCE_S,
  BR_REFERENCE_REQUESTS_PER_S,
  BR_REFERENCE_QUERIES_PER_S,
  BR_REFERENCE_RECORDS_PER_S,
  BR_REFERENCE_MESSAGES_PER_S,
  BR_REFERENCE_DOCUMENTS_PER_S,
  BR_REFERENCE_JOBS_PER_S,
  BR_REFERENCE_MB_PER_S,
  BR_REFERENCE_CONNECTIONS,
  BR_REFERENCE_METRICS_PER_REQUEST,
  BR_REFERENCE_BYTES_PER_SAMPLE,
  BR_REFERENCE_PERCENT,
  BR_REFERENCE_N_UNITS
} BrReferenceUnit;

typedef struct {
  const char *id;       /* "sources/dean-2009" */
  const char *title;
  const char *author;
  const char *url;
  int year;             /* of the figure: published, or read for a living document */
} BrReferenceSource;

typedef struct {
  double value;
  double up_to;         /* the top of a range ("1–9 ms"), or 0 */
  BrReferenceUnit unit;
  const char *note;     /* or NULL */
  const BrReferenceSource *source;
} BrReferenceFigure;

typedef struct {
  const char *id;       /* "latency/l1-cache" */
  const char *title;
  BrReferenceFigure figure;
} BrReferenceLatency;

/**
 * BrReferenceSlot:
 *
 * The figures a component type may have. Each has at least one of the
 * throughputs (reads, writes, requests or connections).
 */
typedef enum {
  BR_REFERENCE_READS,
  BR_REFERENCE_WRITES,
  BR_REFERENCE_REQUESTS,
  BR_REFERENCE_CONNECTIONS_SLOT,
  BR_REFERENCE_LATENCY,
  BR_REFERENCE_AVAILABILITY,
  BR_REFERENCE_DURABILITY,
  BR_REFERENCE_STORAGE,
  BR_REFERENCE_N_SLOTS
} BrReferenceSlot;

typedef struct {
  const char *type;     /* a stencil name: "cache", "sql-database" */
  const char *title;
  const char *instance; /* what one instance is: "one Redis server" */
  const BrReferenceFigure *figures[BR_REFERENCE_N_SLOTS];  /* NULL when absent */
} BrReferenceComponent;

typedef struct _BrReference BrReference;

GType        br_reference_get_type            (void) G_GNUC_CONST;
#define BR_TYPE_REFERENCE (br_reference_get_type ())

BrReference *br_reference_parse               (GBytes        *bytes,
                                               GError       **error);
BrReference *br_reference_new_builtin         (GError       **error);
BrReference *br_reference_ref                 (BrReference   *self);
void         br_reference_unref               (BrReference   *self);

guint        br_reference_get_n_sources       (BrReference   *self);
const BrReferenceSource *br_reference_get_source (BrReference *self,
                                                  guint        index);
guint        br_reference_get_n_latencies     (BrReference   *self);
const BrReferenceLatency *br_reference_get_latency (BrReference *self,
                                                    guint        index);
guint        br_reference_get_n_components    (BrReference   *self);
const BrReferenceComponent *br_reference_get_component (BrReference *self,
                                                        guint        index);
const BrReferenceComponent *br_reference_find_component (BrReference *self,
                                                         const char  *type);

const char  *br_reference_unit_to_string      (BrReferenceUnit unit);
const char  *br_reference_slot_to_string      (BrReferenceSlot slot);
double       br_reference_figure_seconds      (const BrReferenceFigure *figure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrReference, br_reference_unref)

G_END_DECLS
