/* test-board-draft.c — autosaved drafts: write, find, restore, remove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board-draft.h"
#include "br-board-file.h"

typedef struct {
  char *path;
  GFile *dir;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("br-draft-XXXXXX", &error);

  g_assert_no_error (error);
  /* A folder that does not exist yet: writing creates it */
  fixture->path = g_build_filename (tmp, "drafts", NULL);
  fixture->dir = g_file_new_for_path (fixture->path);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->path);

  remove_tree (parent);
  g_clear_object (&fixture->dir);
  g_free (fixture->path);
}

static BrBoard *
make_board (guint n)
{
  BrBoard *board = br_board_new ();

  for (guint i = 0; i < n; i++)
    {
      BrItem *item = br_item_new (BR_ITEM_RECTANGLE, i * 10.0, i * 5.0, 80, 40);
      g_autofree char *label = g_strdup_printf ("Box %u", i);

      br_item_set_label (item, label);
      br_board_add_item (board, item);
    }
  return board;
}

static GBytes *
board_bytes (BrBoard *board)
{
  return br_board_to_bytes (board);
}

static GStrv
list_names (const char *path)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        g_strv_builder_add (builder, name);
      g_dir_close (dir);
    }
  return g_strv_builder_end (builder);
}

static void
test_write_read (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = make_board (3);
  g_autoptr(BrBoard) restored = NULL;
  g_autoptr(GFile) origin = g_file_new_for_path ("/home/someone/My Plan.brboard");
  g_autoptr(GFile) read_origin = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  BrBoardDraft *draft = br_board_draft_new (fixture->dir, NULL);

  g_assert_false (br_board_draft_exists (draft));
  g_assert_true (br_board_draft_write (draft, board, origin, &error));
  g_assert_no_error (error);
  g_assert_true (br_board_draft_exists (draft));

  restored = br_board_draft_read (draft, &read_origin, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_nonnull (read_origin);
  g_assert_true (g_file_equal (origin, read_origin));
  before = board_bytes (board);
  after = board_bytes (restored);
  g_assert_true (g_bytes_equal (before, after));

  g_assert_finalize_object (draft);
}

static void
test_untitled (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = make_board (1);
  g_autoptr(BrBoard) restored = NULL;
  GFile *origin = NULL;
  BrBoardDraft *draft = br_board_draft_new (fixture->dir, "untitled-1");

  g_assert_cmpstr (br_board_draft_get_id (draft), ==, "untitled-1");
  g_assert_true (br_board_draft_write (draft, board, NULL, &error));
  g_assert_no_error (error);
  restored = br_board_draft_read (draft, &origin, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (restored), ==, 1);
  g_assert_null (origin);

  /* Without an info file the draft is still a draft, of an untitled board */
  g_assert_true (g_file_delete (br_board_draft_get_info_file (draft), NULL, NULL));
  g_clear_object (&restored);
  restored = br_board_draft_read (draft, &origin, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_null (origin);

  g_assert_finalize_object (draft);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = make_board (2);
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *stray = g_build_filename (fixture->path, "notes.txt", NULL);
  g_autofree char *bad_name = g_build_filename (fixture->path, "bad name!.brboard", NULL);
  BrBoardDraft *older = br_board_draft_new (fixture->dir, "older");
  BrBoardDraft *newer = br_board_draft_new (fixture->dir, "newer");
  g_autoptr(GFileInfo) info = NULL;

  /* No folder: no drafts */
  ids = br_board_draft_list (fixture->dir);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_ptr_array_unref);

  g_assert_true (br_board_draft_write (older, board, NULL, &error));
  g_assert_true (br_board_draft_write (newer, board, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (stray, "x", -1, NULL));
  g_assert_true (g_file_set_contents (bad_name, "x", -1, NULL));

  /* Make "older" older */
  info = g_file_info_new ();
  g_file_info_set_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED, 1000000);
  g_assert_true (g_file_set_attributes_from_info (br_board_draft_get_file (older), info,
                                                  G_FILE_QUERY_INFO_NONE, NULL, &error));
  g_assert_no_error (error);

  ids = br_board_draft_list (fixture->dir);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "newer");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "older");

  /* Removing one leaves the other; removing twice is fine */
  g_assert_true (br_board_draft_remove (newer, &error));
  g_assert_true (br_board_draft_remove (newer, &error));
  g_assert_no_error (error);
  g_assert_false (br_board_draft_exists (newer));
  g_assert_false (g_file_query_exists (br_board_draft_get_info_file (newer), NULL));
  g_clear_pointer (&ids, g_ptr_array_unref);
  ids = br_board_draft_list (fixture->dir);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "older");

  g_assert_finalize_object (older);
  g_assert_finalize_object (newer);
}

static void
test_new_ids_unique (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BrBoardDraft) a = br_board_draft_new (fixture->dir, NULL);
  g_autoptr(BrBoardDraft) b = br_board_draft_new (fixture->dir, NULL);

  g_assert_cmpstr (br_board_draft_get_id (a), !=, br_board_draft_get_id (b));
}

/* Rewriting a draft replaces it whole and leaves no temporary files */
static void
test_atomic (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) small = make_board (1);
  g_autoptr(BrBoard) large = make_board (200);
  g_autoptr(BrBoard) restored = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) got = NULL;
  g_auto(GStrv) names = NULL;
  BrBoardDraft *draft = br_board_draft_new (fixture->dir, "atomic");

  g_assert_true (br_board_draft_write (draft, large, NULL, &error));
  for (guint i = 0; i < 20; i++)
    g_assert_true (br_board_draft_write (draft, i % 2 ? large : small, NULL, &error));
  g_assert_no_error (error);

  names = list_names (fixture->path);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) names, "atomic.brboard"));
  g_assert_true (g_strv_contains ((const char * const *) names, "atomic.json"));

  restored = br_board_draft_read (draft, NULL, &error);
  g_assert_no_error (error);
  expected = board_bytes (large);
  got = board_bytes (restored);
  g_assert_true (g_bytes_equal (expected, got));

  g_assert_finalize_object (draft);
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoardDraft) draft = br_board_draft_new (fixture->dir, "nothing");

  g_assert_null (br_board_draft_read (draft, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* A draft that cannot be read is moved aside, never deleted */
static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = make_board (1);
  g_autoptr(GPtrArray) ids = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *contents = NULL;
  gboolean found_moved = FALSE;
  BrBoardDraft *draft = br_board_draft_new (fixture->dir, "broken");
  const char *garbage = "{ \"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [ {";

  g_assert_true (br_board_draft_write (draft, board, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (g_file_peek_path (br_board_draft_get_file (draft)), garbage, -1, NULL));

  g_assert_null (br_board_draft_read (draft, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken.brboard"));
  g_assert_nonnull (strstr (error->message, ".corrupt-"));
  g_test_message ("%s", error->message);
  g_assert_false (br_board_draft_exists (draft));

  /* Not listed again, but kept whole for a person to look at */
  ids = br_board_draft_list (fixture->dir);
  g_assert_cmpuint (ids->len, ==, 0);
  names = list_names (fixture->path);
  for (guint i = 0; names[i]; i++)
    if (g_str_has_prefix (names[i], "broken.brboard.corrupt-"))
      {
        g_autofree char *path = g_build_filename (fixture->path, names[i], NULL);

        g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
        g_assert_cmpstr (contents, ==, garbage);
        found_moved = TRUE;
      }
  g_assert_true (found_moved);

  g_assert_finalize_object (draft);
}

/* A damaged info file costs the origin, not the board */
static void
test_corrupt_info (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = make_board (2);
  g_autoptr(BrBoard) restored = NULL;
  g_autoptr(GFile) origin = g_file_new_for_path ("/tmp/x.brboard");
  GFile *read_origin = NULL;
  BrBoardDraft *draft = br_board_draft_new (fixture->dir, "info");

  g_assert_true (br_board_draft_write (draft, board, origin, &error));
  g_assert_true (g_file_set_contents (g_file_peek_path (br_board_draft_get_info_file (draft)), "[1, 2", -1, NULL));

  restored = br_board_draft_read (draft, &read_origin, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (restored), ==, 2);
  g_assert_null (read_origin);
  g_assert_false (g_file_query_exists (br_board_draft_get_info_file (draft), NULL));

  g_assert_finalize_object (draft);
}

static void
test_default_dir (void)
{
  g_autoptr(GFile) dir = br_board_draft_get_default_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "bar-raiser", "drafts", NULL);

  g_assert_cmpstr (g_file_peek_path (dir), ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-draft/default-dir", test_default_dir);
#define ADD(path, func) \
  g_test_add ("/board-draft/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("write-read", test_write_read);
  ADD ("untitled", test_untitled);
  ADD ("list", test_list);
  ADD ("new-ids-unique", test_new_ids_unique);
  ADD ("atomic", test_atomic);
  ADD ("missing", test_missing);
  ADD ("corrupt", test_corrupt);
  ADD ("corrupt-info", test_corrupt_info);
#undef ADD

  return g_test_run ();
}
