/* br-stage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"


G_BEGIN_DECLS

#define BR_TYPE_STAGE (br_stage_get_type ())

G_DECLARE_FINAL_TYPE (BrStage, br_stage, BR, STAGE, BrGuideEntry)

const char * const *br_stage_get_points (BrStage *self);
guint br_stage_get_min_minutes (BrStage *self);
guint br_stage_get_max_minutes (BrStage *self);

G_END_DECLS
