/* br-activity-chart.h — the days studied over the last weeks, as a heat-map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "br-progress.h"

G_BEGIN_DECLS

/* The weeks the chart shows, the current one included */
#define BR_ACTIVITY_CHART_N_WEEKS  12
/* The shades of a cell: none, 1, 2-3, 4 or more things done that day */
#define BR_ACTIVITY_CHART_N_LEVELS 4

#define BR_TYPE_ACTIVITY_CHART (br_activity_chart_get_type ())

G_DECLARE_FINAL_TYPE (BrActivityChart, br_activity_chart, BR, ACTIVITY_CHART, GtkWidget)

GtkWidget    *br_activity_chart_new               (void);
BrProgress   *br_activity_chart_get_progress      (BrActivityChart *self);
void          br_activity_chart_set_progress      (BrActivityChart *self,
                                                   BrProgress      *progress);
const GDate  *br_activity_chart_get_today         (BrActivityChart *self);
void          br_activity_chart_set_today         (BrActivityChart *self,
                                                   const GDate     *today);
GDateWeekday  br_activity_chart_get_first_weekday (BrActivityChart *self);
void          br_activity_chart_set_first_weekday (BrActivityChart *self,
                                                   GDateWeekday     weekday);
const char   *br_activity_chart_get_summary       (BrActivityChart *self);

gboolean      br_activity_chart_get_day_at        (BrActivityChart *self,
                                                   double           x,
                                                   double           y,
                                                   GDate           *day);
gboolean      br_activity_chart_get_day_rect      (BrActivityChart *self,
                                                   const GDate     *day,
                                                   graphene_rect_t *rect);
char         *br_activity_chart_dup_day_text      (BrActivityChart *self,
                                                   const GDate     *day);
gboolean      br_activity_chart_get_month_rect    (BrActivityChart *self,
                                                   GDateMonth       month,
                                                   graphene_rect_t *rect);

guint         br_activity_chart_level_for_count   (guint            count);

G_END_DECLS
