/* test-review-tracker.c — the review kept up to date with its board: it is
 * marked stale by edits, targets, the multiplier and drills, computed only
 * when asked for, and a drill is view state that ends with its item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-tracker/stale", test_stale);
  g_test_add_func ("/review-tracker/drill", test_drill);
  return g_test_run ();
}
