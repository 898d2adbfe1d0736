/* br-estimate-notes.c — a board's estimate notes in a report: what
 * bar-raiser --review prints after the review
 *
 * Each note's figures are computed again from the inputs it keeps, so the
 * report never trusts the text its label shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-board-estimate.h"
#include "br-estimate-notes.h"

/* The figures a note shows, in the order it shows them */
static const BrEstimateOutput key_outputs[] = {
  BR_ESTIMATE_PEAK_READ_RPS, BR_ESTIMATE_PEAK_WRITE_RPS, BR_ESTIMATE_STORAGE_TOTAL,
  BR_ESTIMATE_EGRESS, BR_ESTIMATE_PEAK_EGRESS,
};

/**
 * br_board_estimates_to_text:
 *
 * Returns: (transfer full) (nullable): for each estimate note, its id, its
 *   inputs as key=value and its key figures (peak reads and writes per
 *   second, storage over the retention, egress average and at peak), or
 *   %NULL when the board has none
 */
char *
br_board_estimates_to_text (BrBoard *board)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      g_autoptr(BrEstimate) estimate = NULL;
      g_auto(GStrv) pairs = NULL;
      g_autofree char *inputs = NULL;

      if (item->estimate == NULL)
        continue;
      if (out == NULL)
        out = g_string_new (NULL);
      else
        g_string_append_c (out, '\n');

      estimate = br_item_estimate_to_estimate (item->estimate);
      pairs = br_estimate_dup_pairs (estimate);
      inputs = g_strjoinv (" ", pairs);
      /* Translators: %s is the id of an estimate note on the board */
      g_string_append_printf (out, _("Estimate %s:"), item->id);
      g_string_append_printf (out, "\n  %s %s\n", _("inputs:"), inputs[0] ? inputs : _("none"));
      for (guint j = 0; j < G_N_ELEMENTS (key_outputs); j++)
        {
          g_autofree char *figure = br_estimate_format_output (estimate, key_outputs[j]);
          const char *id = br_estimate_output_id (key_outputs[j]);

          g_string_append_printf (out, "  %s:%*s %s\n", id, (int) (16 - strlen (id)), "",
                                  figure ? figure : "—");
        }
    }
  return out ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/**
 * br_board_estimates_to_json:
 *
 * Returns: (transfer full): an array with an object for each estimate
 *   note: {"id": ID, "inputs": {…}, "outputs": {…}}, the inputs and
 *   outputs as bar-raiser --estimate --json writes them
 */
JsonNode *
br_board_estimates_to_json (BrBoard *board)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      g_autoptr(BrEstimate) estimate = NULL;
      g_autoptr(JsonNode) report = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      JsonObject *object, *report_object;

      if (item->estimate == NULL)
        continue;
      estimate = br_item_estimate_to_estimate (item->estimate);
      text = br_estimate_to_report_json (estimate);
      report = json_from_string (text, &error);
      if (report == NULL)
        {
          g_warning ("An estimate's report is not JSON: %s", error->message);
          continue;
        }
      report_object = json_node_get_object (report);

      object = json_object_new ();
      json_object_set_string_member (object, "id", item->id);
      json_object_set_member (object, "inputs", json_object_dup_member (report_object, "inputs"));
      json_object_set_member (object, "outputs", json_object_dup_member (report_object, "outputs"));
      json_array_add_object_element (array, object);
    }
  json_node_take_array (node, array);
  return node;
}
