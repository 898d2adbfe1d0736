/* test-practice-session.c — the practice flow as a model, without a
 * display: pick (by id, or "Surprise Me" from a seeded random source),
 * start, end, review, save, discard, on a round with a fake clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board-file.h"
#include "br-clock.h"
#include "br-doc-error.h"
#include "br-practice-session.h"
#include "br-test-session.h"
#include "br-replay-summary.h"

#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

/* Picking ---------------------------------------------------------------- */

static void
test_pick_by_id (Fixture       *f,
                 gconstpointer  data)
{
  BrQuestion *question = br_test_session_question (f, 3);
  g_autoptr(BrGuideEntry) principle = g_list_model_get_item (br_guide_get_principles (f->guide), 0);
  g_autoptr(GError) error = NULL;

  g_assert_null (br_practice_session_get_candidate (f->session));
  g_assert_true (br_practice_session_pick (f->session, br_guide_entry_get_id (BR_GUIDE_ENTRY (question)), &error) == question);
  g_assert_no_error (error);
  g_assert_true (br_practice_session_get_candidate (f->session) == question);

  /* Not a question of the guide: said so, the candidate stays */
  g_assert_null (br_practice_session_pick (f->session, "questions/not-in-the-guide", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "questions/not-in-the-guide"));
  g_clear_error (&error);
  g_assert_null (br_practice_session_pick (f->session, br_guide_entry_get_id (principle), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (br_practice_session_get_candidate (f->session) == question);

  /* Picking changes no state */
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_IDLE);
  g_assert_cmpuint (f->n_state, ==, 0);
}

/* A history where one category's questions scored 1 and the others' 4 */
static void
add_skewed_attempts (BrPracticeHistory *history,
                     BrGuide           *guide,
                     const char        *weak_category)
{
  GListModel *questions = br_guide_get_questions (guide);
  GListModel *rubric = br_guide_get_rubric (guide);
  g_autoptr(GDateTime) started = g_date_time_new_local (2024, 2, 1, 12, 0, 0);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(BrQuestion) question = g_list_model_get_item (questions, i);
      const char *category = br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (question)));
      g_autoptr(BrAttempt) attempt = br_attempt_new (br_guide_entry_get_id (BR_GUIDE_ENTRY (question)), started, 45);

      for (guint d = 0; d < g_list_model_get_n_items (rubric); d++)
        {
          g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, d);

          br_attempt_set_score (attempt, br_guide_entry_get_id (dimension),
                                g_str_equal (category, weak_category) ? 1 : 4);
        }
      br_practice_history_add_attempt (history, attempt);
    }
}

static void
test_surprise_seeded (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BrPracticeHistory) history = br_practice_history_new (NULL);
  g_autoptr(BrPracticeSession) a = br_practice_session_new (history);
  g_autoptr(BrPracticeSession) b = br_practice_session_new (history);
  g_autoptr(BrPracticeSession) c = br_practice_session_new (history);
  GListModel *questions = br_guide_get_questions (f->guide);
  g_autoptr(BrQuestion) first = g_list_model_get_item (questions, 0);
  const char *weak = br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (first)));
  const guint n_draws = 4000;
  guint n_weak_questions = 0, n_weak = 0, n_differ = 0;
  double uniform, share;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 2, 3, 2024);
  add_skewed_attempts (history, f->guide, weak);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(BrQuestion) question = g_list_model_get_item (questions, i);

      if (g_str_equal (br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (question))), weak))
        n_weak_questions++;
    }

  /* No guide, nothing to pick */
  br_practice_session_set_seed (a, 7);
  g_assert_null (br_practice_session_pick_surprise (a, &today));

  br_practice_session_set_guide (a, f->guide);
  br_practice_session_set_guide (b, f->guide);
  br_practice_session_set_guide (c, f->guide);
  br_practice_session_set_seed (a, 20240302);
  br_practice_session_set_rand (b, g_rand_new_with_seed (20240302));
  br_practice_session_set_seed (c, 11);

  for (guint i = 0; i < n_draws; i++)
    {
      BrQuestion *previous = br_practice_session_get_candidate (a);
      BrQuestion *x = br_practice_session_pick_surprise (a, &today);
      BrQuestion *y = br_practice_session_pick_surprise (b, &today);
      BrQuestion *z = br_practice_session_pick_surprise (c, &today);

      /* The same seed, the same question; another seed, other questions */
      g_assert_true (BR_IS_QUESTION (x));
      g_assert_true (x == y);
      g_assert_true (br_practice_session_get_candidate (a) == x);
      if (x != z)
        n_differ++;
      /* "Pick Another" offers another question */
      g_assert_true (x != previous);
      if (g_str_equal (br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (x))), weak))
        n_weak++;
    }
  g_assert_cmpuint (n_differ, >, n_draws / 2);

  /* The weak category comes up far more often than its share of questions */
  uniform = (double) n_weak_questions / g_list_model_get_n_items (questions);
  share = (double) n_weak / n_draws;
  g_test_message ("%s: %.3f of the draws, %.3f if uniform", weak, share, uniform);
  g_assert_cmpfloat (share, >, uniform * 1.5);
  g_assert_cmpint (br_practice_session_get_state (a), ==, BR_PRACTICE_SESSION_IDLE);
}

/* The flow ----------------------------------------------------------------- */

static void
test_flow (Fixture       *f,
           gconstpointer  data)
{
  BrQuestion *question = br_test_session_question (f, 2);
  const char *question_id = br_guide_entry_get_id (BR_GUIDE_ENTRY (question));
  g_autoptr(BrGuideEntry) first = g_list_model_get_item (br_guide_get_principles (f->guide), 0);
  g_autoptr(BrGuideEntry) third = g_list_model_get_item (br_guide_get_principles (f->guide), 2);
  const char *principles[] = { br_guide_entry_get_id (first), br_guide_entry_get_id (third), NULL };
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrAttempt) saved = NULL;
  g_autoptr(BrPracticeHistory) reloaded = NULL;
  g_autoptr(GFile) board_file = NULL;
  g_autoptr(BrBoard) saved_board = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *practice_file = g_build_filename (f->dir, "practice.json", NULL);
  BrAttempt *attempt;

  g_assert_false (br_practice_session_get_active (f->session));
  g_assert_null (br_practice_session_get_attempt (f->session));
  /* Nothing to end or save yet */
  g_assert_false (br_practice_session_end (f->session));
  g_assert_null (br_practice_session_save (f->session, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_clear_error (&error);

  /* Start: the round restarts at the length, kept within the phases' range */
  br_practice_session_start (f->session, question, 5);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_RUNNING);
  g_assert_true (br_practice_session_get_active (f->session));
  g_assert_true (br_practice_session_get_question (f->session) == question);
  g_assert_cmpuint (br_practice_session_get_length (f->session), ==, br_round_get_min_length (f->round));
  g_assert_cmpuint (br_round_get_length (f->round), ==, br_round_get_min_length (f->round));
  g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_RUNNING);
  g_assert_cmpuint (f->n_state, ==, 1);

  /* The round runs for a while, then the candidate ends it early */
  br_fake_clock_advance (f->clock, 4 * MINUTE);
  br_round_next_phase (f->round);
  br_fake_clock_advance (f->clock, 10 * MINUTE);
  g_assert_true (br_practice_session_end (f->session));
  g_assert_false (br_practice_session_end (f->session));
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_REVIEW);
  g_assert_true (br_practice_session_get_active (f->session));
  g_assert_cmpuint (f->n_state, ==, 2);
  attempt = br_practice_session_get_attempt (f->session);
  g_assert_nonnull (attempt);
  g_assert_cmpstr (br_attempt_get_question_id (attempt), ==, question_id);
  g_assert_false (br_attempt_get_completed (attempt));
  g_assert_cmpuint (br_attempt_get_length (attempt), ==, br_round_get_min_length (f->round));
  g_assert_cmpuint (br_attempt_get_phase (attempt, 0)->actual, ==, 4 * 60);
  g_assert_cmpuint (br_attempt_get_phase (attempt, 1)->actual, ==, 10 * 60);
  g_assert_cmpint (br_round_get_state (f->round), !=, BR_ROUND_RUNNING);

  /* The review: every dimension scored before it is complete; principles
   * kept in the guide's order, whatever the order they were ticked in */
  br_test_session_score_all (f, 3);
  br_practice_session_set_principle (f->session, br_guide_entry_get_id (third), TRUE);
  br_practice_session_set_principle (f->session, br_guide_entry_get_id (first), TRUE);
  g_assert_cmpstrv (br_attempt_get_principles (attempt), principles);
  br_practice_session_set_principle (f->session, br_guide_entry_get_id (third), FALSE);
  br_practice_session_set_principle (f->session, br_guide_entry_get_id (third), TRUE);
  g_assert_cmpstrv (br_attempt_get_principles (attempt), principles);
  br_practice_session_set_notes (f->session, "Name the cache eviction policy");

  /* Save: the board beside the history, the attempt in it */
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  br_board_add_item (board, br_item_new (BR_ITEM_ELLIPSE, 200, 0, 80, 80));
  saved = br_practice_session_save (f->session, board, &error);
  g_assert_no_error (error);
  g_assert_true (saved == attempt);
  g_assert_cmpuint (f->n_saved, ==, 1);
  g_assert_true (f->saved == saved);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_IDLE);
  g_assert_false (br_practice_session_get_active (f->session));
  g_assert_null (br_practice_session_get_attempt (f->session));
  g_assert_null (br_practice_session_get_question (f->session));
  g_assert_false (br_practice_session_get_complete (f->session));
  g_assert_cmpuint (f->n_state, ==, 3);
  g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_IDLE);
  g_assert_true (br_practice_history_lookup_attempt (f->history, br_attempt_get_id (saved)) == saved);
  g_assert_true (g_file_test (practice_file, G_FILE_TEST_IS_REGULAR));

  board_file = br_practice_history_dup_board_file (f->history, saved);
  g_assert_nonnull (board_file);
  saved_board = br_board_new_from_file (board_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (saved_board), ==, 2);

  /* What was saved reads back */
  reloaded = br_practice_history_new (f->dir);
  g_assert_true (br_practice_history_load (reloaded, &error));
  g_assert_no_error (error);
  attempt = br_practice_history_get_last_attempt (reloaded, question_id);
  g_assert_nonnull (attempt);
  g_assert_cmpstr (br_attempt_get_notes (attempt), ==, "Name the cache eviction policy");
  g_assert_cmpstrv (br_attempt_get_principles (attempt), principles);
  g_assert_cmpstr (br_attempt_get_board (attempt), ==, br_attempt_get_board (saved));
  g_assert_true (br_practice_history_get_schedule (reloaded, question_id, NULL, NULL));
}

/* The last phase's time is up: the round completes; discarding keeps
 * nothing. A round reset by hand ends a running session too. */
static void
test_discard (Fixture       *f,
              gconstpointer  data)
{
  BrQuestion *question = br_test_session_question (f, 0);
  BrAttempt *attempt;

  br_practice_session_start (f->session, question, 60);
  while (br_round_get_current_phase (f->round) + 1 < br_round_get_n_phases (f->round))
    br_round_next_phase (f->round);
  g_assert_true (br_practice_session_end (f->session));
  attempt = br_practice_session_get_attempt (f->session);
  g_assert_true (br_attempt_get_completed (attempt));
  g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_FINISHED);

  br_practice_session_discard (f->session);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_IDLE);
  g_assert_null (br_practice_session_get_attempt (f->session));
  g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_IDLE);
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (f->history)), ==, 0);
  g_assert_cmpuint (f->n_saved, ==, 0);

  /* The round reset while the session runs */
  br_practice_session_start (f->session, question, 60);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_RUNNING);
  br_round_reset (f->round);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_IDLE);
  g_assert_null (br_practice_session_get_question (f->session));

  /* A start over a session in review drops it */
  br_practice_session_start (f->session, question, 60);
  g_assert_true (br_practice_session_end (f->session));
  br_practice_session_start (f->session, br_test_session_question (f, 1), 45);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_RUNNING);
  g_assert_null (br_practice_session_get_attempt (f->session));
  g_assert_true (br_practice_session_get_question (f->session) == br_test_session_question (f, 1));
  br_practice_session_discard (f->session);
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (f->history)), ==, 0);
}

/* The history cannot be written: the error says why, the session keeps
 * its attempt in review, the history stays as it was; once the place is
 * writable again the same attempt saves */
static void
test_save_fails (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (f->dir, "practice.json", NULL);
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrAttempt) saved = NULL;
  g_autoptr(GError) error = NULL;
  BrAttempt *attempt;

  /* A folder where the file should go */
  g_assert_cmpint (g_mkdir (blocker, 0700), ==, 0);

  br_practice_session_start (f->session, br_test_session_question (f, 4), 60);
  g_assert_true (br_practice_session_end (f->session));
  attempt = br_practice_session_get_attempt (f->session);
  br_test_session_score_all (f, 2);
  br_practice_session_set_notes (f->session, "Kept");

  g_assert_null (br_practice_session_save (f->session, board, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_REVIEW);
  g_assert_true (br_practice_session_get_attempt (f->session) == attempt);
  g_assert_cmpstr (br_attempt_get_notes (attempt), ==, "Kept");
  g_assert_true (br_practice_session_get_complete (f->session));
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (f->history)), ==, 0);
  g_assert_false (br_practice_history_get_schedule (f->history, br_attempt_get_question_id (attempt), NULL, NULL));
  g_assert_cmpuint (f->n_saved, ==, 0);
  g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_FINISHED);
  /* Changes to the attempt now are not the history's business */
  br_practice_session_set_notes (f->session, "Kept, and more");
  g_assert_null (br_practice_history_get_save_error (f->history));

  g_assert_cmpint (g_rmdir (blocker), ==, 0);
  saved = br_practice_session_save (f->session, board, &error);
  g_assert_no_error (error);
  g_assert_true (saved == attempt);
  g_assert_cmpuint (f->n_saved, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (f->history)), ==, 1);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_IDLE);
  g_assert_true (g_file_test (blocker, G_FILE_TEST_IS_REGULAR));
}

/* Recording the round ------------------------------------------------------ */

static char *
board_text (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static BrRecording *
load_in_progress (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "boards", "in-progress.brrec", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BrRecording *recording;

  if (!g_file_query_exists (file, NULL))
    return NULL;
  recording = br_recording_load_file (file, &error);
  g_assert_no_error (error);
  return recording;
}

static guint
count_recordings (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "boards", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".brrec");
  return n;
}

static void
test_recording (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrRecording) written = NULL;
  g_autoptr(BrRecording) loaded = NULL;
  g_autoptr(BrAttempt) saved = NULL;
  g_autoptr(BrBoard) rebuilt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  BrRecording *recording;

  br_practice_session_set_timer (f->session, BR_TIMER (timer));
  br_practice_session_start_on_board (f->session, br_test_session_question (f, 2), 45, board);
  recording = br_practice_session_get_recording (f->session);
  g_assert_nonnull (recording);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 0);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);

  /* A change is on disk within the draft's two seconds, not before */
  br_fake_clock_advance (f->clock, 10 * G_USEC_PER_SEC);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 1);
  g_assert_cmpint (br_recording_get_step_time (recording, 0), ==, 10000);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 1);
  br_fake_timer_advance (timer, 1999);
  g_assert_null (load_in_progress (f));
  br_fake_timer_advance (timer, 1);
  written = load_in_progress (f);
  g_assert_nonnull (written);
  g_assert_cmpuint (br_recording_get_n_steps (written), ==, 1);
  g_clear_object (&written);

  /* Changes close together go in one write */
  br_fake_clock_advance (f->clock, 5 * G_USEC_PER_SEC);
  br_board_add_item (board, br_item_new (BR_ITEM_ELLIPSE, 200, 0, 80, 80));
  br_board_add_item (board, br_item_new (BR_ITEM_DIAMOND, 400, 0, 80, 80));
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 1);
  br_fake_timer_advance (timer, 2000);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  written = load_in_progress (f);
  g_assert_cmpuint (br_recording_get_n_steps (written), ==, 3);
  g_clear_object (&written);

  /* Timed on the round's clock: a pause does not count */
  g_assert_true (br_round_pause (f->round));
  br_fake_clock_advance (f->clock, 60 * G_USEC_PER_SEC);
  g_assert_true (br_round_resume (f->round));
  br_fake_clock_advance (f->clock, 1 * G_USEC_PER_SEC);
  br_board_set_label (board, br_board_get_item (board, 0)->id, "API gateway");
  g_assert_cmpint (br_recording_get_step_time (recording, 3), ==, 16000);

  /* The end writes the whole recording at once; later changes are not in it */
  br_fake_clock_advance (f->clock, 4 * G_USEC_PER_SEC);
  g_assert_true (br_practice_session_end (f->session));
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  g_assert_true (br_practice_session_get_recording (f->session) == recording);
  g_assert_cmpint (br_recording_get_duration (recording), ==, 20000);
  written = load_in_progress (f);
  g_assert_cmpuint (br_recording_get_n_steps (written), ==, 4);
  g_assert_cmpint (br_recording_get_duration (written), ==, 20000);
  expected = board_text (board);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 300, 120, 60));
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 4);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  br_board_undo (board);

  /* Saved beside the board, under its name; the file of the round goes */
  br_test_session_score_all (f, 3);
  saved = br_practice_session_save (f->session, board, &error);
  g_assert_no_error (error);
  g_assert_null (br_practice_session_get_recording (f->session));
  g_assert_null (load_in_progress (f));
  g_assert_cmpuint (count_recordings (f), ==, 1);
  {
    g_autoptr(GFile) file = br_practice_history_dup_recording_file (f->history, saved);
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *board_name = g_path_get_basename (br_attempt_get_board (saved));

    g_assert_true (g_str_has_suffix (name, ".brrec"));
    board_name[strlen (board_name) - strlen ("brboard")] = '\0';
    g_assert_true (g_str_has_prefix (name, board_name));
  }

  /* Replayed to its end, it is the board that was saved */
  loaded = br_practice_history_load_recording (f->history, saved, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_recording_get_n_steps (loaded), ==, 4);
  rebuilt = br_recording_build_board (loaded, br_recording_get_n_steps (loaded));
  actual = board_text (rebuilt);
  g_assert_cmpstr (actual, ==, expected);
}

static void
test_recording_dropped (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrRecording) written = NULL;

  br_practice_session_set_timer (f->session, BR_TIMER (timer));

  /* Discarded with the attempt */
  br_practice_session_start_on_board (f->session, br_test_session_question (f, 1), 45, board);
  br_fake_clock_advance (f->clock, 3 * G_USEC_PER_SEC);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  br_fake_timer_advance (timer, 2000);
  written = load_in_progress (f);
  g_assert_nonnull (written);
  g_clear_object (&written);
  g_assert_true (br_practice_session_end (f->session));
  br_practice_session_discard (f->session);
  g_assert_null (br_practice_session_get_recording (f->session));
  g_assert_null (load_in_progress (f));
  g_assert_cmpuint (count_recordings (f), ==, 0);

  /* A board with items already is where the recording starts; a round
   * reset by hand drops the session and its recording, and a write that
   * was due does not happen */
  br_practice_session_start_on_board (f->session, br_test_session_question (f, 1), 45, board);
  g_assert_cmpuint (br_recording_get_n_steps (br_practice_session_get_recording (f->session)), ==, 1);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 1);
  br_round_reset (f->round);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_IDLE);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  br_fake_timer_advance (timer, 2000);
  g_assert_null (load_in_progress (f));

  /* Without a board, nothing is recorded */
  br_practice_session_start (f->session, br_test_session_question (f, 1), 45);
  g_assert_null (br_practice_session_get_recording (f->session));
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 90, 120, 60));
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  br_practice_session_discard (f->session);
}

/* Another board opened during the round is recorded from then on */
static void
test_recording_board_replaced (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(BrBoard) first = br_board_new ();
  g_autoptr(BrBoard) second = br_board_new ();
  g_autoptr(BrBoard) rebuilt = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  BrRecording *recording;

  br_practice_session_set_timer (f->session, BR_TIMER (timer));
  br_practice_session_start_on_board (f->session, br_test_session_question (f, 1), 45, first);
  recording = br_practice_session_get_recording (f->session);
  br_fake_clock_advance (f->clock, 2 * G_USEC_PER_SEC);
  br_board_add_item (first, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  br_board_add_item (second, br_item_new (BR_ITEM_ELLIPSE, 50, 50, 80, 80));
  br_board_add_item (second, br_item_new (BR_ITEM_DIAMOND, 250, 50, 80, 80));
  br_fake_timer_advance (timer, 2000);

  br_fake_clock_advance (f->clock, 3 * G_USEC_PER_SEC);
  br_practice_session_set_board (f->session, second);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 2);
  g_assert_cmpint (br_recording_get_step_time (recording, 1), ==, 5000);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 1);
  /* The old board is not followed any more, the new one is */
  br_board_add_item (first, br_item_new (BR_ITEM_RECTANGLE, 0, 300, 120, 60));
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 2);
  br_fake_clock_advance (f->clock, 1 * G_USEC_PER_SEC);
  br_board_set_label (second, br_board_get_item (second, 0)->id, "Cache");
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 3);

  g_assert_true (br_practice_session_end (f->session));
  /* Once the round has ended, nothing changes */
  br_practice_session_set_board (f->session, first);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 3);
  rebuilt = br_recording_build_board (recording, br_recording_get_n_steps (recording));
  expected = board_text (second);
  actual = board_text (rebuilt);
  g_assert_cmpstr (actual, ==, expected);
  br_practice_session_discard (f->session);
}

static void
test_recording_missing_or_damaged (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrAttempt) saved = NULL;
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  /* Saved without a recording, as before rounds were recorded */
  br_practice_session_start (f->session, br_test_session_question (f, 0), 45);
  g_assert_true (br_practice_session_end (f->session));
  br_test_session_score_all (f, 2);
  saved = br_practice_session_save (f->session, board, &error);
  g_assert_no_error (error);
  recording = br_practice_history_load_recording (f->history, saved, &error);
  g_assert_null (recording);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Cut short: said what and where */
  file = br_practice_history_dup_recording_file (f->history, saved);
  g_assert_true (g_file_replace_contents (file, "{\"format\": \"bar-raiser-recording\", \"version\": 1, \"steps\": [",
                                          60, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  recording = br_practice_history_load_recording (f->history, saved, &error);
  g_assert_null (recording);
  g_assert_nonnull (error);
  name = g_file_get_basename (file);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_clear_error (&error);

  /* A step that names an item the board does not have */
  g_assert_true (g_file_replace_contents (file,
                                          "{\"format\": \"bar-raiser-recording\", \"version\": 1, \"steps\": [{\"t\": 5, \"remove\": [\"ghost\"]}]}",
                                          strlen ("{\"format\": \"bar-raiser-recording\", \"version\": 1, \"steps\": [{\"t\": 5, \"remove\": [\"ghost\"]}]}"),
                                          NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  recording = br_practice_history_load_recording (f->history, saved, &error);
  g_assert_null (recording);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_UNKNOWN_REFERENCE);
  g_assert_nonnull (strstr (error->message, "ghost"));
}

/* The round's phase boundaries go with the recording to the millisecond
 * on the round's clock, so a step taken just after the candidate moved
 * on counts in the phase it was taken in, though the attempt keeps whole
 * seconds; a pause moves no boundary */
static void
test_recording_phases (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrAttempt) saved = NULL;
  g_autoptr(BrRecording) loaded = NULL;
  g_autoptr(GArray) phases = NULL;
  g_autoptr(GError) error = NULL;
  BrRecording *recording;
  const gint64 *ends;
  guint n, n_phases;

  br_practice_session_set_timer (f->session, BR_TIMER (timer));
  br_practice_session_start_on_board (f->session, br_test_session_question (f, 2), 45, board);
  recording = br_practice_session_get_recording (f->session);
  n_phases = br_round_get_n_phases (f->round);
  g_assert_cmpuint (n_phases, >=, 4);

  br_fake_clock_advance (f->clock, 10 * G_USEC_PER_SEC);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  /* The first phase lasts 100.6 s (101 in the attempt) */
  br_fake_clock_advance (f->clock, 90600 * 1000);
  g_assert_true (br_round_next_phase (f->round));
  br_fake_clock_advance (f->clock, 200 * 1000);
  br_board_add_item (board, br_item_new (BR_ITEM_ELLIPSE, 200, 0, 80, 80));
  /* A pause of half a minute, then 200.4 s in all */
  g_assert_true (br_round_pause (f->round));
  br_fake_clock_advance (f->clock, 30 * G_USEC_PER_SEC);
  g_assert_true (br_round_resume (f->round));
  br_fake_clock_advance (f->clock, 200200 * 1000);
  g_assert_true (br_round_next_phase (f->round));
  /* 50.7 s (51 in the attempt) */
  br_fake_clock_advance (f->clock, 50700 * 1000);
  g_assert_true (br_round_next_phase (f->round));
  br_fake_clock_advance (f->clock, 200 * 1000);
  br_board_add_item (board, br_item_new (BR_ITEM_DIAMOND, 400, 0, 80, 80));
  br_fake_clock_advance (f->clock, 8100 * 1000);
  g_assert_true (br_practice_session_end (f->session));

  ends = br_recording_get_phase_ends (recording, &n);
  g_assert_cmpuint (n, ==, n_phases);
  g_assert_cmpint (ends[0], ==, 100600);
  g_assert_cmpint (ends[1], ==, 301000);
  g_assert_cmpint (ends[2], ==, 351700);
  g_assert_cmpint (ends[3], ==, 360000);
  for (guint i = 4; i < n; i++)
    g_assert_cmpint (ends[i], ==, 360000);
  g_assert_cmpint (br_recording_get_duration (recording), ==, 360000);

  phases = br_replay_phases_from_attempt (br_practice_session_get_attempt (f->session), recording);
  br_replay_summarize (recording, phases);
  g_assert_cmpuint (phases->len, ==, n_phases);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 0).components_added, ==, 1);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 1).components_added, ==, 1);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 2).components_added, ==, 0);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 3).components_added, ==, 1);
  g_assert_cmpint (g_array_index (phases, BrReplayPhase, 3).start, ==, 351700);
  g_clear_pointer (&phases, g_array_unref);

  /* Saved with the attempt, they come back with it */
  br_test_session_score_all (f, 3);
  saved = br_practice_session_save (f->session, board, &error);
  g_assert_no_error (error);
  loaded = br_practice_history_load_recording (f->history, saved, &error);
  g_assert_no_error (error);
  ends = br_recording_get_phase_ends (loaded, &n);
  g_assert_cmpuint (n, ==, n_phases);
  g_assert_cmpint (ends[0], ==, 100600);
  g_assert_cmpint (ends[2], ==, 351700);
  phases = br_replay_phases_from_attempt (saved, loaded);
  br_replay_summarize (loaded, phases);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 1).components_added, ==, 1);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 3).components_added, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/practice-session/" path, Fixture, NULL, br_test_session_set_up, func, br_test_session_tear_down)
  ADD ("pick-by-id", test_pick_by_id);
  ADD ("surprise-seeded", test_surprise_seeded);
  ADD ("flow", test_flow);
  ADD ("discard", test_discard);
  ADD ("save-fails", test_save_fails);
  ADD ("recording", test_recording);
  ADD ("recording-dropped", test_recording_dropped);
  ADD ("recording-board-replaced", test_recording_board_replaced);
  ADD ("recording-phases", test_recording_phases);
  ADD ("recording-missing-or-damaged", test_recording_missing_or_damaged);
#undef ADD

  return g_test_run ();
}
