/* br-estimate.c — the estimator's inputs: what they are, their sane
 * ranges, and the strings people type into them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "br-estimate-private.h"

/**
 * BrEstimate:
 *
 * A back-of-envelope estimate: the inputs as typed (daily active users,
 * requests per user, read:write ratio...), each parsed and checked against
 * a sane range, and the figures they give (requests per second, storage,
 * bandwidth, instances), each with its working. An input that cannot be
 * read has an error in words; the figures that need it wait for it. No
 * figure is ever NaN or infinite: every input is bounded.
 *
 * The inputs are strings, so that an estimate is kept exactly as typed
 * (br_estimate_to_json(), br_estimate_set_json()).
 *
 * #BrEstimate:source names where the inputs came from, such as the
 * practice card that loaded them; any change to the inputs afterwards
 * (an edit, Clear, the example) forgets it.
 */

typedef enum {
  KIND_VALUE,
  KIND_RATIO,
} InputKind;

typedef struct {
  const char *key;
  const char *title;     /* translatable */
  const char *hint;      /* translatable */
  const char *range;     /* translatable: "between 0 and 100B" */
  const char *example;
  InputKind kind;
  BrUnitKind unit;
  double min;
  double max;
  gboolean optional;
} InputSpec;

/* The ranges are sane bounds, not limits of the arithmetic: beyond them
 * the input is surely a typing mistake (a retention of 1e9 years), and
 * within them every figure stays a finite double. */
static const InputSpec input_specs[BR_ESTIMATE_N_INPUTS] = {
  [BR_ESTIMATE_DAU] = {
    "dau", N_("Daily active users"),
    N_("A count: 100M, 1.5k, 2B or 250,000"),
    N_("between 0 and 100B"), "100M",
    KIND_VALUE, BR_UNIT_COUNT, 0, 1e11, FALSE },
  [BR_ESTIMATE_ACTIONS] = {
    "actions", N_("Requests per user per day"),
    N_("Reads and writes together: 10, or 0.5"),
    N_("between 0 and 1M"), "10",
    KIND_VALUE, BR_UNIT_COUNT, 0, 1e6, FALSE },
  [BR_ESTIMATE_READ_WRITE] = {
    "read-write", N_("Read:write ratio"),
    N_("Reads to writes, as in 100:1, or the share of reads, as in 99%"),
    N_("at most 1B on each side"), "100:1",
    KIND_RATIO, BR_UNIT_COUNT, 0, 1e9, FALSE },
  [BR_ESTIMATE_PEAK] = {
    "peak", N_("Peak factor"),
    N_("Peak traffic over the average: 2 to 10 is usual"),
    N_("between 1 and 100"), "3",
    KIND_VALUE, BR_UNIT_FACTOR, 1, 100, FALSE },
  [BR_ESTIMATE_WRITE_SIZE] = {
    "write-size", N_("Size of a written item"),
    N_("Bytes: 1KB is decimal (1,000 B), 1KiB binary (1,024 B)"),
    N_("between 0 B and 1 TB"), "1KB",
    KIND_VALUE, BR_UNIT_SIZE, 0, 1e12, FALSE },
  [BR_ESTIMATE_READ_SIZE] = {
    "read-size", N_("Size of a read response"),
    N_("Bytes: 10KB, 2MB or 64KiB"),
    N_("between 0 B and 1 TB"), "10KB",
    KIND_VALUE, BR_UNIT_SIZE, 0, 1e12, FALSE },
  [BR_ESTIMATE_RETENTION] = {
    "retention", N_("Retention"),
    N_("How long data is kept: 90d, 6mo or 5y"),
    N_("between 1 day and 100 years"), "5y",
    KIND_VALUE, BR_UNIT_DURATION, 1, 36500, FALSE },
  [BR_ESTIMATE_REPLICATION] = {
    "replication", N_("Replication factor"),
    N_("Copies of each item: 3, or 1.5 for erasure coding"),
    N_("between 1 and 100"), "3",
    KIND_VALUE, BR_UNIT_FACTOR, 1, 100, FALSE },
  [BR_ESTIMATE_CAPACITY] = {
    "capacity", N_("Requests per second per instance"),
    N_("Optional: what one instance handles, as in 2k"),
    N_("between 0.01/s and 100M/s"), "2k",
    KIND_VALUE, BR_UNIT_RATE, 0.01, 1e8, TRUE },
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

enum {
  PROP_0,
  PROP_SOURCE,
  N_PROPS
};

static guint signals[N_SIGNALS];
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BrEstimate, br_estimate, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* The inputs and outputs themselves                                       */

const char *
br_estimate_input_key (BrEstimateInput input)
{
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, NULL);
  return input_specs[input].key;
}

gboolean
br_estimate_input_from_key (const char      *key,
                            BrEstimateInput *input)
{
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    if (g_str_equal (key, input_specs[i].key))
      {
        if (input != NULL)
          *input = (BrEstimateInput) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * br_estimate_input_title:
 *
 * Returns: the input's name for people, translated: "Daily active users"
 */
const char *
br_estimate_input_title (BrEstimateInput input)
{
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, NULL);
  return _(input_specs[input].title);
}

/**
 * br_estimate_input_hint:
 *
 * Returns: how to write the input, translated
 */
const char *
br_estimate_input_hint (BrEstimateInput input)
{
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, NULL);
  return _(input_specs[input].hint);
}

/**
 * br_estimate_input_example:
 *
 * Returns: an example value, as the contract's own example writes it
 */
const char *
br_estimate_input_example (BrEstimateInput input)
{
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, NULL);
  return input_specs[input].example;
}

gboolean
br_estimate_input_is_optional (BrEstimateInput input)
{
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, FALSE);
  return input_specs[input].optional;
}

/**
 * br_estimate_dup_keys:
 *
 * Returns: (transfer full): every key, comma-separated: "dau, actions, …"
 */
char *
br_estimate_dup_keys (void)
{
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      if (i > 0)
        g_string_append (keys, ", ");
      g_string_append (keys, input_specs[i].key);
    }
  return g_string_free (keys, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Reading one input                                                       */

static void
value_clear (BrEstimateValue *value)
{
  g_clear_pointer (&value->text, g_free);
  g_clear_pointer (&value->error, g_free);
  value->valid = FALSE;
}

static gboolean
check_range (const InputSpec *spec,
             const char      *text,
             double           value,
             gboolean         negative,
             GError         **error)
{
  if (value < spec->min)
    {
      if (negative)
        return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
                            /* Translators: the second %s is a range, e.g. "between 0 and 100B" */
                            _("“%s” is negative: it must be %s"), text, _(spec->range)), FALSE;
      return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
                          /* Translators: the second %s is a range, e.g. "between 1 and 100" */
                          _("“%s” is too small: it must be %s"), text, _(spec->range)), FALSE;
    }
  if (value > spec->max)
    return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
                        /* Translators: the second %s is a range, e.g. "between 0 and 100B" */
                        _("“%s” is too large: it must be %s"), text, _(spec->range)), FALSE;
  return TRUE;
}

/* Parses @text as @input into @out; FALSE with @error when it cannot be */
static gboolean
parse_input (BrEstimateInput  input,
             const char      *text,
             BrEstimateValue *out,
             GError         **error)
{
  const InputSpec *spec = &input_specs[input];
  g_autoptr(GError) local_error = NULL;
  BrUnitInfo info;

  if (g_utf8_strlen (text, -1) > BR_ESTIMATE_MAX_INPUT)
    return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
                        _("the text is longer than %d characters"), BR_ESTIMATE_MAX_INPUT), FALSE;

  if (spec->kind == KIND_RATIO)
    {
      if (!br_units_parse_ratio (text, &out->reads, &out->writes, &out->percent, error))
        return FALSE;
      if (out->reads > spec->max || out->writes > spec->max)
        return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE,
                            _("“%s” is too large: it must be %s"), text, _(spec->range)), FALSE;
      out->value = out->reads / (out->reads + out->writes);
      return TRUE;
    }

  if (!br_units_parse (text, spec->unit, &out->value, &info, error))
    return FALSE;
  if (!check_range (spec, text, out->value, info.negative, error))
    return FALSE;
  out->binary = info.binary;
  return TRUE;
}

/* Sets the input's text and what it means, without telling anyone */
static void
store_input (BrEstimate      *self,
             BrEstimateInput  input,
             const char      *text)
{
  BrEstimateValue *value = &self->inputs[input];
  g_autoptr(GError) error = NULL;
  g_autofree char *valid_text = g_utf8_make_valid (text, -1);
  g_autofree char *trimmed = g_strstrip (g_strdup (valid_text));

  value_clear (value);
  value->text = g_steal_pointer (&valid_text);
  value->value = value->reads = value->writes = 0;
  value->percent = value->binary = FALSE;

  /* Empty is not wrong: the figures that need the input wait for it */
  if (trimmed[0] == '\0')
    return;

  if (parse_input (input, trimmed, value, &error))
    value->valid = TRUE;
  else
    value->error = g_strdup (error->message);
}

static void
changed (BrEstimate *self)
{
  _br_estimate_compute (self);
  /* The inputs are no longer those of their source */
  br_estimate_set_source (self, NULL);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* ---------------------------------------------------------------------- */
/* The object                                                              */

static void
br_estimate_finalize (GObject *object)
{
  BrEstimate *self = BR_ESTIMATE (object);

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    value_clear (&self->inputs[i]);
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    g_clear_pointer (&self->working[i], g_strfreev);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (br_estimate_parent_class)->finalize (object);
}

static void
br_estimate_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BrEstimate *self = BR_ESTIMATE (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_estimate_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BrEstimate *self = BR_ESTIMATE (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      br_estimate_set_source (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_estimate_class_init (BrEstimateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_estimate_finalize;
  object_class->get_property = br_estimate_get_property;
  object_class->set_property = br_estimate_set_property;

  /**
   * BrEstimate:source: (nullable)
   *
   * Where the inputs came from, such as a practice card's title; %NULL
   * once they change, or when they were typed.
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrEstimate::changed:
   *
   * An input changed, and with it maybe its error and the figures.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
br_estimate_init (BrEstimate *self)
{
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    self->inputs[i].text = g_strdup ("");
  _br_estimate_compute (self);
}

/**
 * br_estimate_new:
 *
 * Returns: (transfer full): an estimate with every input empty
 */
BrEstimate *
br_estimate_new (void)
{
  return g_object_new (BR_TYPE_ESTIMATE, NULL);
}

/**
 * br_estimate_set_input:
 * @text: what the person typed; "" empties the input
 *
 * Sets one input and recomputes the figures. Text that cannot be read is
 * kept as it is, with an error (br_estimate_get_input_error()).
 */
void
br_estimate_set_input (BrEstimate      *self,
                       BrEstimateInput  input,
                       const char      *text)
{
  g_return_if_fail (BR_IS_ESTIMATE (self));
  g_return_if_fail (input < BR_ESTIMATE_N_INPUTS);
  g_return_if_fail (text != NULL);

  if (g_strcmp0 (self->inputs[input].text, text) == 0)
    return;
  store_input (self, input, text);
  changed (self);
}

/**
 * br_estimate_set_source:
 * @source: (nullable): where the inputs came from, such as a practice
 *   card's title
 *
 * Names where the inputs came from. Set it after the inputs: any change
 * to them forgets it.
 */
void
br_estimate_set_source (BrEstimate *self,
                        const char *source)
{
  g_return_if_fail (BR_IS_ESTIMATE (self));

  if (source != NULL && source[0] == '\0')
    source = NULL;
  if (g_strcmp0 (self->source, source) == 0)
    return;
  g_free (self->source);
  self->source = g_strdup (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * br_estimate_get_source:
 *
 * Returns: (nullable): where the inputs came from, or %NULL
 */
const char *
br_estimate_get_source (BrEstimate *self)
{
  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);
  return self->source;
}

/**
 * br_estimate_get_input:
 *
 * Returns: the input's text as typed, "" when empty
 */
const char *
br_estimate_get_input (BrEstimate      *self,
                       BrEstimateInput  input)
{
  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, NULL);
  return self->inputs[input].text;
}

/**
 * br_estimate_get_input_error:
 *
 * Returns: (nullable): what is wrong with the input in words, or %NULL
 *   when it is fine or empty
 */
const char *
br_estimate_get_input_error (BrEstimate      *self,
                             BrEstimateInput  input)
{
  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, NULL);
  return self->inputs[input].error;
}

/**
 * br_estimate_get_input_value:
 * @value: (out): the value in units of one (a count, bytes, days, a
 *   factor, requests per second); for the read:write ratio the share of
 *   reads, 0 to 1
 *
 * Returns: whether the input holds a valid value
 */
gboolean
br_estimate_get_input_value (BrEstimate      *self,
                             BrEstimateInput  input,
                             double          *value)
{
  g_return_val_if_fail (BR_IS_ESTIMATE (self), FALSE);
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, FALSE);

  if (!self->inputs[input].valid)
    return FALSE;
  if (value != NULL)
    *value = self->inputs[input].value;
  return TRUE;
}

/**
 * br_estimate_check_input:
 *
 * Fails when the input cannot be read, or is required and empty, with an
 * error that says so; an empty optional input is fine.
 */
gboolean
br_estimate_check_input (BrEstimate      *self,
                         BrEstimateInput  input,
                         GError         **error)
{
  const BrEstimateValue *value;
  g_autofree char *name = NULL;

  g_return_val_if_fail (BR_IS_ESTIMATE (self), FALSE);
  g_return_val_if_fail (input < BR_ESTIMATE_N_INPUTS, FALSE);

  value = &self->inputs[input];
  if (value->error != NULL)
    return g_set_error_literal (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX, value->error), FALSE;
  if (value->valid || input_specs[input].optional)
    return TRUE;

  name = g_utf8_strdown (_(input_specs[input].title), -1);
  return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY,
                      /* Translators: e.g. "missing: daily active users, as in dau=100M" */
                      _("missing: %s, as in %s=%s"),
                      name, input_specs[input].key, input_specs[input].example), FALSE;
}

/**
 * br_estimate_clear:
 *
 * Empties every input.
 */
void
br_estimate_clear (BrEstimate *self)
{
  gboolean any = FALSE;

  g_return_if_fail (BR_IS_ESTIMATE (self));

  br_estimate_set_source (self, NULL);
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    if (self->inputs[i].text[0] != '\0')
      {
        store_input (self, (BrEstimateInput) i, "");
        any = TRUE;
      }
  if (any)
    changed (self);
}

/**
 * _br_estimate_replace_inputs:
 * @texts: the text of every input, %NULL for empty
 *
 * Sets every input at once, telling once.
 */
void
_br_estimate_replace_inputs (BrEstimate  *self,
                             const char **texts)
{
  gboolean any = FALSE;

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      const char *text = texts[i] ? texts[i] : "";

      if (g_strcmp0 (self->inputs[i].text, text) != 0)
        {
          store_input (self, (BrEstimateInput) i, text);
          any = TRUE;
        }
    }
  if (any)
    changed (self);
}

/**
 * br_estimate_set_pairs:
 * @pairs: "key=value" strings, as on the command line: "dau=100M"
 *
 * Replaces every input: those @pairs name take their value, the others
 * are emptied. A pair that is not key=value, names no input or repeats a
 * key fails with an error naming it, and then nothing changes. Values
 * that cannot be read are kept, with their errors.
 */
gboolean
br_estimate_set_pairs (BrEstimate          *self,
                       const char * const  *pairs,
                       GError             **error)
{
  g_autofree char **values = g_new0 (char *, BR_ESTIMATE_N_INPUTS);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (BR_IS_ESTIMATE (self), FALSE);

  for (guint i = 0; pairs != NULL && pairs[i] != NULL; i++)
    {
      const char *equals = strchr (pairs[i], '=');
      g_autofree char *key = NULL;
      BrEstimateInput input;

      if (!g_utf8_validate (pairs[i], -1, NULL))
        return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX,
                            _("an input is not valid UTF-8")), FALSE;
      if (equals == NULL)
        return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX,
                            _("“%s” is not key=value, as in dau=100M"), pairs[i]), FALSE;

      key = g_strstrip (g_strndup (pairs[i], (gsize) (equals - pairs[i])));
      if (!br_estimate_input_from_key (key, &input))
        {
          g_autofree char *keys = br_estimate_dup_keys ();

          return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_UNKNOWN_KEY,
                              /* Translators: the second %s lists the keys */
                              _("“%s” is not an input; the inputs are %s"), key, keys), FALSE;
        }
      if (values[input] != NULL)
        return g_set_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX,
                            _("“%s” is given twice"), key), FALSE;

      values[input] = g_strdup (equals + 1);
      g_ptr_array_add (keep, values[input]);
    }

  _br_estimate_replace_inputs (self, (const char **) values);
  return TRUE;
}

/**
 * br_estimate_set_example:
 *
 * Replaces every input with the contract's example: 100M users, 10
 * requests each a day, 100:1, a peak of 3, 1KB written, 10KB read, kept
 * 5 years with 3 copies, 2k requests/s an instance.
 */
void
br_estimate_set_example (BrEstimate *self)
{
  const char *texts[BR_ESTIMATE_N_INPUTS];

  g_return_if_fail (BR_IS_ESTIMATE (self));

  br_estimate_set_source (self, NULL);
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    texts[i] = input_specs[i].example;
  _br_estimate_replace_inputs (self, texts);
}

/**
 * br_estimate_dup_pairs:
 *
 * Returns: (transfer full): the inputs that are not empty as "key=value"
 *   strings, in the contract's order; br_estimate_set_pairs() reads them
 */
char **
br_estimate_dup_pairs (BrEstimate *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **pairs;

  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    if (self->inputs[i].text[0] != '\0')
      {
        g_autofree char *pair = g_strdup_printf ("%s=%s", input_specs[i].key, self->inputs[i].text);

        g_strv_builder_add (builder, pair);
      }
  pairs = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return pairs;
}

/* ---------------------------------------------------------------------- */
/* The figures                                                             */

/**
 * br_estimate_get_output:
 * @value: (out): the figure, unrounded: per second, bytes, bytes per
 *   second, or instances
 *
 * Returns: whether the figure could be computed: every input it needs is
 *   there and valid
 */
gboolean
br_estimate_get_output (BrEstimate       *self,
                        BrEstimateOutput  output,
                        double           *value)
{
  g_return_val_if_fail (BR_IS_ESTIMATE (self), FALSE);
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, FALSE);

  if (!self->computed[output])
    return FALSE;
  if (value != NULL)
    *value = self->outputs[output];
  return TRUE;
}

/**
 * br_estimate_format_output:
 *
 * Returns: (transfer full) (nullable): the figure for people, to three
 *   significant figures: "34.4k/s", "54.2 TB", "115 MB/s", or the
 *   instances as a whole number; %NULL when it cannot be computed
 */
char *
br_estimate_format_output (BrEstimate       *self,
                           BrEstimateOutput  output)
{
  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, NULL);

  if (!self->computed[output])
    return NULL;
  if (output == BR_ESTIMATE_INSTANCES)
    return br_units_format_grouped (self->outputs[output]);
  return br_units_format (self->outputs[output], br_estimate_output_kind (output), BR_ESTIMATE_SIGNIFICANT);
}

/**
 * br_estimate_get_working:
 *
 * Returns: (transfer none) (nullable): the steps that give the figure,
 *   in plain figures ("100M users x 10 requests = 1B requests/day"), or
 *   %NULL when it cannot be computed
 */
const char * const *
br_estimate_get_working (BrEstimate       *self,
                         BrEstimateOutput  output)
{
  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, NULL);

  return self->computed[output] ? (const char * const *) self->working[output] : NULL;
}

/**
 * br_estimate_dup_waiting:
 *
 * Returns: (transfer full) (nullable): for a figure that cannot be
 *   computed, what it needs: "Needs: peak factor, retention"; %NULL when
 *   it is computed
 */
char *
br_estimate_dup_waiting (BrEstimate       *self,
                         BrEstimateOutput  output)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint needs;

  g_return_val_if_fail (BR_IS_ESTIMATE (self), NULL);
  g_return_val_if_fail (output < BR_ESTIMATE_N_OUTPUTS, NULL);

  if (self->computed[output])
    return NULL;

  needs = _br_estimate_output_needs (output);
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    if ((needs & (1u << i)) && !self->inputs[i].valid)
      {
        g_autofree char *name = g_utf8_strdown (_(input_specs[i].title), -1);

        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, name);
      }
  /* Translators: %s lists inputs, e.g. "peak factor, retention" */
  return g_strdup_printf (_("Needs: %s"), names->str);
}
