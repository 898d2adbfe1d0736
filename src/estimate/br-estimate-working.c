/* br-estimate-working.c — the estimator's arithmetic and its working
 *
 * The formulas are the contract's (a day is 86,400 s, a year 365 days):
 *
 *   requests/day = dau x actions
 *   reads/day    = requests/day x R/(R+W), writes/day likewise with W
 *   read-rps     = reads/day / 86,400, write-rps likewise
 *   peak-*-rps   = *-rps x peak
 *   storage-per-day  = writes/day x write-size; per year x 365 (one copy)
 *   storage-total    = storage-per-day x retention days x replication
 *   ingress = write-rps x write-size, egress = read-rps x read-size,
 *   and their peaks x peak
 *   instances = ceil((peak-read-rps + peak-write-rps) / capacity)
 *
 * Every figure is computed from the unrounded values. The working shows
 * each step's result to three significant figures, as the figures are
 * shown; a step that carries an earlier result on shows it with one more
 * figure (11.57k), so that the step can be checked by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "br-estimate-private.h"

#define SHOWN BR_ESTIMATE_SIGNIFICANT
#define CARRIED (BR_ESTIMATE_SIGNIFICANT + 1)
/* An input echoed in the working keeps the figures it was typed with */
#define ECHOED 6

#define NEED(input) (1u << (input))
#define NEED_REQUESTS (NEED (BR_ESTIMATE_DAU) | NEED (BR_ESTIMATE_ACTIONS) | NEED (BR_ESTIMATE_READ_WRITE))

/**
 * _br_estimate_output_needs:
 *
 * Returns: the inputs the figure needs, one bit per #BrEstimateInput
 */
guint
_br_estimate_output_needs (BrEstimateOutput output)
{
  switch (output)
    {
    case BR_ESTIMATE_READ_RPS:
    case BR_ESTIMATE_WRITE_RPS:
      return NEED_REQUESTS;
    case BR_ESTIMATE_PEAK_READ_RPS:
    case BR_ESTIMATE_PEAK_WRITE_RPS:
      return NEED_REQUESTS | NEED (BR_ESTIMATE_PEAK);
    case BR_ESTIMATE_STORAGE_PER_DAY:
    case BR_ESTIMATE_STORAGE_PER_YEAR:
    case BR_ESTIMATE_INGRESS:
      return NEED_REQUESTS | NEED (BR_ESTIMATE_WRITE_SIZE);
    case BR_ESTIMATE_STORAGE_TOTAL:
      return NEED_REQUESTS | NEED (BR_ESTIMATE_WRITE_SIZE) |
             NEED (BR_ESTIMATE_RETENTION) | NEED (BR_ESTIMATE_REPLICATION);
    case BR_ESTIMATE_PEAK_INGRESS:
      return NEED_REQUESTS | NEED (BR_ESTIMATE_WRITE_SIZE) | NEED (BR_ESTIMATE_PEAK);
    case BR_ESTIMATE_EGRESS:
      return NEED_REQUESTS | NEED (BR_ESTIMATE_READ_SIZE);
    case BR_ESTIMATE_PEAK_EGRESS:
      return NEED_REQUESTS | NEED (BR_ESTIMATE_READ_SIZE) | NEED (BR_ESTIMATE_PEAK);
    case BR_ESTIMATE_INSTANCES:
      return NEED_REQUESTS | NEED (BR_ESTIMATE_PEAK) | NEED (BR_ESTIMATE_CAPACITY);
    case BR_ESTIMATE_N_OUTPUTS:
    default:
      g_return_val_if_reached (0);
    }
}

/* A count for the working: "1B", "11.6k" */
static char *
count (double value,
       int    significant)
{
  return br_units_format (value, BR_UNIT_COUNT, significant);
}

static char *
size (double value,
      int    significant)
{
  return br_units_format (value, BR_UNIT_SIZE, significant);
}

static char *
bandwidth (double value,
           int    significant)
{
  return br_units_format (value, BR_UNIT_BANDWIDTH, significant);
}

/**
 * _br_estimate_format_input:
 *
 * Returns: (transfer full): a valid input as the working echoes it:
 *   "100M", "250,000", "1 KB", "64 KiB", "2k/s"
 */
char *
_br_estimate_format_input (BrEstimate      *self,
                           BrEstimateInput  input)
{
  const BrEstimateValue *value = &self->inputs[input];
  double v = value->value;

  g_return_val_if_fail (value->valid, NULL);

  switch (input)
    {
    case BR_ESTIMATE_DAU:
    case BR_ESTIMATE_ACTIONS:
      if (v < 1e6 && v == floor (v))
        return br_units_format_grouped (v);
      return count (v, ECHOED);
    case BR_ESTIMATE_PEAK:
    case BR_ESTIMATE_REPLICATION:
      return br_units_format (v, BR_UNIT_FACTOR, ECHOED);
    case BR_ESTIMATE_WRITE_SIZE:
    case BR_ESTIMATE_READ_SIZE:
      if (value->binary)
        return br_units_format_size_binary (v, ECHOED);
      return size (v, ECHOED);
    case BR_ESTIMATE_RETENTION:
      return br_units_format (v, BR_UNIT_DURATION, ECHOED);
    case BR_ESTIMATE_CAPACITY:
      return br_units_format (v, BR_UNIT_RATE, ECHOED);
    case BR_ESTIMATE_READ_WRITE:
      return g_strdup (value->text);
    case BR_ESTIMATE_N_INPUTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The share of reads or writes for the working: "100/101", "90%" */
static char *
share (const BrEstimateValue *ratio,
       gboolean               reads)
{
  g_autofree char *part = NULL;
  g_autofree char *whole = NULL;

  if (ratio->percent)
    return br_units_format (reads ? ratio->reads : ratio->writes, BR_UNIT_PERCENT, ECHOED);

  part = br_units_format (reads ? ratio->reads : ratio->writes, BR_UNIT_FACTOR, ECHOED);
  whole = br_units_format (ratio->reads + ratio->writes, BR_UNIT_FACTOR, ECHOED);
  return g_strdup_printf ("%s/%s", part, whole);
}

/* The steps of the working, each computed once and shared by the figures
 * that need it */
typedef enum {
  STEP_REQUESTS_PER_DAY,
  STEP_REQUESTS_PER_SECOND,
  STEP_READS,
  STEP_WRITES,
  STEP_PEAK_READS,
  STEP_PEAK_WRITES,
  STEP_WRITES_PER_DAY,
  STEP_STORAGE_PER_DAY,
  STEP_STORAGE_PER_YEAR,
  STEP_RETENTION,
  STEP_STORAGE_TOTAL,
  STEP_INGRESS,
  STEP_PEAK_INGRESS,
  STEP_EGRESS,
  STEP_PEAK_EGRESS,
  STEP_PEAK_REQUESTS,
  STEP_INSTANCES,
  N_STEPS
} Step;

#define END N_STEPS

/* Which steps make each figure's working, in order */
static const Step workings[BR_ESTIMATE_N_OUTPUTS][8] = {
  [BR_ESTIMATE_READ_RPS] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_READS, END },
  [BR_ESTIMATE_WRITE_RPS] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_WRITES, END },
  [BR_ESTIMATE_PEAK_READ_RPS] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_READS,
                                  STEP_PEAK_READS, END },
  [BR_ESTIMATE_PEAK_WRITE_RPS] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_WRITES,
                                   STEP_PEAK_WRITES, END },
  [BR_ESTIMATE_STORAGE_PER_DAY] = { STEP_REQUESTS_PER_DAY, STEP_WRITES_PER_DAY, STEP_STORAGE_PER_DAY, END },
  [BR_ESTIMATE_STORAGE_PER_YEAR] = { STEP_REQUESTS_PER_DAY, STEP_WRITES_PER_DAY, STEP_STORAGE_PER_DAY,
                                     STEP_STORAGE_PER_YEAR, END },
  [BR_ESTIMATE_STORAGE_TOTAL] = { STEP_REQUESTS_PER_DAY, STEP_WRITES_PER_DAY, STEP_STORAGE_PER_DAY,
                                  STEP_RETENTION, STEP_STORAGE_TOTAL, END },
  [BR_ESTIMATE_INGRESS] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_WRITES, STEP_INGRESS, END },
  [BR_ESTIMATE_PEAK_INGRESS] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_WRITES, STEP_INGRESS,
                                 STEP_PEAK_INGRESS, END },
  [BR_ESTIMATE_EGRESS] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_READS, STEP_EGRESS, END },
  [BR_ESTIMATE_PEAK_EGRESS] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_READS, STEP_EGRESS,
                                STEP_PEAK_EGRESS, END },
  [BR_ESTIMATE_INSTANCES] = { STEP_REQUESTS_PER_DAY, STEP_REQUESTS_PER_SECOND, STEP_PEAK_REQUESTS,
                              STEP_INSTANCES, END },
};

typedef struct {
  BrEstimate *self;
  char *steps[N_STEPS];

  double requests_per_day;
  double requests_per_second;
  double reads_per_second;
  double writes_per_second;
  double writes_per_day;
  double storage_per_day;
  double ingress;
  double egress;
} Working;

static gboolean
valid (Working         *w,
       BrEstimateInput  input)
{
  return w->self->inputs[input].valid;
}

static double
input (Working         *w,
       BrEstimateInput  which)
{
  return w->self->inputs[which].value;
}

static char *
echo (Working         *w,
      BrEstimateInput  which)
{
  return _br_estimate_format_input (w->self, which);
}

static void
set_step (Working *w,
          Step     step,
          char    *text)
{
  g_free (w->steps[step]);
  w->steps[step] = text;
}

/* The steps every traffic figure starts from */
static void
work_requests (Working *w)
{
  const BrEstimateValue *ratio = &w->self->inputs[BR_ESTIMATE_READ_WRITE];
  g_autofree char *dau = echo (w, BR_ESTIMATE_DAU);
  g_autofree char *actions = echo (w, BR_ESTIMATE_ACTIONS);
  g_autofree char *per_day = NULL, *per_day_carried = NULL;
  g_autofree char *per_second = NULL, *per_second_carried = NULL;
  g_autofree char *reads = NULL, *writes = NULL, *writes_per_day = NULL;
  g_autofree char *read_share = share (ratio, TRUE);
  g_autofree char *write_share = share (ratio, FALSE);
  double read_part = ratio->reads / (ratio->reads + ratio->writes);
  double write_part = ratio->writes / (ratio->reads + ratio->writes);

  w->requests_per_day = input (w, BR_ESTIMATE_DAU) * input (w, BR_ESTIMATE_ACTIONS);
  w->requests_per_second = w->requests_per_day / BR_SECONDS_PER_DAY;
  w->reads_per_second = w->requests_per_day * read_part / BR_SECONDS_PER_DAY;
  w->writes_per_second = w->requests_per_day * write_part / BR_SECONDS_PER_DAY;
  w->writes_per_day = w->requests_per_day * write_part;

  per_day = count (w->requests_per_day, SHOWN);
  per_day_carried = count (w->requests_per_day, CARRIED);
  per_second = count (w->requests_per_second, SHOWN);
  per_second_carried = count (w->requests_per_second, CARRIED);
  reads = count (w->reads_per_second, SHOWN);
  writes = count (w->writes_per_second, SHOWN);
  writes_per_day = count (w->writes_per_day, SHOWN);

  set_step (w, STEP_REQUESTS_PER_DAY,
            /* Translators: a step of the estimate's working, e.g. "100M users x 10 requests = 1B requests/day" */
            g_strdup_printf (_("%s users x %s requests = %s requests/day"), dau, actions, per_day));
  set_step (w, STEP_REQUESTS_PER_SECOND,
            /* Translators: e.g. "1B requests/day / 86,400 s = 11.6k requests/s" */
            g_strdup_printf (_("%s requests/day / 86,400 s = %s requests/s"), per_day_carried, per_second));
  set_step (w, STEP_READS,
            /* Translators: e.g. "11.57k requests/s x 100/101 reads = 11.5k reads/s" */
            g_strdup_printf (_("%s requests/s x %s reads = %s reads/s"), per_second_carried, read_share, reads));
  set_step (w, STEP_WRITES,
            /* Translators: e.g. "11.57k requests/s x 1/101 writes = 115 writes/s" */
            g_strdup_printf (_("%s requests/s x %s writes = %s writes/s"), per_second_carried, write_share, writes));
  set_step (w, STEP_WRITES_PER_DAY,
            /* Translators: e.g. "1B requests/day x 1/101 writes = 9.9M writes/day" */
            g_strdup_printf (_("%s requests/day x %s writes = %s writes/day"), per_day_carried, write_share,
                             writes_per_day));
}

static void
work_peaks (Working *w)
{
  g_autofree char *peak = echo (w, BR_ESTIMATE_PEAK);
  g_autofree char *reads = count (w->reads_per_second, CARRIED);
  g_autofree char *writes = count (w->writes_per_second, CARRIED);
  g_autofree char *requests = count (w->requests_per_second, CARRIED);
  g_autofree char *peak_reads = count (w->reads_per_second * input (w, BR_ESTIMATE_PEAK), SHOWN);
  g_autofree char *peak_writes = count (w->writes_per_second * input (w, BR_ESTIMATE_PEAK), SHOWN);
  g_autofree char *peak_requests = count (w->requests_per_second * input (w, BR_ESTIMATE_PEAK), SHOWN);

  set_step (w, STEP_PEAK_READS,
            /* Translators: e.g. "11.46k reads/s x 3 peak = 34.4k reads/s" */
            g_strdup_printf (_("%s reads/s x %s peak = %s reads/s"), reads, peak, peak_reads));
  set_step (w, STEP_PEAK_WRITES,
            /* Translators: e.g. "114.6 writes/s x 3 peak = 344 writes/s" */
            g_strdup_printf (_("%s writes/s x %s peak = %s writes/s"), writes, peak, peak_writes));
  set_step (w, STEP_PEAK_REQUESTS,
            /* Translators: e.g. "11.57k requests/s x 3 peak = 34.7k requests/s" */
            g_strdup_printf (_("%s requests/s x %s peak = %s requests/s"), requests, peak, peak_requests));
}

static void
work_storage (Working *w)
{
  g_autofree char *item = echo (w, BR_ESTIMATE_WRITE_SIZE);
  g_autofree char *writes_per_day = count (w->writes_per_day, CARRIED);
  g_autofree char *per_day = NULL, *per_day_carried = NULL, *per_year = NULL;

  w->storage_per_day = w->writes_per_day * input (w, BR_ESTIMATE_WRITE_SIZE);
  per_day = size (w->storage_per_day, SHOWN);
  per_day_carried = size (w->storage_per_day, CARRIED);
  per_year = size (w->storage_per_day * BR_DAYS_PER_YEAR, SHOWN);

  set_step (w, STEP_STORAGE_PER_DAY,
            /* Translators: e.g. "9.901M writes/day x 1 KB = 9.9 GB a day" */
            g_strdup_printf (_("%s writes/day x %s = %s a day"), writes_per_day, item, per_day));
  set_step (w, STEP_STORAGE_PER_YEAR,
            /* Translators: e.g. "9.901 GB a day x 365 days = 3.61 TB a year" */
            g_strdup_printf (_("%s a day x 365 days = %s a year"), per_day_carried, per_year));

  if (valid (w, BR_ESTIMATE_RETENTION) && valid (w, BR_ESTIMATE_REPLICATION))
    {
      const char *typed = w->self->inputs[BR_ESTIMATE_RETENTION].text;
      g_autofree char *trimmed = g_strstrip (g_strdup (typed));
      g_autofree char *days = echo (w, BR_ESTIMATE_RETENTION);
      g_autofree char *copies = echo (w, BR_ESTIMATE_REPLICATION);
      g_autofree char *total = size (w->storage_per_day * input (w, BR_ESTIMATE_RETENTION) *
                                     input (w, BR_ESTIMATE_REPLICATION), SHOWN);

      set_step (w, STEP_RETENTION,
                /* Translators: a retention as typed and in days, e.g. "5y = 1,825 days" */
                g_strdup_printf (_("%s = %s"), trimmed, days));
      set_step (w, STEP_STORAGE_TOTAL,
                /* Translators: e.g. "9.901 GB a day x 1,825 days x 3 copies = 54.2 TB" */
                g_strdup_printf (_("%s a day x %s x %s copies = %s"), per_day_carried, days, copies, total));
    }
}

static void
work_bandwidth (Working *w)
{
  if (valid (w, BR_ESTIMATE_WRITE_SIZE))
    {
      g_autofree char *item = echo (w, BR_ESTIMATE_WRITE_SIZE);
      g_autofree char *writes = count (w->writes_per_second, CARRIED);
      g_autofree char *ingress = NULL;

      w->ingress = w->writes_per_second * input (w, BR_ESTIMATE_WRITE_SIZE);
      ingress = bandwidth (w->ingress, SHOWN);
      set_step (w, STEP_INGRESS,
                /* Translators: e.g. "114.6 writes/s x 1 KB = 115 KB/s" */
                g_strdup_printf (_("%s writes/s x %s = %s"), writes, item, ingress));
    }
  if (valid (w, BR_ESTIMATE_READ_SIZE))
    {
      g_autofree char *item = echo (w, BR_ESTIMATE_READ_SIZE);
      g_autofree char *reads = count (w->reads_per_second, CARRIED);
      g_autofree char *egress = NULL;

      w->egress = w->reads_per_second * input (w, BR_ESTIMATE_READ_SIZE);
      egress = bandwidth (w->egress, SHOWN);
      set_step (w, STEP_EGRESS,
                /* Translators: e.g. "11.46k reads/s x 10 KB = 115 MB/s" */
                g_strdup_printf (_("%s reads/s x %s = %s"), reads, item, egress));
    }
  if (valid (w, BR_ESTIMATE_PEAK))
    {
      g_autofree char *peak = echo (w, BR_ESTIMATE_PEAK);

      if (valid (w, BR_ESTIMATE_WRITE_SIZE))
        {
          g_autofree char *ingress = bandwidth (w->ingress, CARRIED);
          g_autofree char *peak_ingress = bandwidth (w->ingress * input (w, BR_ESTIMATE_PEAK), SHOWN);

          set_step (w, STEP_PEAK_INGRESS,
                    /* Translators: e.g. "114.6 KB/s x 3 peak = 344 KB/s" */
                    g_strdup_printf (_("%s x %s peak = %s"), ingress, peak, peak_ingress));
        }
      if (valid (w, BR_ESTIMATE_READ_SIZE))
        {
          g_autofree char *egress = bandwidth (w->egress, CARRIED);
          g_autofree char *peak_egress = bandwidth (w->egress * input (w, BR_ESTIMATE_PEAK), SHOWN);

          set_step (w, STEP_PEAK_EGRESS,
                    g_strdup_printf (_("%s x %s peak = %s"), egress, peak, peak_egress));
        }
    }
}

/* ceil(), forgiving the last bit of rounding: a load of exactly 17
 * instances' worth needs 17, not 18 */
static double
instances_for (double load)
{
  double exact = load * (1 - 1e-12);

  return exact <= 0 ? 0 : ceil (exact);
}

static void
work_instances (Working *w)
{
  double peak_load = w->requests_per_second * input (w, BR_ESTIMATE_PEAK);
  double ratio = peak_load / input (w, BR_ESTIMATE_CAPACITY);
  double n = instances_for (ratio);
  g_autofree char *load = count (peak_load, CARRIED);
  g_autofree char *capacity = echo (w, BR_ESTIMATE_CAPACITY);
  g_autofree char *exact = br_units_format (ratio, BR_UNIT_FACTOR, SHOWN);
  g_autofree char *whole = br_units_format_grouped (n);
  gulong plural = (gulong) MIN (n, 1e6);  /* only its plural form matters */

  set_step (w, STEP_INSTANCES,
            /* Translators: e.g. "34.72k requests/s / 2k/s = 17.4, rounded up: 18 instances" */
            g_strdup_printf (ngettext ("%s requests/s / %s = %s, rounded up: %s instance",
                                       "%s requests/s / %s = %s, rounded up: %s instances", plural),
                             load, capacity, exact, whole));
}

static GStrv
collect (Working          *w,
         BrEstimateOutput  output)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv steps;

  for (guint i = 0; workings[output][i] != END; i++)
    {
      const char *step = w->steps[workings[output][i]];

      g_assert (step != NULL);
      g_strv_builder_add (builder, step);
    }
  steps = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return steps;
}

/**
 * _br_estimate_compute:
 *
 * Computes every figure whose inputs are all valid, with its working.
 */
void
_br_estimate_compute (BrEstimate *self)
{
  Working w = { self, { NULL } };
  double peak = 0;

  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      guint needs = _br_estimate_output_needs ((BrEstimateOutput) i);

      self->computed[i] = TRUE;
      for (guint j = 0; j < BR_ESTIMATE_N_INPUTS; j++)
        if ((needs & NEED (j)) && !self->inputs[j].valid)
          self->computed[i] = FALSE;
      self->outputs[i] = 0;
      g_clear_pointer (&self->working[i], g_strfreev);
    }

  if (!self->computed[BR_ESTIMATE_READ_RPS])
    return;

  work_requests (&w);
  if (valid (&w, BR_ESTIMATE_PEAK))
    {
      peak = input (&w, BR_ESTIMATE_PEAK);
      work_peaks (&w);
    }
  if (valid (&w, BR_ESTIMATE_WRITE_SIZE))
    work_storage (&w);
  work_bandwidth (&w);
  if (self->computed[BR_ESTIMATE_INSTANCES])
    work_instances (&w);

  self->outputs[BR_ESTIMATE_READ_RPS] = w.reads_per_second;
  self->outputs[BR_ESTIMATE_WRITE_RPS] = w.writes_per_second;
  self->outputs[BR_ESTIMATE_PEAK_READ_RPS] = w.reads_per_second * peak;
  self->outputs[BR_ESTIMATE_PEAK_WRITE_RPS] = w.writes_per_second * peak;
  self->outputs[BR_ESTIMATE_STORAGE_PER_DAY] = w.storage_per_day;
  self->outputs[BR_ESTIMATE_STORAGE_PER_YEAR] = w.storage_per_day * BR_DAYS_PER_YEAR;
  if (self->computed[BR_ESTIMATE_STORAGE_TOTAL])
    self->outputs[BR_ESTIMATE_STORAGE_TOTAL] = w.storage_per_day * input (&w, BR_ESTIMATE_RETENTION) *
                                               input (&w, BR_ESTIMATE_REPLICATION);
  self->outputs[BR_ESTIMATE_INGRESS] = w.ingress;
  self->outputs[BR_ESTIMATE_PEAK_INGRESS] = w.ingress * peak;
  self->outputs[BR_ESTIMATE_EGRESS] = w.egress;
  self->outputs[BR_ESTIMATE_PEAK_EGRESS] = w.egress * peak;
  if (self->computed[BR_ESTIMATE_INSTANCES])
    self->outputs[BR_ESTIMATE_INSTANCES] =
      instances_for (w.requests_per_second * peak / input (&w, BR_ESTIMATE_CAPACITY));

  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      if (!self->computed[i])
        {
          self->outputs[i] = 0;
          continue;
        }
      /* The ranges of the inputs keep every figure finite; make sure */
      g_assert (isfinite (self->outputs[i]) && self->outputs[i] >= 0);
      self->working[i] = collect (&w, (BrEstimateOutput) i);
    }

  for (guint i = 0; i < N_STEPS; i++)
    g_free (w.steps[i]);
}
