/* br-guide-parse-sections.c — the guide parser's readers of the Amazon
 * way, the principles, differences, rubric, process, plan, resources, tips
 * and closing thoughts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-guide"

#include <glib/gi18n-lib.h>

#include "br-guide-parser-private.h"

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

gboolean
_br_guide_read_principle (BrGuide      *guide,
                          BrJsonReader *reader,
                          JsonObject   *object,
                          guint         index,
                          GError      **error)
{
  const char *id, *title, *summary, *in_design;
  g_auto(GStrv) practices = NULL;
  gboolean added_2021 = FALSE;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!_br_guide_read_common (reader, object, _br_guide_principle_fields, "principles/", "summary", &id, &title, &summary, error) ||
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

gboolean
_br_guide_read_difference (BrGuide      *guide,
                           BrJsonReader *reader,
                           JsonObject   *object,
                           guint         index,
                           GError      **error)
{
  const char *id, *title, *summary;
  g_auto(GStrv) points = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!_br_guide_read_common (reader, object, _br_guide_difference_fields, "differences/", "summary", &id, &title, &summary, error) ||
      !br_json_reader_get_strv (reader, object, "points", BR_JSON_REQUIRED, 1, 8, &points, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_DIFFERENCE,
                        "id", id, "title", title, "description", summary,
                        "points", points,
                        NULL);
  _br_guide_add (guide, guide->differences, entry);
  return TRUE;
}

gboolean
_br_guide_read_dimension (BrGuide      *guide,
                          BrJsonReader *reader,
                          JsonObject   *object,
                          guint         index,
                          GError      **error)
{
  const char *id, *title, *summary;
  g_auto(GStrv) levels = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!_br_guide_read_common (reader, object, _br_guide_dimension_fields, "rubric/", "summary", &id, &title, &summary, error) ||
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

  if (!_br_guide_read_common (reader, object, _br_guide_stage_fields, "stages/", "summary", &id, &title, &summary, error) ||
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

  if (!_br_guide_read_common (reader, object, _br_guide_phase_fields, "phases/", "summary", &id, &title, &summary, error) ||
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

gboolean
_br_guide_read_process (BrGuide      *guide,
                        BrJsonReader *reader,
                        JsonObject   *root,
                        GError      **error)
{
  JsonObject *process;
  gboolean ok;

  if (!br_json_reader_get_object (reader, root, "process", BR_JSON_REQUIRED, &process, error))
    return FALSE;

  br_json_reader_push_member (reader, "process");
  ok = br_json_reader_check_members (reader, process, _br_guide_process_fields, error) &&
       _br_guide_read_list (guide, reader, process, "stages", 16, read_stage, error) &&
       _br_guide_read_list (guide, reader, process, "phases", 12, read_phase, error);
  br_json_reader_pop (reader);
  return ok;
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

  if (!_br_guide_read_common (reader, object, _br_guide_item_fields, "items/", "description", &id, &title, &description, error) ||
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

gboolean
_br_guide_read_block (BrGuide      *guide,
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

  if (!_br_guide_read_common (reader, object, _br_guide_block_fields, "blocks/", "summary", &id, &title, &summary, error) ||
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

gboolean
_br_guide_read_resource (BrGuide      *guide,
                         BrJsonReader *reader,
                         JsonObject   *object,
                         guint         index,
                         GError      **error)
{
  static const char * const kinds[] = { "internal-system", "technology", "reading", NULL };
  const char *id, *title, *description;
  guint kind;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!_br_guide_read_common (reader, object, _br_guide_resource_fields, "resources/", "description", &id, &title, &description, error) ||
      !br_json_reader_get_choice (reader, object, "kind", kinds, &kind, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_RESOURCE,
                        "id", id, "title", title, "description", description,
                        "kind", (BrResourceKind) kind,
                        NULL);
  _br_guide_add (guide, guide->resources, entry);
  return TRUE;
}

gboolean
_br_guide_read_tip (BrGuide      *guide,
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

  if (!_br_guide_read_common (reader, object, _br_guide_tip_fields, "tips/", "description", &id, &title, &description, error) ||
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

  if (!_br_guide_read_common (reader, object, _br_guide_trait_fields, "way/", "summary", &id, &title, &summary, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_TRAIT,
                        "id", id, "title", title, "description", summary,
                        NULL);
  _br_guide_add (guide, guide->traits, entry);
  return TRUE;
}

/* The Amazon way, optional: a summary and its traits */
gboolean
_br_guide_read_amazon_way (BrGuide      *guide,
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
  ok = br_json_reader_check_members (reader, way, _br_guide_amazon_way_fields, error) &&
       br_json_reader_get_string (reader, way, "summary", BR_JSON_REQUIRED, &summary, error) &&
       _br_guide_read_list (guide, reader, way, "traits", 8, read_trait, error);
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

  if (!br_json_reader_check_members (reader, object, _br_guide_value_fields, error) ||
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
gboolean
_br_guide_read_closing (BrGuide      *guide,
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
  ok = br_json_reader_check_members (reader, closing, _br_guide_closing_fields, error) &&
       br_json_reader_get_string (reader, closing, "summary", BR_JSON_REQUIRED, &summary, error) &&
       _br_guide_read_list (guide, reader, closing, "values", 8, read_value, error) &&
       br_json_reader_get_string (reader, closing, "advice", BR_JSON_REQUIRED, &advice, error);
  br_json_reader_pop (reader);
  if (ok)
    {
      guide->closing_summary = g_strdup (summary);
      guide->closing_advice = g_strdup (advice);
    }
  return ok;
}
