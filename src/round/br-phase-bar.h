/* br-phase-bar.h — the round's phases as one proportional progress bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "br-round.h"

G_BEGIN_DECLS

#define BR_TYPE_PHASE_BAR (br_phase_bar_get_type ())

G_DECLARE_FINAL_TYPE (BrPhaseBar, br_phase_bar, BR, PHASE_BAR, GtkWidget)

GtkWidget *br_phase_bar_new       (void);
BrRound   *br_phase_bar_get_round (BrPhaseBar *self);
void       br_phase_bar_set_round (BrPhaseBar *self,
                                   BrRound    *round);
void       br_phase_bar_update    (BrPhaseBar *self);
int        br_phase_bar_get_current (BrPhaseBar      *self);
gboolean   br_phase_bar_get_segment (BrPhaseBar      *self,
                                     guint            index,
                                     graphene_rect_t *rect);

G_END_DECLS
