/* br-preference.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BR_TYPE_PREFERENCE (br_preference_get_type ())

G_DECLARE_FINAL_TYPE (BrPreference, br_preference, BR, PREFERENCE, GObject)

const char *br_preference_get_prefer  (BrPreference *self);
const char *br_preference_get_over    (BrPreference *self);
const char *br_preference_get_summary (BrPreference *self);

G_END_DECLS
