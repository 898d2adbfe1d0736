/* br-test-fixtures.c — see br-test-fixtures.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-doc-error.h"
#include "br-test-fixtures.h"

static void
expectation_free (gpointer data)
{
  BrTestExpectation *self = data;

  g_free (self->file);
  g_free (self->full_path);
  g_free (self->code);
  g_free (self->location);
  g_free (self->path);
  g_free (self);
}

static gboolean
is_known_code (const char *code)
{
  for (guint i = 0;; i++)
    {
      const char *name = br_doc_error_code_to_string ((BrDocError) i);

      if (g_str_equal (name, "unknown"))
        return FALSE;
      if (g_str_equal (name, code))
        return TRUE;
    }
}

/**
 * br_test_fixtures_new:
 * @dir: the fixture folder, with its EXPECTED file
 * @suffix: the fixtures' file name suffix, ".json"
 *
 * Reads EXPECTED. Problems with it are kept in @problems and reported by
 * br_test_fixtures_check_files(), so that one bad line fails one test.
 */
BrTestFixtures *
br_test_fixtures_new (const char *dir,
                      const char *suffix)
{
  BrTestFixtures *self = g_new0 (BrTestFixtures, 1);
  g_autofree char *path = g_build_filename (dir, "EXPECTED", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *contents = NULL;
  g_autofree char *form = g_strdup_printf ("FILE%s<TAB>CODE<TAB>LINE:COLUMN<TAB>PATH", suffix);
  g_auto(GStrv) lines = NULL;

  self->dir = g_strdup (dir);
  self->suffix = g_strdup (suffix);
  self->expectations = g_ptr_array_new_with_free_func (expectation_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_ptr_array_add (self->problems, g_strdup (error->message));
      return self;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      BrTestExpectation *expected;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 4 ||
          !g_str_has_suffix (fields[0], suffix) ||
          !is_known_code (fields[1]) ||
          !g_regex_match_simple ("^[1-9][0-9]*:[1-9][0-9]*$", fields[2], 0, 0) ||
          !(g_str_equal (fields[3], "-") || fields[3][0] == '$'))
        {
          g_ptr_array_add (self->problems,
                           g_strdup_printf ("EXPECTED line %u is not %s: “%s”",
                                            i + 1, form, lines[i]));
          continue;
        }
      if (g_hash_table_contains (seen, fields[0]))
        {
          g_ptr_array_add (self->problems,
                           g_strdup_printf ("EXPECTED line %u: “%s” is listed twice", i + 1, fields[0]));
          continue;
        }

      expected = g_new0 (BrTestExpectation, 1);
      expected->file = g_strdup (fields[0]);
      expected->full_path = g_build_filename (dir, fields[0], NULL);
      expected->code = g_strdup (fields[1]);
      expected->location = g_strdup (fields[2]);
      if (!g_str_equal (fields[3], "-"))
        expected->path = g_strdup (fields[3]);
      g_ptr_array_add (self->expectations, expected);
      g_hash_table_add (seen, expected->file);
    }

  return self;
}

void
br_test_fixtures_free (BrTestFixtures *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->expectations);
  g_ptr_array_unref (self->problems);
  g_free (self->dir);
  g_free (self->suffix);
  g_free (self);
}

/**
 * br_test_fixtures_add_tests:
 * @test_prefix: "/guide/bad/"
 * @func: called with a #BrTestExpectation
 *
 * Adds one test per EXPECTED line, named @test_prefix + the file's stem.
 * @self must outlive g_test_run().
 */
void
br_test_fixtures_add_tests (BrTestFixtures *self,
                            const char     *test_prefix,
                            GTestDataFunc   func)
{
  for (guint i = 0; i < self->expectations->len; i++)
    {
      BrTestExpectation *expected = g_ptr_array_index (self->expectations, i);
      g_autofree char *stem = g_strndup (expected->file, strlen (expected->file) - strlen (self->suffix));
      g_autofree char *test_path = g_strconcat (test_prefix, stem, NULL);

      g_test_add_data_func (test_path, expected, func);
    }
}

/**
 * br_test_fixtures_check_files:
 * @min_fixtures: the fewest fixtures the folder may hold
 *
 * Every fixture has an EXPECTED line and every line a fixture, so the two
 * cannot drift apart; EXPECTED must also be well-formed.
 */
void
br_test_fixtures_check_files (BrTestFixtures *self,
                              guint           min_fixtures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n_fixtures = 0;

  for (guint i = 0; i < self->problems->len; i++)
    g_ptr_array_add (problems, g_strdup (g_ptr_array_index (self->problems, i)));

  for (guint i = 0; i < self->expectations->len; i++)
    {
      BrTestExpectation *expected = g_ptr_array_index (self->expectations, i);

      g_hash_table_add (listed, expected->file);
      if (!g_file_test (expected->full_path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (problems, g_strdup_printf ("EXPECTED names “%s”, which does not exist",
                                                    expected->file));
    }

  dir = g_dir_open (self->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, self->suffix))
        continue;
      n_fixtures++;
      if (!g_hash_table_contains (listed, name))
        g_ptr_array_add (problems, g_strdup_printf ("“%s” has no line in EXPECTED", name));
    }

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (n_fixtures, >=, min_fixtures);
}

/**
 * br_test_expectation_dup_prefix:
 *
 * Returns: how the parser's message must start: "LINE:COLUMN: PATH: ", or
 *   "LINE:COLUMN: " when the error has no path
 */
char *
br_test_expectation_dup_prefix (const BrTestExpectation *expected)
{
  if (expected->path != NULL)
    return g_strdup_printf ("%s: %s: ", expected->location, expected->path);
  return g_strdup_printf ("%s: ", expected->location);
}

/**
 * br_test_assert_error_matches:
 *
 * Asserts @error is the #BR_DOC_ERROR @expected names, at its place,
 * followed by what is wrong.
 */
void
br_test_assert_error_matches (const GError            *error,
                              const BrTestExpectation *expected)
{
  g_autofree char *prefix = br_test_expectation_dup_prefix (expected);

  g_assert_nonnull (error);
  g_test_message ("%s: %s", expected->file, error->message);
  g_assert_cmpstr (g_quark_to_string (error->domain), ==, g_quark_to_string (BR_DOC_ERROR));
  g_assert_cmpstr (br_doc_error_code_to_string (error->code), ==, expected->code);
  br_test_assert_has_prefix (error->message, prefix);
  g_assert_cmpuint (strlen (error->message), >, strlen (prefix));
}

GBytes *
br_test_load_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Asserts @message starts with @prefix, showing both when it does not */
void
br_test_assert_has_prefix (const char *message,
                           const char *prefix)
{
  g_autofree char *head = g_strndup (message, strlen (prefix));

  g_assert_cmpstr (head, ==, prefix);
}
