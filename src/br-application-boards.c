/* br-application-boards.c — the application's open board documents
 *
 * The application owns the boards being worked on, as GNOME Text Editor's
 * session owns its documents: each window's Whiteboard page shows one,
 * which the window asks for when it is made and gives back when it goes.
 * A new document takes the newest draft a crash left behind that no other
 * document has taken (br_board_document_new_restoring()), or starts empty.
 * Giving a document back, or the application ending, closes it: unsaved
 * work that was not discarded is kept as a draft.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include "br-application-private.h"

static GListStore *
get_store (BrApplication *self)
{
  if (self->board_documents == NULL)
    self->board_documents = g_list_store_new (BR_TYPE_BOARD_DOCUMENT);
  return self->board_documents;
}

/**
 * br_application_open_board_document:
 *
 * A new document for a window's Whiteboard page: the draft a crash left
 * behind, or an empty board, autosaved to the drafts folder.
 *
 * Returns: (transfer none): the document, owned by the application until
 *   br_application_close_board_document()
 */
BrBoardDocument *
br_application_open_board_document (BrApplication *self)
{
  g_autoptr(BrBoardDocument) document = NULL;

  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);

  document = br_board_document_new_restoring (NULL, NULL);
  g_list_store_append (get_store (self), document);
  return document;
}

/**
 * br_application_close_board_document:
 * @document: a document of the application's
 *
 * Closes @document (br_board_document_close()) and lets it go.
 */
void
br_application_close_board_document (BrApplication   *self,
                                     BrBoardDocument *document)
{
  guint position;

  g_return_if_fail (BR_IS_APPLICATION (self));
  g_return_if_fail (BR_IS_BOARD_DOCUMENT (document));

  br_board_document_close (document);
  if (g_list_store_find (get_store (self), document, &position))
    g_list_store_remove (self->board_documents, position);
}

/**
 * br_application_get_board_documents:
 *
 * Returns: (transfer none): the open #BrBoardDocument<!-- -->s
 */
GListModel *
br_application_get_board_documents (BrApplication *self)
{
  g_return_val_if_fail (BR_IS_APPLICATION (self), NULL);
  return G_LIST_MODEL (get_store (self));
}

void
_br_application_boards_dispose (BrApplication *self)
{
  GListModel *documents = G_LIST_MODEL (get_store (self));

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(BrBoardDocument) document = g_list_model_get_item (documents, i);

      br_board_document_close (document);
    }
  g_clear_object (&self->board_documents);
}
