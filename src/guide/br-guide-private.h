/* br-guide-private.h — shared by br-guide.c and its parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-guide.h"

G_BEGIN_DECLS

struct _BrGuide
{
  GObject parent_instance;

  GFile *file;
  char *title;
  char *overview;
  guint n_weeks;

  GListStore *principles;
  GListStore *differences;
  GListStore *stages;
  GListStore *phases;
  GListStore *rubric;
  GListStore *categories;
  GListStore *questions;
  GListStore *blocks;
  GListStore *resources;
  GListStore *tips;

  GHashTable *by_id;   /* id -> BrGuideEntry, borrowed from the stores */
};

void _br_guide_add (BrGuide      *self,
                    GListStore   *store,
                    BrGuideEntry *entry);

G_END_DECLS
