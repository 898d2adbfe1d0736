/* test-guide.c — the built-in guide and the guide model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "br-guide.h"

static BrGuide *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  BrGuide *guide = br_guide_new_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (guide);
  return guide;
}

static void
assert_strv_length (const char * const *strv,
                    guint               min,
                    guint               max)
{
  guint n = strv ? g_strv_length ((char **) strv) : 0;

  g_assert_cmpuint (n, >=, min);
  g_assert_cmpuint (n, <=, max);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (strv[i], !=, "");
}

static void
assert_entry (gpointer    item,
              const char *prefix)
{
  BrGuideEntry *entry = item;

  g_assert_true (BR_IS_GUIDE_ENTRY (entry));
  g_assert_true (g_str_has_prefix (br_guide_entry_get_id (entry), prefix));
  g_assert_cmpstr (br_guide_entry_get_title (entry), !=, "");
  g_assert_cmpstr (br_guide_entry_get_description (entry), !=, "");
}

static void
test_builtin_counts (void)
{
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *principles = br_guide_get_principles (guide);
  GListModel *phases = br_guide_get_phases (guide);
  GListModel *questions = br_guide_get_questions (guide);
  GListModel *categories = br_guide_get_categories (guide);
  GListModel *blocks = br_guide_get_blocks (guide);
  guint n_original = 0, min_sum = 0, max_sum = 0, week = 1;

  g_assert_cmpstr (br_guide_get_title (guide), !=, "");
  g_assert_cmpstr (br_guide_get_overview (guide), !=, "");
  g_assert_null (br_guide_get_file (guide));

  /* The 14 principles of the source, then the two added in 2021 */
  g_assert_cmpuint (g_list_model_get_n_items (principles), >=, 14);
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(BrPrinciple) p = g_list_model_get_item (principles, i);

      assert_entry (p, "principles/");
      g_assert_cmpstr (br_principle_get_in_design (p), !=, "");
      assert_strv_length (br_principle_get_practices (p), 1, 8);
      if (!br_principle_get_added_2021 (p))
        {
          g_assert_cmpuint (i, ==, n_original);
          n_original++;
        }
    }
  g_assert_cmpuint (n_original, ==, 14);

  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_differences (guide)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_stages (guide)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_rubric (guide)), ==, 5);

  /* Five phases: minimums add up to 45 minutes, maximums to 70 */
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(BrPhase) phase = g_list_model_get_item (phases, i);

      assert_entry (phase, "phases/");
      g_assert_cmpuint (br_phase_get_min_minutes (phase), <=, br_phase_get_max_minutes (phase));
      assert_strv_length (br_phase_get_prompts (phase), 3, 12);
      g_assert_true (BR_IS_DIMENSION (br_phase_get_dimension (phase)));
      min_sum += br_phase_get_min_minutes (phase);
      max_sum += br_phase_get_max_minutes (phase);
    }
  g_assert_cmpuint (min_sum, ==, 45);
  g_assert_cmpuint (max_sum, ==, 70);

  /* 30 questions in 5 categories, each with a complete card */
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 30);
  for (guint c = 0; c < 5; c++)
    {
      g_autoptr(BrCategory) category = g_list_model_get_item (categories, c);
      guint n = 0;

      for (guint i = 0; i < 30; i++)
        {
          g_autoptr(BrQuestion) q = g_list_model_get_item (questions, i);
          if (br_question_get_category (q) == category)
            n++;
        }
      g_assert_cmpuint (n, >=, 4);
    }
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(BrQuestion) q = g_list_model_get_item (questions, i);

      assert_entry (q, "questions/design-");
      g_assert_cmpuint (br_question_get_number (q), ==, i + 1);
      g_assert_true (BR_IS_CATEGORY (br_question_get_category (q)));
      assert_strv_length (br_question_get_clarifying (q), 3, 6);
      assert_strv_length (br_question_get_scale (q), 1, 8);
      assert_strv_length (br_question_get_components (q), 1, 12);
      assert_strv_length (br_question_get_deep_dives (q), 2, 4);

      /* Every card of the built-in guide has its core API, its data model
       * and its worked numbers: all the estimator's inputs but the
       * optional capacity, and the figures it states */
      assert_strv_length (br_question_get_api (q), 3, 6);
      g_assert_cmpuint (g_list_model_get_n_items (br_question_get_data_model (q)), >=, 2);
      assert_strv_length (br_question_get_estimate_inputs (q), 8, 9);
      assert_strv_length (br_question_get_estimate_figures (q), 4, 12);
    }

  /* Six two-week blocks covering weeks 1-12 */
  g_assert_cmpuint (g_list_model_get_n_items (blocks), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(BrBlock) block = g_list_model_get_item (blocks, i);
      GListModel *items = br_block_get_items (block);

      assert_entry (block, "blocks/");
      g_assert_cmpuint (br_block_get_first_week (block), ==, week);
      g_assert_cmpuint (br_block_get_last_week (block), ==, week + 1);
      week += 2;
      g_assert_cmpuint (g_list_model_get_n_items (items), >=, 1);
      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(BrStudyItem) item = g_list_model_get_item (items, j);

          assert_entry (item, "items/");
          g_assert_cmpstr (br_study_item_get_block_id (item), ==,
                           br_guide_entry_get_id (BR_GUIDE_ENTRY (block)));
          /* Every item says which rubric dimension it strengthens */
          assert_strv_length (br_study_item_get_rubric (item), 1, 5);
        }
    }
  g_assert_cmpuint (br_guide_get_n_weeks (guide), ==, 12);

  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_resources (guide)), >=, 15);
  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_tips (guide)), >=, 12);

  g_assert_finalize_object (g_steal_pointer (&guide));
}

/* Every reference of the built-in guide resolves, every id is unique */
static void
test_builtin_ids (void)
{
  g_autoptr(BrGuide) guide = builtin ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *lists[] = {
    br_guide_get_principles (guide), br_guide_get_differences (guide),
    br_guide_get_stages (guide), br_guide_get_phases (guide), br_guide_get_rubric (guide),
    br_guide_get_categories (guide), br_guide_get_questions (guide),
    br_guide_get_blocks (guide), br_guide_get_resources (guide), br_guide_get_tips (guide),
  };
  GListModel *blocks = br_guide_get_blocks (guide);
  g_autoptr(GHashTable) dimensions_covered = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(BrGuideEntry) entry = g_list_model_get_item (lists[l], i);
        const char *id = br_guide_entry_get_id (entry);

        g_assert_true (g_hash_table_add (seen, (gpointer) id));
        g_assert_true (br_guide_lookup (guide, id) == entry);
      }

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(BrBlock) block = g_list_model_get_item (blocks, i);
      GListModel *items = br_block_get_items (block);

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(BrStudyItem) item = g_list_model_get_item (items, j);
          const char * const *refs[] = {
            br_study_item_get_questions (item),
            br_study_item_get_principles (item),
            br_study_item_get_rubric (item),
          };

          g_assert_true (g_hash_table_add (seen, (gpointer) br_guide_entry_get_id (BR_GUIDE_ENTRY (item))));
          g_assert_true (br_guide_lookup (guide, br_guide_entry_get_id (BR_GUIDE_ENTRY (item))) == (gpointer) item);
          for (guint r = 0; r < G_N_ELEMENTS (refs); r++)
            for (guint k = 0; refs[r] && refs[r][k]; k++)
              g_assert_nonnull (br_guide_lookup (guide, refs[r][k]));
          for (guint k = 0; refs[2][k]; k++)
            g_hash_table_add (dimensions_covered, (gpointer) refs[2][k]);
        }
    }

  /* Every rubric dimension has study items that address it */
  g_assert_cmpuint (g_hash_table_size (dimensions_covered), ==,
                    g_list_model_get_n_items (br_guide_get_rubric (guide)));

  g_assert_nonnull (br_guide_lookup (guide, "questions/design-s3"));
  g_assert_null (br_guide_lookup (guide, "questions/nope"));
  g_assert_true (br_guide_get_block_for_week (guide, 1) == (gpointer) br_guide_lookup (guide, "blocks/foundations"));
  g_assert_true (br_guide_get_block_for_week (guide, 12) == (gpointer) br_guide_lookup (guide, "blocks/mock-interviews"));
  g_assert_null (br_guide_get_block_for_week (guide, 13));
  g_assert_null (br_guide_get_block_for_week (guide, 0));
}

static void
test_builtin_is_fast (void)
{
  /* Not a timing test: it checks the guide is loaded from the resource,
   * parsed once and independent between loads. */
  g_autoptr(BrGuide) a = builtin ();
  g_autoptr(BrGuide) b = builtin ();

  g_assert_true (a != b);
  g_assert_true (br_guide_get_questions (a) != br_guide_get_questions (b));
}

static void
test_from_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("br-guide-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "my guide.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/guide.json");
  g_autoptr(BrGuide) guide = NULL;

  g_assert_no_error (error);
  bytes = g_resources_lookup_data ("/io/github/barraiser/BarRaiser/content/guide.json", 0, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  guide = br_guide_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (br_guide_get_file (guide), file));
  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_questions (guide)), ==, 30);

  /* Errors name the file first, then the place */
  g_file_set_contents (bad_path, "{\n  \"format\": \"bar-raiser-guide\",\n  \"version\": 7\n}", -1, &error);
  g_assert_no_error (error);
  g_assert_null (br_guide_new_from_file (bad, NULL, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_VERSION);
  g_assert_true (g_str_has_prefix (error->message, bad_path));
  g_assert_nonnull (strstr (error->message, ":3:14: $.version: "));
  g_clear_error (&error);

  g_assert_null (br_guide_new_from_file (missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/guide.json"));
  g_clear_error (&error);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (bad_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_too_large_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("br-guide-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *huge = g_malloc (BR_GUIDE_MAX_SIZE + 1);
  g_autoptr(GBytes) bytes = NULL;

  memset (huge, ' ', BR_GUIDE_MAX_SIZE + 1);
  huge[0] = '{';
  huge[BR_GUIDE_MAX_SIZE] = '}';
  g_file_set_contents (path, huge, BR_GUIDE_MAX_SIZE + 1, &error);
  g_assert_no_error (error);

  g_assert_null (br_guide_new_from_file (file, NULL, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_clear_error (&error);

  bytes = g_bytes_new_static (huge, BR_GUIDE_MAX_SIZE + 1);
  g_assert_null (br_guide_parse (bytes, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guide/builtin/counts", test_builtin_counts);
  g_test_add_func ("/guide/builtin/ids", test_builtin_ids);
  g_test_add_func ("/guide/builtin/independent", test_builtin_is_fast);
  g_test_add_func ("/guide/from-file", test_from_file);
  g_test_add_func ("/guide/too-large-file", test_too_large_file);

  return g_test_run ();
}
