/* br-inspector.h — the properties of the selected component or arrow, and
 * what the review makes of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-canvas.h"
#include "br-review-tracker.h"

G_BEGIN_DECLS

#define BR_TYPE_INSPECTOR (br_inspector_get_type ())

G_DECLARE_FINAL_TYPE (BrInspector, br_inspector, BR, INSPECTOR, GtkBox)

GtkWidget       *br_inspector_new         (void);
BrCanvas        *br_inspector_get_canvas  (BrInspector     *self);
void             br_inspector_set_canvas  (BrInspector     *self,
                                           BrCanvas        *canvas);
BrReviewTracker *br_inspector_get_tracker (BrInspector     *self);
void             br_inspector_set_tracker (BrInspector     *self,
                                           BrReviewTracker *tracker);
GtkWidget       *br_inspector_get_field_widget (BrInspector      *self,
                                                BrComponentField  field);
const char      *br_inspector_get_field_error  (BrInspector      *self,
                                                BrComponentField  field);

G_END_DECLS
