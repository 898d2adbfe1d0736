/* test-replay-history.c — how a practice round's board is shown after
 * the round: an attempt opened from the history shows the board phase by
 * phase as the review sheet did, or why it cannot; a round interrupted by
 * a kill is taken up for review with its recording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-attempt-view.h"
#include "br-board-file.h"
#include "br-board-page.h"
#include "br-phase-summary.h"
#include "br-review-dialog.h"
#include "br-test-app.h"

#define SECOND G_GINT64_CONSTANT (1000000)

static char *
board_text (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
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

/* The "How the Board Grew" group of an attempt view */
static AdwPreferencesGroup *
find_phases_group (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), "How the Board Grew") == 0)
    return ADW_PREFERENCES_GROUP (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesGroup *found = find_phases_group (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* An attempt opened from the history shows the board phase by phase as
 * the review sheet showed it after the round; without its recording, it
 * says so */
static void
test_attempt_view (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrGuide) guide = br_guide_new_builtin (&error);
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  g_autoptr(BrRound) round = br_round_new (br_guide_get_phases (guide), BR_CLOCK (clock));
  g_autofree char *dir = g_dir_make_tmp ("br-replay-XXXXXX", &error);
  g_autoptr(BrPracticeHistory) history = br_practice_history_new (dir);
  g_autoptr(BrPracticeSession) session = br_practice_session_new (history);
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 0);
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(BrAttempt) attempt = NULL;
  g_autoptr(GFile) recording_file = NULL;
  g_autoptr(GPtrArray) boards = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *headline = NULL;
  BrReviewDialog *dialog;
  BrPhaseSummary *summary;
  GtkWidget *view;
  AdwPreferencesGroup *group;
  guint n_phases;

  br_practice_session_set_guide (session, guide);
  br_practice_session_set_round (session, round);
  br_practice_session_set_timer (session, BR_TIMER (timer));
  br_practice_session_start_on_board (session, question, 45, board);
  br_fake_clock_advance (clock, 90 * SECOND);
  br_board_add_item (board, br_item_new_stencil (BR_STENCIL_SQL_DATABASE, 0, 0, 80, 80));
  br_fake_clock_advance (clock, 30 * SECOND);
  br_round_next_phase (round);
  br_fake_clock_advance (clock, 10 * SECOND);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 200, 0, 120, 60));
  br_board_add_item (board, br_item_new_arrow (80, 40, 200, 30));
  br_fake_clock_advance (clock, 50 * SECOND);
  g_assert_true (br_practice_session_end (session));

  /* What the review sheet shows */
  dialog = br_review_dialog_new (session);
  gtk_window_present (GTK_WINDOW (dialog));
  br_test_pump ();
  summary = BR_PHASE_SUMMARY (br_test_find_widget (GTK_WIDGET (dialog), BR_TYPE_PHASE_SUMMARY));
  g_assert_nonnull (summary);
  n_phases = br_phase_summary_get_n_phases (summary);
  g_assert_cmpuint (n_phases, ==, 2);
  headline = g_strdup (br_phase_summary_get_headline (summary));
  for (guint i = 0; i < n_phases; i++)
    {
      g_ptr_array_add (boards, board_text (br_phase_summary_get_board (summary, i)));
      g_ptr_array_add (figures, g_strdup (br_phase_summary_get_figures (summary, i)));
    }
  g_assert_true (g_str_has_prefix (g_ptr_array_index (figures, 1), "Added 1 component and 1 arrow"));

  attempt = br_practice_session_save (session, board, &error);
  g_assert_no_error (error);
  g_assert_nonnull (attempt);
  gtk_window_destroy (GTK_WINDOW (dialog));
  br_test_pump ();

  /* The same attempt, opened from the history */
  view = g_object_ref_sink (br_attempt_view_new (guide, history,
                                                 br_practice_history_lookup_attempt (history, br_attempt_get_id (attempt))));
  group = find_phases_group (view);
  g_assert_nonnull (group);
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, headline);
  summary = BR_PHASE_SUMMARY (br_test_find_widget (view, BR_TYPE_PHASE_SUMMARY));
  g_assert_nonnull (summary);
  g_assert_cmpuint (br_phase_summary_get_n_phases (summary), ==, n_phases);
  g_assert_cmpstr (br_phase_summary_get_headline (summary), ==, headline);
  for (guint i = 0; i < n_phases; i++)
    {
      g_autofree char *text = board_text (br_phase_summary_get_board (summary, i));

      g_assert_cmpstr (text, ==, g_ptr_array_index (boards, i));
      g_assert_cmpstr (br_phase_summary_get_figures (summary, i), ==, g_ptr_array_index (figures, i));
    }
  g_object_unref (view);

  /* Without its recording: said plainly, no summary */
  recording_file = br_practice_history_dup_recording_file (history, attempt);
  g_assert_true (g_file_delete (recording_file, NULL, &error));
  g_assert_no_error (error);
  view = g_object_ref_sink (br_attempt_view_new (guide, history, attempt));
  group = find_phases_group (view);
  g_assert_nonnull (group);
  g_assert_null (br_test_find_widget (view, BR_TYPE_PHASE_SUMMARY));
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (group), "No recording for this attempt"));
  g_object_unref (view);

  /* A damaged one: said, with what is wrong */
  g_assert_true (g_file_replace_contents (recording_file, "{\"format\": ", 11, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  view = g_object_ref_sink (br_attempt_view_new (guide, history, attempt));
  group = find_phases_group (view);
  g_assert_null (br_test_find_widget (view, BR_TYPE_PHASE_SUMMARY));
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (group), "The recording cannot be read: "));
  g_object_unref (view);

  rm_rf (dir);
}

/* Whether a label at or below @widget shows @text */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* A round killed part way: the next start offers its review in a toast,
 * whose sheet says the round was interrupted and shows how the board
 * grew; the sheet's Discard removes what the round left */
static void
interrupted_round (BrApplication *app,
                   BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrPracticeHistory *history = br_application_get_practice (app);
  BrPracticeSession *session = br_application_get_practice_session (app);
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  g_autoptr(BrRound) round = br_round_new (br_guide_get_phases (guide), BR_CLOCK (clock));
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 0);
  g_autofree char *in_progress = g_build_filename (br_practice_history_get_data_dir (history), "boards",
                                                   "in-progress.brrec", NULL);
  BrPracticeSession *killed = br_practice_session_new (history);
  BrWindow *restarted;
  BrBoardPage *board_page;
  GtkWindow *review;
  GtkWidget *button;
  BrPhaseSummary *summary;
  AdwMessageDialog *confirm;

  br_practice_session_set_guide (killed, guide);
  br_practice_session_set_round (killed, round);
  br_practice_session_set_timer (killed, BR_TIMER (timer));
  br_practice_session_start_on_board (killed, question, 45, board);
  br_fake_clock_advance (clock, 90 * SECOND);
  br_board_add_item (board, br_item_new_stencil (BR_STENCIL_SQL_DATABASE, 0, 0, 80, 80));
  br_fake_timer_advance (timer, 2000);
  br_practice_session_set_round (killed, NULL);
  g_object_unref (killed);
  g_assert_true (g_file_test (in_progress, G_FILE_TEST_EXISTS));

  /* The next start: the first window offers the round's review */
  g_application_hold (G_APPLICATION (app));
  gtk_window_destroy (GTK_WINDOW (window));
  br_test_pump ();
  restarted = br_window_new (app);
  gtk_window_present (GTK_WINDOW (restarted));
  g_application_release (G_APPLICATION (app));
  br_test_pump ();
  g_assert_true (shows_text (GTK_WIDGET (restarted), "A practice round was interrupted"));
  button = br_test_find_button (GTK_WIDGET (restarted), "_Review");
  g_assert_nonnull (button);
  /* Clicked, as a pointer does (a key's activation waits on a timeout) */
  g_signal_emit_by_name (button, "clicked");
  br_test_pump ();

  g_assert_cmpint (br_practice_session_get_state (session), ==, BR_PRACTICE_SESSION_REVIEW);
  g_assert_true (br_practice_session_get_interrupted (session));
  g_assert_false (br_attempt_get_completed (br_practice_session_get_attempt (session)));
  review = br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG);
  g_assert_nonnull (review);
  g_assert_cmpstr (gtk_window_get_title (review), ==, "Review the Interrupted Round");
  g_assert_true (shows_text (GTK_WIDGET (review), "The round was interrupted"));
  summary = BR_PHASE_SUMMARY (br_test_find_widget (GTK_WIDGET (review), BR_TYPE_PHASE_SUMMARY));
  g_assert_nonnull (summary);
  g_assert_cmpstr (br_phase_summary_get_headline (summary), ==, "The first component appeared at 1:30.");
  /* The design review never ran in the round: it ran on the rebuilt board */
  g_assert_cmpuint (br_attempt_get_n_findings (br_practice_session_get_attempt (session)), >, 0);
  g_assert_false (shows_text (GTK_WIDGET (review), "found nothing to probe"));

  /* Discarded from the sheet, confirmed: nothing is left to offer */
  button = br_test_find_button (GTK_WIDGET (review), "_Discard This Attempt…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  br_test_pump ();
  confirm = ADW_MESSAGE_DIALOG (br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "discard");
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_assert_cmpint (br_practice_session_get_state (session), ==, BR_PRACTICE_SESSION_IDLE);
  g_assert_false (g_file_test (in_progress, G_FILE_TEST_EXISTS));
  {
    g_autoptr(BrRecording) recording = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_null (br_practice_session_load_interrupted (session, &recording, &error));
    g_assert_no_error (error);
  }
  board_page = BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (restarted), BR_TYPE_BOARD_PAGE));
  br_board_page_mark_kept (board_page);
}

static void
test_interrupted_round (void)
{
  br_test_run_in_app (interrupted_round);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);
  adw_init ();
  /* The application's class registers the templates' resource */
  g_type_class_unref (g_type_class_ref (BR_TYPE_APPLICATION));

  g_test_add_func ("/replay-history/attempt-view", test_attempt_view);
  g_test_add_func ("/replay-history/interrupted-round", test_interrupted_round);

  return g_test_run ();
}
