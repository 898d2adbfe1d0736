/* br-progress.h — study progress: plan start, item states, notes, activity (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-doc-error.h"
#include "br-guide.h"
#include "br-store.h"

G_BEGIN_DECLS

#define BR_PROGRESS_FORMAT    "bar-raiser-progress"
#define BR_PROGRESS_VERSION   1
#define BR_PROGRESS_FILE_NAME "progress.json"
/* The largest progress file accepted, in bytes */
#define BR_PROGRESS_MAX_SIZE  (4 * 1024 * 1024)
#define BR_PROGRESS_MAX_ITEMS 10000
#define BR_PROGRESS_MAX_DAYS  40000
/* The years a plan can start in */
#define BR_PROGRESS_MIN_YEAR  2000
#define BR_PROGRESS_MAX_YEAR  2100

/**
 * BrItemState:
 * @BR_ITEM_STATE_NOT_STARTED: not started
 * @BR_ITEM_STATE_IN_PROGRESS: started, not done
 * @BR_ITEM_STATE_DONE: done (checked)
 */
typedef enum {
  BR_ITEM_STATE_NOT_STARTED,
  BR_ITEM_STATE_IN_PROGRESS,
  BR_ITEM_STATE_DONE,
} BrItemState;

#define BR_TYPE_ITEM_STATE (br_item_state_get_type ())
GType br_item_state_get_type (void) G_GNUC_CONST;

#define BR_TYPE_PROGRESS (br_progress_get_type ())

G_DECLARE_FINAL_TYPE (BrProgress, br_progress, BR, PROGRESS, GObject)

BrProgress   *br_progress_new                (const char          *data_dir);
BrProgress   *br_progress_new_from_bytes     (GBytes              *bytes,
                                              GError             **error);
gboolean      br_progress_load               (BrProgress          *self,
                                              GError             **error);
gboolean      br_progress_load_full          (BrProgress          *self,
                                              GDateTime           *now,
                                              GError             **error);
gboolean      br_progress_save               (BrProgress          *self,
                                              GError             **error);
GBytes       *br_progress_to_bytes           (BrProgress          *self);

const char   *br_progress_get_data_dir       (BrProgress          *self);
GFile        *br_progress_get_file           (BrProgress          *self);
gboolean      br_progress_get_read_only      (BrProgress          *self);
const GError *br_progress_get_save_error     (BrProgress          *self);
BrStore      *br_progress_get_store          (BrProgress          *self);

const GDate  *br_progress_get_start_date     (BrProgress          *self);
gboolean      br_progress_check_start_date   (const GDate         *date,
                                              GError             **error);
void          br_progress_set_start_date     (BrProgress          *self,
                                              const GDate         *date);
guint         br_progress_get_current_week   (BrProgress          *self,
                                              GDateTime           *today,
                                              guint                n_weeks);
BrStudyItem  *br_progress_get_next_item      (BrProgress          *self,
                                              BrGuide             *guide,
                                              guint                week);

BrItemState   br_progress_get_item_state     (BrProgress          *self,
                                              const char          *item_id);
void          br_progress_set_item_state     (BrProgress          *self,
                                              const char          *item_id,
                                              BrItemState          state);
const char   *br_progress_get_item_note      (BrProgress          *self,
                                              const char          *item_id);
void          br_progress_set_item_note      (BrProgress          *self,
                                              const char          *item_id,
                                              const char          *note);
char        **br_progress_dup_item_ids       (BrProgress          *self);
guint         br_progress_count_done         (BrProgress          *self,
                                              const char * const  *item_ids);
guint         br_progress_count_done_in_model (BrProgress         *self,
                                              GListModel          *entries);

void          br_progress_mark_active_day    (BrProgress          *self,
                                              const GDate         *day);
void          br_progress_mark_active_today  (BrProgress          *self);
guint         br_progress_get_day_count      (BrProgress          *self,
                                              const GDate         *day);
guint         br_progress_get_streak         (BrProgress          *self,
                                              const GDate         *today);
GArray       *br_progress_get_activity       (BrProgress          *self,
                                              const GDate         *first,
                                              const GDate         *last);

G_END_DECLS
