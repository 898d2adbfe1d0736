/* br-board-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-board-page.h"

/**
 * BrBoardPage:
 *
 * The Whiteboard page. Until the canvas lands it says plainly that
 * sketching is not available yet.
 */
struct _BrBoardPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (BrBoardPage, br_board_page, ADW_TYPE_BIN)

static void
br_board_page_dispose (GObject *object)
{
  /* AdwBin owns the template's top widget: release it before the
   * template forgets its children, so it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BR_TYPE_BOARD_PAGE);

  G_OBJECT_CLASS (br_board_page_parent_class)->dispose (object);
}

static void
br_board_page_class_init (BrBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_board_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-board-page.ui");
}

static void
br_board_page_init (BrBoardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
