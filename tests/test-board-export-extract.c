/* test-board-export-extract.c — finding the board in an exported image,
 * and opening any kind of board file
 *
 * The images in tests/data/export/good/ hold the board in
 * good/rectangle.brboard, in each way a PNG or SVG may carry it; every file
 * in tests/data/export/bad/ must fail with the error its line in
 * bad/EXPECTED names (see bad/README.md). Every truncation and every
 * changed byte of a good image must give a board or an error, never a
 * crash or a warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board-export.h"
#include "br-board-file.h"
#include "br-board-load.h"
#include "br-doc-error.h"
#include "br-test-fixtures.h"

typedef struct {
  char *file;
  char *path;
  char *code;
  char *message_start;
} Expectation;

static GPtrArray *expectations;
static GPtrArray *expectation_problems;
static char *tmp_dir;

static char *
data_path (const char *kind,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "export", kind, name, NULL);
}

static GBytes *
rectangle_board (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "export", "good", "rectangle.brboard", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_board_parse (bytes, &error);

  g_assert_no_error (error);
  return br_board_to_bytes (board);
}

static void
test_good (void)
{
  g_autoptr(GBytes) expected = rectangle_board ();
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "export", "good", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(BrBoard) board = NULL;
      g_autoptr(GBytes) found = NULL;

      if (g_str_has_suffix (name, ".brboard"))
        continue;
      g_test_message ("%s", name);
      bytes = br_test_load_bytes (path);
      board = br_board_export_extract (bytes, &error);
      g_assert_no_error (error);
      found = br_board_to_bytes (board);
      g_assert_true (g_bytes_equal (found, expected));
      n++;
    }
  /* The export's own PNG and SVG, and a zTXt, a tEXt and a plain iTXt */
  g_assert_cmpuint (n, >=, 5);
}

/* ---------------------------------------------------------------------- */
/* Malformed images                                                        */

static gboolean
is_known_code (const char *code)
{
  for (guint i = 0; !g_str_equal (br_export_error_code_to_string (i), "unknown"); i++)
    if (g_str_equal (br_export_error_code_to_string (i), code))
      return TRUE;
  for (guint i = 0; !g_str_equal (br_doc_error_code_to_string (i), "unknown"); i++)
    if (g_str_equal (br_doc_error_code_to_string (i), code))
      return TRUE;
  return FALSE;
}

static void
expectation_free (gpointer data)
{
  Expectation *self = data;

  g_free (self->file);
  g_free (self->path);
  g_free (self->code);
  g_free (self->message_start);
  g_free (self);
}

static void
read_expected (void)
{
  g_autofree char *path = data_path ("bad", "EXPECTED");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  expectations = g_ptr_array_new_with_free_func (expectation_free);
  expectation_problems = g_ptr_array_new_with_free_func (g_free);
  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_ptr_array_add (expectation_problems, g_strdup (error->message));
      return;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Expectation *expected;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 3 || !is_known_code (fields[1]) || fields[2][0] == '\0')
        {
          g_ptr_array_add (expectation_problems,
                           g_strdup_printf ("EXPECTED line %u is not FILE<TAB>CODE<TAB>MESSAGE-START: “%s”",
                                            i + 1, lines[i]));
          continue;
        }
      expected = g_new0 (Expectation, 1);
      expected->file = g_strdup (fields[0]);
      expected->path = data_path ("bad", fields[0]);
      expected->code = g_strdup (fields[1]);
      expected->message_start = g_strdup (fields[2]);
      g_ptr_array_add (expectations, expected);
    }
}

static void
test_bad (gconstpointer data)
{
  const Expectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_board_export_extract (bytes, &error);
  const char *code;

  g_assert_null (board);
  g_assert_nonnull (error);
  g_test_message ("%s: %s", expected->file, error->message);
  if (error->domain == BR_EXPORT_ERROR)
    code = br_export_error_code_to_string (error->code);
  else
    {
      g_assert_true (error->domain == BR_DOC_ERROR);
      code = br_doc_error_code_to_string (error->code);
    }
  g_assert_cmpstr (code, ==, expected->code);
  br_test_assert_has_prefix (error->message, expected->message_start);
}

static void
test_expected_matches_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "export", "bad", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  for (guint i = 0; i < expectation_problems->len; i++)
    g_ptr_array_add (problems, g_strdup (g_ptr_array_index (expectation_problems, i)));
  for (guint i = 0; i < expectations->len; i++)
    {
      Expectation *expected = g_ptr_array_index (expectations, i);

      if (!g_hash_table_add (listed, expected->file))
        g_ptr_array_add (problems, g_strdup_printf ("“%s” is listed twice", expected->file));
      if (!g_file_test (expected->path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (problems, g_strdup_printf ("EXPECTED names “%s”, which does not exist", expected->file));
    }
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (!g_str_equal (name, "EXPECTED") && !g_str_equal (name, "README.md") &&
        !g_hash_table_contains (listed, name))
      g_ptr_array_add (problems, g_strdup_printf ("“%s” has no line in EXPECTED", name));

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (expectations->len, >=, 20);
}

/* ---------------------------------------------------------------------- */
/* Damage anywhere                                                         */

static void
extract_or_fail (const guint8 *data,
                 gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_board_export_extract (bytes, &error);

  g_assert_true ((board == NULL) != (error == NULL));
  if (error != NULL)
    g_assert_true (error->domain == BR_EXPORT_ERROR || error->domain == BR_DOC_ERROR);
}

static void
test_damage (void)
{
  const char *names[] = { "rectangle.png", "rectangle.svg", "rectangle-ztxt.png" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autofree char *path = data_path ("good", names[n]);
      g_autoptr(GBytes) bytes = br_test_load_bytes (path);
      gsize size;
      const guint8 *data = g_bytes_get_data (bytes, &size);
      g_autofree guint8 *copy = g_memdup2 (data, size);

      for (gsize length = 0; length < size; length++)
        extract_or_fail (data, length);
      for (gsize i = 0; i < size; i++)
        {
          copy[i] ^= 0x5a;
          extract_or_fail (copy, size);
          copy[i] = data[i];
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Files                                                                   */

static GFile *
tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  return g_file_new_for_path (path);
}

static void
test_load (void)
{
  g_autoptr(GBytes) expected = rectangle_board ();
  g_autoptr(GError) error = NULL;
  const struct { const char *kind, *name; BrBoardSource source; } good[] = {
    { "good", "rectangle.brboard", BR_BOARD_SOURCE_NATIVE },
    { "good", "rectangle.png", BR_BOARD_SOURCE_IMAGE },
    { "good", "rectangle.svg", BR_BOARD_SOURCE_IMAGE },
  };
  const struct { const char *kind, *name, *message; } bad[] = {
    { "bad", "no-board.png", "This image holds no Bar Raiser board" },
    { "bad", "bad-board.svg", "5:41: $.items[0].x: " },
    { "bad", "not-an-image.txt", "1:4: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *path = data_path (good[i].kind, good[i].name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(BrBoard) board = NULL;
      g_autoptr(GBytes) found = NULL;
      BrBoardSource source = 99;

      board = br_board_load (file, &source, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (source, ==, good[i].source);
      found = br_board_to_bytes (board);
      g_assert_true (g_bytes_equal (found, expected));
    }

  /* The message names the file, then the problem */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = data_path (bad[i].kind, bad[i].name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *prefix = g_strdup_printf ("%s: %s", path, bad[i].message);

      g_assert_null (br_board_load (file, NULL, NULL, NULL, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      br_test_assert_has_prefix (error->message, prefix);
      g_clear_error (&error);
    }

  {
    g_autoptr(GFile) missing = tmp_file ("missing.brboard");

    g_assert_null (br_board_load (missing, NULL, NULL, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "missing.brboard"));
    g_clear_error (&error);
  }
}

static void
test_export_to_file (void)
{
  g_autoptr(GBytes) expected = rectangle_board ();
  g_autoptr(BrBoard) board = br_board_parse (expected, NULL);
  g_autoptr(BrBoard) empty = br_board_new ();
  g_autoptr(GError) error = NULL;
  BrExportOptions options;

  br_export_options_init (&options);
  for (guint format = 0; format < BR_N_EXPORT_FORMATS; format++)
    {
      g_autofree char *name = g_strdup_printf ("board.%s", br_export_format_get_extension (format));
      g_autoptr(GFile) file = tmp_file (name);
      g_autoptr(BrBoard) again = NULL;
      BrBoardSource source;

      options.format = format;
      g_assert_true (br_board_export_to_file (board, file, &options, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_query_exists (file, NULL));
      again = br_board_load (file, &source, NULL, NULL, &error);
      if (format == BR_EXPORT_PDF)
        {
          /* A PDF is a picture only */
          g_assert_null (again);
          g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_NO_BOARD);
          g_clear_error (&error);
        }
      else
        {
          g_autoptr(GBytes) found = br_board_to_bytes (again);

          g_assert_no_error (error);
          g_assert_cmpint (source, ==, BR_BOARD_SOURCE_IMAGE);
          g_assert_true (g_bytes_equal (found, expected));
        }
      g_assert_cmpint (g_unlink (g_file_peek_path (file)), ==, 0);
    }

  {
    g_autoptr(GFile) file = tmp_file ("empty.png");
    g_autofree char *prefix = g_strdup_printf ("%s: ", g_file_peek_path (file));

    options.format = BR_EXPORT_PNG;
    g_assert_false (br_board_export_to_file (empty, file, &options, NULL, &error));
    g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_EMPTY);
    br_test_assert_has_prefix (error->message, prefix);
    g_assert_false (g_file_query_exists (file, NULL));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("br-export-extract-XXXXXX", &error);
  g_assert_no_error (error);
  read_expected ();

  g_test_add_func ("/board-export-extract/good", test_good);
  g_test_add_func ("/board-export-extract/damage", test_damage);
  g_test_add_func ("/board-export-extract/load", test_load);
  g_test_add_func ("/board-export-extract/export-to-file", test_export_to_file);
  g_test_add_func ("/board-export-extract/bad/expected-matches-files", test_expected_matches_files);
  for (guint i = 0; i < expectations->len; i++)
    {
      Expectation *expected = g_ptr_array_index (expectations, i);
      g_autofree char *test_path = g_strconcat ("/board-export-extract/bad/", expected->file, NULL);

      g_test_add_data_func (test_path, expected, test_bad);
    }

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_ptr_array_unref (expectations);
  g_ptr_array_unref (expectation_problems);
  return status;
}
