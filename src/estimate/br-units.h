/* br-units.h — numbers as people type them, and as people read them (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BR_ESTIMATE_ERROR (br_estimate_error_quark ())

/**
 * BrEstimateError:
 * @BR_ESTIMATE_ERROR_EMPTY: a required value is missing
 * @BR_ESTIMATE_ERROR_SYNTAX: the text is not a number in any form we read
 * @BR_ESTIMATE_ERROR_UNIT: the number has no unit, or one we do not know
 * @BR_ESTIMATE_ERROR_RANGE: the value is outside the sane range of its input
 * @BR_ESTIMATE_ERROR_UNKNOWN_KEY: a key names no input
 *
 * Errors of the unit parser and the estimator. Every message says what is
 * wrong in words a person can act on, and for a range the range.
 */
typedef enum {
  BR_ESTIMATE_ERROR_EMPTY,
  BR_ESTIMATE_ERROR_SYNTAX,
  BR_ESTIMATE_ERROR_UNIT,
  BR_ESTIMATE_ERROR_RANGE,
  BR_ESTIMATE_ERROR_UNKNOWN_KEY,
} BrEstimateError;

GQuark br_estimate_error_quark (void);

/**
 * BrUnitKind:
 * @BR_UNIT_COUNT: a count: 100M, 1.5k, 2B, 250,000
 * @BR_UNIT_FACTOR: a plain multiplier: 3, 3x
 * @BR_UNIT_SIZE: bytes: 1KB (decimal), 1KiB (binary), 512 B
 * @BR_UNIT_DURATION: days: 90d, 3 weeks, 6mo, 5y
 * @BR_UNIT_RATE: per second: 2k, 2k/s, 2,000 rps
 * @BR_UNIT_BANDWIDTH: bytes per second: 120 MB/s
 * @BR_UNIT_PERCENT: a percentage: 99.95%
 */
typedef enum {
  BR_UNIT_COUNT,
  BR_UNIT_FACTOR,
  BR_UNIT_SIZE,
  BR_UNIT_DURATION,
  BR_UNIT_RATE,
  BR_UNIT_BANDWIDTH,
  BR_UNIT_PERCENT,
} BrUnitKind;

/* What the parser learnt besides the value */
typedef struct {
  gboolean binary;     /* a size written in KiB, MiB... */
  gboolean negative;   /* the text had a minus sign */
} BrUnitInfo;

gboolean br_units_parse       (const char  *text,
                               BrUnitKind   kind,
                               double      *value,
                               BrUnitInfo  *info,
                               GError     **error);
gboolean br_units_parse_ratio (const char  *text,
                               double      *reads,
                               double      *writes,
                               gboolean    *percent,
                               GError     **error);

double   br_units_round       (double       value,
                               int          significant);
char    *br_units_format      (double       value,
                               BrUnitKind   kind,
                               int          significant);
char    *br_units_format_size_binary (double bytes,
                                      int    significant);
char    *br_units_format_grouped     (double value);
char    *br_units_format_duration    (double seconds,
                                      int    significant);
gboolean br_units_agree       (double       a,
                               double       b,
                               int          significant);

G_END_DECLS
