/* br-board-component.c — component and arrow properties: the fields, their
 * ranges, and the values an item holds
 *
 * The review properties an item carries are only the ones the user set;
 * the review (src/review/) fills in the rest from the label and from the
 * reference numbers, so that a better default reaches every board without
 * rewriting it. Every value is checked against its field's range wherever
 * it comes from: a file, a drawing, the inspector.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "br-board-component.h"
#include "br-doc-error.h"
#include "br-units.h"

#define FOR_BOXES  1u
#define FOR_ARROWS 2u

typedef struct {
  const char *name;
  const char *title;
  BrFieldKind kind;
  double min, max;
  gboolean above_min;       /* the minimum itself is not allowed */
  guint applies;
} FieldInfo;

static const char * const type_names[] = {
  "client", "dns", "cdn", "load-balancer", "api-gateway", "service", "worker",
  "cache", "sql-database", "nosql-store", "message-queue", "stream",
  "object-storage", "search-index", "monitoring", "none", NULL
};

static const char * const carries_names[] = { "both", "reads", "writes", NULL };

static const FieldInfo fields[] = {
  [BR_FIELD_TYPE] = { "type", N_("Type"), BR_FIELD_CHOICE, 0, BR_COMPONENT_UNTYPED, FALSE, FOR_BOXES },
  [BR_FIELD_REPLICAS] = { "replicas", N_("Replicas"), BR_FIELD_INTEGER, 1, 100000, FALSE, FOR_BOXES },
  [BR_FIELD_CAPACITY] = { "capacity", N_("Capacity per instance"), BR_FIELD_NUMBER, 0, 1e9, TRUE, FOR_BOXES },
  [BR_FIELD_READ_CAPACITY] = { "read_capacity", N_("Reads per instance"), BR_FIELD_NUMBER, 0, 1e9, TRUE, FOR_BOXES },
  [BR_FIELD_WRITE_CAPACITY] = { "write_capacity", N_("Writes per instance"), BR_FIELD_NUMBER, 0, 1e9, TRUE, FOR_BOXES },
  [BR_FIELD_LATENCY] = { "latency_ms", N_("Latency"), BR_FIELD_NUMBER, 0, 3.6e6, FALSE, FOR_BOXES },
  [BR_FIELD_AVAILABILITY] = { "availability", N_("Availability per instance"), BR_FIELD_NUMBER, 0, 100, FALSE, FOR_BOXES },
  [BR_FIELD_MANAGED] = { "managed", N_("Managed service"), BR_FIELD_BOOLEAN, 0, 1, FALSE, FOR_BOXES },
  [BR_FIELD_BACKUP] = { "backup", N_("Backed up"), BR_FIELD_BOOLEAN, 0, 1, FALSE, FOR_BOXES },
  [BR_FIELD_PARALLEL] = { "parallel", N_("Calls in parallel"), BR_FIELD_BOOLEAN, 0, 1, FALSE, FOR_BOXES },
  [BR_FIELD_HIT_RATE] = { "hit_rate", N_("Hit rate"), BR_FIELD_NUMBER, 0, 1, FALSE, FOR_BOXES },
  [BR_FIELD_TTL] = { "ttl_s", N_("Time to live"), BR_FIELD_NUMBER, 0, 3.2e9, TRUE, FOR_BOXES },
  [BR_FIELD_INVALIDATION] = { "invalidation", N_("Invalidated on writes"), BR_FIELD_BOOLEAN, 0, 1, FALSE, FOR_BOXES },
  [BR_FIELD_CONSUMERS] = { "consumers", N_("Consumers"), BR_FIELD_INTEGER, 0, 100000, FALSE, FOR_BOXES },
  [BR_FIELD_ITEM_SIZE] = { "item_bytes", N_("Storage per item"), BR_FIELD_NUMBER, 0, 1e12, FALSE, FOR_BOXES },
  [BR_FIELD_RETENTION] = { "retention_days", N_("Retention"), BR_FIELD_NUMBER, 0, 36500, FALSE, FOR_BOXES },
  [BR_FIELD_ENTRY_RATE] = { "entry_rps", N_("Average requests"), BR_FIELD_NUMBER, 0, 1e9, FALSE, FOR_BOXES },
  [BR_FIELD_READ_SHARE] = { "read_share", N_("Share of reads"), BR_FIELD_NUMBER, 0, 1, FALSE, FOR_BOXES },
  [BR_FIELD_PEAK_FACTOR] = { "peak_factor", N_("Peak factor"), BR_FIELD_NUMBER, 1, 1000, FALSE, FOR_BOXES },
  [BR_FIELD_ASYNC] = { "async", N_("Asynchronous"), BR_FIELD_BOOLEAN, 0, 1, FALSE, FOR_ARROWS },
  [BR_FIELD_CARRIES] = { "carries", N_("Carries"), BR_FIELD_CHOICE, 0, BR_N_CARRIES - 1, FALSE, FOR_ARROWS },
  [BR_FIELD_CALLS] = { "calls", N_("Calls per request"), BR_FIELD_NUMBER, 0, 1000, FALSE, FOR_ARROWS },
  [BR_FIELD_SHARE] = { "share", N_("Share of the traffic"), BR_FIELD_NUMBER, 0, 1, FALSE, FOR_ARROWS },
  [BR_FIELD_TIMEOUT] = { "timeout_ms", N_("Timeout"), BR_FIELD_NUMBER, 0, 3.6e6, TRUE, FOR_ARROWS },
  [BR_FIELD_RETRIES] = { "retries", N_("Retries"), BR_FIELD_INTEGER, 0, 10, FALSE, FOR_ARROWS },
  [BR_FIELD_BACKOFF] = { "backoff", N_("Backoff or retry budget"), BR_FIELD_BOOLEAN, 0, 1, FALSE, FOR_ARROWS },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == BR_N_FIELDS);
G_STATIC_ASSERT (G_N_ELEMENTS (type_names) == BR_N_STENCILS + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (carries_names) == BR_N_CARRIES + 1);

#define BIT(field) (1u << (field))

const char *
br_component_field_name (BrComponentField field)
{
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, NULL);
  return fields[field].name;
}

gboolean
br_component_field_from_name (const char       *name,
                              BrComponentField *out)
{
  for (guint i = 0; name != NULL && i < BR_N_FIELDS; i++)
    if (strcmp (fields[i].name, name) == 0)
      {
        *out = (BrComponentField) i;
        return TRUE;
      }
  return FALSE;
}

BrFieldKind
br_component_field_kind (BrComponentField field)
{
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, BR_FIELD_NUMBER);
  return fields[field].kind;
}

/**
 * br_component_field_choices:
 *
 * Returns: (nullable): the names of a choice field's values, in order: the
 *   stencil names then "none" for the type, "both", "reads", "writes" for
 *   what an arrow carries
 */
const char * const *
br_component_field_choices (BrComponentField field)
{
  switch (field)
    {
    case BR_FIELD_TYPE: return type_names;
    case BR_FIELD_CARRIES: return carries_names;
    default: return NULL;
    }
}

const char * const *
br_carries_names (void)
{
  return carries_names;
}

void
br_component_field_range (BrComponentField  field,
                          double           *min,
                          double           *max)
{
  g_return_if_fail ((guint) field < BR_N_FIELDS);
  if (min)
    *min = fields[field].min;
  if (max)
    *max = fields[field].max;
}

gboolean
br_component_field_is_arrow (BrComponentField field)
{
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, FALSE);
  return fields[field].applies == FOR_ARROWS;
}

/**
 * br_component_field_title:
 *
 * Returns: the field's name as a person reads it ("Replicas"), translated
 */
const char *
br_component_field_title (BrComponentField field)
{
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, NULL);
  return _(fields[field].title);
}

static char *
format_limit (double value)
{
  if (value != floor (value))
    return g_strdup_printf ("%g", value);
  return br_units_format_grouped (value);
}

/**
 * br_component_field_check:
 * @error: a #BR_DOC_ERROR_RANGE that says the range, for a value outside it
 *
 * Returns: whether @value is allowed for @field
 */
gboolean
br_component_field_check (BrComponentField   field,
                          double             value,
                          GError           **error)
{
  const FieldInfo *info;
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  g_return_val_if_fail ((guint) field < BR_N_FIELDS, FALSE);

  info = &fields[field];
  if (!isfinite (value))
    {
      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                   /* Translators: %s is a property, such as "Replicas" */
                   _("%s must be a number"), _(info->title));
      return FALSE;
    }

  min = format_limit (info->min);
  max = format_limit (info->max);
  switch (info->kind)
    {
    case BR_FIELD_BOOLEAN:
      if (value == 0 || value == 1)
        return TRUE;
      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                   _("%s is either on or off"), _(info->title));
      return FALSE;

    case BR_FIELD_CHOICE:
    case BR_FIELD_INTEGER:
      if (value == floor (value) && value >= info->min && value <= info->max)
        return TRUE;
      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                   /* Translators: e.g. "Replicas must be a whole number from 1 to 100,000" */
                   _("%s must be a whole number from %s to %s"), _(info->title), min, max);
      return FALSE;

    case BR_FIELD_NUMBER:
    default:
      if (info->above_min ? value > info->min && value <= info->max
                          : value >= info->min && value <= info->max)
        return TRUE;
      if (info->above_min)
        g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                     /* Translators: e.g. "Timeout must be more than 0 and at most 3,600,000" */
                     _("%s must be more than %s and at most %s"), _(info->title), min, max);
      else
        g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                     /* Translators: e.g. "Hit rate must be from 0 to 1" */
                     _("%s must be from %s to %s"), _(info->title), min, max);
      return FALSE;
    }
}

/* ---------------------------------------------------------------------- */
/* Values                                                                  */

BrComponent *
br_component_new (void)
{
  return g_new0 (BrComponent, 1);
}

BrComponent *
br_component_copy (const BrComponent *component)
{
  return component ? g_memdup2 (component, sizeof *component) : NULL;
}

void
br_component_free (BrComponent *component)
{
  g_free (component);
}

/**
 * br_component_equal:
 *
 * Returns: whether @a and @b set the same fields to the same values (%NULL
 *   is the same as a component with no field set)
 */
gboolean
br_component_equal (const BrComponent *a,
                    const BrComponent *b)
{
  guint32 set_a = a ? a->set : 0, set_b = b ? b->set : 0;

  if (set_a != set_b)
    return FALSE;
  for (guint i = 0; i < BR_N_FIELDS; i++)
    if ((set_a & BIT (i)) && a->values[i] != b->values[i])
      return FALSE;
  return TRUE;
}

gboolean
br_component_has (const BrComponent *component,
                  BrComponentField   field)
{
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, FALSE);
  return component != NULL && (component->set & BIT (field)) != 0;
}

double
br_component_get (const BrComponent *component,
                  BrComponentField   field,
                  double             fallback)
{
  return br_component_has (component, field) ? component->values[field] : fallback;
}

/**
 * br_component_set:
 * @value: a value br_component_field_check() allows
 */
void
br_component_set (BrComponent      *component,
                  BrComponentField  field,
                  double            value)
{
  g_return_if_fail (component != NULL);
  g_return_if_fail ((guint) field < BR_N_FIELDS);
  g_return_if_fail (br_component_field_check (field, value, NULL));

  component->set |= BIT (field);
  component->values[field] = value + 0.0;
}

void
br_component_unset (BrComponent      *component,
                    BrComponentField  field)
{
  g_return_if_fail (component != NULL);
  g_return_if_fail ((guint) field < BR_N_FIELDS);

  component->set &= ~BIT (field);
  component->values[field] = 0;
}

gboolean
br_component_is_empty (const BrComponent *component)
{
  return component == NULL || component->set == 0;
}

/* Drops the values a field does not allow, and the bits of no field */
void
br_component_sanitize (BrComponent *component)
{
  component->set &= (guint32) ((1ull << BR_N_FIELDS) - 1);
  for (guint i = 0; i < BR_N_FIELDS; i++)
    if (!(component->set & BIT (i)) || !br_component_field_check (i, component->values[i], NULL))
      br_component_unset (component, i);
}

/* ---------------------------------------------------------------------- */
/* Items                                                                   */

/**
 * br_item_can_be_component:
 *
 * Returns: whether @item can stand for a component of the system: a
 *   closed shape or a stencil (not text, arrows or strokes)
 */
gboolean
br_item_can_be_component (const BrItem *item)
{
  return br_item_kind_is_shape (item->kind);
}

gboolean
br_component_field_applies (BrComponentField  field,
                            const BrItem     *item)
{
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, FALSE);

  if (item->kind == BR_ITEM_ARROW)
    return fields[field].applies == FOR_ARROWS;
  if (!br_item_can_be_component (item) || fields[field].applies != FOR_BOXES)
    return FALSE;
  /* A stencil's type is its stencil */
  return !(field == BR_FIELD_TYPE && item->kind == BR_ITEM_STENCIL);
}

gboolean
br_item_has_field (const BrItem     *item,
                   BrComponentField  field)
{
  return br_component_has (item->component, field);
}

double
br_item_get_field (const BrItem     *item,
                   BrComponentField  field,
                   double            fallback)
{
  return br_component_get (item->component, field, fallback);
}

/**
 * br_item_set_component:
 * @component: (nullable): the properties, or %NULL for none
 *
 * Gives an item that is not on a board (or a snapshot) a copy of
 * @component, keeping only the valid values of the fields that apply to
 * its kind.
 */
void
br_item_set_component (BrItem            *item,
                       const BrComponent *component)
{
  BrComponent *copy = br_component_copy (component);

  if (copy != NULL)
    {
      br_component_sanitize (copy);
      for (guint i = 0; i < BR_N_FIELDS; i++)
        if (!br_component_field_applies (i, item))
          br_component_unset (copy, i);
      if (br_component_is_empty (copy))
        g_clear_pointer (&copy, br_component_free);
    }
  br_component_free (item->component);
  item->component = copy;
}

/* ---------------------------------------------------------------------- */
/* Targets                                                                 */

void
br_review_targets_init (BrReviewTargets *targets)
{
  targets->p99_ms = BR_DEFAULT_TARGET_P99_MS;
  targets->availability = BR_DEFAULT_TARGET_AVAILABILITY;
}

/**
 * br_review_targets_check:
 *
 * Returns: whether the latency target is more than 0 and at most an hour,
 *   and the availability target from 0 to 100%
 */
gboolean
br_review_targets_check (const BrReviewTargets  *targets,
                         GError                **error)
{
  if (!(targets->p99_ms > 0 && targets->p99_ms <= BR_MAX_TARGET_P99_MS))
    {
      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                   _("The latency target must be more than 0 and at most %s ms"), "3,600,000");
      return FALSE;
    }
  if (!(targets->availability >= 0 && targets->availability <= 100))
    {
      g_set_error_literal (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                           _("The availability target must be from 0 to 100%"));
      return FALSE;
    }
  return TRUE;
}
