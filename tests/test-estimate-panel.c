/* test-estimate-panel.c — the estimator window, as a person uses it
 * (under Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-application.h"
#include "br-clock.h"
#include "br-estimate-window.h"
#include "br-plan-page.h"
#include "br-practice-panel.h"
#include "br-test-app.h"

static BrEstimateWindow *
open_estimator (BrApplication *app)
{
  GtkWindow *window;

  g_action_group_activate_action (G_ACTION_GROUP (app), "estimate", NULL);
  br_test_pump ();
  window = br_test_find_toplevel (BR_TYPE_ESTIMATE_WINDOW);
  g_assert_nonnull (window);
  return BR_ESTIMATE_WINDOW (window);
}

static char *
clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  GValue value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  char *text;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  text = g_value_dup_string (&value);
  g_value_unset (&value);
  return text;
}

/* Types @text into @entry one character at a time, as a person would */
static void
type_into (GtkEditable *entry,
           const char  *text)
{
  gtk_editable_delete_text (entry, 0, -1);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      int position = -1;
      g_autofree char *character = g_strndup (p, (gsize) (g_utf8_next_char (p) - p));

      position = (int) g_utf8_strlen (gtk_editable_get_text (entry), -1);
      gtk_editable_insert_text (entry, character, -1, &position);
    }
}

static void
assert_figure (BrEstimatePanel  *panel,
               BrEstimateOutput  output,
               const char       *figure)
{
  g_test_message ("%s: %s", br_estimate_output_id (output), br_estimate_panel_get_figure (panel, output));
  g_assert_cmpstr (br_estimate_panel_get_figure (panel, output), ==, figure);
}

/* The header bar button and the shortcut reach it from every page */
static void
open_body (BrApplication *app,
           BrWindow      *window)
{
  const char *pages[] = { "plan", "whiteboard", "round" };
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.estimate");
  BrEstimateWindow *estimator;
  BrEstimatePanel *panel;

  g_assert_cmpstr (accels[0], ==, "<Shift><Control>e");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *button;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      br_test_pump ();
      /* The header bar's button is there, and works, whatever the page */
      button = br_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON);
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.estimate", NULL));
      br_test_pump ();
      estimator = BR_ESTIMATE_WINDOW (br_test_find_toplevel (BR_TYPE_ESTIMATE_WINDOW));
      g_assert_nonnull (estimator);
      g_assert_false (gtk_window_get_modal (GTK_WINDOW (estimator)));
      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (estimator)) == GTK_WINDOW (window));
      g_assert_cmpstr (br_estimate_window_get_page (estimator), ==, "estimate");
      gtk_window_close (GTK_WINDOW (estimator));
      br_test_pump ();
      g_assert_null (br_test_find_toplevel (BR_TYPE_ESTIMATE_WINDOW));
    }

  /* It opens on an example, at work */
  estimator = open_estimator (app);
  panel = br_estimate_window_get_panel (estimator);
  assert_figure (panel, BR_ESTIMATE_PEAK_READ_RPS, "34.4k/s");
  assert_figure (panel, BR_ESTIMATE_INSTANCES, "18");
  g_assert_cmpstr (br_estimate_panel_get_working (panel, BR_ESTIMATE_READ_RPS), ==,
                   "100M users x 10 requests = 1B requests/day\n"
                   "1B requests/day / 86,400 s = 11.6k requests/s\n"
                   "11.57k requests/s x 100/101 reads = 11.5k reads/s");
}

static void
test_open (void)
{
  br_test_run_in_app (open_body);
}

/* Typing inputs and reading the figures */
static void
typing_body (BrApplication *app,
             BrWindow      *window)
{
  BrEstimateWindow *estimator = open_estimator (app);
  BrEstimatePanel *panel = br_estimate_window_get_panel (estimator);
  BrEstimate *estimate = br_application_get_estimate (app);
  static const struct { BrEstimateInput input; const char *text; } cart[] = {
    { BR_ESTIMATE_DAU, "100M" }, { BR_ESTIMATE_ACTIONS, "25" }, { BR_ESTIMATE_READ_WRITE, "3:1" },
    { BR_ESTIMATE_PEAK, "14" }, { BR_ESTIMATE_WRITE_SIZE, "3 KB" }, { BR_ESTIMATE_READ_SIZE, "3KB" },
    { BR_ESTIMATE_RETENTION, "90 days" }, { BR_ESTIMATE_REPLICATION, "3" }, { BR_ESTIMATE_CAPACITY, "5k" },
  };
  GtkEditable *dau = br_estimate_panel_get_entry (panel, BR_ESTIMATE_DAU);
  GtkWidget *dau_row;

  for (guint i = 0; i < G_N_ELEMENTS (cart); i++)
    type_into (br_estimate_panel_get_entry (panel, cart[i].input), cart[i].text);
  br_test_pump ();

  /* What the entries say is what the estimate holds */
  g_assert_cmpstr (br_estimate_get_input (estimate, BR_ESTIMATE_RETENTION), ==, "90 days");
  /* By hand: 100M x 25 / 86,400 = 28,935/s; 3/4 reads x 14 = 303,819/s;
   * 2.5e9/4 writes x 3 KB = 1.875 TB a day x 90 x 3 = 506 TB;
   * 28,935 x 14 / 5,000 = 81.02, so 82 */
  assert_figure (panel, BR_ESTIMATE_PEAK_READ_RPS, "304k/s");
  assert_figure (panel, BR_ESTIMATE_PEAK_WRITE_RPS, "101k/s");
  assert_figure (panel, BR_ESTIMATE_STORAGE_TOTAL, "506 TB");
  assert_figure (panel, BR_ESTIMATE_PEAK_EGRESS, "911 MB/s");
  assert_figure (panel, BR_ESTIMATE_INSTANCES, "82");
  g_assert_nonnull (strstr (br_estimate_panel_get_working (panel, BR_ESTIMATE_STORAGE_TOTAL),
                            "90 days = 90 days"));

  /* An impossible value: the error shows on the field, and the figures
   * that need it wait, with no NaN anywhere */
  type_into (dau, "-5");
  br_test_pump ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dau), "error"));
  dau_row = gtk_widget_get_ancestor (GTK_WIDGET (dau), ADW_TYPE_ACTION_ROW);
  g_assert_true (gtk_widget_has_css_class (dau_row, "br-input-error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dau_row)), ==,
                   "“-5” is negative: it must be between 0 and 100B");
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      g_assert_cmpstr (br_estimate_panel_get_figure (panel, (BrEstimateOutput) i), ==, "—");
      g_assert_true (g_str_has_prefix (br_estimate_panel_get_working (panel, (BrEstimateOutput) i),
                                       "Needs: daily active users"));
    }

  type_into (dau, "1,5k");
  br_test_pump ();
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dau_row)), "decimals with a point"));
  type_into (dau, "99999999999999999999");
  br_test_pump ();
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dau_row)), "too large"));

  /* Fixed, the error goes and the hint comes back */
  type_into (dau, "1.5k");
  br_test_pump ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dau), "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dau_row)), ==,
                   br_estimate_input_hint (BR_ESTIMATE_DAU));
  assert_figure (panel, BR_ESTIMATE_READ_RPS, "0.326/s");   /* 1,500 x 25 x 3/4 / 86,400 */

  /* Clear empties every input; the figures say what they need */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "estimate.clear", NULL));
  br_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (dau), ==, "");
  assert_figure (panel, BR_ESTIMATE_READ_RPS, "—");
  g_assert_cmpstr (br_estimate_panel_get_working (panel, BR_ESTIMATE_INSTANCES), ==,
                   "Needs: daily active users, requests per user per day, read:write ratio, peak factor, "
                   "requests per second per instance");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "estimate.example", NULL));
  br_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (dau), ==, "100M");
  assert_figure (panel, BR_ESTIMATE_STORAGE_TOTAL, "54.2 TB");

  /* The estimate outlives its window */
  gtk_window_close (GTK_WINDOW (estimator));
  br_test_pump ();
  type_into (br_estimate_panel_get_entry (br_estimate_window_get_panel (open_estimator (app)), BR_ESTIMATE_PEAK),
             "4");
  br_test_pump ();
  g_assert_cmpstr (br_estimate_get_input (estimate, BR_ESTIMATE_PEAK), ==, "4");
}

static void
test_typing (void)
{
  br_test_run_in_app (typing_body);
}

/* app.estimate-preset, as a practice card's button will use it */
static void
preset_body (BrApplication *app,
             BrWindow      *window)
{
  const char * const card[] = {
    "dau=20M", "actions=30", "read-write=2:1", "peak=12", "write-size=200B",
    "read-size=2KB", "retention=2 years", "replication=3", NULL
  };
  const char * const wrong[] = { "dau=5", "users=5", NULL };
  BrEstimateWindow *estimator;
  BrEstimatePanel *panel;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.estimate-preset", "^as", card));
  br_test_pump ();
  estimator = BR_ESTIMATE_WINDOW (br_test_find_toplevel (BR_TYPE_ESTIMATE_WINDOW));
  g_assert_nonnull (estimator);
  panel = br_estimate_window_get_panel (estimator);

  g_assert_cmpstr (gtk_editable_get_text (br_estimate_panel_get_entry (panel, BR_ESTIMATE_DAU)), ==, "20M");
  /* The example's capacity is not the card's: it is emptied */
  g_assert_cmpstr (gtk_editable_get_text (br_estimate_panel_get_entry (panel, BR_ESTIMATE_CAPACITY)), ==, "");
  assert_figure (panel, BR_ESTIMATE_PEAK_READ_RPS, "55.6k/s");
  assert_figure (panel, BR_ESTIMATE_STORAGE_TOTAL, "87.6 TB");
  assert_figure (panel, BR_ESTIMATE_INSTANCES, "—");

  /* Inputs that name no input change nothing */
  br_estimate_window_show_page (estimator, "reference");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.estimate-preset", "^as", wrong));
  br_test_pump ();
  g_assert_cmpstr (br_estimate_window_get_page (estimator), ==, "estimate");
  g_assert_cmpstr (gtk_editable_get_text (br_estimate_panel_get_entry (panel, BR_ESTIMATE_DAU)), ==, "20M");
}

static void
test_preset (void)
{
  br_test_run_in_app (preset_body);
}

/* Presses the card's Load into Estimator button: the estimator opens with
 * the card's inputs, gives every figure the card states, and names the
 * card */
static BrEstimatePanel *
load_card (GtkWidget  *card,
           BrQuestion *question)
{
  const char * const *inputs = br_question_get_estimate_inputs (question);
  const char * const *figures = br_question_get_estimate_figures (question);
  const char *title = br_guide_entry_get_title (BR_GUIDE_ENTRY (question));
  g_autofree char *from = g_strdup_printf ("From: %s", title);
  GtkWidget *button = br_test_find_button (card, "Load into Estimator");
  BrEstimateWindow *estimator;
  BrEstimatePanel *panel;

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Open the Estimator with This Card's Inputs");
  g_test_message ("button sensitive %d action %s", gtk_widget_is_sensitive (button),
                  gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  br_test_pump ();

  estimator = BR_ESTIMATE_WINDOW (br_test_find_toplevel (BR_TYPE_ESTIMATE_WINDOW));
  g_assert_nonnull (estimator);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (estimator)));
  g_assert_cmpstr (br_estimate_window_get_page (estimator), ==, "estimate");
  panel = br_estimate_window_get_panel (estimator);

  /* Every input the card gives is in its entry; the others are empty */
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      const char *key = br_estimate_input_key ((BrEstimateInput) i);
      const char *expected = "";

      for (guint k = 0; inputs[k] != NULL; k++)
        if (g_str_has_prefix (inputs[k], key) && inputs[k][strlen (key)] == '=')
          expected = inputs[k] + strlen (key) + 1;
      g_assert_cmpstr (gtk_editable_get_text (br_estimate_panel_get_entry (panel, (BrEstimateInput) i)), ==, expected);
    }

  /* The figures the estimator shows are the card's */
  for (guint k = 0; figures[k] != NULL; k++)
    {
      g_auto(GStrv) pair = g_strsplit (figures[k], "=", 2);
      BrEstimateOutput output;

      g_assert_true (br_estimate_output_from_id (pair[0], &output));
      assert_figure (panel, output, pair[1]);
    }

  g_assert_cmpstr (br_estimate_panel_get_source (panel), ==, from);
  return panel;
}

/* The card's button in the question bank and in the practice panel beside
 * the board; the card's name goes once an input changes, or on Clear or
 * Example */
static void
load_card_body (BrApplication *app,
                BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  GtkWidget *page = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  BrQuestion *twitch = BR_QUESTION (br_guide_lookup (guide, "questions/design-twitch-live-streaming"));
  BrQuestion *cart = BR_QUESTION (br_guide_lookup (guide, "questions/design-shopping-cart"));
  g_autoptr(BrPracticeHistory) history = br_practice_history_new (NULL);
  g_autoptr(BrPracticeSession) session = br_practice_session_new (history);
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (1000000);
  g_autoptr(BrRound) round = br_round_new (br_guide_get_phases (guide), BR_CLOCK (clock));
  BrEstimatePanel *panel;
  GtkWidget *side;
  GtkWidget *holder;

  /* The question bank's card */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
  g_assert_true (gtk_widget_activate_action (page, "plan.show", "s", "questions/design-twitch-live-streaming"));
  br_test_pump ();
  panel = load_card (page, twitch);
  assert_figure (panel, BR_ESTIMATE_STORAGE_PER_YEAR, "1.18 EB");

  /* The candidate adjusts an input: the figures follow, the card's name goes */
  type_into (br_estimate_panel_get_entry (panel, BR_ESTIMATE_RETENTION), "30d");
  br_test_pump ();
  assert_figure (panel, BR_ESTIMATE_STORAGE_TOTAL, "194 PB");
  g_assert_null (br_estimate_panel_get_source (panel));

  /* Clear and Example forget it too */
  panel = load_card (page, twitch);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "estimate.clear", NULL));
  br_test_pump ();
  g_assert_null (br_estimate_panel_get_source (panel));
  panel = load_card (page, twitch);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "estimate.example", NULL));
  br_test_pump ();
  g_assert_null (br_estimate_panel_get_source (panel));

  /* The practice panel's card has the same button */
  br_practice_session_set_guide (session, guide);
  br_practice_session_set_round (session, round);
  br_practice_session_start (session, cart, 60);
  side = br_practice_panel_new (session);
  holder = gtk_window_new ();
  gtk_window_set_application (GTK_WINDOW (holder), GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (holder), 480, 2400);
  gtk_window_set_child (GTK_WINDOW (holder), side);
  gtk_window_present (GTK_WINDOW (holder));
  br_test_pump ();
  panel = load_card (side, cart);
  assert_figure (panel, BR_ESTIMATE_INSTANCES, "12");
  gtk_window_destroy (GTK_WINDOW (holder));
  br_test_pump ();
}

static void
test_load_card (void)
{
  br_test_run_in_app (load_card_body);
}

/* One click copies a figure */
static void
copy_body (BrApplication *app,
           BrWindow      *window)
{
  BrEstimateWindow *estimator = open_estimator (app);
  BrEstimatePanel *panel = br_estimate_window_get_panel (estimator);
  g_autofree char *figure = NULL;
  g_autofree char *all = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "estimate.copy-figure", "s", "peak-read-rps"));
  br_test_pump ();
  figure = clipboard_text (GTK_WIDGET (panel));
  g_assert_cmpstr (figure, ==, "34.4k/s");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "estimate.copy-all", NULL));
  br_test_pump ();
  all = clipboard_text (GTK_WIDGET (panel));
  g_assert_true (g_str_has_prefix (all, "Inputs\n"));
  g_assert_nonnull (strstr (all, "34.72k requests/s / 2k/s = 17.4, rounded up: 18 instances"));
}

static void
test_copy (void)
{
  br_test_run_in_app (copy_body);
}

/* Whether @widget's own shortcuts send @trigger to @action */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *trigger,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              GTK_IS_NAMED_ACTION (named) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action))
            return TRUE;
        }
    }
  return FALSE;
}

/* The reference view: searchable, copied with one click, Ctrl+F */
static void
reference_body (BrApplication *app,
                BrWindow      *window)
{
  BrEstimateWindow *estimator = open_estimator (app);
  BrReferenceView *reference = br_estimate_window_get_reference (estimator);
  g_autofree char *copied = NULL;
  g_autofree char *nines = NULL;
  guint all;
  GtkWidget *focus;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (estimator), "estimator.find", NULL));
  br_test_pump ();
  g_assert_cmpstr (br_estimate_window_get_page (estimator), ==, "reference");
  focus = gtk_root_get_focus (GTK_ROOT (estimator));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));

  all = br_reference_view_count_shown (reference);
  g_assert_cmpuint (all, >, 100);
  br_reference_view_set_search (reference, "redis");
  g_assert_cmpuint (br_reference_view_count_shown (reference), ==, 3);
  g_assert_true (br_reference_view_copy_row (reference, "Cache: reads"));
  copied = clipboard_text (GTK_WIDGET (reference));
  g_assert_cmpstr (copied, ==, "81k requests/s");

  br_reference_view_set_search (reference, "five nines year");
  g_assert_cmpuint (br_reference_view_count_shown (reference), ==, 1);
  g_assert_true (br_reference_view_copy_row (reference, "99.999% (five nines), downtime a year"));
  nines = clipboard_text (GTK_WIDGET (reference));
  g_assert_cmpstr (nines, ==, "5.26 min");

  br_reference_view_set_search (reference, "no such figure");
  g_assert_cmpuint (br_reference_view_count_shown (reference), ==, 0);
  g_assert_false (br_reference_view_copy_row (reference, "Cache: reads"));
  br_reference_view_set_search (reference, "");
  g_assert_cmpuint (br_reference_view_count_shown (reference), ==, all);

  /* Escape closes the window, and Ctrl+F searches */
  g_assert_true (has_shortcut (GTK_WIDGET (estimator), "Escape", "window.close"));
  g_assert_true (has_shortcut (GTK_WIDGET (estimator), "<Control>f", "estimator.find"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (estimator), "window.close", NULL));
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (BR_TYPE_ESTIMATE_WINDOW));
}

static void
test_reference (void)
{
  br_test_run_in_app (reference_body);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);

  g_test_add_func ("/estimate-panel/open", test_open);
  g_test_add_func ("/estimate-panel/typing", test_typing);
  g_test_add_func ("/estimate-panel/preset", test_preset);
  g_test_add_func ("/estimate-panel/load-card", test_load_card);
  g_test_add_func ("/estimate-panel/copy", test_copy);
  g_test_add_func ("/estimate-panel/reference", test_reference);

  return g_test_run ();
}
