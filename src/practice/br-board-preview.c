/* br-board-preview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <adwaita.h>

#include "br-board-preview.h"
#include "br-board-render.h"

/**
 * BrBoardPreview:
 *
 * Draws a board with the board renderer, scaled to fit the widget, and
 * takes no input: the replay's board and the review's thumbnails. It fits
 * the board's own extent, or a fixed one (br_board_preview_set_extent())
 * so that a board that grows does not jump around.
 */

/* Space around the board, in widget units */
#define PADDING 12.0

struct _BrBoardPreview
{
  GtkWidget parent_instance;

  BrBoard *board;
  BrRect extent;
  gboolean fixed_extent;
};

G_DEFINE_FINAL_TYPE (BrBoardPreview, br_board_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BOARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * br_board_preview_measure:
 * @out_extent: (out): the box around every item, in board units
 *
 * Returns: %FALSE when @board has no items
 */
gboolean
br_board_preview_measure (BrBoard *board,
                     BrRect  *out_extent)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  guint n;

  g_return_val_if_fail (BR_IS_BOARD (board), FALSE);

  n = br_board_get_n_items (board);
  for (guint i = 0; i < n; i++)
    {
      BrRect box;

      br_item_get_bounds (br_board_get_item (board, i), &box);
      x0 = MIN (x0, box.x);
      y0 = MIN (y0, box.y);
      x1 = MAX (x1, box.x + box.width);
      y1 = MAX (y1, box.y + box.height);
    }
  if (n == 0)
    return FALSE;
  *out_extent = (BrRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

static void
br_board_preview_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  BrBoardPreview *self = BR_BOARD_PREVIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  BrRenderOptions options;
  BrRect extent;
  double rgb[3];
  cairo_t *cr;

  br_render_options_init (&options);
  options.style = adw_style_manager_get_dark (adw_style_manager_get_default ()) ? BR_RENDER_DARK : BR_RENDER_LIGHT;
  options.keep_layouts = FALSE;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  br_palette_get_background (options.style, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_paint (cr);

  if (self->board != NULL && width > 2 * PADDING && height > 2 * PADDING &&
      (self->fixed_extent ? (extent = self->extent, TRUE) : br_board_preview_measure (self->board, &extent)))
    {
      double ew = MAX (extent.width, 1.0);
      double eh = MAX (extent.height, 1.0);

      options.scale = MIN ((width - 2 * PADDING) / ew, (height - 2 * PADDING) / eh);
      options.scale = MIN (options.scale, 1.0);
      options.offset_x = (width - ew * options.scale) / 2 - extent.x * options.scale;
      options.offset_y = (height - eh * options.scale) / 2 - extent.y * options.scale;
      br_board_render (self->board, cr, &options, NULL);
    }
  cairo_destroy (cr);
}

static void
br_board_preview_dispose (GObject *object)
{
  BrBoardPreview *self = BR_BOARD_PREVIEW (object);

  g_clear_object (&self->board);

  G_OBJECT_CLASS (br_board_preview_parent_class)->dispose (object);
}

static void
br_board_preview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BrBoardPreview *self = BR_BOARD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_board_preview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BrBoardPreview *self = BR_BOARD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      br_board_preview_set_board (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_board_preview_class_init (BrBoardPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_board_preview_dispose;
  object_class->get_property = br_board_preview_get_property;
  object_class->set_property = br_board_preview_set_property;
  widget_class->snapshot = br_board_preview_snapshot;

  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL, BR_TYPE_BOARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "boardpreview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
br_board_preview_init (BrBoardPreview *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

/**
 * br_board_preview_new:
 * @board: (nullable): the board to show
 *
 * Returns: (transfer floating): the preview
 */
GtkWidget *
br_board_preview_new (BrBoard *board)
{
  g_return_val_if_fail (board == NULL || BR_IS_BOARD (board), NULL);

  return g_object_new (BR_TYPE_BOARD_PREVIEW, "board", board, NULL);
}

/**
 * br_board_preview_get_board:
 *
 * Returns: (transfer none) (nullable): the board shown
 */
BrBoard *
br_board_preview_get_board (BrBoardPreview *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PREVIEW (self), NULL);
  return self->board;
}

void
br_board_preview_set_board (BrBoardPreview *self,
                            BrBoard        *board)
{
  g_return_if_fail (BR_IS_BOARD_PREVIEW (self));
  g_return_if_fail (board == NULL || BR_IS_BOARD (board));

  if (!g_set_object (&self->board, board))
    return;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

/**
 * br_board_preview_set_extent:
 * @extent: (nullable): the part of the board to fit, in board units;
 *   %NULL to fit whatever the board holds
 */
void
br_board_preview_set_extent (BrBoardPreview *self,
                             const BrRect   *extent)
{
  g_return_if_fail (BR_IS_BOARD_PREVIEW (self));

  self->fixed_extent = extent != NULL;
  if (extent != NULL)
    self->extent = *extent;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
