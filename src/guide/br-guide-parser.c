/* br-guide-parser.c — br_guide_parse(): strict validation of a guide file
 *
 * The sections' readers are in br-guide-parse-sections.c and
 * br-guide-parse-questions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-guide"

#include <glib/gi18n-lib.h>

#include "br-guide-parser-private.h"

/* The fields of each object, as the parser accepts them. FORMAT.md
 * documents each list under the same name (tests/test-guide-source.c
 * checks that the two agree). */
const char * const _br_guide_top_fields[] = { "format", "version", "title", "overview", "amazon_way",
                                              "principles", "differences", "process", "rubric",
                                              "categories", "questions", "plan", "resources", "tips",
                                              "closing", NULL };
const char * const _br_guide_amazon_way_fields[] = { "summary", "traits", NULL };
const char * const _br_guide_trait_fields[] = { "id", "title", "summary", NULL };
const char * const _br_guide_principle_fields[] = { "id", "title", "summary", "in_design", "practices", "added_2021", NULL };
const char * const _br_guide_difference_fields[] = { "id", "title", "summary", "points", NULL };
const char * const _br_guide_process_fields[] = { "stages", "phases", NULL };
const char * const _br_guide_stage_fields[] = { "id", "title", "summary", "points", "min_minutes", "max_minutes", NULL };
const char * const _br_guide_phase_fields[] = { "id", "title", "summary", "min_minutes", "max_minutes", "prompts", "rubric", NULL };
const char * const _br_guide_dimension_fields[] = { "id", "title", "summary", "levels", NULL };
const char * const _br_guide_category_fields[] = { "id", "title", "summary", NULL };
const char * const _br_guide_question_fields[] = { "id", "title", "category", "problem", "clarifying",
                                                   "scale", "components", "deep_dives", "api", "data_model",
                                                   "estimate", NULL };
const char * const _br_guide_entity_fields[] = { "entity", "key", "fields", "partition_reason", NULL };
const char * const _br_guide_estimate_fields[] = { "inputs", "figures", NULL };
const char * const _br_guide_block_fields[] = { "id", "title", "summary", "first_week", "last_week", "items", NULL };
const char * const _br_guide_item_fields[] = { "id", "title", "description", "questions", "principles", "rubric", NULL };
const char * const _br_guide_resource_fields[] = { "id", "kind", "title", "description", NULL };
const char * const _br_guide_tip_fields[] = { "id", "kind", "title", "description", "principles", NULL };
const char * const _br_guide_closing_fields[] = { "summary", "values", "advice", NULL };
const char * const _br_guide_value_fields[] = { "prefer", "over", "summary", NULL };

static const BrGuideFormatObject format_objects[] = {
  { "Top level", _br_guide_top_fields },
  { "Amazon way", _br_guide_amazon_way_fields },
  { "Trait", _br_guide_trait_fields },
  { "Principle", _br_guide_principle_fields },
  { "Difference", _br_guide_difference_fields },
  { "Process", _br_guide_process_fields },
  { "Stage", _br_guide_stage_fields },
  { "Phase", _br_guide_phase_fields },
  { "Dimension", _br_guide_dimension_fields },
  { "Category", _br_guide_category_fields },
  { "Question", _br_guide_question_fields },
  { "Entity", _br_guide_entity_fields },
  { "Estimate", _br_guide_estimate_fields },
  { "Estimate inputs", _br_estimate_input_keys },
  { "Estimate figures", _br_estimate_figure_ids },
  { "Block", _br_guide_block_fields },
  { "Item", _br_guide_item_fields },
  { "Resource", _br_guide_resource_fields },
  { "Tip", _br_guide_tip_fields },
  { "Closing", _br_guide_closing_fields },
  { "Value", _br_guide_value_fields },
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

gboolean
_br_guide_read_list (BrGuide               *guide,
                     BrJsonReader          *reader,
                     JsonObject            *parent,
                     const char            *member,
                     guint                  max_length,
                     BrGuideReadEntryFunc   read_entry,
                     GError               **error)
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
gboolean
_br_guide_read_common (BrJsonReader        *reader,
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
      !br_json_reader_check_members (reader, root, _br_guide_top_fields, error) ||
      !br_json_reader_get_string (reader, root, "title", BR_JSON_REQUIRED, &title, error) ||
      !br_json_reader_get_string (reader, root, "overview", BR_JSON_REQUIRED, &overview, error) ||
      !_br_guide_read_amazon_way (guide, reader, root, error) ||
      !_br_guide_read_list (guide, reader, root, "principles", 64, _br_guide_read_principle, error) ||
      !_br_guide_read_list (guide, reader, root, "differences", 64, _br_guide_read_difference, error) ||
      !_br_guide_read_list (guide, reader, root, "rubric", 16, _br_guide_read_dimension, error) ||
      !_br_guide_read_process (guide, reader, root, error) ||
      !_br_guide_read_list (guide, reader, root, "categories", 32, _br_guide_read_category, error) ||
      !_br_guide_read_list (guide, reader, root, "questions", 500, _br_guide_read_question, error) ||
      !_br_guide_read_list (guide, reader, root, "plan", 52, _br_guide_read_block, error) ||
      !_br_guide_read_list (guide, reader, root, "resources", 100, _br_guide_read_resource, error) ||
      !_br_guide_read_list (guide, reader, root, "tips", 100, _br_guide_read_tip, error) ||
      !_br_guide_read_closing (guide, reader, root, error))
    return NULL;

  guide->title = g_strdup (title);
  guide->overview = g_strdup (overview);
  return g_steal_pointer (&guide);
}
