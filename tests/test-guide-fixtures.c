/* test-guide-fixtures.c — the guide loader against the fixture files
 *
 * tests/data/guide/minimal.json and without-extras.json must load; every file in
 * tests/data/guide/bad/ must fail with the error its line in
 * bad/EXPECTED names (see bad/README.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-guide.h"
#include "br-test-fixtures.h"

static BrTestFixtures *fixtures;

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

/* The card's API, data model and estimate, as the file gives them */
static void
check_card (BrQuestion *question)
{
  GListModel *model = br_question_get_data_model (question);
  g_autoptr(BrDataEntity) object = NULL;
  g_autoptr(BrDataEntity) bucket = NULL;

  g_assert_cmpstrv (br_question_get_api (question),
                    ((const char * const[]) { "PutObject(bucket, key, body) → ETag",
                                              "GetObject(bucket, key, range?) → bytes",
                                              "ListObjects(bucket, prefix, token) → keys", NULL }));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  object = g_list_model_get_item (model, 0);
  g_assert_cmpstr (br_data_entity_get_name (object), ==, "Object");
  g_assert_cmpstrv (br_data_entity_get_key (object), ((const char * const[]) { "bucket/key", "version", NULL }));
  g_assert_cmpstr (br_data_entity_get_partition_key (object), ==, "bucket/key");
  g_assert_cmpstr (br_data_entity_get_sort_key (object), ==, "version");
  g_assert_cmpstrv (br_data_entity_get_fields (object), ((const char * const[]) { "size", "etag", NULL }));
  g_assert_cmpstr (br_data_entity_get_partition_reason (object), ==, "Listings read keys in order.");
  bucket = g_list_model_get_item (model, 1);
  g_assert_cmpstr (br_data_entity_get_partition_key (bucket), ==, "bucket");
  g_assert_null (br_data_entity_get_sort_key (bucket));

  /* "key=value" in file order, as the estimator contract asks */
  g_assert_cmpstrv (br_question_get_estimate_inputs (question),
                    ((const char * const[]) { "dau=100M", "actions=10", "read-write=100:1", "peak=3",
                                              "write-size=1KB", "read-size=10KB", "retention=5y",
                                              "replication=3", "capacity=2k", NULL }));
  g_assert_cmpstrv (br_question_get_estimate_figures (question),
                    ((const char * const[]) { "peak-read-rps=34.4k/s", "storage-total=54.2 TB",
                                              "instances=18", NULL }));
}

/* tests/data/guide/without-extras.json is a guide written before the
 * optional fields existed: it still loads, and the card has none of them */
static void
test_without_extras (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "guide", "without-extras.json", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrGuide) guide = NULL;
  BrQuestion *question;

  guide = br_guide_parse (bytes, &error);
  g_assert_no_error (error);

  question = BR_QUESTION (br_guide_lookup (guide, "questions/design-s3"));
  g_assert_null (br_question_get_api (question));
  g_assert_cmpuint (g_list_model_get_n_items (br_question_get_data_model (question)), ==, 0);
  g_assert_null (br_question_get_estimate_inputs (question));
  g_assert_null (br_question_get_estimate_figures (question));
  g_assert_null (br_guide_get_amazon_way_summary (guide));
  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_amazon_way (guide)), ==, 0);
  g_assert_null (br_guide_get_closing_summary (guide));
  g_assert_null (br_guide_get_closing_advice (guide));
  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_closing_values (guide)), ==, 0);
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
  check_card (BR_QUESTION (entry));

  /* The optional sections */
  g_assert_cmpstr (br_guide_get_amazon_way_summary (guide), ==, "How the systems are built.");
  assert_n_items (br_guide_get_amazon_way (guide), 1);
  entry = br_guide_lookup (guide, "way/customer-first");
  g_assert_true (BR_IS_TRAIT (entry));
  g_assert_cmpstr (br_guide_entry_get_title (entry), ==, "Start with the Customer");
  g_assert_cmpstr (br_guide_get_closing_summary (guide), ==, "The same values every time.");
  g_assert_cmpstr (br_guide_get_closing_advice (guide), ==, "It is always Day 1.");
  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_closing_values (guide)), ==, 1);
  {
    g_autoptr(BrPreference) value = g_list_model_get_item (br_guide_get_closing_values (guide), 0);

    g_assert_cmpstr (br_preference_get_prefer (value), ==, "Customer obsession");
    g_assert_cmpstr (br_preference_get_over (value), ==, "technical brilliance");
    g_assert_cmpstr (br_preference_get_summary (value), ==, "Start from the customer.");
  }

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
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
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
  const BrTestExpectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->full_path);
  g_autoptr(GFile) file = g_file_new_for_path (expected->full_path);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *file_prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autoptr(BrGuide) guide = NULL;
  g_autoptr(BrGuide) file_guide = NULL;

  /* From memory */
  guide = br_guide_parse (bytes, &error);
  g_assert_null (guide);
  br_test_assert_error_matches (error, expected);

  /* From the file: the same error, after the file's path */
  file_prefix = g_strconcat (name, ":", NULL);
  file_guide = br_guide_new_from_file (file, NULL, &file_error);
  g_assert_null (file_guide);
  g_assert_nonnull (file_error);
  g_assert_cmpstr (g_quark_to_string (file_error->domain), ==, g_quark_to_string (BR_DOC_ERROR));
  g_assert_cmpint (file_error->code, ==, error->code);
  br_test_assert_has_prefix (file_error->message, file_prefix);
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
  br_test_assert_has_prefix (file_error->message, file_prefix);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Every fixture has an EXPECTED line and every line a fixture, so the
 * two cannot drift apart. */
static void
test_expected_matches_files (void)
{
  br_test_fixtures_check_files (fixtures, 30);
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
  g_test_add_func ("/guide/without-extras", test_without_extras);

  {
    g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "guide", "bad", NULL);

    fixtures = br_test_fixtures_new (dir, ".json");
  }
  g_test_add_func ("/guide/bad/expected-matches-files", test_expected_matches_files);
  br_test_fixtures_add_tests (fixtures, "/guide/bad/", test_bad_fixture);

  ret = g_test_run ();

  g_clear_pointer (&fixtures, br_test_fixtures_free);
  return ret;
}
