/* br-application-practice.c — practice sessions and their history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-application-private.h"

/* The application owns the practice history (practice.json next to the
 * study progress) and the practice session, which runs the application's
 * round and follows its guide. Windows show the session (the board, the
 * card, the review sheet) and drive it. */

/* A saved attempt makes today a study day */
static void
attempt_saved (BrApplication *self)
{
  if (self->progress != NULL)
    br_progress_mark_active_today (self->progress);
}

/* A practice file that cannot be read is moved aside by the store, the
 * user is told where it went, and the history starts empty */
void
_br_application_practice_startup (BrApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "bar-raiser", NULL);

  self->practice = br_practice_history_new (data_dir);
  if (!br_practice_history_load (self->practice, &error))
    {
      g_debug ("Practice history: %s", error->message);
      self->practice_error = g_strdup (error->message);
    }

  self->session = br_practice_session_new (self->practice);
  br_practice_session_set_guide (self->session, self->guide);
  br_practice_session_set_round (self->session, self->ticker ? br_round_ticker_get_round (self->ticker) : NULL);
  g_signal_connect_object (self->session, "saved", G_CALLBACK (attempt_saved), self, G_CONNECT_SWAPPED);
}

void
_br_application_practice_dispose (BrApplication *self)
{
  g_clear_object (&self->session);
  g_clear_object (&self->practice);
  g_clear_pointer (&self->practice_error, g_free);
}

/* The round reached the end of its last phase: the session's review is due */
void
_br_application_practice_time_up (BrApplication *self)
{
  if (self->session != NULL)
    br_practice_session_end (self->session);
}

/**
 * br_application_get_practice:
 *
 * Returns: (transfer none): the user's practice history
 */
BrPracticeHistory *
br_application_get_practice (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->practice;
}

/**
 * br_application_get_practice_error:
 *
 * Returns: (nullable): what happened to a practice file that could not be
 *   read at start-up, in plain words, or %NULL
 */
const char *
br_application_get_practice_error (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->practice_error;
}

/**
 * br_application_claim_data_error_notice:
 *
 * The progress and practice files' errors are told once, by the first
 * window that shows them.
 *
 * Returns: %TRUE the first time, when there is an error to tell; then
 *   %FALSE
 */
gboolean
br_application_claim_data_error_notice (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), FALSE);

  if (self->data_error_noticed || (self->progress_error == NULL && self->practice_error == NULL))
    return FALSE;
  self->data_error_noticed = TRUE;
  return TRUE;
}

/**
 * br_application_get_practice_session:
 *
 * Returns: (transfer none): the practice session, idle when none is on
 */
BrPracticeSession *
br_application_get_practice_session (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->session;
}
