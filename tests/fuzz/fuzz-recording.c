/* fuzz-recording.c — libFuzzer target for the practice recording loader
 *
 * Whatever the bytes, br_recording_parse() must either return a recording
 * whose every step applies or fail with a BR_DOC_ERROR; it must not crash,
 * leak, read out of bounds or log a warning. A recording that loads is
 * replayed (the end and a point in the middle), written out, and the
 * output must load again to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>

#include "br-doc-error.h"
#include "br-recording.h"

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
  g_autoptr(BrRecording) recording = NULL;
  g_autoptr(BrRecording) reloaded = NULL;
  g_autoptr(BrBoard) end = NULL;
  g_autoptr(BrBoard) middle = NULL;
  g_autoptr(GArray) idle = NULL;
  guint n;

  if (!initialized)
    {
      /* A critical or a warning is a bug too */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  recording = br_recording_parse (bytes, &error);
  if (recording == NULL)
    {
      g_assert (error != NULL && error->domain == BR_DOC_ERROR);
      return 0;
    }
  g_assert (error == NULL);

  n = br_recording_get_n_steps (recording);
  end = br_recording_build_board (recording, n);
  middle = br_recording_build_board (recording, n / 2);
  g_assert (end != NULL && middle != NULL);
  g_assert (br_recording_count_steps_at (recording, br_recording_get_duration (recording)) == n);
  idle = br_recording_find_idle (recording, 1);
  g_assert (idle != NULL);

  /* What is written reads back, the same */
  saved = br_recording_to_bytes (recording);
  reloaded = br_recording_parse (saved, &error);
  g_assert (error == NULL && reloaded != NULL);
  saved_again = br_recording_to_bytes (reloaded);
  g_assert (g_bytes_equal (saved, saved_again));
  return 0;
}
