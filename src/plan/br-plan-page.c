/* br-plan-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-attempt-view.h"
#include "br-library-page.h"
#include "br-activity-chart.h"
#include "br-plan-library.h"
#include "br-plan-page-private.h"
#include "br-question-bank.h"
#include "br-plain-text.h"

/**
 * BrPlanPage:
 *
 * The Plan page: the guide's twelve-week plan, block by block, and its
 * library — the leadership principles, how Amazon differs, the interview,
 * do's and don'ts, resources and the question bank with each question's
 * practice card. Library views open on a second level (Alt+Left, the back
 * button or a swipe go back) and are built from the guide the first time
 * they are shown. The progress part lives in br-plan-page-progress.c, the
 * practice part (due questions, scores, the history and each attempt's
 * review) in br-plan-page-practice.c.
 */

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
  g_hash_table_remove_all (self->detail_targets);
}

/**
 * _br_plan_page_remove_detail:
 * @name: the detail view's name in the stack ("card", "history"...)
 *
 * Drops a detail view, and what it was made for.
 */
void
_br_plan_page_remove_detail (BrPlanPage *self,
                             const char *name)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->detail_stack, name);

  if (child != NULL)
    gtk_stack_remove (self->detail_stack, child);
  g_hash_table_remove (self->detail_targets, name);
}

static GtkWidget *
navigation_row (const char *title,
                const char *subtitle,
                const char *icon_name,
                const char *target)
{
  GtkWidget *row = br_action_row_new_plain ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), br_plan_library_icon (icon_name));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), br_plan_library_icon ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* The plan's blocks and the library's rows */
static void
fill_groups (BrPlanPage *self)
{
  const BrLibraryView *views;
  guint n_views, n_questions;
  GListModel *blocks;

  g_clear_handle_id (&self->fill_id, g_source_remove);
  if (self->filled || self->guide == NULL)
    return;
  self->filled = TRUE;
  self->filled_once = TRUE;
  n_questions = g_list_model_get_n_items (br_guide_get_questions (self->guide));

  blocks = br_guide_get_blocks (self->guide);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(BrBlock) block = g_list_model_get_item (blocks, i);
      GtkWidget *row = _br_plan_page_block_row (self, block);

      adw_preferences_group_add (self->plan_group, row);
      g_ptr_array_add (self->plan_rows, row);
    }

  views = br_plan_library_get_views (&n_views);
  for (guint i = 0; i < n_views; i++)
    {
      GtkWidget *row;

      /* A guide file may leave out the Amazon way and the closing thoughts */
      if (!br_plan_library_has_view (self->guide, views[i].name))
        continue;
      row = navigation_row (_(views[i].title), _(views[i].description),
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

  _br_plan_page_sync_progress (self);
  _br_plan_page_sync_practice (self);
}

static gboolean
fill_idle (gpointer user_data)
{
  BrPlanPage *self = user_data;

  self->fill_id = 0;
  fill_groups (self);
  return G_SOURCE_REMOVE;
}

static void
first_frame_painted (GdkFrameClock *clock,
                     BrPlanPage    *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted, self);
  if (!self->filled && self->fill_id == 0)
    self->fill_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_idle, self, NULL);
}

/* Fills the groups after the page's first frame, or at once when the
 * page is not on screen yet but is asked for them */
static void
schedule_fill (BrPlanPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_mapped (GTK_WIDGET (self))
                         ? gtk_widget_get_frame_clock (GTK_WIDGET (self)) : NULL;

  if (clock != NULL)
    {
      g_signal_handlers_disconnect_by_func (clock, first_frame_painted, self);
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_painted), self, 0);
    }
}

static void
page_mapped (BrPlanPage *self)
{
  if (!self->filled && self->guide != NULL)
    schedule_fill (self);
}

static void
update (BrPlanPage *self)
{
  g_autofree char *contents = NULL;
  g_autofree char *weeks = NULL;
  g_autofree char *questions = NULL;
  g_autofree char *principles = NULL;
  guint n_questions, n_principles, n_weeks;

  clear_rows (self->plan_group, self->plan_rows);
  g_hash_table_remove_all (self->block_counts);
  g_hash_table_remove_all (self->unbuilt_blocks);
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

  /* The groups below the fold are made once the first frame is on
   * screen: start-up shows the page sooner */
  self->filled = FALSE;
  if (self->filled_once)
    fill_groups (self);
  else
    schedule_fill (self);

  _br_plan_page_sync_progress (self);
  _br_plan_page_sync_practice (self);
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
      g_hash_table_insert (self->detail_targets, g_strdup (name), g_strdup (build_arg));
    }
  gtk_stack_set_visible_child (self->detail_stack, child);
  gtk_label_set_label (self->detail_title, title);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static GtkWidget *
build_library_view (BrPlanPage *self,
                    const char *name)
{
  return br_library_page_new (self->guide, name);
}

static GtkWidget *
build_question_card (BrPlanPage *self,
                     const char *id)
{
  BrGuideEntry *entry = br_guide_lookup (self->guide, id);

  return br_plan_library_build_question_card (BR_QUESTION (entry),
                                              _br_plan_page_build_practice_group (self, BR_QUESTION (entry)));
}

static GtkWidget *
build_history (BrPlanPage *self,
               const char *id)
{
  return br_attempt_view_build_history (self->guide, self->practice);
}

/* Shows one of the "card" or "attempt" views, made for @target */
static void
show_single (BrPlanPage *self,
             const char *name,
             const char *title,
             GtkWidget  *(*build) (BrPlanPage *, const char *),
             const char *target)
{
  GtkWidget *old = gtk_stack_get_child_by_name (self->detail_stack, name);

  /* One at a time: replace the previous one */
  if (old != NULL && g_strcmp0 (g_hash_table_lookup (self->detail_targets, name), target) != 0)
    _br_plan_page_remove_detail (self, name);
  show_detail (self, name, title, build, target);
}

static GtkWidget *
build_attempt (BrPlanPage *self,
               const char *id)
{
  BrAttempt *attempt = br_practice_history_lookup_attempt (self->practice, id);

  return br_attempt_view_new (self->guide, self->practice, attempt);
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

  if (g_strcmp0 (target, "due") == 0)
    {
      br_question_bank_set_status (self->question_bank, BR_QUESTION_STATUS_DUE);
      return br_plan_page_show (self, "questions");
    }

  if (g_strcmp0 (target, "history") == 0 && self->practice != NULL)
    {
      show_detail (self, "history", _("Practice History"), build_history, target);
      return TRUE;
    }

  if (self->practice != NULL && br_practice_history_lookup_attempt (self->practice, target) != NULL)
    {
      BrAttempt *attempt = br_practice_history_lookup_attempt (self->practice, target);
      g_autofree char *started = br_attempt_view_format_started (attempt);

      show_single (self, "attempt", started, build_attempt, target);
      return TRUE;
    }

  entry = br_guide_lookup (self->guide, target);
  if (BR_IS_QUESTION (entry))
    {
      g_autofree char *title = g_strdup_printf (_("Question %u"), br_question_get_number (BR_QUESTION (entry)));

      show_single (self, "card", title, build_question_card, target);
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

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrPlanPage *self = BR_PLAN_PAGE (widget);
  const char *visible = gtk_stack_get_visible_child_name (self->detail_stack);

  /* From a practice card, back to the question bank; from an attempt,
   * back to the history */
  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0)
    {
      if (g_strcmp0 (visible, "card") == 0)
        {
          br_plan_page_show (self, "questions");
          return;
        }
      if (g_strcmp0 (visible, "attempt") == 0 && self->practice != NULL)
        {
          br_plan_page_show (self, "history");
          return;
        }
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
  g_clear_pointer (&self->next_item_id, g_free);
  g_clear_pointer (&self->detail_targets, g_hash_table_unref);
  g_clear_pointer (&self->block_counts, g_hash_table_unref);
  g_clear_pointer (&self->unbuilt_blocks, g_hash_table_unref);
  if (self->progress_signals != NULL)
    g_signal_group_set_target (self->progress_signals, NULL);
  g_clear_object (&self->progress_signals);
  g_clear_object (&self->progress);
  if (self->practice_signals != NULL)
    g_signal_group_set_target (self->practice_signals, NULL);
  g_clear_object (&self->practice_signals);
  g_clear_object (&self->practice);
  g_clear_pointer (&self->practice_rows, g_ptr_array_unref);
  g_clear_handle_id (&self->fill_id, g_source_remove);
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

  g_type_ensure (BR_TYPE_ACTIVITY_CHART);
  g_type_ensure (BR_TYPE_QUESTION_BANK);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-plan-page.ui");
  gtk_widget_class_bind_template_callback (widget_class, question_activated);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, status_group);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, week_row);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, start_date_button);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, overall_row);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, overall_bar);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, next_row);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, streak_row);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, overview_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, contents_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, practice_group);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, plan_group);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, library_group);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, question_bank);

  gtk_widget_class_install_action (widget_class, "plan.show", "s", show_activated);
  gtk_widget_class_install_action (widget_class, "plan.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "plan.start-next", NULL, _br_plan_page_start_next_activated);
}

static void
br_plan_page_init (BrPlanPage *self)
{
  self->plan_rows = g_ptr_array_new ();
  self->library_rows = g_ptr_array_new ();
  self->practice_rows = g_ptr_array_new ();
  self->detail_targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->block_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unbuilt_blocks = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->progress_signals = g_signal_group_new (BR_TYPE_PROGRESS);
  g_signal_group_connect_object (self->progress_signals, "changed",
                                 G_CALLBACK (_br_plan_page_sync_progress), self, G_CONNECT_SWAPPED);
  self->practice_signals = g_signal_group_new (BR_TYPE_PRACTICE_HISTORY);
  g_signal_group_connect_object (self->practice_signals, "changed",
                                 G_CALLBACK (_br_plan_page_sync_practice), self, G_CONNECT_SWAPPED);
  br_accessible_set_label (GTK_WIDGET (self->next_button), _("Start the next study item"));
  gtk_menu_button_set_create_popup_func (self->start_date_button, _br_plan_page_create_calendar_popover, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->status_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->practice_group), FALSE);
  g_signal_connect (self, "map", G_CALLBACK (page_mapped), NULL);
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

  if (!g_set_object (&self->progress, progress))
    return;

  g_signal_group_set_target (self->progress_signals, progress);
  _br_plan_page_sync_progress (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}
