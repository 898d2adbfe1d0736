/* br-round-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-round"

#include "br-round-record.h"

G_DEFINE_BOXED_TYPE (BrRoundRecord, br_round_record,
                     br_round_record_copy, br_round_record_free)

static void
phase_clear (gpointer data)
{
  BrRoundRecordPhase *phase = data;

  g_clear_pointer (&phase->phase_id, g_free);
}

/**
 * br_round_record_new:
 *
 * Creates an empty record: no start time, no phases. The phases array
 * frees the ids of its elements when they are removed.
 *
 * Returns: (transfer full): a new record
 */
BrRoundRecord *
br_round_record_new (void)
{
  BrRoundRecord *self = g_new0 (BrRoundRecord, 1);

  self->phases = g_array_new (FALSE, TRUE, sizeof (BrRoundRecordPhase));
  g_array_set_clear_func (self->phases, phase_clear);
  return self;
}

/**
 * br_round_record_copy:
 * @self: a #BrRoundRecord
 *
 * Returns: (transfer full): a deep copy of @self
 */
BrRoundRecord *
br_round_record_copy (const BrRoundRecord *self)
{
  BrRoundRecord *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = br_round_record_new ();
  copy->started = self->started ? g_date_time_ref (self->started) : NULL;
  copy->length = self->length;
  copy->overtime = self->overtime;
  copy->completed = self->completed;

  if (self->phases != NULL)
    {
      g_array_set_size (copy->phases, self->phases->len);
      for (guint i = 0; i < self->phases->len; i++)
        {
          const BrRoundRecordPhase *from = &g_array_index (self->phases, BrRoundRecordPhase, i);
          BrRoundRecordPhase *to = &g_array_index (copy->phases, BrRoundRecordPhase, i);

          to->phase_id = g_strdup (from->phase_id);
          to->budget = from->budget;
          to->actual = from->actual;
        }
    }

  return copy;
}

/**
 * br_round_record_free:
 * @self: (nullable): a #BrRoundRecord
 *
 * Frees @self, its phases and their ids.
 */
void
br_round_record_free (BrRoundRecord *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->phases, g_array_unref);
  g_free (self);
}
