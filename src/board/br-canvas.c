/* br-canvas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "br-board-file.h"
#include "br-canvas-private.h"

/**
 * BrCanvas:
 *
 * The whiteboard's drawing surface. It draws a #BrBoard with the same
 * cairo code that exports use, through the spatial index so only what is
 * visible is drawn. What the tools do — the selection, the gestures (one
 * undo step each), snapping, which label is being edited, the clipboard's
 * payloads — is its #BrBoardEditor's: the canvas turns pointer events
 * into board coordinates and calls the tool API (br_canvas_pointer_down/
 * motion/up, which tests call too, and which forward to the editor), draws
 * what the editor describes, and keeps the view (zoom, pan) and the label's
 * text entry. The canvas.* actions carry the keyboard: tools, editing,
 * clipboard and zoom.
 */

G_DEFINE_FINAL_TYPE (BrCanvas, br_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BOARD,
  PROP_TOOL,
  PROP_STENCIL,
  PROP_ZOOM,
  PROP_GRID,
  PROP_N_SELECTED,
  PROP_EDITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


/* ---------------------------------------------------------------------- */
/* View                                                                    */

BrRenderStyle
_br_canvas_render_style (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ()) ? BR_RENDER_DARK : BR_RENDER_LIGHT;
}

void
br_canvas_board_to_widget (BrCanvas *self,
                           double    bx,
                           double    by,
                           double   *wx,
                           double   *wy)
{
  *wx = bx * self->zoom + self->offset_x;
  *wy = by * self->zoom + self->offset_y;
}

void
br_canvas_widget_to_board (BrCanvas *self,
                           double    wx,
                           double    wy,
                           double   *bx,
                           double   *by)
{
  *bx = (wx - self->offset_x) / self->zoom;
  *by = (wy - self->offset_y) / self->zoom;
}

double
br_canvas_get_zoom (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), 1.0);
  return self->zoom;
}

/**
 * br_canvas_set_zoom:
 * @anchor_x: a widget point that stays where it is
 *
 * Zooms between 10% and 1000% around the anchor.
 */
void
br_canvas_set_zoom (BrCanvas *self,
                    double    zoom,
                    double    anchor_x,
                    double    anchor_y)
{
  double bx, by;

  g_return_if_fail (BR_IS_CANVAS (self));

  zoom = CLAMP (zoom, BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM);
  if (zoom == self->zoom)
    return;

  br_canvas_widget_to_board (self, anchor_x, anchor_y, &bx, &by);
  self->zoom = zoom;
  br_board_editor_set_zoom (self->board_editor, zoom);
  self->offset_x = anchor_x - bx * zoom;
  self->offset_y = anchor_y - by * zoom;
  self->view_set = TRUE;
  _br_canvas_position_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
br_canvas_pan (BrCanvas *self,
               double    dx,
               double    dy)
{
  g_return_if_fail (BR_IS_CANVAS (self));

  self->offset_x += dx;
  self->offset_y += dy;
  self->view_set = TRUE;
  _br_canvas_position_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
board_bounds (BrCanvas *self,
              BrRect   *bounds)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  guint n = self->board ? br_board_get_n_items (self->board) : 0;

  for (guint i = 0; i < n; i++)
    {
      const BrItem *item = br_board_get_item (self->board, i);

      x1 = MIN (x1, item->x);
      y1 = MIN (y1, item->y);
      x2 = MAX (x2, item->x + item->width);
      y2 = MAX (y2, item->y + item->height);
    }
  if (n == 0)
    return FALSE;
  bounds->x = x1;
  bounds->y = y1;
  bounds->width = x2 - x1;
  bounds->height = y2 - y1;
  return TRUE;
}

/**
 * br_canvas_zoom_to_fit:
 *
 * Shows the whole board (at most at 100%), or the origin of an empty one.
 */
void
br_canvas_zoom_to_fit (BrCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  BrRect b;
  double zoom;

  g_return_if_fail (BR_IS_CANVAS (self));

  if (width <= 0 || height <= 0)
    return;

  if (!board_bounds (self, &b))
    {
      self->zoom = 1.0;
      self->offset_x = width / 2.0;
      self->offset_y = height / 2.0;
    }
  else
    {
      zoom = MIN ((width - 48) / MAX (b.width, 1), (height - 48) / MAX (b.height, 1));
      self->zoom = CLAMP (MIN (zoom, 1.0), BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM);
      self->offset_x = width / 2.0 - (b.x + b.width / 2) * self->zoom;
      self->offset_y = height / 2.0 - (b.y + b.height / 2) * self->zoom;
    }
  br_board_editor_set_zoom (self->board_editor, self->zoom);
  self->view_set = TRUE;
  _br_canvas_position_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
br_canvas_get_grid (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), FALSE);
  return br_board_editor_get_grid (self->board_editor);
}

void
br_canvas_set_grid (BrCanvas *self,
                    gboolean  grid)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  br_board_editor_set_grid (self->board_editor, grid);
}

/* ---------------------------------------------------------------------- */
/* Selection                                                               */

GStrv
br_canvas_get_selection (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  return br_board_editor_get_selection (self->board_editor);
}

void
br_canvas_set_selection (BrCanvas           *self,
                         const char * const *ids)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  br_board_editor_set_selection (self->board_editor, ids);
}

guint
br_canvas_get_n_selected (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), 0);
  return br_board_editor_get_n_selected (self->board_editor);
}

/* Every change redraws the items it touched, and moves the label editor
 * with its item */
static void
board_changed (BrBoard        *board,
               BrBoardChanges *changes,
               BrCanvas       *self)
{
  br_board_tiles_invalidate (self->tiles, &changes->damage);
  _br_canvas_position_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Following the editor                                                    */

static void
editor_tool_changed (BrCanvas *self)
{
  static const char *cursors[] = {
    [BR_TOOL_SELECT] = NULL, [BR_TOOL_HAND] = "grab", [BR_TOOL_TEXT] = "text",
    [BR_TOOL_ERASER] = "not-allowed",
  };
  BrTool tool = br_board_editor_get_tool (self->board_editor);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   (guint) tool < G_N_ELEMENTS (cursors) && cursors[tool] ? cursors[tool]
                                   : tool == BR_TOOL_SELECT ? NULL : "crosshair");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOL]);
}

static void
editor_stencil_changed (BrCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STENCIL]);
}

static void
editor_grid_changed (BrCanvas *self)
{
  br_board_tiles_invalidate (self->tiles, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRID]);
}

static void
editor_selection_changed (BrCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

/* The hand tool: the board point grabbed comes back under the pointer */
static void
editor_pan (BrBoardEditor *editor,
            double         dx,
            double         dy,
            BrCanvas      *self)
{
  br_canvas_pan (self, dx * self->zoom, dy * self->zoom);
}

static void
editor_message (BrBoardEditor *editor,
                const char    *text,
                BrCanvas      *self)
{
  _br_canvas_message (self, text);
}

static void
connect_editor (BrCanvas *self)
{
  BrBoardEditor *editor = self->board_editor;

  g_signal_connect_swapped (editor, "notify::tool", G_CALLBACK (editor_tool_changed), self);
  g_signal_connect_swapped (editor, "notify::stencil", G_CALLBACK (editor_stencil_changed), self);
  g_signal_connect_swapped (editor, "notify::grid", G_CALLBACK (editor_grid_changed), self);
  g_signal_connect_swapped (editor, "notify::editing-id", G_CALLBACK (_br_canvas_editing_id_changed), self);
  g_signal_connect_swapped (editor, "selection-changed", G_CALLBACK (editor_selection_changed), self);
  g_signal_connect_swapped (editor, "redraw-needed", G_CALLBACK (gtk_widget_queue_draw), self);
  g_signal_connect (editor, "pan", G_CALLBACK (editor_pan), self);
  g_signal_connect (editor, "message", G_CALLBACK (editor_message), self);
}

/* ---------------------------------------------------------------------- */
/* Object                                                                  */

static void
br_canvas_dispose (GObject *object)
{
  BrCanvas *self = BR_CANVAS (object);

  _br_canvas_drop_editors (self);
  _br_canvas_menu_dispose (self);
  g_clear_handle_id (&self->double_click_source, g_source_remove);
  g_clear_pointer (&self->double_click_id, g_free);
  g_clear_pointer (&self->editing_id, g_free);
  if (self->board != NULL)
    g_clear_signal_handler (&self->changed_id, self->board);
  g_clear_object (&self->board);
  if (self->board_editor != NULL)
    g_signal_handlers_disconnect_by_data (self->board_editor, self);
  g_clear_object (&self->board_editor);
  g_clear_pointer (&self->traffic, br_review_unref);
  g_clear_pointer (&self->traffic_layouts, g_hash_table_unref);

  G_OBJECT_CLASS (br_canvas_parent_class)->dispose (object);
}

static void
br_canvas_finalize (GObject *object)
{
  BrCanvas *self = BR_CANVAS (object);

  g_clear_pointer (&self->tiles, br_board_tiles_free);
  g_clear_pointer (&self->retired, g_ptr_array_unref);

  G_OBJECT_CLASS (br_canvas_parent_class)->finalize (object);
}

static void
br_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BrCanvas *self = BR_CANVAS (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_TOOL:
      g_value_set_enum (value, br_board_editor_get_tool (self->board_editor));
      break;
    case PROP_STENCIL:
      g_value_set_uint (value, br_board_editor_get_stencil (self->board_editor));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_GRID:
      g_value_set_boolean (value, br_board_editor_get_grid (self->board_editor));
      break;
    case PROP_N_SELECTED:
      g_value_set_uint (value, br_board_editor_get_n_selected (self->board_editor));
      break;
    case PROP_EDITING:
      g_value_set_boolean (value, self->editor != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BrCanvas *self = BR_CANVAS (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      br_canvas_set_board (self, g_value_get_object (value));
      break;
    case PROP_TOOL:
      br_canvas_set_tool (self, g_value_get_enum (value));
      break;
    case PROP_STENCIL:
      br_canvas_set_stencil (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      br_canvas_set_zoom (self, g_value_get_double (value),
                          gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                          gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
      break;
    case PROP_GRID:
      br_canvas_set_grid (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Another page shown, the window closed: what was typed stays */
static void
br_canvas_unmap (GtkWidget *widget)
{
  _br_canvas_finish_edit (BR_CANVAS (widget), TRUE, FALSE);
  GTK_WIDGET_CLASS (br_canvas_parent_class)->unmap (widget);
}

void
_br_canvas_editing_changed (BrCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

static void
br_canvas_class_init (BrCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_canvas_dispose;
  object_class->finalize = br_canvas_finalize;
  object_class->get_property = br_canvas_get_property;
  object_class->set_property = br_canvas_set_property;

  widget_class->snapshot = _br_canvas_snapshot;
  widget_class->size_allocate = _br_canvas_size_allocate;
  widget_class->unmap = br_canvas_unmap;

  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL, BR_TYPE_BOARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOOL] =
    g_param_spec_enum ("tool", NULL, NULL, BR_TYPE_TOOL, BR_TOOL_SELECT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STENCIL] =
    g_param_spec_uint ("stencil", NULL, NULL, 0, BR_N_STENCILS - 1, BR_STENCIL_SERVICE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRID] =
    g_param_spec_boolean ("grid", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrCanvas:editing:
   *
   * Whether a label is being typed (see br_canvas_edit_label()).
   */
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrCanvas::message:
   * @text: a short sentence for the user
   *
   * Emitted when an action has something to tell, such as the elements a
   * paste from Excalidraw could not show. The page shows it as a toast.
   */
  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  _br_canvas_install_actions (widget_class);
  _br_canvas_menu_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
br_canvas_init (BrCanvas *self)
{
  self->zoom = 1.0;
  self->board_editor = br_board_editor_new ();
  connect_editor (self);
  self->tiles = br_board_tiles_new ();
  self->retired = g_ptr_array_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Whiteboard"),
                                  -1);

  _br_canvas_add_controllers (self);
  _br_canvas_menu_init (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
br_canvas_new (void)
{
  return g_object_new (BR_TYPE_CANVAS, NULL);
}

BrBoard *
br_canvas_get_board (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  return self->board;
}

void
br_canvas_set_board (BrCanvas *self,
                     BrBoard  *board)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  g_return_if_fail (board == NULL || BR_IS_BOARD (board));

  if (self->board == board)
    return;

  _br_canvas_finish_edit (self, TRUE, FALSE);
  if (self->board != NULL)
    g_clear_signal_handler (&self->changed_id, self->board);
  g_set_object (&self->board, board);
  if (board != NULL)
    self->changed_id = g_signal_connect (board, "changed", G_CALLBACK (board_changed), self);
  br_board_tiles_invalidate (self->tiles, NULL);
  br_board_editor_set_board (self->board_editor, board);

  self->view_set = FALSE;
  if (board != NULL)
    {
      BrView view;

      /* Come back where the board was last looked at */
      if (br_board_get_view (board, &view))
        {
          self->zoom = CLAMP (view.zoom, BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM);
          self->offset_x = -view.x * self->zoom;
          self->offset_y = -view.y * self->zoom;
          br_board_editor_set_zoom (self->board_editor, self->zoom);
          self->view_set = TRUE;
        }
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

/**
 * br_canvas_get_board_editor:
 *
 * Returns: (transfer none): the editor whose tools, selection and gesture
 *   the canvas shows and drives
 */
BrBoardEditor *
br_canvas_get_board_editor (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), NULL);
  return self->board_editor;
}

BrTool
br_canvas_get_tool (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), BR_TOOL_SELECT);
  return br_board_editor_get_tool (self->board_editor);
}

void
br_canvas_set_tool (BrCanvas *self,
                    BrTool    tool)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  br_board_editor_set_tool (self->board_editor, tool);
}

BrStencil
br_canvas_get_stencil (BrCanvas *self)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), BR_STENCIL_SERVICE);
  return br_board_editor_get_stencil (self->board_editor);
}

void
br_canvas_set_stencil (BrCanvas  *self,
                       BrStencil  stencil)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  br_board_editor_set_stencil (self->board_editor, stencil);
}

guint
br_canvas_get_style_value (BrCanvas       *self,
                           BrItemProperty  property)
{
  g_return_val_if_fail (BR_IS_CANVAS (self), 0);
  return br_board_editor_get_style_value (self->board_editor, property);
}

/**
 * br_canvas_set_style_value:
 *
 * Sets the style for new items and applies it to the selection (one undo
 * step).
 */
void
br_canvas_set_style_value (BrCanvas       *self,
                           BrItemProperty  property,
                           guint           value)
{
  g_return_if_fail (BR_IS_CANVAS (self));
  br_board_editor_set_style_value (self->board_editor, property, value);
}

/* For the canvas's own files: tell the user @text (see BrCanvas::message) */
void
_br_canvas_message (BrCanvas   *self,
                    const char *text)
{
  g_signal_emit (self, signals[MESSAGE], 0, text);
}
