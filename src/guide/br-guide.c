/* br-guide.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-guide"

#include <glib/gi18n-lib.h>

#include "br-guide-private.h"
#include "br-core-resources.h"
#include "br-doc-error.h"
#include "br-file-util.h"

/**
 * BrGuide:
 *
 * Everything Bar Raiser teaches: the Amazon way, the leadership
 * principles, how the interview runs, the round's phases, the rubric, the
 * question bank, the study plan, resources, tips and closing thoughts. Each collection is a #GListModel of
 * immutable #BrGuideEntry subclasses; every entry has a stable id that
 * br_guide_lookup() resolves.
 *
 * A guide is loaded with br_guide_parse(), which never trusts its input and
 * reports the first problem with its line, column and JSON path.
 */

G_DEFINE_FINAL_TYPE (BrGuide, br_guide, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TITLE,
  PROP_OVERVIEW,
  PROP_N_WEEKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_guide_finalize (GObject *object)
{
  BrGuide *self = BR_GUIDE (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->principles);
  g_clear_object (&self->differences);
  g_clear_object (&self->stages);
  g_clear_object (&self->phases);
  g_clear_object (&self->rubric);
  g_clear_object (&self->categories);
  g_clear_object (&self->questions);
  g_clear_object (&self->blocks);
  g_clear_object (&self->resources);
  g_clear_object (&self->tips);
  g_clear_object (&self->traits);
  g_clear_object (&self->closing_values);
  g_clear_pointer (&self->amazon_way_summary, g_free);
  g_clear_pointer (&self->closing_summary, g_free);
  g_clear_pointer (&self->closing_advice, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->overview, g_free);

  G_OBJECT_CLASS (br_guide_parent_class)->finalize (object);
}

static void
br_guide_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BrGuide *self = BR_GUIDE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_OVERVIEW:
      g_value_set_string (value, self->overview);
      break;
    case PROP_N_WEEKS:
      g_value_set_uint (value, self->n_weeks);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_guide_class_init (BrGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_guide_finalize;
  object_class->get_property = br_guide_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERVIEW] =
    g_param_spec_string ("overview", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_WEEKS] =
    g_param_spec_uint ("n-weeks", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_guide_init (BrGuide *self)
{
  self->principles = g_list_store_new (BR_TYPE_PRINCIPLE);
  self->differences = g_list_store_new (BR_TYPE_DIFFERENCE);
  self->stages = g_list_store_new (BR_TYPE_STAGE);
  self->phases = g_list_store_new (BR_TYPE_PHASE);
  self->rubric = g_list_store_new (BR_TYPE_DIMENSION);
  self->categories = g_list_store_new (BR_TYPE_CATEGORY);
  self->questions = g_list_store_new (BR_TYPE_QUESTION);
  self->blocks = g_list_store_new (BR_TYPE_BLOCK);
  self->resources = g_list_store_new (BR_TYPE_RESOURCE);
  self->tips = g_list_store_new (BR_TYPE_TIP);
  self->traits = g_list_store_new (BR_TYPE_TRAIT);
  self->closing_values = g_list_store_new (BR_TYPE_PREFERENCE);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

void
_br_guide_add (BrGuide      *self,
               GListStore   *store,
               BrGuideEntry *entry)
{
  if (store != NULL)
    g_list_store_append (store, entry);
  g_hash_table_insert (self->by_id, (gpointer) br_guide_entry_get_id (entry), entry);
}

/**
 * br_guide_new_from_file:
 * @file: a guide file
 *
 * Loads and validates a guide file. Errors are #BR_DOC_ERROR or #G_IO_ERROR
 * and their message starts with the file's path.
 *
 * Returns: (transfer full) (nullable): the guide
 */
BrGuide *
br_guide_new_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  BrGuide *result;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = br_file_load_limited (file, BR_GUIDE_MAX_SIZE, cancellable, error);
  if (bytes == NULL)
    return NULL;

  result = br_guide_parse (bytes, &local_error);
  if (result == NULL)
    {
      name = g_file_get_parse_name (file);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s:", name);
      return NULL;
    }

  result->file = g_object_ref (file);
  return result;
}

/**
 * br_guide_new_builtin:
 *
 * Loads the guide compiled into the application.
 *
 * Returns: (transfer full) (nullable): the built-in guide
 */
BrGuide *
br_guide_new_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (br_core_get_resource (), APP_PATH "content/guide.json",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return br_guide_parse (bytes, error);
}

/**
 * br_guide_get_file:
 *
 * Returns: (transfer none) (nullable): the file the guide came from, or
 *   %NULL for the built-in guide
 */
GFile *
br_guide_get_file (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  return self->file;
}

const char *
br_guide_get_title (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  return self->title;
}

const char *
br_guide_get_overview (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  return self->overview;
}

/**
 * br_guide_get_n_weeks:
 *
 * Returns: how many weeks the study plan lasts (the last week of its last block)
 */
guint
br_guide_get_n_weeks (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), 0);
  return self->n_weeks;
}

#define LIST_GETTER(field)                                \
GListModel *                                              \
br_guide_get_##field (BrGuide *self)                      \
{                                                         \
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);        \
  return G_LIST_MODEL (self->field);                      \
}

LIST_GETTER (principles)
LIST_GETTER (differences)
LIST_GETTER (stages)
LIST_GETTER (phases)
LIST_GETTER (rubric)
LIST_GETTER (categories)
LIST_GETTER (questions)
LIST_GETTER (blocks)
LIST_GETTER (resources)
LIST_GETTER (tips)

/**
 * br_guide_get_amazon_way_summary:
 *
 * Returns: (nullable): the introduction of the Amazon way, or %NULL when
 *   the guide has no such section
 */
const char *
br_guide_get_amazon_way_summary (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  return self->amazon_way_summary;
}

/**
 * br_guide_get_amazon_way:
 *
 * Returns: (transfer none): the #BrTrait list of the Amazon way, empty
 *   when the guide has no such section
 */
GListModel *
br_guide_get_amazon_way (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  return G_LIST_MODEL (self->traits);
}

/**
 * br_guide_get_closing_summary:
 *
 * Returns: (nullable): the opening of the closing thoughts, or %NULL when
 *   the guide has none
 */
const char *
br_guide_get_closing_summary (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  return self->closing_summary;
}

/**
 * br_guide_get_closing_values:
 *
 * Returns: (transfer none): the #BrPreference list of the closing
 *   thoughts, empty when the guide has none
 */
GListModel *
br_guide_get_closing_values (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  return G_LIST_MODEL (self->closing_values);
}

/**
 * br_guide_get_closing_advice:
 *
 * Returns: (nullable): the closing thoughts' last words, or %NULL when the
 *   guide has none
 */
const char *
br_guide_get_closing_advice (BrGuide *self)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  return self->closing_advice;
}

/**
 * br_guide_lookup:
 * @id: an entry id, such as "questions/design-s3"
 *
 * Returns: (transfer none) (nullable): the entry with that id
 */
BrGuideEntry *
br_guide_lookup (BrGuide    *self,
                 const char *id)
{
  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * br_guide_get_block_for_week:
 * @week: a week of the plan, from 1
 *
 * Returns: (transfer none) (nullable): the block that covers @week
 */
BrBlock *
br_guide_get_block_for_week (BrGuide *self,
                             guint    week)
{
  guint n;

  g_return_val_if_fail (BR_IS_GUIDE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->blocks));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrBlock) block = g_list_model_get_item (G_LIST_MODEL (self->blocks), i);

      if (week >= br_block_get_first_week (block) && week <= br_block_get_last_week (block))
        return block;
    }
  return NULL;
}
