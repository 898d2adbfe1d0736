/* br-estimate-outputs.c — what the estimator works out: each output's id
 * in the JSON report, its title and its kind of unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-estimate-private.h"

typedef struct {
  const char *id;
  const char *title;      /* translatable */
  BrUnitKind kind;
  const char *unit_name;  /* in the JSON report */
} OutputSpec;

static const OutputSpec output_specs[BR_ESTIMATE_N_OUTPUTS] = {
  [BR_ESTIMATE_READ_RPS] = { "read-rps", N_("Average reads per second"), BR_UNIT_RATE, "requests/s" },
  [BR_ESTIMATE_WRITE_RPS] = { "write-rps", N_("Average writes per second"), BR_UNIT_RATE, "requests/s" },
  [BR_ESTIMATE_PEAK_READ_RPS] = { "peak-read-rps", N_("Peak reads per second"), BR_UNIT_RATE, "requests/s" },
  [BR_ESTIMATE_PEAK_WRITE_RPS] = { "peak-write-rps", N_("Peak writes per second"), BR_UNIT_RATE, "requests/s" },
  [BR_ESTIMATE_STORAGE_PER_DAY] = { "storage-per-day", N_("Storage a day, one copy"), BR_UNIT_SIZE, "bytes" },
  [BR_ESTIMATE_STORAGE_PER_YEAR] = { "storage-per-year", N_("Storage a year, one copy"), BR_UNIT_SIZE, "bytes" },
  [BR_ESTIMATE_STORAGE_TOTAL] = { "storage-total", N_("Storage over the retention, all copies"), BR_UNIT_SIZE, "bytes" },
  [BR_ESTIMATE_INGRESS] = { "ingress", N_("Ingress, average"), BR_UNIT_BANDWIDTH, "bytes/s" },
  [BR_ESTIMATE_PEAK_INGRESS] = { "peak-ingress", N_("Ingress at peak"), BR_UNIT_BANDWIDTH, "bytes/s" },
  [BR_ESTIMATE_EGRESS] = { "egress", N_("Egress, average"), BR_UNIT_BANDWIDTH, "bytes/s" },
  [BR_ESTIMATE_PEAK_EGRESS] = { "peak-egress", N_("Egress at peak"), BR_UNIT_BANDWIDTH, "bytes/s" },
  [BR_ESTIMATE_INSTANCES] = { "instances", N_("Instances at peak"), BR_UNIT_COUNT, "instances" },
};

const char *
br_estimate_output_id (BrEstimateOutput output)
{
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, NULL);
  return output_specs[output].id;
}

gboolean
br_estimate_output_from_id (const char       *id,
                            BrEstimateOutput *output)
{
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    if (g_str_equal (id, output_specs[i].id))
      {
        if (output != NULL)
          *output = (BrEstimateOutput) i;
        return TRUE;
      }
  return FALSE;
}

const char *
br_estimate_output_title (BrEstimateOutput output)
{
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, NULL);
  return _(output_specs[output].title);
}

/**
 * br_estimate_output_kind:
 *
 * Returns: what the figure is: %BR_UNIT_RATE, %BR_UNIT_SIZE,
 *   %BR_UNIT_BANDWIDTH, or %BR_UNIT_COUNT for the instances
 */
BrUnitKind
br_estimate_output_kind (BrEstimateOutput output)
{
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, BR_UNIT_COUNT);
  return output_specs[output].kind;
}

/**
 * br_estimate_output_unit_name:
 *
 * Returns: the unit of the figure's value: "requests/s", "bytes",
 *   "bytes/s" or "instances"
 */
const char *
br_estimate_output_unit_name (BrEstimateOutput output)
{
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, NULL);
  return output_specs[output].unit_name;
}
