/* test-round-page.c — the Round page, the header timer and the round's
 * actions, in a real application run under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-round-page.h"
#include "br-test-app.h"

/* Finds the first descendant of @widget of @type whose label is @label
 * (any label when @label is NULL) */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      if (label == NULL)
        return widget;
      if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), label) == 0)
        return widget;
      if (ADW_IS_PREFERENCES_ROW (widget) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), label) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
label_shows (GtkWidget  *root,
             const char *text)
{
  return find_widget (root, GTK_TYPE_LABEL, text) != NULL;
}

static const char *
phase_title (BrRound *round,
             guint    index)
{
  return br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (round, index)));
}

static const char *
first_prompt (BrRound *round,
              guint    index)
{
  return br_phase_get_prompts (br_round_get_phase (round, index))[0];
}

static GtkWidget *
header_timer (BrWindow *window)
{
  GtkWidget *header = find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR, NULL);

  {
    /* Search every button in the header bar */
    GQueue queue = G_QUEUE_INIT;
    g_queue_push_tail (&queue, header);
    while (!g_queue_is_empty (&queue))
      {
        GtkWidget *w = g_queue_pop_head (&queue);
        if (GTK_IS_BUTTON (w) && gtk_widget_has_css_class (w, "br-header-timer"))
          {
            g_queue_clear (&queue);
            return w;
          }
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_queue_push_tail (&queue, c);
      }
  }
  return NULL;
}

static void
round_body (BrApplication *app,
            BrWindow      *window)
{
  BrRound *round = br_application_get_round (app);
  GtkWidget *page;
  GtkWidget *timer = header_timer (window);
  GtkWidget *check_row;
  GtkWidget *check;
  GActionGroup *actions = G_ACTION_GROUP (app);

  g_assert_nonnull (round);
  g_assert_nonnull (timer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round"));
  br_test_pump ();
  page = find_widget (GTK_WIDGET (window), BR_TYPE_ROUND_PAGE, NULL);
  g_assert_nonnull (page);
  g_assert_true (br_round_page_get_ticker (BR_ROUND_PAGE (page)) == br_application_get_ticker (app));

  /* Idle: the first phase, its budget, the length set-up, no header timer */
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_IDLE);
  g_assert_true (label_shows (page, phase_title (round, 0)));
  g_assert_true (label_shows (page, "8:00"));
  g_assert_false (gtk_widget_get_visible (timer));
  g_assert_false (g_action_group_get_action_enabled (actions, "round-next"));
  g_assert_false (g_action_group_get_action_enabled (actions, "round-reset"));

  /* The length preset changes the budgets */
  g_assert_true (gtk_widget_activate_action (page, "round-page.preset", "u", 45));
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 45);
  g_assert_true (label_shows (page, "5:00"));
  g_assert_true (gtk_widget_activate_action (page, "round-page.preset", "u", 60));
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 60);

  /* Start: running, the header timer shows on every page */
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_RUNNING);
  g_assert_true (gtk_widget_get_visible (timer));
  g_assert_true (g_action_group_get_action_enabled (actions, "round-next"));
  g_assert_false (g_action_group_get_action_enabled (actions, "round-previous"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "whiteboard"));
  br_test_pump ();
  g_assert_true (gtk_widget_get_mapped (timer));

  /* The header timer goes to the Round page */
  g_signal_emit_by_name (timer, "clicked");
  br_test_pump ();
  g_assert_cmpstr (br_window_get_visible_page (window), ==, "round");

  /* The checklist is the current phase's; ticking is kept for the round */
  check_row = find_widget (page, ADW_TYPE_ACTION_ROW, first_prompt (round, 0));
  g_assert_nonnull (check_row);
  check = find_widget (check_row, GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  /* The end of a phase is announced (a toast when the window is focused,
   * else a notification) without disturbing the round */
  g_signal_emit_by_name (br_application_get_ticker (app), "phase-over", 0);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_RUNNING);

  /* Pause and resume */
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_PAUSED);
  g_assert_true (gtk_widget_get_visible (timer));
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_RUNNING);

  /* Next: the checklist follows the phase */
  g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();
  g_assert_cmpuint (br_round_get_current_phase (round), ==, 1);
  g_assert_true (label_shows (page, phase_title (round, 1)));
  g_assert_null (find_widget (page, ADW_TYPE_ACTION_ROW, first_prompt (round, 0)));
  g_assert_nonnull (find_widget (page, ADW_TYPE_ACTION_ROW, first_prompt (round, 1)));
  g_assert_true (g_action_group_get_action_enabled (actions, "round-previous"));

  /* +1 min adds to the current phase */
  g_action_group_activate_action (actions, "round-add-minute", NULL);
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 61);

  /* Back: the tick on the first phase's prompt is still there */
  g_action_group_activate_action (actions, "round-previous", NULL);
  br_test_pump ();
  check_row = find_widget (page, ADW_TYPE_ACTION_ROW, first_prompt (round, 0));
  g_assert_nonnull (check_row);
  check = find_widget (check_row, GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* Through the last phase: finished, the header timer hides */
  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_FINISHED);
  g_assert_false (gtk_widget_get_visible (timer));
  g_assert_true (label_shows (page, "Round Complete"));

  /* Reset: idle again, the length is the chosen one, the checklist empty */
  g_action_group_activate_action (actions, "round-reset", NULL);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_IDLE);
  g_assert_cmpuint (br_round_get_length (round), ==, 60);
  check_row = find_widget (page, ADW_TYPE_ACTION_ROW, first_prompt (round, 0));
  check = find_widget (check_row, GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
}

static void
test_round_page (void)
{
  br_test_run_in_app (round_body);
}

static void
close_body (BrApplication *app,
            BrWindow      *window)
{
  BrRound *round = br_application_get_round (app);
  GtkWindow *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "round-start-pause", NULL);
  br_test_pump ();

  /* Closing during a round asks first; "Keep Going" keeps both */
  gtk_window_close (GTK_WINDOW (window));
  br_test_pump ();
  dialog = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  br_test_pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_RUNNING);

  /* "Stop and Close" stops the round and closes the window */
  gtk_window_close (GTK_WINDOW (window));
  br_test_pump ();
  dialog = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "stop");
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_FINISHED);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
test_close_during_round (void)
{
  br_test_run_in_app (close_body);
}

static void
length_remembered_body (BrApplication *app,
                        BrWindow      *window)
{
  BrRound *round = br_application_get_round (app);

  if (br_round_get_length (round) == 60)
    {
      /* First run: choose 50 minutes */
      g_assert_true (br_round_set_length (round, 50));
      g_assert_cmpuint (g_settings_get_uint (br_application_get_settings (app), "round-length"), ==, 50);
    }
  else
    {
      /* Second run: it comes back */
      g_assert_cmpuint (br_round_get_length (round), ==, 50);
      g_settings_reset (br_application_get_settings (app), "round-length");
    }
}

static void
test_length_remembered (void)
{
  br_test_run_in_app (length_remembered_body);
  br_test_run_in_app (length_remembered_body);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);

  g_test_add_func ("/round-page/controls", test_round_page);
  g_test_add_func ("/round-page/close-during-round", test_close_during_round);
  g_test_add_func ("/round-page/length-remembered", test_length_remembered);

  return g_test_run ();
}
