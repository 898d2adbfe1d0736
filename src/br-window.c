/* br-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-application.h"
#include "br-startup-probe.h"
#include "br-plain-text.h"
#include "br-window-private.h"

/**
 * BrWindow:
 *
 * The main window: a view stack of the Plan, Whiteboard and Round pages
 * under a view switcher (in the header bar, or at the bottom when the
 * window is narrow). It remembers its size and the page last shown.
 */

G_DEFINE_FINAL_TYPE (BrWindow, br_window, ADW_TYPE_APPLICATION_WINDOW)

static void
restore_state (BrWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_state (BrWindow *self)
{
  int width, height;

  /* The default size is the unmaximized size */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

/* The compact timer in the header bar, shown while a round has started */
static void
update_round_button (BrWindow *self)
{
  BrRound *round = self->ticker ? br_round_ticker_get_round (self->ticker) : NULL;
  BrRoundState state = round ? br_round_get_state (round) : BR_ROUND_IDLE;
  gint64 remaining;
  g_autofree char *time = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  const char *phase;

  gtk_widget_set_visible (GTK_WIDGET (self->round_button),
                          state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED);
  if (state != BR_ROUND_RUNNING && state != BR_ROUND_PAUSED)
    return;

  phase = br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (round, br_round_get_current_phase (round))));
  remaining = br_round_get_phase_remaining (round);
  if (remaining >= 0)
    time = br_round_format_time (remaining);
  else
    {
      g_autofree char *over = br_round_format_time (-remaining / G_USEC_PER_SEC * G_USEC_PER_SEC);
      time = g_strdup_printf (_("+%s"), over);
    }

  if (state == BR_ROUND_PAUSED)
    /* Translators: the header bar's round timer while paused, e.g. "4:12 · Paused" */
    text = g_strdup_printf (_("%s · Paused"), time);
  else
    /* Translators: the header bar's round timer, e.g. "4:12 · Clarify requirements" */
    text = g_strdup_printf (_("%s · %s"), time, phase);
  gtk_label_set_label (self->round_button_label, text);

  if (remaining < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->round_button), "overtime");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->round_button), "overtime");

  /* Translators: what a screen reader says for the header bar's round timer */
  description = g_strdup_printf (_("Round timer: %s, %s. Go to the Round page"), phase, time);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->round_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
follow_ticker (BrWindow      *self,
               BrRoundTicker *ticker)
{
  /* Nothing to follow once disposed */
  if (self->ticker == ticker || self->ticker_signals == NULL)
    return;

  g_set_object (&self->ticker, ticker);
  g_signal_group_set_target (self->ticker_signals, ticker);
  g_signal_group_set_target (self->round_signals, ticker ? br_round_ticker_get_round (ticker) : NULL);
  br_round_page_set_ticker (self->round_page, ticker);
  update_round_button (self);
}

static void
app_ticker_changed (BrWindow      *self,
                    GParamSpec    *pspec,
                    BrApplication *app)
{
  follow_ticker (self, br_application_get_ticker (app));
}

gboolean
_br_window_close_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
stop_round_response (AdwMessageDialog *dialog,
                     const char       *response,
                     BrWindow         *self)
{
  if (g_strcmp0 (response, "stop") != 0 || self->ticker == NULL)
    return;

  br_round_stop (br_round_ticker_get_round (self->ticker));
  self->stop_confirmed = TRUE;
  /* Close once the dialog, which belongs to this window, has gone */
  g_idle_add_full (G_PRIORITY_DEFAULT, _br_window_close_idle, g_object_ref (self), g_object_unref);
}

static gboolean
round_in_progress (BrWindow *self)
{
  BrRoundState state;

  if (self->ticker == NULL)
    return FALSE;
  state = br_round_get_state (br_round_ticker_get_round (self->ticker));
  return state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED;
}

static void
board_close_confirmed (BrBoardPage *page,
                       gboolean     proceed,
                       gpointer     user_data)
{
  BrWindow *self = user_data;

  if (!proceed)
    return;
  self->board_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT, _br_window_close_idle, g_object_ref (self), g_object_unref);
}

/* The Whiteboard page's title (file name and unsaved mark) under the
 * window's title while the page is shown */
static void
update_subtitle (BrWindow *self)
{
  gboolean board = g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "whiteboard") == 0;

  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        board ? br_board_page_get_title (self->board_page) : NULL);

  /* For the window list and the task switcher too */
  if (board)
    {
      /* Translators: the window title on the Whiteboard page, e.g. "• Untitled Board — Bar Raiser" */
      g_autofree char *title = g_strdup_printf (_("%s — Bar Raiser"), br_board_page_get_title (self->board_page));
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Bar Raiser"));
}

static void
board_add_toast (BrWindow *self,
                 AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

/* A change to the progress or the history that could not be written stays
 * in memory and is tried again with the next one; the user must know */
static void
store_save_failed (BrWindow     *self,
                   const GError *error)
{
  AdwToast *toast;
  g_autofree char *title = NULL;

  if (!gtk_window_is_active (GTK_WINDOW (self)) && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  /* Translators: %s says why, e.g. "No space left on device" */
  title = g_strdup_printf (_("Your change could not be saved: %s"), error->message);
  toast = br_toast_new_plain (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
follow_store (BrWindow *self,
              BrStore  *store)
{
  if (store != NULL)
    g_signal_connect_object (store, "save-failed",
                             G_CALLBACK (store_save_failed), self, G_CONNECT_SWAPPED);
}

static gboolean
br_window_close_request (GtkWindow *window)
{
  BrWindow *self = BR_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);

  /* The round belongs to the app: ask only when this is its last window */
  if (round_in_progress (self) && !self->stop_confirmed &&
      app != NULL && g_list_length (gtk_application_get_windows (app)) == 1)
    {
      GtkWidget *dialog = adw_message_dialog_new (window, _("Stop the Round?"),
                                                  _("A practice round is in progress. Closing Bar Raiser stops it."));

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Keep Going"),
                                        "stop", _("_Stop and Close"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (stop_round_response), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  /* A finished round whose review is not saved yet */
  if (_br_window_practice_close_request (self))
    return TRUE;

  /* Unsaved work on the board: Save / Discard / Cancel first */
  if (!self->board_confirmed && br_board_page_get_modified (self->board_page))
    {
      adw_view_stack_set_visible_child_name (self->stack, "whiteboard");
      br_board_page_confirm_discard (self->board_page, board_close_confirmed, self);
      return TRUE;
    }

  save_state (self);
  return GTK_WINDOW_CLASS (br_window_parent_class)->close_request (window);
}

static void
guide_error_response (AdwMessageDialog *dialog,
                      const char       *response,
                      BrWindow         *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (g_strcmp0 (response, "builtin") == 0 && app != NULL)
    br_application_use_builtin_guide (BR_APPLICATION (app));
}

/* Study progress or practice history that could not be read at start-up:
 * the stores moved the files aside; say so, and where they are */
static gboolean
show_data_errors (gpointer user_data)
{
  BrWindow *self = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *progress, *practice;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (app == NULL)
    return G_SOURCE_REMOVE;
  progress = br_application_get_progress_error (BR_APPLICATION (app));
  practice = br_application_get_practice_error (BR_APPLICATION (app));
  if (progress == NULL && practice == NULL)
    return G_SOURCE_REMOVE;

  if (progress != NULL)
    g_string_append (body, progress);
  if (progress != NULL && practice != NULL)
    g_string_append (body, "\n\n");
  if (practice != NULL)
    g_string_append (body, practice);

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   practice == NULL ? _("Your Study Progress Could Not Be Read")
                                   : progress == NULL ? _("Your Practice History Could Not Be Read")
                                   : _("Your Study Progress and Practice History Could Not Be Read"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static gboolean
show_guide_error (gpointer user_data)
{
  BrWindow *self = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *message;
  GtkWidget *dialog;

  if (app == NULL || (message = br_application_get_guide_error (BR_APPLICATION (app))) == NULL)
    return G_SOURCE_REMOVE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Your Study Guide Could Not Be Loaded"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nBar Raiser is using its built-in guide for now. Fix the file and restart, or stop using it."),
                                  message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "builtin", _("_Stop Using the File"),
                                    "close", _("_Keep It for Next Time"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (guide_error_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

/**
 * br_window_new:
 * @app: the application, which owns the settings and the guide
 *
 * Returns: (transfer none): a new window of @app
 */
BrWindow *
br_window_new (BrApplication *app)
{
  BrWindow *self;

  g_return_val_if_fail (BR_IS_APPLICATION (app), NULL);

  self = g_object_new (BR_TYPE_WINDOW,
                       "application", app,
                       NULL);

  self->settings = g_object_ref (br_application_get_settings (app));
  /* The board to show: the application's, restored from a draft or new */
  self->board_app = g_object_ref (app);
  self->board_document = g_object_ref (br_application_open_board_document (app));
  br_board_page_set_document (self->board_page, self->board_document);
  restore_state (self);
  g_settings_bind (self->settings, "last-page", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  g_object_bind_property (app, "guide", self->plan_page, "guide", G_BINDING_SYNC_CREATE);
  g_object_bind_property (app, "guide", br_board_page_get_review_panel (self->board_page), "guide", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (app, "notify::ticker", G_CALLBACK (app_ticker_changed), self, G_CONNECT_SWAPPED);
  follow_ticker (self, br_application_get_ticker (app));

  br_startup_probe_attach (GTK_WINDOW (self));

  br_plan_page_set_progress (self->plan_page, br_application_get_progress (app));
  br_plan_page_set_practice (self->plan_page, br_application_get_practice (app));
  follow_store (self, br_progress_get_store (br_application_get_progress (app)));
  follow_store (self, br_practice_history_get_store (br_application_get_practice (app)));

  if (br_application_get_guide_error (app) != NULL)
    g_idle_add_full (G_PRIORITY_LOW, show_guide_error, g_object_ref (self), g_object_unref);
  if (br_application_claim_data_error_notice (app))
    g_idle_add_full (G_PRIORITY_LOW, show_data_errors, g_object_ref (self), g_object_unref);

  _br_window_practice_init (self, app);

  return self;
}

static void
br_window_dispose (GObject *object)
{
  BrWindow *self = BR_WINDOW (object);

  g_clear_object (&self->ticker_signals);
  g_clear_object (&self->round_signals);
  g_clear_object (&self->ticker);
  _br_window_practice_dispose (self);
  /* Given back: unsaved work not discarded is kept as a draft */
  if (self->board_document != NULL)
    br_application_close_board_document (self->board_app, self->board_document);
  g_clear_object (&self->board_document);
  g_clear_object (&self->board_app);
  g_clear_object (&self->toasts);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (br_window_parent_class)->dispose (object);
}

static void
br_window_class_init (BrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = br_window_dispose;
  window_class->close_request = br_window_close_request;

  g_type_ensure (BR_TYPE_PLAN_PAGE);
  g_type_ensure (BR_TYPE_BOARD_PAGE);
  g_type_ensure (BR_TYPE_ROUND_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BrWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, round_button);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, round_button_label);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, board_page);
  gtk_widget_class_bind_template_child (widget_class, BrWindow, round_page);
  gtk_widget_class_bind_template_callback (widget_class, update_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, board_add_toast);

  br_window_class_install_actions (widget_class);
  _br_window_practice_install_actions (widget_class);
  _br_window_estimate_install_actions (widget_class);
}

static void
br_window_init (BrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The round button follows the application's round */
  self->ticker_signals = g_signal_group_new (BR_TYPE_ROUND_TICKER);
  g_signal_group_connect_swapped (self->ticker_signals, "tick", G_CALLBACK (update_round_button), self);
  self->round_signals = g_signal_group_new (BR_TYPE_ROUND);
  g_signal_group_connect_swapped (self->round_signals, "changed", G_CALLBACK (update_round_button), self);
  /* A toast's button reads "View", not "_View View" */
  self->toasts = br_accessible_watch_children (GTK_WIDGET (self->toast_overlay));

  /* The board's actions, for the application's Ctrl+N/O/S to reach */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "board",
                                  br_board_page_get_action_group (self->board_page));
  update_subtitle (self);
}

/**
 * br_window_get_visible_page:
 *
 * Returns: the name of the page shown: "plan", "whiteboard" or "round"
 */
const char *
br_window_get_visible_page (BrWindow *self)
{
  g_return_val_if_fail (BR_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}

void
br_window_add_toast (BrWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (BR_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
