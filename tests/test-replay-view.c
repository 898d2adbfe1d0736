/* test-replay-view.c — the replay of a practice round: play, advance,
 * seek, steps with the keys, jumps to the end of a phase, idle stretches
 * played fast, speeds; attempts without a recording or with a damaged
 * one; the review sheet's board phase by phase
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-attempt-view.h"
#include "br-board-file.h"
#include "br-board-page.h"
#include "br-doc-error.h"
#include "br-phase-summary.h"
#include "br-recorder.h"
#include "br-reference.h"
#include "br-replay-summary.h"
#include "br-replay-timeline.h"
#include "br-replay-view.h"
#include "br-review.h"
#include "br-review-dialog.h"
#include "br-test-app.h"

#define SECOND G_GINT64_CONSTANT (1000000)

typedef struct {
  BrGuide *guide;
  BrRecording *recording;
  BrBoard *board;        /* the board recorded, at the end */
  BrAttempt *attempt;
} Round;

static const char *
phase_id (BrGuide *guide,
          guint    index)
{
  g_autoptr(BrGuideEntry) phase = g_list_model_get_item (br_guide_get_phases (guide), index);

  return br_guide_entry_get_id (phase);  /* the guide keeps it */
}

/* Steps at 1 s (a box), 2 s (a database), 3 s (an arrow between them),
 * then a minute without a change, a label at 63 s; 70 s in all. Three
 * phases: 0-2 s, 2-42 s, 42-70 s, and a fourth never reached. */
static void
round_init (Round *round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  g_autoptr(BrRecorder) recorder = NULL;
  g_autoptr(GDateTime) started = g_date_time_new_utc (2026, 11, 27, 19, 5, 0);
  const char *box, *database, *arrow;

  round->guide = br_guide_new_builtin (&error);
  g_assert_no_error (error);
  round->board = br_board_new ();
  recorder = br_recorder_new (round->board, BR_CLOCK (clock));

  br_fake_clock_advance (clock, 1 * SECOND);
  box = br_board_add_item (round->board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  br_fake_clock_advance (clock, 1 * SECOND);
  database = br_board_add_item (round->board, br_item_new_stencil (BR_STENCIL_SQL_DATABASE, 300, 0, 80, 80));
  br_fake_clock_advance (clock, 1 * SECOND);
  /* Drawn and bound in one gesture: one step */
  br_board_begin_transaction (round->board);
  arrow = br_board_add_item (round->board, br_item_new_arrow (120, 30, 300, 40));
  {
    g_autofree char *arrow_id = g_strdup (arrow);

    br_board_set_arrow_end (round->board, arrow_id, BR_END_START, 120, 30, box);
    br_board_set_arrow_end (round->board, arrow_id, BR_END_END, 300, 40, database);
    br_board_commit (round->board);
  }
  br_fake_clock_advance (clock, 60 * SECOND);
  br_board_set_label (round->board, box, "Web servers");
  br_fake_clock_advance (clock, 7 * SECOND);
  br_recorder_stop (recorder);
  round->recording = g_object_ref (br_recorder_get_recording (recorder));
  g_assert_cmpuint (br_recording_get_n_steps (round->recording), ==, 4);
  g_assert_cmpint (br_recording_get_duration (round->recording), ==, 70000);

  round->attempt = br_attempt_new ("questions/design-a-url-shortener", started, 45);
  br_attempt_add_phase (round->attempt, phase_id (round->guide, 0), 300, 2);
  br_attempt_add_phase (round->attempt, phase_id (round->guide, 1), 300, 40);
  br_attempt_add_phase (round->attempt, phase_id (round->guide, 2), 600, 28);
  /* Stopped before the fourth phase */
  br_attempt_add_phase (round->attempt, phase_id (round->guide, 3), 600, 0);
}

static void
round_clear (Round *round)
{
  g_clear_object (&round->attempt);
  g_clear_object (&round->board);
  g_clear_object (&round->recording);
  g_clear_object (&round->guide);
}

static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          /* Taken before a focused button would take Space */
          g_assert_cmpint (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)), ==,
                           GTK_PHASE_CAPTURE);
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
        }
    }
  g_object_unref (controllers);
  g_assert_true (handled);
}

static char *
board_text (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The board shown is the recording rebuilt after @n_steps */
static void
assert_shows (BrReplayView *view,
              Round        *round,
              guint         n_steps)
{
  g_autoptr(BrBoard) expected = br_recording_build_board (round->recording, n_steps);
  g_autofree char *a = board_text (expected);
  g_autofree char *b = board_text (br_replay_view_get_board (view));

  g_assert_cmpuint (br_replay_view_get_n_steps_shown (view), ==, n_steps);
  g_assert_cmpstr (a, ==, b);
}

/* The first widget of @type at or below @widget with the style class
 * @css_class, or with the tooltip @tooltip */
static GtkWidget *
find_styled (GtkWidget  *widget,
             GType       type,
             const char *css_class,
             const char *tooltip)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (css_class != NULL ? gtk_widget_has_css_class (widget, css_class)
                         : g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_styled (child, type, css_class, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The position and the length, "0:03 / 1:10" */
static const char *
time_text (BrReplayView *view)
{
  return gtk_label_get_label (GTK_LABEL (find_styled (GTK_WIDGET (view), GTK_TYPE_LABEL, "numeric", NULL)));
}

/* The phase at the position */
static const char *
phase_text (BrReplayView *view)
{
  return gtk_label_get_label (GTK_LABEL (find_styled (GTK_WIDGET (view), GTK_TYPE_LABEL, "dim-label", NULL)));
}

static void
test_play_seek_step (void)
{
  Round round = { 0, };
  GtkWidget *window = gtk_window_new ();
  BrReplayView *view = BR_REPLAY_VIEW (br_replay_view_new ());
  GtkAdjustment *adjustment;
  GtkDropDown *speeds;

  round_init (&round);
  /* Not shown: no frame clock ticks; the test advances the time itself */
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  br_replay_view_set_recording (view, round.recording, round.attempt, round.guide);
  g_assert_true (br_replay_view_get_has_recording (view));
  g_assert_null (br_replay_view_get_status (view));

  /* It opens at the end: the board as it was saved */
  g_assert_cmpint (br_replay_view_get_position (view), ==, 70000);
  assert_shows (view, &round, 4);
  {
    g_autofree char *a = board_text (round.board);
    g_autofree char *b = board_text (br_replay_view_get_board (view));

    g_assert_cmpstr (a, ==, b);
  }
  g_assert_cmpstr (time_text (view), ==, "1:10 / 1:10");

  /* Space plays, from the start when at the end */
  br_replay_view_set_speed (view, 1);
  press_key (GTK_WIDGET (view), GDK_KEY_space);
  g_assert_true (br_replay_view_get_playing (view));
  g_assert_cmpint (br_replay_view_get_position (view), ==, 0);
  assert_shows (view, &round, 0);
  br_replay_view_advance (view, 1000);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 1000);
  assert_shows (view, &round, 1);
  br_replay_view_advance (view, 500);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 1500);
  assert_shows (view, &round, 1);
  br_replay_view_advance (view, 1500);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 3000);
  assert_shows (view, &round, 3);

  /* A minute without a change plays in a second */
  br_replay_view_advance (view, 500);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 33000);
  br_replay_view_advance (view, 500);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 63000);
  assert_shows (view, &round, 4);

  /* Playback stops at the end */
  br_replay_view_advance (view, 60000);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 70000);
  g_assert_false (br_replay_view_get_playing (view));
  br_replay_view_advance (view, 1000);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 70000);

  /* Seeking both ways */
  br_replay_view_seek (view, 2500);
  assert_shows (view, &round, 2);
  br_replay_view_seek (view, 65000);
  assert_shows (view, &round, 4);
  br_replay_view_seek (view, 999);
  assert_shows (view, &round, 0);
  g_assert_cmpstr (time_text (view), ==, "0:00 / 1:10");

  /* The scrubber seeks */
  adjustment = gtk_range_get_adjustment (GTK_RANGE (br_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SCALE)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), ==, 70000);
  gtk_adjustment_set_value (adjustment, 3000);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 3000);
  assert_shows (view, &round, 3);
  br_replay_view_seek (view, 2000);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 2000);

  /* Arrows step one step, Home and End go to the ends; a key pauses */
  br_replay_view_set_playing (view, TRUE);
  press_key (GTK_WIDGET (view), GDK_KEY_Right);
  g_assert_false (br_replay_view_get_playing (view));
  assert_shows (view, &round, 3);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 3000);
  press_key (GTK_WIDGET (view), GDK_KEY_Right);
  assert_shows (view, &round, 4);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 63000);
  press_key (GTK_WIDGET (view), GDK_KEY_Right);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 70000);
  press_key (GTK_WIDGET (view), GDK_KEY_Left);
  assert_shows (view, &round, 3);
  press_key (GTK_WIDGET (view), GDK_KEY_Left);
  assert_shows (view, &round, 2);
  press_key (GTK_WIDGET (view), GDK_KEY_Left);
  assert_shows (view, &round, 1);
  press_key (GTK_WIDGET (view), GDK_KEY_Left);
  assert_shows (view, &round, 0);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 0);
  press_key (GTK_WIDGET (view), GDK_KEY_End);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 70000);
  press_key (GTK_WIDGET (view), GDK_KEY_Home);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 0);
  /* Space again pauses */
  press_key (GTK_WIDGET (view), GDK_KEY_space);
  g_assert_true (br_replay_view_get_playing (view));
  press_key (GTK_WIDGET (view), GDK_KEY_space);
  g_assert_false (br_replay_view_get_playing (view));

  /* To the end of a phase, named on the time line */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "replay.jump-to-phase", "u", 1));
  g_assert_cmpint (br_replay_view_get_position (view), ==, 42000);
  assert_shows (view, &round, 3);
  {
    g_autoptr(BrGuideEntry) phase = g_list_model_get_item (br_guide_get_phases (round.guide), 2);

    /* At the end of the second phase the third one begins */
    g_assert_cmpstr (phase_text (view), ==, br_guide_entry_get_title (phase));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "replay.jump-to-phase", "u", 0));
  g_assert_cmpint (br_replay_view_get_position (view), ==, 2000);
  assert_shows (view, &round, 2);
  /* The phase never reached is not on the time line */
  gtk_widget_activate_action (GTK_WIDGET (view), "replay.jump-to-phase", "u", 3);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 2000);

  /* Under the scrubber: the phases the round reached, by name, and the
   * minute without a change */
  {
    BrReplayTimeline *timeline = BR_REPLAY_TIMELINE (br_test_find_widget (GTK_WIDGET (view), BR_TYPE_REPLAY_TIMELINE));
    g_autoptr(BrGuideEntry) first = g_list_model_get_item (br_guide_get_phases (round.guide), 0);
    g_autoptr(BrGuideEntry) second = g_list_model_get_item (br_guide_get_phases (round.guide), 1);
    g_autofree char *expected = g_strdup_printf ("%s\nNo change for 1:00, from 0:03", br_guide_entry_get_title (second));

    g_assert_nonnull (timeline);
    g_assert_cmpuint (br_replay_timeline_get_n_phases (timeline), ==, 3);
    g_assert_cmpstr (br_replay_timeline_describe_at (timeline, 30000), ==, expected);
    g_assert_cmpstr (br_replay_timeline_describe_at (timeline, 1500), ==, br_guide_entry_get_title (first));
  }

  /* Faster: 8× plays two seconds in a quarter of a second */
  speeds = GTK_DROP_DOWN (br_test_find_widget (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (speeds)), ==, 7);
  gtk_drop_down_set_selected (speeds, 3);
  g_assert_cmpuint (br_replay_view_get_speed (view), ==, 8);
  br_replay_view_seek (view, 0);
  br_replay_view_set_playing (view, TRUE);
  br_replay_view_advance (view, 250);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 2000);
  /* 64×: faster than the idle stretch's own pace */
  gtk_drop_down_set_selected (speeds, 6);
  g_assert_cmpuint (br_replay_view_get_speed (view), ==, 64);
  br_replay_view_seek (view, 3000);
  br_replay_view_advance (view, 500);
  g_assert_cmpint (br_replay_view_get_position (view), ==, 35000);
  br_replay_view_set_playing (view, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  round_clear (&round);
}

static void
test_no_recording (void)
{
  g_autoptr(GError) missing = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "none");
  g_autoptr(GError) damaged = g_error_new_literal (BR_DOC_ERROR, BR_DOC_ERROR_SYNTAX,
                                                   "3f2a.brrec: line 1:58: the file ends too early");
  GtkWidget *window = gtk_window_new ();
  BrReplayView *view = BR_REPLAY_VIEW (br_replay_view_new ());

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));

  br_replay_view_set_error (view, missing);
  g_assert_false (br_replay_view_get_has_recording (view));
  g_assert_nonnull (strstr (br_replay_view_get_status (view), "before"));
  g_assert_null (br_replay_view_get_board (view));
  /* Nothing to play: the keys are not taken */
  {
    GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
    gboolean handled = TRUE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_space, 0, 0, &handled);
      }
    g_object_unref (controllers);
    g_assert_false (handled);
  }
  br_replay_view_set_playing (view, TRUE);
  g_assert_false (br_replay_view_get_playing (view));

  /* A damaged recording says what is wrong */
  br_replay_view_set_error (view, damaged);
  g_assert_cmpstr (br_replay_view_get_status (view), ==, damaged->message);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_phase_summary (void)
{
  Round round = { 0, };
  GtkWidget *summary;
  g_autoptr(GArray) phases = NULL;
  g_autoptr(BrReference) reference = br_reference_new_builtin (NULL);

  g_assert_nonnull (reference);
  round_init (&round);
  summary = g_object_ref_sink (br_phase_summary_new (round.recording, round.attempt, round.guide));
  g_assert_cmpstr (br_phase_summary_get_headline (BR_PHASE_SUMMARY (summary)), ==,
                   "The first component appeared at 0:01.");
  g_assert_cmpuint (br_phase_summary_get_n_phases (BR_PHASE_SUMMARY (summary)), ==, 3);

  phases = br_replay_phases_from_attempt (round.attempt, round.recording);
  br_replay_summarize (round.recording, phases);
  g_assert_cmpuint (phases->len, ==, 4);
  for (guint i = 0; i < 3; i++)
    {
      guint n_steps = g_array_index (phases, BrReplayPhase, i).n_steps;
      g_autoptr(BrBoard) expected = br_recording_build_board (round.recording, n_steps);
      g_autofree char *a = board_text (expected);
      g_autofree char *b = board_text (br_phase_summary_get_board (BR_PHASE_SUMMARY (summary), i));

      g_autoptr(BrReview) review = br_review_new (expected, reference, 1.0, NULL);

      /* The thumbnail is the board at the end of the phase, and the
       * findings are the review's of that board */
      g_assert_cmpstr (a, ==, b);
      g_assert_cmpint (br_phase_summary_get_n_findings (BR_PHASE_SUMMARY (summary), i), ==,
                       (int) br_review_get_n_findings (review));
    }
  /* 0-2 s: the box and the database; 2-42 s: the arrow and a minute idle */
  g_assert_true (g_str_has_prefix (br_phase_summary_get_figures (BR_PHASE_SUMMARY (summary), 0),
                                   "Added 2 components and 0 arrows"));
  g_assert_true (g_str_has_prefix (br_phase_summary_get_figures (BR_PHASE_SUMMARY (summary), 1),
                                   "Added 0 components and 1 arrow"));

  g_assert_finalize_object (summary);
  round_clear (&round);
}

/* From the history: an attempt without a recording, with a damaged one,
 * with a good one ------------------------------------------------------- */

static BrReplayView *
find_replay (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      GtkWidget *view = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_REPLAY_VIEW);

      if (view != NULL && gtk_widget_get_visible (GTK_WIDGET (window)))
        return BR_REPLAY_VIEW (view);
    }
  return NULL;
}

static void
close_replay (void)
{
  BrReplayView *view = find_replay ();

  g_assert_nonnull (view);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))));
  br_test_pump ();
  g_assert_null (find_replay ());
}

static void
replay_from_history (BrApplication *app,
                     BrWindow      *window)
{
  BrPracticeHistory *history = br_application_get_practice (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) board_file = NULL;
  g_autoptr(GFile) recording_file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *board_path = NULL;
  Round round = { 0, };
  BrReplayView *view;

  round_init (&round);
  board_path = br_attempt_dup_default_board (round.attempt);
  br_attempt_set_board (round.attempt, board_path);
  board_file = br_practice_history_dup_board_file (history, round.attempt);
  {
    g_autoptr(GFile) boards = g_file_get_parent (board_file);

    g_file_make_directory_with_parents (boards, NULL, NULL);
  }
  g_assert_true (br_board_save_to_file_full (round.board, board_file, 0600, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (br_practice_history_try_add_attempt (history, round.attempt, &error));
  g_assert_no_error (error);

  /* Saved before rounds were recorded */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.replay-attempt", "s",
                                             br_attempt_get_id (round.attempt)));
  br_test_pump ();
  view = find_replay ();
  g_assert_nonnull (view);
  g_assert_false (br_replay_view_get_has_recording (view));
  g_assert_nonnull (strstr (br_replay_view_get_status (view), "before"));
  close_replay ();

  /* Cut short */
  recording_file = br_practice_history_dup_recording_file (history, round.attempt);
  bytes = br_recording_to_bytes (round.recording);
  g_assert_true (g_file_replace_contents (recording_file, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes) / 2, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.replay-attempt", "s",
                                             br_attempt_get_id (round.attempt)));
  br_test_pump ();
  view = find_replay ();
  g_assert_false (br_replay_view_get_has_recording (view));
  g_assert_nonnull (strstr (br_replay_view_get_status (view), ".brrec"));
  close_replay ();

  /* The attempt still opens, with its board and its replay button */
  {
    GtkWidget *attempt_view = g_object_ref_sink (br_attempt_view_new (round.guide, history, round.attempt));
    BrBoardPage *board_page = BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE));
    GtkWidget *replay = find_styled (attempt_view, GTK_TYPE_BUTTON, NULL,
                                     "Watch how the board was built during the round");

    g_assert_nonnull (replay);
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (replay)), ==, "win.replay-attempt");
    g_object_unref (attempt_view);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-attempt-board", "s",
                                               br_attempt_get_id (round.attempt)));
    br_test_pump ();
    g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (board_page)), ==, 3);
  }

  /* Whole */
  g_assert_true (g_file_replace_contents (recording_file, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.replay-attempt", "s",
                                             br_attempt_get_id (round.attempt)));
  br_test_pump ();
  view = find_replay ();
  g_assert_true (br_replay_view_get_has_recording (view));
  g_assert_cmpuint (br_replay_view_get_n_steps_shown (view), ==, 4);
  g_assert_false (br_replay_view_get_playing (view));
  close_replay ();

  round_clear (&round);
}

/* The window records the board the practice round starts on, and the one
 * opened during the round; the review sheet shows the phases */
static void
window_records (BrApplication *app,
                BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrPracticeSession *session = br_application_get_practice_session (app);
  BrBoardPage *board_page = BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE));
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 1);
  BrRecording *recording;
  GtkWindow *review;

  br_window_start_practice (window, question, 45);
  br_test_pump ();
  g_assert_cmpint (br_practice_session_get_state (session), ==, BR_PRACTICE_SESSION_RUNNING);
  recording = br_practice_session_get_recording (session);
  g_assert_nonnull (recording);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 0);

  br_board_add_item (br_board_page_get_board (board_page), br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 1);

  /* Another board during the round: recorded from then on */
  br_board_page_new_titled_board (board_page, "Another board");
  br_test_pump ();
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 2);
  br_board_add_item (br_board_page_get_board (board_page), br_item_new (BR_ITEM_ELLIPSE, 0, 0, 80, 80));
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 3);
  {
    g_autoptr(BrBoard) rebuilt = br_recording_build_board (recording, 3);
    g_autofree char *a = board_text (br_board_page_get_board (board_page));
    g_autofree char *b = board_text (rebuilt);

    g_assert_cmpstr (a, ==, b);
  }

  /* The review sheet shows how the board grew, and offers the replay */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.end-practice", NULL));
  br_test_pump ();
  review = br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG);
  g_assert_nonnull (review);
  g_assert_nonnull (br_test_find_widget (GTK_WIDGET (review), BR_TYPE_PHASE_SUMMARY));
  g_assert_nonnull (find_styled (GTK_WIDGET (review), GTK_TYPE_BUTTON, NULL,
                                 "Watch how the board was built during the round"));

  br_practice_session_discard (session);
  br_test_pump ();
  g_assert_null (br_practice_session_get_recording (session));
  /* Nothing to save on the way out */
  br_board_page_mark_kept (board_page);
}

static void
test_window_records (void)
{
  br_test_run_in_app (window_records);
}

static void
test_replay_from_history (void)
{
  br_test_run_in_app (replay_from_history);
}

/* The review sheet of a recorded round: the board phase by phase, and
 * the replay from its button */
static void
test_review_sheet (void)
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
  BrReviewDialog *dialog;
  GtkWidget *summary;
  GtkWidget *replay_button = NULL;
  BrReplayView *view;

  br_practice_session_set_guide (session, guide);
  br_practice_session_set_round (session, round);
  br_practice_session_set_timer (session, BR_TIMER (timer));
  br_practice_session_start_on_board (session, question, 45, board);
  br_fake_clock_advance (clock, 90 * SECOND);
  br_board_add_item (board, br_item_new_stencil (BR_STENCIL_SQL_DATABASE, 0, 0, 80, 80));
  br_fake_clock_advance (clock, 30 * SECOND);
  g_assert_true (br_practice_session_end (session));

  dialog = br_review_dialog_new (session);
  gtk_window_present (GTK_WINDOW (dialog));
  br_test_pump ();
  summary = br_test_find_widget (GTK_WIDGET (dialog), BR_TYPE_PHASE_SUMMARY);
  g_assert_nonnull (summary);
  /* Stopped two minutes into the first phase: the others were never reached */
  g_assert_cmpuint (br_attempt_get_n_phases (br_practice_session_get_attempt (session)), >, 1);
  g_assert_cmpuint (br_phase_summary_get_n_phases (BR_PHASE_SUMMARY (summary)), ==, 1);
  g_assert_cmpstr (br_phase_summary_get_headline (BR_PHASE_SUMMARY (summary)), ==,
                   "The first component appeared at 1:30.");

  /* "Replay" opens the round's recording */
  replay_button = find_styled (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, NULL,
                               "Watch how the board was built during the round");
  g_assert_nonnull (replay_button);
  g_signal_emit_by_name (replay_button, "clicked");
  br_test_pump ();
  view = find_replay ();
  g_assert_nonnull (view);
  g_assert_true (br_replay_view_get_has_recording (view));
  g_assert_cmpint (br_replay_view_get_position (view), ==, 120000);
  g_assert_cmpuint (br_replay_view_get_n_steps_shown (view), ==, 1);
  close_replay ();

  gtk_window_destroy (GTK_WINDOW (dialog));
  br_practice_session_discard (session);
  br_test_pump ();
  {
    g_autofree char *boards = g_build_filename (dir, "boards", NULL);

    g_rmdir (boards);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);
  adw_init ();
  /* The application's class registers the templates' resource */
  g_type_class_unref (g_type_class_ref (BR_TYPE_APPLICATION));

  g_test_add_func ("/replay-view/play-seek-step", test_play_seek_step);
  g_test_add_func ("/replay-view/no-recording", test_no_recording);
  g_test_add_func ("/replay-view/phase-summary", test_phase_summary);
  g_test_add_func ("/replay-view/review-sheet", test_review_sheet);
  g_test_add_func ("/replay-view/from-history", test_replay_from_history);
  g_test_add_func ("/replay-view/window-records", test_window_records);

  return g_test_run ();
}
