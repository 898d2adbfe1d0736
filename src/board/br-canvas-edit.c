/* br-canvas-edit.c — typing a label straight onto the board
 *
 * The editor is a GtkTextView laid over the item's text area, in the
 * item's font at the view's zoom, while the renderer leaves that label out.
 * Which item is being edited, and the edit's undo step, are the board
 * editor's (br-board-editor-label.c): what is typed goes to it as it is
 * typed, and the text view follows its BrBoardEditor:editing-id, so that
 * a label opened by a gesture (a new shape) gets a text view too.
 *
 * An edit ends, committing what was typed, when the focus leaves the
 * editor (a click on the canvas, on a tool, on another page or window),
 * on Enter or Escape, when a gesture or an action starts, or when the
 * canvas is unmapped. Only an explicit undo takes it back.
 *
 * The editor is never removed while GTK is moving the focus away from it:
 * that is what the focus-leave handler runs inside of, and unparenting the
 * focus widget there left GTK walking a dead widget's parents forever.
 * Finished editors are hidden from drawing at once and unparented from an
 * idle callback.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "br-board-label.h"
#include "br-canvas-private.h"

/* The area an item's editor covers, in widget coordinates */
static void
editor_area (BrCanvas     *self,
             const BrItem *item,
             const char   *text,
             BrRect       *out)
{
  BrRect area;
  double text_height, x1, y1, x2, y2;

  br_item_get_text_area (item, TRUE, &area);
  br_item_measure_label (item, text, area.width, NULL, &text_height);
  if (item->kind == BR_ITEM_ARROW)
    area.height = text_height;
  /* Centred in the area, as the renderer centres the label */
  area.y += (area.height - text_height) / 2;
  area.height = text_height;

  br_canvas_board_to_widget (self, area.x, area.y, &x1, &y1);
  br_canvas_board_to_widget (self, area.x + area.width, area.y + area.height, &x2, &y2);
  out->x = x1;
  out->y = y1;
  out->width = x2 - x1;
  out->height = y2 - y1;
}

/* Redraws the item's tiles: its label is hidden or shown again */
static void
invalidate_item (BrCanvas   *self,
                 const char *id)
{
  const BrItem *item = self->board && id ? br_board_lookup (self->board, id) : NULL;
  BrRect box;

  if (item == NULL)
    return;
  br_item_get_bounds (item, &box);
  box.x -= BR_RENDER_MARGIN;
  box.y -= BR_RENDER_MARGIN;
  box.width += 2 * BR_RENDER_MARGIN;
  box.height += 2 * BR_RENDER_MARGIN;
  br_board_tiles_invalidate (self->tiles, &box);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The editor's text takes the item's font at the current zoom and the
 * item's colour in the current style */
static void
style_editor (BrCanvas     *self,
              const BrItem *item)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  GtkTextIter start, end;
  GdkRGBA color = { 0, 0, 0, 1 };
  double rgb[3];

  pango_font_description_set_absolute_size (font, br_font_size_to_double (item->font_size) * self->zoom * PANGO_SCALE);
  br_palette_get_stroke (item->stroke_color, _br_canvas_render_style (), rgb);
  color.red = rgb[0];
  color.green = rgb[1];
  color.blue = rgb[2];
  g_object_set (self->editor_tag,
                "font-desc", font,
                "foreground-rgba", &color,
                NULL);
  pango_font_description_free (font);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->editor_tag, &start, &end);
}

void
_br_canvas_position_editor (BrCanvas *self)
{
  const BrItem *item;

  if (self->editor == NULL || self->board == NULL ||
      (item = br_board_lookup (self->board, self->editing_id)) == NULL)
    return;
  style_editor (self, item);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
unparent_retired (gpointer data)
{
  BrCanvas *self = data;

  self->retire_id = 0;
  for (guint i = 0; i < self->retired->len; i++)
    {
      GtkWidget *editor = g_ptr_array_index (self->retired, i);

      if (gtk_widget_get_parent (editor) == GTK_WIDGET (self))
        gtk_widget_unparent (editor);
    }
  g_ptr_array_set_size (self->retired, 0);
  return G_SOURCE_REMOVE;
}

/* Called from dispose: what the idle would have done */
void
_br_canvas_drop_editors (BrCanvas *self)
{
  if (self->editor != NULL)
    _br_canvas_finish_edit (self, TRUE, FALSE);
  g_clear_handle_id (&self->retire_id, g_source_remove);
  unparent_retired (self);
}

static gchar *
editor_text (GtkWidget *editor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The edit ended, whoever ended it: the editor leaves the drawing at once
 * and the widget tree once GTK is done with it */
static void
retire_editor (BrCanvas *self)
{
  GtkWidget *editor = g_steal_pointer (&self->editor);
  g_autofree char *id = g_steal_pointer (&self->editing_id);

  if (editor == NULL)
    return;
  g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), self);
  gtk_widget_set_can_target (editor, FALSE);
  gtk_widget_set_can_focus (editor, FALSE);
  g_ptr_array_add (self->retired, editor);
  if (self->retire_id == 0)
    self->retire_id = g_idle_add (unparent_retired, self);
  invalidate_item (self, id);
}

/**
 * _br_canvas_finish_edit:
 * @commit: keep what was typed (else the label is put back as it was)
 * @refocus: give the focus back to the canvas (Enter, Escape); not when
 *   the focus is already going elsewhere
 */
void
_br_canvas_finish_edit (BrCanvas *self,
                        gboolean  commit,
                        gboolean  refocus)
{
  GtkWidget *editor = self->editor;
  gboolean had_focus;

  if (editor == NULL || self->finishing)
    return;

  self->finishing = TRUE;
  had_focus = gtk_widget_has_focus (editor);
  if (commit)
    {
      g_autofree char *text = editor_text (editor);

      br_board_editor_commit_label_edit (self->board_editor, text);
    }
  else
    br_board_editor_cancel_label_edit (self->board_editor);
  /* While finishing, the canvas does not wait for the board editor's
   * notification (see _br_canvas_editing_id_changed()) */
  retire_editor (self);

  if (refocus && had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  self->finishing = FALSE;
  _br_canvas_editing_changed (self);
}

/**
 * br_canvas_commit_edit:
 *
 * Ends the label edit in progress, if any, keeping what was typed.
 */
void
br_canvas_commit_edit (BrCanvas *self)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  _br_canvas_finish_edit (self, TRUE, FALSE);
}

/**
 * br_canvas_cancel_edit:
 *
 * Ends the label edit in progress, if any, putting the label (and the
 * item's size) back as they were.
 */
void
br_canvas_cancel_edit (BrCanvas *self)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  _br_canvas_finish_edit (self, FALSE, TRUE);
}

gboolean
br_canvas_is_editing (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), FALSE);
  return self->editor != NULL;
}

/**
 * br_canvas_get_editor:
 *
 * Returns: (transfer none) (nullable): the label editor, while a label is
 *   being edited
 */
GtkWidget *
br_canvas_get_editor (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  return self->editor;
}

static gboolean
is_current (BrCanvas           *self,
            GtkEventController *controller)
{
  return self->editor != NULL && gtk_event_controller_get_widget (controller) == self->editor;
}

static gboolean
editor_key_pressed (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    BrCanvas              *self)
{
  if (!is_current (self, GTK_EVENT_CONTROLLER (controller)))
    return FALSE;
  /* Escape ends the edit and keeps the text, as in Excalidraw */
  if (keyval == GDK_KEY_Escape)
    {
      _br_canvas_finish_edit (self, TRUE, TRUE);
      return TRUE;
    }
  /* Enter commits; Shift+Enter makes a new line */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      !(state & GDK_SHIFT_MASK))
    {
      _br_canvas_finish_edit (self, TRUE, TRUE);
      return TRUE;
    }
  return FALSE;
}

static void
editor_focus_left (GtkEventControllerFocus *controller,
                   BrCanvas                *self)
{
  /* The focus went elsewhere (a click on the canvas or a tool, another
   * page, another window): keep what was typed, leave the focus be */
  if (is_current (self, GTK_EVENT_CONTROLLER (controller)))
    _br_canvas_finish_edit (self, TRUE, FALSE);
}

/* Every keystroke goes to the board, inside the edit's transaction */
static void
buffer_changed (GtkTextBuffer *buffer,
                BrCanvas      *self)
{
  g_autofree char *text = NULL;
  const BrItem *item;

  if (self->editor == NULL || self->board == NULL)
    return;
  text = editor_text (self->editor);
  br_board_editor_set_label_text (self->board_editor, text);
  if ((item = br_board_lookup (self->board, self->editing_id)) != NULL)
    style_editor (self, item);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* A label holds at most BR_BOARD_MAX_LABEL characters, as files do: text
 * typed or pasted past that is cut, with a bell */
static void
buffer_insert_text (GtkTextBuffer *buffer,
                    GtkTextIter   *location,
                    const char    *text,
                    int            length,
                    BrCanvas      *self)
{
  int have = gtk_text_buffer_get_char_count (buffer);
  glong adding = g_utf8_strlen (text, length);
  GtkTextMark *mark;
  GtkTextIter at;

  if (have + adding <= BR_BOARD_MAX_LABEL)
    return;
  g_signal_stop_emission_by_name (buffer, "insert-text");
  if (self->editor != NULL)
    gtk_widget_error_bell (self->editor);
  if (have >= BR_BOARD_MAX_LABEL)
    return;

  /* Insert what fits, then point @location after it, as the default
   * handler would */
  mark = gtk_text_buffer_create_mark (buffer, NULL, location, FALSE);
  at = *location;
  g_signal_handlers_block_by_func (buffer, buffer_insert_text, self);
  gtk_text_buffer_insert (buffer, &at, text,
                          g_utf8_offset_to_pointer (text, BR_BOARD_MAX_LABEL - have) - text);
  g_signal_handlers_unblock_by_func (buffer, buffer_insert_text, self);
  gtk_text_buffer_get_iter_at_mark (buffer, location, mark);
  gtk_text_buffer_delete_mark (buffer, mark);
}

/* Lays a text view over the label of @id, the item being edited */
static void
open_editor (BrCanvas   *self,
             const char *id)
{
  const BrItem *item;
  GtkTextBuffer *buffer;
  GtkEventController *key, *focus;
  GtkTextIter start, end;

  if (self->board == NULL || (item = br_board_lookup (self->board, id)) == NULL)
    return;

  self->editing_id = g_strdup (id);
  self->editor = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->editor),
                               br_item_label_wraps (item) ? GTK_WRAP_WORD : GTK_WRAP_NONE);
  gtk_text_view_set_justification (GTK_TEXT_VIEW (self->editor), GTK_JUSTIFY_CENTER);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->editor), FALSE);
  gtk_widget_add_css_class (self->editor, "br-label-editor");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Label"),
                                  -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  self->editor_tag = gtk_text_buffer_create_tag (buffer, NULL,
                                                 "insert-hyphens", FALSE,
                                                 NULL);
  gtk_text_buffer_set_text (buffer, item->label, -1);
  style_editor (self, item);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed), self);
  g_signal_connect (buffer, "insert-text", G_CALLBACK (buffer_insert_text), self);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (editor_key_pressed), self);
  gtk_widget_add_controller (self->editor, key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (editor_focus_left), self);
  gtk_widget_add_controller (self->editor, focus);

  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  invalidate_item (self, id);
  gtk_widget_grab_focus (self->editor);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The board editor began or ended a label edit: a text view follows it,
 * whether the canvas asked (a double click, F2) or a gesture did (a new
 * shape's label is typed straight away) */
void
_br_canvas_editing_id_changed (BrCanvas *self)
{
  const char *id = br_board_editor_get_editing_id (self->board_editor);

  if (self->finishing || g_strcmp0 (id, self->editing_id) == 0)
    return;
  retire_editor (self);
  if (id != NULL)
    open_editor (self, id);
  _br_canvas_editing_changed (self);
}

/**
 * br_canvas_edit_label:
 * @id: an item with a label (not a freehand stroke)
 *
 * Opens an editor over the item's label, its text selected so that typing
 * replaces it. See the top of this file for how an edit ends.
 */
gboolean
br_canvas_edit_label (BrCanvas   *self,
                      const char *id)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), FALSE);

  _br_canvas_finish_edit (self, TRUE, FALSE);
  return br_board_editor_begin_label_edit (self->board_editor, id);
}

void
_br_canvas_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  BrCanvas *self = BR_CANVAS (widget);
  const BrItem *item;
  g_autofree char *text = NULL;
  BrRect area;
  int min_width, min_height;
  GtkAllocation allocation;

  _br_canvas_menu_allocate (self);
  if (self->editor == NULL || self->board == NULL ||
      (item = br_board_lookup (self->board, self->editing_id)) == NULL)
    return;

  text = editor_text (self->editor);
  editor_area (self, item, text, &area);
  gtk_widget_measure (self->editor, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  allocation.width = MAX ((int) ceil (area.width), MAX (min_width, 1));
  gtk_widget_measure (self->editor, GTK_ORIENTATION_VERTICAL, allocation.width, &min_height, NULL, NULL, NULL);
  allocation.height = MAX ((int) ceil (area.height), MAX (min_height, 1));
  allocation.x = (int) floor (area.x + area.width / 2 - allocation.width / 2.0);
  allocation.y = (int) floor (area.y + area.height / 2 - allocation.height / 2.0);
  gtk_widget_size_allocate (self->editor, &allocation, -1);
}
