/* br-guide-parser.c — br_guide_parse(): strict validation of a guide file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-guide"

#include <glib/gi18n-lib.h>

#include "br-guide-private.h"
#include "br-json-reader.h"

#include <string.h>

/* The fields of each object, as the parser accepts them. FORMAT.md
 * documents each list under the same name (tests/test-guide-source.c
 * checks that the two agree). */
static const char * const top_fields[] = { "format", "version", "title", "overview", "amazon_way",
                                           "principles", "differences", "process", "rubric",
                                           "categories", "questions", "plan", "resources", "tips",
                                           "closing", NULL };
static const char * const amazon_way_fields[] = { "summary", "traits", NULL };
static const char * const trait_fields[] = { "id", "title", "summary", NULL };
static const char * const principle_fields[] = { "id", "title", "summary", "in_design", "practices", "added_2021", NULL };
static const char * const difference_fields[] = { "id", "title", "summary", "points", NULL };
static const char * const process_fields[] = { "stages", "phases", NULL };
static const char * const stage_fields[] = { "id", "title", "summary", "points", "min_minutes", "max_minutes", NULL };
static const char * const phase_fields[] = { "id", "title", "summary", "min_minutes", "max_minutes", "prompts", "rubric", NULL };
static const char * const dimension_fields[] = { "id", "title", "summary", "levels", NULL };
static const char * const category_fields[] = { "id", "title", "summary", NULL };
static const char * const question_fields[] = { "id", "title", "category", "problem", "clarifying",
                                                "scale", "components", "deep_dives", "api", "data_model",
                                                "estimate", NULL };
static const char * const entity_fields[] = { "entity", "key", "fields", "partition_reason", NULL };
static const char * const estimate_fields[] = { "inputs", "figures", NULL };
static const char * const block_fields[] = { "id", "title", "summary", "first_week", "last_week", "items", NULL };
static const char * const item_fields[] = { "id", "title", "description", "questions", "principles", "rubric", NULL };
static const char * const resource_fields[] = { "id", "kind", "title", "description", NULL };
static const char * const tip_fields[] = { "id", "kind", "title", "description", "principles", NULL };
static const char * const closing_fields[] = { "summary", "values", "advice", NULL };
static const char * const value_fields[] = { "prefer", "over", "summary", NULL };

static const BrGuideFormatObject format_objects[] = {
  { "Top level", top_fields },
  { "Amazon way", amazon_way_fields },
  { "Trait", trait_fields },
  { "Principle", principle_fields },
  { "Difference", difference_fields },
  { "Process", process_fields },
  { "Stage", stage_fields },
  { "Phase", phase_fields },
  { "Dimension", dimension_fields },
  { "Category", category_fields },
  { "Question", question_fields },
  { "Entity", entity_fields },
  { "Estimate", estimate_fields },
  { "Estimate inputs", _br_estimate_input_keys },
  { "Estimate figures", _br_estimate_figure_ids },
  { "Block", block_fields },
  { "Item", item_fields },
  { "Resource", resource_fields },
  { "Tip", tip_fields },
  { "Closing", closing_fields },
  { "Value", value_fields },
};

/**
 * _br_guide_format_objects:
 *
 * Returns: the fields of every kind of object the parser reads
 */
const BrGuideFormatObject *
_br_guide_format_objects (guint *n_objects)
{
  *n_objects = G_N_ELEMENTS (format_objects);
  return format_objects;
}

/* The budget of the parse (see br_json_parse_full()): the built-in guide
 * (118 KB) is about 1,800 values and 0.5 MB of tree, and nests six deep; a
 * guide of BR_GUIDE_MAX_SIZE written like it about 31,000 values and 8 MB */
static const BrJsonLimits guide_limits = {
  .max_length = BR_GUIDE_MAX_SIZE,
  .max_depth = 16,
  .max_values = 200000,
  .max_memory = 64 * 1024 * 1024,
};

/* Sections are read in an order where every reference points backwards,
 * so a reference is checked as soon as it is read. */

typedef gboolean (*ReadEntryFunc) (BrGuide      *guide,
                                   BrJsonReader *reader,
                                   JsonObject   *object,
                                   guint         index,
                                   GError      **error);

static gboolean
read_list (BrGuide       *guide,
           BrJsonReader  *reader,
           JsonObject    *parent,
           const char    *member,
           guint          max_length,
           ReadEntryFunc  read_entry,
           GError       **error)
{
  JsonArray *array;
  guint length;

  if (!br_json_reader_get_array (reader, parent, member, BR_JSON_REQUIRED, 1, max_length, &array, error))
    return FALSE;

  br_json_reader_push_member (reader, member);
  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonObject *object;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, array, i, &object, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      ok = read_entry (guide, reader, object, i, error);
      br_json_reader_pop (reader);
      if (!ok)
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
    }
  br_json_reader_pop (reader);
  return TRUE;
}

/* Reads the members every entry has: id, title and its main text */
static gboolean
read_common (BrJsonReader        *reader,
             JsonObject          *object,
             const char * const  *allowed,
             const char          *prefix,
             const char          *text_member,
             const char         **id,
             const char         **title,
             const char         **text,
             GError             **error)
{
  return br_json_reader_check_members (reader, object, allowed, error) &&
         br_json_reader_define_id (reader, object, prefix, id, error) &&
         br_json_reader_get_string (reader, object, "title", BR_JSON_REQUIRED, title, error) &&
         br_json_reader_get_string (reader, object, text_member, BR_JSON_REQUIRED, text, error);
}

static gboolean
read_minutes (BrJsonReader *reader,
              JsonObject   *object,
              BrJsonFlags   flags,
              gint64        limit,
              gint64       *min,
              gint64       *max,
              GError      **error)
{
  *min = *max = 0;
  if (!br_json_reader_get_int (reader, object, "min_minutes", flags, 1, limit, min, error) ||
      !br_json_reader_get_int (reader, object, "max_minutes", flags, 1, limit, max, error))
    return FALSE;

  if ((*min == 0) != (*max == 0))
    return br_json_reader_fail_member (reader, error, *min ? "min_minutes" : "max_minutes",
                                       BR_DOC_ERROR_MISSING,
                                       _("“min_minutes” and “max_minutes” go together; give both or neither"));
  if (*min > *max)
    return br_json_reader_fail_member (reader, error, "min_minutes", BR_DOC_ERROR_RANGE,
                                       _("the minimum (%d minutes) is above the maximum (%d minutes)"),
                                       (int) *min, (int) *max);
  return TRUE;
}

static gboolean
read_principle (BrGuide      *guide,
                BrJsonReader *reader,
                JsonObject   *object,
                guint         index,
                GError      **error)
{
  const char *id, *title, *summary, *in_design;
  g_auto(GStrv) practices = NULL;
  gboolean added_2021 = FALSE;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, principle_fields, "principles/", "summary", &id, &title, &summary, error) ||
      !br_json_reader_get_string (reader, object, "in_design", BR_JSON_REQUIRED, &in_design, error) ||
      !br_json_reader_get_strv (reader, object, "practices", BR_JSON_REQUIRED, 1, 8, &practices, error) ||
      !br_json_reader_get_boolean (reader, object, "added_2021", BR_JSON_OPTIONAL, &added_2021, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_PRINCIPLE,
                        "id", id, "title", title, "description", summary,
                        "in-design", in_design, "practices", practices,
                        "added-2021", added_2021,
                        NULL);
  _br_guide_add (guide, guide->principles, entry);
  return TRUE;
}

static gboolean
read_difference (BrGuide      *guide,
                 BrJsonReader *reader,
                 JsonObject   *object,
                 guint         index,
                 GError      **error)
{
  const char *id, *title, *summary;
  g_auto(GStrv) points = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, difference_fields, "differences/", "summary", &id, &title, &summary, error) ||
      !br_json_reader_get_strv (reader, object, "points", BR_JSON_REQUIRED, 1, 8, &points, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_DIFFERENCE,
                        "id", id, "title", title, "description", summary,
                        "points", points,
                        NULL);
  _br_guide_add (guide, guide->differences, entry);
  return TRUE;
}

static gboolean
read_dimension (BrGuide      *guide,
                BrJsonReader *reader,
                JsonObject   *object,
                guint         index,
                GError      **error)
{
  const char *id, *title, *summary;
  g_auto(GStrv) levels = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, dimension_fields, "rubric/", "summary", &id, &title, &summary, error) ||
      !br_json_reader_get_strv (reader, object, "levels", BR_JSON_REQUIRED, 4, 4, &levels, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_DIMENSION,
                        "id", id, "title", title, "description", summary,
                        "levels", levels,
                        NULL);
  _br_guide_add (guide, guide->rubric, entry);
  return TRUE;
}

static gboolean
read_stage (BrGuide      *guide,
            BrJsonReader *reader,
            JsonObject   *object,
            guint         index,
            GError      **error)
{
  const char *id, *title, *summary;
  g_auto(GStrv) points = NULL;
  gint64 min, max;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, stage_fields, "stages/", "summary", &id, &title, &summary, error) ||
      !br_json_reader_get_strv (reader, object, "points", BR_JSON_REQUIRED, 1, 8, &points, error) ||
      !read_minutes (reader, object, BR_JSON_OPTIONAL, 600, &min, &max, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_STAGE,
                        "id", id, "title", title, "description", summary,
                        "points", points,
                        "min-minutes", (guint) min, "max-minutes", (guint) max,
                        NULL);
  _br_guide_add (guide, guide->stages, entry);
  return TRUE;
}

static gboolean
read_phase (BrGuide      *guide,
            BrJsonReader *reader,
            JsonObject   *object,
            guint         index,
            GError      **error)
{
  const char *id, *title, *summary, *rubric;
  g_auto(GStrv) prompts = NULL;
  gint64 min, max;
  BrGuideEntry *dimension;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, phase_fields, "phases/", "summary", &id, &title, &summary, error) ||
      !read_minutes (reader, object, BR_JSON_REQUIRED, 180, &min, &max, error) ||
      !br_json_reader_get_strv (reader, object, "prompts", BR_JSON_REQUIRED, 1, 12, &prompts, error) ||
      !br_json_reader_get_string (reader, object, "rubric", BR_JSON_REQUIRED, &rubric, error))
    return FALSE;

  dimension = br_guide_lookup (guide, rubric);
  if (!BR_IS_DIMENSION (dimension))
    return br_json_reader_fail_member (reader, error, "rubric", BR_DOC_ERROR_UNKNOWN_REFERENCE,
                                       _("“%s” does not name any “%s” entry of this file"),
                                       rubric, "rubric/");

  entry = g_object_new (BR_TYPE_PHASE,
                        "id", id, "title", title, "description", summary,
                        "min-minutes", (guint) min, "max-minutes", (guint) max,
                        "prompts", prompts, "dimension", dimension,
                        NULL);
  _br_guide_add (guide, guide->phases, entry);
  return TRUE;
}

static gboolean
read_process (BrGuide      *guide,
              BrJsonReader *reader,
              JsonObject   *root,
              GError      **error)
{
  JsonObject *process;
  gboolean ok;

  if (!br_json_reader_get_object (reader, root, "process", BR_JSON_REQUIRED, &process, error))
    return FALSE;

  br_json_reader_push_member (reader, "process");
  ok = br_json_reader_check_members (reader, process, process_fields, error) &&
       read_list (guide, reader, process, "stages", 16, read_stage, error) &&
       read_list (guide, reader, process, "phases", 12, read_phase, error);
  br_json_reader_pop (reader);
  return ok;
}

static gboolean
read_category (BrGuide      *guide,
               BrJsonReader *reader,
               JsonObject   *object,
               guint         index,
               GError      **error)
{
  const char *id, *title, *summary;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, category_fields, "categories/", "summary", &id, &title, &summary, error))
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

  if (!br_json_reader_check_members (reader, object, entity_fields, error) ||
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
  ok = br_json_reader_check_members (reader, estimate, estimate_fields, error) &&
       read_estimate_inputs (reader, estimate, inputs, error) &&
       read_estimate_figures (reader, estimate,
                              json_object_has_member (json_object_get_object_member (estimate, "inputs"), "capacity"),
                              figures, error);
  br_json_reader_pop (reader);
  return ok;
}

static gboolean
read_question (BrGuide      *guide,
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

  if (!read_common (reader, object, question_fields, "questions/", "problem", &id, &title, &problem, error) ||
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

static gboolean
read_study_item (BrGuide      *guide,
                 BrJsonReader *reader,
                 JsonObject   *object,
                 const char   *block_id,
                 GListStore   *items,
                 GError      **error)
{
  const char *id, *title, *description;
  g_auto(GStrv) questions = NULL;
  g_auto(GStrv) principles = NULL;
  g_auto(GStrv) rubric = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, item_fields, "items/", "description", &id, &title, &description, error) ||
      !br_json_reader_check_refs (reader, object, "questions", "questions/", error) ||
      !br_json_reader_check_refs (reader, object, "principles", "principles/", error) ||
      !br_json_reader_check_refs (reader, object, "rubric", "rubric/", error))
    return FALSE;

  /* Already validated above; read them again as lists */
  br_json_reader_get_strv (reader, object, "questions", BR_JSON_OPTIONAL, 0, 64, &questions, NULL);
  br_json_reader_get_strv (reader, object, "principles", BR_JSON_OPTIONAL, 0, 64, &principles, NULL);
  br_json_reader_get_strv (reader, object, "rubric", BR_JSON_OPTIONAL, 0, 64, &rubric, NULL);

  entry = g_object_new (BR_TYPE_STUDY_ITEM,
                        "id", id, "title", title, "description", description,
                        "block-id", block_id,
                        "questions", questions, "principles", principles, "rubric", rubric,
                        NULL);
  g_list_store_append (items, entry);
  _br_guide_add (guide, NULL, entry);
  return TRUE;
}

static gboolean
read_block (BrGuide      *guide,
            BrJsonReader *reader,
            JsonObject   *object,
            guint         index,
            GError      **error)
{
  const char *id, *title, *summary;
  gint64 first, last;
  JsonArray *array;
  g_autoptr(GListStore) items = g_list_store_new (BR_TYPE_STUDY_ITEM);
  g_autoptr(BrGuideEntry) entry = NULL;
  guint expected_first = guide->n_weeks + 1;

  if (!read_common (reader, object, block_fields, "blocks/", "summary", &id, &title, &summary, error) ||
      !br_json_reader_get_int (reader, object, "first_week", BR_JSON_REQUIRED, 1, 52, &first, error) ||
      !br_json_reader_get_int (reader, object, "last_week", BR_JSON_REQUIRED, 1, 52, &last, error))
    return FALSE;

  if (first != expected_first)
    return br_json_reader_fail_member (reader, error, "first_week", BR_DOC_ERROR_RANGE,
                                       _("this block starts in week %d, but it must start in week %u, right after the block before it"),
                                       (int) first, expected_first);
  if (last < first)
    return br_json_reader_fail_member (reader, error, "last_week", BR_DOC_ERROR_RANGE,
                                       _("the block ends in week %d, before it starts (week %d)"),
                                       (int) last, (int) first);

  if (!br_json_reader_get_array (reader, object, "items", BR_JSON_REQUIRED, 1, 12, &array, error))
    return FALSE;

  br_json_reader_push_member (reader, "items");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, array, i, &item, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      ok = read_study_item (guide, reader, item, id, items, error);
      br_json_reader_pop (reader);
      if (!ok)
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
    }
  br_json_reader_pop (reader);

  guide->n_weeks = (guint) last;
  entry = g_object_new (BR_TYPE_BLOCK,
                        "id", id, "title", title, "description", summary,
                        "first-week", (guint) first, "last-week", (guint) last,
                        "items", items,
                        NULL);
  _br_guide_add (guide, guide->blocks, entry);
  return TRUE;
}

static gboolean
read_resource (BrGuide      *guide,
               BrJsonReader *reader,
               JsonObject   *object,
               guint         index,
               GError      **error)
{
  static const char * const kinds[] = { "internal-system", "technology", "reading", NULL };
  const char *id, *title, *description;
  guint kind;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, resource_fields, "resources/", "description", &id, &title, &description, error) ||
      !br_json_reader_get_choice (reader, object, "kind", kinds, &kind, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_RESOURCE,
                        "id", id, "title", title, "description", description,
                        "kind", (BrResourceKind) kind,
                        NULL);
  _br_guide_add (guide, guide->resources, entry);
  return TRUE;
}

static gboolean
read_tip (BrGuide      *guide,
          BrJsonReader *reader,
          JsonObject   *object,
          guint         index,
          GError      **error)
{
  static const char * const kinds[] = { "do", "dont", NULL };
  const char *id, *title, *description;
  guint kind;
  g_auto(GStrv) principles = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, tip_fields, "tips/", "description", &id, &title, &description, error) ||
      !br_json_reader_get_choice (reader, object, "kind", kinds, &kind, error) ||
      !br_json_reader_check_refs (reader, object, "principles", "principles/", error))
    return FALSE;

  br_json_reader_get_strv (reader, object, "principles", BR_JSON_OPTIONAL, 0, 64, &principles, NULL);

  entry = g_object_new (BR_TYPE_TIP,
                        "id", id, "title", title, "description", description,
                        "kind", (BrTipKind) kind, "principles", principles,
                        NULL);
  _br_guide_add (guide, guide->tips, entry);
  return TRUE;
}

static gboolean
read_trait (BrGuide      *guide,
            BrJsonReader *reader,
            JsonObject   *object,
            guint         index,
            GError      **error)
{
  const char *id, *title, *summary;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, trait_fields, "way/", "summary", &id, &title, &summary, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_TRAIT,
                        "id", id, "title", title, "description", summary,
                        NULL);
  _br_guide_add (guide, guide->traits, entry);
  return TRUE;
}

/* The Amazon way, optional: a summary and its traits */
static gboolean
read_amazon_way (BrGuide      *guide,
                 BrJsonReader *reader,
                 JsonObject   *root,
                 GError      **error)
{
  JsonObject *way;
  const char *summary;
  gboolean ok;

  if (!br_json_reader_get_object (reader, root, "amazon_way", BR_JSON_OPTIONAL, &way, error))
    return FALSE;
  if (way == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "amazon_way");
  ok = br_json_reader_check_members (reader, way, amazon_way_fields, error) &&
       br_json_reader_get_string (reader, way, "summary", BR_JSON_REQUIRED, &summary, error) &&
       read_list (guide, reader, way, "traits", 8, read_trait, error);
  br_json_reader_pop (reader);
  if (ok)
    guide->amazon_way_summary = g_strdup (summary);
  return ok;
}

static gboolean
read_value (BrGuide      *guide,
            BrJsonReader *reader,
            JsonObject   *object,
            guint         index,
            GError      **error)
{
  const char *prefer, *over, *summary;
  g_autoptr(BrPreference) value = NULL;

  if (!br_json_reader_check_members (reader, object, value_fields, error) ||
      !br_json_reader_get_string (reader, object, "prefer", BR_JSON_REQUIRED, &prefer, error) ||
      !br_json_reader_get_string (reader, object, "over", BR_JSON_REQUIRED, &over, error) ||
      !br_json_reader_get_string (reader, object, "summary", BR_JSON_REQUIRED, &summary, error))
    return FALSE;

  value = g_object_new (BR_TYPE_PREFERENCE,
                        "prefer", prefer, "over", over, "summary", summary,
                        NULL);
  g_list_store_append (guide->closing_values, value);
  return TRUE;
}

/* The closing thoughts, optional: a summary, the values set against each
 * other, and the last advice */
static gboolean
read_closing (BrGuide      *guide,
              BrJsonReader *reader,
              JsonObject   *root,
              GError      **error)
{
  JsonObject *closing;
  const char *summary, *advice;
  gboolean ok;

  if (!br_json_reader_get_object (reader, root, "closing", BR_JSON_OPTIONAL, &closing, error))
    return FALSE;
  if (closing == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "closing");
  ok = br_json_reader_check_members (reader, closing, closing_fields, error) &&
       br_json_reader_get_string (reader, closing, "summary", BR_JSON_REQUIRED, &summary, error) &&
       read_list (guide, reader, closing, "values", 8, read_value, error) &&
       br_json_reader_get_string (reader, closing, "advice", BR_JSON_REQUIRED, &advice, error);
  br_json_reader_pop (reader);
  if (ok)
    {
      guide->closing_summary = g_strdup (summary);
      guide->closing_advice = g_strdup (advice);
    }
  return ok;
}

/**
 * br_guide_parse:
 * @bytes: the guide's JSON text
 * @error: return location for a #BR_DOC_ERROR
 *
 * Parses and validates a guide. It never trusts its input: sizes, encoding,
 * syntax, types, counts, ids and references are all checked, and the first
 * problem is reported as "LINE:COLUMN: JSON-PATH: what is wrong".
 *
 * Returns: (transfer full) (nullable): the guide, or %NULL with @error set
 */
BrGuide *
br_guide_parse (GBytes  *bytes,
                GError **error)
{
  g_autoptr(BrJsonReader) reader = NULL;
  g_autoptr(BrGuide) guide = NULL;
  JsonObject *root;
  const char *title, *overview;

  g_return_val_if_fail (bytes != NULL, NULL);

  reader = br_json_reader_new_limited (bytes, &guide_limits, NULL, error);
  if (reader == NULL)
    return NULL;

  root = br_json_reader_get_root (reader);
  guide = g_object_new (BR_TYPE_GUIDE, NULL);

  if (!br_json_reader_check_format (reader, BR_GUIDE_FORMAT, BR_GUIDE_VERSION, NULL, error) ||
      !br_json_reader_check_members (reader, root, top_fields, error) ||
      !br_json_reader_get_string (reader, root, "title", BR_JSON_REQUIRED, &title, error) ||
      !br_json_reader_get_string (reader, root, "overview", BR_JSON_REQUIRED, &overview, error) ||
      !read_amazon_way (guide, reader, root, error) ||
      !read_list (guide, reader, root, "principles", 64, read_principle, error) ||
      !read_list (guide, reader, root, "differences", 64, read_difference, error) ||
      !read_list (guide, reader, root, "rubric", 16, read_dimension, error) ||
      !read_process (guide, reader, root, error) ||
      !read_list (guide, reader, root, "categories", 32, read_category, error) ||
      !read_list (guide, reader, root, "questions", 500, read_question, error) ||
      !read_list (guide, reader, root, "plan", 52, read_block, error) ||
      !read_list (guide, reader, root, "resources", 100, read_resource, error) ||
      !read_list (guide, reader, root, "tips", 100, read_tip, error) ||
      !read_closing (guide, reader, root, error))
    return NULL;

  guide->title = g_strdup (title);
  guide->overview = g_strdup (overview);
  return g_steal_pointer (&guide);
}
