/* br-plan-page-progress.c — the Plan page's view of the user's progress:
 * where you are, what is next, the blocks of the plan, the start date
 * (each item's check box and note are in BrPlanItemRow)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <time.h>

#include "br-plan-item-row.h"
#include "br-plan-page-private.h"
#include "br-plain-text.h"

/* Makes a block's item rows the first time it opens: start-up makes none */
static void
block_expanded (AdwExpanderRow *row,
                GParamSpec     *pspec,
                BrPlanPage     *self)
{
  BrBlock *block = g_hash_table_lookup (self->unbuilt_blocks, row);
  GListModel *items;

  if (block == NULL || !adw_expander_row_get_expanded (row))
    return;

  items = br_block_get_items (block);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BrStudyItem) item = g_list_model_get_item (items, i);
      GtkWidget *item_row = br_plan_item_row_new (item);

      /* Each item row follows the page's progress */
      g_object_bind_property (self, "progress", item_row, "progress", G_BINDING_SYNC_CREATE);
      adw_expander_row_add_row (row, item_row);
    }
  g_hash_table_remove (self->unbuilt_blocks, row);
}

/* A block of the plan: "Weeks 1–2 · Foundations", its summary, and how
 * many of its items are done (set by _br_plan_page_sync_progress()) */
GtkWidget *
_br_plan_page_block_row (BrPlanPage *self,
                         BrBlock    *block)
{
  GtkWidget *row = br_expander_row_new_plain ();
  GtkWidget *count = gtk_label_new (NULL);
  g_autofree char *title = NULL;

  if (br_block_get_first_week (block) == br_block_get_last_week (block))
    /* Translators: a block of the plan, e.g. "Week 1 · Foundations" */
    title = g_strdup_printf (_("Week %u · %s"), br_block_get_first_week (block),
                             br_guide_entry_get_title (BR_GUIDE_ENTRY (block)));
  else
    /* Translators: a block of the plan, e.g. "Weeks 1–2 · Foundations" */
    title = g_strdup_printf (_("Weeks %u–%u · %s"), br_block_get_first_week (block),
                             br_block_get_last_week (block),
                             br_guide_entry_get_title (BR_GUIDE_ENTRY (block)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), br_guide_entry_get_description (BR_GUIDE_ENTRY (block)));
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "dim-label");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), count);
  g_hash_table_insert (self->block_counts, g_strdup (br_guide_entry_get_id (BR_GUIDE_ENTRY (block))), count);

  g_hash_table_insert (self->unbuilt_blocks, row, g_object_ref (block));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (block_expanded), self);
  return row;
}

static void start_date_selected (GtkCalendar *calendar,
                                 BrPlanPage  *self);

void
_br_plan_page_sync_progress (BrPlanPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GListModel *blocks;
  guint n_weeks, week, done = 0, total = 0, streak;
  g_autofree char *week_title = NULL;
  g_autofree char *started = NULL;
  g_autofree char *overall = NULL;
  g_autofree char *streak_text = NULL;
  const GDate *start;
  BrStudyItem *next;
  GDate today;

  if (self->guide == NULL || self->progress == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->status_group), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->status_group), TRUE);

  blocks = br_guide_get_blocks (self->guide);
  for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
    {
      g_autoptr(BrBlock) block = g_list_model_get_item (blocks, b);
      guint n = g_list_model_get_n_items (br_block_get_items (block));
      guint n_done = br_progress_count_done_in_model (self->progress, br_block_get_items (block));
      GtkLabel *count = g_hash_table_lookup (self->block_counts, br_guide_entry_get_id (BR_GUIDE_ENTRY (block)));
      g_autofree char *text = g_strdup_printf ("%u/%u", n_done, n);

      if (count != NULL)
        gtk_label_set_label (count, text);
      done += n_done;
      total += n;
    }

  /* Week N of 12, from the start date */
  n_weeks = br_guide_get_n_weeks (self->guide);
  week = br_progress_get_current_week (self->progress, now, n_weeks);
  start = br_progress_get_start_date (self->progress);
  week_title = g_strdup_printf (_("Week %u of %u"), week, n_weeks);
  if (g_date_valid (start))
    {
      g_autoptr(GDateTime) start_day = g_date_time_new_local (g_date_get_year (start), g_date_get_month (start),
                                                              g_date_get_day (start), 0, 0, 0);
      /* Translators: the day the plan started, "March 4, 2024", as
       * g_date_time_format() writes it; keep the year in four digits (%Y):
       * the locale's short date (%x) wrote 9999 as 99 */
      g_autofree char *date_text = g_date_time_format (start_day, _("%B %-d, %Y"));

      /* Translators: %s is a date */
      started = g_strdup_printf (_("The plan started on %s"), date_text);
      /* Showing the start date is no choice of one */
      if (self->start_calendar != NULL)
        {
          g_signal_handlers_block_by_func (self->start_calendar, start_date_selected, self);
          gtk_calendar_select_day (self->start_calendar, start_day);
          g_signal_handlers_unblock_by_func (self->start_calendar, start_date_selected, self);
        }
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->week_row), week_title);
  adw_action_row_set_subtitle (self->week_row, started);

  overall = g_strdup_printf (ngettext ("%u of %u study item done", "%u of %u study items done", total),
                             done, total);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->overall_row), overall);
  gtk_level_bar_set_max_value (self->overall_bar, MAX (total, 1));
  gtk_level_bar_set_value (self->overall_bar, done);

  next = br_progress_get_next_item (self->progress, self->guide, week);
  gtk_widget_set_visible (GTK_WIDGET (self->next_row), TRUE);
  if (next != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Next up: %s"), br_guide_entry_get_title (BR_GUIDE_ENTRY (next)));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), title);
      adw_action_row_set_subtitle (self->next_row, br_guide_entry_get_description (BR_GUIDE_ENTRY (next)));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), _("Every study item is done"));
      adw_action_row_set_subtitle (self->next_row, _("Keep practicing questions until your loop."));
    }
  g_free (self->next_item_id);
  self->next_item_id = next ? g_strdup (br_guide_entry_get_id (BR_GUIDE_ENTRY (next))) : NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.start-next", next != NULL);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  streak = br_progress_get_streak (self->progress, &today);
  if (streak == 0)
    streak_text = g_strdup (_("No study days in a row yet. Check an item or write a note to start one."));
  else
    streak_text = g_strdup_printf (ngettext ("%u day in a row", "%u days in a row", streak), streak);
  adw_action_row_set_subtitle (self->streak_row, streak_text);
}

/* The calendar is built the first time it opens */
void
_br_plan_page_create_calendar_popover (GtkMenuButton *button,
                                       gpointer       user_data)
{
  BrPlanPage *self = user_data;
  GtkWidget *popover, *box;

  if (self->start_calendar != NULL)
    return;

  self->start_calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Start date of the plan"), -1);
  /* Why a day picked cannot be the start, under the calendar */
  self->start_message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->start_message, TRUE);
  gtk_label_set_max_width_chars (self->start_message, 30);
  gtk_label_set_xalign (self->start_message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->start_message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->start_message), FALSE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->start_calendar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->start_message));
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
  _br_plan_page_sync_progress (self);
  g_signal_connect (self->start_calendar, "day-selected", G_CALLBACK (start_date_selected), self);
}

static void
start_date_selected (GtkCalendar *calendar,
                     BrPlanPage  *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autoptr(GError) error = NULL;
  GDate date;

  if (self->progress == NULL)
    return;
  br_store_local_date (day, &date);
  /* A day far off is refused, with why; the calendar goes back */
  if (!br_progress_check_start_date (&date, &error))
    {
      gtk_label_set_label (self->start_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->start_message), TRUE);
      _br_plan_page_sync_progress (self);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->start_message), FALSE);
  br_progress_set_start_date (self->progress, &date);
  gtk_menu_button_popdown (self->start_date_button);
}

/* Starts the next item: marks it in progress, and opens what it needs */
void
_br_plan_page_start_next_activated (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  BrPlanPage *self = BR_PLAN_PAGE (widget);
  g_autofree char *id = g_strdup (self->next_item_id);
  BrGuideEntry *entry;
  const char * const *questions;
  const char * const *principles;

  if (id == NULL || self->progress == NULL || (entry = br_guide_lookup (self->guide, id)) == NULL)
    return;

  br_progress_set_item_state (self->progress, id, BR_ITEM_STATE_IN_PROGRESS);
  questions = br_study_item_get_questions (BR_STUDY_ITEM (entry));
  principles = br_study_item_get_principles (BR_STUDY_ITEM (entry));
  if (questions != NULL && questions[0] != NULL)
    br_plan_page_show (self, questions[0]);
  else if (principles != NULL && principles[0] != NULL)
    br_plan_page_show (self, "principles");
}
