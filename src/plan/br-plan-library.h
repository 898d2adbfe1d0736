/* br-plan-library.h — the guide's reference views for the Plan page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-guide.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;          /* "principles" */
  const char *title;         /* translated */
  const char *description;   /* translated */
  const char *icon_name;
} BrLibraryView;

const BrLibraryView *br_plan_library_get_views (guint       *n_views);
const BrLibraryView *br_plan_library_find_view (const char  *name);
gboolean             br_plan_library_has_view  (BrGuide     *guide,
                                                const char  *name);
GtkWidget           *br_plan_library_icon      (const char  *icon_name);
GtkWidget           *br_plan_library_build_question_card (BrQuestion *question,
                                                          GtkWidget  *after_title);

G_END_DECLS
