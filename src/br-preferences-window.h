/* br-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-application.h"

G_BEGIN_DECLS

#define BR_TYPE_PREFERENCES_WINDOW (br_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (BrPreferencesWindow, br_preferences_window, BR, PREFERENCES_WINDOW, AdwPreferencesWindow)

BrPreferencesWindow *br_preferences_window_new (BrApplication *app);

G_END_DECLS
