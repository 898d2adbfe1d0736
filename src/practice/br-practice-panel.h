/* br-practice-panel.h — the question card beside the board during practice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-practice-session.h"

G_BEGIN_DECLS

#define BR_TYPE_PRACTICE_PANEL (br_practice_panel_get_type ())

G_DECLARE_FINAL_TYPE (BrPracticePanel, br_practice_panel, BR, PRACTICE_PANEL, GtkBox)

GtkWidget         *br_practice_panel_new         (BrPracticeSession *session);
BrPracticeSession *br_practice_panel_get_session (BrPracticePanel   *self);

G_END_DECLS
