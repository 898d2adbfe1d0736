/* br-progress-private.h — what br-progress.c and br-progress-file.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-progress.h"

G_BEGIN_DECLS

typedef struct {
  BrItemState state;
  char *note;            /* never NULL */
} BrProgressItem;

/* The content of a progress file */
typedef struct {
  GDate start_date;      /* invalid until set */
  GHashTable *items;     /* item id -> BrProgressItem */
  GHashTable *activity;  /* GUINT_TO_POINTER (julian day) -> GUINT_TO_POINTER (count) */
} BrProgressData;

void      br_progress_data_init   (BrProgressData       *data);
void      br_progress_data_clear  (BrProgressData       *data);
gboolean  br_progress_data_parse  (BrProgressData       *data,
                                   GBytes               *bytes,
                                   GError              **error);
JsonNode *br_progress_data_to_node (const BrProgressData *data);

BrProgressItem *br_progress_item_new  (void);
void            br_progress_item_free (gpointer item);

struct _BrProgress
{
  GObject parent_instance;

  char *data_dir;
  BrStore *store;          /* NULL for a progress read from bytes */
  BrProgressData data;
};

void            _br_progress_changed  (BrProgress *self);
void            _br_progress_set_today (GDate     *date,
                                        GDateTime *now);

G_END_DECLS
