/* br-round-record.h — what a finished round leaves behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct {
  char *phase_id;      /* the guide's id, "phases/clarify" */
  guint budget;        /* minutes */
  gint64 actual;       /* microseconds spent in the phase */
} BrRoundRecordPhase;

/**
 * BrRoundRecord:
 * @started: wall-clock time the round started (local time zone)
 * @length: the round's length in minutes when it ended (the sum of budgets)
 * @phases: (element-type BrRoundRecordPhase): one entry per phase, in order
 * @overtime: microseconds the round ran past its length (0 if it did not)
 * @completed: %TRUE if the candidate moved past the last phase, %FALSE if
 *   the round was stopped early
 *
 * The record the practice history stores.
 */
typedef struct {
  GDateTime *started;
  guint length;
  GArray *phases;
  gint64 overtime;
  gboolean completed;
} BrRoundRecord;

#define BR_TYPE_ROUND_RECORD (br_round_record_get_type ())

GType          br_round_record_get_type (void) G_GNUC_CONST;
BrRoundRecord *br_round_record_new      (void);
BrRoundRecord *br_round_record_copy     (const BrRoundRecord *self);
void           br_round_record_free     (BrRoundRecord       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrRoundRecord, br_round_record_free)

G_END_DECLS
