/* br-application-estimate.c — the estimator: its window and actions, and
 * estimating on the command line
 *
 *   app.estimate              opens the estimator (Ctrl+Shift+E)
 *   app.estimate-preset as    opens it with these "key=value" inputs, the
 *                             others emptied (a practice card's Load into
 *                             Estimator button); a "from=TITLE" among them
 *                             names where they came from, shown until an
 *                             input changes
 *   app.estimate-place        places the estimate on the board as a note
 *   app.estimate-entry-load   sets the board's clients' load from it
 *                             (both br-application-estimate-board.c)
 *   bar-raiser --estimate dau=100M actions=10 … [--json]
 *                             prints the figures with their working and
 *                             exits, without a window
 *
 * The application owns the estimate, so that it survives its window; the
 * estimator window only presents it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "br-application-private.h"
#include "br-estimate-window.h"
#include "br-window.h"

#define EXIT_USAGE 2

/**
 * _br_application_estimate_command_line:
 * @words: the "key=value" inputs, as given on the command line
 * @json: print JSON rather than text
 *
 * Returns: the exit status: 0, or 2 when an input is missing or wrong
 *   (each named on standard error)
 */
int
_br_application_estimate_command_line (char     **words,
                                       gboolean   json)
{
  g_autoptr(BrEstimate) estimate = br_estimate_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  if (words == NULL || words[0] == NULL)
    {
      g_printerr (_("%s: --estimate takes the inputs as key=value: %s\n"), "bar-raiser",
                  "bar-raiser --estimate dau=100M actions=10 read-write=100:1 peak=3 write-size=1KB "
                  "read-size=10KB retention=5y replication=3 [capacity=2k] [--json]");
      return EXIT_USAGE;
    }

  if (!br_estimate_set_pairs (estimate, (const char * const *) words, &error))
    {
      g_printerr ("%s: %s\n", "bar-raiser", error->message);
      return EXIT_USAGE;
    }

  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      BrEstimateInput input = (BrEstimateInput) i;
      g_autoptr(GError) input_error = NULL;

      if (br_estimate_check_input (estimate, input, &input_error))
        continue;
      if (g_error_matches (input_error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY))
        g_printerr ("%s: %s: %s\n", "bar-raiser", br_estimate_input_key (input), input_error->message);
      else
        g_printerr ("%s: %s=%s: %s\n", "bar-raiser", br_estimate_input_key (input),
                    br_estimate_get_input (estimate, input), input_error->message);
      status = EXIT_USAGE;
    }
  if (status != 0)
    return status;

  if (json)
    {
      /* UTF-8 whatever the terminal's locale: it is for programs */
      out = br_estimate_to_report_json (estimate);
      fwrite (out, 1, strlen (out), stdout);
      fflush (stdout);
    }
  else
    {
      out = br_estimate_to_text (estimate);
      g_print ("%s", out);
    }
  return 0;
}

static void
estimate_window_destroyed (gpointer  user_data,
                           GObject  *window)
{
  BrApplication *self = user_data;

  self->estimate_window = NULL;
}

/* The main window in use: the active one, else the first; not a dialog,
 * which would take the estimator with it when it closes */
GtkWindow *
_br_application_main_window (BrApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (BR_IS_WINDOW (active))
    return active;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (BR_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* The estimator window, made if need be, over the main window in use */
BrEstimateWindow *
_br_application_ensure_estimate_window (BrApplication *self)
{
  GtkWindow *parent = _br_application_main_window (self);

  if (self->estimate_window == NULL)
    {
      if (self->reference == NULL && self->reference_error == NULL)
        {
          g_autoptr(GError) error = NULL;

          self->reference = br_reference_new_builtin (&error);
          if (self->reference == NULL)
            self->reference_error = g_strdup (error->message);
        }
      self->estimate_window = br_estimate_window_new (GTK_APPLICATION (self), self->estimate, self->reference,
                                                      self->reference_error);
      g_object_weak_ref (G_OBJECT (self->estimate_window), estimate_window_destroyed, self);
      _br_application_estimate_window_made (self);
    }

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self->estimate_window), parent);
  return self->estimate_window;
}

static void
estimate_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  BrApplication *self = user_data;
  BrEstimateWindow *window = _br_application_ensure_estimate_window (self);

  br_estimate_window_show_page (window, "estimate");
  gtk_window_present (GTK_WINDOW (window));
}

static void
estimate_preset_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  BrApplication *self = user_data;
  g_autofree const char **pairs = g_variant_get_strv (parameter, NULL);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  BrEstimateWindow *window = _br_application_ensure_estimate_window (self);
  const char *source = NULL;

  /* "from=Design Twitch…" is not an input: it says where they come from */
  for (guint i = 0; pairs[i] != NULL; i++)
    if (g_str_has_prefix (pairs[i], "from="))
      source = pairs[i] + strlen ("from=");
    else
      g_ptr_array_add (inputs, (gpointer) pairs[i]);
  g_ptr_array_add (inputs, NULL);

  br_estimate_window_show_page (window, "estimate");
  gtk_window_present (GTK_WINDOW (window));
  /* A card's inputs start a new estimate: no note follows them */
  _br_application_estimate_unlink (self);
  if (!br_estimate_set_pairs (self->estimate, (const char * const *) inputs->pdata, &error))
    {
      /* Translators: %s says what is wrong with the inputs given */
      g_autofree char *title = g_strdup_printf (_("These inputs could not be used: %s"), error->message);

      br_estimate_window_add_toast (window, adw_toast_new (title));
      return;
    }
  br_estimate_set_source (self->estimate, source);
}

static const GActionEntry estimate_actions[] = {
  { "estimate", estimate_activated },
  { "estimate-preset", estimate_preset_activated, "as" },
};

void
_br_application_estimate_startup (BrApplication *self)
{
  /* The first look at the estimator shows it at work */
  self->estimate = br_estimate_new ();
  br_estimate_set_example (self->estimate);
  g_action_map_add_action_entries (G_ACTION_MAP (self), estimate_actions,
                                   G_N_ELEMENTS (estimate_actions), self);
  _br_application_estimate_board_startup (self);
}

void
_br_application_estimate_dispose (BrApplication *self)
{
  _br_application_estimate_board_dispose (self);
  if (self->estimate_window != NULL)
    {
      g_object_weak_unref (G_OBJECT (self->estimate_window), estimate_window_destroyed, self);
      self->estimate_window = NULL;
    }
  g_clear_object (&self->estimate);
  g_clear_pointer (&self->reference, br_reference_unref);
  g_clear_pointer (&self->reference_error, g_free);
}

/**
 * br_application_get_estimate:
 *
 * Returns: (transfer none): the estimate the estimator shows
 */
BrEstimate *
br_application_get_estimate (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->estimate;
}
