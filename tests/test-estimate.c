/* test-estimate.c — the estimator, against hand arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "br-estimate.h"
#include "br-test-fixtures.h"

static BrTestFixtures *fixtures;

/* ---------------------------------------------------------------------- */
/* Worked examples                                                         */

static BrEstimate *
estimate_from (const char *first,
               ...)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  BrEstimate *estimate = br_estimate_new ();
  va_list args;

  va_start (args, first);
  for (const char *pair = first; pair != NULL; pair = va_arg (args, const char *))
    g_ptr_array_add (pairs, (char *) pair);
  va_end (args);
  g_ptr_array_add (pairs, NULL);

  g_assert_true (br_estimate_set_pairs (estimate, (const char * const *) pairs->pdata, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    g_assert_null (br_estimate_get_input_error (estimate, (BrEstimateInput) i));
  return estimate;
}

/* The figure is what hand arithmetic gave, to three significant figures,
 * and is written as @text */
static void
assert_figure (BrEstimate       *estimate,
               BrEstimateOutput  output,
               double            by_hand,
               const char       *text)
{
  g_autofree char *shown = br_estimate_format_output (estimate, output);
  g_autoptr(GError) error = NULL;
  double value;

  g_test_message ("%s: %s", br_estimate_output_id (output), shown);
  g_assert_true (br_estimate_get_output (estimate, output, &value));
  g_assert_true (isfinite (value));
  g_assert_true (br_units_agree (value, by_hand, 3));
  g_assert_cmpstr (shown, ==, text);
  g_assert_true (br_estimate_figure_agrees (estimate, output, text, &error));
  g_assert_no_error (error);
  g_assert_nonnull (br_estimate_get_working (estimate, output));
}

/* The contract's own example.
 *   requests/day = 100,000,000 x 10 = 1,000,000,000
 *   reads/day = 1e9 x 100/101 = 990,099,010; writes/day = 9,900,990
 *   read-rps = 990,099,010 / 86,400 = 11,459.5; write-rps = 114.59
 *   peaks x 3: 34,378.4 and 343.78
 *   storage/day = 9,900,990 x 1,000 B = 9.90 GB; a year x 365 = 3.614 TB
 *   total = 9.901e9 x 1,825 days x 3 = 5.421e13 B = 54.2 TB
 *   ingress = 114.59 x 1,000 = 114,595 B/s; egress = 11,459.5 x 10,000 = 114.6 MB/s
 *   instances = (34,378.4 + 343.78) / 2,000 = 17.36, so 18 */
static void
test_worked_contract_example (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=100M", "actions=10", "read-write=100:1", "peak=3",
                                           "write-size=1KB", "read-size=10KB", "retention=5y",
                                           "replication=3", "capacity=2k", NULL);

  assert_figure (e, BR_ESTIMATE_READ_RPS, 11459.5, "11.5k/s");
  assert_figure (e, BR_ESTIMATE_WRITE_RPS, 114.59, "115/s");
  assert_figure (e, BR_ESTIMATE_PEAK_READ_RPS, 34378.4, "34.4k/s");
  assert_figure (e, BR_ESTIMATE_PEAK_WRITE_RPS, 343.78, "344/s");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_DAY, 9.901e9, "9.9 GB");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_YEAR, 3.614e12, "3.61 TB");
  assert_figure (e, BR_ESTIMATE_STORAGE_TOTAL, 5.421e13, "54.2 TB");
  assert_figure (e, BR_ESTIMATE_INGRESS, 114595, "115 KB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_INGRESS, 343784, "344 KB/s");
  assert_figure (e, BR_ESTIMATE_EGRESS, 1.14595e8, "115 MB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_EGRESS, 3.43784e8, "344 MB/s");
  assert_figure (e, BR_ESTIMATE_INSTANCES, 18, "18");
}

/* The working, step by step, in plain figures */
static void
test_working (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=100M", "actions=10", "read-write=100:1", "peak=3",
                                           "write-size=1KB", "read-size=10KB", "retention=5y",
                                           "replication=3", "capacity=2k", NULL);
  const char * const read_rps[] = {
    "100M users x 10 requests = 1B requests/day",
    "1B requests/day / 86,400 s = 11.6k requests/s",
    "11.57k requests/s x 100/101 reads = 11.5k reads/s",
    NULL
  };
  const char * const peak_read_rps[] = {
    "100M users x 10 requests = 1B requests/day",
    "1B requests/day / 86,400 s = 11.6k requests/s",
    "11.57k requests/s x 100/101 reads = 11.5k reads/s",
    "11.46k reads/s x 3 peak = 34.4k reads/s",
    NULL
  };
  const char * const storage_total[] = {
    "100M users x 10 requests = 1B requests/day",
    "1B requests/day x 1/101 writes = 9.9M writes/day",
    "9.901M writes/day x 1 KB = 9.9 GB a day",
    "5y = 1,825 days",
    "9.901 GB a day x 1,825 days x 3 copies = 54.2 TB",
    NULL
  };
  const char * const egress[] = {
    "100M users x 10 requests = 1B requests/day",
    "1B requests/day / 86,400 s = 11.6k requests/s",
    "11.57k requests/s x 100/101 reads = 11.5k reads/s",
    "11.46k reads/s x 10 KB = 115 MB/s",
    NULL
  };
  const char * const instances[] = {
    "100M users x 10 requests = 1B requests/day",
    "1B requests/day / 86,400 s = 11.6k requests/s",
    "11.57k requests/s x 3 peak = 34.7k requests/s",
    "34.72k requests/s / 2k/s = 17.4, rounded up: 18 instances",
    NULL
  };

  g_assert_cmpstrv (br_estimate_get_working (e, BR_ESTIMATE_READ_RPS), read_rps);
  g_assert_cmpstrv (br_estimate_get_working (e, BR_ESTIMATE_PEAK_READ_RPS), peak_read_rps);
  g_assert_cmpstrv (br_estimate_get_working (e, BR_ESTIMATE_STORAGE_TOTAL), storage_total);
  g_assert_cmpstrv (br_estimate_get_working (e, BR_ESTIMATE_EGRESS), egress);
  g_assert_cmpstrv (br_estimate_get_working (e, BR_ESTIMATE_INSTANCES), instances);
}

/* The "Design a Shopping Cart" card's scale: 100,000 cart writes and
 * 300,000 reads per second at peak, carts of about 3 KB kept 90 days.
 *   requests/day = 100M x 25 = 2.5e9; /86,400 = 28,935/s
 *   reads 3/4: 21,701/s, writes 1/4: 7,234/s; x 14 peak: 303,819 and 101,273
 *   storage/day = 2.5e9/4 x 3,000 B = 1.875e12 = 1.88 TB; a year 684.4 TB
 *   total = 1.875e12 x 90 x 3 = 5.0625e14 = 506 TB
 *   ingress = 7,234 x 3,000 = 21.70 MB/s, at peak 303.8 MB/s
 *   egress = 21,701 x 3,000 = 65.10 MB/s, at peak 911.46 MB/s
 *   instances = 28,935 x 14 / 5,000 = 81.02, so 82 */
static void
test_worked_shopping_cart (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=100M", "actions=25", "read-write=3:1", "peak=14",
                                           "write-size=3KB", "read-size=3KB", "retention=90d",
                                           "replication=3", "capacity=5k", NULL);

  assert_figure (e, BR_ESTIMATE_READ_RPS, 21701, "21.7k/s");
  assert_figure (e, BR_ESTIMATE_WRITE_RPS, 7234, "7.23k/s");
  assert_figure (e, BR_ESTIMATE_PEAK_READ_RPS, 303819, "304k/s");
  assert_figure (e, BR_ESTIMATE_PEAK_WRITE_RPS, 101273, "101k/s");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_DAY, 1.875e12, "1.88 TB");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_YEAR, 6.844e14, "684 TB");
  assert_figure (e, BR_ESTIMATE_STORAGE_TOTAL, 5.0625e14, "506 TB");
  assert_figure (e, BR_ESTIMATE_INGRESS, 2.170e7, "21.7 MB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_INGRESS, 3.038e8, "304 MB/s");
  assert_figure (e, BR_ESTIMATE_EGRESS, 6.510e7, "65.1 MB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_EGRESS, 9.1146e8, "911 MB/s");
  assert_figure (e, BR_ESTIMATE_INSTANCES, 82, "82");
}

/* The "Design a Package Tracking System" card's scale: 20 million
 * packages a day with about 10 events each, reads peaking near 50,000/s,
 * history kept 2 years.
 *   requests/day = 20M x 30 = 6e8; /86,400 = 6,944/s
 *   reads 2/3: 4,629.6/s, writes 1/3: 2,314.8/s; x 12 peak: 55,556 and 27,778
 *   writes/day = 2e8; storage/day = 2e8 x 200 B = 40 GB; a year 14.6 TB
 *   total = 4e10 x 730 x 3 = 8.76e13 = 87.6 TB
 *   ingress = 2,315 x 200 = 463 KB/s, at peak 5.56 MB/s
 *   egress = 4,630 x 2,000 = 9.26 MB/s, at peak 111 MB/s
 *   instances = 6,944 x 12 / 2,000 = 41.67, so 42 */
static void
test_worked_package_tracking (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=20M", "actions=30", "read-write=2:1", "peak=12",
                                           "write-size=200B", "read-size=2KB", "retention=2 years",
                                           "replication=3", "capacity=2,000 rps", NULL);

  assert_figure (e, BR_ESTIMATE_READ_RPS, 4630, "4.63k/s");
  assert_figure (e, BR_ESTIMATE_WRITE_RPS, 2314.8, "2.31k/s");
  assert_figure (e, BR_ESTIMATE_PEAK_READ_RPS, 55556, "55.6k/s");
  assert_figure (e, BR_ESTIMATE_PEAK_WRITE_RPS, 27778, "27.8k/s");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_DAY, 4e10, "40 GB");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_YEAR, 1.46e13, "14.6 TB");
  assert_figure (e, BR_ESTIMATE_STORAGE_TOTAL, 8.76e13, "87.6 TB");
  assert_figure (e, BR_ESTIMATE_INGRESS, 462963, "463 KB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_INGRESS, 5.556e6, "5.56 MB/s");
  assert_figure (e, BR_ESTIMATE_EGRESS, 9.259e6, "9.26 MB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_EGRESS, 1.111e8, "111 MB/s");
  assert_figure (e, BR_ESTIMATE_INSTANCES, 42, "42");
}

/* Small, binary and fractional inputs, and a share of reads.
 *   requests/day = 250,000 x 0.5 = 125,000; reads 90%: 112,500, writes 12,500
 *   read-rps = 112,500 / 86,400 = 1.302; write-rps = 0.1447; x 2 peak
 *   storage/day = 12,500 x 65,536 B = 819.2 MB; a year 299.0 GB
 *   total = 819.2e6 x 180 days x 1.5 = 221.2 GB
 *   ingress = 0.1447 x 65,536 = 9,481 B/s; egress = 1.302 x 2,097,152 = 2.731 MB/s
 *   instances = 125,000 / 86,400 x 2 / 500 = 0.0058, so 1 */
static void
test_worked_small_binary (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=250,000", "actions=0.5", "read-write=90%", "peak=2x",
                                           "write-size=64KiB", "read-size=2 MiB", "retention=6mo",
                                           "replication=1.5", "capacity=500 rps", NULL);
  const char * const storage_per_day[] = {
    "250,000 users x 0.5 requests = 125k requests/day",
    "125k requests/day x 10% writes = 12.5k writes/day",
    "12.5k writes/day x 64 KiB = 819 MB a day",
    NULL
  };

  assert_figure (e, BR_ESTIMATE_READ_RPS, 1.302, "1.3/s");
  assert_figure (e, BR_ESTIMATE_WRITE_RPS, 0.1447, "0.145/s");
  assert_figure (e, BR_ESTIMATE_PEAK_READ_RPS, 2.604, "2.6/s");
  assert_figure (e, BR_ESTIMATE_PEAK_WRITE_RPS, 0.2894, "0.289/s");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_DAY, 8.192e8, "819 MB");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_YEAR, 2.990e11, "299 GB");
  assert_figure (e, BR_ESTIMATE_STORAGE_TOTAL, 2.212e11, "221 GB");
  assert_figure (e, BR_ESTIMATE_INGRESS, 9481, "9.48 KB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_INGRESS, 18963, "19 KB/s");
  assert_figure (e, BR_ESTIMATE_EGRESS, 2.731e6, "2.73 MB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_EGRESS, 5.461e6, "5.46 MB/s");
  assert_figure (e, BR_ESTIMATE_INSTANCES, 1, "1");
  g_assert_cmpstrv (br_estimate_get_working (e, BR_ESTIMATE_STORAGE_PER_DAY), storage_per_day);
}

/* Planet scale.
 *   requests/day = 2e9 x 100 = 2e11, half reads: 1e11/day = 1,157,407/s each
 *   x 5 peak: 5,787,037/s each
 *   storage/day = 1e11 x 400 B = 40 TB; a year 14.6 PB; 10 years x 3 = 438 PB
 *   ingress = 1,157,407 x 400 = 463 MB/s, at peak 2.31 GB/s
 *   egress = 1,157,407 x 500 = 579 MB/s, at peak 2.89 GB/s
 *   instances = 2 x 5,787,037 / 100,000 = 115.7, so 116 */
static void
test_worked_planet_scale (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=2B", "actions=100", "read-write=1:1", "peak=5",
                                           "write-size=400 B", "read-size=500 bytes", "retention=10 years",
                                           "replication=3", "capacity=100k/s", NULL);

  assert_figure (e, BR_ESTIMATE_READ_RPS, 1157407, "1.16M/s");
  assert_figure (e, BR_ESTIMATE_WRITE_RPS, 1157407, "1.16M/s");
  assert_figure (e, BR_ESTIMATE_PEAK_READ_RPS, 5787037, "5.79M/s");
  assert_figure (e, BR_ESTIMATE_PEAK_WRITE_RPS, 5787037, "5.79M/s");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_DAY, 4e13, "40 TB");
  assert_figure (e, BR_ESTIMATE_STORAGE_PER_YEAR, 1.46e16, "14.6 PB");
  assert_figure (e, BR_ESTIMATE_STORAGE_TOTAL, 4.38e17, "438 PB");
  assert_figure (e, BR_ESTIMATE_INGRESS, 4.63e8, "463 MB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_INGRESS, 2.3148e9, "2.31 GB/s");
  assert_figure (e, BR_ESTIMATE_EGRESS, 5.787e8, "579 MB/s");
  assert_figure (e, BR_ESTIMATE_PEAK_EGRESS, 2.894e9, "2.89 GB/s");
  assert_figure (e, BR_ESTIMATE_INSTANCES, 116, "116");
}

/* Read-only, and a load of exactly four instances' worth.
 *   requests/day = 86,400 x 100 = 8,640,000 = exactly 100/s, all reads
 *   x 2 peak = 200/s; 200 / 50 = exactly 4 instances, not 5 */
static void
test_worked_exact_instances (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=86,400", "actions=100", "read-write=1:0", "peak=2",
                                           "write-size=1KB", "read-size=1KB", "retention=1d",
                                           "replication=1", "capacity=50", NULL);

  assert_figure (e, BR_ESTIMATE_READ_RPS, 100, "100/s");
  assert_figure (e, BR_ESTIMATE_WRITE_RPS, 0, "0/s");
  assert_figure (e, BR_ESTIMATE_PEAK_READ_RPS, 200, "200/s");
  assert_figure (e, BR_ESTIMATE_STORAGE_TOTAL, 0, "0 B");
  assert_figure (e, BR_ESTIMATE_EGRESS, 1e5, "100 KB/s");
  assert_figure (e, BR_ESTIMATE_INSTANCES, 4, "4");
}

/* ---------------------------------------------------------------------- */
/* Bad and missing inputs                                                  */

static void
assert_no_figure_is_nan (BrEstimate *e)
{
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      g_autofree char *text = br_estimate_format_output (e, (BrEstimateOutput) i);
      double value;

      if (br_estimate_get_output (e, (BrEstimateOutput) i, &value))
        {
          g_assert_true (isfinite (value));
          g_assert_cmpfloat (value, >=, 0);
          g_assert_nonnull (text);
          g_assert_null (strstr (text, "nan"));
          g_assert_null (strstr (text, "inf"));
        }
      else
        g_assert_null (text);
    }
}

static void
test_bad_inputs (void)
{
  static const struct { const char *key, *text, *says; } cases[] = {
    { "dau", "-5", "negative: it must be between 0 and 100B" },
    { "dau", "abc", "not a number" },
    { "dau", "1,5k", "write decimals with a point" },
    { "dau", "99999999999999999999", "too large: it must be between 0 and 100B" },  /* past 2^64 */
    { "dau", "18446744073709551616", "too large" },                                  /* 2^64 */
    { "dau", "1e400", "too large" },
    { "actions", "2M", "too large: it must be between 0 and 1M" },
    { "read-write", "100/1", "not a ratio" },
    { "read-write", "0:0", "cannot both be 0" },
    { "read-write", "1e12:1", "at most 1B on each side" },
    { "peak", "0.5", "too small: it must be between 1 and 100" },
    { "peak", "1000", "too large" },
    { "write-size", "1024", "needs a unit" },
    { "write-size", "2PB", "too large: it must be between 0 B and 1 TB" },
    { "read-size", "-1KB", "negative" },
    { "retention", "1e9y", "too large: it must be between 1 day and 100 years" },
    { "retention", "12h", "not a unit of time" },
    { "retention", "0d", "too small" },
    { "replication", "0", "too small: it must be between 1 and 100" },
    { "capacity", "0", "too small: it must be between 0.01/s and 100M/s" },
    { "capacity", "1e9", "too large" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BrEstimate) e = estimate_from ("dau=100M", "actions=10", "read-write=100:1", "peak=3",
                                               "write-size=1KB", "read-size=10KB", "retention=5y",
                                               "replication=3", "capacity=2k", NULL);
      g_autoptr(GError) error = NULL;
      BrEstimateInput input;
      const char *message;

      g_assert_true (br_estimate_input_from_key (cases[i].key, &input));
      br_estimate_set_input (e, input, cases[i].text);
      message = br_estimate_get_input_error (e, input);
      g_test_message ("%s=%s: %s", cases[i].key, cases[i].text, message);
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (message, cases[i].says));
      g_assert_false (br_estimate_get_input_value (e, input, NULL));
      g_assert_false (br_estimate_check_input (e, input, &error));
      g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX);
      g_assert_cmpstr (br_estimate_get_input (e, input), ==, cases[i].text);
      assert_no_figure_is_nan (e);
    }
}

static void
count_signal (guint *n)
{
  (*n)++;
}

static void
test_partial (void)
{
  g_autoptr(BrEstimate) e = br_estimate_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *storage_waiting = NULL;
  guint n_changed = 0;

  /* Empty is not an error, but a required input is missing */
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    g_assert_false (br_estimate_get_output (e, (BrEstimateOutput) i, NULL));
  g_assert_null (br_estimate_get_input_error (e, BR_ESTIMATE_DAU));
  g_assert_false (br_estimate_check_input (e, BR_ESTIMATE_DAU, &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "missing: daily active users, as in dau=100M");
  g_clear_error (&error);
  g_assert_true (br_estimate_check_input (e, BR_ESTIMATE_CAPACITY, &error));
  g_assert_no_error (error);

  g_signal_connect_swapped (e, "changed", G_CALLBACK (count_signal), &n_changed);
  br_estimate_set_input (e, BR_ESTIMATE_DAU, "100M");
  br_estimate_set_input (e, BR_ESTIMATE_ACTIONS, "10");
  br_estimate_set_input (e, BR_ESTIMATE_READ_WRITE, "100:1");
  br_estimate_set_input (e, BR_ESTIMATE_READ_WRITE, "100:1");  /* no change, no signal */
  g_assert_cmpuint (n_changed, ==, 3);

  /* The averages need only the traffic inputs */
  g_assert_true (br_estimate_get_output (e, BR_ESTIMATE_READ_RPS, NULL));
  g_assert_false (br_estimate_get_output (e, BR_ESTIMATE_PEAK_READ_RPS, NULL));
  waiting = br_estimate_dup_waiting (e, BR_ESTIMATE_INSTANCES);
  g_assert_cmpstr (waiting, ==, "Needs: peak factor, requests per second per instance");
  br_estimate_set_input (e, BR_ESTIMATE_WRITE_SIZE, "1 KO");
  storage_waiting = br_estimate_dup_waiting (e, BR_ESTIMATE_STORAGE_PER_DAY);
  g_assert_cmpstr (storage_waiting, ==, "Needs: size of a written item");
  g_assert_null (br_estimate_dup_waiting (e, BR_ESTIMATE_READ_RPS));
  assert_no_figure_is_nan (e);

  br_estimate_clear (e);
  g_assert_cmpstr (br_estimate_get_input (e, BR_ESTIMATE_DAU), ==, "");
  g_assert_false (br_estimate_get_output (e, BR_ESTIMATE_READ_RPS, NULL));
  g_assert_finalize_object (g_steal_pointer (&e));
}

/* Every combination of awkward values gives finite figures or none */
static void
test_never_nan (void)
{
  static const char * const values[] = {
    "0", "1", "0.0001", "1e-300", "100B", "1e11", "3", "100", "1:0", "0:1", "1B:1", "100%", "0%",
    "1 TB", "0 B", "1d", "100 years", "10", "0.01", "100M", "-0", "1e-320", "",
  };
  GRand *rand = g_rand_new_with_seed (14);

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(BrEstimate) e = br_estimate_new ();

      for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
        br_estimate_set_input (e, (BrEstimateInput) i,
                               values[g_rand_int_range (rand, 0, G_N_ELEMENTS (values))]);
      assert_no_figure_is_nan (e);
    }
  g_rand_free (rand);
}

/* ---------------------------------------------------------------------- */
/* Keeping an estimate                                                     */

static void
test_pairs (void)
{
  g_autoptr(BrEstimate) e = br_estimate_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pairs = NULL;
  const char * const good[] = { "dau=100M", "read-write= 4:1", "retention=3 years", NULL };
  const char * const expected[] = { "dau=100M", "read-write= 4:1", "retention=3 years", NULL };
  const char * const unknown[] = { "dau=1", "users=5", NULL };
  const char * const no_equals[] = { "dau", NULL };
  const char * const twice[] = { "dau=1", "dau=2", NULL };

  g_assert_true (br_estimate_set_pairs (e, good, &error));
  g_assert_no_error (error);
  pairs = br_estimate_dup_pairs (e);
  g_assert_cmpstrv (pairs, expected);

  g_assert_false (br_estimate_set_pairs (e, unknown, &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_UNKNOWN_KEY);
  g_assert_nonnull (strstr (error->message, "“users” is not an input; the inputs are dau, actions"));
  g_clear_error (&error);
  g_assert_false (br_estimate_set_pairs (e, no_equals, &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX);
  g_clear_error (&error);
  g_assert_false (br_estimate_set_pairs (e, twice, &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_SYNTAX);
  /* A failed call changes nothing */
  g_assert_cmpstr (br_estimate_get_input (e, BR_ESTIMATE_DAU), ==, "100M");
}

static void
test_json_round_trip (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=100M", "actions=10", "read-write=100:1", "peak=3",
                                           "write-size=1KB", "read-size=10KB", "retention=5y",
                                           "replication=3", NULL);
  g_autoptr(BrEstimate) copy = br_estimate_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;

  /* A bad value travels as typed, with its error */
  br_estimate_set_input (e, BR_ESTIMATE_PEAK, "lots");
  node = br_estimate_to_json (e);
  text = json_to_string (node, FALSE);
  g_assert_cmpstr (text, ==,
                   "{\"dau\":\"100M\",\"actions\":\"10\",\"read-write\":\"100:1\",\"peak\":\"lots\","
                   "\"write-size\":\"1KB\",\"read-size\":\"10KB\",\"retention\":\"5y\",\"replication\":\"3\"}");

  br_estimate_set_input (copy, BR_ESTIMATE_CAPACITY, "2k");
  g_assert_true (br_estimate_set_json (copy, node, &error));
  g_assert_no_error (error);
  again = br_estimate_to_json (copy);
  text_again = json_to_string (again, FALSE);
  g_assert_cmpstr (text_again, ==, text);   /* the capacity it had is gone */
  g_assert_nonnull (br_estimate_get_input_error (copy, BR_ESTIMATE_PEAK));
  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      g_autofree char *a = br_estimate_format_output (e, (BrEstimateOutput) i);
      g_autofree char *b = br_estimate_format_output (copy, (BrEstimateOutput) i);

      g_assert_cmpstr (a, ==, b);
    }
}

static void
test_json_bad (void)
{
  static const struct { const char *json; BrEstimateError code; } cases[] = {
    { "[]", BR_ESTIMATE_ERROR_SYNTAX },
    { "\"dau=1\"", BR_ESTIMATE_ERROR_SYNTAX },
    { "{\"users\": \"1\"}", BR_ESTIMATE_ERROR_UNKNOWN_KEY },
    { "{\"dau\": 100}", BR_ESTIMATE_ERROR_SYNTAX },
    { "{\"dau\": null}", BR_ESTIMATE_ERROR_SYNTAX },
    { "{\"dau\": [\"1\"]}", BR_ESTIMATE_ERROR_SYNTAX },
  };
  g_autoptr(BrEstimate) e = estimate_from ("dau=5", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (cases[i].json, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (node);
      g_assert_false (br_estimate_set_json (e, node, &error));
      g_assert_error (error, BR_ESTIMATE_ERROR, (gint) cases[i].code);
      g_assert_cmpstr (br_estimate_get_input (e, BR_ESTIMATE_DAU), ==, "5");
    }

  {
    g_autofree char *long_text = g_strnfill (BR_ESTIMATE_MAX_INPUT + 1, '1');
    g_autofree char *json = g_strdup_printf ("{\"dau\": \"%s\"}", long_text);
    g_autoptr(JsonNode) node = json_from_string (json, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (br_estimate_set_json (e, node, &error));
    g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE);
  }
}

/* An estimate inside a larger document, read the way a loader reads it */
static BrEstimate *
read_document (GBytes  *bytes,
               GError **error)
{
  g_autoptr(BrJsonReader) reader = br_json_reader_new (bytes, 1 << 20, error);
  g_autoptr(BrEstimate) estimate = br_estimate_new ();
  static const char * const fields[] = { "estimate", NULL };

  if (reader == NULL ||
      !br_json_reader_check_members (reader, br_json_reader_get_root (reader), fields, error) ||
      !br_estimate_read (estimate, reader, br_json_reader_get_root (reader), "estimate",
                         BR_JSON_REQUIRED, error))
    return NULL;
  return g_steal_pointer (&estimate);
}

static void
test_read_good (void)
{
  const char *text = "{\n  \"estimate\": { \"dau\": \"100M\", \"actions\": \"\", \"peak\": \"x\" }\n}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(BrEstimate) e = read_document (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (br_estimate_get_input (e, BR_ESTIMATE_DAU), ==, "100M");
  g_assert_cmpstr (br_estimate_get_input (e, BR_ESTIMATE_ACTIONS), ==, "");
  g_assert_nonnull (br_estimate_get_input_error (e, BR_ESTIMATE_PEAK));
}

static void
test_bad_fixture (gconstpointer data)
{
  const BrTestExpectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->full_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrEstimate) e = read_document (bytes, &error);

  g_assert_null (e);
  br_test_assert_error_matches (error, expected);
}

static void
test_expected_matches_files (void)
{
  br_test_fixtures_check_files (fixtures, 6);
}

/* ---------------------------------------------------------------------- */
/* Figures as cards state them                                             */

static void
test_figures (void)
{
  g_autoptr(BrEstimate) e = estimate_from ("dau=100M", "actions=10", "read-write=100:1", "peak=3",
                                           "write-size=1KB", "read-size=10KB", "retention=5y",
                                           "replication=3", NULL);
  g_autoptr(GError) error = NULL;
  BrEstimateOutput output;
  double value;

  g_assert_true (br_estimate_parse_figure (BR_ESTIMATE_PEAK_READ_RPS, "34.4k/s", &value, &error));
  g_assert_cmpfloat (value, ==, 34400);
  g_assert_true (br_estimate_parse_figure (BR_ESTIMATE_STORAGE_TOTAL, "6 TB", &value, &error));
  g_assert_cmpfloat (value, ==, 6e12);
  g_assert_true (br_estimate_parse_figure (BR_ESTIMATE_EGRESS, "120 MB/s", &value, &error));
  g_assert_cmpfloat (value, ==, 1.2e8);
  g_assert_true (br_estimate_parse_figure (BR_ESTIMATE_INSTANCES, "1,234", &value, &error));
  g_assert_cmpfloat (value, ==, 1234);
  g_assert_no_error (error);

  g_assert_false (br_estimate_parse_figure (BR_ESTIMATE_STORAGE_TOTAL, "6", &value, &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_UNIT);
  g_clear_error (&error);

  g_assert_true (br_estimate_figure_agrees (e, BR_ESTIMATE_STORAGE_TOTAL, "54.2 TB", &error));
  g_assert_false (br_estimate_figure_agrees (e, BR_ESTIMATE_PEAK_READ_RPS, "35k/s", &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE);
  g_assert_cmpstr (error->message, ==, "peak-read-rps: the card says 35k/s, the estimate gives 34.4k/s");
  g_clear_error (&error);
  /* The right amount in another unit than the estimate's is not the figure */
  g_assert_false (br_estimate_figure_agrees (e, BR_ESTIMATE_STORAGE_TOTAL, "54,200 GB", &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE);
  g_assert_cmpstr (error->message, ==, "storage-total: the card says 54,200 GB, the estimate gives 54.2 TB");
  g_clear_error (&error);
  g_assert_false (br_estimate_figure_agrees (e, BR_ESTIMATE_PEAK_READ_RPS, "34,400/s", &error));
  g_assert_cmpstr (error->message, ==, "peak-read-rps: the card says 34,400/s, the estimate gives 34.4k/s");
  g_clear_error (&error);
  /* No capacity: the instances cannot be checked */
  g_assert_false (br_estimate_figure_agrees (e, BR_ESTIMATE_INSTANCES, "18", &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY);

  for (guint i = 0; i < BR_ESTIMATE_N_OUTPUTS; i++)
    {
      g_assert_true (br_estimate_output_from_id (br_estimate_output_id ((BrEstimateOutput) i), &output));
      g_assert_cmpint (output, ==, i);
    }
  g_assert_false (br_estimate_output_from_id ("qps", &output));
}

/* Where the inputs came from is kept until they change */
static void
notified (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_source (void)
{
  g_autoptr(BrEstimate) e = br_estimate_new ();
  const char * const card[] = { "dau=100M", "actions=10", NULL };
  g_autoptr(GError) error = NULL;
  guint count = 0;
  char *read_back = NULL;

  g_signal_connect (e, "notify::source", G_CALLBACK (notified), &count);
  g_assert_null (br_estimate_get_source (e));

  g_assert_true (br_estimate_set_pairs (e, card, &error));
  br_estimate_set_source (e, "Design a URL Shortener");
  g_assert_cmpstr (br_estimate_get_source (e), ==, "Design a URL Shortener");
  g_object_get (e, "source", &read_back, NULL);
  g_assert_cmpstr (read_back, ==, "Design a URL Shortener");
  g_free (read_back);
  g_assert_cmpuint (count, ==, 1);
  br_estimate_set_source (e, "Design a URL Shortener");
  g_assert_cmpuint (count, ==, 1);

  /* The same text again is no edit; another is */
  br_estimate_set_input (e, BR_ESTIMATE_DAU, "100M");
  g_assert_cmpstr (br_estimate_get_source (e), ==, "Design a URL Shortener");
  br_estimate_set_input (e, BR_ESTIMATE_DAU, "200M");
  g_assert_null (br_estimate_get_source (e));
  g_assert_cmpuint (count, ==, 2);

  /* Clear and the example forget it, even when they change nothing */
  br_estimate_clear (e);
  br_estimate_set_source (e, "Design S3");
  br_estimate_clear (e);
  g_assert_null (br_estimate_get_source (e));
  br_estimate_set_example (e);
  br_estimate_set_source (e, "Design S3");
  br_estimate_set_example (e);
  g_assert_null (br_estimate_get_source (e));

  /* New inputs forget it; "" is none */
  br_estimate_set_source (e, "Design S3");
  g_assert_true (br_estimate_set_pairs (e, card, &error));
  g_assert_null (br_estimate_get_source (e));
  br_estimate_set_source (e, "");
  g_assert_null (br_estimate_get_source (e));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *bad_dir = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/estimate/worked/contract-example", test_worked_contract_example);
  g_test_add_func ("/estimate/worked/shopping-cart", test_worked_shopping_cart);
  g_test_add_func ("/estimate/worked/package-tracking", test_worked_package_tracking);
  g_test_add_func ("/estimate/worked/small-binary", test_worked_small_binary);
  g_test_add_func ("/estimate/worked/planet-scale", test_worked_planet_scale);
  g_test_add_func ("/estimate/worked/exact-instances", test_worked_exact_instances);
  g_test_add_func ("/estimate/working", test_working);
  g_test_add_func ("/estimate/bad-inputs", test_bad_inputs);
  g_test_add_func ("/estimate/partial", test_partial);
  g_test_add_func ("/estimate/never-nan", test_never_nan);
  g_test_add_func ("/estimate/pairs", test_pairs);
  g_test_add_func ("/estimate/json-round-trip", test_json_round_trip);
  g_test_add_func ("/estimate/json-bad", test_json_bad);
  g_test_add_func ("/estimate/read-good", test_read_good);
  g_test_add_func ("/estimate/figures", test_figures);
  g_test_add_func ("/estimate/source", test_source);

  bad_dir = g_test_build_filename (G_TEST_DIST, "data", "estimate", "bad", NULL);
  fixtures = br_test_fixtures_new (bad_dir, ".json");
  g_test_add_func ("/estimate/bad/expected-matches-files", test_expected_matches_files);
  br_test_fixtures_add_tests (fixtures, "/estimate/bad/", test_bad_fixture);

  ret = g_test_run ();

  g_clear_pointer (&fixtures, br_test_fixtures_free);
  return ret;
}
