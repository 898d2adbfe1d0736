/* br-estimate-json.c — an estimate's inputs as JSON, and the figures as
 * the practice cards state them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-estimate-private.h"

/* ---------------------------------------------------------------------- */
/* The inputs as JSON                                                      */

/**
 * br_estimate_to_json:
 *
 * Returns: (transfer full): an object of the inputs that are not empty,
 *   each the string typed: {"dau": "100M", "actions": "10", …}
 */
JsonNode *
br_estimate_to_json (BrEstimate *self)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    if (self->inputs[i].text[0] != '\0')
      json_object_set_string_member (object, br_estimate_input_key ((BrEstimateInput) i), self->inputs[i].text);
  json_node_take_object (node, object);
  return node;
}

/**
 * br_estimate_set_json:
 * @node: an object as br_estimate_to_json() writes
 *
 * Replaces every input with the strings of @node. Fails, changing nothing,
 * when @node is not an object of known keys whose values are strings of
 * at most %BR_ESTIMATE_MAX_INPUT characters.
 */
gboolean
br_estimate_set_json (BrEstimate  *self,
                      JsonNode    *node,
                      GError     **error)
{
  const char *texts[BR_ESTIMATE_N_INPUTS] = { NULL };
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  g_return_val_if_fail (BR_IS_ESTIMATE (self), FALSE);
  g_return_val_if_fail (node != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX,
                        _("the estimate is not an object of inputs")), FALSE;

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &member, &value))
    {
      BrEstimateInput input;
      const char *text;

      if (!br_estimate_input_from_key (member, &input))
        {
          g_autofree char *keys = br_estimate_dup_keys ();

          return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_UNKNOWN_KEY,
                              _("“%s” is not an input; the inputs are %s"), member, keys), FALSE;
        }
      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
        return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX,
                            _("“%s” is not a string"), member), FALSE;
      text = json_node_get_string (value);
      if (g_utf8_strlen (text, -1) > BR_ESTIMATE_MAX_INPUT)
        return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
                            _("“%s” is longer than %d characters"), member, BR_ESTIMATE_MAX_INPUT), FALSE;
      texts[input] = text;
    }

  _br_estimate_replace_inputs (self, texts);
  return TRUE;
}

/**
 * br_estimate_read:
 * @reader: the document's reader, for errors that say where
 * @object: the object that holds the estimate
 * @member: the estimate's member in @object
 *
 * Like br_estimate_set_json(), for a loader: an error gives the line,
 * column and JSON path of the problem, as every loader's does.
 */
gboolean
br_estimate_read (BrEstimate    *self,
                  BrJsonReader  *reader,
                  JsonObject    *object,
                  const char    *member,
                  BrJsonFlags    flags,
                  GError       **error)
{
  const char *keys[BR_ESTIMATE_N_INPUTS + 1];
  const char *texts[BR_ESTIMATE_N_INPUTS] = { NULL };
  JsonObject *inputs;

  g_return_val_if_fail (BR_IS_ESTIMATE (self), FALSE);

  if (!br_json_reader_get_object (reader, object, member, flags, &inputs, error))
    return FALSE;
  if (inputs == NULL)
    return TRUE;

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    keys[i] = br_estimate_input_key ((BrEstimateInput) i);
  keys[BR_ESTIMATE_N_INPUTS] = NULL;

  br_json_reader_push_member (reader, member);
  if (!br_json_reader_check_members (reader, inputs, keys, error))
    {
      br_json_reader_pop (reader);
      return FALSE;
    }
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      if (!br_json_reader_get_string (reader, inputs, keys[i], BR_JSON_OPTIONAL | BR_JSON_ALLOW_EMPTY,
                                      &texts[i], error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      if (texts[i] != NULL && g_utf8_strlen (texts[i], -1) > BR_ESTIMATE_MAX_INPUT)
        {
          br_json_reader_fail_member (reader, error, keys[i], BR_DOC_ERROR_RANGE,
                                      _("the text is longer than %d characters"), BR_ESTIMATE_MAX_INPUT);
          br_json_reader_pop (reader);
          return FALSE;
        }
    }
  br_json_reader_pop (reader);

  _br_estimate_replace_inputs (self, texts);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Figures as the practice cards state them                                */

/**
 * br_estimate_parse_figure:
 * @text: a figure as a card states it: "34.4k/s", "6 TB", "120 MB/s", "18"
 * @value: (out): its value in the figure's unit (per second, bytes...)
 *
 * Reads a figure written the way br_estimate_format_output() writes it.
 */
gboolean
br_estimate_parse_figure (BrEstimateOutput  output,
                          const char       *text,
                          double           *value,
                          GError          **error)
{
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!br_units_parse (text, br_estimate_output_kind (output), value, NULL, error))
    return FALSE;
  if (*value < 0)
    return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
                        _("“%s” is negative"), text), FALSE;
  return TRUE;
}

/* The unit a figure is written in: what follows its number, "k/s" of
 * "34.4k/s", "TB" of "6 TB", "" of "18" */
static char *
dup_figure_unit (const char *text)
{
  const char *p = text;

  while (*p != '\0' && strchr ("<-+0123456789., ", *p) != NULL)
    p++;
  return g_strstrip (g_strdup (p));
}

/**
 * br_estimate_figure_agrees:
 * @text: the figure as a card states it
 *
 * Checks that the stated figure is the one this estimate computes, to
 * three significant figures (the instances exactly), and in the same unit
 * as the estimate writes it: "1,180 PB" is not how the estimate writes
 * 1.18 EB. The error says what the estimate found instead.
 */
gboolean
br_estimate_figure_agrees (BrEstimate       *self,
                           BrEstimateOutput  output,
                           const char       *text,
                           GError          **error)
{
  g_autofree char *computed = NULL;
  double stated;
  gboolean agree;

  g_return_val_if_fail (BR_IS_ESTIMATE (self), FALSE);
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, FALSE);

  if (!br_estimate_parse_figure (output, text, &stated, error))
    return FALSE;

  computed = br_estimate_format_output (self, output);
  if (computed == NULL)
    {
      g_autofree char *waiting = br_estimate_dup_waiting (self, output);

      return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY,
                          "%s: %s", br_estimate_output_id (output), waiting), FALSE;
    }

  if (output == BR_ESTIMATE_INSTANCES)
    agree = stated == self->outputs[output];
  else
    agree = br_units_agree (stated, self->outputs[output], BR_ESTIMATE_SIGNIFICANT);
  if (agree)
    {
      g_autofree char *stated_unit = dup_figure_unit (text);
      g_autofree char *computed_unit = dup_figure_unit (computed);

      agree = g_str_equal (stated_unit, computed_unit);
    }
  if (!agree)
    return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
                        /* Translators: e.g. "peak-read-rps: the card says 35k/s, the estimate gives 34.4k/s" */
                        _("%s: the card says %s, the estimate gives %s"),
                        br_estimate_output_id (output), text, computed), FALSE;
  return TRUE;
}
