/* br-estimate-private.h — shared by the files of BrEstimate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-estimate.h"

G_BEGIN_DECLS

/* A day and a year, as the contract counts them */
#define BR_SECONDS_PER_DAY 86400.0
#define BR_DAYS_PER_YEAR 365.0

typedef struct {
  char *text;        /* as typed, never NULL */
  char *error;       /* what is wrong with it, or NULL */
  gboolean valid;    /* parsed and in range */
  double value;      /* a count, bytes, days, a factor, per second; for the
                      * ratio the share of reads, 0 to 1 */
  double reads;      /* the ratio's sides */
  double writes;
  gboolean percent;  /* the ratio was written as a share: 90% */
  gboolean binary;   /* a size written in KiB, MiB... */
} BrEstimateValue;

struct _BrEstimate
{
  GObject parent_instance;

  BrEstimateValue inputs[BR_ESTIMATE_N_INPUTS];
  gboolean computed[BR_ESTIMATE_N_OUTPUTS];
  double outputs[BR_ESTIMATE_N_OUTPUTS];
  GStrv working[BR_ESTIMATE_N_OUTPUTS];
  char *source;      /* where the inputs came from, or NULL */
};

/* br-estimate.c */
void   _br_estimate_replace_inputs    (BrEstimate      *self,
                                       const char     **texts);

/* br-estimate-working.c */
void   _br_estimate_compute           (BrEstimate      *self);
guint  _br_estimate_output_needs      (BrEstimateOutput output);
char  *_br_estimate_format_input      (BrEstimate      *self,
                                       BrEstimateInput  input);

G_END_DECLS
