/* br-library-page.h — one of the Plan page's library views: a read-only
 * page of the guide (the principles, the interview, the tips...)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-guide.h"

G_BEGIN_DECLS

#define BR_TYPE_LIBRARY_PAGE (br_library_page_get_type ())

G_DECLARE_FINAL_TYPE (BrLibraryPage, br_library_page, BR, LIBRARY_PAGE, AdwBin)

GtkWidget  *br_library_page_new      (BrGuide       *guide,
                                      const char    *name);
BrGuide    *br_library_page_get_guide (BrLibraryPage *self);
const char *br_library_page_get_view  (BrLibraryPage *self);

G_END_DECLS
