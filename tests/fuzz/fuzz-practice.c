/* fuzz-practice.c — libFuzzer target for the practice.json loader
 *
 * Whatever the bytes, br_practice_history_new_from_bytes() must either
 * return a history or fail with a BR_DOC_ERROR; it must not crash, leak,
 * read out of bounds or log a warning. A history that loads is walked,
 * written out, and the output must load again to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>

#include "br-practice-history.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const dimensions[] = { "rubric/requirements", "rubric/scale", NULL };
  static gboolean initialized;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrPracticeHistory) history = NULL;
  g_autoptr(BrPracticeHistory) reloaded = NULL;
  g_auto(GStrv) due = NULL;
  GListModel *attempts;
  GDate today;

  if (!initialized)
    {
      /* A critical or a warning is a bug too */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  history = br_practice_history_new_from_bytes (bytes, &error);
  if (history == NULL)
    {
      g_assert (error != NULL && error->domain == BR_DOC_ERROR);
      return 0;
    }
  g_assert (error == NULL);

  attempts = br_practice_history_get_attempts (history);
  for (guint i = 0; i < g_list_model_get_n_items (attempts); i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (attempts, i);
      g_autoptr(GFile) board = br_practice_history_dup_board_file (history, attempt);

      g_assert (br_attempt_get_id (attempt) != NULL);
      g_assert (br_attempt_get_started (attempt) != NULL);
      g_assert (board == NULL);  /* no data folder */
      for (guint j = 0; j < br_attempt_get_n_phases (attempt); j++)
        g_assert (br_attempt_get_phase (attempt, j)->phase_id != NULL);
      g_assert (br_attempt_get_n_findings (attempt) <= BR_ATTEMPT_MAX_FINDINGS);
      for (guint j = 0; j < br_attempt_get_n_findings (attempt); j++)
        {
          const BrAttemptFinding *finding = br_attempt_get_finding (attempt, j);

          g_assert (br_attempt_finding_rule_id_is_valid (finding->rule_id));
          g_assert (finding->severity <= BR_REVIEW_ERROR);
          g_assert (finding->message[0] != '\0' && finding->question[0] != '\0');
          g_assert (g_strv_length (finding->items) <= BR_ATTEMPT_MAX_FINDING_ITEMS);
        }
      (void) br_practice_history_get_question_status (history, br_attempt_get_question_id (attempt),
                                                      (g_date_clear (&today, 1),
                                                       g_date_set_dmy (&today, 1, 1, 2024), &today));
    }
  (void) br_practice_history_get_weakest_dimension (history, dimensions, 10, NULL);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, 12, 9999);
  due = br_practice_history_get_due_questions (history, &today);
  g_assert (due != NULL);

  /* What is written reads back, the same */
  saved = br_practice_history_to_bytes (history);
  reloaded = br_practice_history_new_from_bytes (saved, &error);
  g_assert (error == NULL && reloaded != NULL);
  saved_again = br_practice_history_to_bytes (reloaded);
  g_assert (g_bytes_equal (saved, saved_again));
  return 0;
}
