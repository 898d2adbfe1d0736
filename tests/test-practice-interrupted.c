/* test-practice-interrupted.c — a practice round cut short by a crash or
 * a kill: what it leaves beside the practice boards, set aside by the next
 * round, read back for review, discarded, or set aside when damaged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board-file.h"
#include "br-clock.h"
#include "br-practice-session.h"
#include "br-test-fixtures.h"
#include "br-test-session.h"

static BrTestFixtures *fixtures;

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

/* How many files beside the practice boards match @pattern */
static guint
count_names (Fixture    *f,
             const char *pattern)
{
  g_autofree char *path = g_build_filename (f->dir, "boards", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_pattern_match_simple (pattern, name);
  return n;
}

/* A kill during a round leaves its recording; the next session's round
 * sets it aside instead of writing over it */
static void
test_recording_interrupted (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrBoard) next_board = br_board_new ();
  g_autoptr(BrPracticeSession) killed = br_practice_session_new (f->history);
  g_autoptr(BrRecording) written = NULL;
  g_autofree char *boards = g_build_filename (f->dir, "boards", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *aside = NULL;
  const char *name;

  br_practice_session_set_guide (killed, f->guide);
  br_practice_session_set_round (killed, f->round);
  br_practice_session_set_timer (killed, BR_TIMER (timer));
  br_practice_session_start_on_board (killed, br_test_session_question (f, 1), 45, board);
  br_fake_clock_advance (f->clock, 3 * G_USEC_PER_SEC);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  br_board_add_item (board, br_item_new (BR_ITEM_ELLIPSE, 200, 0, 80, 80));
  br_fake_timer_advance (timer, 2000);
  /* Gone as a kill would take it: what was written stays */
  br_practice_session_set_round (killed, NULL);
  g_clear_object (&killed);
  written = load_in_progress (f);
  g_assert_nonnull (written);
  g_assert_cmpuint (br_recording_get_n_steps (written), ==, 2);
  g_clear_object (&written);
  /* Written last at 03:15:00 on 6 December 2026, local time: the name it
   * is set aside under says when the round stopped */
  {
    g_autofree char *path = g_build_filename (boards, "in-progress.brrec", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GDateTime) stopped = g_date_time_new_local (2026, 12, 6, 3, 15, 0);
    g_autoptr(GError) error = NULL;

    g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, (guint64) g_date_time_to_unix (stopped),
                                 G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
    g_assert_no_error (error);
  }

  /* The next round, in another session */
  br_practice_session_set_timer (f->session, BR_TIMER (timer));
  br_practice_session_start_on_board (f->session, br_test_session_question (f, 2), 45, next_board);
  br_board_add_item (next_board, br_item_new (BR_ITEM_DIAMOND, 0, 0, 80, 80));
  br_fake_timer_advance (timer, 2000);
  written = load_in_progress (f);
  g_assert_cmpuint (br_recording_get_n_steps (written), ==, 1);
  g_clear_object (&written);
  g_assert_cmpuint (count_names (f, "*.brrec"), ==, 2);

  dir = g_dir_open (boards, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "interrupted-"))
      {
        g_assert_cmpstr (name, ==, "interrupted-20261206-031500.brrec");
        aside = g_build_filename (boards, name, NULL);
      }
  g_assert_nonnull (aside);
  {
    g_autoptr(GFile) file = g_file_new_for_path (aside);
    g_autoptr(GError) error = NULL;

    written = br_recording_load_file (file, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (br_recording_get_n_steps (written), ==, 2);
  }
  br_practice_session_discard (f->session);
}

/* After a kill, the interrupted round is there to review: its attempt and
 * its recording; or to discard. Damaged files are set aside. */
static void
test_recording_recovered (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrPracticeSession) killed = br_practice_session_new (f->history);
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(BrAttempt) attempt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *info_path = g_build_filename (f->dir, "boards", "in-progress.json", NULL);
  g_autofree char *boards = g_build_filename (f->dir, "boards", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  g_autoptr(BrBoard) rebuilt = NULL;

  /* Nothing interrupted */
  g_assert_null (br_practice_session_load_interrupted (f->session, &recording, &error));
  g_assert_no_error (error);

  br_practice_session_set_guide (killed, f->guide);
  br_practice_session_set_round (killed, f->round);
  br_practice_session_set_timer (killed, BR_TIMER (timer));
  br_practice_session_start_on_board (killed, br_test_session_question (f, 2), 45, board);
  br_fake_clock_advance (f->clock, 5 * G_USEC_PER_SEC);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  g_assert_true (br_round_next_phase (f->round));
  br_fake_clock_advance (f->clock, 7 * G_USEC_PER_SEC);
  br_board_add_item (board, br_item_new (BR_ITEM_ELLIPSE, 200, 0, 80, 80));
  br_fake_timer_advance (timer, 2000);
  expected = board_text (board);
  /* A change within the last two seconds is lost, as with the draft */
  br_board_add_item (board, br_item_new (BR_ITEM_DIAMOND, 400, 0, 80, 80));
  /* Its own round is not interrupted */
  g_assert_null (br_practice_session_load_interrupted (killed, &recording, &error));
  g_assert_no_error (error);
  br_practice_session_set_round (killed, NULL);
  g_clear_object (&killed);

  /* The next start of the application */
  attempt = br_practice_session_load_interrupted (f->session, &recording, &error);
  g_assert_no_error (error);
  g_assert_nonnull (attempt);
  g_assert_cmpstr (br_attempt_get_question_id (attempt), ==,
                   br_guide_entry_get_id (BR_GUIDE_ENTRY (br_test_session_question (f, 2))));
  g_assert_cmpuint (br_attempt_get_length (attempt), ==, 45);
  g_assert_false (br_attempt_get_completed (attempt));
  g_assert_cmpuint (br_attempt_get_n_phases (attempt), ==, br_round_get_n_phases (f->round));
  g_assert_cmpuint (br_attempt_get_phase (attempt, 0)->actual, ==, 5);
  g_assert_cmpuint (br_attempt_get_phase (attempt, 1)->actual, ==, 7);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 2);
  rebuilt = br_recording_build_board (recording, 2);
  actual = board_text (rebuilt);
  g_assert_cmpstr (actual, ==, expected);
  g_clear_object (&attempt);
  g_clear_object (&recording);

  /* Read again until reviewed: saved like any attempt, with its recording */
  attempt = br_practice_session_load_interrupted (f->session, &recording, &error);
  g_assert_nonnull (attempt);
  br_practice_session_review_interrupted (f->session, attempt, recording);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_REVIEW);
  g_assert_true (br_practice_session_get_attempt (f->session) == attempt);
  g_assert_true (br_practice_session_get_recording (f->session) == recording);
  g_assert_true (br_practice_session_get_question (f->session) == br_test_session_question (f, 2));
  br_test_session_score_all (f, 2);
  {
    /* Whatever board is on screen by now (here the killed round's own,
     * with the change the recording lost), the attempt keeps the board
     * its recording rebuilds */
    g_autoptr(BrAttempt) saved = br_practice_session_save (f->session, board, &error);
    g_autoptr(BrRecording) loaded = NULL;
    g_autoptr(GFile) board_file = NULL;
    g_autoptr(BrBoard) kept = NULL;
    g_autofree char *kept_text = NULL;

    g_assert_no_error (error);
    g_assert_true (saved == attempt);
    loaded = br_practice_history_load_recording (f->history, saved, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (br_recording_get_n_steps (loaded), ==, 2);
    board_file = br_practice_history_dup_board_file (f->history, saved);
    kept = br_board_new_from_file (board_file, NULL, &error);
    g_assert_no_error (error);
    kept_text = board_text (kept);
    g_assert_cmpstr (kept_text, ==, expected);
  }
  g_assert_null (load_in_progress (f));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));
  g_clear_object (&attempt);
  g_clear_object (&recording);
  g_assert_null (br_practice_session_load_interrupted (f->session, &recording, &error));
  g_assert_no_error (error);

  /* Discarded */
  br_practice_session_set_timer (f->session, BR_TIMER (timer));
  br_practice_session_start_on_board (f->session, br_test_session_question (f, 1), 45, board);
  br_fake_timer_advance (timer, 2000);
  br_practice_session_set_round (f->session, NULL);
  g_assert_finalize_object (f->session);
  f->session = br_practice_session_new (f->history);
  br_practice_session_set_round (f->session, f->round);
  attempt = br_practice_session_load_interrupted (f->session, &recording, &error);
  g_assert_nonnull (attempt);
  g_clear_object (&attempt);
  g_clear_object (&recording);
  br_practice_session_discard_interrupted (f->session);
  g_assert_null (load_in_progress (f));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));
  g_assert_null (br_practice_session_load_interrupted (f->session, &recording, &error));
  g_assert_no_error (error);

  /* A damaged round file: reported with where, both files set aside */
  br_practice_session_set_timer (f->session, BR_TIMER (timer));
  br_practice_session_start_on_board (f->session, br_test_session_question (f, 1), 45, board);
  br_fake_timer_advance (timer, 2000);
  br_practice_session_set_round (f->session, NULL);
  g_assert_finalize_object (f->session);
  f->session = br_practice_session_new (f->history);
  g_assert_true (g_file_set_contents (info_path, "{\n  \"format\": \"bar-raiser-practice\",\n  \"version\": 1,\n  \"attempts\": [", -1, &error));
  g_assert_no_error (error);
  g_assert_null (br_practice_session_load_interrupted (f->session, &recording, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "in-progress.json"));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "in-progress.json: 4:15:"));
  g_assert_null (recording);
  g_clear_error (&error);
  g_assert_null (load_in_progress (f));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_names (f, "*.corrupt-*"), ==, 2);
  g_assert_null (br_practice_session_load_interrupted (f->session, &recording, &error));
  g_assert_no_error (error);
}

/* Puts @info_path (%NULL for the good fixture) as the interrupted round's
 * info file, beside the recording fixture @recording ("good/small.json"),
 * where a killed round leaves them */
static void
leave_interrupted (Fixture    *f,
                   const char *info_path,
                   const char *recording)
{
  g_autofree char *boards = g_build_filename (f->dir, "boards", NULL);
  g_autofree char *info = g_build_filename (boards, "in-progress.json", NULL);
  g_autofree char *recording_path = g_build_filename (boards, "in-progress.brrec", NULL);
  g_autofree char *good_info = g_test_build_filename (G_TEST_DIST, "data", "practice", "in-progress", "good.json", NULL);
  g_autofree char *recording_fixture = g_test_build_filename (G_TEST_DIST, "data", "recording", recording, NULL);
  g_autoptr(GBytes) info_bytes = br_test_load_bytes (info_path != NULL ? info_path : good_info);
  g_autoptr(GBytes) recording_bytes = br_test_load_bytes (recording_fixture);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (boards, 0700), ==, 0);
  g_file_set_contents (info, g_bytes_get_data (info_bytes, NULL), g_bytes_get_size (info_bytes), &error);
  g_assert_no_error (error);
  g_file_set_contents (recording_path, g_bytes_get_data (recording_bytes, NULL), g_bytes_get_size (recording_bytes), &error);
  g_assert_no_error (error);
}

/* The good fixture reads back as the round it names, not completed */
static void
test_in_progress_good (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(BrAttempt) attempt = NULL;
  g_autoptr(GError) error = NULL;

  leave_interrupted (f, NULL, "good/small.json");
  attempt = br_practice_session_load_interrupted (f->session, &recording, &error);
  g_assert_no_error (error);
  g_assert_nonnull (attempt);
  g_assert_cmpstr (br_attempt_get_question_id (attempt), ==, "questions/design-s3");
  g_assert_cmpuint (br_attempt_get_length (attempt), ==, 45);
  g_assert_false (br_attempt_get_completed (attempt));
  g_assert_cmpuint (br_attempt_get_phase (attempt, 0)->actual, ==, 240);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 4);
  g_assert_cmpuint (count_names (f, "*.corrupt-*"), ==, 0);
}

/* A damaged recording beside a good info file: reported with where, both
 * set aside */
static void
test_in_progress_bad_recording (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(GError) error = NULL;

  leave_interrupted (f, NULL, "bad/truncated.json");
  g_assert_null (br_practice_session_load_interrupted (f->session, &recording, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "in-progress.brrec"));
  g_assert_null (recording);
  g_assert_null (load_in_progress (f));
  g_assert_cmpuint (count_names (f, "*.corrupt-*"), ==, 2);
}

/* Each malformed info file fails with its code, at its place, after the
 * file's name; both files go aside and nothing is offered again */
static void
test_in_progress_bad (gconstpointer data)
{
  const BrTestExpectation *expected = data;
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *prefix = NULL;
  Fixture f = { 0 };

  br_test_session_set_up (&f, NULL);
  leave_interrupted (&f, expected->full_path, "good/small.json");
  g_assert_null (br_practice_session_load_interrupted (f.session, &recording, &error));
  g_assert_null (recording);
  info = g_build_filename (f.dir, "boards", "in-progress.json", NULL);
  prefix = g_strconcat (info, ": ", NULL);
  g_assert_nonnull (error);
  br_test_assert_has_prefix (error->message, prefix);
  /* The rest is the reader's message, as for practice.json */
  {
    g_autoptr(GError) rest = g_error_new_literal (error->domain, error->code, error->message + strlen (prefix));

    br_test_assert_error_matches (rest, expected);
  }
  g_assert_cmpuint (count_names (&f, "*.corrupt-*"), ==, 2);
  g_clear_error (&error);
  g_assert_null (br_practice_session_load_interrupted (f.session, &recording, &error));
  g_assert_no_error (error);
  br_test_session_tear_down (&f, NULL);
}

static void
test_in_progress_expected (void)
{
  br_test_fixtures_check_files (fixtures, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *bad_dir = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/practice-interrupted/" path, Fixture, NULL, br_test_session_set_up, func, br_test_session_tear_down)
  ADD ("set-aside", test_recording_interrupted);
  ADD ("recovered", test_recording_recovered);
  ADD ("in-progress/good", test_in_progress_good);
  ADD ("in-progress/bad-recording", test_in_progress_bad_recording);
#undef ADD

  bad_dir = g_test_build_filename (G_TEST_DIST, "data", "practice", "in-progress", "bad", NULL);
  fixtures = br_test_fixtures_new (bad_dir, ".json");
  g_test_add_func ("/practice-interrupted/in-progress/bad/expected-matches-files", test_in_progress_expected);
  br_test_fixtures_add_tests (fixtures, "/practice-interrupted/in-progress/bad/", test_in_progress_bad);

  ret = g_test_run ();

  g_clear_pointer (&fixtures, br_test_fixtures_free);
  return ret;
}
