/* br-board-editor-clipboard.c — what cut, copy and paste carry
 *
 * The payload is the selection as a board in the .brboard format (the
 * clipboard's "application/x-bar-raiser-board"), with the labels as plain
 * text for other programs. Pasting a payload places its items 20 units
 * down and right of where they were, selected; plain text becomes a text
 * item, and Excalidraw's clipboard JSON becomes items, centred where the
 * view asks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-board-editor-private.h"
#include "br-board-file.h"
#include "br-excalidraw.h"

#define PASTE_OFFSET 20.0

/**
 * br_board_editor_copy:
 * @whole_board_if_none: copy every item when nothing is selected (Copy as
 *   Image)
 * @payload: (out) (optional): the copy in the .brboard format
 * @text: (out) (optional): the labels, one a line
 *
 * Returns: (transfer full) (nullable): a board of copies of the items, or
 *   %NULL when there is nothing to copy
 */
BrBoard *
br_board_editor_copy (BrBoardEditor  *self,
                      gboolean        whole_board_if_none,
                      GBytes        **payload,
                      char          **text)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(BrBoard) copy = NULL;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);

  if (self->board == NULL || br_board_get_n_items (self->board) == 0)
    return NULL;

  ids = br_board_editor_get_selection (self);
  if (ids[0] == NULL && whole_board_if_none)
    {
      g_autoptr(GStrvBuilder) all = g_strv_builder_new ();

      for (guint i = 0; i < br_board_get_n_items (self->board); i++)
        g_strv_builder_add (all, br_board_get_item (self->board, i)->id);
      g_strfreev (ids);
      ids = g_strv_builder_end (all);
    }
  if (ids[0] == NULL)
    return NULL;

  copy = br_board_copy_items (self->board, (const char * const *) ids);
  if (payload != NULL)
    *payload = br_board_to_bytes (copy);
  if (text != NULL)
    {
      GString *labels = g_string_new (NULL);

      for (guint i = 0; i < br_board_get_n_items (copy); i++)
        {
          const char *label = br_board_get_item (copy, i)->label;

          if (label[0] != '\0')
            g_string_append_printf (labels, "%s%s", labels->len ? "\n" : "", label);
        }
      *text = g_string_free (labels, FALSE);
    }
  return g_steal_pointer (&copy);
}

/**
 * br_board_editor_paste:
 * @payload: a board in the .brboard format
 *
 * Pastes the payload's items, 20 units down and right, as one undo step,
 * and selects them.
 *
 * Returns: whether the payload was a board; @error says why not
 */
gboolean
br_board_editor_paste (BrBoardEditor  *self,
                       GBytes         *payload,
                       GError        **error)
{
  g_autoptr(BrBoard) source = NULL;
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);
  g_return_val_if_fail (payload != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->board == NULL)
    return FALSE;
  source = br_board_parse (payload, error);
  if (source == NULL)
    return FALSE;

  _br_board_editor_finish_label_edit (self, TRUE, NULL);
  ids = br_board_paste (self->board, source, PASTE_OFFSET, PASTE_OFFSET);
  br_board_editor_set_selection (self, (const char * const *) ids);
  return TRUE;
}

/* Excalidraw copies its elements as JSON text: they are pasted as items,
 * centred on (@cx, @cy), in one undo step. Returns whether @text was that. */
static gboolean
paste_excalidraw (BrBoardEditor *self,
                  const char    *text,
                  double         cx,
                  double         cy)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) source = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *message = NULL;
  BrExcalidrawReport report;
  BrRect bounds = { 0, 0, -1, -1 };

  while (g_ascii_isspace (*text))
    text++;
  if (*text != '{' || strstr (text, "\"excalidraw") == NULL)
    return FALSE;

  bytes = g_bytes_new (text, strlen (text));
  source = br_excalidraw_parse (bytes, &report, &error);
  if (source == NULL)
    {
      g_debug ("Not pasting an Excalidraw drawing: %s", error->message);
      return FALSE;
    }
  message = br_excalidraw_report_to_message (&report);
  if (message != NULL)
    _br_board_editor_message (self, message);

  for (guint i = 0; i < br_board_get_n_items (source); i++)
    {
      BrRect box;

      br_item_get_bounds (br_board_get_item (source, i), &box);
      br_rect_union (&bounds, &box);
    }
  if (bounds.width >= 0)
    {
      ids = br_board_paste (self->board, source, cx - (bounds.x + bounds.width / 2),
                            cy - (bounds.y + bounds.height / 2));
      br_board_editor_set_selection (self, (const char * const *) ids);
    }
  return TRUE;
}

/**
 * br_board_editor_paste_text:
 * @text: text from the clipboard
 * @cx: board point to centre what is pasted on (the middle of the view)
 *
 * Pastes Excalidraw's clipboard JSON as items, or other text as a text
 * item, selected; one undo step.
 *
 * Returns: whether anything was pasted
 */
gboolean
br_board_editor_paste_text (BrBoardEditor *self,
                            const char    *text,
                            double         cx,
                            double         cy)
{
  BrItem *item;
  const char *id;

  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);

  if (text == NULL || text[0] == '\0' || self->board == NULL)
    return FALSE;

  _br_board_editor_finish_label_edit (self, TRUE, NULL);
  if (paste_excalidraw (self, text, cx, cy))
    return TRUE;

  item = br_item_new (BR_ITEM_TEXT, cx - 100, cy - 20, 200, 40);
  br_item_set_label (item, text);
  item->filled = FALSE;
  id = br_board_add_item (self->board, item);
  br_board_editor_select_only (self, id);
  return TRUE;
}
