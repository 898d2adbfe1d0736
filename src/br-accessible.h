/* br-accessible.h — names a screen reader reads right under GTK 4.8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void br_accessible_set_label            (GtkWidget  *widget,
                                         const char *label);
void br_accessible_set_button_label     (GtkButton  *button,
                                         const char *label,
                                         const char *accessible);
void br_accessible_fix_mnemonic_buttons (GtkWidget  *widget);
void br_accessible_watch_dialogs        (void);
GListModel *br_accessible_watch_children (GtkWidget *parent);

G_END_DECLS
