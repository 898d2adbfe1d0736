/* test-board.c — the whiteboard model: operations, bindings, undo/redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "br-board.h"
#include "br-board-render.h"
#include "br-board-file.h"

#define IDS(...) ((const char * const[]) { __VA_ARGS__, NULL })

static char *
serialize (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static const char *
add_shape (BrBoard    *board,
           BrItemKind  kind,
           double      x,
           double      y,
           double      w,
           double      h)
{
  return br_board_add_item (board, br_item_new (kind, x, y, w, h));
}

static const char *
add_arrow (BrBoard    *board,
           const char *from,
           const char *to)
{
  BrItem *arrow = br_item_new_arrow (0, 0, 10, 10);

  br_item_bind_end (arrow, BR_END_START, from);
  br_item_bind_end (arrow, BR_END_END, to);
  return br_board_add_item (board, arrow);
}

/* How far @p is from @item's outline, in the outline's own measure */
static double
outline_error (const BrItem *item,
               double        px,
               double        py)
{
  double hw = item->width / 2, hh = item->height / 2;
  double dx = fabs (px - (item->x + hw)), dy = fabs (py - (item->y + hh));
  BrItemKind kind = item->kind == BR_ITEM_STENCIL ? br_stencil_get_base_shape (item->stencil) : item->kind;

  switch (kind)
    {
    case BR_ITEM_ELLIPSE:
      return fabs ((dx / hw) * (dx / hw) + (dy / hh) * (dy / hh) - 1);
    case BR_ITEM_DIAMOND:
      return fabs (dx / hw + dy / hh - 1);
    default:
      return fabs (MAX (dx / hw, dy / hh) - 1);
    }
}

/* Every bound end lies where the binding rule puts it; every reference
 * is to an item of the board that can be bound to */
static void
check_bindings (BrBoard *board)
{
  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *arrow = br_board_get_item (board, i);
      BrPoint refs[2];

      g_assert_cmpuint (arrow->z, ==, i);
      g_assert_true (br_board_lookup (board, arrow->id) == arrow);
      if (arrow->kind != BR_ITEM_ARROW)
        continue;

      for (guint s = 0; s < 2; s++)
        {
          const BrItem *t = br_board_lookup (board, arrow->ends[s].item_id);

          if (arrow->ends[s].item_id != NULL)
            {
              g_assert_nonnull (t);
              g_assert_true (br_item_is_bindable (t));
              g_assert_true (t != arrow);
              refs[s].x = t->x + t->width / 2;
              refs[s].y = t->y + t->height / 2;
            }
          else
            {
              refs[s].x = arrow->ends[s].x;
              refs[s].y = arrow->ends[s].y;
            }
        }
      for (guint s = 0; s < 2; s++)
        {
          const BrItem *t = br_board_lookup (board, arrow->ends[s].item_id);
          BrPoint p;

          if (t == NULL)
            continue;
          if (arrow->routing == BR_ROUTING_ELBOW)
            /* an elbow leaves sideways, level with the centre */
            br_item_outline_point (t, refs[s].x + (refs[1 - s].x >= refs[s].x ? 1 : -1), refs[s].y, &p);
          else
            br_item_outline_point (t, refs[1 - s].x, refs[1 - s].y, &p);
          g_assert_cmpfloat (arrow->ends[s].x, ==, p.x);
          g_assert_cmpfloat (arrow->ends[s].y, ==, p.y);
          if (t->width > 0 && t->height > 0 &&
              (t->kind == BR_ITEM_RECTANGLE || t->kind == BR_ITEM_ELLIPSE || t->kind == BR_ITEM_DIAMOND))
            g_assert_cmpfloat (outline_error (t, p.x, p.y), <, 1e-6);
        }
    }
}

/* Undoes everything, checks the start, redoes everything, checks the end */
static void
assert_undo_redo (BrBoard    *board,
                  const char *start,
                  guint       steps)
{
  g_autofree char *end = serialize (board);

  for (guint i = 0; i < steps; i++)
    g_assert_true (br_board_undo (board));
  g_assert_false (br_board_can_undo (board));
  {
    g_autofree char *now = serialize (board);
    g_assert_cmpstr (now, ==, start);
  }
  check_bindings (board);
  for (guint i = 0; i < steps; i++)
    g_assert_true (br_board_redo (board));
  g_assert_false (br_board_can_redo (board));
  {
    g_autofree char *now = serialize (board);
    g_assert_cmpstr (now, ==, end);
  }
  check_bindings (board);
}

/* ---------------------------------------------------------------------- */

typedef struct {
  guint emissions;
  guint added, removed, changed;
  gboolean restacked;
} Counter;

static void
on_changed (BrBoard        *board,
            BrBoardChanges *changes,
            Counter        *counter)
{
  counter->emissions++;
  counter->added += changes->added->len;
  counter->removed += changes->removed->len;
  counter->changed += changes->changed->len;
  counter->restacked |= changes->restacked;
  g_assert_cmpfloat (changes->damage.width, >=, 0);
}

static void
test_add_remove (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *start = serialize (board);
  Counter counter = { 0 };
  const char *a, *b;
  BrItem *item;

  g_signal_connect (board, "changed", G_CALLBACK (on_changed), &counter);

  a = add_shape (board, BR_ITEM_RECTANGLE, 0, 0, 100, 50);
  g_assert_cmpstr (a, ==, "i1");
  b = br_board_add_item (board, br_item_new_stencil (BR_STENCIL_CACHE, 200, 0, 120, 60));
  g_assert_cmpstr (b, ==, "i2");
  g_assert_cmpstr (br_board_lookup (board, "i2")->label, ==, "Cache");
  g_assert_cmpuint (counter.emissions, ==, 2);
  g_assert_cmpuint (counter.added, ==, 2);

  /* A taken or invalid id is replaced */
  item = br_item_new (BR_ITEM_TEXT, 0, 0, 10, 10);
  item->id = g_strdup ("i1");
  g_assert_cmpstr (br_board_add_item (board, item), ==, "i3");
  item = br_item_new (BR_ITEM_TEXT, 0, 0, 10, 10);
  item->id = g_strdup ("not valid!");
  g_assert_cmpstr (br_board_add_item (board, item), ==, "i4");
  item = br_item_new (BR_ITEM_TEXT, 0, 0, 10, 10);
  item->id = g_strdup ("mine");
  g_assert_cmpstr (br_board_add_item (board, item), ==, "mine");

  g_assert_true (br_board_remove (board, IDS ("i1", "nope")));
  g_assert_null (br_board_lookup (board, "i1"));
  g_assert_false (br_board_remove (board, IDS ("nope")));
  g_assert_cmpuint (br_board_get_n_items (board), ==, 4);
  g_assert_cmpuint (counter.removed, ==, 1);

  assert_undo_redo (board, start, 6);
  g_assert_finalize_object (board);
}

static void
test_binding_geometry (void)
{
  BrBoard *board = br_board_new ();
  BrItemKind kinds[] = { BR_ITEM_RECTANGLE, BR_ITEM_ELLIPSE, BR_ITEM_DIAMOND };
  g_autofree char *start = serialize (board);
  guint steps = 0;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *a = g_strdup (add_shape (board, kinds[k], 0, 0, 100, 60));
      g_autofree char *b = g_strdup (add_shape (board, kinds[(k + 1) % 3], 300, 200, 80, 120));
      g_autofree char *arrow = g_strdup (add_arrow (board, a, b));
      BrItem *free_arrow = br_item_new_arrow (-500, 40, 0, 0);
      g_autofree char *half = NULL;

      br_item_bind_end (free_arrow, BR_END_END, a);
      half = g_strdup (br_board_add_item (board, free_arrow));
      steps += 4;
      check_bindings (board);

      for (guint i = 0; i < 20; i++)
        {
          BrRect box = { g_test_rand_double_range (-400, 400), g_test_rand_double_range (-400, 400),
                         g_test_rand_double_range (1, 300), g_test_rand_double_range (1, 300) };

          g_assert_true (br_board_move (board, IDS (a), g_test_rand_double_range (-50, 50), 7));
          check_bindings (board);
          g_assert_true (br_board_set_box (board, b, &box));
          check_bindings (board);
          steps += 2;
        }
      /* the end follows and stays bound */
      g_assert_cmpstr (br_board_lookup (board, arrow)->ends[0].item_id, ==, a);
      g_assert_cmpstr (br_board_lookup (board, arrow)->ends[1].item_id, ==, b);
      g_assert_cmpstr (br_board_lookup (board, half)->ends[1].item_id, ==, a);
      g_assert_null (br_board_lookup (board, half)->ends[0].item_id);
      g_assert_cmpfloat (br_board_lookup (board, half)->ends[0].x, ==, -500);
      g_assert_true (br_board_remove (board, IDS (a, b, arrow, half)));
      steps++;
    }
  assert_undo_redo (board, start, steps);
  g_assert_finalize_object (board);
}

/* Arrow ends stop on the drawn outline of hexagons, clouds, diamonds and
 * cylinders, not on their boxes: drawn, the outline has ink at each end */
static void
test_outline_binding (void)
{
  static const BrItemKind kinds[] = {
    BR_ITEM_HEXAGON, BR_ITEM_CLOUD, BR_ITEM_DIAMOND, BR_ITEM_CYLINDER, BR_ITEM_ELLIPSE,
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint routing = 0; routing < 2; routing++)
      for (guint d = 0; d < 16; d++)
        {
          g_autoptr(BrBoard) board = br_board_new ();
          double angle = 2 * G_PI * (d + 0.5) / 16;
          g_autofree char *shape = g_strdup (br_board_add_item (board, br_item_new (kinds[k], 200, 150, 200, 120)));
          BrItem *free_item = br_item_new (BR_ITEM_RECTANGLE, 300 + 400 * cos (angle) - 5, 210 + 400 * sin (angle) - 5, 10, 10);
          g_autofree char *other = g_strdup (br_board_add_item (board, free_item));
          BrItem *arrow = br_item_new_arrow (0, 0, 1, 1);
          const BrItem *a, *target;
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 600, 420);
          cairo_t *cr = cairo_create (surface);
          const guint8 *data;
          int ink = 0;

          arrow->routing = routing ? BR_ROUTING_ELBOW : BR_ROUTING_STRAIGHT;
          br_item_bind_end (arrow, BR_END_START, shape);
          br_item_bind_end (arrow, BR_END_END, other);
          a = br_board_lookup (board, br_board_add_item (board, arrow));
          target = br_board_lookup (board, shape);
          check_bindings (board);

          if (routing)
            g_assert_cmpfloat_with_epsilon (a->ends[0].y, 210, 1e-6);

          br_item_trace_outline (cr, target);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          data = cairo_image_surface_get_data (surface);
          for (int dy = -2; dy <= 2; dy++)
            for (int dx = -2; dx <= 2; dx++)
              {
                int x = (int) round (a->ends[0].x) + dx, y = (int) round (a->ends[0].y) + dy;

                if (x >= 0 && y >= 0 && x < 600 && y < 420)
                  ink = MAX (ink, data[y * cairo_image_surface_get_stride (surface) + x]);
              }
          if (ink < 64)
            g_error ("%s, %s, toward %g°: the end (%g, %g) is off the drawn outline",
                     br_item_kind_to_string (kinds[k]), routing ? "elbow" : "straight",
                     angle * 180 / G_PI, a->ends[0].x, a->ends[0].y);
          cairo_surface_destroy (surface);
        }
}

static void
test_remove_frees_ends (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *start = serialize (board);
  g_autofree char *a = g_strdup (add_shape (board, BR_ITEM_RECTANGLE, 0, 0, 100, 100));
  g_autofree char *b = g_strdup (add_shape (board, BR_ITEM_ELLIPSE, 400, 0, 100, 100));
  g_autofree char *arrow = g_strdup (add_arrow (board, a, b));
  const BrItem *item = br_board_lookup (board, arrow);
  double x = item->ends[1].x, y = item->ends[1].y;

  g_assert_cmpfloat (x, ==, 400);
  g_assert_cmpfloat (fabs (y - 50), <, 1e-9);
  g_assert_true (br_board_remove (board, IDS (b)));
  item = br_board_lookup (board, arrow);
  g_assert_null (item->ends[1].item_id);
  g_assert_cmpfloat (item->ends[1].x, ==, x);
  g_assert_cmpfloat (item->ends[1].y, ==, y);
  g_assert_cmpstr (item->ends[0].item_id, ==, a);

  /* Moving the item the other end is bound to: the free end stays */
  g_assert_true (br_board_move (board, IDS (a), 0, 100));
  g_assert_cmpfloat (item->ends[1].x, ==, x);
  check_bindings (board);

  /* Undo binds it again */
  g_assert_true (br_board_undo (board));
  g_assert_true (br_board_undo (board));
  item = br_board_lookup (board, arrow);
  g_assert_cmpstr (item->ends[1].item_id, ==, b);
  check_bindings (board);
  g_assert_true (br_board_redo (board));
  g_assert_true (br_board_redo (board));

  /* Removing everything, arrow included, and undoing restores the bindings */
  g_assert_true (br_board_remove (board, IDS (a, arrow)));
  g_assert_true (br_board_undo (board));
  g_assert_cmpstr (br_board_lookup (board, arrow)->ends[0].item_id, ==, a);
  g_assert_true (br_board_redo (board));
  assert_undo_redo (board, start, 6);
  g_assert_finalize_object (board);
}

static void
test_move_arrow (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *a = g_strdup (add_shape (board, BR_ITEM_RECTANGLE, 0, 0, 100, 100));
  g_autofree char *b = g_strdup (add_shape (board, BR_ITEM_RECTANGLE, 400, 0, 100, 100));
  g_autofree char *arrow = g_strdup (add_arrow (board, a, b));
  const BrItem *item = br_board_lookup (board, arrow);

  /* Moving the arrow with one of its items keeps that binding only */
  g_assert_true (br_board_move (board, IDS (arrow, a), 10, 10));
  g_assert_cmpstr (item->ends[0].item_id, ==, a);
  g_assert_null (item->ends[1].item_id);
  g_assert_cmpfloat (item->ends[1].x, ==, 410);
  check_bindings (board);

  /* Binding and unbinding an end by hand */
  g_assert_true (br_board_set_arrow_end (board, arrow, BR_END_END, 0, 0, b));
  g_assert_cmpstr (item->ends[1].item_id, ==, b);
  g_assert_false (br_board_set_arrow_end (board, arrow, BR_END_END, 0, 0, b));
  g_assert_true (br_board_set_arrow_end (board, arrow, BR_END_START, 5, 6, arrow));
  g_assert_null (item->ends[0].item_id);
  g_assert_cmpfloat (item->ends[0].x, ==, 5);
  check_bindings (board);
  g_assert_finalize_object (board);
}

static void
test_properties (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *start = serialize (board);
  g_autofree char *a = g_strdup (add_shape (board, BR_ITEM_HEXAGON, 0, 0, 100, 100));
  g_autofree char *s = g_strdup (br_board_add_item (board, br_item_new_stencil (BR_STENCIL_DNS, 0, 0, 100, 100)));
  g_autofree char *arrow = g_strdup (add_arrow (board, a, s));
  const BrItem *item = br_board_lookup (board, a);
  guint steps = 3;

  g_assert_true (br_board_set_property (board, IDS (a, arrow), BR_PROP_STROKE_COLOR, 3));
  g_assert_cmpuint (item->stroke_color, ==, 3);
  g_assert_false (br_board_set_property (board, IDS (a), BR_PROP_STROKE_COLOR, 3));
  g_assert_true (br_board_set_property (board, IDS (a), BR_PROP_FILL_COLOR, 5));
  g_assert_true (br_board_set_property (board, IDS (a), BR_PROP_FILLED, TRUE));
  g_assert_true (br_board_set_property (board, IDS (a), BR_PROP_STROKE_WIDTH, BR_STROKE_BOLD));
  g_assert_true (br_board_set_property (board, IDS (a), BR_PROP_LINE_STYLE, BR_LINE_DOTTED));
  g_assert_true (br_board_set_property (board, IDS (a), BR_PROP_FONT_SIZE, BR_FONT_LARGE));
  g_assert_false (br_board_set_property (board, IDS (a), BR_PROP_ROUTING, BR_ROUTING_ELBOW));
  g_assert_true (br_board_set_property (board, IDS (arrow), BR_PROP_ROUTING, BR_ROUTING_ELBOW));
  g_assert_true (br_board_set_property (board, IDS (arrow), BR_PROP_HEADS, BR_HEADS_BOTH));
  g_assert_true (br_board_set_property (board, IDS (s), BR_PROP_STENCIL, BR_STENCIL_SQL_DATABASE));
  g_assert_true (br_board_set_label (board, a, "Orders\nservice"));
  g_assert_false (br_board_set_label (board, a, "Orders\nservice"));
  g_assert_cmpstr (item->label, ==, "Orders\nservice");
  steps += 10;
  check_bindings (board);

  /* Locked items do not move or resize */
  g_assert_true (br_board_set_property (board, IDS (a), BR_PROP_LOCKED, TRUE));
  g_assert_false (br_board_move (board, IDS (a), 10, 10));
  g_assert_false (br_board_set_box (board, a, &(BrRect) { 0, 0, 5, 5 }));
  g_assert_true (br_board_set_property (board, IDS (a), BR_PROP_LOCKED, FALSE));
  g_assert_true (br_board_move (board, IDS (a), 10, 10));
  steps += 3;

  assert_undo_redo (board, start, steps);
  g_assert_finalize_object (board);
}

static void
assert_order (BrBoard            *board,
              const char * const *ids)
{
  g_assert_cmpuint (br_board_get_n_items (board), ==, g_strv_length ((char **) ids));
  for (guint i = 0; ids[i]; i++)
    g_assert_cmpstr (br_board_get_item (board, i)->id, ==, ids[i]);
}

static void
test_reorder (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *start = NULL;
  Counter counter = { 0 };

  for (guint i = 0; i < 5; i++)
    add_shape (board, BR_ITEM_RECTANGLE, i * 10, 0, 10, 10);
  start = serialize (board);
  br_board_clear_history (board);
  g_signal_connect (board, "changed", G_CALLBACK (on_changed), &counter);

  g_assert_true (br_board_reorder (board, IDS ("i1", "i3"), BR_REORDER_TO_FRONT));
  assert_order (board, IDS ("i2", "i4", "i5", "i1", "i3"));
  g_assert_true (counter.restacked);
  g_assert_true (br_board_reorder (board, IDS ("i1", "i3"), BR_REORDER_TO_BACK));
  assert_order (board, IDS ("i1", "i3", "i2", "i4", "i5"));
  g_assert_true (br_board_reorder (board, IDS ("i3"), BR_REORDER_FORWARD));
  assert_order (board, IDS ("i1", "i2", "i3", "i4", "i5"));
  g_assert_false (br_board_reorder (board, IDS ("i5"), BR_REORDER_FORWARD));
  g_assert_true (br_board_reorder (board, IDS ("i4", "i5"), BR_REORDER_BACKWARD));
  assert_order (board, IDS ("i1", "i2", "i4", "i5", "i3"));
  g_assert_false (br_board_reorder (board, IDS ("i1"), BR_REORDER_TO_BACK));

  assert_undo_redo (board, start, 4);
  g_assert_finalize_object (board);
}

static void
test_group_duplicate_paste (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *start = serialize (board);
  g_autofree char *a = g_strdup (add_shape (board, BR_ITEM_CYLINDER, 0, 0, 100, 100));
  g_autofree char *b = g_strdup (add_shape (board, BR_ITEM_CLOUD, 300, 0, 100, 100));
  g_autofree char *c = g_strdup (add_shape (board, BR_ITEM_TEXT, 600, 0, 100, 30));
  g_autofree char *ab = g_strdup (add_arrow (board, a, b));
  g_autofree char *bc = g_strdup (add_arrow (board, b, c));
  g_autofree char *group = NULL;
  g_auto(GStrv) copies = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(BrBoard) clip = NULL;
  g_auto(GStrv) pasted = NULL;
  BrPoint pts[] = { { 0, 0 }, { 10, 5 }, { 20, 0 }, { 30, 8 } };

  br_board_add_item (board, br_item_new_stroke (pts, G_N_ELEMENTS (pts), 2));

  group = br_board_group (board, IDS (a, b, ab));
  g_assert_nonnull (group);
  members = br_board_get_group (board, group);
  g_assert_cmpuint (members->len, ==, 3);

  /* Duplicating a, b and the arrow between them: the copy is bound to the
   * copies; bc is not copied */
  copies = br_board_duplicate (board, IDS (a, b, ab), 20, 20);
  g_assert_cmpuint (g_strv_length (copies), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const BrItem *item = br_board_lookup (board, copies[i]);

      g_assert_nonnull (item->group);
      g_assert_cmpstr (item->group, !=, group);
      g_assert_cmpstr (item->group, ==, br_board_lookup (board, copies[0])->group);
    }
  g_assert_cmpstr (br_board_lookup (board, copies[2])->ends[0].item_id, ==, copies[0]);
  g_assert_cmpstr (br_board_lookup (board, copies[2])->ends[1].item_id, ==, copies[1]);
  g_assert_cmpfloat (br_board_lookup (board, copies[0])->x, ==, 20);
  check_bindings (board);

  /* Copy b and bc: bc's end at c is freed in the copy; pasting twice gives
   * fresh ids each time */
  clip = br_board_copy_items (board, IDS (bc, b));
  g_assert_cmpuint (br_board_get_n_items (clip), ==, 2);
  g_assert_cmpstr (br_board_get_item (clip, 0)->id, ==, b);
  g_assert_null (br_board_lookup (clip, bc)->ends[1].item_id);
  g_assert_cmpstr (br_board_lookup (clip, bc)->ends[0].item_id, ==, b);
  pasted = br_board_paste (board, clip, 0, 500);
  g_assert_cmpstr (br_board_lookup (board, pasted[1])->ends[0].item_id, ==, pasted[0]);
  g_assert_null (br_board_lookup (board, pasted[1])->ends[1].item_id);
  g_clear_pointer (&pasted, g_strfreev);
  pasted = br_board_paste (board, clip, 0, 1000);
  g_assert_cmpstr (br_board_lookup (board, pasted[1])->ends[0].item_id, ==, pasted[0]);
  check_bindings (board);

  g_assert_true (br_board_ungroup (board, IDS (a, b, ab)));
  g_assert_null (br_board_lookup (board, a)->group);
  g_assert_false (br_board_ungroup (board, IDS (a)));

  assert_undo_redo (board, start, 11);
  g_assert_finalize_object (board);
}

static void
test_transactions (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *a = g_strdup (add_shape (board, BR_ITEM_RECTANGLE, 0, 0, 100, 100));
  g_autofree char *b = g_strdup (add_shape (board, BR_ITEM_ELLIPSE, 300, 0, 100, 100));
  g_autofree char *arrow = g_strdup (add_arrow (board, a, b));
  g_autofree char *before = serialize (board);
  g_autofree char *after = NULL;
  Counter counter = { 0 };

  g_signal_connect (board, "changed", G_CALLBACK (on_changed), &counter);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 3);

  /* A drag: 200 motion events, one step; a change per event reported */
  br_board_begin_transaction (board);
  g_assert_false (br_board_can_undo (board));
  for (guint i = 0; i < 200; i++)
    g_assert_true (br_board_move (board, IDS (a, b), 1, 0.5));
  br_board_begin_transaction (board);   /* nested: no effect */
  br_board_set_label (board, a, "moved");
  br_board_commit (board);
  g_assert_true (br_board_in_transaction (board));
  br_board_commit (board);
  g_assert_cmpuint (counter.emissions, ==, 201);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 4);
  g_assert_cmpfloat (br_board_lookup (board, a)->x, ==, 200);
  check_bindings (board);
  after = serialize (board);

  g_assert_true (br_board_undo (board));
  {
    g_autofree char *now = serialize (board);
    g_assert_cmpstr (now, ==, before);
  }
  g_assert_true (br_board_redo (board));
  {
    g_autofree char *now = serialize (board);
    g_assert_cmpstr (now, ==, after);
  }

  /* An empty transaction leaves no step */
  br_board_begin_transaction (board);
  br_board_commit (board);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 4);

  /* Rollback undoes what the transaction did and records nothing */
  br_board_begin_transaction (board);
  br_board_move (board, IDS (a), 50, 50);
  br_board_remove (board, IDS (b));
  add_shape (board, BR_ITEM_DIAMOND, 0, 0, 10, 10);
  br_board_rollback (board);
  g_assert_false (br_board_in_transaction (board));
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 4);
  g_assert_true (br_board_can_redo (board) == FALSE);
  {
    g_autofree char *now = serialize (board);
    g_assert_cmpstr (now, ==, after);
  }
  g_assert_finalize_object (board);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_history_cap (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *a = g_strdup (add_shape (board, BR_ITEM_RECTANGLE, 0, 0, 10, 10));
  g_autofree char *at_100 = NULL;
  guint notified = 0;

  g_assert_cmpuint (br_board_get_history_limit (board), >=, 500);
  br_board_set_history_limit (board, 500);
  g_signal_connect (board, "notify::can-redo", G_CALLBACK (on_notify), &notified);

  for (guint i = 0; i < 600; i++)
    {
      if (i == 100)
        at_100 = serialize (board);
      g_assert_true (br_board_move (board, IDS (a), 1, 0));
    }
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 500);
  for (guint i = 0; i < 500; i++)
    g_assert_true (br_board_undo (board));
  g_assert_false (br_board_undo (board));
  {
    g_autofree char *now = serialize (board);
    g_assert_cmpstr (now, ==, at_100);
  }
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (br_board_can_redo (board));

  /* A new change drops the redo steps */
  g_assert_true (br_board_move (board, IDS (a), 0, 1));
  g_assert_false (br_board_can_redo (board));
  g_assert_cmpuint (notified, ==, 2);

  br_board_set_history_limit (board, 1);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 1);
  g_assert_finalize_object (board);
}

static void
test_stroke (void)
{
  BrPoint pts[] = { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 10 } };
  g_autoptr(BrItem) raw = br_item_new_stroke (pts, 4, 0);
  g_autoptr(BrItem) smooth = br_item_new_stroke (pts, 4, 1);

  g_assert_cmpuint (raw->n_points, ==, 4);
  g_assert_cmpuint (smooth->n_points, ==, 6);
  /* the ends stay, the corners are cut */
  g_assert_cmpfloat (smooth->points[0].x, ==, 0);
  g_assert_cmpfloat (smooth->points[5].y, ==, 10);
  g_assert_cmpfloat (smooth->points[1].x, ==, 7.5);
  g_assert_cmpfloat (raw->width, ==, 10);
}

/* ---------------------------------------------------------------------- */
/* Random operations                                                       */

static const char *
random_id (BrBoard *board)
{
  guint n = br_board_get_n_items (board);

  if (n == 0 || g_test_rand_int_range (0, 20) == 0)
    return "missing";
  return br_board_get_item (board, g_test_rand_int_range (0, n))->id;
}

static void
random_operation (BrBoard *board)
{
  const char *ids[4] = { random_id (board), random_id (board), random_id (board), NULL };
  const char *one[2] = { ids[0], NULL };
  int op = g_test_rand_int_range (0, 16);
  double x = g_test_rand_double_range (-1000, 1000), y = g_test_rand_double_range (-1000, 1000);

  switch (op)
    {
    case 0:
    case 1:
      {
        BrItemKind kind = g_test_rand_int_range (0, BR_ITEM_STENCIL + 1);
        BrItem *item = kind == BR_ITEM_STENCIL
          ? br_item_new_stencil (g_test_rand_int_range (0, BR_N_STENCILS), x, y, 120, 60)
          : br_item_new (kind, x, y, g_test_rand_double_range (0, 200), g_test_rand_double_range (0, 200));
        br_board_add_item (board, item);
      }
      break;
    case 2:
      {
        BrItem *arrow = br_item_new_arrow (x, y, x + 100, y + 50);

        if (g_test_rand_bit ())
          br_item_bind_end (arrow, BR_END_START, ids[0]);
        if (g_test_rand_bit ())
          br_item_bind_end (arrow, BR_END_END, ids[1]);
        arrow->routing = g_test_rand_int_range (0, BR_N_ROUTINGS);
        br_board_add_item (board, arrow);
      }
      break;
    case 3:
      {
        BrPoint pts[5];

        for (guint i = 0; i < 5; i++)
          pts[i] = (BrPoint) { x + g_test_rand_double_range (0, 50), y + g_test_rand_double_range (0, 50) };
        br_board_add_item (board, br_item_new_stroke (pts, 5, g_test_rand_int_range (0, 3)));
      }
      break;
    case 4:
      br_board_remove (board, g_test_rand_bit () ? one : ids);
      break;
    case 5:
    case 6:
      br_board_move (board, g_test_rand_bit () ? one : ids, x / 10, y / 10);
      break;
    case 7:
      br_board_set_box (board, ids[0], &(BrRect) { x, y, g_test_rand_double_range (-100, 300), 40 });
      break;
    case 8:
      br_board_set_arrow_end (board, ids[0], g_test_rand_bit (), x, y,
                              g_test_rand_bit () ? ids[1] : NULL);
      break;
    case 9:
      br_board_set_label (board, ids[0], g_test_rand_bit () ? "Label" : "");
      break;
    case 10:
      {
        BrItemProperty prop = g_test_rand_int_range (BR_PROP_STROKE_COLOR, BR_PROP_LOCKED + 1);
        guint limits[] = { 8, 8, 2, 3, 3, 3, 2, 4, BR_N_STENCILS, 2 };

        br_board_set_property (board, ids, prop, g_test_rand_int_range (0, limits[prop]));
      }
      break;
    case 11:
      br_board_reorder (board, ids, g_test_rand_int_range (0, 4));
      break;
    case 12:
      {
        g_autofree char *group = br_board_group (board, ids);
      }
      break;
    case 13:
      br_board_ungroup (board, ids);
      break;
    case 14:
      {
        g_auto(GStrv) copies = br_board_duplicate (board, ids, 10, 10);
      }
      break;
    case 15:
      {
        g_autoptr(BrBoard) clip = br_board_copy_items (board, ids);
        g_auto(GStrv) pasted = br_board_paste (board, clip, x, y);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
test_random (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *now = NULL;
  guint steps;

  /* Something to start from, outside the history */
  for (guint i = 0; i < 20; i++)
    random_operation (board);
  br_board_clear_history (board);
  start = serialize (board);

  for (guint i = 0; i < 600; i++)
    {
      if (g_test_rand_int_range (0, 8) == 0)
        {
          guint n = g_test_rand_int_range (1, 30);

          br_board_begin_transaction (board);
          for (guint j = 0; j < n; j++)
            random_operation (board);
          if (g_test_rand_int_range (0, 5) == 0)
            br_board_rollback (board);
          else
            br_board_commit (board);
        }
      else
        random_operation (board);
      check_bindings (board);

      /* Now and then, undo a few steps and redo them */
      if (i % 50 == 49)
        {
          g_autofree char *here = serialize (board);
          guint k = MIN (br_board_get_n_undo_steps (board), 5);

          for (guint j = 0; j < k; j++)
            br_board_undo (board);
          for (guint j = 0; j < k; j++)
            br_board_redo (board);
          now = serialize (board);
          g_assert_cmpstr (now, ==, here);
          g_clear_pointer (&now, g_free);
        }
    }

  steps = br_board_get_n_undo_steps (board);
  g_test_message ("%u items, %u undo steps", br_board_get_n_items (board), steps);
  g_assert_cmpuint (steps, >, 300);
  end = serialize (board);
  assert_undo_redo (board, start, steps);

  /* The saved board loads to the same board */
  {
    g_autoptr(GBytes) bytes = br_board_to_bytes (board);
    g_autoptr(GError) error = NULL;
    g_autoptr(BrBoard) loaded = br_board_parse (bytes, &error);

    g_assert_no_error (error);
    now = serialize (loaded);
    g_assert_cmpstr (now, ==, end);
    check_bindings (loaded);
  }
  g_assert_finalize_object (board);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board/add-remove", test_add_remove);
  g_test_add_func ("/board/binding-geometry", test_binding_geometry);
  g_test_add_func ("/board/outline-binding", test_outline_binding);
  g_test_add_func ("/board/remove-frees-ends", test_remove_frees_ends);
  g_test_add_func ("/board/move-arrow", test_move_arrow);
  g_test_add_func ("/board/properties", test_properties);
  g_test_add_func ("/board/reorder", test_reorder);
  g_test_add_func ("/board/group-duplicate-paste", test_group_duplicate_paste);
  g_test_add_func ("/board/transactions", test_transactions);
  g_test_add_func ("/board/history-cap", test_history_cap);
  g_test_add_func ("/board/stroke", test_stroke);
  g_test_add_func ("/board/random", test_random);

  return g_test_run ();
}
