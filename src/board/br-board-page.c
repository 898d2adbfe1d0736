/* br-board-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>
#include <string.h>

#include "br-board-page-private.h"
#include "br-wrap-box.h"

/**
 * BrBoardPage:
 *
 * The Whiteboard page: a tool bar (files, drawing tools, the stencil
 * palette, colours and lines, undo and redo, zoom) over the canvas.
 *
 * The page's actions are in the "board" group (br_board_page_get_action_group()):
 * the file actions board.new, board.open, board.save, board.save-as and
 * board.export, board.open-uri (s) for files given to the application,
 * board.copy-image, and the
 * controls' actions, which forward to the canvas's own canvas.* actions.
 * The file actions are enabled only while the page is shown, so that the
 * application's Ctrl+N/O/S act on the board the user sees.
 *
 * The page shows a BrBoardDocument (br_board_page_set_document()), which
 * holds the board, its file, its unsaved state and its draft; the page
 * follows its properties (the title, with "• " while there are unsaved
 * changes; a spinner while a board is read). The choosers and the
 * Save/Discard/Cancel question are in br-board-page-files.c, the notices
 * about drafts in br-board-page-drafts.c; the stencil and style popovers
 * in br-board-page-controls.c.
 */

G_DEFINE_FINAL_TYPE (BrBoardPage, br_board_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_BOARD,
  PROP_TITLE,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The actions that need the page on screen */
static const char * const file_actions[] = { "new", "open", "save", "save-as", "export", NULL };

static void
set_action_enabled (BrBoardPage *self,
                    const char  *name,
                    gboolean     enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
set_action_state (BrBoardPage *self,
                  const char  *name,
                  GVariant    *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
}

static void
forward_to_canvas (BrBoardPage *self,
                   const char  *canvas_action)
{
  gtk_widget_activate_action (GTK_WIDGET (self->canvas), canvas_action, NULL);
}

/* ---------------------------------------------------------------------- */
/* Following the board and the canvas                                      */

static BrBoard *
get_board (BrBoardPage *self)
{
  return self->document ? br_board_document_get_board (self->document) : NULL;
}

static void
update_history (BrBoardPage *self)
{
  BrBoard *board = get_board (self);

  /* Undo during a label edit commits the label, then takes it back */
  set_action_enabled (self, "undo", board != NULL &&
                      (br_board_can_undo (board) || br_canvas_is_editing (self->canvas)));
  set_action_enabled (self, "redo", board != NULL && br_board_can_redo (board));
}

/* The document's title, marked while it has unsaved changes */
static void
update_title (BrBoardPage *self)
{
  g_autofree char *title = NULL;

  if (self->document == NULL)
    return;
  if (br_board_document_get_modified (self->document))
    /* Translators: the board's title while it has unsaved changes */
    title = g_strdup_printf (_("• %s"), br_board_document_get_title (self->document));
  else
    title = g_strdup (br_board_document_get_title (self->document));

  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

static void
document_modified_changed (BrBoardPage *self)
{
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  /* Saved, or kept with an attempt: the restored board's notice is done */
  if (!br_board_document_get_modified (self->document))
    _br_board_page_dismiss_restore_toast (self);
}

/* A new board (New, Open): the canvas shows it */
static void
document_board_changed (BrBoardPage *self)
{
  BrBoard *board = get_board (self);

  if (board == br_canvas_get_board (self->canvas))
    return;
  _br_board_page_dismiss_restore_toast (self);
  g_signal_group_set_target (self->board_signals, board);
  br_canvas_set_board (self->canvas, board);
  update_history (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

static void
document_busy_changed (BrBoardPage *self)
{
  gboolean loading = self->document != NULL && br_board_document_get_loading (self->document);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  gtk_spinner_set_spinning (self->spinner, loading);
  /* The board shown is about to be replaced: no work on it to lose */
  gtk_widget_set_sensitive (GTK_WIDGET (self->canvas), !loading);
}

static void
canvas_tool_changed (BrBoardPage *self)
{
  set_action_state (self, "tool", g_variant_new_string (br_tool_to_string (br_canvas_get_tool (self->canvas))));
  _br_board_page_sync_stencil_button (self);
}

static void
canvas_zoom_changed (BrBoardPage *self)
{
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  int percent = (int) (br_canvas_get_zoom (self->canvas) * 100 + 0.5);

  /* Translators: the zoom of the whiteboard, "150%" */
  text = g_strdup_printf (_("%d%%"), percent);
  gtk_label_set_label (self->zoom_label, text);
  /* Translators: what a screen reader says for the zoom button */
  description = g_strdup_printf (_("Zoom %d%%, reset to 100%%"), percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self->zoom_label))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
canvas_grid_changed (BrBoardPage *self)
{
  set_action_state (self, "grid", g_variant_new_boolean (br_canvas_get_grid (self->canvas)));
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
file_action_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BrBoardPage *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  if (g_str_equal (name, "new"))
    _br_board_page_new_activated (self);
  else if (g_str_equal (name, "open"))
    _br_board_page_open_activated (self);
  else if (g_str_equal (name, "save"))
    _br_board_page_save_activated (self);
  else if (g_str_equal (name, "save-as"))
    _br_board_page_save_as_activated (self);
  else if (g_str_equal (name, "export"))
    _br_board_page_export_activated (self);
}

static void
open_uri_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  br_board_page_request_open (user_data, file);
}

static void
forward_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_autofree char *canvas_action = g_strconcat ("canvas.", g_action_get_name (G_ACTION (action)), NULL);

  forward_to_canvas (user_data, canvas_action);
}

static void
tool_change_state (GSimpleAction *action,
                   GVariant      *value,
                   gpointer       user_data)
{
  BrBoardPage *self = user_data;
  BrTool tool;

  if (!br_tool_from_string (g_variant_get_string (value, NULL), &tool))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->canvas), "canvas.tool", "s", br_tool_to_string (tool));
  canvas_tool_changed (self);
}

static void
stencil_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  BrBoardPage *self = user_data;

  gtk_widget_activate_action (GTK_WIDGET (self->canvas), "canvas.stencil", "s",
                              g_variant_get_string (parameter, NULL));
  gtk_widget_activate_action (GTK_WIDGET (self->canvas), "canvas.tool", "s", "stencil");
  gtk_menu_button_popdown (self->stencil_button);
  canvas_tool_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
set_style (BrBoardPage *self,
           const char  *property,
           guint        value)
{
  gtk_widget_activate_action (GTK_WIDGET (self->canvas), "canvas.set-style", "(su)", property, value);
  _br_board_page_sync_style (self);
}

static void
color_change_state (GSimpleAction *action,
                    GVariant      *value,
                    gpointer       user_data)
{
  const char *name = g_action_get_name (G_ACTION (action));

  set_style (user_data, name, g_variant_get_uint32 (value));
}

static void
choice_change_state (GSimpleAction *action,
                     GVariant      *value,
                     gpointer       user_data)
{
  const char *name = g_action_get_name (G_ACTION (action));
  const char * const *names = g_str_equal (name, "stroke-width") ? br_stroke_width_names ()
                            : g_str_equal (name, "routing") ? br_routing_names ()
                            : g_str_equal (name, "heads") ? br_heads_names ()
                            : br_line_style_names ();
  const char *choice = g_variant_get_string (value, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], choice))
      set_style (user_data, name, i);
}

static void
toggle_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BrBoardPage *self = user_data;
  g_autoptr(GVariant) state = g_action_get_state (G_ACTION (action));
  const char *name = g_action_get_name (G_ACTION (action));

  if (g_str_equal (name, "filled"))
    set_style (self, "filled", !g_variant_get_boolean (state));
  else if (g_str_equal (name, "panel"))
    {
      g_simple_action_set_state (action, g_variant_new_boolean (!g_variant_get_boolean (state)));
      adw_flap_set_reveal_flap (self->flap, !g_variant_get_boolean (state));
    }
  else
    {
      forward_to_canvas (self, "canvas.grid");
      canvas_grid_changed (self);
    }
}

static const GActionEntry page_actions[] = {
  { "new", file_action_activated },
  { "open", file_action_activated },
  { "save", file_action_activated },
  { "save-as", file_action_activated },
  { "export", file_action_activated },
  { "copy-image", forward_activated },
  { "open-uri", open_uri_activated, "s" },
  { "undo", forward_activated },
  { "redo", forward_activated },
  { "zoom-in", forward_activated },
  { "zoom-out", forward_activated },
  { "zoom-reset", forward_activated },
  { "zoom-fit", forward_activated },
  { "grid", toggle_activated, NULL, "false" },
  { "panel", toggle_activated, NULL, "false" },
  { "tool", NULL, "s", "'select'", tool_change_state },
  { "stencil", stencil_activated, "s" },
  { "stroke-color", NULL, "u", "uint32 0", color_change_state },
  { "fill-color", NULL, "u", "uint32 0", color_change_state },
  { "filled", toggle_activated, NULL, "false" },
  { "stroke-width", NULL, "s", "'medium'", choice_change_state },
  { "line-style", NULL, "s", "'solid'", choice_change_state },
  { "routing", NULL, "s", "'straight'", choice_change_state },
  { "heads", NULL, "s", "'end'", choice_change_state },
};

/* The style actions show the style of the selection, or of new items */
void
_br_board_page_sync_style (BrBoardPage *self)
{
  guint width = br_canvas_get_style_value (self->canvas, BR_PROP_STROKE_WIDTH);
  guint line = br_canvas_get_style_value (self->canvas, BR_PROP_LINE_STYLE);

  /* Setting a state does not change it (no change-state): nothing to
   * ignore coming back */
  set_action_state (self, "stroke-color", g_variant_new_uint32 (br_canvas_get_style_value (self->canvas, BR_PROP_STROKE_COLOR)));
  set_action_state (self, "fill-color", g_variant_new_uint32 (br_canvas_get_style_value (self->canvas, BR_PROP_FILL_COLOR)));
  set_action_state (self, "filled", g_variant_new_boolean (br_canvas_get_style_value (self->canvas, BR_PROP_FILLED) != 0));
  set_action_state (self, "stroke-width", g_variant_new_string (br_stroke_width_names ()[MIN (width, BR_N_STROKE_WIDTHS - 1)]));
  set_action_state (self, "line-style", g_variant_new_string (br_line_style_names ()[MIN (line, BR_N_LINE_STYLES - 1)]));
  set_action_state (self, "routing", g_variant_new_string (br_routing_names ()[MIN (br_canvas_get_style_value (self->canvas, BR_PROP_ROUTING), BR_N_ROUTINGS - 1)]));
  set_action_state (self, "heads", g_variant_new_string (br_heads_names ()[MIN (br_canvas_get_style_value (self->canvas, BR_PROP_HEADS), BR_N_HEADS - 1)]));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

static void
br_board_page_map (GtkWidget *widget)
{
  BrBoardPage *self = BR_BOARD_PAGE (widget);

  GTK_WIDGET_CLASS (br_board_page_parent_class)->map (widget);
  for (guint i = 0; file_actions[i] != NULL; i++)
    set_action_enabled (self, file_actions[i], TRUE);
}

static void
br_board_page_unmap (GtkWidget *widget)
{
  BrBoardPage *self = BR_BOARD_PAGE (widget);

  for (guint i = 0; file_actions[i] != NULL; i++)
    set_action_enabled (self, file_actions[i], FALSE);
  set_action_enabled (self, "panel", FALSE);
  GTK_WIDGET_CLASS (br_board_page_parent_class)->unmap (widget);
}

static void
br_board_page_dispose (GObject *object)
{
  BrBoardPage *self = BR_BOARD_PAGE (object);

  _br_board_page_files_dispose (self);
  _br_board_page_drafts_dispose (self);
  _br_board_page_review_dispose (self);
  g_clear_pointer (&self->swatches, g_ptr_array_unref);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->board_signals != NULL)
    g_signal_group_set_target (self->board_signals, NULL);

  /* AdwBin owns the template's top widget: release it before the
   * template forgets its children, so it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BR_TYPE_BOARD_PAGE);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->board_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (br_board_page_parent_class)->dispose (object);
}

static void
br_board_page_finalize (GObject *object)
{
  BrBoardPage *self = BR_BOARD_PAGE (object);

  g_free (self->title);

  G_OBJECT_CLASS (br_board_page_parent_class)->finalize (object);
}

static void
br_board_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BrBoardPage *self = BR_BOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_BOARD:
      g_value_set_object (value, get_board (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, br_board_page_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_board_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BrBoardPage *self = BR_BOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      br_board_page_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
canvas_message (BrBoardPage *self,
                const char  *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  _br_board_page_emit_toast (self, adw_toast_new (markup));
}

static void
br_board_page_class_init (BrBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_board_page_dispose;
  object_class->finalize = br_board_page_finalize;
  object_class->get_property = br_board_page_get_property;
  object_class->set_property = br_board_page_set_property;
  widget_class->map = br_board_page_map;
  widget_class->unmap = br_board_page_unmap;

  /**
   * BrBoardPage:document:
   *
   * The document shown: its board, file, title and unsaved state. The
   * page's owner gives it (the window, from the application).
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, BR_TYPE_BOARD_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrBoardPage:board:
   *
   * The board shown; a new object after New and Open.
   */
  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL, BR_TYPE_BOARD,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrBoardPage:title:
   *
   * The file's name, or "Untitled Board", after "• " while there are
   * unsaved changes.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrBoardPage:modified:
   *
   * Whether the board has changes that are not saved to its file.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrBoardPage::add-toast:
   * @toast: the toast to show
   *
   * Asks the page's parent to show @toast.
   */
  signals[ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (BR_TYPE_CANVAS);
  g_type_ensure (BR_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, canvas);
  gtk_widget_class_bind_template_callback (widget_class, canvas_tool_changed);
  gtk_widget_class_bind_template_callback (widget_class, canvas_zoom_changed);
  gtk_widget_class_bind_template_callback (widget_class, canvas_grid_changed);
  gtk_widget_class_bind_template_callback (widget_class, canvas_message);
  gtk_widget_class_bind_template_callback (widget_class, update_history);
  gtk_widget_class_bind_template_callback (widget_class, _br_board_page_sync_style);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, flap);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, panel_button);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, tool_box);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, stencil_button);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, style_button);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BrBoardPage, spinner);
  _br_board_page_review_class_init (widget_class);
}

static void
build_popover_once (GtkMenuButton *button,
                    gpointer       build)
{
  BrBoardPage *self = BR_BOARD_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (button), BR_TYPE_BOARD_PAGE));

  if (gtk_menu_button_get_popover (button) == NULL && self != NULL)
    ((void (*) (BrBoardPage *)) build) (self);
}

/* Showing the page puts the keyboard on the board, so that tool keys
 * work at once */
static void
page_mapped (BrBoardPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
  /* The restored board is in view now */
  _br_board_page_dismiss_restore_toast (self);
}

static void
br_board_page_init (BrBoardPage *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), page_actions,
                                   G_N_ELEMENTS (page_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "board", G_ACTION_GROUP (self->actions));
  for (guint i = 0; file_actions[i] != NULL; i++)
    set_action_enabled (self, file_actions[i], FALSE);
  set_action_enabled (self, "panel", FALSE);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "map", G_CALLBACK (page_mapped), NULL);

  /* The palettes are built the first time they open: start-up stays quick */
  gtk_menu_button_set_create_popup_func (self->stencil_button, build_popover_once,
                                         _br_board_page_build_stencil_popover, NULL);
  gtk_menu_button_set_create_popup_func (self->style_button, build_popover_once,
                                         _br_board_page_build_style_popover, NULL);

  /* What the document says, once there is one */
  self->document_signals = g_signal_group_new (BR_TYPE_BOARD_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::board", G_CALLBACK (document_board_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::title", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::modified", G_CALLBACK (document_modified_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::busy", G_CALLBACK (document_busy_changed), self, G_CONNECT_SWAPPED);
  self->board_signals = g_signal_group_new (BR_TYPE_BOARD);
  g_signal_group_connect_object (self->board_signals, "notify::can-undo", G_CALLBACK (update_history), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->board_signals, "notify::can-redo", G_CALLBACK (update_history), self, G_CONNECT_SWAPPED);
  _br_board_page_drafts_init (self);
  _br_board_page_review_init (self);
  update_history (self);

  canvas_tool_changed (self);
  canvas_zoom_changed (self);
  canvas_grid_changed (self);
  _br_board_page_sync_style (self);
}

void
_br_board_page_emit_toast (BrBoardPage *self,
                           AdwToast    *toast)
{
  /* Takes @toast's reference; a listener keeps its own */
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

/* ---------------------------------------------------------------------- */
/* Public                                                                  */

/**
 * br_board_page_get_board:
 *
 * Returns: (transfer none): the board shown
 */
BrBoard *
br_board_page_get_board (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return get_board (self);
}

/**
 * br_board_page_get_canvas:
 *
 * Returns: (transfer none): the canvas
 */
BrCanvas *
br_board_page_get_canvas (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->canvas;
}

/**
 * br_board_page_get_file:
 *
 * Returns: (transfer none) (nullable): the board's file, %NULL while untitled
 */
GFile *
br_board_page_get_file (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->document ? br_board_document_get_file (self->document) : NULL;
}

const char *
br_board_page_get_title (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->title;
}

gboolean
br_board_page_get_modified (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), FALSE);
  return self->document != NULL && br_board_document_get_modified (self->document);
}

/**
 * br_board_page_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
BrBoardDocument *
br_board_page_get_document (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return self->document;
}

/**
 * br_board_page_set_document:
 * @document: the document to show
 *
 * Shows @document: its board on the canvas, its title and unsaved mark.
 * A document restored from a draft is announced with a toast.
 */
void
br_board_page_set_document (BrBoardPage     *self,
                            BrBoardDocument *document)
{
  g_return_if_fail (BR_IS_BOARD_PAGE (self));
  g_return_if_fail (document == NULL || BR_IS_BOARD_DOCUMENT (document));

  if (self->document == document)
    return;
  g_cancellable_cancel (self->load_cancellable);
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  document_board_changed (self);
  update_title (self);
  document_busy_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  _br_board_page_document_restored (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * br_board_page_get_action_group:
 *
 * Returns: (transfer none): the page's "board" actions, for a window to
 *   insert so that the application's accelerators reach them
 */
GActionGroup *
br_board_page_get_action_group (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return G_ACTION_GROUP (self->actions);
}
