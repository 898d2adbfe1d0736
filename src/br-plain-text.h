/* br-plain-text.h — rows and toasts whose text is shown as it is
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

G_END_DECLS
