/* br-practice-history-private.h — shared by the files of BrPracticeHistory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-practice-history.h"
#include "br-store.h"

G_BEGIN_DECLS

struct _BrPracticeHistory
{
  GObject parent_instance;

  char *data_dir;
  BrStore *store;
  GListStore *attempts;      /* of BrAttempt, newest first */
  GHashTable *schedules;     /* question id -> BrSchedule */
};

G_END_DECLS
