/* br-board-page-controls.c — the Whiteboard page's stencil palette, its
 * colours-and-lines popover, the side panel and Export…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include <string.h>

#include "br-board-page-private.h"
#include "br-export-dialog.h"
#include "br-board-render.h"

#define STENCIL_COLUMNS 3
#define STENCIL_ICON_SIZE 32
#define SWATCH_SIZE 20

static BrRenderStyle
current_style (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ()) ? BR_RENDER_DARK : BR_RENDER_LIGHT;
}

static void
get_foreground (GtkWidget *widget,
                GdkRGBA   *color)
{
  /* gtk_widget_get_color() is GTK 4.10 */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}

/* ---------------------------------------------------------------------- */
/* Stencils                                                                */

static void
draw_stencil (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  GdkRGBA color;

  get_foreground (GTK_WIDGET (area), &color);
  gdk_cairo_set_source_rgba (cr, &color);
  br_stencil_draw_icon (cr, GPOINTER_TO_UINT (user_data), width / 2.0, height / 2.0,
                        MIN (width, height) - 4);
}

/**
 * _br_board_page_sync_stencil_button:
 *
 * While a stencil is picked and waiting for a click on the board, the
 * palette's button shows that stencil, marked as armed, and says so.
 */
void
_br_board_page_sync_stencil_button (BrBoardPage *self)
{
  GtkWidget *button = GTK_WIDGET (self->stencil_button);

  if (br_canvas_get_tool (self->canvas) == BR_TOOL_STENCIL)
    {
      BrStencil stencil = br_canvas_get_stencil (self->canvas);
      GtkWidget *icon = gtk_drawing_area_new ();
      g_autofree char *tip = NULL;

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (icon), 16);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (icon), 16);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (icon), draw_stencil, GUINT_TO_POINTER (stencil), NULL);
      gtk_menu_button_set_child (self->stencil_button, icon);
      gtk_widget_add_css_class (button, "br-armed");
      /* Translators: the shapes button while a shape waits to be placed, "Placing Cache: click on the board" */
      tip = g_strdup_printf (_("Placing %s: click on the board"), br_stencil_get_default_label (stencil));
      gtk_widget_set_tooltip_text (button, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tip, -1);
    }
  else if (gtk_widget_has_css_class (button, "br-armed"))
    {
      gtk_menu_button_set_icon_name (self->stencil_button, "br-stencils-symbolic");
      gtk_widget_remove_css_class (button, "br-armed");
      gtk_widget_set_tooltip_text (button, _("System Design Shapes"));
      gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static GdkContentProvider *
stencil_drag_prepare (GtkDragSource *source,
                      double         x,
                      double         y,
                      const char    *name)
{
  g_autofree char *text = g_strconcat (BR_CANVAS_STENCIL_DRAG_PREFIX, name, NULL);

  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static void
stencil_drag_begin (GtkDragSource *source,
                    GdkDrag       *drag,
                    GtkWidget     *icon)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (icon);
  GtkWidget *popover = gtk_widget_get_ancestor (icon, GTK_TYPE_POPOVER);

  gtk_drag_source_set_icon (source, paintable, STENCIL_ICON_SIZE / 2, STENCIL_ICON_SIZE / 2);
  /* Out of the way of the board it is dropped on */
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

void
_br_board_page_build_stencil_popover (BrBoardPage *self)
{
  const char * const *names = br_stencil_names ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);

  for (guint i = 0; i < BR_N_STENCILS; i++)
    {
      const char *label = br_stencil_get_default_label (i);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *icon = gtk_drawing_area_new ();
      GtkWidget *text = gtk_label_new (label);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (icon), STENCIL_ICON_SIZE);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (icon), STENCIL_ICON_SIZE);
      gtk_widget_set_halign (icon, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (icon), draw_stencil, GUINT_TO_POINTER (i), NULL);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 12);
      gtk_widget_add_css_class (text, "caption");
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), text);

      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "board.stencil");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (names[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

      /* Click to pick it, then click on the board; or drag it there */
      {
        GtkDragSource *source = gtk_drag_source_new ();

        gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
        g_signal_connect (source, "prepare", G_CALLBACK (stencil_drag_prepare), (gpointer) names[i]);
        g_signal_connect (source, "drag-begin", G_CALLBACK (stencil_drag_begin), icon);
        gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (source));
      }
      gtk_grid_attach (GTK_GRID (grid), button, i % STENCIL_COLUMNS, i / STENCIL_COLUMNS, 1, 1);
    }

  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_menu_button_set_popover (self->stencil_button, popover);
}

/* ---------------------------------------------------------------------- */
/* Colours and lines                                                       */

static const char *
color_name (guint index)
{
  /* The palette's colours, as br-board-render.c defines them */
  static const char * const names[BR_PALETTE_SIZE] = {
    N_("Ink"), N_("Red"), N_("Orange"), N_("Yellow"),
    N_("Green"), N_("Blue"), N_("Purple"), N_("Gray"),
  };

  return _(names[MIN (index, BR_PALETTE_SIZE - 1)]);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  guint data = GPOINTER_TO_UINT (user_data);
  gboolean fill = data >= BR_PALETTE_SIZE;
  guint index = data % BR_PALETTE_SIZE;
  double rgb[3];
  double r = MIN (width, height) / 2.0 - 1;
  GdkRGBA fg;

  if (fill)
    br_palette_get_fill (index, current_style (), rgb);
  else
    br_palette_get_stroke (index, current_style (), rgb);

  cairo_arc (cr, width / 2.0, height / 2.0, r, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_fill_preserve (cr);

  /* A faint ring, so that light fills show on a light popover */
  get_foreground (GTK_WIDGET (area), &fg);
  fg.alpha *= 0.3;
  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  /* The current colour: a check mark in the swatch's contrast colour */
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gtk_widget_get_parent (GTK_WIDGET (area)))))
    {
      double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];

      cairo_set_source_rgb (cr, luminance > 0.5 ? 0 : 1, luminance > 0.5 ? 0 : 1, luminance > 0.5 ? 0 : 1);
      cairo_set_line_width (cr, 2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_move_to (cr, width / 2.0 - r * 0.45, height / 2.0);
      cairo_line_to (cr, width / 2.0 - r * 0.1, height / 2.0 + r * 0.35);
      cairo_line_to (cr, width / 2.0 + r * 0.5, height / 2.0 - r * 0.35);
      cairo_stroke (cr);
    }
}

void
_br_board_page_redraw_swatches (BrBoardPage *self)
{
  for (guint i = 0; self->swatches != NULL && i < self->swatches->len; i++)
    gtk_widget_queue_draw (g_ptr_array_index (self->swatches, i));
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
swatch_row (const char *action,
            gboolean    fill,
            GPtrArray  *swatches)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  for (guint i = 0; i < BR_PALETTE_SIZE; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *area = gtk_drawing_area_new ();
      g_autofree char *name = NULL;

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), SWATCH_SIZE);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), SWATCH_SIZE);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch,
                                      GUINT_TO_POINTER (i + (fill ? BR_PALETTE_SIZE : 0)), NULL);
      g_ptr_array_add (swatches, area);

      gtk_button_set_child (GTK_BUTTON (button), area);
      g_signal_connect_object (button, "notify::active", G_CALLBACK (gtk_widget_queue_draw), area, G_CONNECT_SWAPPED);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_add_css_class (button, "br-swatch");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (i));
      if (fill)
        /* Translators: a fill colour button, "Blue fill" */
        name = g_strdup_printf (_("%s fill"), color_name (i));
      else
        /* Translators: a stroke colour button, "Blue stroke" */
        name = g_strdup_printf (_("%s stroke"), color_name (i));
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_box_append (GTK_BOX (row), button);
    }
  return row;
}

static GtkWidget *
choice_row (const char         *action,
            const char * const *names,
            const char * const *labels,
            const char         *group_name)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (row, "linked");
  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, group_name, -1);
  for (guint i = 0; names[i] != NULL && labels[i] != NULL; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(labels[i]));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (names[i]));
      gtk_box_append (GTK_BOX (row), button);
    }
  return row;
}

void
_br_board_page_build_style_popover (BrBoardPage *self)
{
  static const char * const width_labels[] = { N_("Thin"), N_("Medium"), N_("Bold"), NULL };
  static const char * const line_labels[] = { N_("Solid"), N_("Dashed"), N_("Dotted"), NULL };
  static const char * const routing_labels[] = { N_("Straight"), N_("Elbow"), NULL };
  static const char * const heads_labels[] = { N_("None"), N_("Start"), N_("End"), N_("Both"), NULL };
  GPtrArray *swatches = g_ptr_array_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *filled = gtk_check_button_new_with_mnemonic (_("_Fill Shapes"));

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_box_append (GTK_BOX (box), heading (_("Stroke")));
  gtk_box_append (GTK_BOX (box), swatch_row ("board.stroke-color", FALSE, swatches));
  gtk_box_append (GTK_BOX (box), heading (_("Fill")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (filled), "board.filled");
  gtk_box_append (GTK_BOX (box), filled);
  gtk_box_append (GTK_BOX (box), swatch_row ("board.fill-color", TRUE, swatches));
  gtk_box_append (GTK_BOX (box), heading (_("Stroke Width")));
  gtk_box_append (GTK_BOX (box), choice_row ("board.stroke-width", br_stroke_width_names (), width_labels, _("Stroke width")));
  gtk_box_append (GTK_BOX (box), heading (_("Line Style")));
  gtk_box_append (GTK_BOX (box), choice_row ("board.line-style", br_line_style_names (), line_labels, _("Line style")));
  gtk_box_append (GTK_BOX (box), heading (_("Arrows")));
  gtk_box_append (GTK_BOX (box), choice_row ("board.routing", br_routing_names (), routing_labels, _("Arrow routing")));
  gtk_box_append (GTK_BOX (box), choice_row ("board.heads", br_heads_names (), heads_labels, _("Arrowheads")));

  /* The palette has a light and a dark variant, as the canvas does */
  self->swatches = swatches;
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (_br_board_page_redraw_swatches), self, G_CONNECT_SWAPPED);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->style_button, popover);
}

/* ---------------------------------------------------------------------- */
/* The side panel and Export…                                              */

/**
 * br_board_page_set_side_panel:
 * @panel: (nullable): a widget to show beside the board, or %NULL
 *
 * Shows @panel beside the board (a practice session's question card),
 * with a toggle (F9) to hide and show it; %NULL removes it.
 */
void
br_board_page_set_side_panel (BrBoardPage *self,
                              GtkWidget   *panel)
{
  GAction *action;

  g_return_if_fail (BR_IS_BOARD_PAGE (self));
  g_return_if_fail (panel == NULL || GTK_IS_WIDGET (panel));

  /* Hidden before it goes: libadwaita 1.2's flap, left to animate its
   * hiding without a flap, can allocate the board a width of INT_MIN */
  if (panel == NULL)
    adw_flap_set_reveal_flap (self->flap, FALSE);
  adw_flap_set_flap (self->flap, panel);
  adw_flap_set_reveal_flap (self->flap, panel != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->panel_button), panel != NULL);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "panel");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (panel != NULL));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), panel != NULL);
}

/**
 * br_board_page_get_side_panel:
 *
 * Returns: (transfer none) (nullable): the widget beside the board
 */
GtkWidget *
br_board_page_get_side_panel (BrBoardPage *self)
{
  g_return_val_if_fail (BR_IS_BOARD_PAGE (self), NULL);
  return adw_flap_get_flap (self->flap);
}

static void
forward_toast (BrBoardPage *self,
               AdwToast    *toast)
{
  _br_board_page_emit_toast (self, g_object_ref (toast));
}

/* Export…: the dialog asks how and where, and reports through the page */
void
_br_board_page_export_activated (BrBoardPage *self)
{
  g_auto(GStrv) selection = br_canvas_get_selection (self->canvas);
  g_autofree char *name = g_strdup (br_board_document_get_title (self->document));
  char *dot = strrchr (name, '.');
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  BrExportDialog *dialog;

  /* The board's name without ".brboard" */
  if (dot != NULL && dot != name)
    *dot = '\0';
  dialog = br_export_dialog_new (br_board_document_get_board (self->document), (const char * const *) selection, name);
  br_export_dialog_set_board_file (dialog, br_board_document_get_file (self->document));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "add-toast", G_CALLBACK (forward_toast), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}
