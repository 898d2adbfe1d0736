/* test-inspector.c — the design review on the Whiteboard page: the
 * inspector (edits committed by Enter and by the focus leaving, a bad value
 * refused, undo), the traffic overlay and its slider, the findings, the
 * failure drill and the context menu, in a real application run under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "br-board-page.h"
#include "br-canvas.h"
#include "br-inspector.h"
#include "br-review-panel.h"
#include "br-test-app.h"

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds: frames, idles and the
 * review's tick callback, never a wall-clock wait */
static void
spin_until (Condition condition,
            gpointer  data)
{
  for (guint i = 0; i < 5000 && !condition (data); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (condition (data));
}

static gboolean
review_fresh (gpointer page)
{
  BrReviewTracker *tracker = br_board_page_get_review_tracker (page);

  return !br_review_tracker_get_stale (tracker) && br_review_tracker_peek_review (tracker) != NULL;
}

static BrBoardPage *
show_board_page (BrWindow *window)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "whiteboard"));
  br_test_pump ();
  page = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE);
  g_assert_nonnull (page);
  return BR_BOARD_PAGE (page);
}

static void
add_item (BrBoard    *board,
          BrItem     *item,
          const char *id,
          const char *label,
          ...)
{
  g_autoptr(BrComponent) component = br_component_new ();
  va_list args;
  int field;

  g_free (item->id);
  item->id = g_strdup (id);
  br_item_set_label (item, label);
  va_start (args, label);
  while ((field = va_arg (args, int)) >= 0)
    br_component_set (component, (BrComponentField) field, va_arg (args, double));
  va_end (args);
  br_item_set_component (item, component);
  g_assert_cmpstr (br_board_add_item (board, item), ==, id);
}

/* Users (500 requests/s) → Orders Service (1,000/s an instance) */
static void
draw_design (BrBoard *board)
{
  BrItem *arrow = br_item_new_arrow (100, 30, 300, 30);

  add_item (board, br_item_new_stencil (BR_STENCIL_CLIENT, 0, 0, 100, 60), "users", "Users",
            BR_FIELD_ENTRY_RATE, 500.0, -1);
  add_item (board, br_item_new (BR_ITEM_RECTANGLE, 300, 0, 140, 60), "svc", "Orders Service",
            BR_FIELD_CAPACITY, 1000.0, BR_FIELD_LATENCY, 10.0, -1);
  br_item_bind_end (arrow, BR_END_START, "users");
  br_item_bind_end (arrow, BR_END_END, "svc");
  add_item (board, arrow, "call", "", -1);
}

static double
replicas_of (BrBoard *board)
{
  return br_item_get_field (br_board_lookup (board, "svc"), BR_FIELD_REPLICAS, 0);
}

typedef struct {
  GtkWidget *widget;
  const char *text;
} EntryText;

static gboolean
entry_shows (gpointer data)
{
  EntryText *wait = data;

  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (wait->widget)), wait->text) == 0;
}

static gboolean
has_field_widget (gpointer inspector)
{
  return br_inspector_get_field_widget (inspector, BR_FIELD_REPLICAS) != NULL;
}

static void
inspector_body (BrApplication *app,
                BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  BrBoard *board = br_board_page_get_board (page);
  BrCanvas *canvas = br_board_page_get_canvas (page);
  BrInspector *inspector = br_review_panel_get_inspector (br_board_page_get_review_panel (page));
  const char *svc[] = { "svc", NULL };
  GtkWidget *entry, *type_row;
  GListModel *types;
  g_autoptr(GtkStringObject) automatic = NULL;
  EntryText wait;

  draw_design (board);
  br_board_clear_history (board);

  /* The panel opens with its shortcut's action, and follows the selection */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.review", NULL));
  br_canvas_set_selection (canvas, svc);
  spin_until (has_field_widget, inspector);

  /* A rectangle named after a service is one, and says so */
  type_row = br_inspector_get_field_widget (inspector, BR_FIELD_TYPE);
  g_assert_true (ADW_IS_COMBO_ROW (type_row));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (type_row)), ==, 0);
  types = adw_combo_row_get_model (ADW_COMBO_ROW (type_row));
  automatic = g_list_model_get_item (types, 0);
  g_assert_cmpstr (gtk_string_object_get_string (automatic), ==, "Inferred from label: Service");
  /* Only its type's fields: a service has no hit rate */
  g_assert_nonnull (br_inspector_get_field_widget (inspector, BR_FIELD_CAPACITY));
  g_assert_null (br_inspector_get_field_widget (inspector, BR_FIELD_HIT_RATE));
  g_assert_null (br_inspector_get_field_widget (inspector, BR_FIELD_ENTRY_RATE));

  /* Enter commits, as one undo step */
  entry = br_inspector_get_field_widget (inspector, BR_FIELD_REPLICAS);
  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), ==, "1");
  gtk_editable_set_text (GTK_EDITABLE (entry), "3");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpfloat (replicas_of (board), ==, 3);
  g_assert_true (br_board_can_undo (board));

  /* The focus leaving commits too */
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "4");
  g_assert_cmpfloat (replicas_of (board), ==, 3);
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  g_assert_cmpfloat (replicas_of (board), ==, 4);

  /* Escape puts back the value shown, and commits nothing */
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "9");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
  br_test_pump ();
  /* Switching page takes the focus away: that commits too */
  g_assert_cmpfloat (replicas_of (board), ==, 9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "whiteboard"));
  br_test_pump ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.undo", NULL));
  g_assert_cmpfloat (replicas_of (board), ==, 4);
  wait.widget = entry;
  wait.text = "4";
  spin_until (entry_shows, &wait);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "7");
  {
    GtkEventController *key = NULL;
    gboolean handled = FALSE;
    GListModel *controllers = gtk_widget_observe_controllers (entry);

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && key == NULL; i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          key = controller;
      }
    g_object_unref (controllers);
    g_assert_nonnull (key);
    g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
    g_assert_true (handled);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "4");
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  g_assert_cmpfloat (replicas_of (board), ==, 4);

  /* A bad value is refused, with the model's reason, and nothing changes */
  gtk_editable_set_text (GTK_EDITABLE (entry), "-2");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpfloat (replicas_of (board), ==, 4);
  g_assert_cmpstr (br_inspector_get_field_error (inspector, BR_FIELD_REPLICAS), ==,
                   "Replicas must be a whole number from 1 to 100,000");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "many");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (br_inspector_get_field_error (inspector, BR_FIELD_REPLICAS), ==, "Replicas must be a number");
  /* Putting the value back clears it */
  gtk_editable_set_text (GTK_EDITABLE (entry), "4");
  g_signal_emit_by_name (entry, "activate");
  g_assert_null (br_inspector_get_field_error (inspector, BR_FIELD_REPLICAS));
  g_assert_false (gtk_widget_has_css_class (entry, "error"));

  /* Undo takes one edit back, and the entry follows */
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.undo", NULL));
  g_assert_cmpfloat (replicas_of (board), ==, 3);
  wait.widget = entry;
  wait.text = "3";
  spin_until (entry_shows, &wait);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.undo", NULL));
  g_assert_false (br_item_has_field (br_board_lookup (board, "svc"), BR_FIELD_REPLICAS));
  wait.text = "";
  spin_until (entry_shows, &wait);

  /* The figures of the selection */
  spin_until (review_fresh, page);
  g_assert_cmpfloat_with_epsilon (br_review_find_node (br_review_tracker_peek_review (br_board_page_get_review_tracker (page)), "svc")->utilization,
                                  0.5, 1e-9);
  /* Nothing to save on quitting */
  br_board_page_mark_kept (page);
}

static void
test_inspector (void)
{
  br_test_run_in_app (inspector_body);
}

typedef struct {
  GtkLabel *label;
  const char *prefix;
} LabelWait;

static gboolean
label_starts (gpointer data)
{
  LabelWait *wait = data;

  return g_str_has_prefix (gtk_label_get_label (wait->label), wait->prefix);
}

static gboolean
overlay_on (gpointer canvas)
{
  return br_canvas_get_traffic (canvas) != NULL;
}

static gboolean
selection_is_finding (gpointer data)
{
  GtkListBoxRow *row = data;
  BrReviewPanel *panel = BR_REVIEW_PANEL (gtk_widget_get_ancestor (GTK_WIDGET (row), BR_TYPE_REVIEW_PANEL));
  const char * const *items = br_review_panel_get_row_items (panel, row);
  BrCanvas *canvas = BR_CANVAS (br_test_find_widget (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (row))), BR_TYPE_CANVAS));
  g_auto(GStrv) selection = br_canvas_get_selection (canvas);

  return g_strv_equal ((const char * const *) selection, items);
}

static gboolean
drilled_down (gpointer page)
{
  BrReview *review = br_review_tracker_peek_review (br_board_page_get_review_tracker (page));

  return review_fresh (page) && br_review_find_node (review, "svc")->down;
}

typedef struct {
  BrCanvas *canvas;
  int width;
  int height;
} Room;

/* The canvas has the whole page again: the panels have faded out */
static gboolean
has_room (gpointer data)
{
  Room *room = data;

  return gtk_widget_get_width (GTK_WIDGET (room->canvas)) == room->width &&
         gtk_widget_get_height (GTK_WIDGET (room->canvas)) == room->height;
}

static void
overlay_body (BrApplication *app,
              BrWindow      *window)
{
  BrBoardPage *page = show_board_page (window);
  BrBoard *board = br_board_page_get_board (page);
  BrCanvas *canvas = br_board_page_get_canvas (page);
  BrReviewTracker *tracker = br_board_page_get_review_tracker (page);
  BrReviewPanel *panel = br_board_page_get_review_panel (page);
  GtkListBox *findings = br_review_panel_get_findings (panel);
  GtkListBoxRow *row = NULL;
  LabelWait wait = { br_board_page_get_break_label (page), NULL };
  g_autofree char *caption = NULL;
  g_autofree char *before = NULL;
  const char *svc[] = { "svc", NULL };
  int full_width, full_height;

  /* Hidden, the bars and the panel take no room from the board */
  br_test_pump ();
  full_width = gtk_widget_get_width (GTK_WIDGET (canvas));
  full_height = gtk_widget_get_height (GTK_WIDGET (canvas));
  g_assert_cmpint (full_width, ==, gtk_widget_get_width (GTK_WIDGET (page)));

  draw_design (board);

  /* The overlay shows the load and the break point: 1,000/s over 500/s */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.traffic", NULL));
  spin_until (overlay_on, canvas);
  caption = br_canvas_format_traffic (br_review_find_node (br_canvas_get_traffic (canvas), "svc"));
  g_assert_cmpstr (caption, ==, "500/s · 50%");
  wait.prefix = "Breaks at 2×: Orders Service";
  spin_until (label_starts, &wait);
  before = g_strdup (gtk_label_get_label (wait.label));

  /* Dragging the slider recomputes: past the break point the label says so */
  gtk_range_set_value (br_board_page_get_traffic_scale (page), log10 (3.0));
  g_assert_cmpfloat_with_epsilon (br_review_tracker_get_multiplier (tracker), 3.0, 1e-9);
  wait.prefix = "Broken since 2×: Orders Service is saturated";
  spin_until (label_starts, &wait);
  spin_until (review_fresh, page);
  g_assert_cmpstr (gtk_label_get_label (wait.label), !=, before);
  g_assert_true (br_review_find_node (br_canvas_get_traffic (canvas), "svc")->saturated);

  /* An edit reaches the overlay: three replicas break at 6x */
  g_assert_true (br_board_set_field (board, svc, BR_FIELD_REPLICAS, 3, NULL));
  wait.prefix = "Breaks at 6×: Orders Service";
  spin_until (label_starts, &wait);

  /* A finding selects its items */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.inspect", "s", "findings"));
  br_canvas_set_selection (canvas, NULL);
  spin_until (review_fresh, page);
  br_test_pump ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (findings)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char * const *items = br_review_panel_get_row_items (panel, GTK_LIST_BOX_ROW (child));

      if (items != NULL && items[0] != NULL)
        {
          row = GTK_LIST_BOX_ROW (child);
          break;
        }
    }
  g_assert_nonnull (row);
  g_signal_emit_by_name (findings, "row-activated", row);
  spin_until (selection_is_finding, row);

  /* A drill from the context menu's action is view state, not an edit */
  br_canvas_set_selection (canvas, svc);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.context-menu", NULL));
  g_assert_nonnull (br_canvas_get_menu (canvas));
  g_assert_true (gtk_widget_get_visible (br_canvas_get_menu (canvas)));
  gtk_popover_popdown (GTK_POPOVER (br_canvas_get_menu (canvas)));
  br_board_clear_history (board);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.drill", "(ssd)", "down", "svc", 1.0));
  spin_until (drilled_down, page);
  g_assert_false (br_board_can_undo (board));
  g_assert_true (br_canvas_get_traffic (canvas) == br_review_tracker_peek_review (tracker));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.end-drill", NULL));
  g_assert_cmpint (br_review_tracker_get_drill (tracker, NULL, NULL), ==, BR_DRILL_NONE);

  /* Off, the canvas draws no overlay */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.traffic", NULL));
  g_assert_null (br_canvas_get_traffic (canvas));

  /* The drill opened the findings panel beside the board; with the load
   * bar above it as well, the board is smaller, and it has all its room
   * back once both are gone */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.traffic", NULL));
  br_test_pump ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (canvas)), <, full_width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (canvas)), <, full_height);
  {
    Room room = { canvas, full_width, full_height };

    /* Without animations, which would need time to pass, they are gone at
     * once, as they are once they have faded */
    g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.review", NULL));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.traffic", NULL));
    br_test_pump ();
    g_assert_true (has_room (&room));
    g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  }
  br_board_page_mark_kept (page);
}

static void
test_overlay (void)
{
  br_test_run_in_app (overlay_body);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *data_home = NULL;
  int status;

  tmp_dir = g_dir_make_tmp ("br-inspector-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmp_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inspector/edit", test_inspector);
  g_test_add_func ("/inspector/overlay", test_overlay);

  status = g_test_run ();
  return status;
}
