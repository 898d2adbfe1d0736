/* br-study-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"


G_BEGIN_DECLS

#define BR_TYPE_STUDY_ITEM (br_study_item_get_type ())

G_DECLARE_FINAL_TYPE (BrStudyItem, br_study_item, BR, STUDY_ITEM, BrGuideEntry)

const char *br_study_item_get_block_id (BrStudyItem *self);
const char * const *br_study_item_get_questions (BrStudyItem *self);
const char * const *br_study_item_get_principles (BrStudyItem *self);
const char * const *br_study_item_get_rubric (BrStudyItem *self);

G_END_DECLS
