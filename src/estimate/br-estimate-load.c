/* br-estimate-load.c — an estimate as the load a board's clients put on
 * the design
 *
 * The design review's traffic model starts at the clients: each sends its
 * average requests per second (BR_FIELD_ENTRY_RATE), a share of them reads
 * (BR_FIELD_READ_SHARE), and peaks at a multiple of the average
 * (BR_FIELD_PEAK_FACTOR). An estimate gives all three: the average reads
 * and writes per second, the read:write ratio and the peak factor. The
 * average is split equally across the clients, so that together they send
 * what the estimate says; when every client already has a rate of its
 * own, in proportion to those rates, so that a split the user chose stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include <glib/gi18n-lib.h>

#include "br-board-component.h"
#include "br-estimate-load.h"
#include "br-review.h"

/* Whether the review takes @item for a client: as br-review.c decides a
 * component's type, from its set type, its stencil, or its label */
static gboolean
is_client (const BrItem *item)
{
  BrStencil type;

  if (!br_item_can_be_component (item))
    return FALSE;
  if (br_item_has_field (item, BR_FIELD_TYPE))
    return br_item_get_field (item, BR_FIELD_TYPE, BR_COMPONENT_UNTYPED) == BR_STENCIL_CLIENT;
  if (item->kind == BR_ITEM_STENCIL)
    return item->stencil == BR_STENCIL_CLIENT;
  return br_review_infer_type (item->label, &type) && type == BR_STENCIL_CLIENT;
}

/**
 * br_board_find_clients:
 *
 * Returns: (transfer full): the ids of the board's client components, as
 *   the design review finds them (a Client stencil, a type set to client,
 *   or a label such as "Users"), bottom first; empty when there are none
 */
GStrv
br_board_find_clients (BrBoard *board)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      if (is_client (item))
        g_strv_builder_add (builder, item->id);
    }
  return g_strv_builder_end (builder);
}

static gboolean
check_field (BrComponentField   field,
             double             value,
             GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  if (br_component_field_check (field, value, &local_error))
    return TRUE;
  /* Translators: %s says which value is out of range, and its range */
  g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
               _("The estimate cannot be used as the clients’ load: %s"), local_error->message);
  return FALSE;
}

/**
 * br_estimate_use_as_entry_load:
 * @summary: (out) (optional) (transfer full): what was set, for a person:
 *   "2 clients: 5.79k/s each on average, 99% reads, peak ×3"
 * @error: a #BR_ESTIMATE_ERROR when the estimate lacks the traffic
 *   figures, the board has no client, or a value is out of a property's
 *   range
 *
 * Sets every client component's average requests per second (the
 * estimate's average reads and writes per second, split equally across
 * the clients, or in proportion to their rates when each has one), share
 * of reads and peak factor, as one undo step.
 *
 * Returns: whether they were set
 */
gboolean
br_estimate_use_as_entry_load (BrEstimate  *estimate,
                               BrBoard     *board,
                               char       **summary,
                               GError     **error)
{
  g_auto(GStrv) clients = NULL;
  g_autofree double *weights = NULL;
  g_autofree double *rates = NULL;
  double reads, writes, share, peak, rate, total_weight = 0;
  gboolean proportional = TRUE;
  guint n;

  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), FALSE);
  g_return_val_if_fail (BR_IS_BOARD (board), FALSE);

  if (!br_estimate_get_output (estimate, BR_ESTIMATE_READ_RPS, &reads) ||
      !br_estimate_get_output (estimate, BR_ESTIMATE_WRITE_RPS, &writes) ||
      !br_estimate_get_input_value (estimate, BR_ESTIMATE_READ_WRITE, &share) ||
      !br_estimate_get_input_value (estimate, BR_ESTIMATE_PEAK, &peak))
    {
      g_autofree char *waiting = br_estimate_dup_waiting (estimate, BR_ESTIMATE_PEAK_READ_RPS);

      g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY,
                   /* Translators: %s says what the estimate still needs */
                   _("The estimate has no requests per second yet: %s"), waiting);
      return FALSE;
    }

  clients = br_board_find_clients (board);
  n = g_strv_length (clients);
  if (n == 0)
    {
      g_set_error_literal (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY,
                           _("The board has no client: add a Client stencil, or a shape labeled “Users”"));
      return FALSE;
    }
  weights = g_new0 (double, n);
  rates = g_new0 (double, n);

  /* Split as the clients' own rates are, when every one has a rate; else
   * equally */
  for (guint i = 0; i < n; i++)
    {
      const BrItem *client = br_board_lookup (board, clients[i]);

      weights[i] = br_item_get_field (client, BR_FIELD_ENTRY_RATE, 0.0);
      proportional = proportional && weights[i] > 0;
      total_weight += weights[i];
    }
  /* Equal rates split equally all the same */
  if (proportional)
    {
      gboolean all_equal = TRUE;

      for (guint i = 1; i < n; i++)
        all_equal = all_equal && weights[i] == weights[0];
      proportional = !all_equal;
    }
  for (guint i = 0; i < n; i++)
    {
      rates[i] = proportional ? (reads + writes) * (weights[i] / total_weight) : (reads + writes) / n;
      if (!check_field (BR_FIELD_ENTRY_RATE, rates[i], error))
        return FALSE;
    }
  rate = (reads + writes) / n;
  if (!check_field (BR_FIELD_READ_SHARE, share, error) ||
      !check_field (BR_FIELD_PEAK_FACTOR, peak, error))
    return FALSE;

  br_board_begin_transaction (board);
  for (guint i = 0; i < n; i++)
    br_board_set_field (board, (const char * const[]) { clients[i], NULL }, BR_FIELD_ENTRY_RATE, rates[i], NULL);
  br_board_set_field (board, (const char * const *) clients, BR_FIELD_READ_SHARE, share, NULL);
  br_board_set_field (board, (const char * const *) clients, BR_FIELD_PEAK_FACTOR, peak, NULL);
  br_board_commit (board);

  if (summary != NULL)
    {
      g_autofree char *rate_text = br_units_format (rate, BR_UNIT_RATE, BR_ESTIMATE_SIGNIFICANT);
      g_autofree char *share_text = br_units_format (share * 100, BR_UNIT_PERCENT, BR_ESTIMATE_SIGNIFICANT);
      g_autofree char *peak_text = br_units_format (peak, BR_UNIT_FACTOR, BR_ESTIMATE_SIGNIFICANT);

      if (proportional && n > 1)
        {
          g_autofree char *total_text = br_units_format (reads + writes, BR_UNIT_RATE, BR_ESTIMATE_SIGNIFICANT);

          /* Translators: a toast after "Use as Entry Load", e.g. "3 clients: 11.6k/s on
           * average in all, split as their rates were, 99% reads, peak ×3" */
          *summary = g_strdup_printf (_("%u clients: %s on average in all, split as their rates were, "
                                        "%s reads, peak ×%s"), n, total_text, share_text, peak_text);
        }
      else
        /* Translators: a toast after "Use as Entry Load", e.g.
         * "2 clients: 5.79k/s each on average, 99% reads, peak ×3" */
        *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u client: %s on average, %s reads, peak ×%s",
                                                 "%u clients: %s each on average, %s reads, peak ×%s", n),
                                    n, rate_text, share_text, peak_text);
    }
  return TRUE;
}
