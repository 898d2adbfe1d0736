/* br-window-practice.c — practice sessions in the window: the start
 * question, the fresh board with the card beside it, the review sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-application.h"
#include "br-attempt-view.h"
#include "br-length-chooser.h"
#include "br-practice-panel.h"
#include "br-replay-view.h"
#include "br-review-dialog.h"
#include "br-plain-text.h"
#include "br-window-private.h"

static BrApplication *
get_app (BrWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return BR_IS_APPLICATION (app) ? BR_APPLICATION (app) : NULL;
}

/* The application's session, followed since the window was set up */
static BrPracticeSession *
get_session (BrWindow *self)
{
  return self->session;
}

typedef struct {
  BrWindow *window;
  BrQuestion *question;
  guint length;
} StartData;

static void
start_data_free (StartData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->question);
  g_free (data);
}

static void
start_confirmed (BrBoardPage *page,
                 gboolean     proceed,
                 gpointer     user_data)
{
  StartData *data = user_data;
  BrWindow *self = data->window;
  BrPracticeSession *session = get_session (self);

  if (proceed && session != NULL)
    {
      br_board_page_new_titled_board (self->board_page,
                                      br_guide_entry_get_title (BR_GUIDE_ENTRY (data->question)));
      /* The fresh board is recorded while the round runs */
      br_practice_session_start_on_board (session, data->question, data->length,
                                          br_board_page_get_board (self->board_page));
      adw_view_stack_set_visible_child_name (self->stack, "whiteboard");
    }
  start_data_free (data);
}

/**
 * br_window_start_practice:
 * @question: the question to practice
 * @length: the round's length in minutes
 *
 * Starts a practice session without asking about the length: a fresh
 * board titled with the question (after the board's unsaved work is saved
 * or discarded, if the user agrees), the card beside it, the round running.
 */
void
br_window_start_practice (BrWindow   *self,
                          BrQuestion *question,
                          guint       length)
{
  StartData *data;

  g_return_if_fail (BR_IS_WINDOW (self));
  g_return_if_fail (BR_IS_QUESTION (question));

  data = g_new0 (StartData, 1);
  data->window = g_object_ref (self);
  data->question = g_object_ref (question);
  data->length = length;
  br_board_page_confirm_discard (self->board_page, start_confirmed, data);
}

/* The start question ------------------------------------------------------ */

static void ask_to_start (BrWindow *self,
                          gboolean  surprise);

static void
start_response (AdwMessageDialog *dialog,
                const char       *response,
                BrWindow         *self)
{
  BrPracticeSession *session = get_session (self);
  BrQuestion *question = session ? br_practice_session_get_candidate (session) : NULL;
  /* The extra child is the box length_chooser() built, the chooser first */
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  BrLengthChooser *chooser = BR_LENGTH_CHOOSER (gtk_widget_get_first_child (box));

  if (g_strcmp0 (response, "start") == 0 && question != NULL)
    {
      /* A length typed but not entered counts, as on the Round page */
      br_minutes_spin_update (br_length_chooser_get_spin (chooser));
      br_window_start_practice (self, question, br_length_chooser_get_length (chooser));
    }
  else if (g_strcmp0 (response, "another") == 0 && session != NULL)
    {
      /* "Pick Another" does not offer the same question again */
      if (br_practice_session_pick_surprise (session, NULL) != NULL)
        ask_to_start (self, TRUE);
    }
}

static void
update_length_message (BrLengthChooser *chooser,
                       GParamSpec      *pspec,
                       GtkLabel        *label)
{
  const char *message = br_length_chooser_get_message (chooser);

  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* The round's length, offered as on the Round page: Phone Screen, Onsite,
 * or any length the guide's phases allow, starting from the last one
 * chosen; a number typed outside the range is brought in, and said so */
static GtkWidget *
length_chooser (BrWindow         *self,
                BrLengthChooser **chooser_out)
{
  BrApplication *app = get_app (self);
  BrRound *round = app ? br_application_get_round (app) : NULL;
  guint min = round ? br_round_get_min_length (round) : BR_ROUND_PHONE_SCREEN_LENGTH;
  guint max = round ? MAX (min, br_round_get_max_length (round)) : BR_ROUND_ONSITE_LENGTH;
  guint chosen = self->settings ? g_settings_get_uint (self->settings, "round-length") : BR_ROUND_ONSITE_LENGTH;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *chooser = br_length_chooser_new (min, max, chosen);
  GtkWidget *message = gtk_label_new (NULL);

  gtk_widget_set_halign (chooser, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), chooser);

  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_justify (GTK_LABEL (message), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (message, "caption");
  gtk_widget_add_css_class (message, "warning");
  gtk_widget_set_visible (message, FALSE);
  gtk_box_append (GTK_BOX (box), message);
  g_signal_connect_object (chooser, "notify::message", G_CALLBACK (update_length_message), message, 0);

  *chooser_out = BR_LENGTH_CHOOSER (chooser);
  return box;
}

/* Asks whether to start the session's candidate */
static void
ask_to_start (BrWindow *self,
              gboolean  surprise)
{
  BrApplication *app = get_app (self);
  BrQuestion *question = br_practice_session_get_candidate (get_session (self));
  BrRound *round = app ? br_application_get_round (app) : NULL;
  BrRoundState state = round ? br_round_get_state (round) : BR_ROUND_IDLE;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  BrLengthChooser *chooser;
  GtkWidget *length = length_chooser (self, &chooser);
  const char *note;

  if (state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED)
    note = _("The round in progress stops and a new one starts.");
  else
    note = _("A fresh board opens with the question’s card beside it, and the round timer starts.");
  /* Translators: the start question's body: the question, then what happens */
  body = g_strdup_printf (_("“%s”\n\n%s"), br_guide_entry_get_title (BR_GUIDE_ENTRY (question)), note);

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   surprise ? _("Practice This Question?") : _("Start a Practice Round?"),
                                   body);
  if (surprise)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "another", _("Pick _Another"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "start", _("_Start"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "start", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "start");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), length);
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  /* Enter starts; Tab reaches the length */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
}

static void
practice_question_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (get_session (self) == NULL)
    return;
  if (br_practice_session_pick (get_session (self), g_variant_get_string (parameter, NULL), &error) == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }
  ask_to_start (self, FALSE);
}

static void
surprise_me_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);

  if (get_session (self) != NULL && br_practice_session_pick_surprise (get_session (self), NULL) != NULL)
    ask_to_start (self, TRUE);
}

/* The review ---------------------------------------------------------------- */

static void
review_save (BrReviewDialog *dialog,
             BrWindow       *self)
{
  BrPracticeSession *session = get_session (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrAttempt) attempt = NULL;
  AdwToast *toast;
  BrSm2State state;
  GDate due;
  g_autofree char *title = NULL;
  gboolean interrupted;

  if (session == NULL)
    return;

  /* An interrupted round's board is rebuilt from its recording: the one
   * on the page is not it, and stays the user's to keep */
  interrupted = br_practice_session_get_interrupted (session);
  attempt = br_practice_session_save (session, br_board_page_get_board (self->board_page), &error);
  if (attempt == NULL)
    {
      GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (dialog), _("Could Not Save the Attempt"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_OK"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }

  /* The board is kept with the attempt; further changes are new work */
  if (!interrupted)
    br_board_page_mark_kept (self->board_page);

  if (br_practice_history_get_schedule (br_practice_session_get_history (session),
                                        br_attempt_get_question_id (attempt), &state, &due))
    title = g_strdup_printf (ngettext ("Attempt saved · review this question again in %u day",
                                       "Attempt saved · review this question again in %u days",
                                       state.interval), state.interval);
  else
    title = g_strdup (_("Attempt saved"));
  toast = br_toast_new_plain (title);
  adw_toast_set_button_label (toast, _("_View"));
  adw_toast_set_action_name (toast, "win.show-attempt");
  adw_toast_set_action_target (toast, "s", br_attempt_get_id (attempt));
  br_window_add_toast (self, toast);

  /* Saving made the session idle, which closed the sheet */
  if (self->review != NULL)
    gtk_window_destroy (GTK_WINDOW (self->review));
}

static void
review_discard (BrReviewDialog *dialog,
                BrWindow       *self)
{
  if (get_session (self) != NULL)
    br_practice_session_discard (get_session (self));
}

/**
 * br_window_present_review:
 *
 * Shows the review sheet of the session whose round has ended.
 *
 * Returns: (transfer none) (nullable): the sheet, or %NULL when no review
 *   is due
 */
BrReviewDialog *
br_window_present_review (BrWindow *self)
{
  BrPracticeSession *session;

  g_return_val_if_fail (BR_IS_WINDOW (self), NULL);

  session = get_session (self);
  if (session == NULL || br_practice_session_get_attempt (session) == NULL)
    return NULL;

  if (self->review == NULL)
    {
      self->review = GTK_WIDGET (br_review_dialog_new (session));
      g_object_add_weak_pointer (G_OBJECT (self->review), (gpointer *) &self->review);
      gtk_window_set_transient_for (GTK_WINDOW (self->review), GTK_WINDOW (self));
      g_signal_connect_object (self->review, "save", G_CALLBACK (review_save), self, 0);
      g_signal_connect_object (self->review, "discard", G_CALLBACK (review_discard), self, 0);
    }
  gtk_window_present (GTK_WINDOW (self->review));
  return BR_REVIEW_DIALOG (self->review);
}

static void
end_practice_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BrPracticeSession *session = get_session (BR_WINDOW (widget));

  if (session != NULL)
    br_practice_session_end (session);
}

static void
review_practice_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  br_window_present_review (BR_WINDOW (widget));
}

/* The window follows the session's state: the card beside the board while
 * it is on, the review sheet (in the window in front) once the round has
 * ended, the actions that fit */
static void
session_state_changed (BrWindow *self)
{
  BrApplication *app = get_app (self);
  BrPracticeSession *session = get_session (self);
  BrPracticeSessionState state = session ? br_practice_session_get_state (session) : BR_PRACTICE_SESSION_IDLE;
  GtkWidget *panel = br_board_page_get_side_panel (self->board_page);

  if (state == BR_PRACTICE_SESSION_IDLE)
    {
      if (panel != NULL)
        br_board_page_set_side_panel (self->board_page, NULL);
      if (self->review != NULL)
        gtk_window_destroy (GTK_WINDOW (self->review));
    }
  else if (!BR_IS_PRACTICE_PANEL (panel))
    br_board_page_set_side_panel (self->board_page, br_practice_panel_new (session));

  /* The review opens once, in the window in front */
  if (state == BR_PRACTICE_SESSION_REVIEW && app != NULL &&
      gtk_application_get_active_window (GTK_APPLICATION (app)) == GTK_WINDOW (self))
    {
      adw_view_stack_set_visible_child_name (self->stack, "whiteboard");
      gtk_window_present (GTK_WINDOW (self));
      br_window_present_review (self);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.end-practice", state == BR_PRACTICE_SESSION_RUNNING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-practice", state == BR_PRACTICE_SESSION_REVIEW);
}

/* Another board opened while the round runs is the one recorded from then on */
static void
board_page_board_changed (BrWindow *self)
{
  BrPracticeSession *session = get_session (self);

  if (session != NULL && br_practice_session_get_state (session) == BR_PRACTICE_SESSION_RUNNING)
    br_practice_session_set_board (session, br_board_page_get_board (self->board_page));
}

/* The history -------------------------------------------------------------- */

static void
show_attempt_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "plan");
  br_plan_page_show (self->plan_page, g_variant_get_string (parameter, NULL));
}

static void
show_open_copy_error (BrWindow   *self,
                      const char *message)
{
  AdwToast *toast = br_toast_new_plain (message);

  adw_toast_set_timeout (toast, 8);
  br_window_add_toast (self, toast);
}

static void
open_copy_done (GObject      *page,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BrWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!br_board_page_open_copy_finish (BR_BOARD_PAGE (page), result, &error))
    {
      /* Replaced by another opening, or the window gone: nothing to tell */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_open_copy_error (self, error->message);
      return;
    }
  adw_view_stack_set_visible_child_name (self->stack, "whiteboard");
}

static void
open_copy_confirmed (BrBoardPage *page,
                     gboolean     proceed,
                     gpointer     user_data)
{
  g_autoptr(BrWindow) self = user_data;
  BrApplication *app = get_app (self);
  BrAttempt *attempt;
  g_autoptr(GFile) file = NULL;
  BrGuideEntry *question;
  g_autofree char *title = NULL;
  g_autofree char *started = NULL;

  if (!proceed || app == NULL || self->pending_attempt == NULL)
    return;

  attempt = br_practice_history_lookup_attempt (br_application_get_practice (app), self->pending_attempt);
  g_clear_pointer (&self->pending_attempt, g_free);
  if (attempt == NULL)
    return;

  question = br_guide_lookup (br_application_get_guide (app), br_attempt_get_question_id (attempt));
  started = br_attempt_view_format_started (attempt);
  /* Translators: the name of a board copied from a practice attempt, "Design S3 (Friday 27 November 2026, 19:05)" */
  title = g_strdup_printf (_("%s (%s)"),
                           question ? br_guide_entry_get_title (question) : br_attempt_get_question_id (attempt),
                           started);

  file = br_practice_history_dup_board_file (br_application_get_practice (app), attempt);
  if (file == NULL)
    {
      show_open_copy_error (self, _("This attempt has no board"));
      return;
    }
  /* Read in the background; the whiteboard shows once it is complete */
  br_board_page_open_copy_async (self->board_page, file, title, open_copy_done, g_object_ref (self));
}

static void
open_attempt_board_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);

  g_free (self->pending_attempt);
  self->pending_attempt = g_variant_dup_string (parameter, NULL);
  br_board_page_confirm_discard (self->board_page, open_copy_confirmed, g_object_ref (self));
}

/* The replay of an attempt in the history; one saved before rounds were
 * recorded, or whose recording cannot be read, says so */
static void
replay_attempt_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);
  BrApplication *app = get_app (self);
  BrPracticeHistory *history = app ? br_application_get_practice (app) : NULL;
  BrAttempt *attempt;
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(GError) error = NULL;

  if (history == NULL)
    return;
  attempt = br_practice_history_lookup_attempt (history, g_variant_get_string (parameter, NULL));
  if (attempt == NULL)
    return;
  recording = br_practice_history_load_recording (history, attempt, &error);
  if (recording == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_debug ("Replay: %s", error->message);
  br_replay_view_present (GTK_WINDOW (self), recording, error, attempt, br_application_get_guide (app));
}

static void
close_review_response (AdwMessageDialog *dialog,
                       const char       *response,
                       BrWindow         *self)
{
  if (g_strcmp0 (response, "discard") == 0 && get_session (self) != NULL)
    {
      br_practice_session_discard (get_session (self));
      g_idle_add_full (G_PRIORITY_DEFAULT, _br_window_close_idle, g_object_ref (self), g_object_unref);
    }
  else if (g_strcmp0 (response, "review") == 0)
    br_window_present_review (self);
}

/* Closing the last window while a finished round waits for its review
 * would lose the attempt: ask first. Returns %TRUE when it asks. */
gboolean
_br_window_practice_close_request (BrWindow *self)
{
  BrApplication *app = get_app (self);
  BrPracticeSession *session = get_session (self);
  GtkWidget *dialog;

  if (app == NULL || session == NULL || br_practice_session_get_state (session) != BR_PRACTICE_SESSION_REVIEW ||
      g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))) > 1)
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Your Review First?"),
                                   _("The round has ended but its review is not saved. Closing Bar Raiser now discards this attempt."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "review", _("_Review Now"),
                                    "discard", _("_Discard and Close"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "review", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "review");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "review");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_review_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* The toast's Review: the interrupted round's review sheet, whose Discard
 * removes what the round left */
static void
review_interrupted_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  BrWindow *self = BR_WINDOW (widget);
  BrPracticeSession *session = get_session (self);
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(BrAttempt) attempt = NULL;
  g_autoptr(GError) error = NULL;

  if (session == NULL || br_practice_session_get_active (session))
    return;
  attempt = br_practice_session_load_interrupted (session, &recording, &error);
  if (attempt == NULL)
    {
      if (error != NULL)
        br_window_add_toast (self, br_toast_new_plain (error->message));
      return;
    }
  br_practice_session_review_interrupted (session, attempt, recording);
  br_window_present_review (self);
}

/* A practice round interrupted by a crash or a kill left its recording:
 * the first window offers its review, as the board offers its draft */
static void
offer_interrupted (BrWindow      *self,
                   BrApplication *app)
{
  BrPracticeSession *session = get_session (self);
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(BrAttempt) attempt = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (session == NULL || br_practice_session_get_active (session) ||
      g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))) > 1)
    return;
  attempt = br_practice_session_load_interrupted (session, &recording, &error);
  if (attempt == NULL && error == NULL)
    return;
  if (attempt == NULL)
    {
      g_autofree char *message = NULL;

      g_debug ("Interrupted practice round: %s", error->message);
      /* Translators: %s says what was wrong with the file */
      message = g_strdup_printf (_("An interrupted practice round could not be read and was set aside: %s"),
                                 error->message);
      toast = br_toast_new_plain (message);
      adw_toast_set_timeout (toast, 0);
      br_window_add_toast (self, toast);
      return;
    }
  toast = br_toast_new_plain (_("A practice round was interrupted"));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Review"));
  adw_toast_set_action_name (toast, "win.review-interrupted");
  br_window_add_toast (self, toast);
}

void
_br_window_practice_init (BrWindow      *self,
                          BrApplication *app)
{
  self->session = g_object_ref (br_application_get_practice_session (app));
  g_signal_connect_object (self->session, "notify::state", G_CALLBACK (session_state_changed),
                           self, G_CONNECT_SWAPPED);
  /* The findings wait for Detailed Design during a round */
  self->findings_held = g_object_bind_property (self->session, "findings-held",
                                                br_board_page_get_review_panel (self->board_page), "findings-held",
                                                G_BINDING_SYNC_CREATE);
  session_state_changed (self);
  offer_interrupted (self, app);
}

void
_br_window_practice_dispose (BrWindow *self)
{
  if (self->findings_held != NULL)
    g_binding_unbind (g_steal_pointer (&self->findings_held));
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  if (self->review != NULL)
    gtk_window_destroy (GTK_WINDOW (self->review));
  g_clear_pointer (&self->pending_attempt, g_free);
}

void
_br_window_practice_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.practice-question", "s", practice_question_activated);
  gtk_widget_class_install_action (widget_class, "win.surprise-me", NULL, surprise_me_activated);
  gtk_widget_class_install_action (widget_class, "win.end-practice", NULL, end_practice_activated);
  gtk_widget_class_install_action (widget_class, "win.review-practice", NULL, review_practice_activated);
  gtk_widget_class_install_action (widget_class, "win.show-attempt", "s", show_attempt_activated);
  gtk_widget_class_install_action (widget_class, "win.open-attempt-board", "s", open_attempt_board_activated);
  gtk_widget_class_install_action (widget_class, "win.replay-attempt", "s", replay_attempt_activated);
  gtk_widget_class_install_action (widget_class, "win.review-interrupted", NULL, review_interrupted_activated);
  gtk_widget_class_bind_template_callback (widget_class, board_page_board_changed);
}
