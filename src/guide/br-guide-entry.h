/* br-guide-entry.h — what every entry of the guide has
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BR_TYPE_GUIDE_ENTRY (br_guide_entry_get_type ())

G_DECLARE_DERIVABLE_TYPE (BrGuideEntry, br_guide_entry, BR, GUIDE_ENTRY, GObject)

struct _BrGuideEntryClass
{
  GObjectClass parent_class;
};

const char *br_guide_entry_get_id          (BrGuideEntry *self);
const char *br_guide_entry_get_title       (BrGuideEntry *self);
const char *br_guide_entry_get_description (BrGuideEntry *self);

G_END_DECLS
