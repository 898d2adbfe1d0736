/* br-board-page-drafts.c — the Whiteboard page's autosaved drafts
 *
 * Autosave: every change of the board schedules a draft write one second
 * after the last change, and at most two seconds after the first one not
 * yet written, so a steady stream of edits is still kept every two
 * seconds. The draft (br-board-draft.h) records the file the board
 * belongs to. Saving, New, Open and closing with the work saved or
 * discarded remove it; closing any other way writes it at once.
 *
 * Restoring: when a page starts and a draft is left over from a crash or
 * a kill, the page takes the newest one no other page of this process has
 * taken, shows it straight away as an unsaved board (titled after its
 * file, if it had one) and says so with a toast, "Unsaved board
 * restored". Nothing is lost that way: the restored board is marked
 * unsaved, so closing or New still asks whether to save it, and the draft
 * stays on disk until then. A draft that cannot be read is moved aside,
 * never deleted, and the toast says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-board-page-private.h"

#define DEBOUNCE_MS 1000
#define DEADLINE_MS 2000

/* Drafts taken by the pages of this process */
static GHashTable *claimed_drafts;

static gboolean
claim_draft (const char *id)
{
  if (claimed_drafts == NULL)
    claimed_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (claimed_drafts, id))
    return FALSE;
  g_hash_table_add (claimed_drafts, g_strdup (id));
  return TRUE;
}

static void
release_draft (const char *id)
{
  if (claimed_drafts != NULL)
    g_hash_table_remove (claimed_drafts, id);
}

/* ---------------------------------------------------------------------- */
/* Drafts                                                                  */

static void
cancel_autosave (BrBoardPage *self)
{
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_handle_id (&self->deadline_id, g_source_remove);
}

void
_br_board_page_remove_draft (BrBoardPage *self)
{
  g_autoptr(GError) error = NULL;

  cancel_autosave (self);
  if (self->draft != NULL && !br_board_draft_remove (self->draft, &error))
    g_debug ("Could not remove the draft: %s", error->message);
  self->draft_serial = G_MAXUINT64;
}

static void
write_draft (BrBoardPage *self)
{
  g_autoptr(GError) error = NULL;
  guint64 serial;

  cancel_autosave (self);
  if (self->draft == NULL || self->board == NULL)
    return;

  if (!br_board_page_get_modified (self))
    {
      _br_board_page_remove_draft (self);
      return;
    }

  serial = br_board_get_serial (self->board);
  if (serial == self->draft_serial)
    return;
  if (!br_board_draft_write (self->draft, self->board, self->file, &error))
    {
      g_debug ("Could not write the draft: %s", error->message);
      _br_board_page_emit_toast (self, adw_toast_new (_("Unsaved changes could not be kept as a draft")));
      return;
    }
  self->draft_serial = serial;
}

static gboolean
autosave_timeout (gpointer user_data)
{
  BrBoardPage *self = user_data;

  /* The source that fires is removed by returning; forget it first */
  if (g_main_current_source () != NULL)
    {
      guint id = g_source_get_id (g_main_current_source ());

      if (id == self->debounce_id)
        self->debounce_id = 0;
      if (id == self->deadline_id)
        self->deadline_id = 0;
    }
  write_draft (self);
  return G_SOURCE_REMOVE;
}

void
_br_board_page_board_changed (BrBoardPage *self)
{
  /* Changes after "Discard" are new work, kept again */
  self->discard_confirmed = FALSE;

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (DEBOUNCE_MS, autosave_timeout, self);
  if (self->deadline_id == 0)
    self->deadline_id = g_timeout_add (DEADLINE_MS, autosave_timeout, self);
}

/**
 * br_board_page_flush_draft:
 *
 * Writes the draft now if a write is pending.
 */
void
br_board_page_flush_draft (BrBoardPage *self)
{
  g_return_if_fail (BR_IS_BOARD_PAGE (self));

  if (self->debounce_id != 0 || self->deadline_id != 0)
    write_draft (self);
}

/**
 * br_board_page_get_draft:
 *
 * Returns: (transfer none) (nullable): where the page keeps its draft
 */
BrBoardDraft *
br_board_page_get_draft (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->draft;
}

static gboolean
show_restore_toast (gpointer user_data)
{
  BrBoardPage *self = user_data;
  AdwToast *toast = adw_toast_new (self->restore_message);

  self->restored_toast_id = 0;
  g_clear_pointer (&self->restore_message, g_free);
  /* Shown on another page, it stays with a way to the board until the
   * board is seen, saved or replaced; over the board, a short notice */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_button_label (toast, _("_Show"));
      adw_toast_set_action_name (toast, "win.show-page");
      adw_toast_set_action_target_value (toast, g_variant_new_string ("whiteboard"));
      g_set_object (&self->restore_toast, toast);
    }
  _br_board_page_emit_toast (self, toast);
  return G_SOURCE_REMOVE;
}

/**
 * br_board_page_has_restore_notice:
 *
 * Returns: whether the "Unsaved board restored" toast, with its Show
 *   button, is still up (until the board is seen, saved or replaced)
 */
gboolean
br_board_page_has_restore_notice (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), FALSE);
  return self->restore_toast != NULL || self->restored_toast_id != 0;
}

/* The restored board was seen, saved or replaced: its toast has done its
 * job */
void
_br_board_page_dismiss_restore_toast (BrBoardPage *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->restore_toast);

  if (toast != NULL)
    adw_toast_dismiss (toast);
}

void
_br_board_page_files_init (BrBoardPage *self)
{
  g_autoptr(GPtrArray) ids = br_board_draft_list (NULL);
  g_autoptr(BrBoard) empty = br_board_new ();

  self->draft_serial = G_MAXUINT64;

  for (guint i = 0; i < ids->len && self->draft == NULL; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      g_autoptr(BrBoardDraft) draft = NULL;
      g_autoptr(BrBoard) board = NULL;
      g_autoptr(GFile) origin = NULL;
      g_autoptr(GError) error = NULL;

      if (!claim_draft (id))
        continue;
      draft = br_board_draft_new (NULL, id);
      board = br_board_draft_read (draft, &origin, &error);
      if (board == NULL)
        {
          release_draft (id);
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            continue;
          g_message ("An autosaved board could not be restored: %s", error->message);
          g_free (self->restore_message);
          self->restore_message = g_strdup (_("An autosaved board was damaged and set aside in the drafts folder"));
          continue;
        }

      _br_board_page_set_board (self, board, origin, TRUE);
      self->draft = g_steal_pointer (&draft);
      self->draft_serial = br_board_get_serial (board);
      g_free (self->restore_message);
      self->restore_message = g_strdup (_("Unsaved board restored"));
    }

  if (self->draft == NULL)
    {
      self->draft = br_board_draft_new (NULL, NULL);
      claim_draft (br_board_draft_get_id (self->draft));
      _br_board_page_set_board (self, empty, NULL, FALSE);
    }

  /* Once the parent has connected to "add-toast" */
  if (self->restore_message != NULL)
    self->restored_toast_id = g_idle_add (show_restore_toast, self);
}

void
_br_board_page_files_dispose (BrBoardPage *self)
{
  g_clear_handle_id (&self->restored_toast_id, g_source_remove);
  g_clear_pointer (&self->restore_message, g_free);
  g_clear_object (&self->restore_toast);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }

  if (self->draft != NULL)
    {
      /* Closing without being asked (or with the question unanswered)
       * keeps the work; saved or discarded work leaves no draft */
      if (br_board_page_get_modified (self) && !self->discard_confirmed)
        {
          self->draft_serial = G_MAXUINT64;
          write_draft (self);
        }
      else
        _br_board_page_remove_draft (self);
      release_draft (br_board_draft_get_id (self->draft));
      g_clear_object (&self->draft);
    }
  cancel_autosave (self);
}

