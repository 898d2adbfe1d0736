/* br-progress-next.c — which study item comes next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-progress"

#include "br-progress-private.h"

/* The first item of @items in progress, if any; on the way, the first
 * one not done goes into @first_open unless it is set already */
static BrStudyItem *
scan_block (BrProgress  *self,
            GListModel  *items,
            BrStudyItem **first_open)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BrStudyItem) item = g_list_model_get_item (items, i);
      BrItemState state = br_progress_get_item_state (self, br_guide_entry_get_id (BR_GUIDE_ENTRY (item)));

      if (state == BR_ITEM_STATE_IN_PROGRESS)
        return item;  /* owned by the guide */
      if (state != BR_ITEM_STATE_DONE && *first_open == NULL)
        *first_open = item;
    }
  return NULL;
}

/**
 * br_progress_get_next_item:
 * @guide: the guide whose study plan the progress follows
 * @week: the plan's current week, from 1 (br_progress_get_current_week())
 *
 * The study item to do next: in the block of @week, the first item in
 * progress, else the first one not done; when that block is all done (or
 * no block covers @week), the first item in progress of the whole plan,
 * else its first one not done.
 *
 * Returns: (transfer none) (nullable): the item, owned by @guide, or
 *   %NULL when every item is done
 */
BrStudyItem *
br_progress_get_next_item (BrProgress *self,
                           BrGuide    *guide,
                           guint       week)
{
  GListModel *blocks;
  BrStudyItem *current_open = NULL;
  BrStudyItem *any_started = NULL;
  BrStudyItem *any_open = NULL;

  g_return_val_if_fail (BR_IS_PROGRESS (self), NULL);
  g_return_val_if_fail (BR_IS_GUIDE (guide), NULL);

  blocks = br_guide_get_blocks (guide);
  for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
    {
      g_autoptr(BrBlock) block = g_list_model_get_item (blocks, b);
      gboolean current = week >= br_block_get_first_week (block) && week <= br_block_get_last_week (block);
      BrStudyItem *started = NULL;

      if (current)
        {
          started = scan_block (self, br_block_get_items (block), &current_open);
          if (started != NULL)
            return started;
          if (current_open != NULL)
            return current_open;
          continue;
        }
      started = scan_block (self, br_block_get_items (block), &any_open);
      if (any_started == NULL)
        any_started = started;
    }
  return any_started != NULL ? any_started : any_open;
}
