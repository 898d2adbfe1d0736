/* br-practice-queries.c — what the practice history says: per-dimension
 * averages, the weakest dimension, schedules and due questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-practice-history-private.h"
#include "br-practice-private.h"

/* ---------------------------------------------------------------------- */
/* Averages                                                                */

/**
 * br_practice_history_get_dimension_average:
 * @dimension_id: a rubric dimension's id
 * @last_n: how many of the newest attempts count; 0 for all
 * @out_average: (out) (optional): the average score of the dimension
 * @out_n_scores: (out) (optional): how many scores it averages
 *
 * Returns: %FALSE when none of those attempts scored the dimension
 */
gboolean
br_practice_history_get_dimension_average (BrPracticeHistory *self,
                                           const char        *dimension_id,
                                           guint              last_n,
                                           double            *out_average,
                                           guint             *out_n_scores)
{
  guint n, sum = 0, count = 0;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), FALSE);
  g_return_val_if_fail (dimension_id != NULL, FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->attempts));
  if (last_n > 0)
    n = MIN (n, last_n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (G_LIST_MODEL (self->attempts), i);
      guint score = br_attempt_get_score (attempt, dimension_id);

      if (score > 0)
        {
          sum += score;
          count++;
        }
    }

  if (out_n_scores != NULL)
    *out_n_scores = count;
  if (count == 0)
    return FALSE;
  if (out_average != NULL)
    *out_average = (double) sum / count;
  return TRUE;
}

/**
 * br_practice_history_get_weakest_dimension:
 * @dimension_ids: (array zero-terminated=1): the dimensions to compare, in
 *   the guide's order (the first wins a tie)
 * @last_n: how many of the newest attempts count; 0 for all
 * @out_average: (out) (optional): the weakest dimension's average
 *
 * Returns: (nullable): the element of @dimension_ids with the lowest
 *   average score, or %NULL when none has a score yet
 */
const char *
br_practice_history_get_weakest_dimension (BrPracticeHistory  *self,
                                           const char * const *dimension_ids,
                                           guint               last_n,
                                           double             *out_average)
{
  const char *weakest = NULL;
  double lowest = G_MAXDOUBLE;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  g_return_val_if_fail (dimension_ids != NULL, NULL);

  for (guint i = 0; dimension_ids[i] != NULL; i++)
    {
      double average;

      if (br_practice_history_get_dimension_average (self, dimension_ids[i], last_n, &average, NULL) &&
          average < lowest)
        {
          lowest = average;
          weakest = dimension_ids[i];
        }
    }

  if (weakest != NULL && out_average != NULL)
    *out_average = lowest;
  return weakest;
}

/* ---------------------------------------------------------------------- */
/* Schedules                                                               */

/**
 * br_practice_history_get_schedule:
 * @out_state: (out) (optional): the question's SM-2 state
 * @out_due: (out) (optional): when it is due again
 *
 * Returns: %FALSE when the question has no schedule (no scored attempt)
 */
gboolean
br_practice_history_get_schedule (BrPracticeHistory *self,
                                  const char        *question_id,
                                  BrSm2State        *out_state,
                                  GDate             *out_due)
{
  const BrSchedule *schedule;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  schedule = g_hash_table_lookup (self->schedules, question_id);
  if (schedule == NULL)
    return FALSE;
  if (out_state != NULL)
    *out_state = schedule->state;
  if (out_due != NULL)
    *out_due = schedule->due;
  return TRUE;
}

typedef struct {
  const char *question_id;
  guint due;
} DueEntry;

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const DueEntry *x = a;
  const DueEntry *y = b;

  if (x->due != y->due)
    return x->due < y->due ? -1 : 1;
  return strcmp (x->question_id, y->question_id);
}

/**
 * br_practice_history_get_due_questions:
 * @today: today's date
 *
 * Returns: (transfer full): the ids of the questions due again on @today
 *   or earlier, the most overdue first (then by id)
 */
char **
br_practice_history_get_due_questions (BrPracticeHistory *self,
                                       const GDate       *today)
{
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (DueEntry));
  g_autoptr(GStrvBuilder) builder = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint julian;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  julian = g_date_get_julian (today);
  g_hash_table_iter_init (&iter, self->schedules);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const BrSchedule *schedule = value;
      DueEntry entry = { key, g_date_get_julian (&schedule->due) };

      if (entry.due <= julian)
        g_array_append_val (due, entry);
    }
  g_array_sort (due, compare_due);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < due->len; i++)
    g_strv_builder_add (builder, g_array_index (due, DueEntry, i).question_id);
  return g_strv_builder_end (builder);
}

/**
 * br_practice_history_get_question_status:
 * @today: today's date
 *
 * Returns: whether the question was never practiced, practiced, or is due
 *   again on @today — what the question bank filters on
 */
BrQuestionStatus
br_practice_history_get_question_status (BrPracticeHistory *self,
                                         const char        *question_id,
                                         const GDate       *today)
{
  GDate due;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), BR_QUESTION_STATUS_NEW);
  g_return_val_if_fail (question_id != NULL, BR_QUESTION_STATUS_NEW);
  g_return_val_if_fail (today != NULL && g_date_valid (today), BR_QUESTION_STATUS_NEW);

  if (br_practice_history_get_schedule (self, question_id, NULL, &due))
    return g_date_compare (&due, today) <= 0 ? BR_QUESTION_STATUS_DUE : BR_QUESTION_STATUS_PRACTICED;
  if (br_practice_history_get_last_attempt (self, question_id) != NULL)
    return BR_QUESTION_STATUS_PRACTICED;
  return BR_QUESTION_STATUS_NEW;
}

/* ---------------------------------------------------------------------- */
/* Recordings                                                              */

/**
 * br_practice_history_dup_recording_file:
 *
 * Where the recording of @attempt's round is: beside its board, with the
 * same name and the extension .brrec ("boards/UUID.brrec").
 *
 * Returns: (transfer full) (nullable): the file, or %NULL when the
 *   attempt has no board, hence no recording
 */
GFile *
br_practice_history_dup_recording_file (BrPracticeHistory *self,
                                        BrAttempt         *attempt)
{
  g_autoptr(GFile) board = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;
  g_autofree char *recording = NULL;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), NULL);

  board = br_practice_history_dup_board_file (self, attempt);
  if (board == NULL)
    return NULL;
  name = g_file_get_basename (board);
  if (g_str_has_suffix (name, ".brboard"))
    name[strlen (name) - strlen (".brboard")] = '\0';
  recording = g_strconcat (name, ".brrec", NULL);
  parent = g_file_get_parent (board);
  return g_file_get_child (parent, recording);
}

/**
 * br_practice_history_load_recording:
 * @error: return location for a #GIOError or a #BR_DOC_ERROR;
 *   %G_IO_ERROR_NOT_FOUND when the attempt has no recording (it was saved
 *   before rounds were recorded, or without a board)
 *
 * Reads the recording of @attempt's round.
 *
 * Returns: (transfer full) (nullable): the recording
 */
BrRecording *
br_practice_history_load_recording (BrPracticeHistory  *self,
                                    BrAttempt          *attempt,
                                    GError            **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), NULL);

  file = br_practice_history_dup_recording_file (self, attempt);
  if (file == NULL || !g_file_query_exists (file, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("No recording for this attempt"));
      return NULL;
    }
  return br_recording_load_file (file, error);
}
