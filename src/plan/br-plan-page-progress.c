/* br-plan-page-progress.c — the Plan page's view of the user's progress:
 * where you are, what is next, each item's check box and note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <time.h>

#include "br-plan-page-private.h"
#include "br-plain-text.h"

static void
item_toggled (GtkCheckButton *check,
              GParamSpec     *pspec,
              BrPlanPage     *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "br-item");

  if (self->syncing || self->progress == NULL)
    return;
  br_progress_set_item_state (self->progress, id,
                              gtk_check_button_get_active (check) ? BR_ITEM_STATE_DONE
                                                                  : BR_ITEM_STATE_NOT_STARTED);
}

static void
note_closed (GtkPopover *popover,
             BrPlanPage *self)
{
  GtkEntry *entry = GTK_ENTRY (gtk_popover_get_child (popover));
  const char *id = g_object_get_data (G_OBJECT (entry), "br-item");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (self->progress != NULL && g_strcmp0 (br_progress_get_item_note (self->progress, id), text) != 0)
    br_progress_set_item_note (self->progress, id, text);
}

static void
note_activated (GtkEntry   *entry,
                BrPlanPage *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
create_note_popover (GtkMenuButton *button,
                     gpointer       user_data)
{
  BrPlanPage *self = user_data;
  const char *id = g_object_get_data (G_OBJECT (button), "br-item");
  const char *note = self->progress ? br_progress_get_item_note (self->progress, id) : NULL;
  GtkWidget *popover;
  GtkWidget *entry;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Your note"));
  gtk_widget_set_size_request (entry, 280, -1);
  gtk_editable_set_text (GTK_EDITABLE (entry), note ? note : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_object_get_data (G_OBJECT (button), "br-name"), -1);
  g_object_set_data_full (G_OBJECT (entry), "br-item", g_strdup (id), g_free);
  g_signal_connect (entry, "activate", G_CALLBACK (note_activated), self);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), entry);
  g_signal_connect (popover, "closed", G_CALLBACK (note_closed), self);
  gtk_menu_button_set_popover (button, popover);
}

static GtkWidget *
item_row (BrPlanPage  *self,
          BrStudyItem *item)
{
  const char *id = br_guide_entry_get_id (BR_GUIDE_ENTRY (item));
  const char *title = br_guide_entry_get_title (BR_GUIDE_ENTRY (item));
  GtkWidget *row = br_action_row_new_plain ();
  g_autofree char *note_name = NULL;
  ItemWidgets *w = g_new0 (ItemWidgets, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), br_guide_entry_get_description (BR_GUIDE_ENTRY (item)));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  /* Checked means done; the row names the check box after the item */
  w->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (w->check), GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (w->check), "br-item", g_strdup (id), g_free);
  g_signal_connect (w->check, "notify::active", G_CALLBACK (item_toggled), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), GTK_WIDGET (w->check));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (w->check));

  w->state_label = GTK_LABEL (gtk_label_new (_("In progress")));
  gtk_widget_add_css_class (GTK_WIDGET (w->state_label), "accent");
  gtk_widget_add_css_class (GTK_WIDGET (w->state_label), "caption");
  gtk_widget_set_valign (GTK_WIDGET (w->state_label), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (w->state_label));

  /* A personal note, kept when the popover closes; the popover is built
   * the first time it opens */
  /* Translators: the accessible name of a study item's note, e.g. "Note on CAP theorem" */
  note_name = g_strdup_printf (_("Note on %s"), title);
  w->note_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (w->note_button, "document-edit-symbolic");
  gtk_menu_button_set_create_popup_func (w->note_button, create_note_popover, self, NULL);
  g_object_set_data_full (G_OBJECT (w->note_button), "br-item", g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (w->note_button), "br-name", g_strdup (note_name), g_free);
  gtk_widget_set_valign (GTK_WIDGET (w->note_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (w->note_button), "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (w->note_button), GTK_ACCESSIBLE_PROPERTY_LABEL, note_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (w->note_button));

  g_hash_table_insert (self->items, g_strdup (id), w);
  return row;
}

static void
block_expanded (AdwExpanderRow *row,
                GParamSpec     *pspec,
                BrPlanPage     *self)
{
  BrBlock *block = g_object_get_data (G_OBJECT (row), "br-block");
  GListModel *items;

  if (block == NULL || !adw_expander_row_get_expanded (row))
    return;

  items = br_block_get_items (block);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BrStudyItem) item = g_list_model_get_item (items, i);
      adw_expander_row_add_row (row, item_row (self, item));
    }
  g_object_set_data (G_OBJECT (row), "br-block", NULL);
  _br_plan_page_sync_progress (self);
}

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

  /* The items are built when the block is first opened */
  g_object_set_data_full (G_OBJECT (row), "br-block", g_object_ref (block), g_object_unref);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (block_expanded), self);
  return row;
}

void
_br_plan_page_sync_progress (BrPlanPage *self)
{
  GHashTableIter iter;
  gpointer key, value;
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
  self->syncing = TRUE;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ItemWidgets *w = value;
      BrItemState state = br_progress_get_item_state (self->progress, key);
      const char *note = br_progress_get_item_note (self->progress, key);

      gtk_check_button_set_active (w->check, state == BR_ITEM_STATE_DONE);
      gtk_widget_set_visible (GTK_WIDGET (w->state_label), state == BR_ITEM_STATE_IN_PROGRESS);
      gtk_widget_set_tooltip_text (GTK_WIDGET (w->note_button), note && note[0] ? note : _("Add a note"));
      if (note && note[0])
        gtk_widget_add_css_class (GTK_WIDGET (w->note_button), "accent");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (w->note_button), "accent");
    }

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
      if (self->start_calendar != NULL)
        gtk_calendar_select_day (self->start_calendar, start_day);
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
      g_object_set_data_full (G_OBJECT (self->next_row), "br-item",
                              g_strdup (br_guide_entry_get_id (BR_GUIDE_ENTRY (next))), g_free);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), _("Every study item is done"));
      adw_action_row_set_subtitle (self->next_row, _("Keep practicing questions until your loop."));
      g_object_set_data (G_OBJECT (self->next_row), "br-item", NULL);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.start-next", next != NULL);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  streak = br_progress_get_streak (self->progress, &today);
  if (streak == 0)
    streak_text = g_strdup (_("No study days in a row yet. Check an item or write a note to start one."));
  else
    streak_text = g_strdup_printf (ngettext ("%u day in a row", "%u days in a row", streak), streak);
  adw_action_row_set_subtitle (self->streak_row, streak_text);

  self->syncing = FALSE;
}

static void start_date_selected (GtkCalendar *calendar,
                                 BrPlanPage  *self);

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

  if (self->syncing || self->progress == NULL)
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
  const char *id = g_object_get_data (G_OBJECT (self->next_row), "br-item");
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
