/* br-plan-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-plan-library.h"
#include "br-plan-page.h"
#include "br-question-bank.h"

/**
 * BrPlanPage:
 *
 * The Plan page: the guide's twelve-week plan, block by block, and its
 * library — the leadership principles, how Amazon differs, the interview,
 * do's and don'ts, resources and the question bank with each question's
 * practice card. Library views open on a second level (Alt+Left, the back
 * button or a swipe go back) and are built from the guide the first time
 * they are shown.
 */
typedef struct {
  GtkCheckButton *check;
  GtkLabel *state_label;
  GtkMenuButton *note_button;
} ItemWidgets;

struct _BrPlanPage
{
  AdwBin parent_instance;

  BrGuide *guide;
  BrProgress *progress;
  GHashTable *items;         /* item id -> ItemWidgets */
  GHashTable *block_counts;  /* block id -> GtkLabel "2/4" */
  gboolean syncing;          /* setting widgets from the progress */
  GPtrArray *plan_rows;      /* rows in plan_group */
  GPtrArray *library_rows;   /* rows in library_group */

  AdwLeaflet *leaflet;
  AdwPreferencesGroup *status_group;
  AdwActionRow *week_row;
  GtkMenuButton *start_date_button;
  GtkCalendar *start_calendar;
  AdwActionRow *overall_row;
  GtkLevelBar *overall_bar;
  AdwActionRow *next_row;
  AdwActionRow *streak_row;
  GtkLabel *title_label;
  GtkLabel *overview_label;
  GtkLabel *contents_label;
  AdwPreferencesGroup *plan_group;
  AdwPreferencesGroup *library_group;
  GtkLabel *detail_title;
  GtkStack *detail_stack;
  BrQuestionBank *question_bank;
};

G_DEFINE_FINAL_TYPE (BrPlanPage, br_plan_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_GUIDE,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

/* Library views are built on first use; a new guide drops them */
static void
clear_details (BrPlanPage *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_stack));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != GTK_WIDGET (self->question_bank))
        gtk_stack_remove (self->detail_stack, child);
      child = next;
    }
}

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
  GtkWidget *row = adw_action_row_new ();
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

static void sync_progress (BrPlanPage *self);

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
  sync_progress (self);
}

static GtkWidget *
block_row (BrPlanPage *self,
           BrBlock    *block)
{
  GtkWidget *row = adw_expander_row_new ();
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

/* The first item not done in the current block, else the first not done */
static BrStudyItem *
next_item (BrPlanPage *self,
           guint       week)
{
  GListModel *blocks = br_guide_get_blocks (self->guide);
  BrStudyItem *first_open = NULL;

  for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
    {
      g_autoptr(BrBlock) block = g_list_model_get_item (blocks, b);
      GListModel *items = br_block_get_items (block);
      gboolean current = week >= br_block_get_first_week (block) && week <= br_block_get_last_week (block);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(BrStudyItem) item = g_list_model_get_item (items, i);
          const char *id = br_guide_entry_get_id (BR_GUIDE_ENTRY (item));

          if (br_progress_get_item_state (self->progress, id) == BR_ITEM_STATE_DONE)
            continue;
          if (current)
            return item;  /* owned by the guide */
          if (first_open == NULL)
            first_open = item;
        }
    }
  return first_open;
}

static void
sync_progress (BrPlanPage *self)
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
  char date_text[64];

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

      g_date_strftime (date_text, sizeof date_text, "%x", start);
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

  next = next_item (self, week);
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
      adw_action_row_set_subtitle (self->next_row, _("Keep practising questions until your loop."));
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
static void
create_calendar_popover (GtkMenuButton *button,
                         gpointer       user_data)
{
  BrPlanPage *self = user_data;
  GtkWidget *popover;

  if (self->start_calendar != NULL)
    return;

  self->start_calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Start date of the plan"), -1);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->start_calendar));
  gtk_menu_button_set_popover (button, popover);
  sync_progress (self);
  g_signal_connect (self->start_calendar, "day-selected", G_CALLBACK (start_date_selected), self);
}

static void
start_date_selected (GtkCalendar *calendar,
                     BrPlanPage  *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  GDate date;

  if (self->syncing || self->progress == NULL)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  br_progress_set_start_date (self->progress, &date);
  gtk_menu_button_popdown (self->start_date_button);
}

static GtkWidget *
navigation_row (const char *title,
                const char *subtitle,
                const char *icon_name,
                const char *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
update (BrPlanPage *self)
{
  g_autofree char *contents = NULL;
  g_autofree char *weeks = NULL;
  g_autofree char *questions = NULL;
  g_autofree char *principles = NULL;
  const BrLibraryView *views;
  guint n_views, n_questions, n_principles, n_weeks;
  GListModel *blocks;

  clear_rows (self->plan_group, self->plan_rows);
  g_hash_table_remove_all (self->items);
  g_hash_table_remove_all (self->block_counts);
  clear_rows (self->library_group, self->library_rows);
  clear_details (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "dashboard");
  br_question_bank_set_guide (self->question_bank, self->guide);

  if (self->guide == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->overview_label, "");
      gtk_label_set_label (self->contents_label, "");
      return;
    }

  n_questions = g_list_model_get_n_items (br_guide_get_questions (self->guide));
  n_principles = g_list_model_get_n_items (br_guide_get_principles (self->guide));
  n_weeks = br_guide_get_n_weeks (self->guide);

  weeks = g_strdup_printf (ngettext ("%u-week study plan", "%u-week study plan", n_weeks), n_weeks);
  questions = g_strdup_printf (ngettext ("%u practice question", "%u practice questions", n_questions), n_questions);
  principles = g_strdup_printf (ngettext ("%u leadership principle", "%u leadership principles", n_principles), n_principles);
  /* Translators: the three parts are "12-week study plan", "30 practice questions", "16 leadership principles" */
  contents = g_strdup_printf (_("%s · %s · %s"), weeks, questions, principles);

  gtk_label_set_label (self->title_label, br_guide_get_title (self->guide));
  gtk_label_set_label (self->overview_label, br_guide_get_overview (self->guide));
  gtk_label_set_label (self->contents_label, contents);

  blocks = br_guide_get_blocks (self->guide);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(BrBlock) block = g_list_model_get_item (blocks, i);
      GtkWidget *row = block_row (self, block);

      adw_preferences_group_add (self->plan_group, row);
      g_ptr_array_add (self->plan_rows, row);
    }

  views = br_plan_library_get_views (&n_views);
  for (guint i = 0; i < n_views; i++)
    {
      GtkWidget *row = navigation_row (_(views[i].title), _(views[i].description),
                                       views[i].icon_name, views[i].name);

      adw_preferences_group_add (self->library_group, row);
      g_ptr_array_add (self->library_rows, row);
    }
  {
    g_autofree char *subtitle = g_strdup_printf (ngettext ("%u question with its practice card, by category",
                                                           "%u questions with their practice cards, by category",
                                                           n_questions), n_questions);
    GtkWidget *row = navigation_row (_("Question Bank"), subtitle, "view-list-bullet-symbolic", "questions");

    adw_preferences_group_add (self->library_group, row);
    g_ptr_array_add (self->library_rows, row);
  }

  sync_progress (self);
}

static void
show_detail (BrPlanPage *self,
             const char *name,
             const char *title,
             GtkWidget  *(*build) (BrPlanPage *, const char *),
             const char *build_arg)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->detail_stack, name);

  if (child == NULL)
    {
      child = build (self, build_arg);
      gtk_stack_add_named (self->detail_stack, child, name);
    }
  gtk_stack_set_visible_child (self->detail_stack, child);
  gtk_label_set_label (self->detail_title, title);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static GtkWidget *
build_library_view (BrPlanPage *self,
                    const char *name)
{
  return br_plan_library_build (self->guide, name);
}

static GtkWidget *
build_question_card (BrPlanPage *self,
                     const char *id)
{
  BrGuideEntry *entry = br_guide_lookup (self->guide, id);

  return br_plan_library_build_question_card (BR_QUESTION (entry));
}

/**
 * br_plan_page_show:
 * @target: "questions", a library view's name ("principles"...), or a
 *   question's id ("questions/design-s3") for its practice card
 *
 * Returns: %TRUE if @target exists
 */
gboolean
br_plan_page_show (BrPlanPage *self,
                   const char *target)
{
  const BrLibraryView *view;
  BrGuideEntry *entry;

  g_return_val_if_fail (BR_IS_PLAN_PAGE (self), FALSE);

  if (self->guide == NULL)
    return FALSE;

  if (g_strcmp0 (target, "questions") == 0)
    {
      gtk_stack_set_visible_child (self->detail_stack, GTK_WIDGET (self->question_bank));
      gtk_label_set_label (self->detail_title, _("Question Bank"));
      adw_leaflet_set_visible_child_name (self->leaflet, "detail");
      br_question_bank_focus_search (self->question_bank);
      return TRUE;
    }

  if ((view = br_plan_library_find_view (target)) != NULL)
    {
      show_detail (self, target, _(view->title), build_library_view, target);
      return TRUE;
    }

  entry = br_guide_lookup (self->guide, target);
  if (BR_IS_QUESTION (entry))
    {
      /* One card at a time: replace the previous one */
      GtkWidget *old = gtk_stack_get_child_by_name (self->detail_stack, "card");
      g_autofree char *title = g_strdup_printf (_("Question %u"), br_question_get_number (BR_QUESTION (entry)));

      if (old != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (old), "br-id"), target) != 0)
        {
          gtk_stack_remove (self->detail_stack, old);
          old = NULL;
        }
      if (old == NULL)
        {
          GtkWidget *card = build_question_card (self, target);

          g_object_set_data_full (G_OBJECT (card), "br-id", g_strdup (target), g_free);
          gtk_stack_add_named (self->detail_stack, card, "card");
        }
      show_detail (self, "card", title, build_question_card, target);
      return TRUE;
    }

  return FALSE;
}

static void
show_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrPlanPage *self = BR_PLAN_PAGE (widget);
  const char *target = g_variant_get_string (parameter, NULL);

  if (!br_plan_page_show (self, target))
    g_warning ("Nothing to show for “%s”", target);
}

/* Starts the next item: marks it in progress, and opens what it needs */
static void
start_next_activated (GtkWidget  *widget,
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

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrPlanPage *self = BR_PLAN_PAGE (widget);
  const char *visible = gtk_stack_get_visible_child_name (self->detail_stack);

  /* From a practice card, back to the question bank */
  if (g_strcmp0 (visible, "card") == 0 &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0)
    {
      br_plan_page_show (self, "questions");
      return;
    }
  adw_leaflet_set_visible_child_name (self->leaflet, "dashboard");
}

static void
question_activated (BrQuestionBank *bank,
                    BrQuestion     *question,
                    BrPlanPage     *self)
{
  br_plan_page_show (self, br_guide_entry_get_id (BR_GUIDE_ENTRY (question)));
}

static void
br_plan_page_dispose (GObject *object)
{
  BrPlanPage *self = BR_PLAN_PAGE (object);

  /* AdwBin owns the template's top widget: release it before the
   * template forgets its children, so it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_PLAN_PAGE);
  g_clear_pointer (&self->plan_rows, g_ptr_array_unref);
  g_clear_pointer (&self->library_rows, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->block_counts, g_hash_table_unref);
  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  g_clear_object (&self->progress);
  g_clear_object (&self->guide);

  G_OBJECT_CLASS (br_plan_page_parent_class)->dispose (object);
}

static void
br_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BrPlanPage *self = BR_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      g_value_set_object (value, self->guide);
      break;
    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BrPlanPage *self = BR_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      br_plan_page_set_guide (self, g_value_get_object (value));
      break;
    case PROP_PROGRESS:
      br_plan_page_set_progress (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_plan_page_class_init (BrPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_plan_page_dispose;
  object_class->get_property = br_plan_page_get_property;
  object_class->set_property = br_plan_page_set_property;

  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, BR_TYPE_GUIDE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_object ("progress", NULL, NULL, BR_TYPE_PROGRESS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BR_TYPE_QUESTION_BANK);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, status_group);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, week_row);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, start_date_button);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, overall_row);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, overall_bar);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, next_row);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, streak_row);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, overview_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, contents_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, plan_group);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, library_group);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, question_bank);

  gtk_widget_class_install_action (widget_class, "plan.show", "s", show_activated);
  gtk_widget_class_install_action (widget_class, "plan.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "plan.start-next", NULL, start_next_activated);
}

static void
br_plan_page_init (BrPlanPage *self)
{
  self->plan_rows = g_ptr_array_new ();
  self->library_rows = g_ptr_array_new ();
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->block_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->start_date_button, create_calendar_popover, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->status_group), FALSE);
  g_signal_connect (self->question_bank, "question-activated", G_CALLBACK (question_activated), self);
}

BrGuide *
br_plan_page_get_guide (BrPlanPage *self)
{
  g_return_val_if_fail (BR_IS_PLAN_PAGE (self), NULL);
  return self->guide;
}

void
br_plan_page_set_guide (BrPlanPage *self,
                        BrGuide    *guide)
{
  g_return_if_fail (BR_IS_PLAN_PAGE (self));
  g_return_if_fail (guide == NULL || BR_IS_GUIDE (guide));

  if (!g_set_object (&self->guide, guide))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUIDE]);
}

BrProgress *
br_plan_page_get_progress (BrPlanPage *self)
{
  g_return_val_if_fail (BR_IS_PLAN_PAGE (self), NULL);
  return self->progress;
}

/**
 * br_plan_page_set_progress:
 * @progress: (nullable): the user's study progress
 *
 * Checking an item, a note and the start date are saved in @progress at
 * once; the page follows its changes.
 */
void
br_plan_page_set_progress (BrPlanPage *self,
                           BrProgress *progress)
{
  g_return_if_fail (BR_IS_PLAN_PAGE (self));
  g_return_if_fail (progress == NULL || BR_IS_PROGRESS (progress));

  if (self->progress == progress)
    return;

  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  g_set_object (&self->progress, progress);
  if (progress != NULL)
    g_signal_connect_swapped (progress, "changed", G_CALLBACK (sync_progress), self);
  sync_progress (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}
