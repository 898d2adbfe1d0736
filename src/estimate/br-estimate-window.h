/* br-estimate-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-estimate-panel.h"
#include "br-reference-view.h"

G_BEGIN_DECLS

#define BR_TYPE_ESTIMATE_WINDOW (br_estimate_window_get_type ())

G_DECLARE_FINAL_TYPE (BrEstimateWindow, br_estimate_window, BR, ESTIMATE_WINDOW, AdwWindow)

BrEstimateWindow *br_estimate_window_new           (GtkApplication   *app,
                                                    BrEstimate       *estimate,
                                                    BrReference      *reference,
                                                    const char       *reference_error);
void              br_estimate_window_show_page     (BrEstimateWindow *self,
                                                    const char       *name);
const char       *br_estimate_window_get_page      (BrEstimateWindow *self);
void              br_estimate_window_add_toast     (BrEstimateWindow *self,
                                                    AdwToast         *toast);
BrEstimatePanel  *br_estimate_window_get_panel     (BrEstimateWindow *self);
BrReferenceView  *br_estimate_window_get_reference (BrEstimateWindow *self);

G_END_DECLS
