/* br-plain-text.h — rows and toasts whose text is shown as it is, and
 * boxed lists of such rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast  *br_toast_new_plain        (const char *title);
GtkWidget *br_action_row_new_plain   (void);
GtkWidget *br_expander_row_new_plain (void);
void       br_preferences_group_set_plain (AdwPreferencesGroup *group,
                                           const char          *title,
                                           const char          *description);
GtkWidget *br_boxed_list_new         (const char                 *name,
                                      GListModel                 *model,
                                      GtkListBoxCreateWidgetFunc  create_row,
                                      gpointer                    user_data,
                                      GDestroyNotify              user_data_free);

G_END_DECLS
