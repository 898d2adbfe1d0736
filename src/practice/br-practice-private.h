/* br-practice-private.h — what the practice model's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "br-attempt.h"
#include "br-json-reader.h"
#include "br-practice-history.h"
#include "br-sm2.h"

G_BEGIN_DECLS

/* One question's spaced-review schedule */
typedef struct {
  BrSm2State state;
  GDate due;
} BrSchedule;

/* The content of a practice file */
typedef struct {
  GPtrArray *attempts;     /* of BrAttempt, in file order */
  GHashTable *schedules;   /* question id -> BrSchedule */
} BrPracticeData;

void      br_practice_data_init    (BrPracticeData       *data);
void      br_practice_data_clear   (BrPracticeData       *data);
gboolean  br_practice_data_parse   (BrPracticeData       *data,
                                    GBytes               *bytes,
                                    GError              **error);
JsonNode *br_practice_data_to_node (GListModel           *attempts,
                                    GHashTable           *schedules);

/* For the parser: an attempt with a known id, in UTC, with nothing else */
BrAttempt *br_attempt_new_with_id  (const char           *id,
                                    const char           *question_id,
                                    GDateTime            *started,
                                    guint                 length);
GHashTable *br_attempt_get_scores  (BrAttempt            *self);

/* An attempt's findings in the file (br-attempt-finding.c) */
gboolean  br_attempt_read_findings (BrJsonReader         *reader,
                                    JsonObject           *object,
                                    gint64                version,
                                    BrAttempt            *attempt,
                                    GError              **error);
void      br_attempt_add_findings_member (JsonBuilder    *builder,
                                    BrAttempt            *attempt);

G_END_DECLS
