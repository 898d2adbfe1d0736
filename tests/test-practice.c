/* test-practice.c — attempts, the practice history, SM-2 and "Surprise me"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "br-guide.h"
#include "br-practice-history.h"
#include "br-question-picker.h"
#include "br-sm2.h"
#include "br-test-fixtures.h"

static BrTestFixtures *fixtures;

static const char * const dimensions[] = {
  "rubric/requirements", "rubric/high-level-design", "rubric/detailed-design",
  "rubric/scale", "rubric/operations", NULL
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-practice-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
rm_rf (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          rm_rf (child);
        }
      g_assert_cmpint (g_rmdir (path), ==, 0);
    }
  else
    g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
set_date (GDate *date,
          guint  day,
          guint  month,
          guint  year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* An attempt at local noon of the day, every dimension scored @score */
static BrAttempt *
make_attempt (const char *question_id,
              guint       day,
              guint       month,
              guint       year,
              guint       score)
{
  g_autoptr(GDateTime) started = g_date_time_new_local (year, month, day, 12, 0, 0);
  BrAttempt *attempt = br_attempt_new (question_id, started, 45);

  for (guint i = 0; score > 0 && dimensions[i] != NULL; i++)
    br_attempt_set_score (attempt, dimensions[i], score);
  return attempt;
}

static BrPracticeHistory *
load_history (const char *dir)
{
  g_autoptr(GError) error = NULL;
  BrPracticeHistory *history = br_practice_history_new (dir);

  g_assert_true (br_practice_history_load (history, &error));
  g_assert_no_error (error);
  return history;
}

static BrAttempt *
nth_attempt (BrPracticeHistory *history,
             guint              n)
{
  g_autoptr(BrAttempt) attempt = g_list_model_get_item (br_practice_history_get_attempts (history), n);

  return attempt;  /* the history keeps it */
}

/* ---------------------------------------------------------------------- */
/* Attempts and the history                                                */

static void
test_round_trip (void)
{
  g_autofree char *tmp = make_tmp_dir ();
  g_autofree char *dir = g_build_filename (tmp, "bar-raiser", NULL);
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GDateTime) expected_utc = NULL;
  g_autofree char *board = NULL;
  g_autofree char *id = NULL;
  BrPracticeHistory *history;
  BrAttempt *attempt;
  const BrAttemptPhase *phase;
  double average;

  /* 18:30:00.75 at UTC+02:00 is 16:30:00 UTC in the file */
  {
    g_autoptr(GTimeZone) tz = g_time_zone_new_offset (2 * 3600);

    started = g_date_time_new (tz, 2024, 3, 4, 18, 30, 0.75);
    expected_utc = g_date_time_new_utc (2024, 3, 4, 16, 30, 0);
  }

  history = load_history (dir);
  attempt = br_attempt_new ("questions/design-s3", started, 45);
  g_assert_true (g_str_has_prefix (br_attempt_get_id (attempt), "attempts/"));
  br_attempt_set_completed (attempt, TRUE);
  br_attempt_add_phase (attempt, "phases/requirements", 300, 412);
  br_attempt_add_phase (attempt, "phases/high-level-design", 900, 850);
  br_attempt_set_score (attempt, "rubric/requirements", 3);
  br_attempt_set_score (attempt, "rubric/scale", 2);
  br_attempt_set_score (attempt, "rubric/unknown-to-this-guide", 4);
  br_attempt_set_principles (attempt, (const char * const[]) { "principles/customer-obsession",
                                                              "principles/dive-deep", NULL });
  br_attempt_set_notes (attempt, "Forgot the read path.\n“Quotes” too");
  board = br_attempt_dup_default_board (attempt);
  g_assert_true (g_str_has_prefix (board, "boards/"));
  g_assert_true (g_str_has_suffix (board, ".brboard"));
  br_attempt_set_board (attempt, board);
  id = g_strdup (br_attempt_get_id (attempt));
  br_practice_history_add_attempt (history, attempt);
  g_object_unref (attempt);

  /* Editing an attempt in the history saves it */
  br_attempt_set_score (nth_attempt (history, 0), "rubric/operations", 1);
  g_assert_null (br_practice_history_get_save_error (history));
  g_assert_finalize_object (history);

  history = load_history (dir);
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (history)), ==, 1);
  attempt = br_practice_history_lookup_attempt (history, id);
  g_assert_nonnull (attempt);
  g_assert_true (attempt == nth_attempt (history, 0));
  g_assert_cmpstr (br_attempt_get_question_id (attempt), ==, "questions/design-s3");
  g_assert_true (g_date_time_equal (br_attempt_get_started (attempt), expected_utc));
  g_assert_cmpint (g_date_time_get_utc_offset (br_attempt_get_started (attempt)), ==, 0);
  g_assert_cmpuint (br_attempt_get_length (attempt), ==, 45);
  g_assert_true (br_attempt_get_completed (attempt));
  g_assert_cmpuint (br_attempt_get_n_phases (attempt), ==, 2);
  phase = br_attempt_get_phase (attempt, 1);
  g_assert_cmpstr (phase->phase_id, ==, "phases/high-level-design");
  g_assert_cmpuint (phase->budget, ==, 900);
  g_assert_cmpuint (phase->actual, ==, 850);
  g_assert_cmpuint (br_attempt_get_score (attempt, "rubric/requirements"), ==, 3);
  g_assert_cmpuint (br_attempt_get_score (attempt, "rubric/scale"), ==, 2);
  g_assert_cmpuint (br_attempt_get_score (attempt, "rubric/operations"), ==, 1);
  g_assert_cmpuint (br_attempt_get_score (attempt, "rubric/unknown-to-this-guide"), ==, 4);
  g_assert_cmpuint (br_attempt_get_score (attempt, "rubric/detailed-design"), ==, 0);
  g_assert_true (br_attempt_get_average_score (attempt, &average));
  g_assert_cmpfloat_with_epsilon (average, 2.5, 1e-9);
  g_assert_cmpstrv (br_attempt_get_principles (attempt),
                    ((const char * const[]) { "principles/customer-obsession", "principles/dive-deep", NULL }));
  g_assert_cmpstr (br_attempt_get_notes (attempt), ==, "Forgot the read path.\n“Quotes” too");
  g_assert_cmpstr (br_attempt_get_board (attempt), ==, board);

  {
    g_autoptr(GFile) board_file = br_practice_history_dup_board_file (history, attempt);
    g_autofree char *expected = g_build_filename (dir, board, NULL);
    g_autofree char *path = g_file_get_path (board_file);

    g_assert_cmpstr (path, ==, expected);
  }

  /* The same bytes once more: nothing drifts */
  {
    g_autoptr(GBytes) saved = br_practice_history_to_bytes (history);
    g_autofree char *path = g_build_filename (dir, "practice.json", NULL);
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_assert_cmpmem (contents, length, g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
    g_assert_nonnull (strstr (contents, "\"2024-03-04T16:30:00Z\""));
  }

  g_assert_finalize_object (history);
  rm_rf (tmp);
}

static void
test_from_record (void)
{
  g_autoptr(BrRoundRecord) record = br_round_record_new ();
  g_autoptr(BrAttempt) attempt = NULL;
  BrRoundRecordPhase phase = { 0 };

  record->started = g_date_time_new_local (2024, 3, 4, 9, 15, 0);
  record->length = 45;
  record->completed = FALSE;
  phase.phase_id = g_strdup ("phases/requirements");
  phase.budget = 5;
  phase.actual = 412 * G_USEC_PER_SEC + 600000;  /* 412.6 s */
  g_array_append_val (record->phases, phase);
  phase.phase_id = g_strdup ("phases/high-level-design");
  phase.budget = 15;
  phase.actual = 499999;  /* 0.5 s, just under */
  g_array_append_val (record->phases, phase);

  attempt = br_attempt_new_from_record ("questions/design-s3", record);
  g_assert_cmpstr (br_attempt_get_question_id (attempt), ==, "questions/design-s3");
  g_assert_true (g_date_time_equal (br_attempt_get_started (attempt), record->started));
  g_assert_cmpuint (br_attempt_get_length (attempt), ==, 45);
  g_assert_false (br_attempt_get_completed (attempt));
  g_assert_cmpuint (br_attempt_get_n_phases (attempt), ==, 2);
  g_assert_cmpstr (br_attempt_get_phase (attempt, 0)->phase_id, ==, "phases/requirements");
  g_assert_cmpuint (br_attempt_get_phase (attempt, 0)->budget, ==, 300);
  g_assert_cmpuint (br_attempt_get_phase (attempt, 0)->actual, ==, 413);
  g_assert_cmpuint (br_attempt_get_phase (attempt, 1)->budget, ==, 900);
  g_assert_cmpuint (br_attempt_get_phase (attempt, 1)->actual, ==, 0);
  g_assert_false (br_attempt_get_average_score (attempt, NULL));
}

static void
test_newest_first (void)
{
  g_autofree char *dir = make_tmp_dir ();
  BrPracticeHistory *history = load_history (dir);
  const guint days[] = { 3, 1, 5, 2, 4 };
  GListModel *attempts;
  g_autoptr(GListModel) for_question = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(BrAttempt) attempt = make_attempt (i % 2 ? "questions/a" : "questions/b",
                                                   days[i], 3, 2024, 3);

      br_practice_history_add_attempt (history, attempt);
    }

  attempts = br_practice_history_get_attempts (history);
  g_assert_cmpuint (g_list_model_get_n_items (attempts), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      GDate date;

      br_attempt_get_date (nth_attempt (history, i), &date);
      g_assert_cmpuint (g_date_get_day (&date), ==, 5 - i);
    }

  /* The same after a reload */
  g_assert_finalize_object (history);
  history = load_history (dir);
  attempts = br_practice_history_get_attempts (history);
  for (guint i = 0; i < 5; i++)
    {
      GDate date;

      br_attempt_get_date (nth_attempt (history, i), &date);
      g_assert_cmpuint (g_date_get_day (&date), ==, 5 - i);
    }

  /* questions/a has days 1 and 2 */
  for_question = br_practice_history_dup_attempts_for_question (history, "questions/a");
  g_assert_cmpuint (g_list_model_get_n_items (for_question), ==, 2);
  {
    g_autoptr(BrAttempt) newest = g_list_model_get_item (for_question, 0);
    GDate date;

    g_assert_true (newest == br_practice_history_get_last_attempt (history, "questions/a"));
    br_attempt_get_date (newest, &date);
    g_assert_cmpuint (g_date_get_day (&date), ==, 2);
  }
  g_assert_null (br_practice_history_get_last_attempt (history, "questions/never"));

  /* Removing */
  g_assert_true (br_practice_history_remove_attempt (history, nth_attempt (history, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (attempts), ==, 4);
  g_assert_finalize_object (history);
  history = load_history (dir);
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (history)), ==, 4);

  g_assert_finalize_object (history);
  rm_rf (dir);
}

static void
test_averages (void)
{
  g_autoptr(BrPracticeHistory) history = br_practice_history_new (NULL);
  double average;
  guint n;
  struct {
    guint day;
    guint requirements, high_level, scale;
  } attempts[] = {
    { 1, 1, 1, 1 },   /* oldest: outside the last 3 */
    { 2, 4, 2, 3 },
    { 3, 3, 2, 0 },   /* scale not scored */
    { 4, 4, 3, 3 },
  };

  g_assert_null (br_practice_history_get_weakest_dimension (history, dimensions, 3, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      g_autoptr(BrAttempt) attempt = make_attempt ("questions/a", attempts[i].day, 3, 2024, 0);

      br_attempt_set_score (attempt, "rubric/requirements", attempts[i].requirements);
      br_attempt_set_score (attempt, "rubric/high-level-design", attempts[i].high_level);
      br_attempt_set_score (attempt, "rubric/scale", attempts[i].scale);
      br_practice_history_add_attempt (history, attempt);
    }

  g_assert_true (br_practice_history_get_dimension_average (history, "rubric/requirements", 3, &average, &n));
  g_assert_cmpfloat_with_epsilon (average, 11.0 / 3, 1e-9);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (br_practice_history_get_dimension_average (history, "rubric/high-level-design", 3, &average, &n));
  g_assert_cmpfloat_with_epsilon (average, 7.0 / 3, 1e-9);
  g_assert_true (br_practice_history_get_dimension_average (history, "rubric/scale", 3, &average, &n));
  g_assert_cmpfloat_with_epsilon (average, 3.0, 1e-9);
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (br_practice_history_get_dimension_average (history, "rubric/operations", 3, &average, &n));
  g_assert_cmpuint (n, ==, 0);
  /* All attempts */
  g_assert_true (br_practice_history_get_dimension_average (history, "rubric/requirements", 0, &average, NULL));
  g_assert_cmpfloat_with_epsilon (average, 3.0, 1e-9);

  g_assert_cmpstr (br_practice_history_get_weakest_dimension (history, dimensions, 3, &average), ==,
                   "rubric/high-level-design");
  g_assert_cmpfloat_with_epsilon (average, 7.0 / 3, 1e-9);
  /* Over the last one only: high-level 3 and scale 3 tie; the guide's order wins */
  g_assert_cmpstr (br_practice_history_get_weakest_dimension (history, dimensions, 1, NULL), ==,
                   "rubric/high-level-design");
  g_assert_cmpstr (br_practice_history_get_weakest_dimension (history,
                                                              (const char * const[]) { "rubric/scale", "rubric/high-level-design", NULL },
                                                              1, NULL), ==, "rubric/scale");
}

static void
test_due_questions (void)
{
  g_autofree char *dir = make_tmp_dir ();
  BrPracticeHistory *history = load_history (dir);
  g_autoptr(BrAttempt) first = make_attempt ("questions/a", 1, 3, 2024, 3);    /* grade 4 */
  g_autoptr(BrAttempt) second = make_attempt ("questions/a", 2, 3, 2024, 4);   /* grade 5 */
  g_autoptr(BrAttempt) other = make_attempt ("questions/b", 1, 3, 2024, 1);    /* grade 1 */
  g_autoptr(BrAttempt) unscored = make_attempt ("questions/c", 1, 3, 2024, 0);
  g_auto(GStrv) due = NULL;
  BrSm2State state;
  GDate today, expected;

  br_practice_history_add_attempt (history, first);
  br_practice_history_add_attempt (history, second);
  br_practice_history_add_attempt (history, other);
  br_practice_history_add_attempt (history, unscored);

  /* a: 1 day after Mar 1, then 6 days after Mar 2 */
  g_assert_true (br_practice_history_get_schedule (history, "questions/a", &state, &expected));
  g_assert_cmpuint (state.repetitions, ==, 2);
  g_assert_cmpuint (state.interval, ==, 6);
  g_assert_cmpfloat_with_epsilon (state.easiness, 2.6, 1e-9);
  set_date (&today, 8, 3, 2024);
  g_assert_cmpint (g_date_compare (&expected, &today), ==, 0);
  /* b failed: again the next day */
  g_assert_true (br_practice_history_get_schedule (history, "questions/b", &state, &expected));
  g_assert_cmpuint (state.repetitions, ==, 0);
  g_assert_cmpuint (state.interval, ==, 1);
  /* c has no score: no schedule */
  g_assert_false (br_practice_history_get_schedule (history, "questions/c", NULL, NULL));

  g_assert_finalize_object (history);
  history = load_history (dir);

  set_date (&today, 1, 3, 2024);
  due = br_practice_history_get_due_questions (history, &today);
  g_assert_cmpstrv (due, ((const char * const[]) { NULL }));
  g_clear_pointer (&due, g_strfreev);

  set_date (&today, 7, 3, 2024);
  due = br_practice_history_get_due_questions (history, &today);
  g_assert_cmpstrv (due, ((const char * const[]) { "questions/b", NULL }));
  g_clear_pointer (&due, g_strfreev);
  g_assert_cmpint (br_practice_history_get_question_status (history, "questions/a", &today), ==, BR_QUESTION_STATUS_PRACTICED);
  g_assert_cmpint (br_practice_history_get_question_status (history, "questions/b", &today), ==, BR_QUESTION_STATUS_DUE);
  g_assert_cmpint (br_practice_history_get_question_status (history, "questions/c", &today), ==, BR_QUESTION_STATUS_PRACTICED);
  g_assert_cmpint (br_practice_history_get_question_status (history, "questions/d", &today), ==, BR_QUESTION_STATUS_NEW);

  set_date (&today, 8, 3, 2024);
  due = br_practice_history_get_due_questions (history, &today);
  g_assert_cmpstrv (due, ((const char * const[]) { "questions/b", "questions/a", NULL }));
  g_clear_pointer (&due, g_strfreev);

  /* Removing the second attempt of a: due again on Mar 2 */
  g_assert_true (br_practice_history_remove_attempt (history, nth_attempt (history, 0)));
  g_assert_true (br_practice_history_get_schedule (history, "questions/a", &state, &expected));
  set_date (&today, 2, 3, 2024);
  g_assert_cmpint (g_date_compare (&expected, &today), ==, 0);
  g_assert_cmpuint (state.repetitions, ==, 1);

  g_assert_finalize_object (history);
  rm_rf (dir);
}

static void
test_store_errors (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "practice.json", NULL);
  g_autofree char *moved = g_build_filename (dir, "practice.json.corrupt-20240304-103000", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_local (2024, 3, 4, 10, 30, 0);
  g_autoptr(BrPracticeHistory) history = br_practice_history_new (dir);
  g_autoptr(GError) error = NULL;
  static const char newer[] = "{ \"format\": \"bar-raiser-practice\", \"version\": 3, \"sessions\": [] }";
  static const char broken[] = "{ \"format\": \"bar-raiser-practice\", \"version\": 1, \"attempts\": [ {";
  g_autofree char *contents = NULL;

  /* Newer: left alone, read-only */
  g_assert_true (g_file_set_contents (path, newer, -1, NULL));
  g_assert_false (br_practice_history_load_full (history, now, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_NEWER_VERSION);
  g_assert_true (br_practice_history_get_read_only (history));
  {
    g_autoptr(BrAttempt) attempt = make_attempt ("questions/a", 1, 3, 2024, 3);

    br_practice_history_add_attempt (history, attempt);
  }
  g_assert_error ((GError *) br_practice_history_get_save_error (history), BR_STORE_ERROR, BR_STORE_ERROR_READ_ONLY);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, newer);
  g_clear_pointer (&contents, g_free);
  g_clear_error (&error);

  /* Broken: moved aside, the history starts empty and writable */
  g_assert_true (g_file_set_contents (path, broken, -1, NULL));
  g_assert_false (br_practice_history_load_full (history, now, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_MOVED_ASIDE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, moved));
  g_assert_false (br_practice_history_get_read_only (history));
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (history)), ==, 0);
  g_assert_true (g_file_get_contents (moved, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, broken);

  g_clear_object (&history);
  rm_rf (dir);
}

/* ---------------------------------------------------------------------- */
/* SM-2                                                                    */

static void
test_sm2_grades (void)
{
  struct {
    double score;
    guint grade;
  } cases[] = {
    { 0.0, 1 }, { 1.0, 1 }, { 1.25, 2 }, { 1.5, 2 }, { 1.75, 3 }, { 2.0, 3 },
    { 2.4, 3 }, { 2.5, 4 }, { 3.0, 4 }, { 3.2, 4 }, { 3.5, 5 }, { 4.0, 5 }, { 5.0, 5 },
    { NAN, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (br_sm2_grade_from_score (cases[i].score), ==, cases[i].grade);
}

typedef struct {
  guint grade;
  guint repetitions;
  guint interval;
  double easiness;
} Step;

static void
check_steps (const BrSm2State *start,
             const Step       *steps,
             guint             n_steps)
{
  BrSm2State state = *start;

  for (guint i = 0; i < n_steps; i++)
    {
      br_sm2_review (&state, steps[i].grade, &state);
      g_test_message ("grade %u -> n=%u I=%u EF=%.2f", steps[i].grade,
                      state.repetitions, state.interval, state.easiness);
      g_assert_cmpuint (state.repetitions, ==, steps[i].repetitions);
      g_assert_cmpuint (state.interval, ==, steps[i].interval);
      g_assert_cmpfloat_with_epsilon (state.easiness, steps[i].easiness, 1e-9);
    }
}

static void
test_sm2_worked_examples (void)
{
  BrSm2State fresh;
  BrSm2State low = { 3, 10, 1.4 };
  GDate reviewed, due, expected;

  br_sm2_state_init (&fresh);
  g_assert_cmpfloat (fresh.easiness, ==, 2.5);

  /* Perfect recall: EF 2.5 + 0.1 each time; 1, 6, round(6 x 2.7) = 16,
   * round(16 x 2.8) = 45 (44.8) */
  check_steps (&fresh, (const Step[]) {
    { 5, 1, 1, 2.6 }, { 5, 2, 6, 2.7 }, { 5, 3, 16, 2.8 }, { 5, 4, 45, 2.9 },
  }, 4);

  /* Grade 4 leaves EF alone: 1, 6, 15, round(15 x 2.5) = 38 (37.5, halves up) */
  check_steps (&fresh, (const Step[]) {
    { 4, 1, 1, 2.5 }, { 4, 2, 6, 2.5 }, { 4, 3, 15, 2.5 }, { 4, 4, 38, 2.5 },
  }, 4);

  /* Grade 3: EF - 0.14 each time; 1, 6, round(6 x 2.22) = 13 (13.32),
   * round(13 x 2.08) = 27 (27.04) */
  check_steps (&fresh, (const Step[]) {
    { 3, 1, 1, 2.36 }, { 3, 2, 6, 2.22 }, { 3, 3, 13, 2.08 }, { 3, 4, 27, 1.94 },
  }, 4);

  /* A fail restarts the repetitions (EF - 0.32 for grade 2), then it
   * climbs again: 1, 6, round(6 x 2.58) = 15 (15.48) */
  check_steps (&fresh, (const Step[]) {
    { 5, 1, 1, 2.6 }, { 5, 2, 6, 2.7 }, { 5, 3, 16, 2.8 },
    { 2, 0, 1, 2.48 }, { 5, 1, 1, 2.58 }, { 5, 2, 6, 2.68 }, { 4, 3, 16, 2.68 },
  }, 7);

  /* EF never goes below 1.3: 1.4 - 0.14 = 1.26; grade 0: -0.8; grade 1: -0.54 */
  check_steps (&low, (const Step[]) {
    { 3, 4, 14, 1.3 }, { 0, 0, 1, 1.3 }, { 1, 0, 1, 1.3 }, { 4, 1, 1, 1.3 }, { 4, 2, 6, 1.3 },
    { 4, 3, 8, 1.3 },  /* round(6 x 1.3) = 8 (7.8) */
  }, 6);
  check_steps (&fresh, (const Step[]) { { 0, 0, 1, 1.7 }, { 1, 0, 1, 1.3 } }, 2);

  /* The next due date: the review's day + the interval (2024 is a leap year) */
  set_date (&reviewed, 28, 2, 2024);
  br_sm2_next_due (&reviewed, 6, &due);
  set_date (&expected, 5, 3, 2024);
  g_assert_cmpint (g_date_compare (&due, &expected), ==, 0);
  br_sm2_next_due (&reviewed, 1, &due);
  set_date (&expected, 29, 2, 2024);
  g_assert_cmpint (g_date_compare (&due, &expected), ==, 0);
}

/* ---------------------------------------------------------------------- */
/* Surprise me                                                             */

static BrGuide *
load_guide (void)
{
  g_autoptr(GError) error = NULL;
  BrGuide *guide = br_guide_new_builtin (&error);

  g_assert_no_error (error);
  return guide;
}

static const char *
question_category (BrQuestion *question)
{
  return br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (question)));
}

/* Two attempts per category, 30 days before @today: all scores 1 in the
 * weak category, 4 elsewhere */
static BrPracticeHistory *
make_skewed_history (BrGuide    *guide,
                     const char *weak_category)
{
  BrPracticeHistory *history = br_practice_history_new (NULL);
  GListModel *questions = br_guide_get_questions (guide);
  g_autoptr(GHashTable) per_category = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(BrQuestion) question = g_list_model_get_item (questions, i);
      const char *category = question_category (question);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (per_category, category));
      g_autoptr(BrAttempt) attempt = NULL;

      if (n >= 2)
        continue;
      g_hash_table_insert (per_category, (gpointer) category, GUINT_TO_POINTER (n + 1));
      attempt = make_attempt (br_guide_entry_get_id (BR_GUIDE_ENTRY (question)), 1, 2, 2024,
                              g_str_equal (category, weak_category) ? 1 : 4);
      br_practice_history_add_attempt (history, attempt);
    }

  /* Never picked: not in the guide, however weak */
  {
    g_autoptr(BrAttempt) attempt = make_attempt ("questions/not-in-the-guide", 1, 2, 2024, 1);

    br_practice_history_add_attempt (history, attempt);
  }
  return history;
}

static void
test_picker_deterministic (void)
{
  g_autoptr(BrGuide) guide = load_guide ();
  g_autoptr(BrPracticeHistory) history = make_skewed_history (guide, "categories/aws");
  g_autoptr(GRand) a = g_rand_new_with_seed (42);
  g_autoptr(GRand) b = g_rand_new_with_seed (42);
  GDate today;

  set_date (&today, 2, 3, 2024);
  for (guint i = 0; i < 200; i++)
    {
      BrQuestion *x = br_question_picker_pick (guide, history, &today, a);
      BrQuestion *y = br_question_picker_pick (guide, history, &today, b);

      g_assert_nonnull (x);
      g_assert_true (x == y);
    }
}

static void
test_picker_favours_weak_category (void)
{
  g_autoptr(BrGuide) guide = load_guide ();
  GListModel *categories = br_guide_get_categories (guide);
  GListModel *questions = br_guide_get_questions (guide);
  guint n_categories = g_list_model_get_n_items (categories);
  guint n_questions = g_list_model_get_n_items (questions);
  const guint n_draws = 10000;
  GDate today;

  set_date (&today, 2, 3, 2024);

  /* Each category in turn is the weak one */
  for (guint c = 0; c < n_categories; c++)
    {
      g_autoptr(BrGuideEntry) weak = g_list_model_get_item (categories, c);
      const char *weak_id = br_guide_entry_get_id (weak);
      g_autoptr(BrPracticeHistory) history = make_skewed_history (guide, weak_id);
      g_autoptr(GRand) rand = g_rand_new_with_seed (20240302 + c);
      guint n_weak_questions = 0, n_weak = 0;
      double uniform, share;

      for (guint i = 0; i < n_questions; i++)
        {
          g_autoptr(BrQuestion) question = g_list_model_get_item (questions, i);

          if (g_str_equal (question_category (question), weak_id))
            n_weak_questions++;
        }

      for (guint i = 0; i < n_draws; i++)
        {
          BrQuestion *question = br_question_picker_pick (guide, history, &today, rand);

          /* Always one of the guide's questions */
          g_assert_true (BR_IS_QUESTION (question));
          g_assert_true (br_guide_lookup (guide, br_guide_entry_get_id (BR_GUIDE_ENTRY (question))) ==
                         BR_GUIDE_ENTRY (question));
          if (g_str_equal (question_category (question), weak_id))
            n_weak++;
        }

      uniform = (double) n_weak_questions / n_questions;
      share = (double) n_weak / n_draws;
      g_test_message ("%s: %.3f of the draws, %.3f if uniform", weak_id, share, uniform);
      /* The uniform share's standard deviation over 10,000 draws is about
       * 0.004: half again as much is far beyond chance */
      g_assert_cmpfloat (share, >, uniform * 1.5);
    }
}

static void
test_picker_weights (void)
{
  g_autoptr(BrGuide) guide = load_guide ();
  g_autoptr(BrPracticeHistory) history = br_practice_history_new (NULL);
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 0);
  const char *id = br_guide_entry_get_id (BR_GUIDE_ENTRY (question));
  double never, just_done, later, due;
  GDate today;

  set_date (&today, 2, 3, 2024);
  never = br_question_picker_get_weight (guide, history, question, &today);

  {
    g_autoptr(BrAttempt) attempt = make_attempt (id, 2, 3, 2024, 3);

    br_practice_history_add_attempt (history, attempt);
  }
  just_done = br_question_picker_get_weight (guide, history, question, &today);
  /* Due again on Mar 3 (grade 4, interval 1) */
  set_date (&today, 3, 3, 2024);
  due = br_question_picker_get_weight (guide, history, question, &today);
  g_assert_cmpint (br_practice_history_get_question_status (history, id, &today), ==, BR_QUESTION_STATUS_DUE);
  later = due;

  g_test_message ("never %.3f, just done %.3f, due %.3f", never, just_done, later);
  g_assert_cmpfloat (just_done, >, 0);
  g_assert_cmpfloat (never, >, just_done);
  g_assert_cmpfloat (due, >, just_done);
}

/* ---------------------------------------------------------------------- */
/* The malformed fixtures                                                  */

static void
test_bad_fixture (gconstpointer data)
{
  const BrTestExpectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->full_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) store_error = NULL;
  g_autoptr(BrPracticeHistory) history = NULL;
  g_autoptr(BrPracticeHistory) stored = NULL;
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "practice.json", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  gboolean newer;

  history = br_practice_history_new_from_bytes (bytes, &error);
  g_assert_null (history);
  br_test_assert_error_matches (error, expected);

  /* As the store's file */
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
  stored = br_practice_history_new (dir);
  g_assert_false (br_practice_history_load (stored, &store_error));
  newer = g_str_equal (expected->file, "newer-version.json");
  g_assert_error (store_error, BR_STORE_ERROR,
                  newer ? BR_STORE_ERROR_NEWER_VERSION : BR_STORE_ERROR_MOVED_ASIDE);
  g_assert_nonnull (strstr (store_error->message, path));
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (stored)), ==, 0);
  g_assert_true (br_practice_history_get_read_only (stored) == newer);
  if (!newer)
    {
      /* The parser's message, and the old file moved with its bytes */
      GDir *d;
      const char *name;
      guint n = 0;

      g_assert_nonnull (strstr (store_error->message, error->message));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      d = g_dir_open (dir, 0, NULL);
      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *moved = g_build_filename (dir, name, NULL);

          g_assert_true (g_str_has_prefix (name, "practice.json.corrupt-"));
          g_assert_nonnull (strstr (store_error->message, moved));
          g_assert_true (g_file_get_contents (moved, &contents, &length, NULL));
          g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
          n++;
        }
      g_dir_close (d);
      g_assert_cmpuint (n, ==, 1);
    }
  else
    {
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }

  g_clear_object (&stored);
  rm_rf (dir);
}

static void
test_expected_matches_files (void)
{
  br_test_fixtures_check_files (fixtures, 15);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *bad_dir = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/practice/round-trip", test_round_trip);
  g_test_add_func ("/practice/from-record", test_from_record);
  g_test_add_func ("/practice/newest-first", test_newest_first);
  g_test_add_func ("/practice/averages", test_averages);
  g_test_add_func ("/practice/due-questions", test_due_questions);
  g_test_add_func ("/practice/store-errors", test_store_errors);
  g_test_add_func ("/sm2/grades", test_sm2_grades);
  g_test_add_func ("/sm2/worked-examples", test_sm2_worked_examples);
  g_test_add_func ("/picker/deterministic", test_picker_deterministic);
  g_test_add_func ("/picker/favours-weak-category", test_picker_favours_weak_category);
  g_test_add_func ("/picker/weights", test_picker_weights);

  bad_dir = g_test_build_filename (G_TEST_DIST, "data", "practice", "bad", NULL);
  fixtures = br_test_fixtures_new (bad_dir, ".json");
  g_test_add_func ("/practice/bad/expected-matches-files", test_expected_matches_files);
  br_test_fixtures_add_tests (fixtures, "/practice/bad/", test_bad_fixture);

  ret = g_test_run ();

  g_clear_pointer (&fixtures, br_test_fixtures_free);
  return ret;
}
