/* br-application-estimate-board.c — the estimate carried into the design
 *
 *   app.estimate-place        places the estimate on the board of the main
 *                             window in use, as a note linked to it
 *   app.estimate-entry-load   sets that board's clients' average requests,
 *                             read share and peak factor from it; enabled
 *                             while the board has a client and the estimate
 *                             its requests per second
 *
 * While linked (placed, or opened from a note with
 * br_application_open_estimate_note()), every change of the estimate
 * updates the note, and undoing on the board comes back to the estimator
 * (#BrEstimateLink). A card's preset starts a new estimate, unlinked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-application-private.h"
#include "br-estimate-load.h"
#include "br-window.h"

static BrBoard *
current_board (BrApplication *self)
{
  GtkWindow *window = _br_application_main_window (self);

  return BR_IS_WINDOW (window) ? br_window_get_board (BR_WINDOW (window)) : NULL;
}

static void
toast (BrApplication *self,
       const char    *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 4);
  br_estimate_window_add_toast (_br_application_ensure_estimate_window (self), toast);
}

static void update_entry_load (BrApplication *self);

/* Follows the board "Use as Entry Load" would change, for its clients */
static void
follow_board (BrApplication *self,
              BrBoard       *board)
{
  if (self->entry_load_board == board)
    return;
  if (self->entry_load_board != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->entry_load_board, self);
      g_object_remove_weak_pointer (G_OBJECT (self->entry_load_board), (gpointer *) &self->entry_load_board);
    }
  self->entry_load_board = board;
  if (board != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (board), (gpointer *) &self->entry_load_board);
      g_signal_connect_swapped (board, "changed", G_CALLBACK (update_entry_load), self);
    }
}

static gboolean
entry_load_idle (gpointer data)
{
  BrApplication *self = data;
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "estimate-entry-load");
  BrBoard *board = self->estimate_window != NULL ? current_board (self) : NULL;
  g_auto(GStrv) clients = board != NULL ? br_board_find_clients (board) : NULL;
  double rps;

  self->entry_load_idle = 0;
  /* Only while the estimator is open, where the button is */
  follow_board (self, board);
  if (self->estimate_window != NULL)
    br_estimate_panel_set_linked (br_estimate_window_get_panel (self->estimate_window),
                                  self->estimate_link != NULL && br_estimate_link_is_active (self->estimate_link));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               clients != NULL && clients[0] != NULL &&
                               br_estimate_get_output (self->estimate, BR_ESTIMATE_READ_RPS, &rps));
  return G_SOURCE_REMOVE;
}

/* Once a main loop iteration at most: a drag changes the board at every
 * motion, and finding the clients reads every label. The panel also says
 * whether the estimate is linked to a note that is on the board. */
static void
update_entry_load (BrApplication *self)
{
  if (self->entry_load_idle == 0)
    self->entry_load_idle = g_idle_add (entry_load_idle, self);
}

static void
link_note (BrApplication *self,
           BrBoard       *board,
           const char    *note_id)
{
  g_clear_object (&self->estimate_link);
  self->estimate_link = br_estimate_link_new (board, note_id, self->estimate);
}

static void
place_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  BrApplication *self = user_data;
  GtkWindow *window = _br_application_main_window (self);
  g_autofree char *id = NULL;

  if (BR_IS_WINDOW (window))
    id = br_window_place_estimate (BR_WINDOW (window), self->estimate);
  if (id == NULL)
    {
      toast (self, _("There is no board to place the estimate on"));
      return;
    }
  link_note (self, br_window_get_board (BR_WINDOW (window)), id);
  toast (self, _("Placed on the board as a linked note"));
  update_entry_load (self);
}

static void
entry_load_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  BrApplication *self = user_data;
  BrBoard *board = current_board (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;

  if (board == NULL)
    {
      toast (self, _("There is no board whose clients could take the load"));
      return;
    }
  if (!br_estimate_use_as_entry_load (self->estimate, board, &summary, &error))
    {
      toast (self, error->message);
      return;
    }
  /* Translators: a toast, e.g. "Entry load set for 2 clients: 5.79k/s each on average, 99% reads, peak ×3" */
  title = g_strdup_printf (_("Entry load set for %s"), summary);
  toast (self, title);
}

static const GActionEntry actions[] = {
  { "estimate-place", place_activated },
  { "estimate-entry-load", entry_load_activated },
};

void
_br_application_estimate_board_startup (BrApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "estimate-entry-load")),
                               FALSE);
  g_signal_connect_object (self->estimate, "changed", G_CALLBACK (update_entry_load), self, G_CONNECT_SWAPPED);
}

void
_br_application_estimate_board_dispose (BrApplication *self)
{
  g_clear_handle_id (&self->entry_load_idle, g_source_remove);
  follow_board (self, NULL);
  g_clear_object (&self->estimate_link);
}

/* The estimator window is made: it asks again whenever it comes forward,
 * as the main window in use may have changed */
void
_br_application_estimate_window_made (BrApplication *self)
{
  g_signal_connect_object (self->estimate_window, "notify::is-active", G_CALLBACK (update_entry_load),
                           self, G_CONNECT_SWAPPED);
  update_entry_load (self);
}

void
_br_application_estimate_unlink (BrApplication *self)
{
  g_clear_object (&self->estimate_link);
  update_entry_load (self);
}

/**
 * br_application_open_estimate_note:
 * @board: a board of one of the application's windows
 * @note_id: an estimate note of @board
 *
 * Opens the estimator on the note's inputs, linked to it: changing them
 * updates the note. Nothing happens for an item that is not a note.
 */
void
br_application_open_estimate_note (BrApplication *self,
                                   BrBoard       *board,
                                   const char    *note_id)
{
  BrEstimateWindow *window;

  g_return_if_fail (BR_IS_APPLICATION (self));
  g_return_if_fail (BR_IS_BOARD (board));

  link_note (self, board, note_id);
  if (self->estimate_link == NULL)
    return;
  window = _br_application_ensure_estimate_window (self);
  br_estimate_window_show_page (window, "estimate");
  gtk_window_present (GTK_WINDOW (window));
  update_entry_load (self);
}

/**
 * br_application_get_estimate_link:
 *
 * Returns: (transfer none) (nullable): the link between the estimate and
 *   the note it was placed as or opened from
 */
BrEstimateLink *
br_application_get_estimate_link (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return self->estimate_link;
}
