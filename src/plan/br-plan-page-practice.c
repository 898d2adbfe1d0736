/* br-plan-page-practice.c — the Plan page's view of the practice history:
 * what to practice next, questions due again, scores by rubric dimension
 * and the study items for the weakest one, and the way to the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-plan-library.h"

#include "br-attempt-view.h"
#include "br-plan-page-private.h"
#include "br-plain-text.h"

/* Due questions listed on the dashboard; the rest are a click away */
#define MAX_DUE_ROWS 3
/* Suggested study items for the weakest dimension */
#define MAX_SUGGESTIONS 4

static void
add_row (BrPlanPage *self,
         GtkWidget  *row)
{
  adw_preferences_group_add (self->practice_group, row);
  g_ptr_array_add (self->practice_rows, row);
}

static GtkWidget *
button (const char *label,
        const char *accessible,
        const char *action,
        const char *target,
        gboolean    suggested)
{
  GtkWidget *widget = gtk_button_new ();

  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (widget), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (widget), "s", target);
  br_accessible_set_button_label (GTK_BUTTON (widget), label, accessible);
  if (suggested)
    gtk_widget_add_css_class (widget, "suggested-action");
  return widget;
}

static GtkWidget *
navigation_row (const char *title,
                const char *subtitle,
                const char *target)
{
  GtkWidget *row = br_action_row_new_plain ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), br_plan_library_icon ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
add_due_rows (BrPlanPage *self)
{
  GDate date;
  g_auto(GStrv) due = NULL;
  guint n_due, shown = 0;

  br_store_local_date (NULL, &date);
  due = br_practice_history_get_due_questions (self->practice, &date);
  n_due = g_strv_length (due);

  for (guint i = 0; due[i] != NULL && shown < MAX_DUE_ROWS; i++)
    {
      BrGuideEntry *question = br_guide_lookup (self->guide, due[i]);
      GtkWidget *row;
      g_autofree char *accessible = NULL;

      if (!BR_IS_QUESTION (question))
        continue;
      row = br_action_row_new_plain ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_guide_entry_get_title (question));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Due for review"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), br_plan_library_icon ("alarm-symbolic"));
      /* Translators: the accessible name of a due question's button, "Practice Design S3" */
      accessible = g_strdup_printf (_("Practice %s"), br_guide_entry_get_title (question));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 button (_("_Practice"), accessible, "win.practice-question", due[i], FALSE));
      add_row (self, row);
      shown++;
    }

  if (n_due > shown)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u more question due", "%u more questions due",
                                                          n_due - shown), n_due - shown);
      add_row (self, navigation_row (title, _("In the question bank"), "due"));
    }
}

/* A dimension's average as a bar. GtkLevelBar's default offsets are for
 * a 0-1 bar: on 0-4 every average would be "full", in the success green,
 * the weakest too. Here the bars have no offsets, so they fill in the
 * accent colour, and the weakest dimension's bar and figure take the
 * "warning" style class (libadwaita's warning colour, see style.css),
 * with "Weakest" in its subtitle, so colour is not the only sign. */
static GtkWidget *
score_row (const char *title,
           double      average,
           guint       n_scores,
           gboolean    weakest)
{
  GtkWidget *row = br_action_row_new_plain ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, BR_ATTEMPT_MAX_SCORE);
  GtkWidget *label;
  g_autofree char *text = g_strdup_printf ("%.1f", average);
  /* Translators: an average score and how many scores it is over, "Average 2.6 of 4 over 3 attempts" */
  g_autofree char *average_text = g_strdup_printf (ngettext ("Average %.1f of 4 over %u attempt",
                                                             "Average %.1f of 4 over %u attempts", n_scores),
                                                   average, n_scores);
  g_autofree char *subtitle = NULL;

  if (weakest)
    /* Translators: the subtitle of the weakest dimension's score, "Weakest · Average 2.1 of 4 over 3 attempts" */
    subtitle = g_strdup_printf (_("Weakest · %s"), average_text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), weakest ? subtitle : average_text);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), average);
  gtk_widget_set_size_request (bar, 120, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, weakest ? subtitle : average_text,
                                  -1);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "numeric");
  if (weakest)
    {
      gtk_widget_add_css_class (bar, "warning");
      gtk_widget_add_css_class (label, "warning");
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

/* The study items whose rubric names @dimension_id, not done ones first */
static GPtrArray *
suggestions_for (BrPlanPage *self,
                 const char *dimension_id)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *blocks = br_guide_get_blocks (self->guide);

  for (int pass = 0; pass < 2 && items->len < MAX_SUGGESTIONS; pass++)
    for (guint b = 0; b < g_list_model_get_n_items (blocks) && items->len < MAX_SUGGESTIONS; b++)
      {
        g_autoptr(BrBlock) block = g_list_model_get_item (blocks, b);
        GListModel *list = br_block_get_items (block);

        for (guint i = 0; i < g_list_model_get_n_items (list) && items->len < MAX_SUGGESTIONS; i++)
          {
            g_autoptr(BrStudyItem) item = g_list_model_get_item (list, i);
            const char * const *rubric = br_study_item_get_rubric (item);
            gboolean done = self->progress != NULL &&
                            br_progress_get_item_state (self->progress, br_guide_entry_get_id (BR_GUIDE_ENTRY (item))) == BR_ITEM_STATE_DONE;

            if (rubric != NULL && g_strv_contains (rubric, dimension_id) && done == (pass == 1))
              g_ptr_array_add (items, g_steal_pointer (&item));
          }
      }
  return items;
}

static void
add_score_rows (BrPlanPage *self)
{
  GListModel *rubric = br_guide_get_rubric (self->guide);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = NULL;
  BrGuideEntry *weakest_entry;
  GtkWidget *expander;
  const char *weakest;
  double weakest_average;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);
      g_ptr_array_add (ids, (gpointer) br_guide_entry_get_id (dimension));
    }
  g_ptr_array_add (ids, NULL);

  weakest = br_practice_history_get_weakest_dimension (self->practice, (const char * const *) ids->pdata,
                                                       BR_PLAN_PAGE_SCORE_WINDOW, &weakest_average);
  if (weakest == NULL || (weakest_entry = br_guide_lookup (self->guide, weakest)) == NULL)
    return;

  expander = br_expander_row_new_plain ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Your Scores"));
  /* Translators: the weakest rubric dimension and its average, "Weakest: Scale, performance and cost (2.1 of 4)" */
  subtitle = g_strdup_printf (_("Weakest: %s (%.1f of 4)"), br_guide_entry_get_title (weakest_entry), weakest_average);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), br_plan_library_icon ("starred-symbolic"));

  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);
      double average;
      guint n_scores;

      if (br_practice_history_get_dimension_average (self->practice, br_guide_entry_get_id (dimension),
                                                     BR_PLAN_PAGE_SCORE_WINDOW, &average, &n_scores))
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                  score_row (br_guide_entry_get_title (dimension), average, n_scores,
                                             g_strcmp0 (br_guide_entry_get_id (dimension), weakest) == 0));
    }

  /* What to study to lift the weakest dimension */
  items = suggestions_for (self, weakest);
  for (guint i = 0; i < items->len; i++)
    {
      BrStudyItem *item = g_ptr_array_index (items, i);
      BrGuideEntry *block = br_guide_lookup (self->guide, br_study_item_get_block_id (item));
      GtkWidget *row = br_action_row_new_plain ();
      g_autofree char *item_subtitle = NULL;

      /* Translators: a suggested study item's subtitle; %s is the plan block, "Study next · Foundations" */
      item_subtitle = g_strdup_printf (_("Study next · %s"), block ? br_guide_entry_get_title (block) : "");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_guide_entry_get_title (BR_GUIDE_ENTRY (item)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item_subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), br_plan_library_icon ("accessories-dictionary-symbolic"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  add_row (self, expander);
}

/* The detail views that show practice are stale after a change */
static void
drop_practice_details (BrPlanPage *self)
{
  const char *visible = gtk_stack_get_visible_child_name (self->detail_stack);
  const char *names[] = { "history", "attempt", "card" };
  gboolean shown = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *child = gtk_stack_get_child_by_name (self->detail_stack, names[i]);
      g_autofree char *target = NULL;

      if (child == NULL)
        continue;
      /* One that is on screen is made again at once, in place */
      if (shown && g_strcmp0 (visible, names[i]) == 0)
        target = g_strdup (g_hash_table_lookup (self->detail_targets, names[i]));
      _br_plan_page_remove_detail (self, names[i]);
      if (target != NULL)
        br_plan_page_show (self, target);
    }
}

/**
 * _br_plan_page_sync_practice:
 *
 * Rebuilds the dashboard's Practice group from the history. Its rows are
 * not the history's items but what is worked out from them (the questions
 * due by today's date, the averages, the count), so the group is made
 * again on a change rather than bound to a model.
 */
void
_br_plan_page_sync_practice (BrPlanPage *self)
{
  g_autofree char *history_subtitle = NULL;
  guint n_attempts;

  for (guint i = 0; i < self->practice_rows->len; i++)
    adw_preferences_group_remove (self->practice_group, g_ptr_array_index (self->practice_rows, i));
  g_ptr_array_set_size (self->practice_rows, 0);

  /* Made with the plan's groups, after the first frame */
  gtk_widget_set_visible (GTK_WIDGET (self->practice_group),
                          self->filled && self->guide != NULL && self->practice != NULL);
  if (!self->filled || self->guide == NULL || self->practice == NULL)
    return;

  {
    GtkWidget *row = br_action_row_new_plain ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Practice a Question"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("A round on the whiteboard, against the clock, then your own review"));
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), br_plan_library_icon ("media-playback-start-symbolic"));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               button (_("_Surprise Me"), _("Practice a question Bar Raiser picks for you"),
                                       "win.surprise-me", NULL, TRUE));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               button (_("_Choose…"), _("Choose a question to practice"),
                                       "plan.show", "questions", FALSE));
    add_row (self, row);
  }

  add_due_rows (self);
  add_score_rows (self);

  n_attempts = g_list_model_get_n_items (br_practice_history_get_attempts (self->practice));
  if (n_attempts == 0)
    history_subtitle = g_strdup (_("No attempts yet"));
  else
    history_subtitle = g_strdup_printf (ngettext ("%u attempt, newest first", "%u attempts, newest first",
                                                  n_attempts), n_attempts);
  add_row (self, navigation_row (_("Practice History"), history_subtitle, "history"));

  drop_practice_details (self);
}

static gboolean
is_attempt_at (gpointer item,
               gpointer user_data)
{
  return g_strcmp0 (br_attempt_get_question_id (item), user_data) == 0;
}

static GtkWidget *
create_attempt_row (gpointer item,
                    gpointer user_data)
{
  return br_attempt_view_attempt_row (BR_GUIDE (user_data), BR_ATTEMPT (item), FALSE);
}

/**
 * _br_plan_page_build_practice_group:
 *
 * Returns: (transfer floating) (nullable): the group a question's card
 *   shows under its title: a button to practice it and its past attempts
 */
GtkWidget *
_br_plan_page_build_practice_group (BrPlanPage *self,
                                    BrQuestion *question)
{
  const char *id = br_guide_entry_get_id (BR_GUIDE_ENTRY (question));
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *practice;
  g_autoptr(GtkFilterListModel) attempts = NULL;
  GtkCustomFilter *filter;

  practice = button (_("_Practice This Question"), _("Practice this question"),
                     "win.practice-question", id, TRUE);
  gtk_widget_add_css_class (practice, "pill");
  gtk_widget_set_halign (practice, GTK_ALIGN_CENTER);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), practice);

  if (self->practice == NULL)
    return group;

  /* The question's attempts in the history, newest first. The history's
   * changes make the card again (drop_practice_details()), so its title
   * and the list's presence need not follow them. */
  filter = gtk_custom_filter_new (is_attempt_at, g_strdup (id), g_free);
  attempts = gtk_filter_list_model_new (g_object_ref (br_practice_history_get_attempts (self->practice)),
                                        GTK_FILTER (filter));
  if (g_list_model_get_n_items (G_LIST_MODEL (attempts)) > 0)
    {
      GtkWidget *attempts_list = br_boxed_list_new (_("Your attempts at this question"), G_LIST_MODEL (attempts),
                                                    create_attempt_row, g_object_ref (self->guide), g_object_unref);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Your Attempts"));
      gtk_widget_set_margin_top (attempts_list, 12);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), attempts_list);
    }
  return group;
}

/**
 * br_plan_page_set_practice:
 * @practice: (nullable): the user's practice history
 *
 * The page shows what to practice, due questions, scores and the history,
 * and follows the history's changes.
 */
void
br_plan_page_set_practice (BrPlanPage        *self,
                           BrPracticeHistory *practice)
{
  g_return_if_fail (BR_IS_PLAN_PAGE (self));
  g_return_if_fail (practice == NULL || BR_IS_PRACTICE_HISTORY (practice));

  if (!g_set_object (&self->practice, practice))
    return;

  g_signal_group_set_target (self->practice_signals, practice);
  br_question_bank_set_practice (self->question_bank, practice);
  _br_plan_page_sync_practice (self);
}

BrPracticeHistory *
br_plan_page_get_practice (BrPlanPage *self)
{
  g_return_val_if_fail (BR_IS_PLAN_PAGE (self), NULL);
  return self->practice;
}
