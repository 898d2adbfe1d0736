/* br-question.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"

#include "br-category.h"
#include "br-data-entity.h"

G_BEGIN_DECLS

#define BR_TYPE_QUESTION (br_question_get_type ())

G_DECLARE_FINAL_TYPE (BrQuestion, br_question, BR, QUESTION, BrGuideEntry)

guint br_question_get_number (BrQuestion *self);
BrCategory *br_question_get_category (BrQuestion *self);
const char * const *br_question_get_clarifying (BrQuestion *self);
const char * const *br_question_get_scale (BrQuestion *self);
const char * const *br_question_get_components (BrQuestion *self);
const char * const *br_question_get_deep_dives (BrQuestion *self);
const char * const *br_question_get_api (BrQuestion *self);
GListModel *br_question_get_data_model (BrQuestion *self);
const char * const *br_question_get_estimate_inputs (BrQuestion *self);
const char * const *br_question_get_estimate_figures (BrQuestion *self);

G_END_DECLS
