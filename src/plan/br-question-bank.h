/* br-question-bank.h — the searchable list of practice questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-guide.h"
#include "br-practice-history.h"

G_BEGIN_DECLS

#define BR_TYPE_QUESTION_BANK (br_question_bank_get_type ())

G_DECLARE_FINAL_TYPE (BrQuestionBank, br_question_bank, BR, QUESTION_BANK, AdwBin)

BrGuide    *br_question_bank_get_guide       (BrQuestionBank *self);
void        br_question_bank_set_guide       (BrQuestionBank *self,
                                              BrGuide        *guide);
void        br_question_bank_set_search      (BrQuestionBank *self,
                                              const char     *text);
void        br_question_bank_set_category    (BrQuestionBank *self,
                                              const char     *category_id);
void        br_question_bank_set_practice    (BrQuestionBank *self,
                                              BrPracticeHistory *practice);
void        br_question_bank_set_status      (BrQuestionBank *self,
                                              int             status);
guint       br_question_bank_get_n_shown     (BrQuestionBank *self);
void        br_question_bank_focus_search    (BrQuestionBank *self);

G_END_DECLS
