/* br-practice-history.h — practice attempts and spaced-review schedules (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-attempt.h"
#include "br-doc-error.h"
#include "br-recording.h"
#include "br-sm2.h"
#include "br-store.h"

G_BEGIN_DECLS

#define BR_PRACTICE_FORMAT        "bar-raiser-practice"
#define BR_PRACTICE_VERSION       2
#define BR_PRACTICE_FILE_NAME     "practice.json"
/* The largest practice file accepted, in bytes */
#define BR_PRACTICE_MAX_SIZE      (16 * 1024 * 1024)
#define BR_PRACTICE_MAX_ATTEMPTS  20000
#define BR_PRACTICE_MAX_SCHEDULES 10000

/**
 * BrQuestionStatus:
 * @BR_QUESTION_STATUS_NEW: never practiced
 * @BR_QUESTION_STATUS_PRACTICED: practiced, not due for review yet
 * @BR_QUESTION_STATUS_DUE: due for review again (today or earlier)
 */
typedef enum {
  BR_QUESTION_STATUS_NEW,
  BR_QUESTION_STATUS_PRACTICED,
  BR_QUESTION_STATUS_DUE,
} BrQuestionStatus;

#define BR_TYPE_QUESTION_STATUS (br_question_status_get_type ())
GType br_question_status_get_type (void) G_GNUC_CONST;

#define BR_TYPE_PRACTICE_HISTORY (br_practice_history_get_type ())

G_DECLARE_FINAL_TYPE (BrPracticeHistory, br_practice_history, BR, PRACTICE_HISTORY, GObject)

BrPracticeHistory *br_practice_history_new            (const char         *data_dir);
BrPracticeHistory *br_practice_history_new_from_bytes (GBytes             *bytes,
                                                       GError            **error);
gboolean      br_practice_history_load                (BrPracticeHistory  *self,
                                                       GError            **error);
gboolean      br_practice_history_load_full           (BrPracticeHistory  *self,
                                                       GDateTime          *now,
                                                       GError            **error);
gboolean      br_practice_history_save                (BrPracticeHistory  *self,
                                                       GError            **error);
GBytes       *br_practice_history_to_bytes            (BrPracticeHistory  *self);

const char   *br_practice_history_get_data_dir        (BrPracticeHistory  *self);
GFile        *br_practice_history_get_file            (BrPracticeHistory  *self);
gboolean      br_practice_history_get_read_only       (BrPracticeHistory  *self);
const GError *br_practice_history_get_save_error      (BrPracticeHistory  *self);
BrStore      *br_practice_history_get_store          (BrPracticeHistory  *self);

GListModel   *br_practice_history_get_attempts        (BrPracticeHistory  *self);
void          br_practice_history_add_attempt         (BrPracticeHistory  *self,
                                                       BrAttempt          *attempt);
gboolean      br_practice_history_try_add_attempt     (BrPracticeHistory  *self,
                                                       BrAttempt          *attempt,
                                                       GError            **error);
gboolean      br_practice_history_remove_attempt      (BrPracticeHistory  *self,
                                                       BrAttempt          *attempt);
BrAttempt    *br_practice_history_lookup_attempt      (BrPracticeHistory  *self,
                                                       const char         *attempt_id);
GListModel   *br_practice_history_dup_attempts_for_question (BrPracticeHistory *self,
                                                       const char         *question_id);
BrAttempt    *br_practice_history_get_last_attempt    (BrPracticeHistory  *self,
                                                       const char         *question_id);
GFile        *br_practice_history_dup_board_file      (BrPracticeHistory  *self,
                                                       BrAttempt          *attempt);
GFile        *br_practice_history_dup_recording_file  (BrPracticeHistory  *self,
                                                       BrAttempt          *attempt);
BrRecording  *br_practice_history_load_recording      (BrPracticeHistory  *self,
                                                       BrAttempt          *attempt,
                                                       GError            **error);

gboolean      br_practice_history_get_dimension_average (BrPracticeHistory *self,
                                                       const char         *dimension_id,
                                                       guint               last_n,
                                                       double             *out_average,
                                                       guint              *out_n_scores);
const char   *br_practice_history_get_weakest_dimension (BrPracticeHistory *self,
                                                       const char * const *dimension_ids,
                                                       guint               last_n,
                                                       double             *out_average);

gboolean      br_practice_history_get_schedule        (BrPracticeHistory  *self,
                                                       const char         *question_id,
                                                       BrSm2State         *out_state,
                                                       GDate              *out_due);
char        **br_practice_history_get_due_questions   (BrPracticeHistory  *self,
                                                       const GDate        *today);
BrQuestionStatus br_practice_history_get_question_status (BrPracticeHistory *self,
                                                       const char         *question_id,
                                                       const GDate        *today);

G_END_DECLS
