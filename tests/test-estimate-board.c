/* test-estimate-board.c — the estimate carried into the design, as a
 * person does it (under Xvfb): placing it on the board from the
 * estimator, reopening it with a double click or Enter, editing it there,
 * undoing on the board, and using it as the clients' load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-application.h"
#include "br-board-component.h"
#include "br-board-estimate.h"
#include "br-board-page.h"
#include "br-canvas.h"
#include "br-estimate-window.h"
#include "br-test-app.h"

static const char * const example[] = {
  "dau=100M", "actions=10", "read-write=100:1", "peak=3", "write-size=1KB",
  "read-size=10KB", "retention=5y", "replication=3", NULL
};

static const char * const other[] = {
  "dau=1M", "actions=5", "read-write=10:1", "peak=2", NULL
};

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

static void
load_preset (BrApplication      *app,
             const char * const *pairs)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "estimate-preset", g_variant_new_strv (pairs, -1));
  br_test_pump ();
}

/* Types @text into @entry one character at a time, as a person would */
static void
type_into (GtkEditable *entry,
           const char  *text)
{
  gtk_editable_delete_text (entry, 0, -1);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      int position = (int) g_utf8_strlen (gtk_editable_get_text (entry), -1);
      g_autofree char *character = g_strndup (p, (gsize) (g_utf8_next_char (p) - p));

      gtk_editable_insert_text (entry, character, -1, &position);
    }
}

/* Spins the main context until the estimate's daily users are @dau */
static void
wait_for_dau (BrEstimate *estimate,
              const char *dau)
{
  for (guint i = 0; i < 10000 && g_strcmp0 (br_estimate_get_input (estimate, BR_ESTIMATE_DAU), dau) != 0; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (br_estimate_get_input (estimate, BR_ESTIMATE_DAU), ==, dau);
}

/* A double click on @id, through the canvas's own click gesture */
static void
double_click (BrCanvas   *canvas,
              const char *id)
{
  const BrItem *item = br_board_lookup (br_canvas_get_board (canvas), id);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));
  gboolean clicked = FALSE;
  double wx, wy;

  br_canvas_board_to_widget (canvas, item->x + item->width / 2, item->y + item->height / 2, &wx, &wy);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "released", 2, wx, wy);
          clicked = TRUE;
        }
    }
  g_assert_true (clicked);
}

/* Spins the main context until the panel says whether it is linked */
static void
wait_for_linked (BrEstimatePanel *panel,
                 gboolean         linked)
{
  for (guint i = 0; i < 10000 && br_estimate_panel_get_linked (panel) != linked; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (br_estimate_panel_get_linked (panel), ==, linked);
}

static const BrItem *
the_note (BrBoard *board)
{
  g_assert_cmpuint (br_board_get_n_items (board), >=, 1);
  for (guint i = 0; i < br_board_get_n_items (board); i++)
    if (br_board_get_item (board, i)->estimate != NULL)
      return br_board_get_item (board, i);
  g_assert_not_reached ();
}

static void
assert_note_shows_panel (BrBoard         *board,
                         BrEstimatePanel *panel)
{
  const BrItem *note = the_note (board);

  g_assert_nonnull (strstr (note->label, br_estimate_panel_get_figure (panel, BR_ESTIMATE_PEAK_READ_RPS)));
  g_assert_nonnull (strstr (note->label, br_estimate_panel_get_figure (panel, BR_ESTIMATE_STORAGE_TOTAL)));
  g_assert_cmpstr (note->estimate->inputs[BR_ESTIMATE_DAU], ==,
                   gtk_editable_get_text (br_estimate_panel_get_entry (panel, BR_ESTIMATE_DAU)));
}

static void
note_body (BrApplication *app,
           BrWindow      *window)
{
  BrEstimate *estimate = br_application_get_estimate (app);
  BrEstimateWindow *estimator = open_estimator (app);
  BrEstimatePanel *panel = br_estimate_window_get_panel (estimator);
  BrCanvas *canvas = BR_CANVAS (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_CANVAS));
  BrBoard *board = br_window_get_board (window);
  GtkEditable *dau = br_estimate_panel_get_entry (panel, BR_ESTIMATE_DAU);
  g_autofree char *id = NULL;
  g_autofree char *placed_label = NULL;
  guint steps;

  load_preset (app, example);
  g_assert_cmpuint (br_board_get_n_items (board), ==, 0);
  wait_for_linked (panel, FALSE);

  /* Place on Board: the note shows the panel's figures and keeps its inputs */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "estimate-place"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "app.estimate-place", NULL));
  br_test_pump ();
  g_assert_cmpuint (br_board_get_n_items (board), ==, 1);
  id = g_strdup (the_note (board)->id);
  placed_label = g_strdup (the_note (board)->label);
  assert_note_shows_panel (board, panel);
  g_assert_nonnull (strstr (placed_label, "34.4k/s"));
  g_assert_cmpstr (br_window_get_visible_page (window), ==, "whiteboard");
  g_assert_cmpuint (br_canvas_get_n_selected (canvas), ==, 1);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 1);
  wait_for_linked (panel, TRUE);

  /* A card's inputs start afresh: the note stays as it was */
  load_preset (app, other);
  g_assert_cmpstr (the_note (board)->label, ==, placed_label);
  wait_for_linked (panel, FALSE);

  /* A double click reopens the estimator with the note's inputs */
  gtk_window_close (GTK_WINDOW (estimator));
  br_test_pump ();
  g_assert_null (br_test_find_toplevel (BR_TYPE_ESTIMATE_WINDOW));
  double_click (canvas, id);
  wait_for_dau (estimate, "100M");
  br_test_pump ();
  g_assert_false (br_canvas_is_editing (canvas));
  estimator = BR_ESTIMATE_WINDOW (br_test_find_toplevel (BR_TYPE_ESTIMATE_WINDOW));
  g_assert_nonnull (estimator);
  panel = br_estimate_window_get_panel (estimator);
  dau = br_estimate_panel_get_entry (panel, BR_ESTIMATE_DAU);
  g_assert_cmpstr (gtk_editable_get_text (dau), ==, "100M");
  g_assert_cmpstr (gtk_editable_get_text (br_estimate_panel_get_entry (panel, BR_ESTIMATE_RETENTION)), ==, "5y");
  wait_for_linked (panel, TRUE);

  /* Typing a new value updates the note, as one undo step */
  steps = br_board_get_n_undo_steps (board);
  type_into (dau, "200M");
  br_test_pump ();
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, steps + 1);
  g_assert_cmpstr (the_note (board)->estimate->inputs[BR_ESTIMATE_DAU], ==, "200M");
  g_assert_nonnull (strstr (the_note (board)->label, "68.8k/s"));
  assert_note_shows_panel (board, panel);

  /* Undo on the board: the note and the estimator go back together */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.undo", NULL));
  br_test_pump ();
  g_assert_cmpstr (the_note (board)->label, ==, placed_label);
  g_assert_cmpstr (gtk_editable_get_text (dau), ==, "100M");
  assert_note_shows_panel (board, panel);

  /* Enter on the selected note reopens it too, rather than edit its label */
  load_preset (app, other);
  br_canvas_set_selection (canvas, (const char * const[]) { id, NULL });
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.edit-label", NULL));
  wait_for_dau (estimate, "100M");
  g_assert_false (br_canvas_is_editing (canvas));
  load_preset (app, other);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.open-estimate", NULL));
  wait_for_dau (estimate, "100M");

  /* Undoing the placing takes the note away; changes then go nowhere */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.undo", NULL));
  br_test_pump ();
  g_assert_cmpuint (br_board_get_n_items (board), ==, 0);
  wait_for_linked (panel, FALSE);
  type_into (dau, "300M");
  br_test_pump ();
  g_assert_cmpuint (br_board_get_n_items (board), ==, 0);
  g_assert_true (br_board_can_redo (board));
}

static void
test_note (void)
{
  br_test_run_in_app (note_body);
}

/* Use as Entry Load: enabled once the board has a client */
static void
entry_load_body (BrApplication *app,
                 BrWindow      *window)
{
  BrEstimateWindow *estimator = open_estimator (app);
  BrEstimatePanel *panel = br_estimate_window_get_panel (estimator);
  BrBoard *board = br_window_get_board (window);
  const BrItem *client;
  const char *id;
  double reads, writes;

  load_preset (app, example);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "estimate-entry-load"));

  id = br_board_add_item (board, br_item_new_stencil (BR_STENCIL_CLIENT, 0, 0, 100, 60));
  for (guint i = 0; i < 10000 && !g_action_group_get_action_enabled (G_ACTION_GROUP (app), "estimate-entry-load"); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "estimate-entry-load"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "app.estimate-entry-load", NULL));
  br_test_pump ();
  client = br_board_lookup (board, id);
  g_assert_true (br_estimate_get_output (br_application_get_estimate (app), BR_ESTIMATE_READ_RPS, &reads));
  g_assert_true (br_estimate_get_output (br_application_get_estimate (app), BR_ESTIMATE_WRITE_RPS, &writes));
  g_assert_cmpfloat_with_epsilon (br_item_get_field (client, BR_FIELD_ENTRY_RATE, 0), reads + writes, 1e-6);
  g_assert_cmpfloat (br_item_get_field (client, BR_FIELD_PEAK_FACTOR, 0), ==, 3);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 2);

  /* Without the figures it needs, it is off again */
  g_action_group_activate_action (G_ACTION_GROUP (app), "estimate-preset",
                                  g_variant_new_strv ((const char * const[]) { "dau=1M", NULL }, -1));
  for (guint i = 0; i < 10000 && g_action_group_get_action_enabled (G_ACTION_GROUP (app), "estimate-entry-load"); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "estimate-entry-load"));

  /* The work is kept as a draft: closing asks nothing */
  br_board_page_mark_kept (BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE)));
}

static void
test_entry_load (void)
{
  br_test_run_in_app (entry_load_body);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);

  g_test_add_func ("/estimate-board/note", test_note);
  g_test_add_func ("/estimate-board/entry-load", test_entry_load);

  return g_test_run ();
}
