/* test-round-page.c — the Round page, the header timer and the round's
 * actions, in a real application run under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-length-chooser.h"
#include "br-minutes-spin.h"
#include "br-phase-bar.h"
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

static GtkWidget *
find_button (GtkWidget  *widget,
             GType       type,
             const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, type, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static BrLengthChooser *
length_chooser (GtkWidget *page)
{
  GtkWidget *chooser = find_widget (page, BR_TYPE_LENGTH_CHOOSER, NULL);

  g_assert_nonnull (chooser);
  return BR_LENGTH_CHOOSER (chooser);
}

static gboolean
preset_pressed (GtkWidget  *chooser,
                const char *label)
{
  GtkWidget *toggle = find_button (chooser, GTK_TYPE_TOGGLE_BUTTON, label);

  g_assert_nonnull (toggle);
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle));
}

/* The budget of phase @index on the page */
static BrMinutesSpin *
budget_spin (GtkWidget *page,
             BrRound   *round,
             guint      index)
{
  GtkWidget *row = find_widget (page, ADW_TYPE_ACTION_ROW, br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (round, index))));
  GtkWidget *spin;

  g_assert_nonnull (row);
  spin = find_widget (row, BR_TYPE_MINUTES_SPIN, NULL);
  g_assert_nonnull (spin);
  return BR_MINUTES_SPIN (spin);
}

/* Types @text into @spin and enters it, as Enter or leaving it does */
static void
type_minutes (BrMinutesSpin *spin,
              const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (br_minutes_spin_get_spin_button (spin)), text);
  gtk_spin_button_update (br_minutes_spin_get_spin_button (spin));
  br_test_pump ();
}

static void
respond (const char *response)
{
  GtkWindow *dialog = br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), response));
  g_object_ref (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  br_test_pump ();
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
  GtkWidget *chooser;
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

  /* The length preset changes the budgets, and shows pressed */
  chooser = GTK_WIDGET (length_chooser (page));
  g_assert_true (preset_pressed (chooser, "Onsite"));
  g_assert_false (preset_pressed (chooser, "Phone Screen"));
  g_assert_true (gtk_widget_activate_action (chooser, "length-chooser.length", "u", 45));
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 45);
  g_assert_true (label_shows (page, "5:00"));
  g_assert_true (preset_pressed (chooser, "Phone Screen"));
  g_assert_false (preset_pressed (chooser, "Onsite"));

  /* A click on the pressed preset keeps it pressed */
  g_signal_emit_by_name (find_button (chooser, GTK_TYPE_TOGGLE_BUTTON, "Phone Screen"), "clicked");
  br_test_pump ();
  g_assert_true (preset_pressed (chooser, "Phone Screen"));
  g_assert_cmpuint (br_round_get_length (round), ==, 45);

  /* Another length: neither preset */
  g_assert_true (br_round_set_length (round, 52));
  br_test_pump ();
  g_assert_cmpuint (br_length_chooser_get_length (BR_LENGTH_CHOOSER (chooser)), ==, 52);
  g_assert_false (preset_pressed (chooser, "Phone Screen"));
  g_assert_false (preset_pressed (chooser, "Onsite"));

  g_signal_emit_by_name (find_button (chooser, GTK_TYPE_TOGGLE_BUTTON, "Onsite"), "clicked");
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 60);
  g_assert_true (preset_pressed (chooser, "Onsite"));

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

  /* To the last phase, without a question on the way */
  while (br_round_get_current_phase (round) + 1 < br_round_get_n_phases (round))
    {
      g_action_group_activate_action (actions, "round-next", NULL);
      br_test_pump ();
      g_assert_null (br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    }

  /* Next from the last phase asks first; keeping going changes nothing */
  g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Finish the Round?");
    g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
    g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
    g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "finish"), ==, ADW_RESPONSE_SUGGESTED);
  }
  /* Asking again shows the same question, not a second one */
  g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint n_dialogs = 0;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);
        n_dialogs += ADW_IS_MESSAGE_DIALOG (toplevel);
      }
    g_assert_cmpuint (n_dialogs, ==, 1);
  }
  respond ("cancel");
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_RUNNING);
  g_assert_cmpuint (br_round_get_current_phase (round), ==, br_round_get_n_phases (round) - 1);

  /* Leaving the last phase meanwhile makes the question moot: it goes */
  g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();
  g_assert_nonnull (br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_action_group_activate_action (actions, "round-previous", NULL);
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();

  /* Finishing: finished, the header timer hides */
  g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();
  respond ("finish");
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

/* The first handler of a vertical wheel event on @widget, as GTK hands the
 * event on in the bubble phase: from @widget up to the window */
static GtkWidget *
wheel_handler (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller) &&
              gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_BUBBLE &&
              (gtk_event_controller_scroll_get_flags (GTK_EVENT_CONTROLLER_SCROLL (controller)) &
               GTK_EVENT_CONTROLLER_SCROLL_VERTICAL))
            return w;
        }
    }
  return NULL;
}

/* Scrolls every wheel handler at or below @widget, as the wheel over it
 * would if the event stopped there */
static void
turn_wheel_on (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        g_signal_emit_by_name (controller, "scroll", 0.0, 1.0, &handled);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    turn_wheel_on (child);
}

/* The wheel over a budget or the length scrolls the page: the first
 * handler of its events is the page's scrolled window, and nothing in
 * the spin buttons turns them into steps */
static void
wheel_body (BrApplication *app,
            BrWindow      *window)
{
  BrRound *round = br_application_get_round (app);
  GtkWidget *page;
  GtkWidget *scroller;
  BrMinutesSpin *length;
  guint before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round"));
  br_test_pump ();
  page = find_widget (GTK_WIDGET (window), BR_TYPE_ROUND_PAGE, NULL);
  scroller = find_widget (page, GTK_TYPE_SCROLLED_WINDOW, NULL);
  g_assert_nonnull (scroller);
  length = br_length_chooser_get_spin (length_chooser (page));

  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    {
      BrMinutesSpin *budget = budget_spin (page, round, i);
      GtkWidget *text = find_widget (GTK_WIDGET (budget), GTK_TYPE_TEXT, NULL);
      guint minutes = br_round_get_budget (round, i);

      g_assert_nonnull (text);
      g_assert_true (wheel_handler (text) == scroller);
      turn_wheel_on (GTK_WIDGET (budget));
      br_test_pump ();
      g_assert_cmpuint (br_round_get_budget (round, i), ==, minutes);
      g_assert_cmpuint (br_minutes_spin_get_value (budget), ==, minutes);
    }

  g_assert_true (wheel_handler (find_widget (GTK_WIDGET (length), GTK_TYPE_TEXT, NULL)) == scroller);
  before = br_round_get_length (round);
  turn_wheel_on (GTK_WIDGET (length));
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, before);

  /* The keys still step the budget while it has the focus */
  before = br_round_get_budget (round, 0);
  g_assert_cmpuint (before, <, br_round_get_max_budget (round, 0));
  g_signal_emit_by_name (br_minutes_spin_get_spin_button (budget_spin (page, round, 0)),
                         "change-value", GTK_SCROLL_STEP_UP);
  br_test_pump ();
  g_assert_cmpuint (br_round_get_budget (round, 0), ==, before + 1);
}

static void
test_wheel (void)
{
  br_test_run_in_app (wheel_body);
}

/* Budgets and the length stay in their ranges; a number typed outside one
 * is brought into it, and the row says so */
static void
ranges_body (BrApplication *app,
             BrWindow      *window)
{
  BrRound *round = br_application_get_round (app);
  GtkWidget *page;
  BrLengthChooser *chooser;
  GtkWidget *length_row;
  GtkWidget *detailed_row;
  BrMinutesSpin *detailed;
  BrMinutesSpin *clarify;
  const char *subtitle;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round"));
  br_test_pump ();
  page = find_widget (GTK_WIDGET (window), BR_TYPE_ROUND_PAGE, NULL);
  /* An onsite round, whatever the tests before left as the last length */
  g_assert_true (br_round_set_length (round, 60));
  br_test_pump ();
  chooser = length_chooser (page);
  length_row = gtk_widget_get_ancestor (GTK_WIDGET (chooser), ADW_TYPE_ACTION_ROW);

  /* Each budget offers its phase's range, and the length the round's */
  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    {
      BrMinutesSpin *budget = budget_spin (page, round, i);

      g_assert_cmpuint (br_minutes_spin_get_lower (budget), ==, br_round_get_min_budget (round, i));
      g_assert_cmpuint (br_minutes_spin_get_upper (budget), ==, br_round_get_max_budget (round, i));
    }
  g_assert_cmpuint (br_length_chooser_get_min_length (chooser), ==, 45);
  g_assert_cmpuint (br_length_chooser_get_max_length (chooser), ==, 70);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (length_row)), ==, "45–70 min");

  /* Detailed design takes 15 to 20 minutes: 25 typed is 20, and said */
  detailed = budget_spin (page, round, 2);
  detailed_row = gtk_widget_get_ancestor (GTK_WIDGET (detailed), ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (detailed_row)), ==, "15–20 min");
  type_minutes (detailed, "25");
  g_assert_cmpuint (br_round_get_budget (round, 2), ==, 20);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (detailed_row)), ==,
                   "You typed 25; this phase takes 15 to 20 minutes, so it is 20");
  g_assert_true (gtk_widget_has_css_class (detailed_row, "br-clamped"));
  {
    /* A screen reader hears it with the budget */
    g_autofree char *description =
      br_test_dup_accessible_property (GTK_WIDGET (br_minutes_spin_get_spin_button (detailed)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    g_assert_cmpstr (description, ==, "You typed 25; this phase takes 15 to 20 minutes, so it is 20");
  }

  /* The length shown follows, and agrees with its range */
  g_assert_cmpuint (br_round_get_length (round), ==, 62);
  g_assert_cmpuint (br_length_chooser_get_length (chooser), ==, 62);

  /* Typed past it again: the value stays, the message too */
  type_minutes (detailed, "99");
  g_assert_cmpuint (br_round_get_budget (round, 2), ==, 20);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (detailed_row)), ==,
                   "You typed 99; this phase takes 15 to 20 minutes, so it is 20");

  /* A change by other means clears it */
  g_signal_emit_by_name (br_minutes_spin_get_spin_button (detailed), "change-value", GTK_SCROLL_STEP_DOWN);
  br_test_pump ();
  g_assert_cmpuint (br_round_get_budget (round, 2), ==, 19);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (detailed_row)), ==, "15–20 min");
  g_assert_false (gtk_widget_has_css_class (detailed_row, "br-clamped"));
  g_assert_null (br_test_dup_accessible_property (GTK_WIDGET (br_minutes_spin_get_spin_button (detailed)),
                                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* Below the range, and a number within it */
  clarify = budget_spin (page, round, 0);
  type_minutes (clarify, "0");
  g_assert_cmpuint (br_round_get_budget (round, 0), ==, 5);
  type_minutes (clarify, "7");
  g_assert_cmpuint (br_round_get_budget (round, 0), ==, 7);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (clarify), ADW_TYPE_ACTION_ROW)));
  g_assert_cmpstr (subtitle, ==, "5–10 min");

  /* Every budget at its least: the length is the least, 45, never 41 */
  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    type_minutes (budget_spin (page, round, i), "1");
  g_assert_cmpuint (br_round_get_length (round), ==, 45);
  g_assert_cmpuint (br_length_chooser_get_length (chooser), ==, 45);
  g_assert_true (preset_pressed (GTK_WIDGET (chooser), "Phone Screen"));

  /* The length typed past its range */
  type_minutes (br_length_chooser_get_spin (chooser), "80");
  g_assert_cmpuint (br_round_get_length (round), ==, 70);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (length_row)), ==,
                   "You typed 80; a round takes 45 to 70 minutes, so it is 70");
  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    g_assert_cmpuint (br_round_get_budget (round, i), ==, br_round_get_max_budget (round, i));
  type_minutes (br_length_chooser_get_spin (chooser), "30");
  g_assert_cmpuint (br_round_get_length (round), ==, 45);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (length_row)), ==,
                   "You typed 30; a round takes 45 to 70 minutes, so it is 45");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chooser), "length-chooser.length", "u", 60));
  br_test_pump ();
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (length_row)), ==, "45–70 min");
}

/* A length typed and left with Tab: the length changes while GTK moves
 * the focus on through the page, whose rows must stay where they are
 * (the checklist was made again on every change, under the focus code's
 * feet: a critical, then the keyboard stuck). A tick made before the
 * start stays too. */
static void
tab_out_body (BrApplication *app,
              BrWindow      *window)
{
  BrRound *round = br_application_get_round (app);
  GtkWidget *page;
  GtkWidget *check_row, *check;
  GtkSpinButton *spin;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round"));
  br_test_pump ();
  page = find_widget (GTK_WIDGET (window), BR_TYPE_ROUND_PAGE, NULL);
  g_assert_true (br_round_set_length (round, 45));
  br_test_pump ();

  check_row = find_widget (page, ADW_TYPE_ACTION_ROW, first_prompt (round, 0));
  check = find_widget (check_row, GTK_TYPE_CHECK_BUTTON, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  spin = br_minutes_spin_get_spin_button (br_length_chooser_get_spin (length_chooser (page)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (spin)));
  br_test_pump ();
  gtk_editable_set_text (GTK_EDITABLE (spin), "80");
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 70);

  /* The same rows, the tick kept */
  g_assert_true (find_widget (page, ADW_TYPE_ACTION_ROW, first_prompt (round, 0)) == check_row);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (br_round_set_length (round, 60));
}

static void
test_tab_out (void)
{
  br_test_run_in_app (tab_out_body);
}

static void
test_ranges (void)
{
  br_test_run_in_app (ranges_body);
}

static void
count_emission (guint *count)
{
  (*count)++;
}

/* The budgets and the length shown follow the round, and showing them
 * gives the round nothing back: a budget set in the round keeps the
 * others as they are (the length coming back from the chooser would
 * spread them afresh). Input goes the other way. */
static void
follow_body (BrApplication *app,
             BrWindow      *window)
{
  BrRound *round = br_application_get_round (app);
  GActionGroup *actions = G_ACTION_GROUP (app);
  GtkWidget *page;
  BrLengthChooser *chooser;
  guint n_phases = br_round_get_n_phases (round);
  g_autofree guint *budgets = g_new (guint, n_phases);
  guint n_changed = 0;
  gulong handler;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round"));
  br_test_pump ();
  page = find_widget (GTK_WIDGET (window), BR_TYPE_ROUND_PAGE, NULL);
  chooser = length_chooser (page);
  g_assert_true (br_round_set_length (round, 60));
  br_test_pump ();

  /* Budgets of one's own, not the ones a length of 62 is spread into */
  type_minutes (budget_spin (page, round, 0), "10");
  type_minutes (budget_spin (page, round, 4), "10");
  type_minutes (budget_spin (page, round, 2), "15");
  for (guint i = 0; i < n_phases; i++)
    budgets[i] = br_round_get_budget (round, i);
  g_assert_cmpuint (budgets[0], ==, 10);
  g_assert_cmpuint (budgets[2], ==, 15);

  /* From the round: the spin button and the length follow, once */
  handler = g_signal_connect_swapped (round, "changed", G_CALLBACK (count_emission), &n_changed);
  g_assert_true (br_round_set_budget (round, 2, 17));
  br_test_pump ();
  g_assert_cmpuint (n_changed, ==, 1);
  budgets[2] = 17;
  for (guint i = 0; i < n_phases; i++)
    {
      g_assert_cmpuint (br_round_get_budget (round, i), ==, budgets[i]);
      g_assert_cmpuint (br_minutes_spin_get_value (budget_spin (page, round, i)), ==, budgets[i]);
    }
  g_assert_cmpuint (br_length_chooser_get_length (chooser), ==, br_round_get_length (round));
  g_assert_null (br_minutes_spin_get_clamped_from (budget_spin (page, round, 2)));

  /* From the page: a budget stepped, then a length chosen */
  n_changed = 0;
  g_signal_emit_by_name (br_minutes_spin_get_spin_button (budget_spin (page, round, 2)),
                         "change-value", GTK_SCROLL_STEP_UP);
  br_test_pump ();
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (br_round_get_budget (round, 2), ==, 18);
  g_assert_cmpuint (br_round_get_budget (round, 0), ==, 10);
  g_assert_cmpuint (br_length_chooser_get_length (chooser), ==, br_round_get_length (round));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chooser), "length-chooser.length", "u", 45));
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 45);
  for (guint i = 0; i < n_phases; i++)
    g_assert_cmpuint (br_minutes_spin_get_value (budget_spin (page, round, i)), ==, br_round_get_budget (round, i));

  /* A minute added while running: the length follows, the budgets stay */
  for (guint i = 0; i < n_phases; i++)
    budgets[i] = br_round_get_budget (round, i);
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  g_action_group_activate_action (actions, "round-add-minute", NULL);
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 46);
  g_assert_cmpuint (br_length_chooser_get_length (chooser), ==, 46);
  g_assert_cmpuint (br_round_get_budget (round, 0), ==, budgets[0] + 1);
  for (guint i = 1; i < n_phases; i++)
    g_assert_cmpuint (br_round_get_budget (round, i), ==, budgets[i]);

  /* Reset: the budgets planned, shown again */
  g_action_group_activate_action (actions, "round-reset", NULL);
  br_test_pump ();
  g_assert_cmpuint (br_round_get_length (round), ==, 45);
  g_assert_cmpuint (br_length_chooser_get_length (chooser), ==, 45);
  for (guint i = 0; i < n_phases; i++)
    {
      g_assert_cmpuint (br_round_get_budget (round, i), ==, budgets[i]);
      g_assert_cmpuint (br_minutes_spin_get_value (budget_spin (page, round, i)), ==, budgets[i]);
    }

  g_signal_handler_disconnect (round, handler);
  g_assert_true (br_round_set_length (round, 60));
}

static void
test_follow (void)
{
  br_test_run_in_app (follow_body);
}

#define ALPHA(p) (((p) >> 24) & 0xff)

/* The outline's alpha in the gap above the middle of phase @index's segment */
static guint
outline_alpha (BrPhaseBar    *bar,
               const guint32 *pixels,
               int            width,
               guint          index)
{
  graphene_rect_t rect;

  g_assert_true (br_phase_bar_get_segment (bar, index, &rect));
  return ALPHA (pixels[(int) (rect.origin.y - 2.5f) * width + (int) (rect.origin.x + rect.size.width / 2)]);
}

static void
assert_marked (BrPhaseBar *bar,
               BrRound    *round,
               int         current)
{
  g_autofree guint32 *pixels = NULL;
  g_autofree char *text = NULL;
  int width, height;

  g_assert_cmpint (br_phase_bar_get_current (bar), ==, current);
  pixels = br_test_render (GTK_WIDGET (bar), &width, &height);
  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    {
      if ((int) i == current)
        g_assert_cmpuint (outline_alpha (bar, pixels, width, i), >, 64);
      else
        g_assert_cmpuint (outline_alpha (bar, pixels, width, i), ==, 0);
    }

  /* A screen reader hears the bar's name and which phase is current */
  text = br_test_dup_accessible_property (GTK_WIDGET (bar), GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_assert_cmpstr (text, ==, "The round’s phases");
  g_clear_pointer (&text, g_free);
  text = br_test_dup_accessible_property (GTK_WIDGET (bar), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT);
  g_assert_nonnull (text);
  if (current >= 0)
    {
      g_autofree char *expected = g_strdup_printf ("Current phase %d of %u, %s;", current + 1,
                                                   br_round_get_n_phases (round),
                                                   br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (round, current))));
      g_assert_true (g_str_has_prefix (text, expected));
    }
  else
    g_assert_true (g_str_has_prefix (text, "Round over"));
}

/* The phase bar marks the current phase, to the eye and to the ear */
static void
phase_bar_body (BrApplication *app,
                BrWindow      *window)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  BrRound *round = br_application_get_round (app);
  GActionGroup *actions = G_ACTION_GROUP (app);
  BrPhaseBar *bar;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round"));
  br_test_pump ();
  bar = BR_PHASE_BAR (find_widget (GTK_WIDGET (window), BR_TYPE_PHASE_BAR, NULL));
  g_assert_nonnull (bar);

  /* Before the start, the first phase is the one coming */
  assert_marked (bar, round, 0);
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  g_action_group_activate_action (actions, "round-next", NULL);
  g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();
  assert_marked (bar, round, 2);

  /* In the dark style too */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  br_test_pump ();
  assert_marked (bar, round, 2);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  br_test_pump ();

  g_assert_true (br_round_stop (round));
  br_test_pump ();
  assert_marked (bar, round, -1);
}

static void
test_phase_bar (void)
{
  br_test_run_in_app (phase_bar_body);
}

int
main (int   argc,
      char *argv[])
{
  /* The accessibility backend whose properties a test can read back */
  g_setenv ("GTK_A11Y", "test", TRUE);
  br_test_init (&argc, &argv);

  g_test_add_func ("/round-page/controls", test_round_page);
  g_test_add_func ("/round-page/close-during-round", test_close_during_round);
  g_test_add_func ("/round-page/length-remembered", test_length_remembered);
  g_test_add_func ("/round-page/wheel", test_wheel);
  g_test_add_func ("/round-page/ranges", test_ranges);
  g_test_add_func ("/round-page/tab-out", test_tab_out);
  g_test_add_func ("/round-page/follow", test_follow);
  g_test_add_func ("/round-page/phase-bar", test_phase_bar);

  return g_test_run ();
}
