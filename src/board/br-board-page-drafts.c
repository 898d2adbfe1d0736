/* br-board-page-drafts.c — the Whiteboard page's side of the autosaved
 * drafts
 *
 * The document (BrBoardDocument) autosaves and restores drafts; the page
 * tells the user. When the page is given a document restored from a draft
 * left by a crash or a kill, it says so with a toast, "Unsaved board
 * restored": on another page the toast stays, with a way to the board,
 * until the board is seen, saved or replaced. A draft that could not be
 * read was moved aside, never deleted, and the toast says so. A draft that
 * cannot be written is told at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-board-page-private.h"

static void
draft_failed (BrBoardPage  *self,
              const GError *error)
{
  _br_board_page_emit_toast (self, adw_toast_new (_("Unsaved changes could not be kept as a draft")));
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

  if (self->document != NULL)
    br_board_document_flush_draft (self->document);
}

/**
 * br_board_page_get_draft:
 *
 * Returns: (transfer none) (nullable): where the document keeps its draft
 */
BrBoardDraft *
br_board_page_get_draft (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->document ? br_board_document_get_draft (self->document) : NULL;
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

/* A new document: announce the draft it was restored from */
void
_br_board_page_document_restored (BrBoardPage *self)
{
  const char *message = NULL;

  if (self->document == NULL)
    return;
  switch (br_board_document_get_draft_restore (self->document))
    {
    case BR_DRAFT_RESTORE_RESTORED:
      message = _("Unsaved board restored");
      break;
    case BR_DRAFT_RESTORE_DAMAGED:
      message = _("An autosaved board was damaged and set aside in the drafts folder");
      break;
    case BR_DRAFT_RESTORE_NONE:
    default:
      return;
    }

  g_free (self->restore_message);
  self->restore_message = g_strdup (message);
  /* Once the parent has connected to "add-toast" */
  if (self->restored_toast_id == 0)
    self->restored_toast_id = g_idle_add (show_restore_toast, self);
}

void
_br_board_page_drafts_init (BrBoardPage *self)
{
  g_signal_group_connect_object (self->document_signals, "draft-failed", G_CALLBACK (draft_failed), self, G_CONNECT_SWAPPED);
}

void
_br_board_page_drafts_dispose (BrBoardPage *self)
{
  g_clear_handle_id (&self->restored_toast_id, g_source_remove);
  g_clear_pointer (&self->restore_message, g_free);
  g_clear_object (&self->restore_toast);
}
