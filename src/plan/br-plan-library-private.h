/* br-plan-library-private.h — the pieces the library's views share with
 * the question card (br-plan-library-card.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-plan-library.h"

G_BEGIN_DECLS

GtkWidget           *_br_plan_library_label          (const char                 *text,
                                                      const char                 *css_class);
GtkWidget           *_br_plan_library_bullets        (const char * const         *items);
GtkWidget           *_br_plan_library_expander_row   (const char                 *title,
                                                      const char                 *subtitle,
                                                      GtkWidget                  *content);
AdwPreferencesGroup *_br_plan_library_add_group      (AdwPreferencesPage         *page,
                                                      const char                 *title,
                                                      const char                 *description);
GtkWidget           *_br_plan_library_bind_list      (AdwPreferencesGroup        *group,
                                                      const char                 *title,
                                                      GListModel                 *model,
                                                      GtkListBoxCreateWidgetFunc  create_row,
                                                      gpointer                    user_data,
                                                      GDestroyNotify              user_data_free);
void                 _br_plan_library_fill           (BrGuide                    *guide,
                                                      const char                 *name,
                                                      AdwPreferencesPage         *page);
void                 _br_plan_library_add_list_group (AdwPreferencesPage         *page,
                                                      const char                 *title,
                                                      const char * const         *items);

G_END_DECLS
