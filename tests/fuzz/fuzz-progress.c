/* fuzz-progress.c — libFuzzer target for the progress.json loader
 *
 * Whatever the bytes, br_progress_new_from_bytes() must either return a
 * progress or fail with a BR_DOC_ERROR; it must not crash, leak, read out
 * of bounds or log a warning. A progress that loads is read back, written
 * out, and the output must load again to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>

#include "br-progress.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrProgress) progress = NULL;
  g_autoptr(BrProgress) reloaded = NULL;
  g_auto(GStrv) ids = NULL;
  GDate today;

  if (!initialized)
    {
      /* A critical or a warning is a bug too */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  progress = br_progress_new_from_bytes (bytes, &error);
  if (progress == NULL)
    {
      g_assert (error != NULL && error->domain == BR_DOC_ERROR);
      return 0;
    }
  g_assert (error == NULL);

  g_assert (g_date_valid (br_progress_get_start_date (progress)));
  ids = br_progress_dup_item_ids (progress);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_assert (br_progress_get_item_state (progress, ids[i]) <= BR_ITEM_STATE_DONE);
      g_assert (br_progress_get_item_note (progress, ids[i]) != NULL);
    }
  g_assert (br_progress_count_done (progress, (const char * const *) ids) <= g_strv_length (ids));
  today = *br_progress_get_start_date (progress);
  (void) br_progress_get_streak (progress, &today);

  /* What is written reads back, the same */
  saved = br_progress_to_bytes (progress);
  reloaded = br_progress_new_from_bytes (saved, &error);
  g_assert (error == NULL && reloaded != NULL);
  saved_again = br_progress_to_bytes (reloaded);
  g_assert (g_bytes_equal (saved, saved_again));
  return 0;
}
