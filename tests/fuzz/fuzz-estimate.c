/* fuzz-estimate.c — libFuzzer target for the estimator's inputs
 *
 * The input's lines are typed into the estimator's inputs, in order. Every
 * figure must then be computed or not, never NaN or infinite, with its
 * working; the inputs must survive the JSON round trip, and the reports
 * must be valid UTF-8 (the JSON one valid JSON). Nothing may crash, leak,
 * read out of bounds or log a warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "br-estimate.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", BR_ESTIMATE_N_INPUTS);
  g_autoptr(BrEstimate) estimate = br_estimate_new ();
  g_autoptr(BrEstimate) copy = br_estimate_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *report = NULL;
  g_autofree char *plain = NULL;
  g_auto(GStrv) pairs = NULL;

  if (!initialized)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  for (guint i = 0; lines[i] != NULL && i < BR_ESTIMATE_N_INPUTS; i++)
    br_estimate_set_input (estimate, (BrEstimateInput) i, lines[i]);

  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      g_autofree char *figure = br_estimate_format_output (estimate, (BrEstimateOutput) i);
      g_autofree char *waiting = br_estimate_dup_waiting (estimate, (BrEstimateOutput) i);
      double value;

      if (br_estimate_get_output (estimate, (BrEstimateOutput) i, &value))
        {
          const char * const *working = br_estimate_get_working (estimate, (BrEstimateOutput) i);
          double again;

          g_assert (isfinite (value) && value >= 0);
          g_assert (figure != NULL && waiting == NULL && working != NULL && working[0] != NULL);
          /* What is shown reads back as the same figure */
          g_assert (br_estimate_parse_figure ((BrEstimateOutput) i, figure, &again, NULL) ||
                    g_str_has_prefix (figure, "<"));
        }
      else
        g_assert (figure == NULL && waiting != NULL);
    }

  /* The inputs survive the round trip, as text and as pairs */
  node = br_estimate_to_json (estimate);
  g_assert (br_estimate_set_json (copy, node, &error));
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    g_assert (g_str_equal (br_estimate_get_input (copy, (BrEstimateInput) i),
                           br_estimate_get_input (estimate, (BrEstimateInput) i)));
  pairs = br_estimate_dup_pairs (estimate);
  if (br_estimate_set_pairs (copy, (const char * const *) pairs, &error))
    for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
      g_assert (g_str_equal (br_estimate_get_input (copy, (BrEstimateInput) i),
                             br_estimate_get_input (estimate, (BrEstimateInput) i)));
  g_clear_error (&error);

  plain = br_estimate_to_text (estimate);
  report = br_estimate_to_report_json (estimate);
  g_assert (g_utf8_validate (plain, -1, NULL));
  g_assert (json_parser_load_from_data (parser, report, -1, NULL));
  return 0;
}
