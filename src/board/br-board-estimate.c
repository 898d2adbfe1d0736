/* br-board-estimate.c — the estimate an estimate note keeps, in JSON, and
 * the figures the note shows
 *
 *   "estimate": {"dau": "100M", "actions": "10", "read-write": "100:1", …}
 *
 * A box's "estimate" member holds the estimator's inputs as they were
 * typed (br_estimate_read(): known keys, strings of at most
 * %BR_ESTIMATE_MAX_INPUT characters); the figures are not stored but
 * computed from them, so a note never disagrees with its inputs. The
 * inputs are written in the estimator's order, empty ones left out, so
 * that the same inputs give the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>

#include "br-board-estimate.h"
#include "br-json-write.h"

/**
 * br_item_estimate_new_from:
 *
 * Returns: (transfer full): the inputs of @estimate, as a note keeps them
 */
BrItemEstimate *
br_item_estimate_new_from (BrEstimate *estimate)
{
  BrItemEstimate *self;

  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), NULL);

  self = g_new0 (BrItemEstimate, 1);
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    self->inputs[i] = g_strdup (br_estimate_get_input (estimate, (BrEstimateInput) i));
  return self;
}

BrItemEstimate *
br_item_estimate_copy (const BrItemEstimate *self)
{
  BrItemEstimate *copy;

  if (self == NULL)
    return NULL;
  copy = g_new0 (BrItemEstimate, 1);
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    copy->inputs[i] = g_strdup (self->inputs[i]);
  return copy;
}

void
br_item_estimate_free (BrItemEstimate *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    g_free (self->inputs[i]);
  g_free (self);
}

/**
 * br_item_estimate_equal:
 *
 * Returns: whether @a and @b keep the same inputs (or are both %NULL)
 */
gboolean
br_item_estimate_equal (const BrItemEstimate *a,
                        const BrItemEstimate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    if (g_strcmp0 (a->inputs[i], b->inputs[i]) != 0)
      return FALSE;
  return TRUE;
}

/**
 * br_item_estimate_apply:
 *
 * Gives @estimate these inputs, all at once (one #BrEstimate::changed).
 */
void
br_item_estimate_apply (const BrItemEstimate *self,
                        BrEstimate           *estimate)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  g_return_if_fail (self != NULL);
  g_return_if_fail (BR_IS_ESTIMATE (estimate));

  node = json_node_new (JSON_NODE_OBJECT);
  object = json_object_new ();
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    json_object_set_string_member (object, br_estimate_input_key ((BrEstimateInput) i),
                                   self->inputs[i] ? self->inputs[i] : "");
  json_node_take_object (node, object);
  /* The inputs were checked when they were read */
  if (!br_estimate_set_json (estimate, node, &error))
    g_warning ("An estimate note's inputs could not be used: %s", error->message);
}

/**
 * br_item_estimate_to_estimate:
 *
 * Returns: (transfer full): a new estimate with these inputs
 */
BrEstimate *
br_item_estimate_to_estimate (const BrItemEstimate *self)
{
  BrEstimate *estimate = br_estimate_new ();

  br_item_estimate_apply (self, estimate);
  return estimate;
}

/**
 * br_item_estimate_read_json:
 * @object: a box of a document
 * @out: (out) (transfer full) (nullable): its estimate, %NULL when it has
 *   no "estimate" member
 *
 * Reads the "estimate" member; an error says where it is wrong (line,
 * column and JSON path), as every loader's does.
 */
gboolean
br_item_estimate_read_json (BrJsonReader    *reader,
                            JsonObject      *object,
                            BrItemEstimate **out,
                            GError         **error)
{
  g_autoptr(BrEstimate) estimate = NULL;

  *out = NULL;
  if (!json_object_has_member (object, BR_ITEM_ESTIMATE_MEMBER))
    return TRUE;

  estimate = br_estimate_new ();
  if (!br_estimate_read (estimate, reader, object, BR_ITEM_ESTIMATE_MEMBER, BR_JSON_REQUIRED, error))
    return FALSE;
  *out = br_item_estimate_new_from (estimate);
  return TRUE;
}

/**
 * br_item_estimate_write_json:
 *
 * Writes the inputs as an object on one line, in the estimator's order.
 */
void
br_item_estimate_write_json (GString              *out,
                             const BrItemEstimate *self)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      if (self->inputs[i] == NULL || self->inputs[i][0] == '\0')
        continue;
      if (!first)
        g_string_append (out, ", ");
      first = FALSE;
      br_json_write_string (out, br_estimate_input_key ((BrEstimateInput) i));
      g_string_append (out, ": ");
      br_json_write_string (out, self->inputs[i]);
    }
  g_string_append_c (out, '}');
}

/* ---------------------------------------------------------------------- */
/* What a note shows                                                       */

static void
append_line (GString          *out,
             BrEstimate       *estimate,
             const char       *title,
             BrEstimateOutput  output)
{
  g_autofree char *figure = br_estimate_format_output (estimate, output);

  g_string_append_c (out, '\n');
  /* Translators: a line of an estimate note, e.g. "Peak reads: 34.7k/s" */
  g_string_append_printf (out, _("%s: %s"), title, figure ? figure : "—");
}

/**
 * br_estimate_dup_note_text:
 *
 * Returns: (transfer full): what an estimate note shows: its title (with
 *   where the inputs came from, when they came from a card), then the peak
 *   reads and writes per second, the storage over the retention and the
 *   egress, average and at peak; "—" for a figure the inputs do not give
 */
char *
br_estimate_dup_note_text (BrEstimate *estimate)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *egress = NULL;
  g_autofree char *peak_egress = NULL;
  const char *source;

  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), NULL);

  source = br_estimate_get_source (estimate);
  if (source != NULL)
    /* Translators: the title of an estimate note, e.g. "Estimate: Design Twitch" */
    g_string_append_printf (out, _("Estimate: %s"), source);
  else
    g_string_append (out, _("Estimate"));

  append_line (out, estimate, _("Peak reads"), BR_ESTIMATE_PEAK_READ_RPS);
  append_line (out, estimate, _("Peak writes"), BR_ESTIMATE_PEAK_WRITE_RPS);
  append_line (out, estimate, _("Storage over the retention"), BR_ESTIMATE_STORAGE_TOTAL);

  egress = br_estimate_format_output (estimate, BR_ESTIMATE_EGRESS);
  peak_egress = br_estimate_format_output (estimate, BR_ESTIMATE_PEAK_EGRESS);
  g_string_append_c (out, '\n');
  /* Translators: a line of an estimate note, e.g. "Egress: 1.16 GB/s, at peak 3.47 GB/s" */
  g_string_append_printf (out, _("Egress: %s, at peak %s"), egress ? egress : "—", peak_egress ? peak_egress : "—");
  return g_string_free (g_steal_pointer (&out), FALSE);
}
