/* br-practice-file.c — the practice.json format
 *
 * {
 *   "format": "bar-raiser-practice",
 *   "version": 2,
 *   "attempts": [
 *     {
 *       "id": "attempts/0b6f1c9e-54c4-4a39-9d1c-2a7f0f3f6a11",
 *       "question": "questions/design-s3",
 *       "started": "2024-03-04T18:30:00Z",
 *       "length": 45,
 *       "completed": true,
 *       "phases": [
 *         { "phase": "phases/requirements", "budget": 300, "actual": 412 }
 *       ],
 *       "scores": { "rubric/requirements": 3, "rubric/scale": 2 },
 *       "principles": [ "principles/customer-obsession" ],
 *       "notes": "Forgot the read path",
 *       "board": "boards/0b6f1c9e-54c4-4a39-9d1c-2a7f0f3f6a11.brboard",
 *       "findings": [ ... ]                      version 2, see br-attempt-finding.c
 *     }
 *   ],
 *   "schedules": [
 *     { "question": "questions/design-s3", "repetitions": 1, "interval": 1,
 *       "easiness": 2.36, "due": "2024-03-05" }
 *   ]
 * }
 *
 * Times are UTC ("Z"), phase times are seconds, scores 1 to 4. Only "id",
 * "question", "started" and "length" are required in an attempt; ids of
 * questions, dimensions and principles are checked for their form but not
 * against the guide, so that a guide that changes drops nothing. "board" is
 * a path relative to the file's folder that cannot leave it.
 *
 * Version 2 adds an attempt's design-review "findings". The file is written
 * as version 1 unless an attempt has findings, so that an older Bar Raiser
 * still opens it; a version newer than this one reads is refused with a
 * message that says so (and br-store.c leaves such a file untouched).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-ids.h"
#include "br-json-reader.h"
#include "br-practice-private.h"

/* The budget of each parse (see br_json_parse_full()): the document
 * without its attempts, which may list BR_PRACTICE_MAX_ATTEMPTS of them
 * and BR_PRACTICE_MAX_SCHEDULES schedules of five values (about 80,000
 * values and 20 MB of tree), then each attempt. A file nests five deep. */
static const BrJsonLimits practice_limits = {
  .max_length = BR_PRACTICE_MAX_SIZE,
  .max_depth = 16,
  .max_values = 100000,
  .max_memory = 48 * 1024 * 1024,
};

void
br_practice_data_init (BrPracticeData *data)
{
  data->attempts = g_ptr_array_new_with_free_func (g_object_unref);
  data->schedules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
br_practice_data_clear (BrPracticeData *data)
{
  g_clear_pointer (&data->attempts, g_ptr_array_unref);
  g_clear_pointer (&data->schedules, g_hash_table_unref);
}

/* "prefix/" followed by lowercase letters, digits and single hyphens */
static gboolean
is_ref (const char *text,
        const char *prefix)
{
  return g_str_has_prefix (text, prefix) && br_id_is_slug (text + strlen (prefix));
}

static gboolean
bad_ref (BrJsonReader *reader,
         GError      **error,
         const char   *text,
         const char   *prefix)
{
  return br_json_reader_fail (reader, error, BR_DOC_ERROR_INVALID_ID,
                              _("“%s” is not a valid id: expected “%s” followed by lowercase letters, digits and single hyphens"),
                              text, prefix);
}

static gboolean
read_ref (BrJsonReader *reader,
          JsonObject   *object,
          const char   *member,
          const char   *prefix,
          const char  **out,
          GError      **error)
{
  gboolean ok = TRUE;

  if (!br_json_reader_get_string (reader, object, member, BR_JSON_REQUIRED, out, error))
    return FALSE;
  if (!is_ref (*out, prefix))
    {
      br_json_reader_push_member (reader, member);
      ok = bad_ref (reader, error, *out, prefix);
      br_json_reader_pop (reader);
    }
  return ok;
}

static gboolean
read_started (BrJsonReader  *reader,
              JsonObject    *object,
              GDateTime    **out,
              GError       **error)
{
  const char *text;

  if (!br_json_reader_get_string (reader, object, "started", BR_JSON_REQUIRED, &text, error))
    return FALSE;
  /* g_date_time_new_from_iso8601() needs a time zone here, and the file's is UTC */
  if (!g_str_has_suffix (text, "Z") || (*out = g_date_time_new_from_iso8601 (text, NULL)) == NULL)
    return br_json_reader_fail_member (reader, error, "started", BR_DOC_ERROR_INVALID_VALUE,
                                       _("“%s” is not a time written as YYYY-MM-DDTHH:MM:SSZ (UTC)"), text);
  return TRUE;
}

static gboolean
read_phases (BrJsonReader *reader,
             JsonObject   *object,
             BrAttempt    *attempt,
             GError      **error)
{
  static const char * const fields[] = { "phase", "budget", "actual", NULL };
  JsonArray *phases;

  if (!br_json_reader_get_array (reader, object, "phases", BR_JSON_OPTIONAL,
                                 0, BR_ATTEMPT_MAX_PHASES, &phases, error))
    return FALSE;
  if (phases == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "phases");
  for (guint i = 0; i < json_array_get_length (phases); i++)
    {
      JsonObject *phase;
      const char *id;
      gint64 budget, actual;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, phases, i, &phase, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      ok = br_json_reader_check_members (reader, phase, fields, error) &&
           read_ref (reader, phase, "phase", "phases/", &id, error) &&
           br_json_reader_get_int (reader, phase, "budget", BR_JSON_REQUIRED,
                                   0, BR_ATTEMPT_MAX_SECONDS, &budget, error) &&
           br_json_reader_get_int (reader, phase, "actual", BR_JSON_REQUIRED,
                                   0, BR_ATTEMPT_MAX_SECONDS, &actual, error);
      br_json_reader_pop (reader);
      if (!ok)
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      br_attempt_add_phase (attempt, id, (guint) budget, (guint) actual);
    }
  br_json_reader_pop (reader);
  return TRUE;
}

static gboolean
read_scores (BrJsonReader *reader,
             JsonObject   *object,
             BrAttempt    *attempt,
             GError      **error)
{
  JsonObject *scores;
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  if (!br_json_reader_get_object (reader, object, "scores", BR_JSON_OPTIONAL, &scores, error))
    return FALSE;
  if (scores == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "scores");
  json_object_iter_init (&iter, scores);
  while (json_object_iter_next (&iter, &member, &node))
    {
      gint64 score;

      if (!is_ref (member, "rubric/"))
        {
          br_json_reader_push_member (reader, member);
          bad_ref (reader, error, member, "rubric/");
          br_json_reader_pop (reader);
          br_json_reader_pop (reader);
          return FALSE;
        }
      if (!br_json_reader_get_int (reader, scores, member, BR_JSON_REQUIRED,
                                   BR_ATTEMPT_MIN_SCORE, BR_ATTEMPT_MAX_SCORE, &score, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      br_attempt_set_score (attempt, member, (guint) score);
    }
  br_json_reader_pop (reader);
  return TRUE;
}

static gboolean
read_principles (BrJsonReader *reader,
                 JsonObject   *object,
                 BrAttempt    *attempt,
                 GError      **error)
{
  g_auto(GStrv) principles = NULL;

  if (!br_json_reader_get_strv (reader, object, "principles", BR_JSON_OPTIONAL,
                                0, 64, &principles, error))
    return FALSE;
  if (principles == NULL)
    return TRUE;

  for (guint i = 0; principles[i] != NULL; i++)
    {
      if (!is_ref (principles[i], "principles/"))
        {
          br_json_reader_push_member (reader, "principles");
          br_json_reader_push_index (reader, i);
          bad_ref (reader, error, principles[i], "principles/");
          br_json_reader_pop (reader);
          br_json_reader_pop (reader);
          return FALSE;
        }
    }
  br_attempt_set_principles (attempt, (const char * const *) principles);
  return TRUE;
}

static BrAttempt *
read_attempt (BrJsonReader *reader,
              JsonObject   *object,
              gint64        version,
              GError      **error)
{
  static const char * const fields[] = {
    "id", "question", "started", "length", "completed",
    "phases", "scores", "principles", "notes", "board", "findings", NULL
  };
  g_autoptr(BrAttempt) attempt = NULL;
  g_autoptr(GDateTime) started = NULL;
  const char *id, *question;
  const char *notes = NULL, *board = NULL;
  gint64 length;
  gboolean completed = FALSE;

  if (!br_json_reader_check_members (reader, object, fields, error) ||
      !br_json_reader_define_id (reader, object, "attempts/", &id, error) ||
      !read_ref (reader, object, "question", "questions/", &question, error) ||
      !read_started (reader, object, &started, error) ||
      !br_json_reader_get_int (reader, object, "length", BR_JSON_REQUIRED,
                               1, BR_ATTEMPT_MAX_LENGTH, &length, error) ||
      !br_json_reader_get_boolean (reader, object, "completed", BR_JSON_OPTIONAL, &completed, error))
    return NULL;

  attempt = br_attempt_new_with_id (id, question, started, (guint) length);
  br_attempt_set_completed (attempt, completed);

  if (!read_phases (reader, object, attempt, error) ||
      !read_scores (reader, object, attempt, error) ||
      !read_principles (reader, object, attempt, error) ||
      !br_json_reader_get_string (reader, object, "notes",
                                  BR_JSON_OPTIONAL | BR_JSON_ALLOW_EMPTY, &notes, error) ||
      !br_json_reader_get_string (reader, object, "board", BR_JSON_OPTIONAL, &board, error) ||
      !br_attempt_read_findings (reader, object, version, attempt, error))
    return NULL;

  if (board != NULL && !br_store_is_safe_relative_path (board))
    {
      br_json_reader_fail_member (reader, error, "board", BR_DOC_ERROR_INVALID_VALUE,
                                  _("“%s” is not a path inside the practice folder"), board);
      return NULL;
    }

  br_attempt_set_notes (attempt, notes);
  br_attempt_set_board (attempt, board);
  return g_steal_pointer (&attempt);
}

/* The attempts are parsed one at a time (br_json_reader_new_limited()) */
static gboolean
read_attempts (BrJsonReader   *reader,
               gint64          version,
               BrPracticeData *data,
               GError        **error)
{
  guint length;

  if (!br_json_reader_has_list (reader))
    return TRUE;
  if (!br_json_reader_get_list (reader, 0, BR_PRACTICE_MAX_ATTEMPTS, &length, error))
    return FALSE;

  br_json_reader_push_member (reader, "attempts");
  for (guint i = 0; i < length; i++)
    {
      JsonObject *object;
      BrAttempt *attempt;

      if (!br_json_reader_get_list_object (reader, i, &object, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      attempt = read_attempt (reader, object, version, error);
      br_json_reader_pop (reader);
      if (attempt == NULL)
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      g_ptr_array_add (data->attempts, attempt);
    }
  br_json_reader_pop (reader);
  return TRUE;
}

static gboolean
read_schedule (BrJsonReader   *reader,
               JsonObject     *object,
               BrPracticeData *data,
               GError        **error)
{
  static const char * const fields[] = { "question", "repetitions", "interval", "easiness", "due", NULL };
  BrSchedule schedule;
  const char *question;
  gint64 repetitions, interval;

  if (!br_json_reader_check_members (reader, object, fields, error) ||
      !read_ref (reader, object, "question", "questions/", &question, error))
    return FALSE;
  if (g_hash_table_contains (data->schedules, question))
    return br_json_reader_fail_member (reader, error, "question", BR_DOC_ERROR_DUPLICATE_ID,
                                       _("“%s” already has a schedule earlier in the file"), question);

  if (!br_json_reader_get_int (reader, object, "repetitions", BR_JSON_REQUIRED,
                               0, G_MAXINT32, &repetitions, error) ||
      !br_json_reader_get_int (reader, object, "interval", BR_JSON_REQUIRED,
                               1, BR_SM2_MAX_INTERVAL, &interval, error) ||
      !br_json_reader_get_double (reader, object, "easiness", BR_JSON_REQUIRED,
                                  BR_SM2_MIN_EASINESS, BR_SM2_MAX_EASINESS,
                                  &schedule.state.easiness, error) ||
      !br_store_read_date (reader, object, "due", &schedule.due, error))
    return FALSE;

  schedule.state.repetitions = (guint) repetitions;
  schedule.state.interval = (guint) interval;
  g_hash_table_insert (data->schedules, g_strdup (question), g_memdup2 (&schedule, sizeof schedule));
  return TRUE;
}

static gboolean
read_schedules (BrJsonReader   *reader,
                BrPracticeData *data,
                GError        **error)
{
  JsonObject *root = br_json_reader_get_root (reader);
  JsonArray *schedules;

  if (!br_json_reader_get_array (reader, root, "schedules", BR_JSON_OPTIONAL,
                                 0, BR_PRACTICE_MAX_SCHEDULES, &schedules, error))
    return FALSE;
  if (schedules == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "schedules");
  for (guint i = 0; i < json_array_get_length (schedules); i++)
    {
      JsonObject *object;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, schedules, i, &object, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      ok = read_schedule (reader, object, data, error);
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

/**
 * br_practice_data_parse:
 * @data: an initialized, empty #BrPracticeData
 *
 * Parses a whole practice document into @data. On failure @data may hold
 * part of the document; the caller clears it.
 */
gboolean
br_practice_data_parse (BrPracticeData *data,
                        GBytes         *bytes,
                        GError        **error)
{
  static const char * const fields[] = { "format", "version", "attempts", "schedules", NULL };
  g_autoptr(BrJsonReader) reader = NULL;
  gint64 version;

  /* The attempts, most of the file, are parsed one at a time */
  reader = br_json_reader_new_limited (bytes, &practice_limits, "attempts", error);
  if (reader == NULL)
    return FALSE;

  return br_json_reader_check_format (reader, BR_PRACTICE_FORMAT, BR_PRACTICE_VERSION, &version, error) &&
         br_json_reader_check_members (reader, br_json_reader_get_root (reader), fields, error) &&
         read_attempts (reader, version, data, error) &&
         read_schedules (reader, data, error);
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_attempt (JsonBuilder *builder,
             BrAttempt   *attempt)
{
  g_autofree char *started = g_date_time_format_iso8601 (br_attempt_get_started (attempt));
  g_auto(GStrv) dimensions = br_attempt_dup_scored_dimensions (attempt);
  const char * const *principles = br_attempt_get_principles (attempt);

  json_builder_begin_object (builder);
  add_string (builder, "id", br_attempt_get_id (attempt));
  add_string (builder, "question", br_attempt_get_question_id (attempt));
  add_string (builder, "started", started);
  add_int (builder, "length", br_attempt_get_length (attempt));
  json_builder_set_member_name (builder, "completed");
  json_builder_add_boolean_value (builder, br_attempt_get_completed (attempt));

  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  for (guint i = 0; i < br_attempt_get_n_phases (attempt); i++)
    {
      const BrAttemptPhase *phase = br_attempt_get_phase (attempt, i);

      json_builder_begin_object (builder);
      add_string (builder, "phase", phase->phase_id);
      add_int (builder, "budget", phase->budget);
      add_int (builder, "actual", phase->actual);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "scores");
  json_builder_begin_object (builder);
  for (guint i = 0; dimensions[i] != NULL; i++)
    add_int (builder, dimensions[i], br_attempt_get_score (attempt, dimensions[i]));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "principles");
  json_builder_begin_array (builder);
  for (guint i = 0; principles[i] != NULL; i++)
    json_builder_add_string_value (builder, principles[i]);
  json_builder_end_array (builder);

  if (br_attempt_get_notes (attempt)[0] != '\0')
    add_string (builder, "notes", br_attempt_get_notes (attempt));
  if (br_attempt_get_board (attempt) != NULL)
    add_string (builder, "board", br_attempt_get_board (attempt));
  br_attempt_add_findings_member (builder, attempt);
  json_builder_end_object (builder);
}

/**
 * br_practice_data_to_node:
 * @attempts: the attempts, in the order to write them
 * @schedules: question id -> #BrSchedule, written sorted by question
 *
 * Returns: (transfer full): the document
 */
JsonNode *
br_practice_data_to_node (GListModel *attempts,
                          GHashTable *schedules)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree const char **questions = NULL;
  guint n_questions;
  guint n_attempts = g_list_model_get_n_items (attempts);
  gint64 version = 1;

  /* The oldest version that holds what the attempts have */
  for (guint i = 0; i < n_attempts && version < 2; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (attempts, i);

      if (br_attempt_get_n_findings (attempt) > 0)
        version = 2;
    }
  br_store_begin_document (builder, BR_PRACTICE_FORMAT, version);

  json_builder_set_member_name (builder, "attempts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_attempts; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (attempts, i);

      add_attempt (builder, attempt);
    }
  json_builder_end_array (builder);

  questions = (const char **) g_hash_table_get_keys_as_array (schedules, &n_questions);
  qsort (questions, n_questions, sizeof (char *), compare_strings);
  json_builder_set_member_name (builder, "schedules");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_questions; i++)
    {
      const BrSchedule *schedule = g_hash_table_lookup (schedules, questions[i]);
      g_autofree char *due = br_store_format_date (&schedule->due);

      json_builder_begin_object (builder);
      add_string (builder, "question", questions[i]);
      add_int (builder, "repetitions", schedule->state.repetitions);
      add_int (builder, "interval", schedule->state.interval);
      json_builder_set_member_name (builder, "easiness");
      json_builder_add_double_value (builder, schedule->state.easiness);
      add_string (builder, "due", due);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
