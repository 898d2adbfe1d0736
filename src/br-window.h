/* br-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-application.h"
#include "br-review-dialog.h"

G_BEGIN_DECLS

#define BR_TYPE_WINDOW (br_window_get_type ())

G_DECLARE_FINAL_TYPE (BrWindow, br_window, BR, WINDOW, AdwApplicationWindow)

BrWindow   *br_window_new              (BrApplication *app);
const char *br_window_get_visible_page (BrWindow   *self);
void        br_window_add_toast        (BrWindow   *self,
                                        AdwToast   *toast);
void        br_window_start_practice   (BrWindow   *self,
                                        BrQuestion *question,
                                        guint       length);
BrReviewDialog *br_window_present_review (BrWindow *self);
BrBoard    *br_window_get_board        (BrWindow   *self);
char       *br_window_place_estimate   (BrWindow   *self,
                                        BrEstimate *estimate);

G_END_DECLS
