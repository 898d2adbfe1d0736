/* br-application-round.c — the practice round the application owns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-application-private.h"
#include "br-plain-text.h"
#include "br-window.h"

/* The app.round-* actions drive the one round of the application, from any
 * window and page, from the keyboard and from the buttons of a
 * notification. While the round runs the session is kept from going idle
 * or suspending, and the end of each phase is announced. */

static BrRound *
get_round (BrApplication *self)
{
  return self->ticker ? br_round_ticker_get_round (self->ticker) : NULL;
}

static void
set_enabled (BrApplication *self,
             const char    *name,
             gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_inhibit (BrApplication *self,
                BrRoundState   state)
{
  if (state == BR_ROUND_RUNNING && self->inhibit_cookie == 0)
    {
      GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

      self->inhibit_cookie =
        gtk_application_inhibit (GTK_APPLICATION (self), window,
                                 GTK_APPLICATION_INHIBIT_IDLE | GTK_APPLICATION_INHIBIT_SUSPEND,
                                 _("A practice interview round is running"));
    }
  else if (state != BR_ROUND_RUNNING && self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (GTK_APPLICATION (self), self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static gboolean
in_last_phase (BrRound *round)
{
  BrRoundState state = br_round_get_state (round);

  return (state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED) &&
         br_round_get_current_phase (round) + 1 == br_round_get_n_phases (round);
}

static void
round_changed (BrApplication *self)
{
  BrRound *round = get_round (self);
  BrRoundState state = br_round_get_state (round);
  gboolean started = state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED;

  /* The question about finishing is moot once the round left its last phase */
  if (self->finish_dialog != NULL && !in_last_phase (round))
    gtk_window_destroy (GTK_WINDOW (self->finish_dialog));

  set_enabled (self, "round-next", started);
  set_enabled (self, "round-previous", started && br_round_get_current_phase (round) > 0);
  set_enabled (self, "round-add-minute", started && br_round_get_budget (round, br_round_get_current_phase (round)) < BR_ROUND_MAX_BUDGET);
  set_enabled (self, "round-reset", state != BR_ROUND_IDLE);
  set_enabled (self, "round-start-pause", br_round_get_n_phases (round) > 0);

  /* Remember the length the user chose, not the minutes added on the way */
  if (state == BR_ROUND_IDLE && self->settings != NULL)
    g_settings_set_uint (self->settings, "round-length", br_round_get_length (round));

  update_inhibit (self, state);

  if (state != BR_ROUND_RUNNING)
    g_application_withdraw_notification (G_APPLICATION (self), "phase-over");
}

static void
phase_over (BrApplication *self,
            guint          phase_index)
{
  BrRound *round = get_round (self);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *title = br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (round, phase_index)));
  gboolean last = phase_index + 1 >= br_round_get_n_phases (round);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (last)
    {
      heading = g_strdup (_("The round’s time is up"));
      /* Translators: the body of a notification; %s is a phase, "Operational excellence" */
      body = g_strdup_printf (_("“%s” has used its minutes. Wrap up when you are ready."), title);
    }
  else
    {
      const char *next = br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (round, phase_index + 1)));

      /* Translators: %s is a phase of the round, "Clarify requirements" */
      heading = g_strdup_printf (_("Time to move on from “%s”"), title);
      /* Translators: %s is the next phase of the round, "High-level design" */
      body = g_strdup_printf (_("Next up: %s."), next);
    }

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "phase-sound"))
    gdk_display_beep (gdk_display_get_default ());

  if (BR_IS_WINDOW (window) && gtk_window_is_active (window))
    {
      AdwToast *toast = br_toast_new_plain (heading);

      adw_toast_set_timeout (toast, 8);
      if (!last)
        {
          adw_toast_set_button_label (toast, _("_Next Phase"));
          adw_toast_set_action_name (toast, "app.round-next");
        }
      br_window_add_toast (BR_WINDOW (window), toast);
    }
  else
    {
      g_autoptr(GNotification) notification = g_notification_new (heading);

      g_notification_set_body (notification, body);
      g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
      g_notification_set_default_action_and_target (notification, "app.round-show", NULL);
      g_notification_add_button (notification, _("Pause"), "app.round-start-pause");
      if (!last)
        g_notification_add_button (notification, _("Next Phase"), "app.round-next");
      g_application_send_notification (G_APPLICATION (self), "phase-over", notification);
    }

  /* A practice session ends with its round: its review follows */
  if (last)
    _br_application_practice_time_up (self);
}

/**
 * _br_application_new_round:
 *
 * Replaces the round with a new, idle one built from the guide's phases,
 * at the length the user chose last.
 */
void
_br_application_new_round (BrApplication *self)
{
  g_autoptr(BrRound) round = NULL;

  if (self->ticker != NULL)
    {
      g_signal_handlers_disconnect_by_data (br_round_ticker_get_round (self->ticker), self);
      g_signal_handlers_disconnect_by_data (self->ticker, self);
      g_clear_object (&self->ticker);
    }
  update_inhibit (self, BR_ROUND_IDLE);

  if (self->guide == NULL)
    return;

  round = br_round_new (br_guide_get_phases (self->guide), NULL);
  if (self->settings != NULL)
    br_round_set_length (round, g_settings_get_uint (self->settings, "round-length"));
  self->ticker = br_round_ticker_new (round);

  g_signal_connect_swapped (round, "changed", G_CALLBACK (round_changed), self);
  g_signal_connect_swapped (self->ticker, "phase-over", G_CALLBACK (phase_over), self);
  if (self->session != NULL)
    br_practice_session_set_round (self->session, round);
  round_changed (self);
}

static void
start_pause_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BrRound *round = get_round (user_data);

  switch (br_round_get_state (round))
    {
    case BR_ROUND_IDLE:
      br_round_start (round);
      break;
    case BR_ROUND_RUNNING:
      br_round_pause (round);
      break;
    case BR_ROUND_PAUSED:
      br_round_resume (round);
      break;
    case BR_ROUND_FINISHED:
    default:
      br_round_reset (round);
      br_round_start (round);
      break;
    }
}

static void
finish_response (AdwMessageDialog *dialog,
                 const char       *response,
                 BrApplication    *self)
{
  BrRound *round = get_round (self);

  if (g_strcmp0 (response, "finish") != 0 || round == NULL || !in_last_phase (round))
    return;

  /* A practice round goes on to its review, as when its time is up */
  if (self->session == NULL || !br_practice_session_end (self->session))
    br_round_next_phase (round);
}

/* Next from the last phase ends the round, which cannot be taken back:
 * ask first, as closing the window during a round does */
static void
ask_to_finish (BrApplication *self,
               GtkWindow     *window)
{
  AdwMessageDialog *dialog;
  BrRound *round = get_round (self);
  const char *phase = br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (round, br_round_get_current_phase (round))));
  g_autofree char *body = NULL;

  if (self->finish_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->finish_dialog));
      return;
    }

  if (self->session != NULL && br_practice_session_get_active (self->session))
    /* Translators: %s is the last phase of the round, "Operational excellence" */
    body = g_strdup_printf (_("“%s” is the last phase. Finishing ends the round, and the review of your answer follows."), phase);
  else
    /* Translators: %s is the last phase of the round, "Operational excellence" */
    body = g_strdup_printf (_("“%s” is the last phase. Finishing ends the round; it cannot be resumed."), phase);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Finish the Round?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Going"),
                                    "finish", _("_Finish Round"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "finish", ADW_RESPONSE_SUGGESTED);
  /* Enter and Escape keep the round going: finishing takes a deliberate click or Alt+F */
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (finish_response), self, 0);

  self->finish_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->finish_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
next_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  BrApplication *self = user_data;
  BrRound *round = get_round (self);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* Asked for with no window to ask in (another program through D-Bus):
   * done as asked */
  if (round != NULL && in_last_phase (round) && window != NULL)
    ask_to_finish (self, window);
  else if (round != NULL)
    br_round_next_phase (round);
}

static void
previous_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  br_round_previous_phase (get_round (user_data));
}

static void
add_minute_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  br_round_add_minute (get_round (user_data));
}

static void
reset_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  br_round_reset (get_round (user_data));
}

static void
show_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (user_data));
      window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
    }
  if (window != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round");
      gtk_window_present (window);
    }
}

static const GActionEntry round_actions[] = {
  { "round-start-pause", start_pause_activated },
  { "round-next", next_activated },
  { "round-previous", previous_activated },
  { "round-add-minute", add_minute_activated },
  { "round-reset", reset_activated },
  { "round-show", show_activated },
};

void
_br_application_round_startup (BrApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), round_actions,
                                   G_N_ELEMENTS (round_actions), self);
}

void
_br_application_round_dispose (BrApplication *self)
{
  if (self->finish_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->finish_dialog), (gpointer *) &self->finish_dialog);
      self->finish_dialog = NULL;
    }
  if (self->ticker != NULL)
    {
      g_signal_handlers_disconnect_by_data (br_round_ticker_get_round (self->ticker), self);
      g_signal_handlers_disconnect_by_data (self->ticker, self);
      g_clear_object (&self->ticker);
    }
  if (self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (GTK_APPLICATION (self), self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}
