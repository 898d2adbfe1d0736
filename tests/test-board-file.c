/* test-board-file.c — the .brboard format: round trips and malformed files
 *
 * tests/data/board/good/ must load; every file in tests/data/board/bad/
 * must fail with the error its line in bad/EXPECTED names (see
 * bad/README.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board.h"
#include "br-board-file.h"
#include "br-test-boards.h"
#include "br-test-fixtures.h"

static BrTestFixtures *fixtures;

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_autofree char *x = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
      g_autofree char *y = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));

      g_assert_cmpstr (x, ==, y);
    }
}

/* Parses @bytes, saves the board, and checks that saving what that loads
 * gives the same bytes again. Returns the board. */
static BrBoard *
round_trip (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(BrBoard) again = NULL;
  BrBoard *board;

  board = br_board_parse (bytes, &error);
  g_assert_no_error (error);
  first = br_board_to_bytes (board);
  again = br_board_parse (first, &error);
  g_assert_no_error (error);
  second = br_board_to_bytes (again);
  assert_bytes_equal (first, second);
  return board;
}

/* ---------------------------------------------------------------------- */
/* Good files                                                              */

static void
test_good (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "board", "good", "all-kinds.brboard", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) from_file = NULL;
  BrBoard *board = round_trip (bytes);
  gboolean kinds[BR_N_ITEM_KINDS] = { FALSE };
  gboolean stencils[BR_N_STENCILS] = { FALSE };
  const BrItem *item;
  BrView view;

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      item = br_board_get_item (board, i);
      kinds[item->kind] = TRUE;
      if (item->kind == BR_ITEM_STENCIL)
        stencils[item->stencil] = TRUE;
    }
  for (guint i = 0; i < BR_N_ITEM_KINDS; i++)
    g_assert_true (kinds[i]);
  for (guint i = 0; i < BR_N_STENCILS; i++)
    g_assert_true (stencils[i]);

  item = br_board_lookup (board, "a1");
  g_assert_cmpstr (item->ends[0].item_id, ==, "client");
  g_assert_cmpstr (item->ends[1].item_id, ==, "lb");
  g_assert_cmpstr (item->label, ==, "HTTPS");
  /* derived: the client's right edge, the diamond's left corner */
  g_assert_cmpfloat (item->ends[0].x, ==, 180);
  g_assert_cmpfloat (item->ends[1].x, ==, 260);
  item = br_board_lookup (board, "a2");
  g_assert_cmpint (item->routing, ==, BR_ROUTING_ELBOW);
  g_assert_cmpint (item->heads, ==, BR_HEADS_BOTH);
  item = br_board_lookup (board, "pen");
  g_assert_cmpuint (item->n_points, ==, 6);
  g_assert_cmpint (item->stroke_width, ==, BR_STROKE_BOLD);
  item = br_board_lookup (board, "hex");
  g_assert_true (item->locked);
  item = br_board_lookup (board, "db");
  g_assert_cmpstr (item->group, ==, "g1");
  g_assert_true (item->filled);
  g_assert_cmpuint (item->fill_color, ==, 4);
  g_assert_cmpstr (br_board_lookup (board, "note")->label, ==, "Writes go to the primary;\nreads to replicas");
  g_assert_true (br_board_get_view (board, &view));
  g_assert_cmpfloat (view.zoom, ==, 1);
  g_assert_false (br_board_can_undo (board));

  from_file = br_board_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (from_file), ==, br_board_get_n_items (board));

  /* A new id does not collide with the loaded ones */
  g_assert_cmpstr (br_board_add_item (from_file, br_item_new (BR_ITEM_TEXT, 0, 0, 1, 1)), ==, "i1");
  g_assert_cmpstr (br_board_add_item (from_file, br_item_new (BR_ITEM_TEXT, 0, 0, 1, 1)), ==, "i2");
  g_assert_finalize_object (board);
}

static void
test_empty_board (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);
  g_autoptr(BrBoard) again = round_trip (bytes);

  g_assert_cmpuint (br_board_get_n_items (again), ==, 0);
  g_assert_false (br_board_get_view (again, NULL));
}


static void
test_random_round_trip (void)
{
  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(BrBoard) board = br_test_random_board (g_test_rand_int_range (1, 400), TRUE);
      g_autoptr(GBytes) bytes = br_board_to_bytes (board);
      g_autoptr(BrBoard) loaded = round_trip (bytes);
      g_autoptr(GBytes) again = br_board_to_bytes (loaded);

      /* The loaded board saves to the same bytes as the original */
      assert_bytes_equal (bytes, again);
      for (guint i = 0; i < br_board_get_n_items (board); i++)
        {
          const BrItem *a = br_board_get_item (board, i), *b = br_board_get_item (loaded, i);

          g_assert_cmpstr (a->id, ==, b->id);
          g_assert_cmpfloat (a->x, ==, b->x);
          g_assert_cmpfloat (a->y, ==, b->y);
          g_assert_cmpfloat (a->width, ==, b->width);
          g_assert_cmpfloat (a->height, ==, b->height);
          g_assert_cmpstr (a->label, ==, b->label);
        }
    }
}

static void
test_save_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-board-file-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "board.brboard", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BrBoard) board = br_test_random_board (50, TRUE);
  g_autoptr(BrBoard) other = br_test_random_board (10, TRUE);
  g_autoptr(BrBoard) loaded = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_no_error (error);

  /* Write, then overwrite: the second content wins, nothing else is left */
  g_assert_true (br_board_save_to_file (other, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (br_board_save_to_file (board, file, NULL, &error));
  g_assert_no_error (error);

  loaded = br_board_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  expected = br_board_to_bytes (board);
  bytes = br_board_to_bytes (loaded);
  assert_bytes_equal (expected, bytes);

  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  /* A folder that does not exist: an error naming the file */
  {
    g_autofree char *missing = g_build_filename (dir, "no", "such", "board.brboard", NULL);
    g_autoptr(GFile) nowhere = g_file_new_for_path (missing);

    g_assert_false (br_board_save_to_file (board, nowhere, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_true (strstr (error->message, "board.brboard") != NULL);
    g_clear_error (&error);
  }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* ---------------------------------------------------------------------- */
/* Limits that need large inputs                                           */

static void
test_too_large (void)
{
  gsize size = BR_BOARD_MAX_FILE_SIZE + 1;
  g_autofree char *text = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) io_error = NULL;
  g_autoptr(BrBoard) board = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file_prefix = NULL;
  g_autoptr(GFile) file = NULL;

  memset (text, ' ', size);
  text[0] = '{';
  text[size - 1] = '}';
  bytes = g_bytes_new_static (text, size);

  board = br_board_parse (bytes, &error);
  g_assert_null (board);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_clear_error (&error);

  dir = g_dir_make_tmp ("test-board-file-XXXXXX", &io_error);
  g_assert_no_error (io_error);
  path = g_build_filename (dir, "huge.brboard", NULL);
  g_file_set_contents (path, text, size, &io_error);
  g_assert_no_error (io_error);

  file = g_file_new_for_path (path);
  name = g_file_get_parse_name (file);
  file_prefix = g_strconcat (name, ":", NULL);
  board = br_board_new_from_file (file, NULL, &error);
  g_assert_null (board);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  br_test_assert_has_prefix (error->message, file_prefix);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_too_many_items (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = NULL;

  for (guint i = 0; i <= BR_BOARD_MAX_ITEMS; i++)
    g_string_append (text, i ? ",{}" : "{}");
  g_string_append (text, "]}");
  bytes = g_bytes_new (text->str, text->len);

  board = br_board_parse (bytes, &error);
  g_assert_null (board);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
  br_test_assert_has_prefix (error->message, "1:55: $.items: ");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/board.brboard");
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_board_new_from_file (file, NULL, &error);

  g_assert_null (board);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  br_test_assert_has_prefix (error->message, "/nonexistent/board.brboard: ");
}

/* ---------------------------------------------------------------------- */
/* The malformed files                                                     */

static void
test_bad_fixture (gconstpointer data)
{
  const BrTestExpectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->full_path);
  g_autoptr(GFile) file = g_file_new_for_path (expected->full_path);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *file_prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autoptr(BrBoard) board = NULL;
  g_autoptr(BrBoard) file_board = NULL;

  /* From memory */
  board = br_board_parse (bytes, &error);
  g_assert_null (board);
  br_test_assert_error_matches (error, expected);

  /* From the file: the same error, after the file's path */
  file_prefix = g_strconcat (name, ":", NULL);
  file_board = br_board_new_from_file (file, NULL, &file_error);
  g_assert_null (file_board);
  g_assert_nonnull (file_error);
  g_assert_cmpint (file_error->code, ==, error->code);
  br_test_assert_has_prefix (file_error->message, file_prefix);
  g_assert_true (g_str_has_suffix (file_error->message, error->message));
}

/* Every fixture has an EXPECTED line and every line a fixture */
static void
test_expected_matches_files (void)
{
  br_test_fixtures_check_files (fixtures, 25);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-file/good", test_good);
  g_test_add_func ("/board-file/empty-board", test_empty_board);
  g_test_add_func ("/board-file/random-round-trip", test_random_round_trip);
  g_test_add_func ("/board-file/save-file", test_save_file);
  g_test_add_func ("/board-file/too-large", test_too_large);
  g_test_add_func ("/board-file/too-many-items", test_too_many_items);
  g_test_add_func ("/board-file/missing-file", test_missing_file);

  {
    g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "board", "bad", NULL);

    fixtures = br_test_fixtures_new (dir, ".brboard");
  }
  g_test_add_func ("/board-file/bad/expected-matches-files", test_expected_matches_files);
  br_test_fixtures_add_tests (fixtures, "/board-file/bad/", test_bad_fixture);

  ret = g_test_run ();

  g_clear_pointer (&fixtures, br_test_fixtures_free);
  return ret;
}
