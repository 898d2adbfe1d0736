/* br-test-app.h — running the application in widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-application.h"
#include "br-window.h"

G_BEGIN_DECLS

typedef void (*BrAppTestFunc) (BrApplication *app,
                               BrWindow      *window);

void       br_test_init          (int          *argc,
                                  char       ***argv);
void       br_test_pump          (void);
void       br_test_run_in_app    (BrAppTestFunc func);
GtkWindow *br_test_find_toplevel (GType         type);
GtkWidget *br_test_find_widget   (GtkWidget    *widget,
                                  GType         type);
GtkWidget *br_test_find_button   (GtkWidget    *widget,
                                  const char   *label);
GtkWidget *br_test_find_group    (GtkWidget    *widget,
                                  const char   *title);
GtkWidget *br_test_find_row      (GtkWidget    *widget,
                                  const char   *title);
guint32   *br_test_render        (GtkWidget    *widget,
                                  int          *width,
                                  int          *height);
char      *br_test_dup_accessible_property (GtkWidget             *widget,
                                            GtkAccessibleProperty  property);

G_END_DECLS
