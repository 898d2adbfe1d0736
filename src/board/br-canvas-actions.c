/* br-canvas-actions.c — the canvas.* actions and their keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "br-board-file.h"
#include "br-board-image-content.h"
#include "br-canvas-private.h"

#define CLIPBOARD_MIME BR_BOARD_EDITOR_CLIPBOARD_MIME

static void
tool_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrTool tool;

  if (br_tool_from_string (g_variant_get_string (parameter, NULL), &tool))
    br_canvas_set_tool (BR_CANVAS (widget), tool);
}

static void
stencil_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  const char *name = g_variant_get_string (parameter, NULL);
  const char * const *names = br_stencil_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      {
        br_canvas_set_stencil (BR_CANVAS (widget), i);
        br_canvas_set_tool (BR_CANVAS (widget), BR_TOOL_STENCIL);
      }
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);

  if (self->board != NULL)
    br_board_undo (self->board);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);

  if (self->board != NULL)
    br_board_redo (self->board);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  br_board_editor_delete_selection (BR_CANVAS (widget)->board_editor);
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  br_board_editor_duplicate_selection (BR_CANVAS (widget)->board_editor);
}

static void
select_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  br_board_editor_select_all (BR_CANVAS (widget)->board_editor);
}

static void
group_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  br_board_editor_group_selection (BR_CANVAS (widget)->board_editor);
}

static void
ungroup_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  br_board_editor_ungroup_selection (BR_CANVAS (widget)->board_editor);
}

static void
reorder_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BrReorder how = BR_REORDER_FORWARD;

  if (g_str_equal (action_name, "canvas.send-backward"))
    how = BR_REORDER_BACKWARD;
  else if (g_str_equal (action_name, "canvas.bring-to-front"))
    how = BR_REORDER_TO_FRONT;
  else if (g_str_equal (action_name, "canvas.send-to-back"))
    how = BR_REORDER_TO_BACK;
  br_board_editor_reorder_selection (BR_CANVAS (widget)->board_editor, how);
}

static void
lock_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  br_board_editor_toggle_lock (BR_CANVAS (widget)->board_editor);
}

static void
nudge_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  int dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  br_board_editor_nudge (BR_CANVAS (widget)->board_editor, dx, dy);
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  double cx = gtk_widget_get_width (widget) / 2.0;
  double cy = gtk_widget_get_height (widget) / 2.0;

  if (g_str_equal (action_name, "canvas.zoom-in"))
    br_canvas_set_zoom (self, self->zoom * 1.25, cx, cy);
  else if (g_str_equal (action_name, "canvas.zoom-out"))
    br_canvas_set_zoom (self, self->zoom / 1.25, cx, cy);
  else if (g_str_equal (action_name, "canvas.zoom-reset"))
    br_canvas_set_zoom (self, 1.0, cx, cy);
  else
    br_canvas_zoom_to_fit (self);
}

static void
grid_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  br_canvas_set_grid (BR_CANVAS (widget), !br_canvas_get_grid (BR_CANVAS (widget)));
}

static void
edit_label_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);

  if (br_board_editor_get_n_selected (self->board_editor) == 1 &&
      !br_canvas_open_estimate (self, br_board_editor_get_selected (self->board_editor, 0)))
    br_canvas_edit_label (self, br_board_editor_get_selected (self->board_editor, 0));
}

static void
open_estimate_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);

  if (br_board_editor_get_n_selected (self->board_editor) == 1)
    br_canvas_open_estimate (self, br_board_editor_get_selected (self->board_editor, 0));
}

/**
 * br_canvas_open_estimate:
 * @id: an item of the board
 *
 * Opens the estimator on an estimate note's inputs, linked to it, through
 * the window's win.open-estimate-note action.
 *
 * Returns: whether @id is an estimate note and the estimator was asked to
 *   open it
 */
gboolean
br_canvas_open_estimate (BrCanvas   *self,
                         const char *id)
{
  const BrItem *item;

  g_return_val_if_fail (BR_IS_CANVAS (self), FALSE);

  item = self->board != NULL && id != NULL ? br_board_lookup (self->board, id) : NULL;
  if (item == NULL || item->estimate == NULL)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "win.open-estimate-note", "s", id);
}

static gboolean
property_from_name (const char     *name,
                    BrItemProperty *property)
{
  static const struct { const char *name; BrItemProperty property; } names[] = {
    { "stroke-color", BR_PROP_STROKE_COLOR },
    { "fill-color", BR_PROP_FILL_COLOR },
    { "filled", BR_PROP_FILLED },
    { "stroke-width", BR_PROP_STROKE_WIDTH },
    { "line-style", BR_PROP_LINE_STYLE },
    { "routing", BR_PROP_ROUTING },
    { "heads", BR_PROP_HEADS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].name, name))
      {
        *property = names[i].property;
        return TRUE;
      }
  return FALSE;
}

static void
set_style_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  const char *name;
  guint32 value;
  BrItemProperty property;

  g_variant_get (parameter, "(&su)", &name, &value);
  if (property_from_name (name, &property))
    br_canvas_set_style_value (self, property, value);
}

/* Clipboard: the board format for Bar Raiser, a PNG image of the items
 * (drawn when pasted) and the labels as plain text for everything else.
 * "Copy as Image" copies the whole board when nothing is selected. */

static void
copy_selection (BrCanvas *self,
                gboolean  whole_board_if_none)
{
  g_autoptr(BrBoard) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  GdkContentProvider *providers[3];
  g_autoptr(GdkContentProvider) provider = NULL;

  copy = br_board_editor_copy (self->board_editor, whole_board_if_none, &bytes, &text);
  if (copy == NULL)
    return;

  providers[0] = gdk_content_provider_new_for_bytes (CLIPBOARD_MIME, bytes);
  providers[1] = br_board_image_content_new (copy, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  providers[2] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  copy_selection (BR_CANVAS (widget), g_str_equal (action_name, "canvas.copy-image"));
}

static void
cut_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  copy_selection (BR_CANVAS (widget), FALSE);
  delete_activated (widget, "canvas.delete", NULL);
}

static void
paste_board_bytes (BrCanvas *self,
                   GBytes   *bytes)
{
  g_autoptr(GError) error = NULL;

  if (!br_board_editor_paste (self->board_editor, bytes, &error) && error != NULL)
    g_debug ("Not pasting a board: %s", error->message);
}

static void
paste_bytes_ready (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BrCanvas) self = user_data;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (stream == NULL || self->board == NULL)
    return;
  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                              G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error) < 0)
    return;
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  paste_board_bytes (self, bytes);
}

/* Excalidraw's clipboard JSON becomes items, other plain text a text
 * item, in the middle of the view */
static void
paste_text_ready (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BrCanvas) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  double cx, cy;

  if (text == NULL || self->board == NULL)
    return;
  br_canvas_widget_to_board (self, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                             gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, &cx, &cy);
  br_board_editor_paste_text (self->board_editor, text, cx, cy);
}

static void
paste_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BrCanvas *self = BR_CANVAS (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

  if (self->board == NULL)
    return;
  if (gdk_content_formats_contain_mime_type (formats, CLIPBOARD_MIME))
    {
      static const char *mimes[] = { CLIPBOARD_MIME, NULL };
      gdk_clipboard_read_async (clipboard, mimes, G_PRIORITY_DEFAULT, NULL,
                                paste_bytes_ready, g_object_ref (self));
    }
  else
    gdk_clipboard_read_text_async (clipboard, NULL, paste_text_ready, g_object_ref (self));
}

/* Every action but a change of view first commits the label being typed,
 * so that it never acts on a half-edited item, nor inside the edit's undo
 * step */
static const struct {
  const char *name;
  const char *parameter;
  GtkWidgetActionActivateFunc activate;
  gboolean keeps_editing;
} actions[] = {
  { "canvas.tool", "s", tool_activated, FALSE },
  { "canvas.stencil", "s", stencil_activated, FALSE },
  { "canvas.undo", NULL, undo_activated, FALSE },
  { "canvas.redo", NULL, redo_activated, FALSE },
  { "canvas.delete", NULL, delete_activated, FALSE },
  { "canvas.duplicate", NULL, duplicate_activated, FALSE },
  { "canvas.select-all", NULL, select_all_activated, FALSE },
  { "canvas.group", NULL, group_activated, FALSE },
  { "canvas.ungroup", NULL, ungroup_activated, FALSE },
  { "canvas.bring-forward", NULL, reorder_activated, FALSE },
  { "canvas.send-backward", NULL, reorder_activated, FALSE },
  { "canvas.bring-to-front", NULL, reorder_activated, FALSE },
  { "canvas.send-to-back", NULL, reorder_activated, FALSE },
  { "canvas.lock", NULL, lock_activated, FALSE },
  { "canvas.nudge", "(ii)", nudge_activated, FALSE },
  { "canvas.cut", NULL, cut_activated, FALSE },
  { "canvas.copy", NULL, copy_activated, FALSE },
  { "canvas.copy-image", NULL, copy_activated, FALSE },
  { "canvas.paste", NULL, paste_activated, FALSE },
  { "canvas.zoom-in", NULL, zoom_activated, TRUE },
  { "canvas.zoom-out", NULL, zoom_activated, TRUE },
  { "canvas.zoom-reset", NULL, zoom_activated, TRUE },
  { "canvas.zoom-fit", NULL, zoom_activated, TRUE },
  { "canvas.grid", NULL, grid_activated, TRUE },
  { "canvas.edit-label", NULL, edit_label_activated, FALSE },
  { "canvas.open-estimate", NULL, open_estimate_activated, FALSE },
  { "canvas.set-style", "(su)", set_style_activated, TRUE },
};

static void
dispatch (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (actions[i].name, action_name))
      {
        if (!actions[i].keeps_editing)
          br_canvas_commit_edit (BR_CANVAS (widget));
        actions[i].activate (widget, action_name, parameter);
        return;
      }
}

static void
add_key (GtkWidgetClass  *widget_class,
         guint            keyval,
         GdkModifierType  mods,
         const char      *action,
         const char      *format,
         ...)
{
  GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (keyval, mods);
  GtkShortcutAction *shortcut_action = gtk_named_action_new (action);
  GtkShortcut *shortcut = gtk_shortcut_new (trigger, shortcut_action);

  if (format != NULL)
    {
      va_list args;
      va_start (args, format);
      gtk_shortcut_set_arguments (shortcut, g_variant_new_va (format, NULL, &args));
      va_end (args);
    }
  gtk_widget_class_add_shortcut (widget_class, shortcut);
  g_object_unref (shortcut);
}

/* Installs every canvas.* action, with its keys while the canvas has focus */
void
_br_canvas_install_actions (GtkWidgetClass *widget_class)
{
  static const struct { guint key; const char *tool; } tool_keys[] = {
    { GDK_KEY_v, "select" }, { GDK_KEY_h, "hand" }, { GDK_KEY_r, "rectangle" },
    { GDK_KEY_o, "ellipse" }, { GDK_KEY_d, "diamond" }, { GDK_KEY_c, "cylinder" },
    { GDK_KEY_a, "arrow" }, { GDK_KEY_l, "line" }, { GDK_KEY_t, "text" },
    { GDK_KEY_p, "pen" }, { GDK_KEY_e, "eraser" },
    /* As in Excalidraw where it fits */
    { GDK_KEY_1, "select" }, { GDK_KEY_2, "rectangle" }, { GDK_KEY_3, "diamond" },
    { GDK_KEY_4, "ellipse" }, { GDK_KEY_5, "arrow" }, { GDK_KEY_6, "line" },
    { GDK_KEY_7, "pen" }, { GDK_KEY_8, "text" }, { GDK_KEY_9, "cylinder" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].parameter, dispatch);

  for (guint i = 0; i < G_N_ELEMENTS (tool_keys); i++)
    add_key (widget_class, tool_keys[i].key, 0, "canvas.tool", "s", tool_keys[i].tool);
  add_key (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  add_key (widget_class, GDK_KEY_BackSpace, 0, "canvas.delete", NULL);
  add_key (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "canvas.duplicate", NULL);
  add_key (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  add_key (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "canvas.group", NULL);
  add_key (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.ungroup", NULL);
  add_key (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.ungroup", NULL);
  add_key (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "canvas.undo", NULL);
  add_key (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.redo", NULL);
  add_key (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.redo", NULL);
  add_key (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "canvas.redo", NULL);
  add_key (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK, "canvas.bring-forward", NULL);
  add_key (widget_class, GDK_KEY_bracketleft, GDK_CONTROL_MASK, "canvas.send-backward", NULL);
  add_key (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.bring-to-front", NULL);
  add_key (widget_class, GDK_KEY_bracketleft, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.send-to-back", NULL);
  add_key (widget_class, GDK_KEY_braceright, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.bring-to-front", NULL);
  add_key (widget_class, GDK_KEY_braceleft, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.send-to-back", NULL);
  add_key (widget_class, GDK_KEY_l, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.lock", NULL);
  add_key (widget_class, GDK_KEY_L, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.lock", NULL);
  add_key (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "canvas.cut", NULL);
  add_key (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "canvas.copy", NULL);
  add_key (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.copy-image", NULL);
  add_key (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "canvas.copy-image", NULL);
  add_key (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "canvas.paste", NULL);
  add_key (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  add_key (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  add_key (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  add_key (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  add_key (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  add_key (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
  add_key (widget_class, GDK_KEY_exclam, GDK_SHIFT_MASK, "canvas.zoom-fit", NULL);
  add_key (widget_class, GDK_KEY_1, GDK_SHIFT_MASK, "canvas.zoom-fit", NULL);
  add_key (widget_class, GDK_KEY_apostrophe, GDK_CONTROL_MASK, "canvas.grid", NULL);
  add_key (widget_class, GDK_KEY_F2, 0, "canvas.edit-label", NULL);
  add_key (widget_class, GDK_KEY_Return, 0, "canvas.edit-label", NULL);
  add_key (widget_class, GDK_KEY_Left, 0, "canvas.nudge", "(ii)", -1, 0);
  add_key (widget_class, GDK_KEY_Right, 0, "canvas.nudge", "(ii)", 1, 0);
  add_key (widget_class, GDK_KEY_Up, 0, "canvas.nudge", "(ii)", 0, -1);
  add_key (widget_class, GDK_KEY_Down, 0, "canvas.nudge", "(ii)", 0, 1);
  add_key (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "canvas.nudge", "(ii)", -10, 0);
  add_key (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "canvas.nudge", "(ii)", 10, 0);
  add_key (widget_class, GDK_KEY_Up, GDK_SHIFT_MASK, "canvas.nudge", "(ii)", 0, -10);
  add_key (widget_class, GDK_KEY_Down, GDK_SHIFT_MASK, "canvas.nudge", "(ii)", 0, 10);
}
