/* br-review-panel.h — the design review beside the board: the inspector
 * and the findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-canvas.h"
#include "br-inspector.h"
#include "br-review-tracker.h"

G_BEGIN_DECLS

#define BR_TYPE_REVIEW_PANEL (br_review_panel_get_type ())

G_DECLARE_FINAL_TYPE (BrReviewPanel, br_review_panel, BR, REVIEW_PANEL, GtkBox)

BrCanvas        *br_review_panel_get_canvas     (BrReviewPanel   *self);
void             br_review_panel_set_canvas     (BrReviewPanel   *self,
                                                 BrCanvas        *canvas);
BrReviewTracker *br_review_panel_get_tracker    (BrReviewPanel   *self);
void             br_review_panel_set_tracker    (BrReviewPanel   *self,
                                                 BrReviewTracker *tracker);
BrInspector     *br_review_panel_get_inspector  (BrReviewPanel   *self);
GtkListBox      *br_review_panel_get_findings   (BrReviewPanel   *self);
const char * const *br_review_panel_get_row_items (BrReviewPanel *self,
                                                GtkListBoxRow *row);
GtkLabel        *br_review_panel_get_summary    (BrReviewPanel   *self);
gboolean         br_review_panel_get_findings_held (BrReviewPanel *self);
void             br_review_panel_set_findings_held (BrReviewPanel *self,
                                                 gboolean         held);
void             br_review_panel_show_page      (BrReviewPanel   *self,
                                                 const char      *name);

const char      *br_review_severity_icon_name   (BrReviewSeverity severity);
const char      *br_review_severity_label       (BrReviewSeverity severity);

G_END_DECLS
