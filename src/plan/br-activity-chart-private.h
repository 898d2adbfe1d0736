/* br-activity-chart-private.h — shared by the files of BrActivityChart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-activity-chart.h"

G_BEGIN_DECLS

#define BR_ACTIVITY_CHART_N_DAYS (BR_ACTIVITY_CHART_N_WEEKS * 7)

struct _BrActivityChart
{
  GtkWidget parent_instance;

  BrProgress *progress;
  gulong changed_id;
  GDate fixed_today;            /* invalid: follow the clock */
  GDateWeekday first_weekday;   /* G_DATE_BAD_WEEKDAY: the locale's */
  guint midnight_id;

  /* What is shown, refreshed when the progress or the day changes. The
   * grid has a column per week and a row per weekday; its first cell is
   * @first, its last @today (later days of this week are left blank). */
  GDate today;
  GDate first;
  guint n_days;
  guint counts[BR_ACTIVITY_CHART_N_DAYS];
  guint streak;
  char *summary;

  /* Text, built when what it says changes; the layouts share the
   * widget's Pango context and follow its font */
  guint context_serial;
  PangoLayout *weekday_layouts[7];  /* by GDateWeekday - 1 */
  PangoLayout *month_layouts[BR_ACTIVITY_CHART_N_WEEKS];  /* by column; NULL where no month starts */
  GDateMonth month_of[BR_ACTIVITY_CHART_N_WEEKS];        /* the month each of those names */
  PangoLayout *less_layout;
  PangoLayout *more_layout;
};

GDateWeekday _br_activity_chart_effective_first_weekday (BrActivityChart *self);

/* br-activity-chart-draw.c */
void         _br_activity_chart_measure        (GtkWidget      *widget,
                                                GtkOrientation  orientation,
                                                int             for_size,
                                                int            *minimum,
                                                int            *natural,
                                                int            *minimum_baseline,
                                                int            *natural_baseline);
void         _br_activity_chart_snapshot       (GtkWidget      *widget,
                                                GtkSnapshot    *snapshot);
gboolean     _br_activity_chart_query_tooltip  (GtkWidget      *widget,
                                                int             x,
                                                int             y,
                                                gboolean        keyboard_mode,
                                                GtkTooltip     *tooltip);

G_END_DECLS
