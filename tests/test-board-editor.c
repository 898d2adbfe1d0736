/* test-board-editor.c — every tool and gesture of the board editor, from
 * press to release on board coordinates, with the board and its undo
 * steps checked; no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-board-editor.h"
#include "br-board-file.h"

typedef struct {
  BrBoard *board;
  BrBoardEditor *editor;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->board = br_board_new ();
  f->editor = br_board_editor_new ();
  br_board_editor_set_board (f->editor, f->board);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_false (br_board_in_transaction (f->board));
  g_assert_finalize_object (f->editor);
  g_assert_finalize_object (f->board);
}

/* A press, ten motions and a release */
static void
drag (BrBoardEditor     *editor,
      double             x1,
      double             y1,
      double             x2,
      double             y2,
      BrEditorModifiers  mods)
{
  br_board_editor_pointer_down (editor, x1, y1, mods);
  for (int i = 1; i <= 10; i++)
    br_board_editor_pointer_motion (editor, x1 + (x2 - x1) * i / 10, y1 + (y2 - y1) * i / 10, mods);
  br_board_editor_pointer_up (editor, x2, y2, mods);
}

static const BrItem *
last_item (BrBoard *board)
{
  guint n = br_board_get_n_items (board);

  g_assert_cmpuint (n, >, 0);
  return br_board_get_item (board, n - 1);
}

/* Draws a rectangle and leaves its label as it was */
static char *
add_rectangle (Fixture *f,
               double   x,
               double   y,
               double   width,
               double   height)
{
  br_board_editor_set_tool (f->editor, BR_TOOL_RECTANGLE);
  drag (f->editor, x, y, x + width, y + height, 0);
  br_board_editor_commit_label_edit (f->editor, NULL);
  return g_strdup (last_item (f->board)->id);
}

/* Connected swapped: the counter comes first, whatever the signal */
static void
count_signal (guint *count)
{
  (*count)++;
}

static void
test_create_each_shape (Fixture       *f,
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
  guint tool_notifies = 0;

  g_signal_connect_swapped (f->editor, "notify::tool", G_CALLBACK (count_signal), &tool_notifies);
  br_board_editor_set_stencil (f->editor, BR_STENCIL_CACHE);
  br_board_editor_set_style_value (f->editor, BR_PROP_STROKE_COLOR, 3);
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      const BrItem *item;
      double x = 300.0 * i;

      br_board_editor_set_tool (f->editor, shapes[i].tool);
      br_board_editor_pointer_down (f->editor, x, 10, 0);
      /* The shape is on the board from the press, inside the gesture */
      g_assert_cmpuint (br_board_get_n_items (f->board), ==, i + 1);
      g_assert_true (br_board_in_transaction (f->board));
      for (int k = 1; k <= 10; k++)
        br_board_editor_pointer_motion (f->editor, x + 20 * k, 10 + 12 * k, 0);
      br_board_editor_pointer_up (f->editor, x + 200, 130, 0);

      item = last_item (f->board);
      g_assert_cmpint (item->kind, ==, shapes[i].kind);
      g_assert_cmpfloat_with_epsilon (item->x, x, 1e-9);
      g_assert_cmpfloat_with_epsilon (item->y, 10, 1e-9);
      g_assert_cmpfloat_with_epsilon (item->width, 200, 1e-9);
      g_assert_cmpfloat_with_epsilon (item->height, 120, 1e-9);
      g_assert_cmpuint (item->stroke_color, ==, 3);
      g_assert_cmpint (item->filled, ==, shapes[i].kind != BR_ITEM_TEXT);
      if (shapes[i].kind == BR_ITEM_STENCIL)
        {
          g_assert_cmpint (item->stencil, ==, BR_STENCIL_CACHE);
          g_assert_cmpstr (item->label, ==, br_stencil_get_default_label (BR_STENCIL_CACHE));
        }
      /* The select tool is back, the shape selected, its label open */
      g_assert_cmpint (br_board_editor_get_tool (f->editor), ==, BR_TOOL_SELECT);
      g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 1);
      g_assert_cmpstr (br_board_editor_get_selected (f->editor, 0), ==, item->id);
      g_assert_cmpstr (br_board_editor_get_editing_id (f->editor), ==, item->id);
      /* Leaving the label as it was adds no step */
      br_board_editor_commit_label_edit (f->editor, NULL);
      g_assert_null (br_board_editor_get_editing_id (f->editor));
      g_assert_false (br_board_in_transaction (f->board));
      g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, i + 1);
    }
  /* Set to the shape tool, then back to select by the release */
  g_assert_cmpuint (tool_notifies, ==, 2 * G_N_ELEMENTS (shapes));

  /* A click places a shape of the default size, centred there */
  br_board_editor_set_tool (f->editor, BR_TOOL_ELLIPSE);
  br_board_editor_pointer_down (f->editor, 0, 500, 0);
  br_board_editor_pointer_up (f->editor, 1, 501, 0);
  br_board_editor_cancel_label_edit (f->editor);
  g_assert_cmpfloat_with_epsilon (last_item (f->board)->width, 140, 1e-9);
  g_assert_cmpfloat_with_epsilon (last_item (f->board)->height, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (last_item (f->board)->x + last_item (f->board)->width / 2, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (last_item (f->board)->y + last_item (f->board)->height / 2, 500, 1e-9);

  /* A stencil dropped from the palette: centred, selected, label open */
  {
    const char *id = br_board_editor_place_stencil (f->editor, BR_STENCIL_MESSAGE_QUEUE, 1000, 1000);
    const BrItem *placed = br_board_lookup (f->board, id);

    g_assert_cmpint (placed->stencil, ==, BR_STENCIL_MESSAGE_QUEUE);
    g_assert_cmpfloat_with_epsilon (placed->x + placed->width / 2, 1000, 1e-9);
    g_assert_cmpstr (br_board_editor_get_editing_id (f->editor), ==, id);
    br_board_editor_commit_label_edit (f->editor, NULL);
  }

  /* Each shape was one undo step */
  for (guint i = br_board_get_n_items (f->board); i > 0; i--)
    {
      g_assert_true (br_board_undo (f->board));
      g_assert_cmpuint (br_board_get_n_items (f->board), ==, i - 1);
    }
  /* Undone items left the selection */
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 0);
}

static void
test_arrow_binding (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *a = add_rectangle (f, 0, 0, 100, 100);
  g_autofree char *b = add_rectangle (f, 400, 0, 100, 100);
  g_autofree char *arrow_id = NULL;
  const BrItem *arrow;
  guint steps;

  /* From inside A to inside B: the end over B shows its target, then both
   * ends bind */
  br_board_editor_set_tool (f->editor, BR_TOOL_ARROW);
  br_board_editor_pointer_down (f->editor, 50, 50, 0);
  br_board_editor_pointer_motion (f->editor, 250, 50, 0);
  g_assert_null (br_board_editor_get_bind_target (f->editor));
  br_board_editor_pointer_motion (f->editor, 450, 50, 0);
  g_assert_cmpstr (br_board_editor_get_bind_target (f->editor), ==, b);
  br_board_editor_pointer_up (f->editor, 450, 50, 0);
  g_assert_null (br_board_editor_get_bind_target (f->editor));

  arrow = last_item (f->board);
  arrow_id = g_strdup (arrow->id);
  g_assert_cmpint (arrow->kind, ==, BR_ITEM_ARROW);
  g_assert_cmpstr (arrow->ends[0].item_id, ==, a);
  g_assert_cmpstr (arrow->ends[1].item_id, ==, b);
  g_assert_cmpint (arrow->heads, ==, BR_HEADS_END);
  /* The ends lie on the outlines, facing each other */
  g_assert_cmpfloat_with_epsilon (arrow->ends[0].x, 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (arrow->ends[1].x, 400, 1e-6);
  g_assert_cmpint (br_board_editor_get_tool (f->editor), ==, BR_TOOL_SELECT);
  g_assert_cmpstr (br_board_editor_get_selected (f->editor, 0), ==, arrow_id);
  /* An arrow's label is not opened by drawing it */
  g_assert_null (br_board_editor_get_editing_id (f->editor));
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, 3);

  /* Move B with the select tool: the arrow stays attached */
  drag (f->editor, 450, 80, 650, 280, 0);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, b)->x, 600, 1e-9);
  arrow = br_board_lookup (f->board, arrow_id);
  g_assert_cmpstr (arrow->ends[1].item_id, ==, b);
  g_assert_cmpfloat (arrow->ends[1].x, >=, 600 - 1e-6);
  g_assert_cmpfloat (arrow->ends[1].x, <=, 700 + 1e-6);
  g_assert_cmpfloat (arrow->ends[1].y, >=, 200 - 1e-6);

  /* One step, and the arrow comes back with it */
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, 4);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, b)->x, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, arrow_id)->ends[1].x, 400, 1e-6);

  /* Dragging the selected arrow's end off B frees it */
  br_board_editor_select_only (f->editor, arrow_id);
  drag (f->editor, 400, 50, 300, 300, 0);
  arrow = br_board_lookup (f->board, arrow_id);
  g_assert_null (arrow->ends[1].item_id);
  g_assert_cmpfloat_with_epsilon (arrow->ends[1].x, 300, 1e-9);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpstr (br_board_lookup (f->board, arrow_id)->ends[1].item_id, ==, b);

  /* Ctrl places both ends free; a line has no heads; elbow routing */
  br_board_editor_set_style_value (f->editor, BR_PROP_ROUTING, BR_ROUTING_ELBOW);
  br_board_editor_set_tool (f->editor, BR_TOOL_LINE);
  drag (f->editor, 50, 50, 450, 60, BR_EDITOR_CTRL);
  arrow = last_item (f->board);
  g_assert_null (arrow->ends[0].item_id);
  g_assert_null (arrow->ends[1].item_id);
  g_assert_cmpint (arrow->heads, ==, BR_HEADS_NONE);
  g_assert_cmpint (arrow->routing, ==, BR_ROUTING_ELBOW);

  /* Too short to be meant: nothing happens, no step */
  steps = br_board_get_n_undo_steps (f->board);
  br_board_editor_set_tool (f->editor, BR_TOOL_ARROW);
  drag (f->editor, 700, 700, 701, 701, 0);
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 4);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps);
  g_assert_cmpint (br_board_editor_get_tool (f->editor), ==, BR_TOOL_ARROW);
}

static void
test_rubber_band (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *a = add_rectangle (f, 0, 0, 100, 100);
  g_autofree char *b = add_rectangle (f, 200, 0, 100, 100);
  g_autofree char *c = add_rectangle (f, 400, 0, 100, 100);
  g_autofree char *group = NULL;
  const char *bc[] = { b, c, NULL };
  guint changes = 0;
  guint steps = br_board_get_n_undo_steps (f->board);
  BrRect band;

  g_signal_connect_swapped (f->editor, "selection-changed", G_CALLBACK (count_signal), &changes);

  /* A click on empty space clears the selection */
  br_board_editor_pointer_down (f->editor, -500, -500, 0);
  br_board_editor_pointer_up (f->editor, -500, -500, 0);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 0);
  g_assert_cmpuint (changes, ==, 1);

  /* The band selects what it wholly contains, and shows while dragged */
  br_board_editor_pointer_down (f->editor, -10, -10, 0);
  br_board_editor_pointer_motion (f->editor, 310, 110, 0);
  g_assert_true (br_board_editor_get_rubber_band (f->editor, &band));
  g_assert_cmpfloat_with_epsilon (band.width, 320, 1e-9);
  br_board_editor_pointer_up (f->editor, 310, 110, 0);
  g_assert_false (br_board_editor_get_rubber_band (f->editor, &band));
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 2);
  g_assert_true (br_board_editor_is_selected (f->editor, a));
  g_assert_true (br_board_editor_is_selected (f->editor, b));
  g_assert_false (br_board_editor_is_selected (f->editor, c));

  /* Shift+click adds and removes */
  br_board_editor_pointer_down (f->editor, 450, 50, BR_EDITOR_SHIFT);
  br_board_editor_pointer_up (f->editor, 450, 50, BR_EDITOR_SHIFT);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 3);
  br_board_editor_pointer_down (f->editor, 50, 50, BR_EDITOR_SHIFT);
  br_board_editor_pointer_up (f->editor, 50, 50, BR_EDITOR_SHIFT);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 2);
  g_assert_false (br_board_editor_is_selected (f->editor, a));

  /* Selecting one member of a group selects the group */
  group = br_board_group (f->board, bc);
  g_assert_nonnull (group);
  br_board_editor_pointer_down (f->editor, 250, 50, 0);
  br_board_editor_pointer_up (f->editor, 250, 50, 0);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 2);
  g_assert_true (br_board_editor_is_selected (f->editor, c));

  /* Selecting changes nothing on the board but the grouping */
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 1);

  br_board_editor_select_all (f->editor);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 3);
}

static void
test_move_undo_grouping (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *a = add_rectangle (f, 0, 0, 100, 100);
  g_autofree char *b = add_rectangle (f, 200, 0, 100, 100);
  const char *both[] = { a, b, NULL };
  guint steps;

  br_board_editor_set_selection (f->editor, both);
  steps = br_board_get_n_undo_steps (f->board);

  /* Thirty motion events, one undo step; the whole selection moves */
  br_board_editor_pointer_down (f->editor, 50, 50, 0);
  for (int i = 1; i <= 30; i++)
    {
      br_board_editor_pointer_motion (f->editor, 50 + i, 50 + 2 * i, 0);
      g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, b)->x, 200 + i, 1e-9);
    }
  br_board_editor_pointer_up (f->editor, 80, 110, 0);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 1);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, a)->x, 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, a)->y, 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, b)->x, 230, 1e-9);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 2);

  g_assert_true (br_board_undo (f->board));
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, a)->x, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, b)->x, 200, 1e-9);
  g_assert_true (br_board_redo (f->board));
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, b)->x, 230, 1e-9);

  /* A locked item is selected by a click but does not move */
  br_board_set_property (f->board, both, BR_PROP_LOCKED, TRUE);
  steps = br_board_get_n_undo_steps (f->board);
  drag (f->editor, 50, 80, 150, 180, 0);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, a)->x, 30, 1e-9);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps);

  /* Cancelling a drag puts everything back, with no step */
  br_board_set_property (f->board, both, BR_PROP_LOCKED, FALSE);
  steps = br_board_get_n_undo_steps (f->board);
  br_board_editor_pointer_down (f->editor, 50, 80, 0);
  br_board_editor_pointer_motion (f->editor, 500, 500, 0);
  br_board_editor_cancel_gesture (f->editor);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, a)->x, 30, 1e-9);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps);
}

static void
test_resize (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *id = add_rectangle (f, 0, 0, 100, 50);
  const BrItem *item;
  BrRect box;
  guint steps = br_board_get_n_undo_steps (f->board);

  /* Handles show for one selected shape, and reach 8 pixels */
  g_assert_true (br_board_editor_get_handles_box (f->editor, &box));
  g_assert_cmpint (br_board_editor_handle_at (f->editor, 100, 50), ==, BR_HANDLE_SE);
  g_assert_cmpint (br_board_editor_handle_at (f->editor, 50, 0), ==, BR_HANDLE_N);
  g_assert_cmpint (br_board_editor_handle_at (f->editor, 0, 37), ==, BR_HANDLE_NONE);
  br_board_editor_set_zoom (f->editor, 0.5);
  g_assert_cmpint (br_board_editor_handle_at (f->editor, 112, 62), ==, BR_HANDLE_SE);
  br_board_editor_set_zoom (f->editor, 1.0);
  g_assert_cmpint (br_board_editor_handle_at (f->editor, 112, 62), ==, BR_HANDLE_NONE);

  /* The south-east handle */
  drag (f->editor, 100, 50, 150, 120, 0);
  item = br_board_lookup (f->board, id);
  g_assert_cmpfloat_with_epsilon (item->width, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->height, 120, 1e-9);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 1);

  /* The west handle, dragged past the east edge, flips the box */
  drag (f->editor, 0, 60, 200, 60, 0);
  item = br_board_lookup (f->board, id);
  g_assert_cmpfloat_with_epsilon (item->x, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->width, 50, 1e-9);

  g_assert_true (br_board_undo (f->board));
  g_assert_true (br_board_undo (f->board));
  item = br_board_lookup (f->board, id);
  g_assert_cmpfloat_with_epsilon (item->width, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->height, 50, 1e-9);

  /* An arrow or a locked shape has no handles */
  br_board_editor_set_selection (f->editor, NULL);
  g_assert_false (br_board_editor_get_handles_box (f->editor, &box));
}

static void
test_shift_constrained (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *id = NULL;
  const BrItem *item;

  /* Shift draws a square */
  br_board_editor_set_tool (f->editor, BR_TOOL_RECTANGLE);
  drag (f->editor, 0, 0, 200, 80, BR_EDITOR_SHIFT);
  br_board_editor_commit_label_edit (f->editor, NULL);
  item = last_item (f->board);
  id = g_strdup (item->id);
  g_assert_cmpfloat_with_epsilon (item->width, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->height, 200, 1e-9);

  /* Shift keeps the ratio of a resized box, by the larger change */
  br_board_editor_set_tool (f->editor, BR_TOOL_ELLIPSE);
  drag (f->editor, 300, 0, 500, 100, 0);
  br_board_editor_commit_label_edit (f->editor, NULL);
  item = last_item (f->board);
  drag (f->editor, 500, 100, 600, 110, BR_EDITOR_SHIFT);
  g_assert_cmpfloat_with_epsilon (item->width, 300, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->height, 150, 1e-9);
  /* From the north-west corner the south-east one stays put */
  drag (f->editor, 300, 0, 400, 0, BR_EDITOR_SHIFT);
  g_assert_cmpfloat_with_epsilon (item->x + item->width, 600, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->y + item->height, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->width / item->height, 2, 1e-9);
}

static void
test_snapping (Fixture       *f,
               gconstpointer  data)
{
  const BrItem *item;
  g_autofree char *id = NULL;

  g_assert_cmpfloat (br_board_editor_snap (f->editor, 13), ==, 13);
  br_board_editor_set_grid (f->editor, TRUE);
  g_assert_cmpfloat (br_board_editor_snap (f->editor, 13), ==, 20);
  g_assert_cmpfloat (br_board_editor_snap (f->editor, -9), ==, 0);

  /* A shape's corners land on the grid */
  br_board_editor_set_tool (f->editor, BR_TOOL_RECTANGLE);
  drag (f->editor, 13, 27, 151, 93, 0);
  br_board_editor_commit_label_edit (f->editor, NULL);
  item = last_item (f->board);
  id = g_strdup (item->id);
  g_assert_cmpfloat_with_epsilon (item->x, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->y, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->width, 140, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->height, 80, 1e-9);

  /* A move snaps the corner, whatever the pointer's offset */
  drag (f->editor, 50, 50, 77, 61, 0);
  item = br_board_lookup (f->board, id);
  g_assert_cmpfloat_with_epsilon (item->x, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->y, 40, 1e-9);

  /* A resize snaps the edge dragged */
  drag (f->editor, 180, 120, 207, 133, 0);
  item = br_board_lookup (f->board, id);
  g_assert_cmpfloat_with_epsilon (item->x + item->width, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->y + item->height, 140, 1e-9);

  /* Off, nothing snaps */
  br_board_editor_set_grid (f->editor, FALSE);
  drag (f->editor, 50, 50, 53, 51, 0);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, id)->x, 43, 1e-9);
}

static void
test_freehand_and_eraser (Fixture       *f,
                          gconstpointer  data)
{
  const BrPoint *points;
  guint n = 0;
  guint redraws = 0;

  g_signal_connect_swapped (f->editor, "redraw-needed", G_CALLBACK (count_signal), &redraws);
  br_board_editor_set_tool (f->editor, BR_TOOL_PEN);
  br_board_editor_pointer_down (f->editor, 0, 0, 0);
  for (int i = 1; i <= 10; i++)
    br_board_editor_pointer_motion (f->editor, 30 * i, 10 * i, 0);
  /* The stroke shows while drawn, and is on the board at the release */
  points = br_board_editor_get_pen_points (f->editor, &n);
  g_assert_cmpuint (n, ==, 11);
  g_assert_cmpfloat (points[10].x, ==, 300);
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 0);
  g_assert_cmpuint (redraws, >=, 11);
  br_board_editor_pointer_up (f->editor, 300, 100, 0);
  g_assert_null (br_board_editor_get_pen_points (f->editor, &n));
  g_assert_cmpuint (n, ==, 0);

  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 1);
  g_assert_cmpint (last_item (f->board)->kind, ==, BR_ITEM_STROKE);
  g_assert_cmpuint (last_item (f->board)->n_points, >=, 2);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, 1);
  /* The pen stays the tool; a stroke has no label to edit */
  g_assert_cmpint (br_board_editor_get_tool (f->editor), ==, BR_TOOL_PEN);
  g_assert_false (br_board_editor_begin_label_edit (f->editor, last_item (f->board)->id));

  /* A single dot is no stroke */
  br_board_editor_pointer_down (f->editor, 500, 500, 0);
  br_board_editor_pointer_up (f->editor, 500, 500, 0);
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 2);
  g_assert_true (br_board_undo (f->board));

  /* The eraser: one step for all it erased */
  g_free (add_rectangle (f, 400, 400, 50, 50));
  br_board_editor_set_tool (f->editor, BR_TOOL_ERASER);
  drag (f->editor, 150, -100, 150, 200, 0);
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 1);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 2);
}

static void
test_text_tool (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *id = NULL;
  const BrItem *item;

  br_board_editor_set_tool (f->editor, BR_TOOL_TEXT);
  br_board_editor_pointer_down (f->editor, 100, 100, 0);
  br_board_editor_pointer_up (f->editor, 100, 100, 0);
  item = last_item (f->board);
  id = g_strdup (item->id);
  g_assert_cmpint (item->kind, ==, BR_ITEM_TEXT);
  g_assert_false (item->filled);
  g_assert_cmpfloat_with_epsilon (item->width, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (item->height, 40, 1e-9);
  g_assert_cmpstr (br_board_editor_get_editing_id (f->editor), ==, id);

  /* Typed as it goes; committed as one step with the creation's */
  br_board_editor_set_label_text (f->editor, "Rate");
  br_board_editor_set_label_text (f->editor, "Rate limiter");
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "Rate limiter");
  br_board_editor_commit_label_edit (f->editor, "Rate limiter");
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, 2);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "");
  g_assert_true (br_board_undo (f->board));
  g_assert_null (br_board_lookup (f->board, id));
}

static void
test_label_edit (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *id = add_rectangle (f, 0, 0, 100, 40);
  g_autofree char *locked = add_rectangle (f, 300, 0, 100, 40);
  const char *locked_ids[] = { locked, NULL };
  const char *ids[] = { id, NULL };
  guint notifies = 0;
  guint steps = br_board_get_n_undo_steps (f->board);
  double height;

  g_signal_connect_swapped (f->editor, "notify::editing-id", G_CALLBACK (count_signal), &notifies);

  /* Begin, type, commit: one step */
  g_assert_true (br_board_editor_begin_label_edit (f->editor, id));
  g_assert_cmpuint (notifies, ==, 1);
  br_board_editor_set_label_text (f->editor, "Payments service");
  br_board_editor_commit_label_edit (f->editor, "Payments service");
  g_assert_cmpuint (notifies, ==, 2);
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "Payments service");
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 1);

  /* A label too long for the box grows it; cancel puts both back */
  height = br_board_lookup (f->board, id)->height;
  g_assert_true (br_board_editor_begin_label_edit (f->editor, id));
  br_board_editor_set_label_text (f->editor,
                                  "A label long enough to need several lines in a box this narrow, "
                                  "so that the shape must grow to hold it");
  g_assert_cmpfloat (br_board_lookup (f->board, id)->height, >, height);
  br_board_editor_cancel_label_edit (f->editor);
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "Payments service");
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, id)->height, height, 1e-9);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 1);

  /* A press elsewhere commits what was typed */
  g_assert_true (br_board_editor_begin_label_edit (f->editor, id));
  br_board_editor_set_label_text (f->editor, "Ledger");
  br_board_editor_pointer_down (f->editor, -300, -300, 0);
  br_board_editor_pointer_up (f->editor, -300, -300, 0);
  g_assert_null (br_board_editor_get_editing_id (f->editor));
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "Ledger");
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 2);

  /* Undo takes the label back */
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "Payments service");

  /* A locked item's label is not edited */
  br_board_set_property (f->board, locked_ids, BR_PROP_LOCKED, TRUE);
  g_assert_false (br_board_editor_begin_label_edit (f->editor, locked));
  g_assert_false (br_board_editor_begin_label_edit (f->editor, "no-such-item"));

  /* The item going away (here inside the edit's step) ends the edit */
  g_assert_true (br_board_editor_begin_label_edit (f->editor, id));
  br_board_editor_set_label_text (f->editor, "Gone");
  g_assert_true (br_board_remove (f->board, ids));
  g_assert_null (br_board_editor_get_editing_id (f->editor));
  g_assert_false (br_board_in_transaction (f->board));
  /* (label, Ledger undone, lock, this) */
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 3);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpstr (br_board_lookup (f->board, id)->label, ==, "Payments service");
}

static void
test_clipboard (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *a = add_rectangle (f, 0, 0, 100, 100);
  g_autofree char *b = add_rectangle (f, 200, 0, 100, 100);
  g_autoptr(BrBoard) copy = NULL;
  g_autoptr(BrBoard) other_board = br_board_new ();
  g_autoptr(BrBoardEditor) other = br_board_editor_new ();
  g_autoptr(GBytes) payload = NULL;
  g_autoptr(GBytes) garbage = g_bytes_new_static ("{\"format\": 3", 12);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *ids[] = { a, b, NULL };
  const BrItem *pasted;

  br_board_set_label (f->board, a, "Web");
  br_board_set_label (f->board, b, "Cache");

  /* Nothing selected, nothing copied, unless the whole board is asked for */
  br_board_editor_set_selection (f->editor, NULL);
  g_assert_null (br_board_editor_copy (f->editor, FALSE, &payload, &text));
  g_assert_null (payload);
  copy = br_board_editor_copy (f->editor, TRUE, NULL, NULL);
  g_assert_cmpuint (br_board_get_n_items (copy), ==, 2);
  g_clear_object (&copy);

  /* The selection, as a board file and as its labels */
  br_board_editor_set_selection (f->editor, ids);
  copy = br_board_editor_copy (f->editor, FALSE, &payload, &text);
  g_assert_cmpuint (br_board_get_n_items (copy), ==, 2);
  g_assert_cmpstr (text, ==, "Web\nCache");
  {
    g_autoptr(BrBoard) parsed = br_board_parse (payload, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (br_board_get_n_items (parsed), ==, 2);
  }

  /* Pasted on another board: 20 down and right, selected, one step */
  br_board_editor_set_board (other, other_board);
  g_assert_true (br_board_editor_paste (other, payload, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (other_board), ==, 2);
  g_assert_cmpuint (br_board_get_n_undo_steps (other_board), ==, 1);
  g_assert_cmpuint (br_board_editor_get_n_selected (other), ==, 2);
  pasted = br_board_lookup (other_board, br_board_editor_get_selected (other, 0));
  g_assert_cmpfloat_with_epsilon (pasted->x, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (pasted->y, 20, 1e-9);
  g_assert_cmpstr (pasted->label, ==, "Web");

  /* Pasted back on its own board: new ids beside the originals */
  g_assert_true (br_board_editor_paste (f->editor, payload, &error));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 4);
  g_assert_false (br_board_editor_is_selected (f->editor, a));

  /* Not a board: an error, and the board as it was */
  g_assert_false (br_board_editor_paste (other, garbage, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (br_board_get_n_items (other_board), ==, 2);

  /* Plain text becomes a text item centred where asked */
  g_assert_true (br_board_editor_paste_text (other, "Shard map", 500, 500));
  pasted = last_item (other_board);
  g_assert_cmpint (pasted->kind, ==, BR_ITEM_TEXT);
  g_assert_cmpstr (pasted->label, ==, "Shard map");
  g_assert_cmpfloat_with_epsilon (pasted->x + pasted->width / 2, 500, 1e-9);
  g_assert_cmpstr (br_board_editor_get_selected (other, 0), ==, pasted->id);
  g_assert_false (br_board_editor_paste_text (other, "", 0, 0));

  /* Excalidraw's clipboard becomes items centred there */
  g_assert_true (br_board_editor_paste_text (other,
                 "{\"type\":\"excalidraw/clipboard\",\"elements\":[{\"id\":\"r\",\"type\":\"rectangle\","
                 "\"x\":0,\"y\":0,\"width\":100,\"height\":60}]}", -1000, -1000));
  pasted = last_item (other_board);
  g_assert_cmpint (pasted->kind, ==, BR_ITEM_RECTANGLE);
  g_assert_cmpfloat_with_epsilon (pasted->x + pasted->width / 2, -1000, 1e-6);

  br_board_editor_set_board (other, NULL);
}

static void
test_commands (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *a = add_rectangle (f, 0, 0, 100, 100);
  g_autofree char *b = add_rectangle (f, 200, 0, 100, 100);
  const char *both[] = { a, b, NULL };
  const char *only_a[] = { a, NULL };
  guint steps;

  /* Nothing selected, nothing done */
  br_board_editor_set_selection (f->editor, NULL);
  steps = br_board_get_n_undo_steps (f->board);
  g_assert_false (br_board_editor_delete_selection (f->editor));
  g_assert_false (br_board_editor_nudge (f->editor, 1, 0));
  g_assert_false (br_board_editor_toggle_lock (f->editor));
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps);

  /* Nudge: one step, the whole selection */
  br_board_editor_set_selection (f->editor, both);
  g_assert_true (br_board_editor_nudge (f->editor, 10, -1));
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, a)->x, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, b)->y, -1, 1e-9);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 1);

  /* Duplicate selects the copies, 20 down and right */
  g_assert_true (br_board_editor_duplicate_selection (f->editor));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 4);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 2);
  g_assert_false (br_board_editor_is_selected (f->editor, a));
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, br_board_editor_get_selected (f->editor, 0))->x,
                                  30, 1e-9);

  /* Delete them; undo brings them back, and they left the selection */
  g_assert_true (br_board_editor_delete_selection (f->editor));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 2);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 0);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 4);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 2);

  /* Group: a click on one selects both; ungroup */
  br_board_editor_set_selection (f->editor, only_a);
  g_assert_false (br_board_editor_group_selection (f->editor));
  br_board_editor_set_selection (f->editor, both);
  g_assert_true (br_board_editor_group_selection (f->editor));
  br_board_editor_pointer_down (f->editor, 250, 50, 0);
  br_board_editor_pointer_up (f->editor, 250, 50, 0);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 2);
  g_assert_true (br_board_editor_ungroup_selection (f->editor));
  br_board_editor_select_only (f->editor, NULL);
  br_board_editor_pointer_down (f->editor, 250, 50, 0);
  br_board_editor_pointer_up (f->editor, 250, 50, 0);
  g_assert_cmpuint (br_board_editor_get_n_selected (f->editor), ==, 1);

  /* Order: B to the back */
  g_assert_cmpstr (last_item (f->board)->id, ==, b);
  g_assert_true (br_board_editor_reorder_selection (f->editor, BR_REORDER_TO_BACK));
  g_assert_cmpstr (br_board_get_item (f->board, 0)->id, ==, b);

  /* Lock follows the first selected, and toggles */
  br_board_editor_set_selection (f->editor, both);
  g_assert_true (br_board_editor_toggle_lock (f->editor));
  g_assert_true (br_board_lookup (f->board, a)->locked);
  g_assert_true (br_board_lookup (f->board, b)->locked);
  g_assert_true (br_board_editor_toggle_lock (f->editor));
  g_assert_false (br_board_lookup (f->board, b)->locked);

  /* A command commits the label being edited first, as its own step */
  steps = br_board_get_n_undo_steps (f->board);
  g_assert_true (br_board_editor_begin_label_edit (f->editor, a));
  br_board_editor_set_label_text (f->editor, "Queue");
  g_assert_true (br_board_editor_nudge (f->editor, 5, 0));
  g_assert_null (br_board_editor_get_editing_id (f->editor));
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps + 2);
  g_assert_true (br_board_undo (f->board));
  g_assert_cmpstr (br_board_lookup (f->board, a)->label, ==, "Queue");
}

static void
pan_cb (BrBoardEditor *editor,
        double         dx,
        double         dy,
        double        *total)
{
  total[0] = dx;
  total[1] = dy;
}

static void
test_pan (Fixture       *f,
          gconstpointer  data)
{
  double pan[2] = { 0, 0 };
  g_autofree char *id = add_rectangle (f, 0, 0, 100, 100);
  guint steps = br_board_get_n_undo_steps (f->board);

  g_signal_connect (f->editor, "pan", G_CALLBACK (pan_cb), pan);

  /* The hand tool asks the view to move, and leaves the board be */
  br_board_editor_set_tool (f->editor, BR_TOOL_HAND);
  br_board_editor_pointer_down (f->editor, 50, 50, 0);
  br_board_editor_pointer_motion (f->editor, 80, 40, 0);
  g_assert_cmpfloat (pan[0], ==, 30);
  g_assert_cmpfloat (pan[1], ==, -10);
  br_board_editor_pointer_up (f->editor, 80, 40, 0);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, id)->x, 0, 1e-9);

  /* Holding the pan key pans whatever the tool */
  br_board_editor_set_tool (f->editor, BR_TOOL_SELECT);
  br_board_editor_set_pan_held (f->editor, TRUE);
  drag (f->editor, 50, 50, 60, 70, 0);
  g_assert_cmpfloat (pan[0], ==, 10);
  g_assert_cmpfloat (pan[1], ==, 20);
  g_assert_cmpfloat_with_epsilon (br_board_lookup (f->board, id)->x, 0, 1e-9);
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, steps);
  br_board_editor_set_pan_held (f->editor, FALSE);
}

/* What Escape must leave exactly as it was */
typedef struct {
  GBytes *bytes;
  guint n_undo_steps;
  gboolean can_redo;
  GStrv selection;
  BrTool tool;
} Snapshot;

static void
snapshot_take (Fixture  *f,
               Snapshot *snap)
{
  snap->bytes = br_board_to_bytes (f->board);
  snap->n_undo_steps = br_board_get_n_undo_steps (f->board);
  snap->can_redo = br_board_can_redo (f->board);
  snap->selection = br_board_editor_get_selection (f->editor);
  snap->tool = br_board_editor_get_tool (f->editor);
}

static void
snapshot_assert_same (Fixture  *f,
                      Snapshot *snap)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (f->board);
  g_auto(GStrv) selection = br_board_editor_get_selection (f->editor);
  BrRect band;
  guint n_points = 1;

  g_assert_true (g_bytes_equal (bytes, snap->bytes));
  g_assert_false (br_board_in_transaction (f->board));
  g_assert_cmpuint (br_board_get_n_undo_steps (f->board), ==, snap->n_undo_steps);
  g_assert_cmpint (br_board_can_redo (f->board), ==, snap->can_redo);
  g_assert_true (g_strv_equal ((const char * const *) selection, (const char * const *) snap->selection));
  g_assert_cmpint (br_board_editor_get_tool (f->editor), ==, snap->tool);
  g_assert_false (br_board_editor_in_gesture (f->editor));
  g_assert_false (br_board_editor_get_rubber_band (f->editor, &band));
  g_assert_null (br_board_editor_get_pen_points (f->editor, &n_points));
  g_assert_cmpuint (n_points, ==, 0);
  g_assert_null (br_board_editor_get_bind_target (f->editor));
  g_assert_null (br_board_editor_get_editing_id (f->editor));
}

static void
snapshot_clear (Snapshot *snap)
{
  g_clear_pointer (&snap->bytes, g_bytes_unref);
  g_clear_pointer (&snap->selection, g_strfreev);
}

/* Press at (x1, y1), move to (x2, y2) in ten steps, cancel, then the rest
 * of the drag and its release, as the canvas passes them on after Escape:
 * nothing of it stays */
static void
assert_cancel_leaves_nothing (Fixture *f,
                              double   x1,
                              double   y1,
                              double   x2,
                              double   y2)
{
  Snapshot snap = { 0 };

  snapshot_take (f, &snap);
  br_board_editor_pointer_down (f->editor, x1, y1, 0);
  for (int i = 1; i <= 10; i++)
    br_board_editor_pointer_motion (f->editor, x1 + (x2 - x1) * i / 10, y1 + (y2 - y1) * i / 10, 0);
  g_assert_true (br_board_editor_in_gesture (f->editor));
  br_board_editor_cancel_gesture (f->editor);
  snapshot_assert_same (f, &snap);

  br_board_editor_pointer_motion (f->editor, x2 + 30, y2 + 30, 0);
  br_board_editor_pointer_up (f->editor, x2 + 30, y2 + 30, 0);
  snapshot_assert_same (f, &snap);

  /* Cancelling again, with no gesture, does nothing */
  br_board_editor_cancel_gesture (f->editor);
  snapshot_assert_same (f, &snap);
  snapshot_clear (&snap);
}

/* Escape during each kind of drag: the board, the undo and redo steps, the
 * selection and the tool are as they were at the press */
static void
test_cancel_each_gesture (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *a = add_rectangle (f, 0, 0, 100, 100);
  g_autofree char *b = add_rectangle (f, 400, 0, 100, 100);
  g_autofree char *arrow_id = NULL;
  const char *only_a[] = { a, NULL };
  const char *only_arrow[] = { NULL, NULL };
  BrRect box;
  BrTool shape_tools[] = {
    BR_TOOL_RECTANGLE, BR_TOOL_ROUNDED_RECTANGLE, BR_TOOL_ELLIPSE, BR_TOOL_DIAMOND,
    BR_TOOL_CYLINDER, BR_TOOL_CLOUD, BR_TOOL_HEXAGON, BR_TOOL_TEXT, BR_TOOL_STENCIL,
  };

  /* An arrow from A to B, and a step to redo, which a cancelled gesture
   * must not drop */
  br_board_editor_set_tool (f->editor, BR_TOOL_ARROW);
  drag (f->editor, 50, 50, 450, 50, 0);
  arrow_id = g_strdup (last_item (f->board)->id);
  g_assert_cmpstr (br_board_lookup (f->board, arrow_id)->ends[1].item_id, ==, b);
  g_free (add_rectangle (f, 0, 300, 50, 50));
  g_assert_true (br_board_undo (f->board));
  g_assert_true (br_board_can_redo (f->board));

  /* Move: the selected A, dragged away */
  br_board_editor_set_tool (f->editor, BR_TOOL_SELECT);
  br_board_editor_set_selection (f->editor, only_a);
  assert_cancel_leaves_nothing (f, 50, 50, 250, 350);

  /* Move of an item not selected at the press: it is selected by the
   * press, and the selection goes back too */
  br_board_editor_set_selection (f->editor, NULL);
  assert_cancel_leaves_nothing (f, 450, 50, 650, 250);

  /* Resize by the bottom-right handle */
  br_board_editor_set_selection (f->editor, only_a);
  g_assert_true (br_board_editor_get_handles_box (f->editor, &box));
  g_assert_cmpint (br_board_editor_handle_at (f->editor, box.x + box.width, box.y + box.height), ==, BR_HANDLE_SE);
  assert_cancel_leaves_nothing (f, box.x + box.width, box.y + box.height, 300, 300);

  /* Rubber band from empty space: the press cleared the selection */
  assert_cancel_leaves_nothing (f, -100, -100, 600, 200);

  /* The end of the selected arrow, pulled off B */
  only_arrow[0] = arrow_id;
  br_board_editor_set_selection (f->editor, only_arrow);
  assert_cancel_leaves_nothing (f, 400, 50, 300, 400);
  g_assert_cmpstr (br_board_lookup (f->board, arrow_id)->ends[1].item_id, ==, b);

  /* Each shape tool, drawing: the new shape goes, the tool stays */
  br_board_editor_set_selection (f->editor, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (shape_tools); i++)
    {
      br_board_editor_set_tool (f->editor, shape_tools[i]);
      assert_cancel_leaves_nothing (f, 600, 300, 700, 380);
    }

  /* An arrow and a line, their end over B */
  br_board_editor_set_tool (f->editor, BR_TOOL_ARROW);
  assert_cancel_leaves_nothing (f, 50, 400, 450, 50);
  br_board_editor_set_tool (f->editor, BR_TOOL_LINE);
  assert_cancel_leaves_nothing (f, 50, 400, 450, 50);

  /* A freehand stroke */
  br_board_editor_set_tool (f->editor, BR_TOOL_PEN);
  assert_cancel_leaves_nothing (f, 600, 600, 800, 700);

  /* The eraser through A, B and the arrow */
  br_board_editor_set_tool (f->editor, BR_TOOL_ERASER);
  assert_cancel_leaves_nothing (f, 50, 50, 450, 50);

  /* Panning, with the hand and with the pan key held */
  br_board_editor_set_tool (f->editor, BR_TOOL_HAND);
  assert_cancel_leaves_nothing (f, 50, 50, 150, 150);
  br_board_editor_set_tool (f->editor, BR_TOOL_SELECT);
  br_board_editor_set_pan_held (f->editor, TRUE);
  assert_cancel_leaves_nothing (f, 50, 50, 150, 150);
  br_board_editor_set_pan_held (f->editor, FALSE);

  /* What was to redo still is */
  g_assert_true (br_board_redo (f->board));
  g_assert_cmpuint (br_board_get_n_items (f->board), ==, 4);
}

static void
test_tools (void)
{
  BrTool tool;

  for (guint i = 0; i < BR_N_TOOLS; i++)
    {
      g_assert_true (br_tool_from_string (br_tool_to_string (i), &tool));
      g_assert_cmpint (tool, ==, i);
    }
  g_assert_false (br_tool_from_string ("lasso", &tool));
  g_assert_null (br_tool_to_string (BR_N_TOOLS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-editor/tools", test_tools);
#define ADD(path, func) \
  g_test_add ("/board-editor/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create-each-shape", test_create_each_shape);
  ADD ("arrow-binding", test_arrow_binding);
  ADD ("rubber-band", test_rubber_band);
  ADD ("move-undo-grouping", test_move_undo_grouping);
  ADD ("resize", test_resize);
  ADD ("shift-constrained", test_shift_constrained);
  ADD ("snapping", test_snapping);
  ADD ("freehand-and-eraser", test_freehand_and_eraser);
  ADD ("text-tool", test_text_tool);
  ADD ("label-edit", test_label_edit);
  ADD ("clipboard", test_clipboard);
  ADD ("commands", test_commands);
  ADD ("pan", test_pan);
  ADD ("cancel-each-gesture", test_cancel_each_gesture);
#undef ADD

  return g_test_run ();
}
