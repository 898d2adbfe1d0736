/* test-guide-fixtures.c — the guide loader against the fixture files
 *
 * tests/data/guide/minimal.json must load; every file in
 * tests/data/guide/bad/ must fail with the error its line in
 * bad/EXPECTED names (see bad/README.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-guide.h"

typedef struct {
  char *file;      /* "empty-title.json" */
  char *code;      /* "empty" */
  char *location;  /* "3:12" */
  char *path;      /* "$.title", or NULL for "-" */
} Expectation;

static void
expectation_free (gpointer data)
{
  Expectation *self = data;

  g_free (self->file);
  g_free (self->code);
  g_free (self->location);
  g_free (self->path);
  g_free (self);
}

/* Problems found while reading EXPECTED, reported by test_expected_matches_files() */
static GPtrArray *expected_problems;
static GPtrArray *expectations;

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "guide", "bad", name, NULL);
}

static GBytes *
load_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Asserts @message starts with @prefix, showing both when it does not */
static void
assert_has_prefix (const char *message,
                   const char *prefix)
{
  g_autofree char *head = g_strndup (message, strlen (prefix));

  g_assert_cmpstr (head, ==, prefix);
}

/* ---------------------------------------------------------------------- */
/* The valid guide                                                         */

static void
assert_n_items (GListModel *model,
                guint       expected)
{
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (n, ==, expected);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrGuideEntry) entry = g_list_model_get_item (model, i);

      g_assert_true (BR_IS_GUIDE_ENTRY (entry));
      g_assert_cmpstr (br_guide_entry_get_title (entry), !=, "");
      g_assert_cmpstr (br_guide_entry_get_description (entry), !=, "");
    }
}

static void
check_minimal (BrGuide *guide)
{
  BrGuideEntry *entry;
  BrBlock *block;

  g_assert_cmpstr (br_guide_get_title (guide), ==, "Minimal guide");
  g_assert_cmpstr (br_guide_get_overview (guide), !=, "");
  g_assert_cmpuint (br_guide_get_n_weeks (guide), ==, 4);

  assert_n_items (br_guide_get_principles (guide), 2);
  assert_n_items (br_guide_get_differences (guide), 1);
  assert_n_items (br_guide_get_stages (guide), 1);
  assert_n_items (br_guide_get_phases (guide), 2);
  assert_n_items (br_guide_get_rubric (guide), 2);
  assert_n_items (br_guide_get_categories (guide), 1);
  assert_n_items (br_guide_get_questions (guide), 1);
  assert_n_items (br_guide_get_blocks (guide), 2);
  assert_n_items (br_guide_get_resources (guide), 1);
  assert_n_items (br_guide_get_tips (guide), 2);

  entry = br_guide_lookup (guide, "principles/customer-obsession");
  g_assert_true (BR_IS_PRINCIPLE (entry));
  g_assert_false (br_principle_get_added_2021 (BR_PRINCIPLE (entry)));
  g_assert_cmpuint (g_strv_length ((char **) br_principle_get_practices (BR_PRINCIPLE (entry))), ==, 2);

  entry = br_guide_lookup (guide, "stages/loop");
  g_assert_true (BR_IS_STAGE (entry));
  g_assert_cmpuint (br_stage_get_min_minutes (BR_STAGE (entry)), ==, 240);
  g_assert_cmpuint (br_stage_get_max_minutes (BR_STAGE (entry)), ==, 300);

  entry = br_guide_lookup (guide, "phases/requirements");
  g_assert_true (BR_IS_PHASE (entry));
  g_assert_cmpuint (br_phase_get_min_minutes (BR_PHASE (entry)), ==, 5);
  g_assert_cmpuint (br_phase_get_max_minutes (BR_PHASE (entry)), ==, 10);
  g_assert_cmpstr (br_guide_entry_get_id (BR_GUIDE_ENTRY (br_phase_get_dimension (BR_PHASE (entry)))),
                   ==, "rubric/requirements");

  entry = br_guide_lookup (guide, "questions/design-s3");
  g_assert_true (BR_IS_QUESTION (entry));
  g_assert_cmpuint (br_question_get_number (BR_QUESTION (entry)), ==, 1);
  g_assert_cmpstr (br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (BR_QUESTION (entry)))),
                   ==, "categories/storage");

  block = br_guide_get_block_for_week (guide, 3);
  g_assert_nonnull (block);
  g_assert_cmpstr (br_guide_entry_get_id (BR_GUIDE_ENTRY (block)), ==, "blocks/practice");
  g_assert_cmpuint (g_list_model_get_n_items (br_block_get_items (block)), ==, 1);
  g_assert_null (br_guide_get_block_for_week (guide, 5));

  entry = br_guide_lookup (guide, "items/design-s3");
  g_assert_true (BR_IS_STUDY_ITEM (entry));
  g_assert_cmpstr (br_study_item_get_block_id (BR_STUDY_ITEM (entry)), ==, "blocks/practice");
  g_assert_cmpstrv (br_study_item_get_questions (BR_STUDY_ITEM (entry)),
                    ((const char * const[]) { "questions/design-s3", NULL }));

  entry = br_guide_lookup (guide, "resources/dynamo-paper");
  g_assert_true (BR_IS_RESOURCE (entry));
  g_assert_cmpint (br_resource_get_kind (BR_RESOURCE (entry)), ==, BR_RESOURCE_KIND_READING);

  entry = br_guide_lookup (guide, "tips/no-buzzwords");
  g_assert_true (BR_IS_TIP (entry));
  g_assert_cmpint (br_tip_get_kind (BR_TIP (entry)), ==, BR_TIP_KIND_DONT);
}

static void
test_minimal_parse (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "guide", "minimal.json", NULL);
  g_autoptr(GBytes) bytes = load_bytes (path);
  g_autoptr(GError) error = NULL;
  BrGuide *guide;

  guide = br_guide_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (guide);
  g_assert_null (br_guide_get_file (guide));
  check_minimal (guide);
  g_assert_finalize_object (guide);
}

static void
test_minimal_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "guide", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BrGuide *guide;

  guide = br_guide_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (guide);
  g_assert_true (g_file_equal (br_guide_get_file (guide), file));
  check_minimal (guide);
  g_assert_finalize_object (guide);
}

/* ---------------------------------------------------------------------- */
/* The malformed guides                                                    */

static void
test_bad_fixture (gconstpointer data)
{
  const Expectation *expected = data;
  g_autofree char *path = fixture_path (expected->file);
  g_autoptr(GBytes) bytes = load_bytes (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *prefix = NULL;
  g_autofree char *file_prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autoptr(BrGuide) guide = NULL;
  g_autoptr(BrGuide) file_guide = NULL;

  if (expected->path != NULL)
    prefix = g_strdup_printf ("%s: %s: ", expected->location, expected->path);
  else
    prefix = g_strdup_printf ("%s: ", expected->location);

  /* From memory */
  guide = br_guide_parse (bytes, &error);
  g_assert_null (guide);
  g_assert_nonnull (error);
  g_test_message ("%s: %s", expected->file, error->message);
  g_assert_cmpstr (g_quark_to_string (error->domain), ==, g_quark_to_string (BR_DOC_ERROR));
  g_assert_cmpstr (br_doc_error_code_to_string (error->code), ==, expected->code);
  assert_has_prefix (error->message, prefix);
  /* ...followed by what is wrong */
  g_assert_cmpuint (strlen (error->message), >, strlen (prefix));

  /* From the file: the same error, after the file's path */
  file_prefix = g_strconcat (name, ":", NULL);
  file_guide = br_guide_new_from_file (file, NULL, &file_error);
  g_assert_null (file_guide);
  g_assert_nonnull (file_error);
  g_assert_cmpstr (g_quark_to_string (file_error->domain), ==, g_quark_to_string (BR_DOC_ERROR));
  g_assert_cmpint (file_error->code, ==, error->code);
  assert_has_prefix (file_error->message, file_prefix);
  g_assert_true (g_str_has_suffix (file_error->message, error->message));
}

static void
test_too_large (void)
{
  gsize size = BR_GUIDE_MAX_SIZE + 1;
  g_autofree char *text = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) io_error = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autoptr(BrGuide) guide = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file_prefix = NULL;
  g_autoptr(GFile) file = NULL;

  /* Well-formed, but one byte too many */
  memset (text, ' ', size);
  text[0] = '{';
  text[size - 1] = '}';
  bytes = g_bytes_new_static (text, size);

  guide = br_guide_parse (bytes, &error);
  g_assert_null (guide);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_assert_cmpstr (br_doc_error_code_to_string (error->code), ==, "too-large");
  /* No location: a huge file is refused before it is read */
  g_assert_false (g_ascii_isdigit (error->message[0]));

  dir = g_dir_make_tmp ("test-guide-fixtures-XXXXXX", &io_error);
  g_assert_no_error (io_error);
  path = g_build_filename (dir, "huge.json", NULL);
  g_file_set_contents (path, text, size, &io_error);
  g_assert_no_error (io_error);

  file = g_file_new_for_path (path);
  name = g_file_get_parse_name (file);
  file_prefix = g_strconcat (name, ":", NULL);
  guide = br_guide_new_from_file (file, NULL, &file_error);
  g_assert_null (guide);
  g_assert_error (file_error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  assert_has_prefix (file_error->message, file_prefix);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Every fixture has an EXPECTED line and every line a fixture, so the
 * two cannot drift apart. */
static void
test_expected_matches_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "guide", "bad", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n_fixtures = 0;

  for (guint i = 0; i < expected_problems->len; i++)
    g_ptr_array_add (problems, g_strdup (g_ptr_array_index (expected_problems, i)));

  for (guint i = 0; i < expectations->len; i++)
    {
      Expectation *expected = g_ptr_array_index (expectations, i);
      g_autofree char *path = fixture_path (expected->file);

      g_hash_table_add (listed, expected->file);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (problems, g_strdup_printf ("EXPECTED names “%s”, which does not exist",
                                                    expected->file));
    }

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, ".json"))
        continue;
      n_fixtures++;
      if (!g_hash_table_contains (listed, name))
        g_ptr_array_add (problems, g_strdup_printf ("“%s” has no line in EXPECTED", name));
    }

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (n_fixtures, >=, 30);
}

/* ---------------------------------------------------------------------- */
/* Reading EXPECTED                                                        */

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

static void
read_expected (void)
{
  g_autofree char *path = fixture_path ("EXPECTED");
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  expectations = g_ptr_array_new_with_free_func (expectation_free);
  expected_problems = g_ptr_array_new_with_free_func (g_free);

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_ptr_array_add (expected_problems, g_strdup (error->message));
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
      if (g_strv_length (fields) != 4 ||
          !g_str_has_suffix (fields[0], ".json") ||
          !is_known_code (fields[1]) ||
          !g_regex_match_simple ("^[1-9][0-9]*:[1-9][0-9]*$", fields[2], 0, 0) ||
          !(g_str_equal (fields[3], "-") || fields[3][0] == '$'))
        {
          g_ptr_array_add (expected_problems,
                           g_strdup_printf ("EXPECTED line %u is not FILE.json<TAB>CODE<TAB>LINE:COLUMN<TAB>PATH: “%s”",
                                            i + 1, lines[i]));
          continue;
        }
      if (g_hash_table_contains (seen, fields[0]))
        {
          g_ptr_array_add (expected_problems,
                           g_strdup_printf ("EXPECTED line %u: “%s” is listed twice", i + 1, fields[0]));
          continue;
        }

      expected = g_new0 (Expectation, 1);
      expected->file = g_strdup (fields[0]);
      expected->code = g_strdup (fields[1]);
      expected->location = g_strdup (fields[2]);
      if (!g_str_equal (fields[3], "-"))
        expected->path = g_strdup (fields[3]);
      g_ptr_array_add (expectations, expected);
      g_hash_table_add (seen, expected->file);
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guide/minimal/parse", test_minimal_parse);
  g_test_add_func ("/guide/minimal/file", test_minimal_file);
  g_test_add_func ("/guide/too-large", test_too_large);

  read_expected ();
  g_test_add_func ("/guide/bad/expected-matches-files", test_expected_matches_files);
  for (guint i = 0; i < expectations->len; i++)
    {
      Expectation *expected = g_ptr_array_index (expectations, i);
      g_autofree char *stem = g_strndup (expected->file, strlen (expected->file) - strlen (".json"));
      g_autofree char *test_path = g_strconcat ("/guide/bad/", stem, NULL);

      g_test_add_data_func (test_path, expected, test_bad_fixture);
    }

  ret = g_test_run ();

  g_clear_pointer (&expectations, g_ptr_array_unref);
  g_clear_pointer (&expected_problems, g_ptr_array_unref);
  return ret;
}
