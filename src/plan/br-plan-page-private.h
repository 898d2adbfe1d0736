/* br-plan-page-private.h — shared by the files of BrPlanPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-plan-page.h"
#include "br-question-bank.h"

G_BEGIN_DECLS

/* Scores on the dashboard average the newest attempts */
#define BR_PLAN_PAGE_SCORE_WINDOW 5

struct _BrPlanPage
{
  AdwBin parent_instance;

  BrGuide *guide;
  BrProgress *progress;
  GSignalGroup *progress_signals;  /* its "changed" */
  BrPracticeHistory *practice;
  GSignalGroup *practice_signals;  /* its "changed" */
  GPtrArray *practice_rows;  /* rows in practice_group */
  char *next_item_id;        /* what plan.start-next starts */
  GHashTable *block_counts;  /* block id -> GtkLabel "2/4" */
  GHashTable *unbuilt_blocks; /* block row -> BrBlock, until it first opens */
  GHashTable *detail_targets; /* detail view name -> what it was made for */
  GPtrArray *plan_rows;      /* rows in plan_group */
  GPtrArray *library_rows;   /* rows in library_group */
  gboolean filled;           /* the plan and library groups are made */
  gboolean filled_once;      /* they were: a new guide makes them at once */
  guint fill_id;

  AdwLeaflet *leaflet;
  AdwPreferencesGroup *status_group;
  AdwActionRow *week_row;
  GtkMenuButton *start_date_button;
  GtkCalendar *start_calendar;
  GtkLabel *start_message;    /* why a day picked cannot be the start */
  AdwActionRow *overall_row;
  GtkLevelBar *overall_bar;
  AdwActionRow *next_row;
  GtkButton *next_button;
  AdwActionRow *streak_row;
  GtkLabel *title_label;
  GtkLabel *overview_label;
  GtkLabel *contents_label;
  AdwPreferencesGroup *practice_group;
  AdwPreferencesGroup *plan_group;
  AdwPreferencesGroup *library_group;
  GtkLabel *detail_title;
  GtkStack *detail_stack;
  BrQuestionBank *question_bank;
};

/* br-plan-page.c */
void       _br_plan_page_remove_detail          (BrPlanPage    *self,
                                                 const char    *name);

/* br-plan-page-progress.c */
GtkWidget *_br_plan_page_block_row              (BrPlanPage    *self,
                                                 BrBlock       *block);
void       _br_plan_page_sync_progress          (BrPlanPage    *self);
void       _br_plan_page_create_calendar_popover (GtkMenuButton *button,
                                                 gpointer       user_data);
void       _br_plan_page_start_next_activated   (GtkWidget     *widget,
                                                 const char    *action_name,
                                                 GVariant      *parameter);

/* br-plan-page-practice.c */
void       _br_plan_page_sync_practice          (BrPlanPage    *self);
GtkWidget *_br_plan_page_build_practice_group   (BrPlanPage    *self,
                                                 BrQuestion    *question);

G_END_DECLS
