/* br-estimate-report.c — an estimate as text and as JSON, for the command
 * line and for copying the whole estimate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-estimate-private.h"
#include "br-json-write.h"

#define REPORT_FORMAT "bar-raiser-estimate"
#define REPORT_VERSION 1

static const char * const input_units[BR_ESTIMATE_N_INPUTS] = {
  [BR_ESTIMATE_DAU] = "users",
  [BR_ESTIMATE_ACTIONS] = "requests/user/day",
  [BR_ESTIMATE_READ_WRITE] = "share of reads",
  [BR_ESTIMATE_PEAK] = "factor",
  [BR_ESTIMATE_WRITE_SIZE] = "bytes",
  [BR_ESTIMATE_READ_SIZE] = "bytes",
  [BR_ESTIMATE_RETENTION] = "days",
  [BR_ESTIMATE_REPLICATION] = "copies",
  [BR_ESTIMATE_CAPACITY] = "requests/s",
};

static void
append_padded (GString    *out,
               const char *text,
               guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (glong i = length; i < (glong) width; i++)
    g_string_append_c (out, ' ');
}

/**
 * br_estimate_to_text:
 *
 * Returns: (transfer full): the inputs, then every figure with its
 *   working, for a terminal or the clipboard
 */
char *
br_estimate_to_text (BrEstimate *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint key_width = 0, figure_width = 0;
  char *figures[BR_ESTIMATE_N_OUTPUTS] = { NULL };

  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    key_width = MAX (key_width, (guint) strlen (br_estimate_input_key ((BrEstimateInput) i)));
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      key_width = MAX (key_width, (guint) strlen (br_estimate_output_id ((BrEstimateOutput) i)));
      figures[i] = br_estimate_format_output (self, (BrEstimateOutput) i);
      if (figures[i] == NULL)
        figures[i] = g_strdup ("—");
      figure_width = MAX (figure_width, (guint) g_utf8_strlen (figures[i], -1));
    }
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    figure_width = MAX (figure_width, (guint) g_utf8_strlen (self->inputs[i].text, -1));

  g_string_append_printf (out, "%s\n", _("Inputs"));
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      const char *text = self->inputs[i].text[0] ? self->inputs[i].text : "—";

      g_string_append (out, "  ");
      append_padded (out, br_estimate_input_key ((BrEstimateInput) i), key_width + 2);
      append_padded (out, text, figure_width + 2);
      g_string_append_printf (out, "%s\n", br_estimate_input_title ((BrEstimateInput) i));
      if (self->inputs[i].error != NULL)
        g_string_append_printf (out, "      %s\n", self->inputs[i].error);
    }

  g_string_append_printf (out, "\n%s\n",
                          _("Figures (decimal units: 1 KB = 1,000 B; a day is 86,400 s, a year 365 days)"));
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      const char * const *working = br_estimate_get_working (self, (BrEstimateOutput) i);

      g_string_append (out, "  ");
      append_padded (out, br_estimate_output_id ((BrEstimateOutput) i), key_width + 2);
      append_padded (out, figures[i], figure_width + 2);
      g_string_append_printf (out, "%s\n", br_estimate_output_title ((BrEstimateOutput) i));
      if (working != NULL)
        for (guint j = 0; working[j] != NULL; j++)
          g_string_append_printf (out, "      %s\n", working[j]);
      else
        {
          g_autofree char *waiting = br_estimate_dup_waiting (self, (BrEstimateOutput) i);

          g_string_append_printf (out, "      %s\n", waiting);
        }
    }

  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    g_free (figures[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
member (GString    *out,
        const char *indent,
        const char *name)
{
  g_string_append (out, indent);
  br_json_write_string (out, name);
  g_string_append (out, ": ");
}

static void
write_input (BrEstimate      *self,
             BrEstimateInput  input,
             GString         *out)
{
  const BrEstimateValue *value = &self->inputs[input];

  g_string_append (out, "{ ");
  member (out, "", "text");
  br_json_write_string (out, value->text);
  if (value->valid)
    {
      g_string_append (out, ", ");
      member (out, "", "value");
      br_json_write_double (out, value->value);
      g_string_append (out, ", ");
      member (out, "", "unit");
      br_json_write_string (out, input_units[input]);
      if (input == BR_ESTIMATE_READ_WRITE)
        {
          g_string_append (out, ", ");
          member (out, "", "reads");
          br_json_write_double (out, value->reads);
          g_string_append (out, ", ");
          member (out, "", "writes");
          br_json_write_double (out, value->writes);
        }
    }
  if (value->error != NULL)
    {
      g_string_append (out, ", ");
      member (out, "", "error");
      br_json_write_string (out, value->error);
    }
  g_string_append (out, " }");
}

static void
write_output (BrEstimate       *self,
              BrEstimateOutput  output,
              GString          *out)
{
  const char * const *working = br_estimate_get_working (self, output);
  g_autofree char *figure = br_estimate_format_output (self, output);

  if (figure == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append (out, "{\n");
  member (out, "      ", "value");
  br_json_write_double (out, self->outputs[output]);
  g_string_append (out, ",\n");
  member (out, "      ", "unit");
  br_json_write_string (out, br_estimate_output_unit_name (output));
  g_string_append (out, ",\n");
  member (out, "      ", "text");
  br_json_write_string (out, figure);
  g_string_append (out, ",\n");
  member (out, "      ", "working");
  g_string_append (out, "[");
  for (guint i = 0; working[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ",\n        " : "\n        ");
      br_json_write_string (out, working[i]);
    }
  g_string_append (out, "\n      ]\n    }");
}

/**
 * br_estimate_to_report_json:
 *
 * The estimate as a JSON document (documented in the README):
 *
 *   { "format": "bar-raiser-estimate", "version": 1,
 *     "inputs": { "dau": { "text": "100M", "value": 100000000, "unit": "users" }, … },
 *     "outputs": { "read-rps": { "value": 11459.49, "unit": "requests/s",
 *                                "text": "11.5k/s", "working": [ … ] }, … } }
 *
 * A figure that cannot be computed (the instances without a capacity) is
 * null. Numbers are unrounded and written so that they read back exactly.
 *
 * Returns: (transfer full): the document, ending with a new line
 */
char *
br_estimate_to_report_json (BrEstimate *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);

  g_string_append (out, "{\n");
  member (out, "  ", "format");
  br_json_write_string (out, REPORT_FORMAT);
  g_string_append (out, ",\n");
  member (out, "  ", "version");
  g_string_append_printf (out, "%d,\n", REPORT_VERSION);

  member (out, "  ", "inputs");
  g_string_append (out, "{");
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      member (out, "    ", br_estimate_input_key ((BrEstimateInput) i));
      write_input (self, (BrEstimateInput) i, out);
    }
  g_string_append (out, "\n  },\n");

  member (out, "  ", "outputs");
  g_string_append (out, "{");
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      member (out, "    ", br_estimate_output_id ((BrEstimateOutput) i));
      write_output (self, (BrEstimateOutput) i, out);
    }
  g_string_append (out, "\n  }\n}\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
