/* br-recording-file.c — the recording's file, beside the attempt's board
 *
 *   {"format": "bar-raiser-recording", "version": 1, "duration": 2700000,
 *    "phases": [{"end": 300412}, {"end": 1020950}, ...],
 *    "steps": [
 *     {"t": 4200, "add": [{"at": 0, "item": {ITEM}}]},
 *     {"t": 9100, "set": [{ITEM}], "remove": ["id"], "order": ["id", ...]}
 *    ]}
 *
 * Times are milliseconds from the start of the round, never decreasing;
 * "phases" (optional: recordings made before it have none) says where
 * each phase of the round ended on that time line;
 * ITEM is an item in the .brboard syntax. One step per line keeps a long
 * recording compact and readable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>

#include "br-board-file.h"
#include "br-board-file-private.h"
#include "br-doc-error.h"
#include "br-file-util.h"
#include "br-ids.h"
#include "br-json-reader.h"
#include "br-json-write.h"
#include "br-recording-private.h"

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

static gboolean
read_ids (BrJsonReader *reader,
          JsonObject   *object,
          const char   *member,
          GPtrArray   **out,
          GError      **error)
{
  g_auto(GStrv) ids = NULL;

  *out = NULL;
  if (!br_json_reader_get_strv (reader, object, member, BR_JSON_OPTIONAL,
                                1, BR_BOARD_MAX_ITEMS, &ids, error))
    return FALSE;
  if (ids == NULL)
    return TRUE;

  for (guint i = 0; ids[i] != NULL; i++)
    if (!br_id_is_name (ids[i]))
      {
        gboolean ok;

        br_json_reader_push_member (reader, member);
        br_json_reader_push_index (reader, i);
        ok = br_json_reader_fail (reader, error, BR_DOC_ERROR_INVALID_ID,
                                  _("“%s” is not an item id"), ids[i]);
        br_json_reader_pop (reader);
        br_json_reader_pop (reader);
        return ok;
      }

  *out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (*out, g_steal_pointer (&ids[i]));
  return TRUE;
}

static gboolean
read_added (BrJsonReader    *reader,
            JsonObject      *object,
            GHashTable      *ids,
            BrRecordingStep *step,
            GError         **error)
{
  static const char * const allowed[] = { "at", "item", NULL };
  JsonArray *array;
  gint64 last = -1;

  if (!br_json_reader_get_array (reader, object, "add", BR_JSON_OPTIONAL,
                                 1, BR_BOARD_MAX_ITEMS, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "add");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *added, *item_object;
      BrItem *item = NULL;
      gint64 at;
      guint position;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, array, i, &added, error))
        return FALSE;
      ok = br_json_reader_check_members (reader, added, allowed, error) &&
           br_json_reader_get_int (reader, added, "at", BR_JSON_REQUIRED,
                                   0, BR_BOARD_MAX_ITEMS, &at, error) &&
           br_json_reader_get_object (reader, added, "item", BR_JSON_REQUIRED, &item_object, error);
      if (ok && at <= last)
        ok = br_json_reader_fail_member (reader, error, "at", BR_DOC_ERROR_RANGE,
                                         _("the places of added items must increase"));
      if (ok)
        {
          br_json_reader_push_member (reader, "item");
          ok = _br_board_read_item (reader, item_object, ids, &item, error);
          br_json_reader_pop (reader);
        }
      br_json_reader_pop (reader);
      if (!ok)
        return FALSE;
      position = (guint) at;
      last = at;
      g_ptr_array_add (step->add, item);
      g_array_append_val (step->add_at, position);
    }
  br_json_reader_pop (reader);
  return TRUE;
}

static gboolean
read_set (BrJsonReader    *reader,
          JsonObject      *object,
          GHashTable      *ids,
          BrRecordingStep *step,
          GError         **error)
{
  JsonArray *array;

  if (!br_json_reader_get_array (reader, object, "set", BR_JSON_OPTIONAL,
                                 1, BR_BOARD_MAX_ITEMS, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "set");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item_object;
      BrItem *item = NULL;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, array, i, &item_object, error))
        return FALSE;
      ok = _br_board_read_item (reader, item_object, ids, &item, error);
      br_json_reader_pop (reader);
      if (!ok)
        return FALSE;
      g_ptr_array_add (step->set, item);
    }
  br_json_reader_pop (reader);
  return TRUE;
}

static BrRecordingStep *
read_step (BrJsonReader  *reader,
           JsonObject    *object,
           gint64         previous,
           GError       **error)
{
  static const char * const allowed[] = { "t", "remove", "set", "add", "order", NULL };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) remove = NULL;
  BrRecordingStep *step;
  gint64 time;

  if (!br_json_reader_check_members (reader, object, allowed, error) ||
      !br_json_reader_get_int (reader, object, "t", BR_JSON_REQUIRED,
                               0, BR_RECORDING_MAX_TIME, &time, error))
    return NULL;
  if (time < previous)
    return br_json_reader_fail_member (reader, error, "t", BR_DOC_ERROR_RANGE,
                                       _("the step is earlier than the one before it")), NULL;

  step = _br_recording_step_new (time);
  /* An item is named once per step: the set and added items share @ids */
  if (!read_ids (reader, object, "remove", &remove, error) ||
      !read_set (reader, object, ids, step, error) ||
      !read_added (reader, object, ids, step, error) ||
      !read_ids (reader, object, "order", &step->order, error))
    {
      _br_recording_step_free (step);
      return NULL;
    }
  if (remove != NULL)
    g_ptr_array_extend_and_steal (step->remove, g_steal_pointer (&remove));
  return step;
}

/* "phases": where each phase ended, never decreasing */
static gboolean
read_phases (BrJsonReader  *reader,
             JsonObject    *root,
             BrRecording   *recording,
             GError       **error)
{
  static const char * const allowed[] = { "end", NULL };
  gint64 ends[BR_RECORDING_MAX_PHASES];
  JsonArray *array;
  guint n;

  if (!br_json_reader_get_array (reader, root, "phases", BR_JSON_OPTIONAL,
                                 1, BR_RECORDING_MAX_PHASES, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  br_json_reader_push_member (reader, "phases");
  for (guint i = 0; i < n; i++)
    {
      JsonObject *phase;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, array, i, &phase, error))
        return FALSE;
      ok = br_json_reader_check_members (reader, phase, allowed, error) &&
           br_json_reader_get_int (reader, phase, "end", BR_JSON_REQUIRED,
                                   0, BR_RECORDING_MAX_TIME, &ends[i], error);
      if (ok && i > 0 && ends[i] < ends[i - 1])
        ok = br_json_reader_fail_member (reader, error, "end", BR_DOC_ERROR_RANGE,
                                         _("the phase ends before the one before it"));
      br_json_reader_pop (reader);
      if (!ok)
        return FALSE;
    }
  br_json_reader_pop (reader);
  br_recording_set_phase_ends (recording, ends, n);
  return TRUE;
}

/**
 * br_recording_parse:
 * @error: return location for a #BR_DOC_ERROR
 *
 * Reads a recording and checks that every step applies to the board the
 * steps before it built: a step that names an item the board does not
 * have at that point is refused, and nothing of the recording is kept.
 *
 * Returns: (transfer full) (nullable): the recording
 */
BrRecording *
br_recording_parse (GBytes  *bytes,
                    GError **error)
{
  static const char * const allowed[] = { "format", "version", "duration", "phases", "steps", NULL };
  g_autoptr(BrJsonReader) reader = NULL;
  g_autoptr(BrRecording) recording = NULL;
  JsonObject *root;
  JsonArray *steps;
  gint64 duration = 0, previous = 0;

  g_return_val_if_fail (bytes != NULL, NULL);

  reader = br_json_reader_new (bytes, BR_RECORDING_MAX_SIZE, error);
  if (reader == NULL)
    return NULL;
  root = br_json_reader_get_root (reader);
  if (!br_json_reader_check_format (reader, BR_RECORDING_FORMAT, BR_RECORDING_VERSION, NULL, error) ||
      !br_json_reader_check_members (reader, root, allowed, error) ||
      !br_json_reader_get_int (reader, root, "duration", BR_JSON_OPTIONAL,
                               0, BR_RECORDING_MAX_TIME, &duration, error) ||
      !br_json_reader_get_array (reader, root, "steps", BR_JSON_REQUIRED,
                                 0, BR_RECORDING_MAX_STEPS, &steps, error))
    return NULL;

  recording = br_recording_new ();
  if (!read_phases (reader, root, recording, error))
    return NULL;
  br_json_reader_push_member (reader, "steps");
  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      g_autoptr(GError) local_error = NULL;
      JsonObject *object;
      BrRecordingStep *step;
      const char *member = NULL;

      if (!br_json_reader_get_element_object (reader, steps, i, &object, error))
        return NULL;
      step = read_step (reader, object, previous, error);
      if (step == NULL)
        return NULL;
      previous = step->time;
      if (!_br_recording_push_step (recording, step, &member, &local_error))
        {
          /* Said where the step is */
          if (member != NULL)
            br_json_reader_push_member (reader, member);
          br_json_reader_fail (reader, error, local_error->code, "%s", local_error->message);
          return NULL;
        }
      br_json_reader_pop (reader);
    }
  br_json_reader_pop (reader);

  br_recording_set_duration (recording, duration);
  return g_steal_pointer (&recording);
}

/**
 * br_recording_load_file:
 * @file: a recording's file
 * @error: return location for a #GIOError or a #BR_DOC_ERROR
 *
 * Reads @file as br_recording_parse() does; an error names the file.
 *
 * Returns: (transfer full) (nullable): the recording
 */
BrRecording *
br_recording_load_file (GFile   *file,
                        GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  BrRecording *recording;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = br_file_load_limited (file, BR_RECORDING_MAX_SIZE, NULL, error);
  if (bytes == NULL)
    return NULL;
  recording = br_recording_parse (bytes, &local_error);
  if (recording == NULL)
    {
      name = g_file_get_basename (file);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
    }
  return recording;
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static void
write_ids (GString    *out,
           const char *member,
           GPtrArray  *ids)
{
  g_string_append_printf (out, ", \"%s\": [", member);
  for (guint i = 0; i < ids->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      br_json_write_string (out, g_ptr_array_index (ids, i));
    }
  g_string_append_c (out, ']');
}

/**
 * br_recording_to_bytes:
 *
 * Returns: (transfer full): the recording's file, the same bytes for the
 *   same recording
 */
GBytes *
br_recording_to_bytes (BrRecording *self)
{
  GPtrArray *steps;
  GString *out;
  const gint64 *phase_ends;
  guint n_phases;

  g_return_val_if_fail (BR_IS_RECORDING (self), NULL);

  steps = _br_recording_get_steps (self);
  out = g_string_sized_new (256 + steps->len * 256);
  g_string_append (out, "{\"format\": ");
  br_json_write_string (out, BR_RECORDING_FORMAT);
  g_string_append_printf (out, ", \"version\": %d, \"duration\": %" G_GINT64_FORMAT ",",
                          BR_RECORDING_VERSION, br_recording_get_duration (self));
  phase_ends = br_recording_get_phase_ends (self, &n_phases);
  if (n_phases > 0)
    {
      g_string_append (out, "\n \"phases\": [");
      for (guint i = 0; i < n_phases; i++)
        g_string_append_printf (out, "%s{\"end\": %" G_GINT64_FORMAT "}", i > 0 ? ", " : "", phase_ends[i]);
      g_string_append (out, "],");
    }
  g_string_append (out, "\n \"steps\": [");
  for (guint i = 0; i < steps->len; i++)
    {
      BrRecordingStep *step = g_ptr_array_index (steps, i);

      g_string_append (out, i > 0 ? ",\n  " : "\n  ");
      g_string_append_printf (out, "{\"t\": %" G_GINT64_FORMAT, step->time);
      if (step->remove->len > 0)
        write_ids (out, "remove", step->remove);
      if (step->set->len > 0)
        {
          g_string_append (out, ", \"set\": [");
          for (guint j = 0; j < step->set->len; j++)
            {
              if (j > 0)
                g_string_append (out, ", ");
              _br_board_write_item (out, g_ptr_array_index (step->set, j));
            }
          g_string_append_c (out, ']');
        }
      if (step->add->len > 0)
        {
          g_string_append (out, ", \"add\": [");
          for (guint j = 0; j < step->add->len; j++)
            {
              if (j > 0)
                g_string_append (out, ", ");
              g_string_append_printf (out, "{\"at\": %u, \"item\": ", g_array_index (step->add_at, guint, j));
              _br_board_write_item (out, g_ptr_array_index (step->add, j));
              g_string_append_c (out, '}');
            }
          g_string_append_c (out, ']');
        }
      if (step->order != NULL)
        write_ids (out, "order", step->order);
      g_string_append_c (out, '}');
    }
  g_string_append (out, steps->len > 0 ? "\n ]}\n" : "]}\n");
  return g_string_free_to_bytes (out);
}
