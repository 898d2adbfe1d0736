/* br-estimate-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-estimate.h"

G_BEGIN_DECLS

#define BR_TYPE_ESTIMATE_PANEL (br_estimate_panel_get_type ())

G_DECLARE_FINAL_TYPE (BrEstimatePanel, br_estimate_panel, BR, ESTIMATE_PANEL, AdwBin)

BrEstimatePanel *br_estimate_panel_new          (void);
BrEstimate      *br_estimate_panel_get_estimate (BrEstimatePanel *self);
void             br_estimate_panel_set_estimate (BrEstimatePanel *self,
                                                 BrEstimate      *estimate);
GtkEditable     *br_estimate_panel_get_entry    (BrEstimatePanel *self,
                                                 BrEstimateInput  input);
const char      *br_estimate_panel_get_figure   (BrEstimatePanel *self,
                                                 BrEstimateOutput output);
const char      *br_estimate_panel_get_working  (BrEstimatePanel *self,
                                                 BrEstimateOutput output);
const char      *br_estimate_panel_get_source   (BrEstimatePanel *self);
void             br_estimate_panel_focus_first  (BrEstimatePanel *self);
gboolean         br_estimate_panel_get_linked   (BrEstimatePanel *self);
void             br_estimate_panel_set_linked   (BrEstimatePanel *self,
                                                 gboolean         linked);

G_END_DECLS
