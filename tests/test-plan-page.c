/* test-plan-page.c — the Plan page's plan, library and question bank,
 * in a real application run under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-attempt-view.h"
#include "br-plan-item-row.h"
#include "br-library-page.h"
#include "br-plan-library.h"
#include "br-plan-page.h"
#include "br-question-bank.h"
#include "br-test-app.h"

static GtkLabel *find_count_label (GtkWidget *widget);

/* Opens every block of the plan: their items are built on first opening */
static void
expand_blocks (GtkWidget *widget)
{
  /* A block row is an expander row with a count, "2/4" */
  if (ADW_IS_EXPANDER_ROW (widget) && find_count_label (widget) != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    expand_blocks (child);
}

/* Counts the rows titled @title below @widget that are mapped (on screen) */
static guint
count_rows (GtkWidget  *widget,
            const char *title,
            gboolean    mapped_only)
{
  guint n = 0;

  if (ADW_IS_PREFERENCES_ROW (widget) &&
      (title == NULL || g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0) &&
      (!mapped_only || gtk_widget_get_mapped (widget)))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_rows (child, title, mapped_only);
  return n;
}

static void
store_question (BrQuestion **out,
                BrQuestion  *question)
{
  *out = question;
}

static void
plan_body (BrApplication *app,
           BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  GtkWidget *page = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  GtkWidget *bank = br_test_find_widget (page, BR_TYPE_QUESTION_BANK);
  AdwLeaflet *leaflet = ADW_LEAFLET (br_test_find_widget (page, ADW_TYPE_LEAFLET));
  const BrLibraryView *views;
  guint n_views;
  g_autoptr(BrBlock) first_block = g_list_model_get_item (br_guide_get_blocks (guide), 0);
  g_autoptr(BrStudyItem) first_item = g_list_model_get_item (br_block_get_items (first_block), 0);
  g_autoptr(BrPrinciple) principle = g_list_model_get_item (br_guide_get_principles (guide), 0);

  g_assert_nonnull (page);
  g_assert_nonnull (bank);

  /* The plan's blocks and their items are on the dashboard */
  expand_blocks (page);
  br_test_pump ();
  g_assert_cmpuint (count_rows (page, br_guide_entry_get_title (BR_GUIDE_ENTRY (first_item)), FALSE), >=, 1);

  /* Every library view opens, and back returns to the dashboard */
  views = br_plan_library_get_views (&n_views);
  for (guint i = 0; i < n_views; i++)
    {
      g_assert_true (gtk_widget_activate_action (page, "plan.show", "s", views[i].name));
      br_test_pump ();
      g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
      g_assert_true (gtk_widget_activate_action (page, "plan.back", NULL));
      br_test_pump ();
      g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "dashboard");
    }

  /* The principles view lists every principle */
  g_assert_true (gtk_widget_activate_action (page, "plan.show", "s", "principles"));
  br_test_pump ();
  g_assert_cmpuint (count_rows (page, br_guide_entry_get_title (BR_GUIDE_ENTRY (principle)), TRUE), >=, 1);
  g_assert_true (gtk_widget_activate_action (page, "plan.back", NULL));

  /* The Amazon way lists its traits, the closing thoughts its values */
  g_assert_true (br_plan_library_has_view (guide, "amazon-way"));
  g_assert_true (gtk_widget_activate_action (page, "plan.show", "s", "amazon-way"));
  br_test_pump ();
  {
    g_autoptr(BrTrait) trait = g_list_model_get_item (br_guide_get_amazon_way (guide), 0);

    g_assert_cmpuint (count_rows (page, br_guide_entry_get_title (BR_GUIDE_ENTRY (trait)), TRUE), ==, 1);
  }
  g_assert_true (gtk_widget_activate_action (page, "plan.back", NULL));
  g_assert_true (br_plan_library_has_view (guide, "closing"));
  g_assert_true (gtk_widget_activate_action (page, "plan.show", "s", "closing"));
  br_test_pump ();
  g_assert_cmpuint (count_rows (page, "Customer obsession over technical brilliance", TRUE), ==, 1);
  g_assert_true (gtk_widget_activate_action (page, "plan.back", NULL));
  br_test_pump ();

  /* The dashboard's library has a row for each view the guide has */
  g_assert_cmpuint (count_rows (page, "The Amazon Way", FALSE), ==, 1);
  g_assert_cmpuint (count_rows (page, "Final Thoughts", FALSE), ==, 1);

  /* Ctrl+F's action opens the question bank on the Plan page */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-question", NULL));
  br_test_pump ();
  g_assert_cmpstr (br_window_get_visible_page (window), ==, "plan");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 30);

  /* Search looks through the whole card, in any case */
  br_question_bank_set_search (BR_QUESTION_BANK (bank), "S3");
  br_test_pump ();
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), >=, 1);
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), <, 30);
  /* ... its API, its data model and its worked numbers included */
  br_question_bank_set_search (BR_QUESTION_BANK (bank), "listobjectsv2");
  br_test_pump ();
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 1);
  br_question_bank_set_search (BR_QUESTION_BANK (bank), "CartLine");
  br_test_pump ();
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 1);
  br_question_bank_set_search (BR_QUESTION_BANK (bank), "730 PB");
  br_test_pump ();
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 1);
  br_question_bank_set_search (BR_QUESTION_BANK (bank), "no such words anywhere");
  br_test_pump ();
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 0);
  br_question_bank_set_search (BR_QUESTION_BANK (bank), "");

  /* The category filter */
  br_question_bank_set_category (BR_QUESTION_BANK (bank), "categories/advertising");
  br_test_pump ();
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 4);
  /* A row activated is the question it shows: the third of the category */
  {
    GListModel *questions = br_guide_get_questions (guide);
    GtkListBox *list = GTK_LIST_BOX (br_test_find_widget (bank, GTK_TYPE_LIST_BOX));
    g_autoptr(BrQuestion) expected = NULL;
    BrQuestion *activated = NULL;
    guint n_seen = 0;

    for (guint i = 0; i < g_list_model_get_n_items (questions) && expected == NULL; i++)
      {
        g_autoptr(BrQuestion) q = g_list_model_get_item (questions, i);

        if (g_strcmp0 (br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (q))),
                       "categories/advertising") == 0 && ++n_seen == 3)
          expected = g_steal_pointer (&q);
      }
    g_assert_nonnull (expected);
    g_signal_connect_swapped (bank, "question-activated", G_CALLBACK (store_question), &activated);
    g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 2));
    g_signal_handlers_disconnect_by_func (bank, store_question, &activated);
    g_assert_true (activated == expected);
    br_test_pump ();
    g_assert_true (gtk_widget_activate_action (page, "plan.show", "s", "questions"));
    br_test_pump ();
  }
  br_question_bank_set_category (BR_QUESTION_BANK (bank), NULL);
  br_test_pump ();
  g_assert_cmpuint (br_question_bank_get_n_shown (BR_QUESTION_BANK (bank)), ==, 30);

  /* A question's card, then back to the bank, then back to the dashboard */
  g_assert_true (gtk_widget_activate_action (page, "plan.show", "s", "questions/design-s3"));
  br_test_pump ();
  {
    BrQuestion *q = BR_QUESTION (br_guide_lookup (guide, "questions/design-s3"));
    const char *clarifying = br_question_get_clarifying (q)[0];
    g_autoptr(BrDataEntity) entity = g_list_model_get_item (br_question_get_data_model (q), 0);

    g_assert_cmpuint (count_rows (page, clarifying, TRUE), ==, 1);
    /* The core API, the data model and the worked numbers */
    g_assert_cmpuint (count_rows (page, br_question_get_api (q)[0], TRUE), ==, 1);
    g_assert_cmpuint (count_rows (page, br_data_entity_get_name (entity), TRUE), ==, 1);
    g_assert_cmpuint (count_rows (page, "Inputs", TRUE), ==, 1);
    g_assert_cmpuint (count_rows (page, "Data kept, all copies", TRUE), ==, 1);
  }
  g_assert_true (gtk_widget_activate_action (page, "plan.back", NULL));
  br_test_pump ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_true (gtk_widget_get_mapped (bank));
  g_assert_true (gtk_widget_activate_action (page, "plan.back", NULL));
  br_test_pump ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "dashboard");
}

static void
test_plan_page (void)
{
  br_test_run_in_app (plan_body);
}

/* A guide file without the Amazon way or the closing thoughts has no views
 * for them */
static void
test_views_of_older_guide (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "guide", "without-extras.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrGuide) guide = br_guide_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_false (br_plan_library_has_view (guide, "amazon-way"));
  g_assert_false (br_plan_library_has_view (guide, "closing"));
  g_assert_true (br_plan_library_has_view (guide, "principles"));
  g_assert_false (br_plan_library_has_view (guide, "no-such-view"));
}

/* A library view is a widget of its own, made for a guide and a view:
 * the tips view has a row for each tip, in the Do or Don't group */
static void
test_library_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrGuide) guide = br_guide_new_builtin (&error);
  GListModel *tips;
  GtkWidget *view;
  guint n_tips;

  g_assert_no_error (error);
  tips = br_guide_get_tips (guide);
  n_tips = g_list_model_get_n_items (tips);
  g_assert_cmpuint (n_tips, >, 0);

  view = g_object_ref_sink (br_library_page_new (guide, "tips"));
  g_assert_true (BR_IS_LIBRARY_PAGE (view));
  g_assert_true (br_library_page_get_guide (BR_LIBRARY_PAGE (view)) == guide);
  g_assert_cmpstr (br_library_page_get_view (BR_LIBRARY_PAGE (view)), ==, "tips");
  g_assert_true (ADW_IS_PREFERENCES_PAGE (adw_bin_get_child (ADW_BIN (view))));
  g_assert_cmpuint (count_rows (view, NULL, FALSE), ==, n_tips);
  for (guint i = 0; i < n_tips; i++)
    {
      g_autoptr(BrGuideEntry) tip = g_list_model_get_item (tips, i);
      gboolean is_do = br_tip_get_kind (BR_TIP (tip)) == BR_TIP_KIND_DO;

      g_assert_cmpuint (count_rows (view, br_guide_entry_get_title (tip), FALSE), >=, 1);
      /* ... in its kind's group, not in the other */
      g_assert_cmpuint (count_rows (br_test_find_group (view, is_do ? "Do" : "Don’t"),
                                    br_guide_entry_get_title (tip), FALSE), >=, 1);
      g_assert_cmpuint (count_rows (br_test_find_group (view, is_do ? "Don’t" : "Do"),
                                    br_guide_entry_get_title (tip), FALSE), ==, 0);
    }
  g_assert_finalize_object (view);

  /* Every view of the built-in guide has rows */
  {
    guint n_views;
    const BrLibraryView *views = br_plan_library_get_views (&n_views);

    for (guint i = 0; i < n_views; i++)
      {
        view = g_object_ref_sink (br_library_page_new (guide, views[i].name));
        g_assert_cmpuint (count_rows (view, NULL, FALSE), >, 0);
        g_assert_finalize_object (view);
      }
  }
}

/* The row of the study item @name, once its block was opened */
static BrPlanItemRow *
find_item_row (GtkWidget  *widget,
               const char *name)
{
  if (BR_IS_PLAN_ITEM_ROW (widget) &&
      g_strcmp0 (br_guide_entry_get_id (BR_GUIDE_ENTRY (br_plan_item_row_get_item (BR_PLAN_ITEM_ROW (widget)))), name) == 0)
    return BR_PLAN_ITEM_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      BrPlanItemRow *found = find_item_row (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_check_named (GtkWidget  *widget,
                  const char *name)
{
  BrPlanItemRow *row = find_item_row (widget, name);

  return row ? br_test_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON) : NULL;
}

/* The block row of the block that holds @item_name */
static GtkWidget *
find_block_row_of (GtkWidget  *widget,
                   const char *item_name)
{
  BrPlanItemRow *row = find_item_row (widget, item_name);

  return row ? gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_EXPANDER_ROW) : NULL;
}

/* The "2/4" of a block row: its label styled "numeric", outside its items */
static GtkLabel *
find_count_label (GtkWidget *widget)
{
  if (BR_IS_PLAN_ITEM_ROW (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric"))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_count_label (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The "In progress" label of an item row: its label styled "accent" */
static GtkWidget *
find_state_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "accent"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_state_label (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
count_changed (guint *n)
{
  (*n)++;
}

static void
progress_check_body (BrApplication *app,
                     BrWindow      *window)
{
  BrProgress *progress = br_application_get_progress (app);
  GtkWidget *page = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  GtkWidget *check;
  GtkWidget *entry;
  GtkMenuButton *note_button;
  GtkWidget *block;
  BrPlanItemRow *item_row;
  g_autofree char *count = NULL;
  guint n_items;
  guint n_changes = 0;

  /* Items are built when their block opens */
  g_assert_null (find_check_named (page, "items/cap-theorem"));
  expand_blocks (page);
  br_test_pump ();
  check = find_check_named (page, "items/cap-theorem");
  g_assert_nonnull (progress);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* Checking an item is saved at once, and its block counts it */
  block = find_block_row_of (page, "items/cap-theorem");
  g_assert_nonnull (block);
  {
    BrStudyItem *item = br_plan_item_row_get_item (find_item_row (page, "items/cap-theorem"));
    BrGuideEntry *owner = br_guide_lookup (br_application_get_guide (app), br_study_item_get_block_id (item));

    n_items = g_list_model_get_n_items (br_block_get_items (BR_BLOCK (owner)));
  }
  count = g_strdup_printf ("0/%u", n_items);
  g_assert_cmpstr (gtk_label_get_label (find_count_label (block)), ==, count);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  br_test_pump ();
  g_assert_cmpint (br_progress_get_item_state (progress, "items/cap-theorem"), ==, BR_ITEM_STATE_DONE);
  g_free (count);
  count = g_strdup_printf ("1/%u", n_items);
  g_assert_cmpstr (gtk_label_get_label (find_count_label (block)), ==, count);

  /* The rows follow the progress when it changes elsewhere: the check box,
   * the "In progress" label and the count; showing a state writes none */
  item_row = find_item_row (page, "items/cap-theorem");
  g_assert_true (br_plan_item_row_get_progress (item_row) == progress);
  g_signal_connect_swapped (progress, "changed", G_CALLBACK (count_changed), &n_changes);
  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_IN_PROGRESS);
  br_test_pump ();
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (gtk_widget_get_visible (find_state_label (GTK_WIDGET (item_row))));
  g_free (count);
  count = g_strdup_printf ("0/%u", n_items);
  g_assert_cmpstr (gtk_label_get_label (find_count_label (block)), ==, count);
  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  br_test_pump ();
  g_assert_cmpuint (n_changes, ==, 2);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_false (gtk_widget_get_visible (find_state_label (GTK_WIDGET (item_row))));

  /* A note typed in the popover is kept when it closes (the popover is
   * not shown: under Xvfb it has no monitor to be placed on) */
  note_button = GTK_MENU_BUTTON (br_test_find_widget (GTK_WIDGET (item_row), GTK_TYPE_MENU_BUTTON));
  entry = br_test_find_widget (GTK_WIDGET (gtk_menu_button_get_popover (note_button)), GTK_TYPE_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Partitions: pick two");
  g_signal_emit_by_name (gtk_menu_button_get_popover (note_button), "closed");
  br_test_pump ();
  g_assert_cmpstr (br_progress_get_item_note (progress, "items/cap-theorem"), ==, "Partitions: pick two");
  g_assert_cmpuint (n_changes, ==, 3);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (note_button)), ==, "Partitions: pick two");
  g_signal_handlers_disconnect_by_func (progress, count_changed, &n_changes);

  /* Starting the next item marks it in progress and opens what it needs */
  g_assert_true (gtk_widget_activate_action (page, "plan.start-next", NULL));
  br_test_pump ();
  g_assert_cmpint (br_progress_get_item_state (progress, "items/laws-of-distributed-systems"), ==,
                   BR_ITEM_STATE_IN_PROGRESS);
}

static void
progress_reload_body (BrApplication *app,
                      BrWindow      *window)
{
  BrProgress *progress = br_application_get_progress (app);
  GtkWidget *page = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  GtkWidget *check;

  expand_blocks (page);
  br_test_pump ();
  check = find_check_named (page, "items/cap-theorem");

  /* A new run reads the progress back from disk */
  g_assert_cmpint (br_progress_get_item_state (progress, "items/cap-theorem"), ==, BR_ITEM_STATE_DONE);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  br_test_pump ();
  g_assert_cmpint (br_progress_get_item_state (progress, "items/cap-theorem"), ==, BR_ITEM_STATE_NOT_STARTED);
}

/* The start date shows its year in four digits, and a day far off picked
 * in the calendar is refused with a message */
static void
start_date_body (BrApplication *app,
                 BrWindow      *window)
{
  BrProgress *progress = br_application_get_progress (app);
  GtkWidget *page = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  GtkWidget *week_row = br_test_find_widget (page, ADW_TYPE_ACTION_ROW);
  GtkMenuButton *button = GTK_MENU_BUTTON (br_test_find_widget (week_row, GTK_TYPE_MENU_BUTTON));
  g_autoptr(GDateTime) far = g_date_time_new_local (9999, 12, 31, 0, 0, 0);
  GtkCalendar *calendar;
  GtkWidget *message;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 31, 12, 2099);
  br_progress_set_start_date (progress, &start);
  br_test_pump ();
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (week_row)), ==,
                   "The plan started on December 31, 2099");

  gtk_menu_button_popup (button);
  br_test_pump ();
  calendar = GTK_CALENDAR (br_test_find_widget (GTK_WIDGET (gtk_menu_button_get_popover (button)), GTK_TYPE_CALENDAR));
  g_assert_nonnull (calendar);
  gtk_calendar_select_day (calendar, far);
  g_signal_emit_by_name (calendar, "day-selected");
  br_test_pump ();

  /* Not taken: the plan still starts where it did, and the popover says why */
  g_assert_cmpint (g_date_compare (br_progress_get_start_date (progress), &start), ==, 0);
  message = gtk_widget_get_next_sibling (GTK_WIDGET (calendar));
  g_assert_true (GTK_IS_LABEL (message) && gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (message)), ==,
                   "9999-12-31 is not a day the plan can start on: choose one in the years 2000 to 2100");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  gtk_menu_button_popdown (button);
  br_test_pump ();
}

static void
test_progress (void)
{
  br_test_run_in_app (progress_check_body);
  br_test_run_in_app (progress_reload_body);
}

#define ALPHA(p) (((p) >> 24) & 0xff)
#define RED(p)   (((p) >> 16) & 0xff)
#define GREEN(p) (((p) >> 8) & 0xff)
#define BLUE(p)  ((p) & 0xff)

/* The colour filling a score's bar, at the start of its filled part */
static void
assert_bar_color (GtkWidget  *bar,
                  const char *color_name)
{
  GtkStyleContext *context = gtk_widget_get_style_context (bar);
  g_autofree guint32 *pixels = NULL;
  GdkRGBA expected;
  guint32 pixel;
  int width, height;

  g_assert_true (gtk_style_context_lookup_color (context, color_name, &expected));
  pixels = br_test_render (bar, &width, &height);
  pixel = pixels[(height / 2) * width + 6];
  g_test_message ("%s: pixel %08x, expected %s %.3f %.3f %.3f", color_name, pixel, color_name, expected.red, expected.green, expected.blue);
  g_assert_cmpuint (ALPHA (pixel), ==, 255);
  g_assert_cmpint (ABS ((int) RED (pixel) - (int) (expected.red * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS ((int) GREEN (pixel) - (int) (expected.green * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS ((int) BLUE (pixel) - (int) (expected.blue * 255 + 0.5)), <=, 2);
}

static void
check_scores (GtkWidget  *plan,
              GListModel *rubric,
              guint       weakest)
{
  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);
      GtkWidget *row = br_test_find_row (plan, br_guide_entry_get_title (dimension));
      GtkWidget *bar;
      const char *subtitle;

      g_assert_nonnull (row);
      bar = br_test_find_widget (row, GTK_TYPE_LEVEL_BAR);
      g_assert_nonnull (bar);
      subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
      if (i == weakest)
        {
          /* Said in words, and drawn in the warning colour, not green */
          g_assert_true (g_str_has_prefix (subtitle, "Weakest · Average 1.5 of 4"));
          assert_bar_color (bar, "warning_bg_color");
        }
      else
        {
          g_assert_true (g_str_has_prefix (subtitle, "Average 3.0 of 4"));
          assert_bar_color (bar, "accent_bg_color");
        }
    }
}

/* "Your Scores": the weakest dimension reads as the weakest, in light and
 * dark */
static void
scores_body (BrApplication *app,
             BrWindow      *window)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  BrGuide *guide = br_application_get_guide (app);
  BrPracticeHistory *history = br_application_get_practice (app);
  GListModel *rubric = br_guide_get_rubric (guide);
  GtkWidget *plan = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 1);
  const guint weakest = 1;
  GtkWidget *scores;

  /* Two attempts: every dimension 3, but the second dimension 1 then 2 */
  for (guint a = 0; a < 2; a++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 1 + a, 10, 0, 0);
      g_autoptr(BrAttempt) attempt = br_attempt_new (br_guide_entry_get_id (BR_GUIDE_ENTRY (question)), when, 60);

      for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
        {
          g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);
          br_attempt_set_score (attempt, br_guide_entry_get_id (dimension), i == weakest ? 1 + a : 3);
        }
      br_practice_history_add_attempt (history, attempt);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
  br_test_pump ();

  scores = br_test_find_row (plan, "Your Scores");
  g_assert_nonnull (scores);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (scores), TRUE);
  br_test_pump ();
  check_scores (plan, rubric, weakest);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  br_test_pump ();
  check_scores (plan, rubric, weakest);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  br_test_pump ();
}

static void
test_scores (void)
{
  br_test_run_in_app (scores_body);
}

/* A question's card lists its attempts, newest first, each opening its
 * review; the card follows the history */
static void
card_attempts_body (BrApplication *app,
                    BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrPracticeHistory *history = br_application_get_practice (app);
  GtkWidget *plan = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 1);
  g_autoptr(BrQuestion) other = g_list_model_get_item (br_guide_get_questions (guide), 2);
  const char *id = br_guide_entry_get_id (BR_GUIDE_ENTRY (question));
  g_autoptr(GDateTime) april_10 = g_date_time_new_utc (2026, 4, 10, 9, 30, 0);
  g_autoptr(GDateTime) april_11 = g_date_time_new_utc (2026, 4, 11, 9, 30, 0);
  g_autoptr(GDateTime) april_12 = g_date_time_new_utc (2026, 4, 12, 9, 30, 0);
  g_autoptr(BrAttempt) older = br_attempt_new (id, april_10, 60);
  g_autoptr(BrAttempt) newer = br_attempt_new (id, april_11, 60);
  g_autoptr(BrAttempt) elsewhere = br_attempt_new (br_guide_entry_get_id (BR_GUIDE_ENTRY (other)), april_12, 60);
  g_autoptr(GListModel) before = br_practice_history_dup_attempts_for_question (history, id);
  guint n_before = g_list_model_get_n_items (before);  /* other tests' */
  GtkWidget *group;
  GtkWidget *row;

  br_practice_history_add_attempt (history, older);
  br_practice_history_add_attempt (history, elsewhere);
  br_practice_history_add_attempt (history, newer);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
  g_assert_true (br_plan_page_show (BR_PLAN_PAGE (plan), id));
  br_test_pump ();
  group = br_test_find_group (plan, "Your Attempts");
  g_assert_nonnull (group);
  g_assert_cmpuint (count_rows (group, NULL, FALSE), ==, n_before + 2);

  /* Newest first, titled with the day, opening the attempt */
  {
    g_autofree char *started = br_attempt_view_format_started (newer);
    GVariant *target;

    row = br_test_find_row (group, started);
    g_assert_nonnull (row);
    g_assert_null (gtk_widget_get_prev_sibling (row));
    g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "plan.show");
    target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, br_attempt_get_id (newer));
  }

  /* An attempt removed leaves the card, shown again in place */
  g_assert_true (br_practice_history_remove_attempt (history, newer));
  br_test_pump ();
  group = br_test_find_group (plan, "Your Attempts");
  g_assert_nonnull (group);
  g_assert_cmpuint (count_rows (group, NULL, FALSE), ==, n_before + 1);
  {
    g_autofree char *started = br_attempt_view_format_started (older);
    g_assert_nonnull (br_test_find_row (group, started));
  }

  /* Without attempts, the card has no list and no title for one */
  g_assert_true (br_practice_history_remove_attempt (history, older));
  for (guint i = 0; i < n_before; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (before, i);
      g_assert_true (br_practice_history_remove_attempt (history, attempt));
    }
  br_test_pump ();
  g_assert_null (br_test_find_group (plan, "Your Attempts"));
}

static void
test_card_attempts (void)
{
  br_test_run_in_app (card_attempts_body);
}

static void
test_start_date (void)
{
  br_test_run_in_app (start_date_body);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);

  g_test_add_func ("/plan-page/library-and-questions", test_plan_page);
  g_test_add_func ("/plan-page/views-of-older-guide", test_views_of_older_guide);
  g_test_add_func ("/plan-page/library-page", test_library_page);
  g_test_add_func ("/plan-page/progress", test_progress);
  g_test_add_func ("/plan-page/scores", test_scores);
  g_test_add_func ("/plan-page/start-date", test_start_date);
  g_test_add_func ("/plan-page/card-attempts", test_card_attempts);

  return g_test_run ();
}
