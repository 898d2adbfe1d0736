/* test-practice-flow.c — a practice session from start to history, in a
 * real application run under Xvfb: start from a question through the
 * window's actions, the board and the timer start, end the round, fill
 * the review, and find the attempt in the history and on the Plan page;
 * the design review's findings held back until Detailed Design, then on
 * the review sheet, in the attempt and in the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-attempt-view.h"
#include "br-board-document.h"
#include "br-board-file.h"
#include "br-board-page.h"
#include "br-length-chooser.h"
#include "br-plan-page.h"
#include "br-practice-panel.h"
#include "br-question-bank.h"
#include "br-review-dialog.h"
#include "br-review-panel.h"
#include "br-test-app.h"

#include <string.h>

static void
respond (const char *response)
{
  GtkWindow *dialog = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), response));
  /* What a click on the response's button does */
  g_object_ref (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  br_test_pump ();
}

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
}

static gboolean label_visible (GtkWidget  *widget,
                               const char *text);

static void
fill_review (BrApplication  *app,
             BrReviewDialog *review,
             guint           score)
{
  GListModel *rubric = br_guide_get_rubric (br_application_get_guide (app));
  g_autoptr(BrGuideEntry) principle = g_list_model_get_item (br_guide_get_principles (br_application_get_guide (app)), 0);

  g_assert_false (br_review_dialog_get_complete (review));
  g_assert_false (br_review_dialog_save (review));
  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);

      g_assert_false (br_review_dialog_get_complete (review));
      /* The last dimension is the weakest */
      br_review_dialog_set_score (review, br_guide_entry_get_id (dimension),
                                  i + 1 == g_list_model_get_n_items (rubric) ? 1 : score);
    }
  g_assert_true (br_review_dialog_get_complete (review));
  br_review_dialog_set_principle (review, br_guide_entry_get_id (principle), TRUE);
  br_review_dialog_set_notes (review, "Forgot the cache eviction policy");
}

static void
flow_body (BrApplication *app,
           BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrPracticeHistory *history = br_application_get_practice (app);
  GtkWidget *plan = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  GtkWidget *bank = br_test_find_widget (plan, BR_TYPE_QUESTION_BANK);
  BrBoardPage *board_page = BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE));
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 2);
  const char *question_id = br_guide_entry_get_id (BR_GUIDE_ENTRY (question));
  const char *question_title = br_guide_entry_get_title (BR_GUIDE_ENTRY (question));
  guint n_questions = g_list_model_get_n_items (br_guide_get_questions (guide));
  g_autoptr(BrGuideEntry) principle = g_list_model_get_item (br_guide_get_principles (guide), 0);
  g_autoptr(BrGuideEntry) weakest = g_list_model_get_item (br_guide_get_rubric (guide),
                                                           g_list_model_get_n_items (br_guide_get_rubric (guide)) - 1);
  BrPracticeSession *session;
  BrReviewDialog *review;
  BrAttempt *attempt;
  BrRound *round;
  g_autoptr(GFile) board_file = NULL;
  g_autoptr(BrBoard) saved_board = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  g_autofree char *expected_weakest = NULL;
  GDate date;
  BrSm2State state;
  GDate due;

  g_assert_nonnull (plan);
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (history)), ==, 0);
  g_assert_nonnull (br_test_find_row (plan, "Practice History"));

  /* Start from the question: the start question offers the round length */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice-question", "s", question_id));
  br_test_pump ();
  respond ("start");

  /* A fresh board titled with the question, the card beside it, the round on */
  session = br_application_get_practice_session (app);
  g_assert_cmpint (br_practice_session_get_state (session), ==, BR_PRACTICE_SESSION_RUNNING);
  g_assert_true (br_practice_session_get_question (session) == question);
  g_assert_cmpstr (br_window_get_visible_page (window), ==, "whiteboard");
  g_assert_cmpstr (br_board_page_get_title (board_page), ==, question_title);
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (board_page)), ==, 0);
  g_assert_true (BR_IS_PRACTICE_PANEL (br_board_page_get_side_panel (board_page)));
  g_assert_true (gtk_widget_get_mapped (br_board_page_get_side_panel (board_page)));
  /* Its button ends the round */
  g_assert_true (label_visible (br_board_page_get_side_panel (board_page), "_End Round and Review"));
  g_assert_false (label_visible (br_board_page_get_side_panel (board_page), "_Review Your Answer"));
  /* The card beside the board has the core API, the data model and the
   * worked numbers */
  {
    GtkWidget *panel = br_board_page_get_side_panel (board_page);
    g_autoptr(BrDataEntity) entity = g_list_model_get_item (br_question_get_data_model (question), 0);

    g_assert_nonnull (br_test_find_row (panel, br_question_get_api (question)[0]));
    g_assert_nonnull (br_test_find_row (panel, br_data_entity_get_name (entity)));
    g_assert_nonnull (br_test_find_row (panel, "Inputs"));
    g_assert_nonnull (br_test_find_row (panel, "Reads a second at peak"));
  }
  round = br_application_get_round (app);
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_RUNNING);
  g_assert_cmpuint (br_round_get_length (round), ==, br_practice_session_get_length (session));

  /* The card can be hidden and shown again (F9) */
  {
    GActionGroup *actions = br_board_page_get_action_group (board_page);
    g_autoptr(GVariant) shown = g_action_group_get_action_state (actions, "panel");
    g_autoptr(GVariant) hidden = NULL;
    AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (br_board_page_get_side_panel (board_page), ADW_TYPE_FLAP));

    g_assert_true (g_variant_get_boolean (shown));
    g_assert_true (adw_flap_get_reveal_flap (flap));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.panel", NULL));
    br_test_pump ();
    hidden = g_action_group_get_action_state (actions, "panel");
    g_assert_false (g_variant_get_boolean (hidden));
    g_assert_false (adw_flap_get_reveal_flap (flap));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.panel", NULL));
    br_test_pump ();
    g_assert_true (adw_flap_get_reveal_flap (flap));
  }

  /* Sketch, then end the round: the review sheet opens */
  br_board_add_item (br_board_page_get_board (board_page), br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60));
  br_board_add_item (br_board_page_get_board (board_page), br_item_new (BR_ITEM_ELLIPSE, 200, 0, 80, 80));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.end-practice", NULL));
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_FINISHED);
  g_assert_cmpint (br_practice_session_get_state (session), ==, BR_PRACTICE_SESSION_REVIEW);
  review = BR_REVIEW_DIALOG (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (review);
  /* The card beside the board now reopens the review */
  g_assert_false (label_visible (br_board_page_get_side_panel (board_page), "_End Round and Review"));
  g_assert_true (label_visible (br_board_page_get_side_panel (board_page), "_Review Your Answer"));

  /* "Later" closes the sheet; the review waits and comes back */
  gtk_window_close (GTK_WINDOW (review));
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-practice", NULL));
  br_test_pump ();
  review = BR_REVIEW_DIALOG (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (review);

  fill_review (app, review, 3);
  g_assert_true (br_review_dialog_save (review));
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));

  /* The attempt is in the history with everything the review held */
  g_assert_false (br_practice_session_get_active (br_application_get_practice_session (app)));
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_IDLE);
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (history)), ==, 1);
  attempt = br_practice_history_get_last_attempt (history, question_id);
  g_assert_nonnull (attempt);
  g_assert_false (br_attempt_get_completed (attempt));
  g_assert_cmpuint (br_attempt_get_length (attempt), ==, br_round_get_length (round));
  g_assert_cmpuint (br_attempt_get_n_phases (attempt), ==, br_round_get_n_phases (round));
  g_assert_cmpuint (br_attempt_get_phase (attempt, 0)->budget, ==, br_round_get_budget (round, 0) * 60);
  g_assert_cmpuint (br_attempt_get_score (attempt, br_guide_entry_get_id (weakest)), ==, 1);
  g_assert_true (g_strv_contains (br_attempt_get_principles (attempt), br_guide_entry_get_id (principle)));
  g_assert_cmpstr (br_attempt_get_notes (attempt), ==, "Forgot the cache eviction policy");
  g_assert_true (br_practice_history_get_schedule (history, question_id, &state, &due));
  today (&date);
  g_assert_cmpint (g_date_compare (&due, &date), >, 0);
  g_assert_cmpuint (br_progress_get_day_count (br_application_get_progress (app), &date), >=, 1);

  /* Its board is saved next to the history, and the page's copy is safe */
  board_file = br_practice_history_dup_board_file (history, attempt);
  g_assert_nonnull (board_file);
  saved_board = br_board_new_from_file (board_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (saved_board), ==, 2);
  g_assert_false (br_board_page_get_modified (board_page));
  g_assert_null (br_board_page_get_side_panel (board_page));

  /* The Plan page: the history lists it, the card shows it, the scores
   * name the weakest dimension */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-attempt", "s", br_attempt_get_id (attempt)));
  br_test_pump ();
  g_assert_cmpstr (br_window_get_visible_page (window), ==, "plan");
  /* The attempt's review lists the principle it showed, the scores and
   * the notes */
  g_assert_nonnull (br_test_find_row (plan, br_guide_entry_get_title (principle)));
  g_assert_true (label_visible (plan, "1 of 4"));
  g_assert_true (label_visible (plan, "Forgot the cache eviction policy"));
  g_assert_false (label_visible (plan, "None picked"));
  g_assert_true (gtk_widget_activate_action (plan, "plan.show", "s", "history"));
  br_test_pump ();
  row = br_test_find_row (plan, question_title);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate_action (plan, "plan.show", "s", question_id));
  br_test_pump ();
  {
    g_autofree char *started = br_attempt_view_format_started (attempt);
    /* The card lists the attempt under its date */
    g_assert_nonnull (br_test_find_row (plan, started));
  }
  expected_weakest = g_strdup_printf ("Weakest: %s (1.0 of 4)", br_guide_entry_get_title (weakest));
  row = br_test_find_row (plan, "Your Scores");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, expected_weakest);
  g_assert_nonnull (br_test_find_row (plan, "Practice History"));

  /* The question bank filters by status */
  br_question_bank_set_status (BR_QUESTION_BANK (bank), BR_QUESTION_STATUS_PRACTICED);
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 1);
  br_question_bank_set_status (BR_QUESTION_BANK (bank), BR_QUESTION_STATUS_NEW);
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, n_questions - 1);
  br_question_bank_set_status (BR_QUESTION_BANK (bank), BR_QUESTION_STATUS_DUE);
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 0);
  br_question_bank_set_status (BR_QUESTION_BANK (bank), -1);
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, n_questions);

  /* Opening the attempt's board gives a copy, not the saved file */
  br_board_add_item (br_board_page_get_board (board_page), br_item_new (BR_ITEM_RECTANGLE, 0, 300, 120, 60));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-attempt-board", "s", br_attempt_get_id (attempt)));
  br_test_pump ();
  respond ("discard");
  /* The copy is read in the background: wait for the document, not a time */
  while (br_board_document_get_busy (br_board_page_get_document (board_page)))
    g_main_context_iteration (NULL, TRUE);
  br_test_pump ();
  g_assert_cmpstr (br_window_get_visible_page (window), ==, "whiteboard");
  g_assert_cmpuint (br_board_get_n_items (br_board_page_get_board (board_page)), ==, 2);
  g_assert_null (br_board_page_get_file (board_page));
  g_assert_nonnull (strstr (br_board_page_get_title (board_page), question_title));
  g_assert_false (br_board_page_get_modified (board_page));
}

/* The round's time runs out: the review opens by itself; discarding keeps
 * nothing. "Surprise Me" offers another question. */
static void
time_up_body (BrApplication *app,
              BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrPracticeHistory *history = br_application_get_practice (app);
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 0);
  BrRound *round = br_application_get_round (app);
  guint n_attempts = g_list_model_get_n_items (br_practice_history_get_attempts (history));
  BrReviewDialog *review;

  /* The attempt of the first run was kept across runs */
  g_assert_cmpuint (n_attempts, ==, 1);

  br_window_start_practice (window, question, 30);
  br_test_pump ();
  g_assert_true (br_practice_session_get_active (br_application_get_practice_session (app)));
  g_assert_cmpuint (br_round_get_length (round), ==, MAX (30, br_round_get_min_length (round)));

  /* The last phase's time is up */
  for (guint i = 0; i + 1 < br_round_get_n_phases (round); i++)
    br_round_next_phase (round);
  g_signal_emit_by_name (br_application_get_ticker (app), "phase-over", br_round_get_n_phases (round) - 1);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_FINISHED);
  review = BR_REVIEW_DIALOG (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (review);
  g_assert_true (br_attempt_get_completed (br_review_dialog_get_attempt (review)));

  /* Closing the window now would lose the attempt: it asks first */
  gtk_window_close (GTK_WINDOW (review));
  br_test_pump ();
  gtk_window_close (GTK_WINDOW (window));
  br_test_pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  respond ("review");
  review = BR_REVIEW_DIALOG (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (review);

  g_signal_emit_by_name (review, "discard");
  br_test_pump ();
  g_assert_false (br_practice_session_get_active (br_application_get_practice_session (app)));
  g_assert_cmpuint (g_list_model_get_n_items (br_practice_history_get_attempts (history)), ==, n_attempts);

  /* Surprise me: a question is offered; another one can be asked for */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.surprise-me", NULL));
  br_test_pump ();
  respond ("another");
  respond ("cancel");
  g_assert_false (br_practice_session_get_active (br_application_get_practice_session (app)));

  /* Leave the board unmodified so quitting does not ask */
  br_board_page_mark_kept (BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE)));
}

/* A question practiced long ago with low scores is due again, and the
 * Plan page says so */
static void
due_body (BrApplication *app,
          BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrPracticeHistory *history = br_application_get_practice (app);
  GtkWidget *plan = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  GtkWidget *bank = br_test_find_widget (plan, BR_TYPE_QUESTION_BANK);
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 5);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) long_ago = g_date_time_add_days (now, -20);
  g_autoptr(BrAttempt) attempt = br_attempt_new (br_guide_entry_get_id (BR_GUIDE_ENTRY (question)), long_ago, 45);
  GListModel *rubric = br_guide_get_rubric (guide);

  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);
      br_attempt_set_score (attempt, br_guide_entry_get_id (dimension), 2);
    }
  br_practice_history_add_attempt (history, attempt);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
  br_test_pump ();

  g_assert_nonnull (br_test_find_row (plan, br_guide_entry_get_title (BR_GUIDE_ENTRY (question))));
  br_question_bank_set_status (BR_QUESTION_BANK (bank), BR_QUESTION_STATUS_DUE);
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 1);
  br_question_bank_set_status (BR_QUESTION_BANK (bank), -1);
}

static GtkWidget *
find_toggle (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label showing @text is visible at or below @widget */
static gboolean
label_visible (GtkWidget  *widget,
               const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return gtk_widget_is_visible (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (label_visible (child, text))
      return TRUE;
  return FALSE;
}

/* The start question offers the lengths the Round page does: Phone Screen,
 * Onsite, or any length from 45 to 70 minutes */
static void
start_length_body (BrApplication *app,
                   BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrRound *round = br_application_get_round (app);
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 4);
  const char *question_id = br_guide_entry_get_id (BR_GUIDE_ENTRY (question));
  GtkWindow *dialog;
  GtkWidget *chooser;
  GtkSpinButton *spin;

  g_settings_set_uint (br_application_get_settings (app), "round-length", 50);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice-question", "s", question_id));
  br_test_pump ();
  dialog = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  chooser = br_test_find_widget (GTK_WIDGET (dialog), BR_TYPE_LENGTH_CHOOSER);
  g_assert_nonnull (chooser);

  /* The whole range, from the last length chosen */
  g_assert_cmpuint (br_length_chooser_get_min_length (BR_LENGTH_CHOOSER (chooser)), ==, br_round_get_min_length (round));
  g_assert_cmpuint (br_length_chooser_get_max_length (BR_LENGTH_CHOOSER (chooser)), ==, br_round_get_max_length (round));
  g_assert_cmpuint (br_round_get_max_length (round), ==, 70);
  g_assert_cmpuint (br_length_chooser_get_length (BR_LENGTH_CHOOSER (chooser)), ==, 50);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_toggle (chooser, "Phone Screen"))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_toggle (chooser, "Onsite"))));

  /* The presets, shown pressed */
  g_signal_emit_by_name (find_toggle (chooser, "Onsite"), "clicked");
  br_test_pump ();
  g_assert_cmpuint (br_length_chooser_get_length (BR_LENGTH_CHOOSER (chooser)), ==, 60);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_toggle (chooser, "Onsite"))));

  /* Past the range, said so; then 70 typed and not yet entered: Start
   * takes it */
  spin = br_minutes_spin_get_spin_button (br_length_chooser_get_spin (BR_LENGTH_CHOOSER (chooser)));
  gtk_editable_set_text (GTK_EDITABLE (spin), "90");
  gtk_spin_button_update (spin);
  br_test_pump ();
  g_assert_cmpuint (br_length_chooser_get_length (BR_LENGTH_CHOOSER (chooser)), ==, 70);
  g_assert_cmpstr (br_length_chooser_get_message (BR_LENGTH_CHOOSER (chooser)), ==,
                   "You typed 90; a round takes 45 to 70 minutes, so it is 70");
  g_assert_true (label_visible (GTK_WIDGET (dialog), "You typed 90; a round takes 45 to 70 minutes, so it is 70"));
  g_signal_emit_by_name (find_toggle (chooser, "Phone Screen"), "clicked");
  br_test_pump ();
  g_assert_null (br_length_chooser_get_message (BR_LENGTH_CHOOSER (chooser)));
  gtk_editable_set_text (GTK_EDITABLE (spin), "70");
  respond ("start");

  g_assert_true (br_practice_session_get_active (br_application_get_practice_session (app)));
  g_assert_cmpuint (br_round_get_length (round), ==, 70);
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_RUNNING);

  /* Next through the last phase asks, then goes on to the review, as the
   * end of the last phase's time does */
  while (br_round_get_current_phase (round) + 1 < br_round_get_n_phases (round))
    g_action_group_activate_action (G_ACTION_GROUP (app), "round-next", NULL);
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_action_group_activate_action (G_ACTION_GROUP (app), "round-next", NULL);
  br_test_pump ();
  respond ("finish");
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_FINISHED);
  g_assert_cmpint (br_practice_session_get_state (br_application_get_practice_session (app)), ==,
                   BR_PRACTICE_SESSION_REVIEW);
  g_assert_true (br_attempt_get_completed (br_review_dialog_get_attempt (BR_REVIEW_DIALOG (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG)))));

  /* Done: no attempt kept, the board left alone so quitting does not ask */
  g_signal_emit_by_name (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG), "discard");
  br_test_pump ();
  br_board_page_mark_kept (BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE)));
}

/* Users calling a single Postgres straight, with no monitoring */
static void
add_findings_board (BrBoard *board)
{
  BrItem *users = br_item_new_stencil (BR_STENCIL_CLIENT, 0, 0, 140, 70);
  BrItem *db = br_item_new_stencil (BR_STENCIL_SQL_DATABASE, 300, 0, 140, 70);
  BrItem *arrow = br_item_new_arrow (140, 35, 300, 35);

  br_item_set_label (users, "Users");
  br_item_set_label (db, "Postgres");
  br_item_bind_end (arrow, BR_END_START, br_board_add_item (board, users));
  br_item_bind_end (arrow, BR_END_END, br_board_add_item (board, db));
  br_board_add_item (board, arrow);
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* During a round the findings panel holds the findings back until
 * Detailed Design; the review sheet lists what the board had as the round
 * ended, the attempt keeps them, the history counts them */
static void
findings_body (BrApplication *app,
               BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrPracticeHistory *history = br_application_get_practice (app);
  BrPracticeSession *session = br_application_get_practice_session (app);
  BrRound *round = br_application_get_round (app);
  BrBoardPage *board_page = BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE));
  BrReviewPanel *panel = br_board_page_get_review_panel (board_page);
  GtkWidget *plan = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 7);
  const char *question_title = br_guide_entry_get_title (BR_GUIDE_ENTRY (question));
  GtkListBox *findings = br_review_panel_get_findings (panel);
  GtkLabel *summary = br_review_panel_get_summary (panel);
  const char *held = "Findings appear when the Detailed Design phase starts. Until then, the requirements and the high-level design are yours to work out.";
  BrReviewDialog *review;
  BrAttempt *attempt;
  GtkWidget *row;
  GtkWidget *group;
  guint n_findings;
  g_autofree char *count = NULL;
  g_autofree char *first_message = NULL;

  /* Outside a round the findings show as they are */
  g_assert_false (br_review_panel_get_findings_held (panel));

  br_window_start_practice (window, question, 45);
  br_test_pump ();
  g_assert_cmpint (br_practice_session_get_state (session), ==, BR_PRACTICE_SESSION_RUNNING);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.inspect", "s", "findings"));
  add_findings_board (br_board_page_get_board (board_page));
  br_test_pump ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));

  /* The requirements: the panel says when findings come, and lists none */
  g_assert_cmpuint (br_round_get_current_phase (round), ==, 0);
  g_assert_true (br_review_panel_get_findings_held (panel));
  g_assert_cmpstr (gtk_label_get_label (summary), ==, held);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (summary)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (findings)));
  g_assert_cmpuint (n_rows (findings), ==, 0);

  /* The high-level design: still held */
  g_action_group_activate_action (G_ACTION_GROUP (app), "round-next", NULL);
  br_test_pump ();
  g_assert_true (br_review_panel_get_findings_held (panel));
  g_assert_cmpuint (n_rows (findings), ==, 0);

  /* Detailed Design: the findings, worst first, with their count */
  g_action_group_activate_action (G_ACTION_GROUP (app), "round-next", NULL);
  br_test_pump ();
  g_assert_cmpstr (br_guide_entry_get_id (BR_GUIDE_ENTRY (br_round_get_phase (round, br_round_get_current_phase (round)))),
                   ==, "phases/detailed");
  g_assert_false (br_review_panel_get_findings_held (panel));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (findings)));
  n_findings = n_rows (findings);
  g_assert_cmpuint (n_findings, >=, 3);
  g_assert_cmpstr (gtk_label_get_label (summary), !=, held);
  first_message = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (findings, 0))));

  /* Ending the round: the sheet lists the findings of the board as it was */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.end-practice", NULL));
  br_test_pump ();
  g_assert_false (br_review_panel_get_findings_held (panel));
  review = BR_REVIEW_DIALOG (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (review);
  attempt = br_review_dialog_get_attempt (review);
  g_assert_cmpuint (br_attempt_get_n_findings (attempt), ==, n_findings);
  group = br_test_find_group (GTK_WIDGET (review), "Design Review");
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_is_visible (group));
  count = g_strdup_printf ("%u design findings", n_findings);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==, count);
  row = br_test_find_row (group, first_message);
  g_assert_nonnull (row);
  g_assert_cmpstr (br_attempt_get_finding (attempt, 0)->message, ==, first_message);
  {
    g_autofree char *question_line = g_strdup_printf ("“%s”", br_attempt_get_finding (attempt, 0)->question);

    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, question_line);
  }

  /* Saved: the attempt keeps them */
  fill_review (app, review, 3);
  g_assert_true (br_review_dialog_save (review));
  br_test_pump ();
  attempt = br_practice_history_get_last_attempt (history, br_guide_entry_get_id (BR_GUIDE_ENTRY (question)));
  g_assert_nonnull (attempt);
  g_assert_cmpuint (br_attempt_get_n_findings (attempt), ==, n_findings);
  g_assert_cmpstr (br_attempt_get_finding (attempt, 0)->message, ==, first_message);

  /* The history counts them; the attempt's view lists them */
  g_assert_true (gtk_widget_activate_action (plan, "plan.show", "s", "history"));
  br_test_pump ();
  row = br_test_find_row (plan, question_title);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), count));
  g_assert_true (gtk_widget_activate_action (plan, "plan.show", "s", br_attempt_get_id (attempt)));
  br_test_pump ();
  group = br_test_find_group (plan, "Design Review");
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_is_visible (group));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==, count);
  g_assert_nonnull (br_test_find_row (group, first_message));

  br_board_page_mark_kept (board_page);
}

static void
test_findings (void)
{
  br_test_run_in_app (findings_body);
}

static void
test_start_length (void)
{
  br_test_run_in_app (start_length_body);
}

static void
test_practice_flow (void)
{
  br_test_run_in_app (flow_body);
  br_test_run_in_app (time_up_body);
  br_test_run_in_app (due_body);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);

  g_test_add_func ("/practice/flow", test_practice_flow);
  g_test_add_func ("/practice/start-length", test_start_length);
  g_test_add_func ("/practice/findings", test_findings);

  return g_test_run ();
}
