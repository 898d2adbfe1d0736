/* br-wrap-box.h — a row of widgets that wraps onto more rows when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BR_TYPE_WRAP_BOX (br_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (BrWrapBox, br_wrap_box, BR, WRAP_BOX, GtkWidget)

GtkWidget *br_wrap_box_new (void);

G_END_DECLS
