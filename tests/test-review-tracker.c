/* test-review-tracker.c — the review kept up to date with its board: it is
 * marked stale by edits, targets, the multiplier and drills, computed only
 * when asked for, and a drill is view state that ends with its item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "br-board-file.h"
#include "br-review-tracker.h"

static void
count (guint *counter)
{
  (*counter)++;
}

static const char *
add_box (BrBoard    *board,
         BrStencil   type,
         const char *label)
{
  BrItem *item = br_item_new_stencil (type, 0, 0, 100, 60);

  br_item_set_label (item, label);
  return br_board_add_item (board, item);
}

static void
test_stale (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = br_reference_new_builtin (&error);
  g_autoptr(BrBoard) board = br_board_new ();
  BrReviewTracker *tracker;
  g_autofree char *db = NULL;
  const char *ids[2] = { NULL, NULL };
  BrReviewTargets targets = { 100, 99.99 };
  BrReview *first, *second;
  guint updated = 0;

  g_assert_no_error (error);
  tracker = br_review_tracker_new (reference);
  g_signal_connect_swapped (tracker, "updated", G_CALLBACK (count), &updated);

  /* No board, no review */
  g_assert_null (br_review_tracker_get_review (tracker));
  g_assert_cmpuint (updated, ==, 0);

  db = g_strdup (add_box (board, BR_STENCIL_SQL_DATABASE, "Orders DB"));
  ids[0] = db;
  br_review_tracker_set_board (tracker, board);
  g_assert_true (br_review_tracker_get_stale (tracker));
  first = br_review_tracker_get_review (tracker);
  g_assert_nonnull (first);
  g_assert_cmpuint (br_review_get_n_nodes (first), ==, 1);
  g_assert_false (br_review_tracker_get_stale (tracker));
  g_assert_cmpuint (updated, ==, 1);

  /* Fresh: asked again, the same review, nothing computed */
  g_assert_true (br_review_tracker_get_review (tracker) == first);
  g_assert_cmpuint (updated, ==, 1);

  /* An edit marks it stale; nothing is computed until it is asked for */
  g_assert_true (br_board_set_field (board, ids, BR_FIELD_REPLICAS, 2, NULL));
  g_assert_true (br_review_tracker_get_stale (tracker));
  g_assert_true (br_review_tracker_peek_review (tracker) == first);
  g_assert_cmpuint (updated, ==, 1);
  second = br_review_tracker_get_review (tracker);
  g_assert_cmpuint (br_review_find_node (second, db)->replicas, ==, 2);
  g_assert_cmpuint (updated, ==, 2);

  /* Moving or restyling an item changes nothing the review reads */
  g_assert_true (br_board_move (board, ids, 40, 10));
  g_assert_true (br_board_set_property (board, ids, BR_PROP_STROKE_COLOR, 3));
  g_assert_false (br_review_tracker_get_stale (tracker));
  g_assert_true (br_review_tracker_get_review (tracker) == second);
  /* Its label does */
  g_assert_true (br_board_set_label (board, db, "Orders DB x3"));
  g_assert_true (br_review_tracker_get_stale (tracker));
  g_assert_cmpstr (br_review_find_node (br_review_tracker_get_review (tracker), db)->label, ==, "Orders DB x3");
  /* A property set and unset again, after a move: stale, then the same figures */
  g_assert_true (br_board_move (board, ids, -40, -10));
  g_assert_false (br_review_tracker_get_stale (tracker));
  g_assert_true (br_board_unset_field (board, ids, BR_FIELD_REPLICAS));
  g_assert_true (br_review_tracker_get_stale (tracker));
  g_assert_cmpuint (br_review_find_node (br_review_tracker_get_review (tracker), db)->replicas, ==, 3);

  /* Targets, the multiplier (clamped to 0.1–100) */
  g_assert_true (br_board_set_targets (board, &targets));
  g_assert_true (br_review_tracker_get_stale (tracker));
  g_assert_cmpfloat (br_review_get_targets (br_review_tracker_get_review (tracker))->p99_ms, ==, 100);
  br_review_tracker_set_multiplier (tracker, 1000);
  g_assert_cmpfloat (br_review_tracker_get_multiplier (tracker), ==, BR_REVIEW_MAX_MULTIPLIER);
  br_review_tracker_set_multiplier (tracker, 0);
  g_assert_cmpfloat (br_review_tracker_get_multiplier (tracker), ==, BR_REVIEW_MIN_MULTIPLIER);
  br_review_tracker_set_multiplier (tracker, NAN);
  g_assert_cmpfloat (br_review_tracker_get_multiplier (tracker), ==, BR_REVIEW_MIN_MULTIPLIER);
  g_assert_true (br_review_tracker_get_stale (tracker));
  g_assert_cmpfloat (br_review_get_multiplier (br_review_tracker_get_review (tracker)), ==, BR_REVIEW_MIN_MULTIPLIER);

  br_review_tracker_set_board (tracker, NULL);
  g_assert_null (br_review_tracker_get_review (tracker));
  g_assert_finalize_object (tracker);
}

static void
test_drill (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = br_reference_new_builtin (&error);
  g_autoptr(BrBoard) board = br_board_new ();
  BrReviewTracker *tracker = br_review_tracker_new (reference);
  g_autofree char *db = g_strdup (add_box (board, BR_STENCIL_SQL_DATABASE, "Orders DB"));
  const char *ids[2] = { db, NULL };
  const char *drilled = NULL;
  double factor = 0;

  br_review_tracker_set_board (tracker, board);
  br_board_clear_history (board);

  /* A drill changes the review, not the board */
  br_review_tracker_set_drill (tracker, BR_DRILL_DOWN, db, 1);
  g_assert_cmpint (br_review_tracker_get_drill (tracker, &drilled, NULL), ==, BR_DRILL_DOWN);
  g_assert_cmpstr (drilled, ==, db);
  g_assert_true (br_review_find_node (br_review_tracker_get_review (tracker), db)->down);
  g_assert_false (br_board_can_undo (board));

  /* Slower by at least 1 */
  br_review_tracker_set_drill (tracker, BR_DRILL_SLOW, db, 0.5);
  g_assert_cmpint (br_review_tracker_get_drill (tracker, NULL, &factor), ==, BR_DRILL_SLOW);
  g_assert_cmpfloat (factor, ==, 1.0);
  br_review_tracker_set_drill (tracker, BR_DRILL_SLOW, db, 10);
  g_assert_cmpint (br_review_tracker_get_drill (tracker, NULL, &factor), ==, BR_DRILL_SLOW);
  g_assert_cmpfloat (factor, ==, 10.0);
  g_assert_false (br_review_find_node (br_review_tracker_get_review (tracker), db)->down);

  /* The item gone, the drill ends */
  g_assert_true (br_board_remove (board, ids));
  g_assert_cmpint (br_review_tracker_get_drill (tracker, &drilled, NULL), ==, BR_DRILL_NONE);
  g_assert_null (drilled);
  g_assert_cmpuint (br_review_get_n_nodes (br_review_tracker_get_review (tracker)), ==, 0);

  /* A new board ends it too */
  br_review_tracker_set_drill (tracker, BR_DRILL_CUT, "anything", 1);
  g_assert_cmpint (br_review_tracker_get_drill (tracker, NULL, NULL), ==, BR_DRILL_CUT);
  br_review_tracker_set_board (tracker, NULL);
  g_assert_cmpint (br_review_tracker_get_drill (tracker, NULL, NULL), ==, BR_DRILL_NONE);
  g_assert_finalize_object (tracker);
}

/* The same review as br_review_new() gives, figure for figure */
static void
assert_same_review (BrReview *a,
                    BrReview *b)
{
  double at_a = 0, at_b = 0;

  g_assert_cmpuint (br_review_get_n_nodes (a), ==, br_review_get_n_nodes (b));
  g_assert_cmpuint (br_review_get_n_edges (a), ==, br_review_get_n_edges (b));
  for (guint i = 0; i < br_review_get_n_nodes (a); i++)
    {
      const BrReviewNode *x = br_review_get_node (a, i), *y = br_review_get_node (b, i);

      g_assert_cmpstr (x->item_id, ==, y->item_id);
      g_assert_true (memcmp (&x->read_load, &y->read_load,
                             G_STRUCT_OFFSET (BrReviewNode, order) - G_STRUCT_OFFSET (BrReviewNode, read_load)) == 0);
    }
  for (guint i = 0; i < br_review_get_n_edges (a); i++)
    {
      const BrReviewEdge *x = br_review_get_edge (a, i), *y = br_review_get_edge (b, i);

      g_assert_cmpfloat (x->read, ==, y->read);
      g_assert_cmpfloat (x->write, ==, y->write);
      g_assert_cmpfloat (x->per_request, ==, y->per_request);
    }
  g_assert_cmpuint (br_review_get_n_findings (a), ==, br_review_get_n_findings (b));
  for (guint i = 0; i < br_review_get_n_findings (a); i++)
    {
      g_assert_cmpstr (br_review_get_finding (a, i)->message, ==, br_review_get_finding (b, i)->message);
      g_assert_true (g_strv_equal ((const char * const *) br_review_get_finding (a, i)->items,
                                   (const char * const *) br_review_get_finding (b, i)->items));
    }
  g_assert_cmpint (br_review_get_break_point (a, &at_a, NULL, NULL), ==, br_review_get_break_point (b, &at_b, NULL, NULL));
  g_assert_cmpfloat (at_a, ==, at_b);
}

/* Every fixture board of the review's tests */
static GPtrArray *
fixture_boards (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "review", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  GPtrArray *boards = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      BrBoard *board;

      if (!g_str_has_suffix (name, ".brboard"))
        continue;
      board = br_board_new_from_file (file, NULL, &error);
      g_assert_no_error (error);
      g_ptr_array_add (boards, board);
    }
  g_assert_cmpuint (boards->len, >=, 10);
  return boards;
}

/* Moving the slider reuses the last review's components and arrows: the
 * result is the review br_review_new() gives, on every fixture board */
static void
test_multiplier (void)
{
  static const double multipliers[] = { 0.1, 0.5, 2.5, 7, 100, 1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = br_reference_new_builtin (&error);
  g_autoptr(GPtrArray) boards = fixture_boards ();

  g_assert_no_error (error);
  for (guint b = 0; b < boards->len; b++)
    {
      BrBoard *board = g_ptr_array_index (boards, b);
      BrReviewTracker *tracker;
      BrReviewDrill drill = { BR_DRILL_LOSE_REPLICA, NULL, 1 };

      tracker = br_review_tracker_new (reference);
      br_review_tracker_set_board (tracker, board);
      br_review_tracker_get_review (tracker);
      for (guint i = 0; i < G_N_ELEMENTS (multipliers); i++)
        {
          g_autoptr(BrReview) expected = br_review_new (board, reference, multipliers[i], NULL);

          br_review_tracker_set_multiplier (tracker, multipliers[i]);
          assert_same_review (br_review_tracker_get_review (tracker), expected);
        }

      /* With a drill on the first component */
      if (br_review_get_n_nodes (br_review_tracker_get_review (tracker)) > 0)
        {
          g_autoptr(BrReview) expected = NULL;

          drill.item_id = br_review_get_node (br_review_tracker_get_review (tracker), 0)->item_id;
          br_review_tracker_set_drill (tracker, drill.kind, drill.item_id, 1);
          drill.item_id = g_strdup (drill.item_id);
          br_review_tracker_get_review (tracker);
          br_review_tracker_set_multiplier (tracker, 3);
          expected = br_review_new (board, reference, 3, &drill);
          assert_same_review (br_review_tracker_get_review (tracker), expected);
          g_free ((char *) drill.item_id);
        }
      br_review_tracker_set_board (tracker, NULL);
      g_assert_finalize_object (tracker);
    }
}

/* A random value @field allows: whole numbers, choices and switches as
 * such, numbers spread over their range's orders of magnitude */
static double
random_value (GRand            *rand,
              BrComponentField  field)
{
  double min, max;

  br_component_field_range (field, &min, &max);
  switch (br_component_field_kind (field))
    {
    case BR_FIELD_BOOLEAN:
      return g_rand_int_range (rand, 0, 2);
    case BR_FIELD_CHOICE:
    case BR_FIELD_INTEGER:
      return g_rand_int_range (rand, (gint32) min, (gint32) MIN (max, 50) + 1);
    case BR_FIELD_NUMBER:
    default:
      if (min > 0 && max / min > 100)
        return min * pow (max / min, g_rand_double (rand));
      return min + (max - min) * g_rand_double (rand);
    }
}

/* Random edits of properties, labels and targets, one after another or
 * several between two looks: each review the tracker brings up to date is
 * the review br_review_new() gives of the board as it is */
static void
test_edits (void)
{
  static const char *labels[] = {
    "Redis", "Orders Service x3", "Postgres", "user", "", "CloudWatch",
    "a note about caching", "DynamoDB", "SQS", "Kafka ×2", "ALB", "3x API",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = br_reference_new_builtin (&error);
  g_autoptr(GPtrArray) boards = fixture_boards ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  guint n_checked = 0;

  g_assert_no_error (error);
  for (guint b = 0; b < boards->len; b++)
    {
      BrBoard *board = g_ptr_array_index (boards, b);
      BrReviewTracker *tracker;
      double multiplier = 1;
      guint n_items = br_board_get_n_items (board);

      if (n_items == 0)
        continue;
      tracker = br_review_tracker_new (reference);
      br_review_tracker_set_board (tracker, board);
      br_review_tracker_get_review (tracker);
      for (guint step = 0; step < 60; step++)
        {
          const BrItem *item = br_board_get_item (board, g_rand_int_range (rand, 0, n_items));
          const char *ids[2] = { item->id, NULL };
          BrComponentField field = g_rand_int_range (rand, 0, BR_N_FIELDS);
          guint what = g_rand_int_range (rand, 0, 10);

          if (what < 5)
            {
              double value = random_value (rand, field);

              if (br_component_field_check (field, value, NULL))
                br_board_set_field (board, ids, field, value, NULL);
            }
          else if (what < 6)
            br_board_unset_field (board, ids, field);
          else if (what < 8)
            br_board_set_label (board, item->id, labels[g_rand_int_range (rand, 0, G_N_ELEMENTS (labels))]);
          else if (what < 9)
            {
              BrReviewTargets targets = { g_rand_double_range (rand, 20, 2000), 99 + g_rand_double (rand) };

              br_board_set_targets (board, &targets);
            }
          else
            {
              multiplier = pow (10, g_rand_double_range (rand, -1, 2));
              br_review_tracker_set_multiplier (tracker, multiplier);
            }

          /* Look now and then, so that edits also pile up between looks */
          if (g_rand_int_range (rand, 0, 3) > 0)
            {
              g_autoptr(BrReview) expected = br_review_new (board, reference, multiplier, NULL);

              assert_same_review (br_review_tracker_get_review (tracker), expected);
              n_checked++;
            }
        }
      br_review_tracker_set_board (tracker, NULL);
      g_assert_finalize_object (tracker);
    }
  g_assert_cmpuint (n_checked, >=, 300);
}

/* A label edit that makes a shape a component, or a component a plain
 * shape again, changes the graph the review walks */
static void
test_label_makes_component (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = br_reference_new_builtin (&error);
  g_autoptr(BrBoard) board = br_board_new ();
  BrReviewTracker *tracker = br_review_tracker_new (reference);
  g_autofree char *client = NULL, *box = NULL;
  BrItem *arrow;

  g_assert_no_error (error);
  client = g_strdup (add_box (board, BR_STENCIL_CLIENT, "Mobile app"));
  box = g_strdup (br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 300, 0, 100, 60)));
  arrow = br_item_new_arrow (100, 30, 300, 30);
  br_item_bind_end (arrow, BR_END_START, client);
  br_item_bind_end (arrow, BR_END_END, box);
  br_board_add_item (board, arrow);

  br_review_tracker_set_board (tracker, board);
  g_assert_cmpuint (br_review_get_n_nodes (br_review_tracker_get_review (tracker)), ==, 1);
  g_assert_cmpuint (br_review_get_n_edges (br_review_tracker_get_review (tracker)), ==, 0);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(BrReview) expected = NULL;

      br_board_set_label (board, box, i == 1 ? "Notes" : "Redis");
      expected = br_review_new (board, reference, 1, NULL);
      g_assert_cmpuint (br_review_get_n_nodes (expected), ==, i == 1 ? 1 : 2);
      assert_same_review (br_review_tracker_get_review (tracker), expected);
    }
  br_review_tracker_set_board (tracker, NULL);
  g_assert_finalize_object (tracker);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-tracker/stale", test_stale);
  g_test_add_func ("/review-tracker/drill", test_drill);
  g_test_add_func ("/review-tracker/multiplier", test_multiplier);
  g_test_add_func ("/review-tracker/edits", test_edits);
  g_test_add_func ("/review-tracker/label-makes-component", test_label_makes_component);
  return g_test_run ();
}
