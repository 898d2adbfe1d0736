/* test-reference.c — the reference numbers file and the rows shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-board-item.h"
#include "br-reference-rows.h"
#include "br-test-fixtures.h"

static BrTestFixtures *fixtures;

static BrReference *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  BrReference *reference = br_reference_new_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (reference);
  return reference;
}

/* Every figure names its source, and the source its year and address */
static void
assert_sourced (const BrReferenceFigure *figure)
{
  g_assert_nonnull (figure->source);
  g_assert_cmpint (figure->source->year, >=, 1990);
  g_assert_cmpint (figure->source->year, <=, 2026);
  g_assert_true (g_str_has_prefix (figure->source->url, "https://"));
  g_assert_cmpstr (figure->source->author, !=, "");
  g_assert_cmpfloat (figure->value, >, 0);
}

static void
test_builtin (void)
{
  g_autoptr(BrReference) reference = builtin ();
  const char * const *types = br_stencil_names ();
  const BrReferenceComponent *component;
  double l1 = 0, memory = 0, across_regions = 0;

  /* One entry for each component type of the whiteboard, with a throughput */
  g_assert_cmpuint (br_reference_get_n_components (reference), ==, g_strv_length ((GStrv) types));
  for (guint i = 0; types[i] != NULL; i++)
    {
      component = br_reference_find_component (reference, types[i]);
      g_assert_nonnull (component);
      g_assert_true (component->figures[BR_REFERENCE_READS] || component->figures[BR_REFERENCE_WRITES] ||
                     component->figures[BR_REFERENCE_REQUESTS] ||
                     component->figures[BR_REFERENCE_CONNECTIONS_SLOT]);
      for (guint slot = 0; slot < BR_REFERENCE_N_SLOTS; slot++)
        if (component->figures[slot] != NULL)
          assert_sourced (component->figures[slot]);
    }
  g_assert_null (br_reference_find_component (reference, "mainframe"));

  /* The databases' reads and writes separately */
  for (guint i = 0; i < 2; i++)
    {
      component = br_reference_find_component (reference, i == 0 ? "sql-database" : "nosql-store");
      g_assert_nonnull (component->figures[BR_REFERENCE_READS]);
      g_assert_nonnull (component->figures[BR_REFERENCE_WRITES]);
    }
  component = br_reference_find_component (reference, "nosql-store");
  g_assert_cmpfloat (component->figures[BR_REFERENCE_READS]->value, ==, 3000);
  g_assert_cmpfloat (component->figures[BR_REFERENCE_WRITES]->value, ==, 1000);
  g_assert_cmpint (component->figures[BR_REFERENCE_WRITES]->unit, ==, BR_REFERENCE_REQUESTS_PER_S);

  /* Latencies, each with its year and source, from the cache to other continents */
  g_assert_cmpuint (br_reference_get_n_latencies (reference), >=, 15);
  for (guint i = 0; i < br_reference_get_n_latencies (reference); i++)
    {
      const BrReferenceLatency *latency = br_reference_get_latency (reference, i);

      assert_sourced (&latency->figure);
      if (g_str_equal (latency->id, "latency/l1-cache"))
        l1 = br_reference_figure_seconds (&latency->figure);
      else if (g_str_equal (latency->id, "latency/main-memory"))
        memory = br_reference_figure_seconds (&latency->figure);
      else if (g_str_equal (latency->id, "latency/across-regions"))
        across_regions = br_reference_figure_seconds (&latency->figure);
    }
  g_assert_cmpfloat_with_epsilon (l1, 0.5e-9, 1e-18);
  g_assert_cmpfloat_with_epsilon (memory, 100e-9, 1e-18);
  g_assert_cmpfloat_with_epsilon (across_regions, 0.15, 1e-12);
}

static BrReferenceRow *
find_row (GListModel *rows,
          const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BrReferenceRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (br_reference_row_get_title (row), title))
        return row;
    }
  g_test_message ("no row “%s”", title);
  g_assert_not_reached ();
}

static void
assert_row (GListModel *rows,
            const char *title,
            const char *figure,
            const char *in_detail)
{
  BrReferenceRow *row = find_row (rows, title);

  g_assert_cmpstr (br_reference_row_get_figure (row), ==, figure);
  g_assert_nonnull (strstr (br_reference_row_get_detail (row), in_detail));
}

static guint
count_matches (GListModel *rows,
               const char *search)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BrReferenceRow) row = g_list_model_get_item (rows, i);

      n += br_reference_row_matches (row, search);
    }
  return n;
}

static void
test_rows (void)
{
  g_autoptr(BrReference) reference = builtin ();
  g_autoptr(GListModel) rows = br_reference_build_rows (reference);
  BrReferenceSection last = 0;

  /* Sections come in order, each once */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BrReferenceRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpint (br_reference_row_get_section (row), >=, last);
      last = br_reference_row_get_section (row);
      g_assert_cmpstr (br_reference_row_get_figure (row), !=, "");
      g_assert_cmpstr (br_reference_row_get_detail (row), !=, "");
    }
  g_assert_cmpint (last, ==, BR_REFERENCE_SECTION_POWERS_OF_TEN);

  /* Sourced figures: the year and the source are in the detail */
  assert_row (rows, "L1 cache reference", "0.5 ns", "2009 · Jeff Dean");
  assert_row (rows, "Read 1 MB sequentially from memory", "250 µs", "2009");
  assert_row (rows, "Round trip between Availability Zones of one region", "1–9 ms", "Single-digit");
  assert_row (rows, "Send a packet California to the Netherlands and back", "150 ms", "2009");
  assert_row (rows, "Cache: reads", "81k requests/s", "Per one Redis server");
  assert_row (rows, "NoSQL store: writes", "1k requests/s", "Per one DynamoDB partition");
  assert_row (rows, "Stream: reads", "2 MB/s", "Kinesis");
  assert_row (rows, "Object storage: durability", "99.999999999%", "eleven nines");
  assert_row (rows, "Load balancer: latency", "400 µs", "2021");

  /* Arithmetic, by hand: a year of 365 days is 31,536,000 s; 0.1% of it
   * is 31,536 s = 8.76 h; of a 30-day month 2,592 s = 43.2 min; of a
   * week 604.8 s = 10.1 min; of a day 86.4 s = 1.44 min */
  assert_row (rows, "99.9% (three nines), downtime a year", "8.76 h", "365 days");
  assert_row (rows, "99.9% (three nines), downtime a month", "43.2 min", "30 days");
  assert_row (rows, "99.9% (three nines), downtime a week", "10.1 min", "7 days");
  assert_row (rows, "99.9% (three nines), downtime a day", "1.44 min", "86,400");
  /* 0.001% of 31,536,000 s = 315.36 s = 5.26 min; 0.05% of a month = 1,296 s = 21.6 min */
  assert_row (rows, "99.999% (five nines), downtime a year", "5.26 min", "0.001%");
  assert_row (rows, "99.95% (three and a half nines), downtime a month", "21.6 min", "0.05%");
  assert_row (rows, "Seconds in a day", "86,400", "24 x 60 x 60");
  assert_row (rows, "Seconds in a year of 365 days", "31,536,000", "365 x 86,400");
  assert_row (rows, "A billion a day, per second", "11.6k/s", "86,400");
  assert_row (rows, "A billion a month, per second", "386/s", "2,592,000");
  assert_row (rows, "2¹⁰", "1,024", "KiB");
  assert_row (rows, "2³²", "4,294,967,296", "IPv4");
  assert_row (rows, "2⁶³", "9,223,372,036,854,775,808", "signed");
  assert_row (rows, "2⁶⁴", "18,446,744,073,709,551,616", "64-bit");
  assert_row (rows, "10⁶", "1,000,000", "MB");
  assert_row (rows, "10¹⁸", "1,000,000,000,000,000,000", "EB");

  /* Search: every word, in any field, any case; digits without commas */
  g_assert_cmpuint (count_matches (rows, ""), ==, g_list_model_get_n_items (rows));
  g_assert_cmpuint (count_matches (rows, "REDIS"), ==, 3);
  g_assert_cmpuint (count_matches (rows, "86400"), >=, 1);
  g_assert_cmpuint (count_matches (rows, "three nines year"), ==, 2);   /* and three and a half */
  g_assert_cmpuint (count_matches (rows, "half nines month"), ==, 2);   /* two and a half, three and a half */
  g_assert_cmpuint (count_matches (rows, "2^64"), ==, 1);
  g_assert_cmpuint (count_matches (rows, "sql-database"), ==, 3);
  g_assert_cmpuint (count_matches (rows, "no such figure"), ==, 0);
}

static void
test_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "reference", "good", "minimal.json", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = br_reference_parse (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (br_reference_get_n_sources (reference), ==, 1);
  g_assert_cmpstr (br_reference_get_source (reference, 0)->title, ==, "A Book of Numbers");
}

static void
test_bad_fixture (gconstpointer data)
{
  const BrTestExpectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->full_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = br_reference_parse (bytes, &error);

  g_assert_null (reference);
  br_test_assert_error_matches (error, expected);
}

static void
test_expected_matches_files (void)
{
  br_test_fixtures_check_files (fixtures, 30);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *bad_dir = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reference/builtin", test_builtin);
  g_test_add_func ("/reference/rows", test_rows);
  g_test_add_func ("/reference/minimal", test_minimal);

  bad_dir = g_test_build_filename (G_TEST_DIST, "data", "reference", "bad", NULL);
  fixtures = br_test_fixtures_new (bad_dir, ".json");
  g_test_add_func ("/reference/bad/expected-matches-files", test_expected_matches_files);
  br_test_fixtures_add_tests (fixtures, "/reference/bad/", test_bad_fixture);

  ret = g_test_run ();

  g_clear_pointer (&fixtures, br_test_fixtures_free);
  return ret;
}
