/* test-label-edit.c — typing a label and moving on the way people do: a
 * click on the canvas or on a tool, another page, Escape, Enter, the next
 * gesture; in a real application run under Xvfb
 *
 * Each way must commit what was typed, leave the main loop idle (no
 * source that keeps firing, no critical: the suite runs with
 * G_DEBUG=fatal-warnings), free the editor, and keep the label as one
 * undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "br-board-label.h"
#include "br-board-page.h"
#include "br-canvas.h"
#include "br-test-app.h"

typedef enum {
  END_CLICK_CANVAS,
  END_CLICK_TOOL,
  END_OTHER_PAGE,
  END_ESCAPE,
  END_ENTER,
  END_NEXT_GESTURE,
  END_UNDO,
  N_ENDS
} EndWay;

static const char *end_names[] = {
  "click on the canvas", "click on a tool", "another page", "Escape", "Enter",
  "the next gesture", "undo",
};

static BrCanvas *
show_canvas (BrWindow *window)
{
  GtkWidget *canvas;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "whiteboard"));
  br_test_pump ();
  canvas = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_CANVAS);
  g_assert_nonnull (canvas);
  g_assert_true (gtk_widget_get_mapped (canvas));
  return BR_CANVAS (canvas);
}

/* The tool bar's button for @tool */
static GtkWidget *
find_tool_button (GtkWidget  *widget,
                  const char *tool)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "board.tool") == 0)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), tool))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tool_button (child, tool);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Types @text over the selection, as key presses would */
static void
type_text (GtkWidget  *editor,
           const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));

  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
}

/* Sends @keyval to the editor's key controller, as a key press does */
static void
press_key (GtkWidget *editor,
           guint      keyval)
{
  GListModel *controllers = gtk_widget_observe_controllers (editor);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_object_unref (controllers);
  g_assert_true (handled);
}

/* Nothing keeps firing once the edit is over */
static void
assert_idle (void)
{
  guint i;

  for (i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (i, <, 1000);
}

/* Saves the board, so that closing the window does not ask */
static void
save_board (BrWindow *window)
{
  BrBoardPage *page = BR_BOARD_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_BOARD_PAGE));
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "label-edit.brboard", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (br_board_page_save_to_file (page, file, &error));
  g_assert_no_error (error);
}

static const char *
drag_shape (BrCanvas *canvas,
            BrTool    tool,
            double    x,
            double    y)
{
  BrBoard *board = br_canvas_get_board (canvas);

  br_canvas_set_tool (canvas, tool);
  br_canvas_pointer_down (canvas, x, y, 0);
  br_canvas_pointer_motion (canvas, x + 80, y + 40, 0);
  br_canvas_pointer_up (canvas, x + 160, y + 90, 0);
  return br_board_get_item (board, br_board_get_n_items (board) - 1)->id;
}

static void
end_edit (BrWindow  *window,
          BrCanvas  *canvas,
          GtkWidget *editor,
          EndWay     way)
{
  switch (way)
    {
    case END_CLICK_CANVAS:
      /* What the canvas's press does: take the focus, start a gesture on
       * empty board */
      gtk_widget_grab_focus (GTK_WIDGET (canvas));
      br_canvas_pointer_down (canvas, -500, -500, 0);
      br_canvas_pointer_up (canvas, -500, -500, 0);
      break;
    case END_CLICK_TOOL:
      {
        GtkWidget *button = find_tool_button (GTK_WIDGET (window), "ellipse");

        g_assert_nonnull (button);
        /* A click on a button takes the focus, then clicks it */
        gtk_widget_grab_focus (button);
        g_signal_emit_by_name (button, "clicked");
        g_assert_cmpint (br_canvas_get_tool (canvas), ==, BR_TOOL_ELLIPSE);
      }
      break;
    case END_OTHER_PAGE:
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
      break;
    case END_ESCAPE:
      press_key (editor, GDK_KEY_Escape);
      break;
    case END_ENTER:
      press_key (editor, GDK_KEY_Return);
      break;
    case END_NEXT_GESTURE:
      br_canvas_set_tool (canvas, BR_TOOL_SELECT);
      br_canvas_pointer_down (canvas, -500, -500, 0);
      br_canvas_pointer_up (canvas, -400, -400, 0);
      break;
    case END_UNDO:
    case N_ENDS:
    default:
      g_assert_not_reached ();
    }
}

static void
check_end_way (BrApplication *app,
               BrWindow      *window,
               EndWay         way)
{
  BrCanvas *canvas = show_canvas (window);
  BrBoard *board = br_canvas_get_board (canvas);
  g_autofree char *id = NULL;
  GtkWidget *editor;
  guint steps;

  g_test_message ("ending the edit by %s", end_names[way]);

  id = g_strdup (drag_shape (canvas, BR_TOOL_RECTANGLE, 100, 100));
  steps = br_board_get_n_undo_steps (board);

  /* The new shape's label is open for typing, shown as it is typed */
  g_assert_true (br_canvas_is_editing (canvas));
  editor = br_canvas_get_editor (canvas);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_has_focus (editor));
  type_text (editor, "Kafka");
  br_test_pump ();
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_cmpint (gtk_widget_get_height (editor), >, 0);
  g_assert_cmpstr (br_board_lookup (board, id)->label, ==, "Kafka");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  end_edit (window, canvas, editor, way);
  br_test_pump ();
  assert_idle ();

  /* Committed, the editor gone, one undo step for the label */
  g_assert_false (br_canvas_is_editing (canvas));
  g_assert_null (editor);
  g_assert_cmpstr (br_board_lookup (board, id)->label, ==, "Kafka");
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, steps + 1);

  /* Undo takes the label back, and only the label */
  if (!gtk_widget_get_mapped (GTK_WIDGET (canvas)))
    canvas = show_canvas (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.undo", NULL));
  g_assert_nonnull (br_board_lookup (board, id));
  g_assert_cmpstr (br_board_lookup (board, id)->label, ==, "");
  assert_idle ();
}

static void
run_end_ways (BrApplication *app,
              BrWindow      *window)
{
  for (EndWay way = 0; way < END_UNDO; way++)
    check_end_way (app, window, way);
  save_board (window);
}

static void
test_end_ways (void)
{
  br_test_run_in_app (run_end_ways);
}

/* Undo while typing commits the label, then takes it back */
static void
run_undo_while_editing (BrApplication *app,
                        BrWindow      *window)
{
  BrCanvas *canvas = show_canvas (window);
  BrBoard *board = br_canvas_get_board (canvas);
  g_autofree char *id = g_strdup (drag_shape (canvas, BR_TOOL_ELLIPSE, 0, 0));

  type_text (br_canvas_get_editor (canvas), "Cache");
  /* The Undo button is there to press while typing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.undo", NULL));
  br_test_pump ();
  assert_idle ();
  g_assert_false (br_canvas_is_editing (canvas));
  g_assert_cmpstr (br_board_lookup (board, id)->label, ==, "");
  /* and redo brings it back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.redo", NULL));
  g_assert_cmpstr (br_board_lookup (board, id)->label, ==, "Cache");
  save_board (window);
}

static void
test_undo_while_editing (void)
{
  br_test_run_in_app (run_undo_while_editing);
}

/* A stencil's name is selected, so typing replaces it; the shape grows to
 * hold a long word, and the editor covers the text area at the zoom */
static void
run_stencil_name (BrApplication *app,
                  BrWindow      *window)
{
  BrCanvas *canvas = show_canvas (window);
  BrBoard *board = br_canvas_get_board (canvas);
  const char *id = br_canvas_place_stencil (canvas, BR_STENCIL_CDN, 0, 0);
  g_autofree char *saved_id = g_strdup (id);
  GtkTextBuffer *buffer;
  GtkTextIter start, end, sel_start, sel_end;
  GtkWidget *editor;
  const BrItem *item;
  double width_before;
  BrRect area;

  g_assert_true (br_canvas_is_editing (canvas));
  editor = br_canvas_get_editor (canvas);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end));
  g_assert_true (gtk_text_iter_equal (&start, &sel_start));
  g_assert_true (gtk_text_iter_equal (&end, &sel_end));

  width_before = br_board_lookup (board, saved_id)->width;
  type_text (editor, "CloudFrontDistributionEdgeLocations");
  br_test_pump ();
  item = br_board_lookup (board, saved_id);
  g_assert_cmpfloat (item->width, >, width_before);
  br_item_get_text_area (item, TRUE, &area);
  g_assert_cmpfloat (br_item_longest_word (item, item->label), <=, area.width + 0.01);

  /* The editor is as wide as the text area at the zoom */
  br_canvas_set_zoom (canvas, 2.0, 0, 0);
  br_test_pump ();
  g_assert_true (br_canvas_is_editing (canvas));
  g_assert_cmpfloat (fabs (gtk_widget_get_width (editor) - area.width * 2.0), <=, 2.0);

  press_key (editor, GDK_KEY_Escape);
  br_test_pump ();
  assert_idle ();
  g_assert_cmpstr (br_board_lookup (board, saved_id)->label, ==, "CloudFrontDistributionEdgeLocations");
  save_board (window);
}

static void
test_stencil_name (void)
{
  br_test_run_in_app (run_stencil_name);
}

/* A label stops at BR_BOARD_MAX_LABEL characters, as the files do: what
 * is typed past it is cut, the rest kept */
static void
run_length_cap (BrApplication *app,
                BrWindow      *window)
{
  BrCanvas *canvas = show_canvas (window);
  BrBoard *board = br_canvas_get_board (canvas);
  g_autofree char *id = g_strdup (drag_shape (canvas, BR_TOOL_RECTANGLE, 0, 0));
  g_autoptr(GString) text = g_string_new (NULL);
  GtkTextBuffer *buffer;
  GtkWidget *editor = br_canvas_get_editor (canvas);

  while (text->len < BR_BOARD_MAX_LABEL - 4)
    g_string_append (text, "ab ");
  g_string_truncate (text, BR_BOARD_MAX_LABEL - 4);
  type_text (editor, text->str);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, BR_BOARD_MAX_LABEL - 4);

  /* Ten more characters, the first two bytes long: four fit */
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "éfghijklmn", -1, TRUE);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, BR_BOARD_MAX_LABEL);
  g_assert_cmpint (g_utf8_strlen (br_board_lookup (board, id)->label, -1), ==, BR_BOARD_MAX_LABEL);
  g_assert_true (g_str_has_suffix (br_board_lookup (board, id)->label, "éfgh"));
  /* and once full, nothing more goes in */
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "z", -1, TRUE);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, BR_BOARD_MAX_LABEL);

  press_key (editor, GDK_KEY_Return);
  br_test_pump ();
  assert_idle ();
  g_assert_cmpint (g_utf8_strlen (br_board_lookup (board, id)->label, -1), ==, BR_BOARD_MAX_LABEL);
  save_board (window);
}

static void
test_length_cap (void)
{
  br_test_run_in_app (run_length_cap);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);

  g_test_add_func ("/label-edit/end-ways", test_end_ways);
  g_test_add_func ("/label-edit/undo-while-editing", test_undo_while_editing);
  g_test_add_func ("/label-edit/stencil-name", test_stencil_name);
  g_test_add_func ("/label-edit/length-cap", test_length_cap);

  return g_test_run ();
}
