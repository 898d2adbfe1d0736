/* test-canvas.c — drawing on the whiteboard through the canvas's tool API,
 * under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>

#include "br-board-file.h"
#include "br-canvas.h"
#include "br-test-app.h"

typedef struct {
  GtkWindow *window;
  BrCanvas *canvas;
  BrBoard *board;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  f->canvas = BR_CANVAS (br_canvas_new ());
  f->board = br_board_new ();
  br_canvas_set_board (f->canvas, f->board);
  gtk_window_set_child (f->window, GTK_WIDGET (f->canvas));
  gtk_window_set_default_size (f->window, 800, 600);
  gtk_window_present (f->window);
  br_test_pump ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  br_test_pump ();
  g_assert_finalize_object (f->board);
}

static void
drag (BrCanvas *canvas,
      double    x1,
      double    y1,
      double    x2,
      double    y2,
      GdkModifierType mods)
{
  br_canvas_pointer_down (canvas, x1, y1, mods);
  for (int i = 1; i <= 10; i++)
    br_canvas_pointer_motion (canvas, x1 + (x2 - x1) * i / 10, y1 + (y2 - y1) * i / 10, mods);
  br_canvas_pointer_up (canvas, x2, y2, mods);
}

static const BrItem *
last_item (BrBoard *board)
{
  guint n = br_board_get_n_items (board);
  const BrItem *item;

  g_assert_cmpuint (n, >, 0);
  item = br_board_get_item (board, n - 1);
  g_assert_nonnull (item);
  return item;
}

static void
test_draw_each_shape (Fixture       *f,
                      gconstpointer  data)
{
  static const struct { BrTool tool; BrItemKind kind; } shapes[] = {
    { BR_TOOL_RECTANGLE, BR_ITEM_RECTANGLE },
    { BR_TOOL_ROUNDED_RECTANGLE, BR_ITEM_ROUNDED_RECTANGLE },
    { BR_TOOL_ELLIPSE, BR_ITEM_ELLIPSE },
    { BR_TOOL_DIAMOND, BR_ITEM_DIAMOND },
    { BR_TOOL_CYLINDER, BR_ITEM_CYLINDER },
    { BR_TOOL_CLOUD, BR_ITEM_CLOUD },
    { BR_TOOL_HEXAGON, BR_ITEM_HEXAGON },
    { BR_TOOL_TEXT, BR_ITEM_TEXT },
    { BR_TOOL_STENCIL, BR_ITEM_STENCIL },
  };

  br_canvas_set_stencil (f->canvas, BR_STENCIL_CACHE);
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      const BrItem *item;
      double x = 300.0 * i;

      br_canvas_set_tool (f->canvas, shapes[i].tool);
      drag (f->canvas, x, 0, x + 200, 120, 0);
      /* A new shape opens its label editor; leave it */
      if (br_canvas_is_editing (f->canvas))
        br_canvas_cancel_edit (f->canvas);

      g_assert_cmpuint (br_board_get_n_items (f->board), ==, i + 1);
      item = last_item (f->board);
      g_assert_cmpint (item->kind, ==, shapes[i].kind);
      g_assert_cmpfloat_with_epsilon (item->x, x, 1e-9);
      g_assert_cmpfloat_with_epsilon (item->width, 200, 1e-9);
      g_assert_cmpfloat_with_epsilon (item->height, 120, 1e-9);
      if (shapes[i].kind == BR_ITEM_STENCIL)
        {
          g_assert_cmpint (item->stencil, ==, BR_STENCIL_CACHE);
          g_assert_cmpstr (item->label, ==, br_stencil_get_default_label (BR_STENCIL_CACHE));
        }
      /* After a shape the select tool is back, with the shape selected */
      g_assert_cmpint (br_canvas_get_tool (f->canvas), ==, BR_TOOL_SELECT);
      g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 1);
    }

  /* A stencil dropped from the palette lands centred on the drop point */
  {
    const char *id = br_canvas_place_stencil (f->canvas, BR_STENCIL_MESSAGE_QUEUE, 1000, 1000);
    const BrItem *placed = br_board_lookup (f->board, id);

    g_assert_nonnull (placed);
    g_assert_cmpint (placed->stencil, ==, BR_STENCIL_MESSAGE_QUEUE);
    g_assert_cmpfloat_with_epsilon (placed->x + placed->width / 2, 1000, 1e-9);
    /* ...with its name ready to be typed over; leaving it as it is adds
     * no undo step */
    g_assert_true (br_canvas_is_editing (f->canvas));
    br_canvas_commit_edit (f->canvas);
    g_assert_true (br_board_undo (f->board));
  }

  /* A click places a shape of the default size, centred there */
  br_canvas_set_tool (f->canvas, BR_TOOL_ELLIPSE);
  br_canvas_pointer_down (f->canvas, 0, 500, 0);
  br_canvas_pointer_up (f->canvas, 0, 500, 0);
  br_canvas_cancel_edit (f->canvas);
  g_assert_cmpfloat (last_item (f->board)->width, >, 20);
  g_assert_cmpfloat_with_epsilon (last_item (f->board)->x + last_item (f->board)->width / 2, 0, 1e-9);

  /* Each shape was one undo step */
  for (guint i = br_board_get_n_items (f->board); i > 0; i--)
    {
      g_assert_true (br_board_undo (f->board));
      g_assert_cmpuint (br_board_get_n_items (f->board), ==, i - 1);
    }
  br_test_pump ();
}

static void
test_arrow_follows (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  const BrItem *arrow, *shape;
  const char *ids[2] = { NULL, NULL };
  double end_x;

  br_canvas_set_tool (f->canvas, BR_TOOL_RECTANGLE);
  drag (f->canvas, 0, 0, 100, 100, 0);
  br_canvas_cancel_edit (f->canvas);
  a = g_strdup (last_item (f->board)->id);
  br_canvas_set_tool (f->canvas, BR_TOOL_RECTANGLE);
  drag (f->canvas, 400, 0, 500, 100, 0);
  br_canvas_cancel_edit (f->canvas);
  b = g_strdup (last_item (f->board)->id);

  /* From inside A to inside B: both ends bind */
  br_canvas_set_tool (f->canvas, BR_TOOL_ARROW);
  drag (f->canvas, 50, 50, 450, 50, 0);
  arrow = last_item (f->board);
  g_assert_cmpint (arrow->kind, ==, BR_ITEM_ARROW);
  g_assert_cmpstr (arrow->ends[0].item_id, ==, a);
  g_assert_cmpstr (arrow->ends[1].item_id, ==, b);
  g_assert_cmpint (arrow->heads, ==, BR_HEADS_END);
  /* The end lies on B's outline, facing A */
  g_assert_cmpfloat_with_epsilon (arrow->ends[1].x, 400, 1e-6);

  /* Move B with the select tool: the arrow follows */
  br_canvas_set_tool (f->canvas, BR_TOOL_SELECT);
  drag (f->canvas, 450, 80, 650, 280, 0);
  shape = br_board_lookup (f->board, b);
  g_assert_cmpfloat_with_epsilon (shape->x, 600, 1e-9);
  arrow = last_item (f->board);
  g_assert_cmpstr (arrow->ends[1].item_id, ==, b);
  end_x = arrow->ends[1].x;
  g_assert_cmpfloat (end_x, >=, 600 - 1e-6);
  g_assert_cmpfloat (end_x, <=, 700 + 1e-6);

  /* The move was one undo step, and the arrow came back too */
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, b)->x, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (last_item (f->board)->ends[1].x, 400, 1e-6);

  /* Elbow routing and both heads, for the selection and for new arrows */
  ids[0] = last_item (f->board)->id;
  br_canvas_set_selection (f->canvas, ids);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.set-style", "(su)", "routing", BR_ROUTING_ELBOW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.set-style", "(su)", "heads", BR_HEADS_BOTH));
  g_assert_cmpint (last_item (f->board)->routing, ==, BR_ROUTING_ELBOW);
  br_canvas_set_tool (f->canvas, BR_TOOL_ARROW);
  drag (f->canvas, 50, 60, 450, 70, 0);
  arrow = last_item (f->board);
  g_assert_cmpint (arrow->routing, ==, BR_ROUTING_ELBOW);
  g_assert_cmpint (arrow->heads, ==, BR_HEADS_BOTH);

  /* Ctrl places an end free */
  br_canvas_set_tool (f->canvas, BR_TOOL_LINE);
  drag (f->canvas, 50, 50, 450, 60, GDK_CONTROL_MASK);
  arrow = last_item (f->board);
  g_assert_null (arrow->ends[0].item_id);
  g_assert_null (arrow->ends[1].item_id);
  g_assert_cmpint (arrow->heads, ==, BR_HEADS_NONE);

  /* Deleting A leaves the first arrow with a free start */
  ids[0] = a;
  br_canvas_set_selection (f->canvas, ids);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.delete", NULL));
  g_assert_null (br_board_lookup (f->board, a));
  for (guint i = 0; i < br_board_get_n_items (f->board); i++)
    {
      const BrItem *item = br_board_get_item (f->board, i);
      if (item->kind == BR_ITEM_ARROW)
        g_assert_cmpstr (item->ends[0].item_id, !=, a);
    }
  br_test_pump ();
}

static void
test_select_move_resize (Fixture       *f,
                         gconstpointer  data)
{
  const BrItem *item;
  g_autofree char *id = NULL;

  br_canvas_set_tool (f->canvas, BR_TOOL_RECTANGLE);
  drag (f->canvas, 0, 0, 100, 50, 0);
  br_canvas_cancel_edit (f->canvas);
  id = g_strdup (last_item (f->board)->id);

  /* The south-east handle resizes; Shift keeps the ratio */
  br_canvas_set_tool (f->canvas, BR_TOOL_SELECT);
  drag (f->canvas, 100, 50, 200, 60, GDK_SHIFT_MASK);
  item = br_board_lookup (f->board, id);
  g_assert_cmpfloat_with_epsilon (item->width / item->height, 2.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (item->width, 200, 1e-6);

  /* Arrow keys move the selection */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.nudge", "(ii)", 10, 0));
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, id)->x, 10, 1e-9);

  /* A click on empty space clears the selection; a rubber band selects */
  br_canvas_pointer_down (f->canvas, -500, -500, 0);
  br_canvas_pointer_up (f->canvas, -500, -500, 0);
  g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 0);
  drag (f->canvas, -50, -50, 300, 200, 0);
  g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 1);

  /* Duplicate, select all, undo */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.duplicate", NULL));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.select-all", NULL));
  g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.undo", NULL));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 1);
  g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 1);
  br_test_pump ();
}

static void
test_edit_label (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *id = NULL;
  GtkWidget *editor;
  GtkTextBuffer *buffer;

  br_canvas_set_tool (f->canvas, BR_TOOL_RECTANGLE);
  drag (f->canvas, 0, 0, 200, 100, 0);
  id = g_strdup (last_item (f->board)->id);

  /* Typed straight after creation */
  g_assert_true (br_canvas_is_editing (f->canvas));
  br_test_pump ();
  editor = br_canvas_get_editor (f->canvas);
  g_assert_true (GTK_IS_TEXT_VIEW (editor));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  gtk_text_buffer_set_text (buffer, "API gateway", -1);
  br_canvas_commit_edit (f->canvas);
  g_assert_false (br_canvas_is_editing (f->canvas));
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "API gateway");

  /* Escape-style cancel changes nothing */
  g_assert_true (br_canvas_edit_label (f->canvas, id));
  br_test_pump ();
  editor = br_canvas_get_editor (f->canvas);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "nope", -1);
  br_canvas_cancel_edit (f->canvas);
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "API gateway");

  /* The label was its own undo step */
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "");
  br_test_pump ();
}

static void
test_pen_and_eraser (Fixture       *f,
                     gconstpointer  data)
{
  br_canvas_set_tool (f->canvas, BR_TOOL_PEN);
  drag (f->canvas, 0, 0, 300, 100, 0);
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 1);
  g_assert_cmpint (last_item (f->board)->kind, ==, BR_ITEM_STROKE);
  g_assert_cmpuint (last_item (f->board)->n_points, >=, 2);

  br_canvas_set_tool (f->canvas, BR_TOOL_ERASER);
  drag (f->canvas, 150, -100, 150, 200, 0);
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 0);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 1);
  br_test_pump ();
}

static void
test_zoom_and_pan (Fixture       *f,
                   gconstpointer  data)
{
  double bx, by, wx, wy;

  br_canvas_set_zoom (f->canvas, 2.0, 100, 100);
  br_canvas_widget_to_board (f->canvas, 100, 100, &bx, &by);
  br_canvas_set_zoom (f->canvas, 4.0, 100, 100);
  br_canvas_board_to_widget (f->canvas, bx, by, &wx, &wy);
  g_assert_cmpfloat_with_epsilon (wx, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (wy, 100, 1e-9);

  /* Limits: 10% to 1000% */
  br_canvas_set_zoom (f->canvas, 100, 0, 0);
  g_assert_cmpfloat (br_canvas_get_zoom (f->canvas), ==, 10.0);
  br_canvas_set_zoom (f->canvas, 0.001, 0, 0);
  g_assert_cmpfloat (br_canvas_get_zoom (f->canvas), ==, 0.1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.zoom-reset", NULL));
  g_assert_cmpfloat (br_canvas_get_zoom (f->canvas), ==, 1.0);

  /* The hand tool keeps the grabbed point under the pointer */
  br_canvas_set_tool (f->canvas, BR_TOOL_HAND);
  br_canvas_widget_to_board (f->canvas, 200, 200, &bx, &by);
  br_canvas_pointer_down (f->canvas, bx, by, 0);
  br_canvas_widget_to_board (f->canvas, 260, 230, &bx, &by);
  br_canvas_pointer_motion (f->canvas, bx, by, 0);
  br_canvas_widget_to_board (f->canvas, 260, 230, &wx, &wy);
  br_canvas_pointer_up (f->canvas, wx, wy, 0);
  br_canvas_widget_to_board (f->canvas, 260, 230, &wx, &wy);
  br_canvas_widget_to_board (f->canvas, 200, 200, &bx, &by);
  g_assert_cmpfloat_with_epsilon (wx - bx, 60, 1e-6);
  br_test_pump ();
}

/* Sends @keyval to the canvas's key controller, as a key press does;
 * returns whether the canvas handled it */
static gboolean
press_key (BrCanvas *canvas,
           guint     keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));
  gboolean handled = FALSE;
  guint n_key_controllers = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          n_key_controllers++;
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
        }
    }
  g_assert_cmpuint (n_key_controllers, >, 0);
  return handled;
}

/* Press, move, Escape, more motion, release: the board is as it was at the
 * press, with no undo step; the selection too */
static void
assert_escape_cancels (Fixture *f,
                       double   x1,
                       double   y1,
                       double   x2,
                       double   y2)
{
  g_autoptr(GBytes) before = br_board_to_bytes (f->board);
  g_autoptr(GBytes) after = NULL;
  g_auto(GStrv) selection_before = br_canvas_get_selection (f->canvas);
  g_auto(GStrv) selection_after = NULL;
  guint steps = br_board_get_n_undo_steps (f->board);
  guint n_items = br_board_get_n_items (f->board);

  br_canvas_pointer_down (f->canvas, x1, y1, 0);
  for (int i = 1; i <= 10; i++)
    br_canvas_pointer_motion (f->canvas, x1 + (x2 - x1) * i / 10, y1 + (y2 - y1) * i / 10, 0);
  g_assert_true (br_board_editor_in_gesture (br_canvas_get_board_editor (f->canvas)));
  g_assert_true (press_key (f->canvas, GDK_KEY_Escape));
  br_test_pump ();
  g_assert_false (br_board_editor_in_gesture (br_canvas_get_board_editor (f->canvas)));
  br_canvas_pointer_motion (f->canvas, x2 + 40, y2 + 40, 0);
  br_canvas_pointer_up (f->canvas, x2 + 40, y2 + 40, 0);
  br_test_pump ();

  after = br_board_to_bytes (f->board);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, n_items);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps);
  g_assert_false (br_board_in_transaction (f->board));
  g_assert_false (br_canvas_is_editing (f->canvas));
  selection_after = br_canvas_get_selection (f->canvas);
  g_assert_true (g_strv_equal ((const char * const *) selection_before,
                               (const char * const *) selection_after));
}

static void
test_escape_cancels_drag (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *id = NULL;
  const BrItem *box;

  br_canvas_set_tool (f->canvas, BR_TOOL_RECTANGLE);
  drag (f->canvas, 0, 0, 200, 120, 0);
  br_canvas_cancel_edit (f->canvas);
  id = g_strdup (last_item (f->board)->id);
  g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 1);

  /* Moving the selected box */
  assert_escape_cancels (f, 100, 60, 400, 300);
  box = br_board_lookup (f->board, id);
  g_assert_cmpfloat_with_epsilon (box->x, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (box->y, 0, 1e-9);

  /* Resizing it by its bottom-right handle */
  assert_escape_cancels (f, 200, 120, 500, 500);
  box = br_board_lookup (f->board, id);
  g_assert_cmpfloat_with_epsilon (box->width, 200, 1e-9);

  /* A rubber band from empty space (whose press cleared the selection) */
  assert_escape_cancels (f, -300, -300, 300, 300);
  g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 1);

  /* Drawing a shape: none is added, the tool stays */
  br_canvas_set_tool (f->canvas, BR_TOOL_ELLIPSE);
  assert_escape_cancels (f, 500, 500, 700, 650);
  g_assert_cmpint (br_canvas_get_tool (f->canvas), ==, BR_TOOL_ELLIPSE);

  /* The same drawing, released, is one step: the cancelled ones left none */
  drag (f->canvas, 500, 500, 700, 650, 0);
  br_canvas_cancel_edit (f->canvas);
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 2);
  g_assert_true (br_board_undo (f->board));
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 0);
  g_assert_false (br_board_can_undo (f->board));
  g_assert_true (br_board_redo (f->board));

  /* With no drag, Escape keeps its meaning: it clears the selection, and
   * with nothing selected it is left to others */
  br_canvas_set_tool (f->canvas, BR_TOOL_SELECT);
  br_canvas_pointer_down (f->canvas, 100, 60, 0);
  br_canvas_pointer_up (f->canvas, 100, 60, 0);
  g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 1);
  g_assert_true (press_key (f->canvas, GDK_KEY_Escape));
  g_assert_cmpuint (br_canvas_get_n_selected (f->canvas), ==, 0);
  g_assert_false (press_key (f->canvas, GDK_KEY_Escape));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);
  adw_init ();

  g_test_add ("/canvas/draw-each-shape", Fixture, NULL, fixture_set_up, test_draw_each_shape, fixture_tear_down);
  g_test_add ("/canvas/arrow-follows", Fixture, NULL, fixture_set_up, test_arrow_follows, fixture_tear_down);
  g_test_add ("/canvas/select-move-resize", Fixture, NULL, fixture_set_up, test_select_move_resize, fixture_tear_down);
  g_test_add ("/canvas/edit-label", Fixture, NULL, fixture_set_up, test_edit_label, fixture_tear_down);
  g_test_add ("/canvas/pen-and-eraser", Fixture, NULL, fixture_set_up, test_pen_and_eraser, fixture_tear_down);
  g_test_add ("/canvas/zoom-and-pan", Fixture, NULL, fixture_set_up, test_zoom_and_pan, fixture_tear_down);
  g_test_add ("/canvas/escape-cancels-drag", Fixture, NULL, fixture_set_up, test_escape_cancels_drag, fixture_tear_down);

  return g_test_run ();
}
