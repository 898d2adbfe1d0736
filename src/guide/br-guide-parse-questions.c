/* br-guide-parse-questions.c — the guide parser's readers of the
 * categories and the question cards: API, data model and estimate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-guide"

#include <glib/gi18n-lib.h>

#include "br-guide-parser-private.h"

#include <string.h>

gboolean
_br_guide_read_category (BrGuide      *guide,
                         BrJsonReader *reader,
                         JsonObject   *object,
                         guint         index,
                         GError      **error)
{
  const char *id, *title, *summary;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!_br_guide_read_common (reader, object, _br_guide_category_fields, "categories/", "summary", &id, &title, &summary, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_CATEGORY,
                        "id", id, "title", title, "description", summary,
                        NULL);
  _br_guide_add (guide, guide->categories, entry);
  return TRUE;
}

/* A call of the core API starts with its name and its key parameters in
 * parentheses: "AddItem(customerId, productId, quantity)" */
static gboolean
is_call (const char *text)
{
  const char *p = text;

  if (!g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalnum (*p) || *p == '_' || *p == '.')
    p++;
  return *p == '(' && strchr (p, ')') != NULL;
}

static gboolean
read_api (BrJsonReader *reader,
          JsonObject   *object,
          GStrv        *api,
          GError      **error)
{
  if (!br_json_reader_get_strv (reader, object, "api", BR_JSON_OPTIONAL, 3, 6, api, error))
    return FALSE;

  for (guint i = 0; *api != NULL && (*api)[i] != NULL; i++)
    if (!is_call ((*api)[i]))
      {
        br_json_reader_push_member (reader, "api");
        br_json_reader_push_index (reader, i);
        br_json_reader_fail (reader, error, BR_DOC_ERROR_INVALID_VALUE,
                             _("a call starts with its name and its key parameters in parentheses, such as “AddItem(customerId, productId)”"));
        br_json_reader_pop (reader);
        br_json_reader_pop (reader);
        return FALSE;
      }
  return TRUE;
}

static gboolean
read_entity (BrJsonReader *reader,
             JsonObject   *object,
             GHashTable   *names,
             GListStore   *model,
             GError      **error)
{
  const char *name, *reason;
  g_auto(GStrv) key = NULL;
  g_auto(GStrv) fields = NULL;
  g_autoptr(BrDataEntity) entity = NULL;

  if (!br_json_reader_check_members (reader, object, _br_guide_entity_fields, error) ||
      !br_json_reader_get_string (reader, object, "entity", BR_JSON_REQUIRED, &name, error) ||
      !br_json_reader_get_strv (reader, object, "key", BR_JSON_REQUIRED, 1, 2, &key, error) ||
      !br_json_reader_get_strv (reader, object, "fields", BR_JSON_REQUIRED, 1, 16, &fields, error) ||
      !br_json_reader_get_string (reader, object, "partition_reason", BR_JSON_REQUIRED, &reason, error))
    return FALSE;

  if (!g_hash_table_add (names, (gpointer) name))
    return br_json_reader_fail_member (reader, error, "entity", BR_DOC_ERROR_INVALID_VALUE,
                                       _("“%s” is already an entity of this card's data model"), name);
  if (key[1] != NULL && strcmp (key[0], key[1]) == 0)
    {
      br_json_reader_push_member (reader, "key");
      br_json_reader_push_index (reader, 1);
      br_json_reader_fail (reader, error, BR_DOC_ERROR_INVALID_VALUE,
                           _("the sort key “%s” repeats the partition key"), key[1]);
      br_json_reader_pop (reader);
      br_json_reader_pop (reader);
      return FALSE;
    }

  entity = g_object_new (BR_TYPE_DATA_ENTITY,
                         "name", name, "key", key, "fields", fields,
                         "partition-reason", reason,
                         NULL);
  g_list_store_append (model, entity);
  return TRUE;
}

static gboolean
read_data_model (BrJsonReader  *reader,
                 JsonObject    *object,
                 GListStore   **out,
                 GError       **error)
{
  JsonArray *array;
  g_autoptr(GListStore) model = NULL;
  g_autoptr(GHashTable) names = NULL;

  *out = NULL;
  if (!br_json_reader_get_array (reader, object, "data_model", BR_JSON_OPTIONAL, 1, 6, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  model = g_list_store_new (BR_TYPE_DATA_ENTITY);
  names = g_hash_table_new (g_str_hash, g_str_equal);
  br_json_reader_push_member (reader, "data_model");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *element;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, array, i, &element, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      ok = read_entity (reader, element, names, model, error);
      br_json_reader_pop (reader);
      if (!ok)
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
    }
  br_json_reader_pop (reader);

  *out = g_steal_pointer (&model);
  return TRUE;
}

typedef gboolean (*CheckValueFunc) (const char  *name,
                                    const char  *value,
                                    char       **problem);

/* Reads an object of "name": "value" strings, every name one of @names and
 * every value checked by @check, as "name=value" strings in file order */
static gboolean
read_pairs (BrJsonReader        *reader,
            JsonObject          *object,
            const char * const  *names,
            CheckValueFunc       check,
            GStrv               *out,
            GError             **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (!br_json_reader_check_members (reader, object, names, error))
    return FALSE;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      const char *value;
      g_autofree char *problem = NULL;
      g_autofree char *pair = NULL;

      if (!br_json_reader_get_string (reader, object, name, BR_JSON_REQUIRED, &value, error))
        return FALSE;
      if (!check (name, value, &problem))
        return br_json_reader_fail_member (reader, error, name, BR_DOC_ERROR_INVALID_VALUE, "%s", problem);
      pair = g_strconcat (name, "=", value, NULL);
      g_strv_builder_add (builder, pair);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_estimate_inputs (BrJsonReader *reader,
                      JsonObject   *estimate,
                      GStrv        *inputs,
                      GError      **error)
{
  JsonObject *object;
  gboolean ok = TRUE;

  if (!br_json_reader_get_object (reader, estimate, "inputs", BR_JSON_REQUIRED, &object, error))
    return FALSE;

  br_json_reader_push_member (reader, "inputs");
  ok = read_pairs (reader, object, _br_estimate_input_keys, _br_estimate_check_input, inputs, error);
  for (guint i = 0; ok && _br_estimate_input_keys[i] != NULL; i++)
    if (_br_estimate_input_is_required (_br_estimate_input_keys[i]) &&
        !json_object_has_member (object, _br_estimate_input_keys[i]))
      ok = br_json_reader_fail (reader, error, BR_DOC_ERROR_MISSING,
                                _("the required input “%s” is missing"), _br_estimate_input_keys[i]);
  br_json_reader_pop (reader);
  return ok;
}

static gboolean
read_estimate_figures (BrJsonReader *reader,
                       JsonObject   *estimate,
                       gboolean      has_capacity,
                       GStrv        *figures,
                       GError      **error)
{
  JsonObject *object;
  gboolean ok;

  if (!br_json_reader_get_object (reader, estimate, "figures", BR_JSON_REQUIRED, &object, error))
    return FALSE;

  br_json_reader_push_member (reader, "figures");
  if (json_object_get_size (object) == 0)
    ok = br_json_reader_fail (reader, error, BR_DOC_ERROR_EMPTY,
                              _("an estimate states at least one figure"));
  else if (!(ok = read_pairs (reader, object, _br_estimate_figure_ids, _br_estimate_check_figure, figures, error)))
    ;
  else if (!has_capacity && json_object_has_member (object, "instances"))
    ok = br_json_reader_fail_member (reader, error, "instances", BR_DOC_ERROR_INVALID_VALUE,
                                     _("the figure “instances” needs the input “capacity”"));
  br_json_reader_pop (reader);
  return ok;
}

static gboolean
read_estimate (BrJsonReader *reader,
               JsonObject   *object,
               GStrv        *inputs,
               GStrv        *figures,
               GError      **error)
{
  JsonObject *estimate;
  gboolean ok;

  *inputs = *figures = NULL;
  if (!br_json_reader_get_object (reader, object, "estimate", BR_JSON_OPTIONAL, &estimate, error))
    return FALSE;
  if (estimate == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "estimate");
  ok = br_json_reader_check_members (reader, estimate, _br_guide_estimate_fields, error) &&
       read_estimate_inputs (reader, estimate, inputs, error) &&
       read_estimate_figures (reader, estimate,
                              json_object_has_member (json_object_get_object_member (estimate, "inputs"), "capacity"),
                              figures, error);
  br_json_reader_pop (reader);
  return ok;
}

gboolean
_br_guide_read_question (BrGuide      *guide,
                         BrJsonReader *reader,
                         JsonObject   *object,
                         guint         index,
                         GError      **error)
{
  const char *id, *title, *problem, *category_id;
  g_auto(GStrv) clarifying = NULL;
  g_auto(GStrv) scale = NULL;
  g_auto(GStrv) components = NULL;
  g_auto(GStrv) deep_dives = NULL;
  g_auto(GStrv) api = NULL;
  g_autoptr(GListStore) data_model = NULL;
  g_auto(GStrv) inputs = NULL;
  g_auto(GStrv) figures = NULL;
  BrGuideEntry *category;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!_br_guide_read_common (reader, object, _br_guide_question_fields, "questions/", "problem", &id, &title, &problem, error) ||
      !br_json_reader_get_string (reader, object, "category", BR_JSON_REQUIRED, &category_id, error))
    return FALSE;

  category = br_guide_lookup (guide, category_id);
  if (!BR_IS_CATEGORY (category))
    return br_json_reader_fail_member (reader, error, "category", BR_DOC_ERROR_UNKNOWN_REFERENCE,
                                       _("“%s” does not name any “%s” entry of this file"),
                                       category_id, "categories/");

  if (!br_json_reader_get_strv (reader, object, "clarifying", BR_JSON_REQUIRED, 3, 6, &clarifying, error) ||
      !br_json_reader_get_strv (reader, object, "scale", BR_JSON_REQUIRED, 1, 8, &scale, error) ||
      !br_json_reader_get_strv (reader, object, "components", BR_JSON_REQUIRED, 1, 12, &components, error) ||
      !br_json_reader_get_strv (reader, object, "deep_dives", BR_JSON_REQUIRED, 2, 4, &deep_dives, error) ||
      !read_api (reader, object, &api, error) ||
      !read_data_model (reader, object, &data_model, error) ||
      !read_estimate (reader, object, &inputs, &figures, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_QUESTION,
                        "id", id, "title", title, "description", problem,
                        "number", index + 1, "category", category,
                        "clarifying", clarifying, "scale", scale,
                        "components", components, "deep-dives", deep_dives,
                        "api", api, "data-model", data_model,
                        "estimate-inputs", inputs, "estimate-figures", figures,
                        NULL);
  _br_guide_add (guide, guide->questions, entry);
  return TRUE;
}
