/* br-board-component-json.c — component properties in JSON: the "component"
 * member of a box and the "flow" member of an arrow, in .brboard files and
 * in Excalidraw's customData
 *
 *   "component": {"type": "cache", "replicas": 3, "hit_rate": 0.8, "ttl_s": 300}
 *   "flow": {"async": true, "calls": 2, "retries": 3, "backoff": true}
 *
 * Each member is a field of br-board-component.c by its name; numbers must
 * be within the field's range, whole numbers whole, booleans true or
 * false, choices one of their names. The fields are written in a fixed
 * order, so that the same properties give the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>

#include "br-board-component-json.h"
#include "br-json-write.h"

static const char *
member_for (const BrItem *item)
{
  return item->kind == BR_ITEM_ARROW ? BR_COMPONENT_ARROW_MEMBER : BR_COMPONENT_BOX_MEMBER;
}

/* The field names @item takes, NULL-terminated */
static void
allowed_names (const BrItem *item,
               const char  **names)
{
  guint n = 0;

  for (guint i = 0; i < BR_N_FIELDS; i++)
    if (br_component_field_applies (i, item))
      names[n++] = br_component_field_name (i);
  names[n] = NULL;
}

static gboolean
read_field (BrJsonReader     *reader,
            JsonObject       *object,
            BrComponentField  field,
            BrComponent      *component,
            GError          **error)
{
  const char *name = br_component_field_name (field);
  g_autoptr(GError) local_error = NULL;
  gboolean flag;
  guint choice;
  double value;

  switch (br_component_field_kind (field))
    {
    case BR_FIELD_BOOLEAN:
      if (!br_json_reader_get_boolean (reader, object, name, BR_JSON_REQUIRED, &flag, error))
        return FALSE;
      value = flag ? 1 : 0;
      break;

    case BR_FIELD_CHOICE:
      if (!br_json_reader_get_choice (reader, object, name, br_component_field_choices (field), &choice, error))
        return FALSE;
      value = choice;
      break;

    case BR_FIELD_INTEGER:
    case BR_FIELD_NUMBER:
    default:
      {
        double min, max;

        /* The range first (it refuses infinities too), then what
         * br_component_field_check() adds: whole numbers, an open minimum */
        br_component_field_range (field, &min, &max);
        if (!br_json_reader_get_double (reader, object, name, BR_JSON_REQUIRED, min, max, &value, error))
          return FALSE;
      }
      break;
    }

  if (!br_component_field_check (field, value, &local_error))
    return br_json_reader_fail_member (reader, error, name, BR_DOC_ERROR_RANGE,
                                       /* Translators: a value refused, then why: "-3 is not allowed: Replicas must be…" */
                                       _("%g is not allowed: %s"), value, local_error->message);
  br_component_set (component, field, value);
  return TRUE;
}

/**
 * br_component_read_json:
 * @object: the item's JSON object
 * @item: the item read so far (its kind says which member and fields apply)
 * @lenient: skip members that are not fields of @item rather than refuse
 *   them (for drawings, which later versions may have written)
 * @out: (out) (transfer full) (nullable): the properties, %NULL when the
 *   member is absent or sets nothing
 *
 * Reads the item's "component" or "flow" member, refusing a value outside
 * its field's range with the line, column and JSON path.
 */
gboolean
br_component_read_json (BrJsonReader  *reader,
                        JsonObject    *object,
                        const BrItem  *item,
                        gboolean       lenient,
                        BrComponent  **out,
                        GError       **error)
{
  const char *member = member_for (item);
  const char *names[BR_N_FIELDS + 1];
  g_autoptr(BrComponent) component = NULL;
  JsonObject *fields;
  gboolean ok = TRUE;

  *out = NULL;
  if (!json_object_has_member (object, member))
    return TRUE;
  if (item->kind != BR_ITEM_ARROW && !br_item_can_be_component (item))
    {
      if (lenient)
        return TRUE;
      return br_json_reader_fail_member (reader, error, member, BR_DOC_ERROR_UNKNOWN_FIELD,
                                         _("an item of kind “%s” is not a component: only shapes and stencils are"),
                                         br_item_kind_to_string (item->kind));
    }
  if (!br_json_reader_get_object (reader, object, member, BR_JSON_REQUIRED, &fields, error))
    return FALSE;

  allowed_names (item, names);
  component = br_component_new ();
  br_json_reader_push_member (reader, member);
  if (!lenient)
    ok = br_json_reader_check_members (reader, fields, names, error);
  for (guint i = 0; ok && names[i] != NULL; i++)
    {
      BrComponentField field;

      if (json_object_has_member (fields, names[i]) &&
          br_component_field_from_name (names[i], &field))
        ok = read_field (reader, fields, field, component, error);
    }
  br_json_reader_pop (reader);
  if (!ok)
    return FALSE;

  if (!br_component_is_empty (component))
    *out = g_steal_pointer (&component);
  return TRUE;
}

/**
 * br_component_write_json:
 *
 * Appends the properties as a JSON object, the fields in a fixed order.
 */
void
br_component_write_json (GString           *out,
                         const BrComponent *component)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  for (guint i = 0; component != NULL && i < BR_N_FIELDS; i++)
    {
      double value;

      if (!br_component_has (component, i))
        continue;
      value = component->values[i];
      if (!first)
        g_string_append (out, ", ");
      first = FALSE;
      br_json_write_string (out, br_component_field_name (i));
      g_string_append (out, ": ");
      switch (br_component_field_kind (i))
        {
        case BR_FIELD_BOOLEAN:
          g_string_append (out, value != 0 ? "true" : "false");
          break;
        case BR_FIELD_CHOICE:
          br_json_write_string (out, br_component_field_choices (i)[(guint) value]);
          break;
        case BR_FIELD_INTEGER:
        case BR_FIELD_NUMBER:
        default:
          br_json_write_double (out, value);
          break;
        }
    }
  g_string_append_c (out, '}');
}

/**
 * br_component_member_for:
 *
 * Returns: the JSON member that holds @item's properties: "flow" for an
 *   arrow, "component" for a box
 */
const char *
br_component_member_for (const BrItem *item)
{
  return member_for (item);
}

/**
 * br_review_targets_read_json:
 * @out: (inout): the targets, changed only for the members present
 *
 * Reads {"p99_ms": N, "availability": N}, each optional.
 */
gboolean
br_review_targets_read_json (BrJsonReader     *reader,
                             JsonObject       *object,
                             BrReviewTargets  *out,
                             GError          **error)
{
  static const char * const allowed[] = { "p99_ms", "availability", NULL };
  BrReviewTargets targets = *out;
  gboolean ok;
  double p99 = -1;

  ok = br_json_reader_check_members (reader, object, allowed, error) &&
       br_json_reader_get_double (reader, object, "p99_ms", BR_JSON_OPTIONAL, 0, BR_MAX_TARGET_P99_MS,
                                  &p99, error) &&
       br_json_reader_get_double (reader, object, "availability", BR_JSON_OPTIONAL, 0, 100,
                                  &targets.availability, error);
  if (!ok)
    return FALSE;
  if (p99 == 0)
    return br_json_reader_fail_member (reader, error, "p99_ms", BR_DOC_ERROR_RANGE,
                                       _("the latency target must be more than 0"));
  if (p99 > 0)
    targets.p99_ms = p99;
  *out = targets;
  return TRUE;
}

void
br_review_targets_write_json (GString               *out,
                              const BrReviewTargets *targets)
{
  g_string_append (out, "{\"p99_ms\": ");
  br_json_write_double (out, targets->p99_ms);
  g_string_append (out, ", \"availability\": ");
  br_json_write_double (out, targets->availability);
  g_string_append_c (out, '}');
}
