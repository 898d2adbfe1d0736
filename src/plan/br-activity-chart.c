/* br-activity-chart.c — the days studied over the last weeks, as a heat-map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>
#if defined(__GLIBC__)
#include <langinfo.h>
#endif

#include "br-activity-chart-private.h"

/**
 * BrActivityChart:
 *
 * A heat-map of the last twelve weeks of study, in the manner of a
 * contribution graph: a column per week, a row per weekday (the locale's
 * first day of the week on top), each day shaded by how many things were
 * done on it, today outlined. Month names sit above the columns where a
 * month begins (the current month's always shows, kept inside the chart
 * when it begins in the last column), weekday initials beside the rows,
 * and a legend below.
 *
 * It shows a #BrProgress and follows its changes, redrawing only when
 * what it shows changed. Each day has a tooltip; a screen reader hears
 * an image with a summary ("Studied on 9 of the last 80 days; 3 days in a
 * row"), which #BrActivityChart:summary also holds. The drawing lives in
 * br-activity-chart-draw.c.
 */

G_DEFINE_FINAL_TYPE (BrActivityChart, br_activity_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROGRESS,
  PROP_TODAY,
  PROP_FIRST_WEEKDAY,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Translators: the initials beside the rows of the study activity chart */
static const char * const weekday_initials[7][2] = {
  { "Monday initial", NC_("Monday initial", "M") },
  { "Tuesday initial", NC_("Tuesday initial", "T") },
  { "Wednesday initial", NC_("Wednesday initial", "W") },
  { "Thursday initial", NC_("Thursday initial", "T") },
  { "Friday initial", NC_("Friday initial", "F") },
  { "Saturday initial", NC_("Saturday initial", "S") },
  { "Sunday initial", NC_("Sunday initial", "S") },
};

/**
 * br_activity_chart_level_for_count:
 * @count: the number of things done on a day
 *
 * Returns: the shade of the day's cell: 0 for nothing, 1 for one thing,
 *   2 for two or three, 3 for four or more
 */
guint
br_activity_chart_level_for_count (guint count)
{
  if (count == 0)
    return 0;
  if (count == 1)
    return 1;
  if (count <= 3)
    return 2;
  return BR_ACTIVITY_CHART_N_LEVELS - 1;
}

/* The first day of the week where the user lives: glibc knows it, other
 * C libraries get Monday, the ISO 8601 choice */
static GDateWeekday
locale_first_weekday (void)
{
#if defined(__GLIBC__)
  union { unsigned int word; char *string; } langinfo;
  int week_1stday, first_weekday, start;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (langinfo.word == 19971130)       /* a Sunday */
    week_1stday = 0;
  else if (langinfo.word == 19971201)  /* a Monday */
    week_1stday = 1;
  else
    return G_DATE_MONDAY;

  /* 0 is Sunday, 6 Saturday */
  start = ((week_1stday + first_weekday - 1) % 7 + 7) % 7;
  return start == 0 ? G_DATE_SUNDAY : (GDateWeekday) start;
#else
  return G_DATE_MONDAY;
#endif
}

GDateWeekday
_br_activity_chart_effective_first_weekday (BrActivityChart *self)
{
  static GDateWeekday from_locale = G_DATE_BAD_WEEKDAY;

  if (self->first_weekday != G_DATE_BAD_WEEKDAY)
    return self->first_weekday;
  if (from_locale == G_DATE_BAD_WEEKDAY)
    from_locale = locale_first_weekday ();
  return from_locale;
}

static void
get_today (BrActivityChart *self,
           GDate           *today)
{
  if (g_date_valid (&self->fixed_today))
    {
      *today = self->fixed_today;
      return;
    }
  br_store_local_date (NULL, today);
}

static GDateTime *
date_time_for_day (const GDate *day)
{
  return g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day), 0, 0, 0);
}

static void
set_month_layout (BrActivityChart *self,
                  guint            col,
                  const GDate     *day)
{
  g_autoptr(GDateTime) dt = date_time_for_day (day);
  g_autofree char *name = g_date_time_format (dt, "%b");

  self->month_layouts[col] = pango_layout_new (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  pango_layout_set_text (self->month_layouts[col], name ? name : "", -1);
  self->month_of[col] = g_date_get_month (day);
}

/* A month's name above each column whose first day is in a new month; and
 * the current month's above the last column when it begins in the middle
 * of this week, so that the month of today always has its name */
static void
update_month_layouts (BrActivityChart *self)
{
  GDateMonth previous = G_DATE_BAD_MONTH;
  GDate day = self->first;

  for (guint col = 0; col < BR_ACTIVITY_CHART_N_WEEKS; col++)
    {
      GDateMonth month = g_date_get_month (&day);

      g_clear_object (&self->month_layouts[col]);
      self->month_of[col] = G_DATE_BAD_MONTH;
      if (month != previous)
        {
          set_month_layout (self, col, &day);
          previous = month;
        }
      if (col + 1 < BR_ACTIVITY_CHART_N_WEEKS)
        g_date_add_days (&day, 7);
    }

  /* @day is the last column's first day */
  if (g_date_valid (&self->today) && g_date_get_month (&self->today) != previous)
    {
      g_clear_object (&self->month_layouts[BR_ACTIVITY_CHART_N_WEEKS - 1]);
      set_month_layout (self, BR_ACTIVITY_CHART_N_WEEKS - 1, &self->today);
    }
}

static void
update_summary (BrActivityChart *self)
{
  g_autofree char *studied = NULL;
  g_autofree char *streak = NULL;
  guint n_active = 0;

  for (guint i = 0; i < self->n_days; i++)
    if (self->counts[i] > 0)
      n_active++;

  /* Translators: the first half of the study activity chart's summary,
   * as in "Studied on 9 of the last 80 days" */
  studied = g_strdup_printf (ngettext ("Studied on %u of the last %u day",
                                       "Studied on %u of the last %u days", self->n_days),
                             n_active, self->n_days);
  if (self->streak == 0)
    streak = g_strdup (_("no study streak yet"));
  else
    streak = g_strdup_printf (ngettext ("%u day in a row", "%u days in a row", self->streak), self->streak);

  g_free (self->summary);
  /* Translators: the study activity chart's summary, as in
   * "Studied on 9 of the last 80 days; 3 days in a row" */
  self->summary = g_strdup_printf (_("%s; %s"), studied, streak);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/* Reads the shown days from the progress; redraws only if something changed */
static void
refresh (BrActivityChart *self)
{
  guint counts[BR_ACTIVITY_CHART_N_DAYS] = { 0 };
  GDate today, first;
  guint row, n_days, streak = 0;
  gboolean new_first, new_month;

  get_today (self, &today);
  row = (g_date_get_weekday (&today) - _br_activity_chart_effective_first_weekday (self) + 7) % 7;
  first = today;
  g_date_subtract_days (&first, row + 7 * (BR_ACTIVITY_CHART_N_WEEKS - 1));
  n_days = row + 1 + 7 * (BR_ACTIVITY_CHART_N_WEEKS - 1);

  if (self->progress != NULL)
    {
      g_autoptr(GArray) activity = br_progress_get_activity (self->progress, &first, &today);

      memcpy (counts, activity->data, MIN (activity->len, n_days) * sizeof (guint));
      streak = br_progress_get_streak (self->progress, &today);
    }

  new_first = !g_date_valid (&self->first) || g_date_compare (&first, &self->first) != 0;
  /* A month may begin in the middle of the last week */
  new_month = !g_date_valid (&self->today) || g_date_get_month (&today) != g_date_get_month (&self->today);
  if (!new_first && !new_month && n_days == self->n_days && streak == self->streak && self->summary != NULL &&
      memcmp (counts, self->counts, sizeof counts) == 0)
    return;

  self->today = today;
  self->first = first;
  self->n_days = n_days;
  self->streak = streak;
  memcpy (self->counts, counts, sizeof counts);
  if (new_first || new_month)
    {
      update_month_layouts (self);
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Following the clock: the chart moves on at midnight while it is shown */
static gboolean
midnight_cb (gpointer user_data);

static void
schedule_midnight (BrActivityChart *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  GTimeSpan wait;

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (g_date_valid (&self->fixed_today) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  now = g_date_time_new_now_local ();
  midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                    g_date_time_get_day_of_month (now), 0, 0, 0);
  tomorrow = g_date_time_add_days (midnight, 1);
  wait = g_date_time_difference (tomorrow, now);
  self->midnight_id = g_timeout_add_seconds (MAX (wait / G_USEC_PER_SEC, 0) + 1, midnight_cb, self);
}

static gboolean
midnight_cb (gpointer user_data)
{
  BrActivityChart *self = user_data;

  self->midnight_id = 0;
  refresh (self);
  schedule_midnight (self);
  return G_SOURCE_REMOVE;
}

static void
br_activity_chart_map (GtkWidget *widget)
{
  BrActivityChart *self = BR_ACTIVITY_CHART (widget);

  GTK_WIDGET_CLASS (br_activity_chart_parent_class)->map (widget);
  refresh (self);  /* the day may have changed while hidden */
  schedule_midnight (self);
}

static void
br_activity_chart_unmap (GtkWidget *widget)
{
  BrActivityChart *self = BR_ACTIVITY_CHART (widget);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  GTK_WIDGET_CLASS (br_activity_chart_parent_class)->unmap (widget);
}

static void
br_activity_chart_dispose (GObject *object)
{
  BrActivityChart *self = BR_ACTIVITY_CHART (object);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (self->progress != NULL)
    g_clear_signal_handler (&self->changed_id, self->progress);
  g_clear_object (&self->progress);
  for (guint i = 0; i < G_N_ELEMENTS (self->weekday_layouts); i++)
    g_clear_object (&self->weekday_layouts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->month_layouts); i++)
    g_clear_object (&self->month_layouts[i]);
  g_clear_object (&self->less_layout);
  g_clear_object (&self->more_layout);

  G_OBJECT_CLASS (br_activity_chart_parent_class)->dispose (object);
}

static void
br_activity_chart_finalize (GObject *object)
{
  BrActivityChart *self = BR_ACTIVITY_CHART (object);

  g_free (self->summary);

  G_OBJECT_CLASS (br_activity_chart_parent_class)->finalize (object);
}

static void
br_activity_chart_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BrActivityChart *self = BR_ACTIVITY_CHART (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;
    case PROP_TODAY:
      g_value_set_boxed (value, br_activity_chart_get_today (self));
      break;
    case PROP_FIRST_WEEKDAY:
      g_value_set_uint (value, self->first_weekday);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_activity_chart_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BrActivityChart *self = BR_ACTIVITY_CHART (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      br_activity_chart_set_progress (self, g_value_get_object (value));
      break;
    case PROP_TODAY:
      br_activity_chart_set_today (self, g_value_get_boxed (value));
      break;
    case PROP_FIRST_WEEKDAY:
      br_activity_chart_set_first_weekday (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_activity_chart_class_init (BrActivityChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_activity_chart_dispose;
  object_class->finalize = br_activity_chart_finalize;
  object_class->get_property = br_activity_chart_get_property;
  object_class->set_property = br_activity_chart_set_property;

  widget_class->map = br_activity_chart_map;
  widget_class->unmap = br_activity_chart_unmap;
  widget_class->measure = _br_activity_chart_measure;
  widget_class->snapshot = _br_activity_chart_snapshot;
  widget_class->query_tooltip = _br_activity_chart_query_tooltip;

  /**
   * BrActivityChart:progress:
   *
   * The progress whose study days are shown.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_object ("progress", NULL, NULL, BR_TYPE_PROGRESS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrActivityChart:today: (type GLib.Date)
   *
   * The last day shown, or %NULL (the default) for today by the clock,
   * moving on at midnight.
   */
  properties[PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrActivityChart:first-weekday:
   *
   * The weekday of the top row, a #GDateWeekday; %G_DATE_BAD_WEEKDAY (the
   * default) for the locale's first day of the week.
   */
  properties[PROP_FIRST_WEEKDAY] =
    g_param_spec_uint ("first-weekday", NULL, NULL, G_DATE_BAD_WEEKDAY, G_DATE_SUNDAY, G_DATE_BAD_WEEKDAY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrActivityChart:summary:
   *
   * What the chart shows in a sentence, as a screen reader hears it.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "activitychart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
br_activity_chart_init (BrActivityChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  g_autofree char *label = NULL;

  g_date_clear (&self->fixed_today, 1);
  g_date_clear (&self->today, 1);
  g_date_clear (&self->first, 1);
  self->first_weekday = G_DATE_BAD_WEEKDAY;

  for (guint i = 0; i < G_N_ELEMENTS (weekday_initials); i++)
    {
      self->weekday_layouts[i] = pango_layout_new (context);
      pango_layout_set_text (self->weekday_layouts[i],
                             g_dpgettext2 (NULL, weekday_initials[i][0], weekday_initials[i][1]), -1);
    }
  self->less_layout = pango_layout_new (context);
  /* Translators: the two ends of the study activity chart's legend,
   * "Less ▢▢▢▢ More" */
  pango_layout_set_text (self->less_layout, _("Less"), -1);
  self->more_layout = pango_layout_new (context);
  pango_layout_set_text (self->more_layout, _("More"), -1);

  gtk_widget_add_css_class (widget, "caption");
  gtk_widget_set_has_tooltip (widget, TRUE);
  label = g_strdup_printf (ngettext ("Study activity over the last %u week",
                                     "Study activity over the last %u weeks", BR_ACTIVITY_CHART_N_WEEKS),
                           BR_ACTIVITY_CHART_N_WEEKS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  refresh (self);
}

GtkWidget *
br_activity_chart_new (void)
{
  return g_object_new (BR_TYPE_ACTIVITY_CHART, NULL);
}

BrProgress *
br_activity_chart_get_progress (BrActivityChart *self)
{
  g_return_val_if_fail (BR_IS_ACTIVITY_CHART (self), NULL);
  return self->progress;
}

/**
 * br_activity_chart_set_progress:
 * @progress: (nullable): the progress to show
 *
 * Shows @progress, and follows its changes.
 */
void
br_activity_chart_set_progress (BrActivityChart *self,
                                BrProgress      *progress)
{
  g_return_if_fail (BR_IS_ACTIVITY_CHART (self));
  g_return_if_fail (progress == NULL || BR_IS_PROGRESS (progress));

  if (self->progress == progress)
    return;

  if (self->progress != NULL)
    g_clear_signal_handler (&self->changed_id, self->progress);
  g_set_object (&self->progress, progress);
  if (progress != NULL)
    self->changed_id = g_signal_connect_swapped (progress, "changed", G_CALLBACK (refresh), self);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/**
 * br_activity_chart_get_today:
 *
 * Returns: (nullable): the day set with br_activity_chart_set_today(), or
 *   %NULL when the chart follows the clock
 */
const GDate *
br_activity_chart_get_today (BrActivityChart *self)
{
  g_return_val_if_fail (BR_IS_ACTIVITY_CHART (self), NULL);
  return g_date_valid (&self->fixed_today) ? &self->fixed_today : NULL;
}

/**
 * br_activity_chart_set_today:
 * @today: (nullable): the last day to show; %NULL for today by the clock
 */
void
br_activity_chart_set_today (BrActivityChart *self,
                             const GDate     *today)
{
  g_return_if_fail (BR_IS_ACTIVITY_CHART (self));
  g_return_if_fail (today == NULL || g_date_valid (today));
  /* Room for the weeks before it */
  g_return_if_fail (today == NULL || g_date_get_julian (today) > BR_ACTIVITY_CHART_N_DAYS);

  if (today == NULL ? !g_date_valid (&self->fixed_today)
                    : g_date_valid (&self->fixed_today) && g_date_compare (today, &self->fixed_today) == 0)
    return;

  if (today != NULL)
    self->fixed_today = *today;
  else
    g_date_clear (&self->fixed_today, 1);
  refresh (self);
  schedule_midnight (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

GDateWeekday
br_activity_chart_get_first_weekday (BrActivityChart *self)
{
  g_return_val_if_fail (BR_IS_ACTIVITY_CHART (self), G_DATE_BAD_WEEKDAY);
  return self->first_weekday;
}

/**
 * br_activity_chart_set_first_weekday:
 * @weekday: the weekday of the top row, or %G_DATE_BAD_WEEKDAY for the
 *   locale's first day of the week
 */
void
br_activity_chart_set_first_weekday (BrActivityChart *self,
                                     GDateWeekday     weekday)
{
  g_return_if_fail (BR_IS_ACTIVITY_CHART (self));
  g_return_if_fail (weekday <= G_DATE_SUNDAY);

  if (self->first_weekday == weekday)
    return;
  self->first_weekday = weekday;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_WEEKDAY]);
}

/**
 * br_activity_chart_get_summary:
 *
 * Returns: what the chart shows in a sentence, as in "Studied on 9 of
 *   the last 80 days; 3 days in a row"
 */
const char *
br_activity_chart_get_summary (BrActivityChart *self)
{
  g_return_val_if_fail (BR_IS_ACTIVITY_CHART (self), NULL);
  return self->summary;
}

/**
 * br_activity_chart_dup_day_text:
 * @day: a valid date
 *
 * Returns: (transfer full): the tooltip of @day's cell, as in "Tuesday
 *   3 November: 2 study activities"
 */
char *
br_activity_chart_dup_day_text (BrActivityChart *self,
                                const GDate     *day)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *date = NULL;
  g_autofree char *what = NULL;
  guint count;

  g_return_val_if_fail (BR_IS_ACTIVITY_CHART (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  dt = date_time_for_day (day);
  /* Translators: a day in the study activity chart's tooltips, as in
   * "Tuesday 3 November"; see g_date_time_format() for the codes */
  date = g_date_time_format (dt, _("%A %-d %B"));
  if (date == NULL)
    date = g_date_time_format (dt, "%x");

  count = self->progress != NULL ? br_progress_get_day_count (self->progress, day) : 0;
  if (count == 0)
    what = g_strdup (_("no study activity"));
  else
    what = g_strdup_printf (ngettext ("%u study activity", "%u study activities", count), count);

  /* Translators: a day's tooltip in the study activity chart, as in
   * "Tuesday 3 November: 2 study activities" */
  return g_strdup_printf (_("%s: %s"), date, what);
}
