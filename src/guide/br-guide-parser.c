/* br-guide-parser.c — br_guide_parse(): strict validation of a guide file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-guide"

#include <glib/gi18n-lib.h>

#include "br-guide-private.h"
#include "br-json-reader.h"

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
  static const char * const allowed[] = { "id", "title", "summary", "in_design", "practices", "added_2021", NULL };
  const char *id, *title, *summary, *in_design;
  g_auto(GStrv) practices = NULL;
  gboolean added_2021 = FALSE;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "principles/", "summary", &id, &title, &summary, error) ||
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
  static const char * const allowed[] = { "id", "title", "summary", "points", NULL };
  const char *id, *title, *summary;
  g_auto(GStrv) points = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "differences/", "summary", &id, &title, &summary, error) ||
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
  static const char * const allowed[] = { "id", "title", "summary", "levels", NULL };
  const char *id, *title, *summary;
  g_auto(GStrv) levels = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "rubric/", "summary", &id, &title, &summary, error) ||
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
  static const char * const allowed[] = { "id", "title", "summary", "points", "min_minutes", "max_minutes", NULL };
  const char *id, *title, *summary;
  g_auto(GStrv) points = NULL;
  gint64 min, max;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "stages/", "summary", &id, &title, &summary, error) ||
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
  static const char * const allowed[] = { "id", "title", "summary", "min_minutes", "max_minutes", "prompts", "rubric", NULL };
  const char *id, *title, *summary, *rubric;
  g_auto(GStrv) prompts = NULL;
  gint64 min, max;
  BrGuideEntry *dimension;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "phases/", "summary", &id, &title, &summary, error) ||
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
  static const char * const allowed[] = { "stages", "phases", NULL };
  JsonObject *process;
  gboolean ok;

  if (!br_json_reader_get_object (reader, root, "process", BR_JSON_REQUIRED, &process, error))
    return FALSE;

  br_json_reader_push_member (reader, "process");
  ok = br_json_reader_check_members (reader, process, allowed, error) &&
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
  static const char * const allowed[] = { "id", "title", "summary", NULL };
  const char *id, *title, *summary;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "categories/", "summary", &id, &title, &summary, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_CATEGORY,
                        "id", id, "title", title, "description", summary,
                        NULL);
  _br_guide_add (guide, guide->categories, entry);
  return TRUE;
}

static gboolean
read_question (BrGuide      *guide,
               BrJsonReader *reader,
               JsonObject   *object,
               guint         index,
               GError      **error)
{
  static const char * const allowed[] = { "id", "title", "category", "problem", "clarifying",
                                          "scale", "components", "deep_dives", NULL };
  const char *id, *title, *problem, *category_id;
  g_auto(GStrv) clarifying = NULL;
  g_auto(GStrv) scale = NULL;
  g_auto(GStrv) components = NULL;
  g_auto(GStrv) deep_dives = NULL;
  BrGuideEntry *category;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "questions/", "problem", &id, &title, &problem, error) ||
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
      !br_json_reader_get_strv (reader, object, "deep_dives", BR_JSON_REQUIRED, 2, 4, &deep_dives, error))
    return FALSE;

  entry = g_object_new (BR_TYPE_QUESTION,
                        "id", id, "title", title, "description", problem,
                        "number", index + 1, "category", category,
                        "clarifying", clarifying, "scale", scale,
                        "components", components, "deep-dives", deep_dives,
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
  static const char * const allowed[] = { "id", "title", "description", "questions", "principles", "rubric", NULL };
  const char *id, *title, *description;
  g_auto(GStrv) questions = NULL;
  g_auto(GStrv) principles = NULL;
  g_auto(GStrv) rubric = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "items/", "description", &id, &title, &description, error) ||
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
  static const char * const allowed[] = { "id", "title", "summary", "first_week", "last_week", "items", NULL };
  const char *id, *title, *summary;
  gint64 first, last;
  JsonArray *array;
  g_autoptr(GListStore) items = g_list_store_new (BR_TYPE_STUDY_ITEM);
  g_autoptr(BrGuideEntry) entry = NULL;
  guint expected_first = guide->n_weeks + 1;

  if (!read_common (reader, object, allowed, "blocks/", "summary", &id, &title, &summary, error) ||
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
  static const char * const allowed[] = { "id", "kind", "title", "description", NULL };
  static const char * const kinds[] = { "internal-system", "technology", "reading", NULL };
  const char *id, *title, *description;
  guint kind;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "resources/", "description", &id, &title, &description, error) ||
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
  static const char * const allowed[] = { "id", "kind", "title", "description", "principles", NULL };
  static const char * const kinds[] = { "do", "dont", NULL };
  const char *id, *title, *description;
  guint kind;
  g_auto(GStrv) principles = NULL;
  g_autoptr(BrGuideEntry) entry = NULL;

  if (!read_common (reader, object, allowed, "tips/", "description", &id, &title, &description, error) ||
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
  static const char * const allowed[] = { "format", "version", "title", "overview", "principles",
                                          "differences", "process", "rubric", "categories",
                                          "questions", "plan", "resources", "tips", NULL };
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
      !br_json_reader_check_members (reader, root, allowed, error) ||
      !br_json_reader_get_string (reader, root, "title", BR_JSON_REQUIRED, &title, error) ||
      !br_json_reader_get_string (reader, root, "overview", BR_JSON_REQUIRED, &overview, error) ||
      !read_list (guide, reader, root, "principles", 64, read_principle, error) ||
      !read_list (guide, reader, root, "differences", 64, read_difference, error) ||
      !read_list (guide, reader, root, "rubric", 16, read_dimension, error) ||
      !read_process (guide, reader, root, error) ||
      !read_list (guide, reader, root, "categories", 32, read_category, error) ||
      !read_list (guide, reader, root, "questions", 500, read_question, error) ||
      !read_list (guide, reader, root, "plan", 52, read_block, error) ||
      !read_list (guide, reader, root, "resources", 100, read_resource, error) ||
      !read_list (guide, reader, root, "tips", 100, read_tip, error))
    return NULL;

  guide->title = g_strdup (title);
  guide->overview = g_strdup (overview);
  return g_steal_pointer (&guide);
}
