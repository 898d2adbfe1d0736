/* br-progress-file.c — the progress.json format
 *
 * {
 *   "format": "bar-raiser-progress",
 *   "version": 1,
 *   "start-date": "2024-03-04",
 *   "items": [
 *     { "id": "items/cap-theorem", "state": "done", "note": "Re-read PACELC" }
 *   ],
 *   "activity": [
 *     { "date": "2024-03-04", "count": 3 }
 *   ]
 * }
 *
 * "items" and "activity" are optional; "note" is optional and may be empty.
 * Item ids are kept whether or not the guide knows them, so that a guide
 * that changes does not drop the user's notes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-progress"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-json-reader.h"
#include "br-progress-private.h"

/* The budget of the parse (see br_json_parse_full()): BR_PROGRESS_MAX_ITEMS
 * items of three values and BR_PROGRESS_MAX_DAYS days of two take about
 * 160,000 values and 48 MB of tree; a file nests three deep */
static const BrJsonLimits progress_limits = {
  .max_length = BR_PROGRESS_MAX_SIZE,
  .max_depth = 16,
  .max_values = 200000,
  .max_memory = 64 * 1024 * 1024,
};

static const char * const state_names[] = { "not-started", "in-progress", "done", NULL };

BrProgressItem *
br_progress_item_new (void)
{
  BrProgressItem *item = g_new0 (BrProgressItem, 1);

  item->note = g_strdup ("");
  return item;
}

void
br_progress_item_free (gpointer data)
{
  BrProgressItem *item = data;

  g_free (item->note);
  g_free (item);
}

void
br_progress_data_init (BrProgressData *data)
{
  g_date_clear (&data->start_date, 1);
  data->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, br_progress_item_free);
  data->activity = g_hash_table_new (g_direct_hash, g_direct_equal);
}

void
br_progress_data_clear (BrProgressData *data)
{
  g_clear_pointer (&data->items, g_hash_table_unref);
  g_clear_pointer (&data->activity, g_hash_table_unref);
  g_date_clear (&data->start_date, 1);
}

static gboolean
read_items (BrJsonReader   *reader,
            BrProgressData *data,
            GError        **error)
{
  static const char * const fields[] = { "id", "state", "note", NULL };
  JsonObject *root = br_json_reader_get_root (reader);
  JsonArray *items;

  if (!br_json_reader_get_array (reader, root, "items", BR_JSON_OPTIONAL,
                                 0, BR_PROGRESS_MAX_ITEMS, &items, error))
    return FALSE;
  if (items == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *object;
      const char *id;
      const char *note = NULL;
      guint state;
      BrProgressItem *item;

      if (!br_json_reader_get_element_object (reader, items, i, &object, error))
        goto fail;
      if (!br_json_reader_check_members (reader, object, fields, error) ||
          !br_json_reader_define_id (reader, object, "items/", &id, error) ||
          !br_json_reader_get_choice (reader, object, "state", state_names, &state, error) ||
          !br_json_reader_get_string (reader, object, "note",
                                      BR_JSON_OPTIONAL | BR_JSON_ALLOW_EMPTY, &note, error))
        {
          br_json_reader_pop (reader);
          goto fail;
        }
      br_json_reader_pop (reader);

      item = br_progress_item_new ();
      item->state = (BrItemState) state;
      if (note != NULL)
        {
          g_free (item->note);
          item->note = g_strdup (note);
        }
      g_hash_table_replace (data->items, g_strdup (id), item);
    }
  br_json_reader_pop (reader);
  return TRUE;

fail:
  br_json_reader_pop (reader);
  return FALSE;
}

static gboolean
read_activity (BrJsonReader   *reader,
               BrProgressData *data,
               GError        **error)
{
  static const char * const fields[] = { "date", "count", NULL };
  JsonObject *root = br_json_reader_get_root (reader);
  JsonArray *days;

  if (!br_json_reader_get_array (reader, root, "activity", BR_JSON_OPTIONAL,
                                 0, BR_PROGRESS_MAX_DAYS, &days, error))
    return FALSE;
  if (days == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "activity");
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonObject *object;
      GDate date;
      gint64 count;
      gpointer key;

      if (!br_json_reader_get_element_object (reader, days, i, &object, error))
        goto fail;
      if (!br_json_reader_check_members (reader, object, fields, error) ||
          !br_store_read_date (reader, object, "date", &date, error) ||
          !br_json_reader_get_int (reader, object, "count", BR_JSON_REQUIRED,
                                   1, G_MAXINT32, &count, error))
        {
          br_json_reader_pop (reader);
          goto fail;
        }

      key = GUINT_TO_POINTER (g_date_get_julian (&date));
      if (g_hash_table_contains (data->activity, key))
        {
          const char *text = NULL;

          br_json_reader_get_string (reader, object, "date", BR_JSON_REQUIRED, &text, NULL);
          br_json_reader_fail_member (reader, error, "date", BR_DOC_ERROR_DUPLICATE_ID,
                                      _("the day %s is already listed earlier in the file"), text);
          br_json_reader_pop (reader);
          goto fail;
        }
      br_json_reader_pop (reader);
      g_hash_table_insert (data->activity, key, GUINT_TO_POINTER ((guint) count));
    }
  br_json_reader_pop (reader);
  return TRUE;

fail:
  br_json_reader_pop (reader);
  return FALSE;
}

static gboolean
read_start_date (BrJsonReader *reader,
                 JsonObject   *root,
                 GDate        *out,
                 GError      **error)
{
  g_autoptr(GError) range_error = NULL;

  if (!br_store_read_date (reader, root, "start-date", out, error))
    return FALSE;
  if (!br_progress_check_start_date (out, &range_error))
    return br_json_reader_fail_member (reader, error, "start-date", BR_DOC_ERROR_RANGE,
                                       "%s", range_error->message);
  return TRUE;
}

/**
 * br_progress_data_parse:
 * @data: an initialized, empty #BrProgressData
 *
 * Parses a whole progress document into @data. On failure @data may hold
 * part of the document; the caller clears it.
 */
gboolean
br_progress_data_parse (BrProgressData *data,
                        GBytes         *bytes,
                        GError        **error)
{
  static const char * const fields[] = { "format", "version", "start-date", "items", "activity", NULL };
  g_autoptr(BrJsonReader) reader = NULL;
  JsonObject *root;

  reader = br_json_reader_new_limited (bytes, &progress_limits, NULL, error);
  if (reader == NULL)
    return FALSE;
  root = br_json_reader_get_root (reader);

  return br_json_reader_check_format (reader, BR_PROGRESS_FORMAT, BR_PROGRESS_VERSION, NULL, error) &&
         br_json_reader_check_members (reader, root, fields, error) &&
         read_start_date (reader, root, &data->start_date, error) &&
         read_items (reader, data, error) &&
         read_activity (reader, data, error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/**
 * br_progress_data_to_node:
 *
 * Returns: (transfer full): the document for @data, items sorted by id and
 *   days by date, so that the same data always gives the same bytes
 */
JsonNode *
br_progress_data_to_node (const BrProgressData *data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *start = NULL;
  g_autofree const char **ids = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter iter;
  gpointer key;
  guint n_ids;

  br_store_begin_document (builder, BR_PROGRESS_FORMAT, BR_PROGRESS_VERSION);

  g_return_val_if_fail (g_date_valid (&data->start_date), NULL);
  start = br_store_format_date (&data->start_date);
  json_builder_set_member_name (builder, "start-date");
  json_builder_add_string_value (builder, start);

  ids = (const char **) g_hash_table_get_keys_as_array (data->items, &n_ids);
  qsort (ids, n_ids, sizeof (char *), compare_strings);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_ids; i++)
    {
      const BrProgressItem *item = g_hash_table_lookup (data->items, ids[i]);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ids[i]);
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder, state_names[item->state]);
      if (item->note[0] != '\0')
        {
          json_builder_set_member_name (builder, "note");
          json_builder_add_string_value (builder, item->note);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  g_hash_table_iter_init (&iter, data->activity);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint julian = GPOINTER_TO_UINT (key);

      g_array_append_val (days, julian);
    }
  g_array_sort (days, compare_uints);
  json_builder_set_member_name (builder, "activity");
  json_builder_begin_array (builder);
  for (guint i = 0; i < days->len; i++)
    {
      guint julian = g_array_index (days, guint, i);
      GDate date;
      g_autofree char *text = NULL;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      text = br_store_format_date (&date);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, text);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder,
                                  GPOINTER_TO_UINT (g_hash_table_lookup (data->activity,
                                                                         GUINT_TO_POINTER (julian))));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
