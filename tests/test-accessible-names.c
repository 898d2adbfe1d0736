/* test-accessible-names.c — what a screen reader hears for each control:
 * no mnemonic underscores, no name said twice
 *
 * GTK 4.8 names a widget by joining its accessible label and the labels it
 * is labelled by. A button whose label is set with a mnemonic gets both:
 * its raw label as the accessible label ("_Start") and, through the
 * mnemonic, its label widget ("Start"), so Orca reads "_Start Start". This
 * test walks every widget of the window (each page, the round in each
 * state, the practice dialogs, Preferences) and fails on either fault.
 *
 * The accessible label is read through GTK's test accessibility backend
 * (GTK_A11Y=test), the only public way to read it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-board-page.h"
#include "br-plan-page.h"
#include "br-replay-view.h"
#include "br-review-dialog.h"
#include "br-round-page.h"
#include "br-test-app.h"

static char *
accessible_label (GtkWidget *widget)
{
  return br_test_dup_accessible_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* "_Start" or "Pick _Another": an underscore before a letter or digit, as
 * a mnemonic is written ("__" is a literal underscore) */
static gboolean
has_mnemonic_underscore (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != '_')
        continue;
      if (p[1] == '_')
        {
          p++;
          continue;
        }
      if (g_unichar_isalnum (g_utf8_get_char (p + 1)))
        return TRUE;
    }
  return FALSE;
}

static char *
describe (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return g_strdup_printf ("%s “%s”", G_OBJECT_TYPE_NAME (widget), gtk_button_get_label (GTK_BUTTON (widget)));
  if (row != NULL)
    return g_strdup_printf ("%s in the row “%s”", G_OBJECT_TYPE_NAME (widget),
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_strdup (G_OBJECT_TYPE_NAME (widget));
}

static void
add_descendants (GPtrArray *candidates,
                 GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      g_ptr_array_add (candidates, child);
      add_descendants (candidates, child);
    }
}

/* What @widget is labelled by, among the widgets GTK and libadwaita make
 * a widget labelled by: its mnemonic labels, its own child (a button's
 * label or image), and the labels of the row it activates. NULL when it
 * is labelled by none of them. */
static GtkWidget *
find_labelled_by (GtkWidget *widget)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  GList *mnemonic = gtk_widget_list_mnemonic_labels (widget);
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  for (GList *l = mnemonic; l != NULL; l = l->next)
    g_ptr_array_add (candidates, l->data);
  g_list_free (mnemonic);
  add_descendants (candidates, widget);
  if (row != NULL)
    add_descendants (candidates, row);

  for (guint i = 0; i < candidates->len; i++)
    {
      GtkWidget *candidate = g_ptr_array_index (candidates, i);
      g_autofree char *mismatch = NULL;

      if (candidate == widget)
        continue;
      mismatch = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                     candidate, NULL);
      if (mismatch == NULL)
        return candidate;
    }
  return NULL;
}

/* GTK 4.8's name: the accessible label, then the accessible label of each
 * widget it is labelled by (a label's is its text) */
static void
check_widget (GtkWidget *widget,
              GString   *problems)
{
  g_autofree char *label = accessible_label (widget);
  g_autofree char *what = NULL;

  /* A label that does not use underlines shows its underscores, and a
   * screen reader reads them as written: "group_id" is a field name */
  if (label != NULL && has_mnemonic_underscore (label) &&
      !(GTK_IS_LABEL (widget) && !gtk_label_get_use_underline (GTK_LABEL (widget))))
    {
      what = describe (widget);
      g_string_append_printf (problems, "%s: its accessible label “%s” has a mnemonic underscore\n", what, label);
    }

  if (label != NULL &&
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      GtkWidget *by = find_labelled_by (widget);
      g_autofree char *by_label = by ? accessible_label (by) : NULL;

      g_clear_pointer (&what, g_free);
      what = describe (widget);
      if (by == NULL)
        g_string_append_printf (problems, "%s: read as its label “%s” and then what it is labelled by\n", what, label);
      else if (by_label != NULL && *by_label != '\0' && *label != '\0')
        g_string_append_printf (problems, "%s: read as its label “%s” and then the label “%s” it is labelled by\n",
                                what, label, by_label);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    check_widget (child, problems);
}

/* What the walks found, reported together at the end */
static GString *found;

/* Checks every widget of @root, hidden ones too (they show later) */
static void
assert_names_clean (GtkWidget  *root,
                    const char *where)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  g_assert_nonnull (root);
  check_widget (root, problems);
  if (problems->len > 0)
    g_string_append_printf (found, "%s:\n%s", where, problems->str);
}

/* Every toplevel the test has opened: dialogs included */
static void
assert_toplevels_clean (const char *where)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      g_autofree char *what = g_strdup_printf ("%s, %s", where, G_OBJECT_TYPE_NAME (window));

      if (gtk_widget_get_visible (GTK_WIDGET (window)))
        assert_names_clean (GTK_WIDGET (window), what);
    }
}

/* The window the replay view is in */
static GtkWindow *
find_replay_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (GTK_WIDGET (window)) &&
          br_test_find_widget (GTK_WIDGET (window), BR_TYPE_REPLAY_VIEW) != NULL)
        return window;  /* GTK keeps it while shown */
    }
  g_assert_not_reached ();
}

static void
respond (GType       type,
         const char *response)
{
  GtkWindow *dialog = br_test_find_toplevel (type);

  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  br_test_pump ();
}

static void
names_body (BrApplication *app,
            BrWindow      *window)
{
  GActionGroup *actions = G_ACTION_GROUP (app);
  BrRound *round = br_application_get_round (app);
  const char *pages[] = { "plan", "whiteboard", "round" };
  GtkWindow *preferences;
  BrReviewDialog *review;
  GListModel *rubric;
  GtkWidget *plan;
  g_autofree char *attempt_id = NULL;

  /* Each page, once shown (pages are built when first shown) */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      br_test_pump ();
      assert_names_clean (GTK_WIDGET (window), pages[i]);
    }

  /* The round's controls change their labels with its state */
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_RUNNING);
  assert_names_clean (GTK_WIDGET (window), "round running");
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  br_test_pump ();
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_PAUSED);
  assert_names_clean (GTK_WIDGET (window), "round paused");
  /* Next from the last phase asks first */
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  while (br_round_get_current_phase (round) + 1 < br_round_get_n_phases (round))
    g_action_group_activate_action (actions, "round-next", NULL);
  g_action_group_activate_action (actions, "round-next", NULL);
  br_test_pump ();
  assert_toplevels_clean ("asked to finish the round");
  respond (ADW_TYPE_MESSAGE_DIALOG, "cancel");

  g_assert_true (br_round_stop (round));
  br_test_pump ();
  assert_names_clean (GTK_WIDGET (window), "round finished");

  /* Closing during a round asks: the dialog's buttons */
  g_action_group_activate_action (actions, "round-reset", NULL);
  g_action_group_activate_action (actions, "round-start-pause", NULL);
  br_test_pump ();
  gtk_window_close (GTK_WINDOW (window));
  br_test_pump ();
  assert_toplevels_clean ("asked to stop the round");
  respond (ADW_TYPE_MESSAGE_DIALOG, "cancel");
  g_action_group_activate_action (actions, "round-reset", NULL);
  br_test_pump ();

  /* Practice: the start question, then the review sheet */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.surprise-me", NULL));
  br_test_pump ();
  assert_toplevels_clean ("the start question");
  respond (ADW_TYPE_MESSAGE_DIALOG, "start");
  assert_names_clean (GTK_WIDGET (window), "practicing");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.end-practice", NULL));
  br_test_pump ();
  review = BR_REVIEW_DIALOG (br_test_find_toplevel (BR_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (review);
  assert_toplevels_clean ("the review sheet");

  /* Saved: the attempt's view on the Plan page, then a question's card */
  rubric = br_guide_get_rubric (br_application_get_guide (app));
  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);
      br_review_dialog_set_score (review, br_guide_entry_get_id (dimension), 2 + i % 3);
    }
  attempt_id = g_strdup (br_attempt_get_id (br_review_dialog_get_attempt (review)));
  g_assert_true (br_review_dialog_save (review));
  br_test_pump ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-attempt", "s", attempt_id));
  br_test_pump ();
  assert_names_clean (GTK_WIDGET (window), "an attempt");
  /* Its replay, in a window of its own */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.replay-attempt", "s", attempt_id));
  br_test_pump ();
  {
    GtkWindow *replay = find_replay_window ();

    assert_names_clean (GTK_WIDGET (replay), "the replay");
    gtk_window_destroy (replay);
    br_test_pump ();
  }
  plan = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  g_assert_true (gtk_widget_activate_action (plan, "plan.show", "s", "history"));
  br_test_pump ();
  assert_names_clean (GTK_WIDGET (window), "the practice history");
  {
    g_autoptr(BrGuideEntry) question = g_list_model_get_item (br_guide_get_questions (br_application_get_guide (app)), 0);

    g_assert_true (gtk_widget_activate_action (plan, "plan.show", "s", br_guide_entry_get_id (question)));
    br_test_pump ();
    assert_names_clean (GTK_WIDGET (window), "a question's card");
  }

  /* Preferences */
  g_action_group_activate_action (actions, "preferences", NULL);
  br_test_pump ();
  preferences = br_test_find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  assert_names_clean (GTK_WIDGET (preferences), "Preferences");
  gtk_window_destroy (preferences);
  br_test_pump ();

  /* Leave the board unmodified so quitting does not ask */
  br_board_page_mark_kept (BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE)));
}

static void
test_names (void)
{
  found = g_string_new (NULL);
  br_test_run_in_app (names_body);
  if (found->len > 0)
    g_error ("Accessible names a screen reader would read wrong:\n%s", found->str);
  g_string_free (found, TRUE);
}

/* The check itself finds both faults: a button labelled in code with a
 * mnemonic, as GTK leaves it, fails; so does an explicit label kept next
 * to the mnemonic label */
static void
test_check_finds_faults (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *start = gtk_button_new_with_mnemonic ("_Start");
  GtkWidget *twice = gtk_button_new_with_mnemonic ("_Save");
  GtkWidget *plain = gtk_button_new_with_label ("Open");
  GtkWidget *field = gtk_label_new ("Partition key group_id");
  g_autoptr(GString) problems = g_string_new (NULL);

  g_object_ref_sink (box);
  gtk_box_append (GTK_BOX (box), start);
  gtk_box_append (GTK_BOX (box), twice);
  gtk_box_append (GTK_BOX (box), plain);
  gtk_box_append (GTK_BOX (box), field);
  gtk_accessible_update_property (GTK_ACCESSIBLE (twice), GTK_ACCESSIBLE_PROPERTY_LABEL, "Save the board", -1);

  check_widget (box, problems);
  g_assert_nonnull (strstr (problems->str, "“_Start” has a mnemonic underscore"));
  g_assert_nonnull (strstr (problems->str, "“_Start” and then the label “Start”"));
  g_assert_nonnull (strstr (problems->str, "“Save the board” and then the label “Save”"));
  g_assert_null (strstr (problems->str, "Open"));
  g_assert_null (strstr (problems->str, "group_id"));

  g_assert_true (has_mnemonic_underscore ("Pick _Another"));
  g_assert_false (has_mnemonic_underscore ("snake__case"));
  g_assert_false (has_mnemonic_underscore ("trailing_"));
  g_assert_false (has_mnemonic_underscore ("A plain label"));
  g_object_unref (box);
}

int
main (int   argc,
      char *argv[])
{
  /* The backend whose accessible properties can be read back */
  g_setenv ("GTK_A11Y", "test", TRUE);
  br_test_init (&argc, &argv);

  g_test_add_func ("/accessible-names/check-finds-faults", test_check_finds_faults);
  g_test_add_func ("/accessible-names/window", test_names);

  return g_test_run ();
}
