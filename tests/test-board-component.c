/* test-board-component.c — the design review's properties on board items:
 * fields and ranges, undoable operations, the .brboard members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "br-board.h"
#include "br-board-component.h"
#include "br-board-file.h"
#include "br-doc-error.h"
#include "br-test-fixtures.h"

#define IDS(...) ((const char * const[]) { __VA_ARGS__, NULL })

static char *
serialize (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
on_changed (BrBoard        *board,
            BrBoardChanges *changes,
            GPtrArray      *seen)
{
  for (guint i = 0; i < changes->changed->len; i++)
    g_ptr_array_add (seen, g_strdup (g_ptr_array_index (changes->changed, i)));
}

static void
test_fields (void)
{
  g_autoptr(GError) error = NULL;
  BrComponentField field;
  double min, max;

  for (guint i = 0; i < BR_N_FIELDS; i++)
    {
      g_assert_true (br_component_field_from_name (br_component_field_name (i), &field));
      g_assert_cmpint (field, ==, i);
      g_assert_nonnull (br_component_field_title (i));
      br_component_field_range (i, &min, &max);
      g_assert_cmpfloat (min, <, max);
      g_assert_false (br_component_field_check (i, NAN, NULL));
      g_assert_false (br_component_field_check (i, INFINITY, NULL));
      g_assert_false (br_component_field_check (i, 1e308, NULL));
      g_assert_true (br_component_field_check (i, max, NULL));
    }
  g_assert_false (br_component_field_from_name ("shards", &field));

  g_assert_false (br_component_field_check (BR_FIELD_REPLICAS, -3, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "Replicas"));
  g_clear_error (&error);
  g_assert_false (br_component_field_check (BR_FIELD_REPLICAS, 2.5, NULL));
  g_assert_true (br_component_field_check (BR_FIELD_REPLICAS, 3, NULL));
  g_assert_false (br_component_field_check (BR_FIELD_HIT_RATE, 1.01, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_true (br_component_field_check (BR_FIELD_HIT_RATE, 0.8, NULL));
  g_assert_false (br_component_field_check (BR_FIELD_CAPACITY, 0, NULL));
  g_assert_false (br_component_field_check (BR_FIELD_TIMEOUT, 0, NULL));
  g_assert_true (br_component_field_check (BR_FIELD_CALLS, 0, NULL));
  g_assert_false (br_component_field_check (BR_FIELD_MANAGED, 0.5, NULL));
  g_assert_false (br_component_field_check (BR_FIELD_PEAK_FACTOR, 0.5, NULL));
  g_assert_cmpstr (br_component_field_choices (BR_FIELD_TYPE)[BR_STENCIL_CACHE], ==, "cache");
  g_assert_cmpstr (br_component_field_choices (BR_FIELD_TYPE)[BR_COMPONENT_UNTYPED], ==, "none");
  g_assert_null (br_component_field_choices (BR_FIELD_REPLICAS));
}

static void
test_operations (void)
{
  BrBoard *board = br_board_new ();
  g_autofree char *start = serialize (board);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *box = g_strdup (br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 100, 50)));
  g_autofree char *db = g_strdup (br_board_add_item (board, br_item_new_stencil (BR_STENCIL_SQL_DATABASE, 200, 0, 100, 50)));
  g_autofree char *note = g_strdup (br_board_add_item (board, br_item_new (BR_ITEM_TEXT, 0, 200, 100, 50)));
  g_autofree char *arrow = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  BrItem *item = br_item_new_arrow (0, 0, 10, 10);
  guint steps = 3;

  br_item_bind_end (item, BR_END_START, box);
  br_item_bind_end (item, BR_END_END, db);
  arrow = g_strdup (br_board_add_item (board, item));
  steps++;
  g_signal_connect (board, "changed", G_CALLBACK (on_changed), seen);

  /* One step for the items it applies to; the text and the arrow are skipped */
  g_assert_true (br_board_set_field (board, IDS (box, db, note, arrow), BR_FIELD_REPLICAS, 3, &error));
  g_assert_no_error (error);
  steps++;
  /* (the arrow bound to them is reported with them, as for any change) */
  g_assert_true (g_ptr_array_find_with_equal_func (seen, box, g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (seen, db, g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (seen, note, g_str_equal, NULL));
  g_assert_cmpfloat (br_item_get_field (br_board_lookup (board, box), BR_FIELD_REPLICAS, 1), ==, 3);
  g_assert_null (br_board_lookup (board, note)->component);
  g_assert_null (br_board_lookup (board, arrow)->component);

  /* The same value again is no change and no step */
  g_ptr_array_set_size (seen, 0);
  g_assert_false (br_board_set_field (board, IDS (box, db), BR_FIELD_REPLICAS, 3, NULL));
  g_assert_cmpuint (seen->len, ==, 0);

  /* Out of range: refused with the reason, nothing changes */
  g_assert_false (br_board_set_field (board, IDS (box), BR_FIELD_REPLICAS, -1, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (br_board_set_field (board, IDS (box), BR_FIELD_HIT_RATE, NAN, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_cmpuint (seen->len, ==, 0);

  /* A stencil's type is its stencil; a box can take one */
  g_assert_false (br_board_set_field (board, IDS (db), BR_FIELD_TYPE, BR_STENCIL_CACHE, NULL));
  g_assert_true (br_board_set_field (board, IDS (box), BR_FIELD_TYPE, BR_STENCIL_CACHE, NULL));
  g_assert_true (br_board_set_field (board, IDS (box), BR_FIELD_HIT_RATE, 0.8, NULL));
  g_assert_true (br_board_set_field (board, IDS (arrow), BR_FIELD_ASYNC, 1, NULL));
  g_assert_true (br_board_set_field (board, IDS (arrow), BR_FIELD_RETRIES, 2, NULL));
  g_assert_false (br_board_set_field (board, IDS (box), BR_FIELD_RETRIES, 2, NULL));
  steps += 4;
  g_assert_true (br_item_has_field (br_board_lookup (board, arrow), BR_FIELD_ASYNC));

  /* Unsetting the last field leaves no component */
  g_assert_true (br_board_unset_field (board, IDS (db), BR_FIELD_REPLICAS));
  g_assert_false (br_board_unset_field (board, IDS (db), BR_FIELD_REPLICAS));
  steps++;
  g_assert_null (br_board_lookup (board, db)->component);

  /* Undo and redo walk through every step and back */
  after = serialize (board);
  g_assert_nonnull (strstr (after, "\"version\": 2"));
  g_assert_nonnull (strstr (after, "\"component\": {\"type\": \"cache\", \"replicas\": 3, \"hit_rate\": 0.80000000000000004}"));
  g_assert_nonnull (strstr (after, "\"flow\": {\"async\": true, \"retries\": 2}"));
  g_assert_true (br_board_undo (board));
  g_assert_cmpfloat (br_item_get_field (br_board_lookup (board, db), BR_FIELD_REPLICAS, 1), ==, 3);
  g_assert_true (br_board_redo (board));
  for (guint i = 0; i < steps; i++)
    g_assert_true (br_board_undo (board));
  g_assert_false (br_board_can_undo (board));
  before = serialize (board);
  g_assert_cmpstr (before, ==, start);
  for (guint i = 0; i < steps; i++)
    g_assert_true (br_board_redo (board));
  g_clear_pointer (&before, g_free);
  before = serialize (board);
  g_assert_cmpstr (before, ==, after);

  /* Copies carry the properties; they are not shared */
  {
    BrItem *copy = br_item_copy (br_board_lookup (board, box));

    g_assert_true (br_component_equal (copy->component, br_board_lookup (board, box)->component));
    g_assert_true (copy->component != br_board_lookup (board, box)->component);
    br_item_free (copy);
  }

  g_signal_handlers_disconnect_by_data (board, seen);
  g_assert_finalize_object (board);
}

static void
test_set_component_sanitizes (void)
{
  BrItem *text = br_item_new (BR_ITEM_TEXT, 0, 0, 10, 10);
  BrItem *box = br_item_new (BR_ITEM_ELLIPSE, 0, 0, 10, 10);
  g_autoptr(BrComponent) component = br_component_new ();

  br_component_set (component, BR_FIELD_REPLICAS, 4);
  br_component_set (component, BR_FIELD_RETRIES, 3);
  component->set |= 1u << BR_FIELD_HIT_RATE;
  component->values[BR_FIELD_HIT_RATE] = 7;    /* out of range */

  br_item_set_component (text, component);
  g_assert_null (text->component);
  br_item_set_component (box, component);
  g_assert_nonnull (box->component);
  g_assert_true (br_item_has_field (box, BR_FIELD_REPLICAS));
  g_assert_false (br_item_has_field (box, BR_FIELD_RETRIES));
  g_assert_false (br_item_has_field (box, BR_FIELD_HIT_RATE));
  br_item_free (text);
  br_item_free (box);
}

static void
count (guint *counter)
{
  (*counter)++;
}

static void
test_targets (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrBoard) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BrReviewTargets targets;
  guint emitted = 0;

  g_signal_connect_swapped (board, "targets-changed", G_CALLBACK (count), &emitted);
  g_assert_false (br_board_get_targets (board, &targets));
  g_assert_cmpfloat (targets.p99_ms, ==, 200);
  g_assert_cmpfloat (targets.availability, ==, 99.9);

  targets.p99_ms = 120;
  g_assert_true (br_review_targets_check (&targets, NULL));
  g_assert_true (br_board_set_targets (board, &targets));
  g_assert_false (br_board_set_targets (board, &targets));
  g_assert_false (br_board_can_undo (board));
  g_assert_cmpuint (emitted, ==, 1);

  bytes = br_board_to_bytes (board);
  loaded = br_board_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (br_board_get_targets (loaded, &targets));
  g_assert_cmpfloat (targets.p99_ms, ==, 120);

  g_assert_true (br_board_set_targets (loaded, NULL));
  g_assert_false (br_board_get_targets (loaded, NULL));

  targets.availability = 101;
  g_assert_false (br_review_targets_check (&targets, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
}

static void
test_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "board", "good", "review.brboard", NULL);
  g_autofree char *v1_path = g_test_build_filename (G_TEST_DIST, "data", "board", "good", "all-kinds.brboard", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GBytes) v1 = br_test_load_bytes (v1_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_board_parse (bytes, &error);
  g_autoptr(BrBoard) old = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) old_saved = NULL;
  BrReviewTargets targets;
  const BrItem *item;

  g_assert_no_error (error);

  /* Saved, it loads back to the same properties and the same bytes */
  saved = br_board_to_bytes (board);
  {
    g_autoptr(BrBoard) again = br_board_parse (saved, &error);
    g_autoptr(GBytes) resaved = NULL;

    g_assert_no_error (error);
    resaved = br_board_to_bytes (again);
    g_assert_true (g_bytes_equal (saved, resaved));
    for (guint i = 0; i < br_board_get_n_items (board); i++)
      g_assert_true (br_component_equal (br_board_get_item (board, i)->component,
                                         br_board_get_item (again, i)->component));
  }

  item = br_board_lookup (board, "users");
  g_assert_cmpfloat (br_item_get_field (item, BR_FIELD_ENTRY_RATE, 0), ==, 1000);
  g_assert_cmpfloat (br_item_get_field (item, BR_FIELD_PEAK_FACTOR, 0), ==, 3);
  item = br_board_lookup (board, "svc");
  g_assert_cmpfloat (br_item_get_field (item, BR_FIELD_REPLICAS, 0), ==, 3);
  g_assert_cmpfloat (br_item_get_field (item, BR_FIELD_PARALLEL, 0), ==, 1);
  g_assert_false (br_item_has_field (item, BR_FIELD_TYPE));
  item = br_board_lookup (board, "cache");
  g_assert_cmpfloat (br_item_get_field (item, BR_FIELD_TYPE, -1), ==, BR_STENCIL_CACHE);
  item = br_board_lookup (board, "note");
  g_assert_cmpfloat (br_item_get_field (item, BR_FIELD_TYPE, -1), ==, BR_COMPONENT_UNTYPED);
  item = br_board_lookup (board, "a3");
  g_assert_cmpfloat (br_item_get_field (item, BR_FIELD_CARRIES, -1), ==, BR_CARRIES_READS);
  item = br_board_lookup (board, "a4");
  g_assert_cmpfloat (br_item_get_field (item, BR_FIELD_CALLS, 0), ==, 2.5);
  g_assert_true (br_board_get_targets (board, &targets));
  g_assert_cmpfloat (targets.p99_ms, ==, 150);
  g_assert_cmpfloat (targets.availability, ==, 99.95);

  /* A board written before version 2 opens unchanged and is saved as
   * version 1 while it has no review properties */
  old = br_board_parse (v1, &error);
  g_assert_no_error (error);
  old_saved = br_board_to_bytes (old);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (old_saved, NULL), g_bytes_get_size (old_saved), "\"version\": 1,"));
  for (guint i = 0; i < br_board_get_n_items (old); i++)
    g_assert_null (br_board_get_item (old, i)->component);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-component/fields", test_fields);
  g_test_add_func ("/board-component/operations", test_operations);
  g_test_add_func ("/board-component/set-component-sanitizes", test_set_component_sanitizes);
  g_test_add_func ("/board-component/targets", test_targets);
  g_test_add_func ("/board-component/file", test_file);
  return g_test_run ();
}
