/* br-phase.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"

#include "br-dimension.h"

G_BEGIN_DECLS

#define BR_TYPE_PHASE (br_phase_get_type ())

G_DECLARE_FINAL_TYPE (BrPhase, br_phase, BR, PHASE, BrGuideEntry)

guint br_phase_get_min_minutes (BrPhase *self);
guint br_phase_get_max_minutes (BrPhase *self);
const char * const *br_phase_get_prompts (BrPhase *self);
BrDimension *br_phase_get_dimension (BrPhase *self);

G_END_DECLS
