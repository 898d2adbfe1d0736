/* br-board-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-board-editor-private.h"

/**
 * BrBoardEditor:
 *
 * What the tools do to a #BrBoard, with no display: the current tool and
 * stencil, the style new items get, the selection, the press/drag/release
 * state machine (moving, resizing, rubber band, drawing shapes, arrows and
 * strokes, erasing), snapping to the grid, which label is being edited, and
 * the clipboard's payloads. Everything is in board coordinates; the only
 * thing it knows of the view is its zoom, for the tolerances a person
 * means in pixels. One gesture is one undo step.
 *
 * A view (#BrCanvas) turns its events into br_board_editor_pointer_down(),
 * _motion() and _up(), draws what the getters describe, and listens:
 * #BrBoardEditor::redraw-needed, #BrBoardEditor::selection-changed,
 * #BrBoardEditor::pan, #BrBoardEditor::message and the properties.
 */

G_DEFINE_FINAL_TYPE (BrBoardEditor, br_board_editor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BOARD,
  PROP_TOOL,
  PROP_STENCIL,
  PROP_ZOOM,
  PROP_GRID,
  PROP_N_SELECTED,
  PROP_EDITING_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REDRAW_NEEDED,
  SELECTION_CHANGED,
  PAN,
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------------- */
/* Tools                                                                   */

static const GEnumValue tool_values[] = {
  { BR_TOOL_SELECT, "BR_TOOL_SELECT", "select" },
  { BR_TOOL_HAND, "BR_TOOL_HAND", "hand" },
  { BR_TOOL_RECTANGLE, "BR_TOOL_RECTANGLE", "rectangle" },
  { BR_TOOL_ROUNDED_RECTANGLE, "BR_TOOL_ROUNDED_RECTANGLE", "rounded-rectangle" },
  { BR_TOOL_ELLIPSE, "BR_TOOL_ELLIPSE", "ellipse" },
  { BR_TOOL_DIAMOND, "BR_TOOL_DIAMOND", "diamond" },
  { BR_TOOL_CYLINDER, "BR_TOOL_CYLINDER", "cylinder" },
  { BR_TOOL_CLOUD, "BR_TOOL_CLOUD", "cloud" },
  { BR_TOOL_HEXAGON, "BR_TOOL_HEXAGON", "hexagon" },
  { BR_TOOL_TEXT, "BR_TOOL_TEXT", "text" },
  { BR_TOOL_STENCIL, "BR_TOOL_STENCIL", "stencil" },
  { BR_TOOL_ARROW, "BR_TOOL_ARROW", "arrow" },
  { BR_TOOL_LINE, "BR_TOOL_LINE", "line" },
  { BR_TOOL_PEN, "BR_TOOL_PEN", "pen" },
  { BR_TOOL_ERASER, "BR_TOOL_ERASER", "eraser" },
  { 0, NULL, NULL }
};

GType
br_tool_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("BrTool", tool_values));
  return type;
}

const char *
br_tool_to_string (BrTool tool)
{
  return (guint) tool < BR_N_TOOLS ? tool_values[tool].value_nick : NULL;
}

gboolean
br_tool_from_string (const char *name,
                     BrTool     *tool)
{
  for (guint i = 0; i < BR_N_TOOLS; i++)
    if (g_strcmp0 (tool_values[i].value_nick, name) == 0)
      {
        *tool = tool_values[i].value;
        return TRUE;
      }
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* For the editor's own files                                              */

void
_br_board_editor_redraw (BrBoardEditor *self)
{
  g_signal_emit (self, signals[REDRAW_NEEDED], 0);
}

void
_br_board_editor_selection_changed (BrBoardEditor *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

void
_br_board_editor_pan (BrBoardEditor *self,
                      double         dx,
                      double         dy)
{
  g_signal_emit (self, signals[PAN], 0, dx, dy);
}

void
_br_board_editor_message (BrBoardEditor *self,
                          const char    *text)
{
  g_signal_emit (self, signals[MESSAGE], 0, text);
}

void
_br_board_editor_notify_editing (BrBoardEditor *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING_ID]);
}

/* Six pixels at the current zoom: how near a click must be to a line */
double
_br_board_editor_tolerance (BrBoardEditor *self)
{
  return 6.0 / self->zoom;
}

void
_br_board_editor_apply_style (BrBoardEditor *self,
                              BrItem        *item)
{
  item->stroke_color = self->style[BR_PROP_STROKE_COLOR];
  item->fill_color = self->style[BR_PROP_FILL_COLOR];
  item->filled = self->style[BR_PROP_FILLED] != 0;
  item->stroke_width = self->style[BR_PROP_STROKE_WIDTH];
  item->line_style = self->style[BR_PROP_LINE_STYLE];
}

void
_br_board_editor_default_size (BrItemKind  kind,
                               double     *width,
                               double     *height)
{
  switch (kind)
    {
    case BR_ITEM_TEXT:
      *width = 200;
      *height = 40;
      break;
    case BR_ITEM_STENCIL:
      *width = 150;
      *height = 90;
      break;
    case BR_ITEM_ELLIPSE:
    case BR_ITEM_DIAMOND:
    case BR_ITEM_HEXAGON:
      *width = 140;
      *height = 100;
      break;
    case BR_ITEM_CYLINDER:
      *width = 110;
      *height = 130;
      break;
    default:
      *width = 160;
      *height = 90;
      break;
    }
}

/* ---------------------------------------------------------------------- */
/* The board                                                               */

/* Items removed by an undo, a redo or a delete leave the selection, and
 * the label being edited ends with its item */
static void
board_changed (BrBoard        *board,
               BrBoardChanges *changes,
               BrBoardEditor  *self)
{
  guint before = self->selection->len;

  for (guint i = self->selection->len; i > 0; i--)
    if (br_board_lookup (board, g_ptr_array_index (self->selection, i - 1)) == NULL)
      g_ptr_array_remove_index (self->selection, i - 1);
  if (self->selection->len != before)
    _br_board_editor_selection_changed (self);

  if (self->editing_id != NULL && br_board_lookup (board, self->editing_id) == NULL)
    _br_board_editor_finish_label_edit (self, TRUE, NULL);
}

BrBoard *
br_board_editor_get_board (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), NULL);
  return self->board;
}

/**
 * br_board_editor_set_board:
 *
 * Edits @board from now on: the label being edited is committed, the
 * gesture in progress dropped, and the selection cleared.
 */
void
br_board_editor_set_board (BrBoardEditor *self,
                           BrBoard       *board)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));
  g_return_if_fail (board == NULL || BR_IS_BOARD (board));

  if (self->board == board)
    return;

  _br_board_editor_finish_label_edit (self, TRUE, NULL);
  br_board_editor_cancel_gesture (self);
  if (self->board != NULL)
    g_clear_signal_handler (&self->changed_id, self->board);
  g_set_object (&self->board, board);
  if (board != NULL)
    self->changed_id = g_signal_connect (board, "changed", G_CALLBACK (board_changed), self);

  g_ptr_array_set_size (self->selection, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
  _br_board_editor_selection_changed (self);
}

/* ---------------------------------------------------------------------- */
/* Tool, stencil, zoom, grid, style                                        */

BrTool
br_board_editor_get_tool (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), BR_TOOL_SELECT);
  return self->tool;
}

void
br_board_editor_set_tool (BrBoardEditor *self,
                          BrTool         tool)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));
  g_return_if_fail ((guint) tool < BR_N_TOOLS);

  if (self->tool == tool)
    return;
  self->tool = tool;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOL]);
}

BrStencil
br_board_editor_get_stencil (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), BR_STENCIL_SERVICE);
  return self->stencil;
}

void
br_board_editor_set_stencil (BrBoardEditor *self,
                             BrStencil      stencil)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));
  g_return_if_fail ((guint) stencil < BR_N_STENCILS);

  if (self->stencil == stencil)
    return;
  self->stencil = stencil;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STENCIL]);
}

double
br_board_editor_get_zoom (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), 1.0);
  return self->zoom;
}

void
br_board_editor_set_zoom (BrBoardEditor *self,
                          double         zoom)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  zoom = CLAMP (zoom, BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM);
  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
br_board_editor_get_grid (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);
  return self->grid;
}

void
br_board_editor_set_grid (BrBoardEditor *self,
                          gboolean       grid)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));

  grid = !!grid;
  if (self->grid == grid)
    return;
  self->grid = grid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRID]);
}

/**
 * br_board_editor_snap:
 *
 * Returns: @v on the nearest grid line when the grid is on, else @v
 */
double
br_board_editor_snap (BrBoardEditor *self,
                      double         v)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), v);
  return self->grid ? round (v / BR_EDITOR_GRID_STEP) * BR_EDITOR_GRID_STEP : v;
}

void
br_board_editor_set_pan_held (BrBoardEditor *self,
                              gboolean       held)
{
  g_return_if_fail (BR_IS_BOARD_EDITOR (self));
  self->pan_held = !!held;
}

gboolean
br_board_editor_get_pan_held (BrBoardEditor *self)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), FALSE);
  return self->pan_held;
}

guint
br_board_editor_get_style_value (BrBoardEditor  *self,
                                 BrItemProperty  property)
{
  g_return_val_if_fail (BR_IS_BOARD_EDITOR (self), 0);
  g_return_val_if_fail ((guint) property <= BR_PROP_LOCKED, 0);
  return self->style[property];
}

/**
 * br_board_editor_set_style_value:
 *
 * Sets the style for new items and applies it to the selection (one undo
 * step).
 */
void
br_board_editor_set_style_value (BrBoardEditor  *self,
                                 BrItemProperty  property,
                                 guint           value)
{
  g_auto(GStrv) ids = NULL;

  g_return_if_fail (BR_IS_BOARD_EDITOR (self));
  g_return_if_fail ((guint) property <= BR_PROP_LOCKED);

  self->style[property] = value;
  ids = br_board_editor_get_selection (self);
  if (self->board != NULL && ids[0] != NULL)
    br_board_set_property (self->board, (const char * const *) ids, property, value);
}

/* ---------------------------------------------------------------------- */
/* Object                                                                  */

static void
br_board_editor_dispose (GObject *object)
{
  BrBoardEditor *self = BR_BOARD_EDITOR (object);

  /* Whoever still listens is going too: tell no one */
  if (self->board != NULL && self->transaction && br_board_in_transaction (self->board))
    br_board_commit (self->board);
  if (self->board != NULL && self->edit_transaction && br_board_in_transaction (self->board))
    br_board_commit (self->board);
  self->transaction = self->edit_transaction = FALSE;
  if (self->board != NULL)
    g_clear_signal_handler (&self->changed_id, self->board);
  g_clear_object (&self->board);

  G_OBJECT_CLASS (br_board_editor_parent_class)->dispose (object);
}

static void
br_board_editor_finalize (GObject *object)
{
  BrBoardEditor *self = BR_BOARD_EDITOR (object);

  g_clear_pointer (&self->selection, g_ptr_array_unref);
  g_clear_pointer (&self->pen_points, g_array_unref);
  g_clear_pointer (&self->drag_item, g_free);
  g_clear_pointer (&self->bind_hover, g_free);
  g_clear_pointer (&self->selection_before, g_strfreev);
  g_clear_pointer (&self->editing_id, g_free);

  G_OBJECT_CLASS (br_board_editor_parent_class)->finalize (object);
}

static void
br_board_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BrBoardEditor *self = BR_BOARD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_TOOL:
      g_value_set_enum (value, self->tool);
      break;
    case PROP_STENCIL:
      g_value_set_uint (value, self->stencil);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_GRID:
      g_value_set_boolean (value, self->grid);
      break;
    case PROP_N_SELECTED:
      g_value_set_uint (value, self->selection->len);
      break;
    case PROP_EDITING_ID:
      g_value_set_string (value, self->editing_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_board_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BrBoardEditor *self = BR_BOARD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      br_board_editor_set_board (self, g_value_get_object (value));
      break;
    case PROP_TOOL:
      br_board_editor_set_tool (self, g_value_get_enum (value));
      break;
    case PROP_STENCIL:
      br_board_editor_set_stencil (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      br_board_editor_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_GRID:
      br_board_editor_set_grid (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_board_editor_class_init (BrBoardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_board_editor_dispose;
  object_class->finalize = br_board_editor_finalize;
  object_class->get_property = br_board_editor_get_property;
  object_class->set_property = br_board_editor_set_property;

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
   * BrBoardEditor:editing-id:
   *
   * The item whose label is being edited, or %NULL.
   */
  properties[PROP_EDITING_ID] =
    g_param_spec_string ("editing-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrBoardEditor::redraw-needed:
   *
   * What the gesture shows changed (rubber band, stroke in progress,
   * the item an arrow end will bind to). Changes to the board itself come
   * from #BrBoard::changed.
   */
  signals[REDRAW_NEEDED] =
    g_signal_new ("redraw-needed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * BrBoardEditor::selection-changed:
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * BrBoardEditor::pan:
   * @dx: board units across
   * @dy: board units down
   *
   * The hand tool (or a press with the pan key held) was dragged: the view
   * should move so that the board point grabbed comes @dx, @dy further,
   * back under the pointer.
   */
  signals[PAN] =
    g_signal_new ("pan", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /**
   * BrBoardEditor::message:
   * @text: a short sentence for the user
   *
   * Something to tell, such as the elements a paste from Excalidraw could
   * not show.
   */
  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
br_board_editor_init (BrBoardEditor *self)
{
  self->zoom = 1.0;
  self->tool = BR_TOOL_SELECT;
  self->stencil = BR_STENCIL_SERVICE;
  self->style[BR_PROP_FILLED] = 1;
  self->style[BR_PROP_STROKE_WIDTH] = BR_STROKE_MEDIUM;
  self->style[BR_PROP_HEADS] = BR_HEADS_END;
  self->style[BR_PROP_ROUTING] = BR_ROUTING_STRAIGHT;
  self->selection = g_ptr_array_new_with_free_func (g_free);
  self->pen_points = g_array_new (FALSE, FALSE, sizeof (BrPoint));
  self->handle = BR_HANDLE_NONE;
}

BrBoardEditor *
br_board_editor_new (void)
{
  return g_object_new (BR_TYPE_BOARD_EDITOR, NULL);
}
