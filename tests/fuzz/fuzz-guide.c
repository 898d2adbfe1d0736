/* fuzz-guide.c — libFuzzer target for br_guide_parse()
 *
 * Whatever the bytes, the loader must either return a guide or fail with a
 * BR_DOC_ERROR; it must not crash, leak, read out of bounds or log a
 * warning. A guide that loads is walked once, so that every entry is
 * created and reachable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>

#include "br-guide.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
walk (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrGuideEntry) entry = g_list_model_get_item (model, i);

      g_assert (BR_IS_GUIDE_ENTRY (entry));
      g_assert (br_guide_entry_get_id (entry) != NULL);
      g_assert (br_guide_entry_get_title (entry) != NULL);
      g_assert (br_guide_entry_get_description (entry) != NULL);

      if (BR_IS_BLOCK (entry))
        walk (br_block_get_items (BR_BLOCK (entry)));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrGuide) guide = NULL;

  if (!initialized)
    {
      /* A critical or a warning is a bug too */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  guide = br_guide_parse (bytes, &error);
  if (guide == NULL)
    {
      g_assert (error != NULL && error->domain == BR_DOC_ERROR);
      return 0;
    }

  g_assert (error == NULL);
  walk (br_guide_get_principles (guide));
  walk (br_guide_get_differences (guide));
  walk (br_guide_get_stages (guide));
  walk (br_guide_get_phases (guide));
  walk (br_guide_get_rubric (guide));
  walk (br_guide_get_categories (guide));
  walk (br_guide_get_questions (guide));
  walk (br_guide_get_blocks (guide));
  walk (br_guide_get_resources (guide));
  walk (br_guide_get_tips (guide));
  return 0;
}
