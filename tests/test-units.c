/* test-units.c — numbers as people type them and read them, in any
 * locale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "br-units.h"
#include "br-test-locale.h"

/* ---------------------------------------------------------------------- */
/* Reading numbers                                                         */

typedef struct {
  const char *text;
  BrUnitKind kind;
  double value;
  gboolean binary;
} Parsed;

/* Every suffix and unit, in the forms people type */
static const Parsed good_numbers[] = {
  /* counts */
  { "0", BR_UNIT_COUNT, 0 },
  { "10", BR_UNIT_COUNT, 10 },
  { "250,000", BR_UNIT_COUNT, 250000 },
  { "1,234,567", BR_UNIT_COUNT, 1234567 },
  { "1.5", BR_UNIT_COUNT, 1.5 },
  { ".5", BR_UNIT_COUNT, 0.5 },
  { "1.5k", BR_UNIT_COUNT, 1500 },
  { "2K", BR_UNIT_COUNT, 2000 },
  { "3 thousand", BR_UNIT_COUNT, 3000 },
  { "100M", BR_UNIT_COUNT, 1e8 },
  { "100m", BR_UNIT_COUNT, 1e8 },
  { "4 mn", BR_UNIT_COUNT, 4e6 },
  { "2 million", BR_UNIT_COUNT, 2e6 },
  { "2B", BR_UNIT_COUNT, 2e9 },
  { "2b", BR_UNIT_COUNT, 2e9 },
  { "7bn", BR_UNIT_COUNT, 7e9 },
  { "1.2 Billion", BR_UNIT_COUNT, 1.2e9 },
  { "1T", BR_UNIT_COUNT, 1e12 },
  { "3 tn", BR_UNIT_COUNT, 3e12 },
  { "1 trillion", BR_UNIT_COUNT, 1e12 },
  { "1e9", BR_UNIT_COUNT, 1e9 },
  { "2.5E3", BR_UNIT_COUNT, 2500 },
  { "1e+2k", BR_UNIT_COUNT, 1e5 },
  { "  42  ", BR_UNIT_COUNT, 42 },
  { "+5", BR_UNIT_COUNT, 5 },
  { "-5", BR_UNIT_COUNT, -5 },
  { "\xe2\x88\x92" "5", BR_UNIT_COUNT, -5 },          /* U+2212 MINUS SIGN */
  { "100\xc2\xa0M", BR_UNIT_COUNT, 1e8 },             /* a no-break space */
  { "100\xe2\x80\xaf" "M", BR_UNIT_COUNT, 1e8 },      /* a narrow no-break space */
  /* factors */
  { "3", BR_UNIT_FACTOR, 3 },
  { "3x", BR_UNIT_FACTOR, 3 },
  { "2.5 X", BR_UNIT_FACTOR, 2.5 },
  { "3\xc3\x97", BR_UNIT_FACTOR, 3 },                 /* 3× */
  { "4 times", BR_UNIT_FACTOR, 4 },
  /* sizes, decimal */
  { "512 B", BR_UNIT_SIZE, 512 },
  { "512b", BR_UNIT_SIZE, 512 },
  { "1 byte", BR_UNIT_SIZE, 1 },
  { "100 bytes", BR_UNIT_SIZE, 100 },
  { "1KB", BR_UNIT_SIZE, 1e3 },
  { "1 kB", BR_UNIT_SIZE, 1e3 },
  { "2.5 MB", BR_UNIT_SIZE, 2.5e6 },
  { "3GB", BR_UNIT_SIZE, 3e9 },
  { "4 TB", BR_UNIT_SIZE, 4e12 },
  { "5PB", BR_UNIT_SIZE, 5e15 },
  { "1.18 EB", BR_UNIT_SIZE, 1.18e18 },
  { "3eb", BR_UNIT_SIZE, 3e18 },
  { "2 kilobytes", BR_UNIT_SIZE, 2e3 },
  { "2 megabytes", BR_UNIT_SIZE, 2e6 },
  { "2 gigabytes", BR_UNIT_SIZE, 2e9 },
  { "2 terabytes", BR_UNIT_SIZE, 2e12 },
  { "2 petabytes", BR_UNIT_SIZE, 2e15 },
  { "2 exabytes", BR_UNIT_SIZE, 2e18 },
  /* sizes, binary */
  { "1KiB", BR_UNIT_SIZE, 1024, TRUE },
  { "64 KiB", BR_UNIT_SIZE, 65536, TRUE },
  { "1MiB", BR_UNIT_SIZE, 1048576, TRUE },
  { "1 GiB", BR_UNIT_SIZE, 1073741824, TRUE },
  { "1TiB", BR_UNIT_SIZE, 1099511627776.0, TRUE },
  { "1 PiB", BR_UNIT_SIZE, 1125899906842624.0, TRUE },
  { "1 EiB", BR_UNIT_SIZE, 1152921504606846976.0, TRUE },
  /* durations */
  { "1d", BR_UNIT_DURATION, 1 },
  { "90 days", BR_UNIT_DURATION, 90 },
  { "1 day", BR_UNIT_DURATION, 1 },
  { "2w", BR_UNIT_DURATION, 14 },
  { "3 wk", BR_UNIT_DURATION, 21 },
  { "1 week", BR_UNIT_DURATION, 7 },
  { "4 weeks", BR_UNIT_DURATION, 28 },
  { "6mo", BR_UNIT_DURATION, 180 },
  { "1 month", BR_UNIT_DURATION, 30 },
  { "18 months", BR_UNIT_DURATION, 540 },
  { "5y", BR_UNIT_DURATION, 1825 },
  { "2 yr", BR_UNIT_DURATION, 730 },
  { "2yrs", BR_UNIT_DURATION, 730 },
  { "1 year", BR_UNIT_DURATION, 365 },
  { "3 years", BR_UNIT_DURATION, 1095 },
  { "1.5y", BR_UNIT_DURATION, 547.5 },
  /* rates */
  { "2k", BR_UNIT_RATE, 2000 },
  { "2k/s", BR_UNIT_RATE, 2000 },
  { "2,000 /s", BR_UNIT_RATE, 2000 },
  { "500 rps", BR_UNIT_RATE, 500 },
  { "1.5k qps", BR_UNIT_RATE, 1500 },
  { "300 tps", BR_UNIT_RATE, 300 },
  { "10 req/s", BR_UNIT_RATE, 10 },
  { "10 requests/s", BR_UNIT_RATE, 10 },
  { "10 requests per second", BR_UNIT_RATE, 10 },
  { "34.4k/s", BR_UNIT_RATE, 34400 },
  /* bandwidth */
  { "120 MB/s", BR_UNIT_BANDWIDTH, 1.2e8 },
  { "1.5 GBps", BR_UNIT_BANDWIDTH, 1.5e9 },
  { "64 KiB/s", BR_UNIT_BANDWIDTH, 65536, TRUE },
  { "1.13 EB/s", BR_UNIT_BANDWIDTH, 1.13e18 },
  /* percentages */
  { "99.95%", BR_UNIT_PERCENT, 99.95 },
  { "99.9 %", BR_UNIT_PERCENT, 99.9 },
  { "50", BR_UNIT_PERCENT, 50 },
};

typedef struct {
  const char *text;
  BrUnitKind kind;
  BrEstimateError code;
  const char *says;   /* a part of the message */
} Refused;

static const Refused bad_numbers[] = {
  { "", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_EMPTY, "nothing" },
  { "   ", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_EMPTY, "nothing" },
  { "abc", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "not a number" },
  { "1,5k", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "point" },
  { "1,5", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "point" },
  { "25,0000", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "comma" },
  { "1,000,", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "comma" },
  { ",100", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "comma" },
  { "1.2.3", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_UNIT, "count" },
  { "nan", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "not a number" },
  { "inf", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "not a number" },
  { "infinity", BR_UNIT_FACTOR, BR_ESTIMATE_ERROR_SYNTAX, "not a number" },
  { "0x10", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_UNIT, "count" },
  { "1e400", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_RANGE, "too large" },
  { "1e300T", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_RANGE, "too large" },
  { "5 apples", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_UNIT, "count" },
  { "3y", BR_UNIT_FACTOR, BR_ESTIMATE_ERROR_UNIT, "plain number" },
  { "1024", BR_UNIT_SIZE, BR_ESTIMATE_ERROR_UNIT, "needs a unit" },
  { "1 KO", BR_UNIT_SIZE, BR_ESTIMATE_ERROR_UNIT, "not a unit of size" },
  { "1 XB", BR_UNIT_SIZE, BR_ESTIMATE_ERROR_UNIT, "PB or EB (decimal), or KiB, MiB, GiB, TiB, PiB or EiB (binary)" },
  { "1 Kib/s", BR_UNIT_SIZE, BR_ESTIMATE_ERROR_UNIT, "not a unit of size" },
  { "90", BR_UNIT_DURATION, BR_ESTIMATE_ERROR_UNIT, "needs a unit" },
  { "5 decades", BR_UNIT_DURATION, BR_ESTIMATE_ERROR_UNIT, "not a unit of time" },
  { "2k/min", BR_UNIT_RATE, BR_ESTIMATE_ERROR_UNIT, "not a rate" },
  { "99.9 percent", BR_UNIT_PERCENT, BR_ESTIMATE_ERROR_UNIT, "percentage" },
  { "\xff\xfe", BR_UNIT_COUNT, BR_ESTIMATE_ERROR_SYNTAX, "UTF-8" },
};

static void
check_parsing (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_numbers); i++)
    {
      g_autoptr(GError) error = NULL;
      BrUnitInfo info;
      double value = -1;

      g_test_message ("“%s”", good_numbers[i].text);
      g_assert_true (br_units_parse (good_numbers[i].text, good_numbers[i].kind, &value, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (fabs (value - good_numbers[i].value), <=, fabs (good_numbers[i].value) * 1e-12);
      g_assert_cmpint (info.binary, ==, good_numbers[i].binary);
      g_assert_cmpint (info.negative, ==, good_numbers[i].value < 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_numbers); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 12345;

      g_assert_false (br_units_parse (bad_numbers[i].text, bad_numbers[i].kind, &value, NULL, &error));
      g_assert_error (error, BR_ESTIMATE_ERROR, (gint) bad_numbers[i].code);
      g_test_message ("  %s", error->message);
      g_assert_nonnull (strstr (error->message, bad_numbers[i].says));
      g_assert_cmpfloat (value, ==, 12345);
    }
}

static void
test_parse (void)
{
  check_parsing ();
}

static void
test_parse_ratio (void)
{
  static const struct { const char *text; double reads, writes; gboolean percent; } good[] = {
    { "100:1", 100, 1, FALSE },
    { "4 : 1", 4, 1, FALSE },
    { "1k:1", 1000, 1, FALSE },
    { "1:0", 1, 0, FALSE },
    { "0:1", 0, 1, FALSE },
    { "2.5:1", 2.5, 1, FALSE },
    { "90%", 90, 10, TRUE },
    { "100 %", 100, 0, TRUE },
  };
  static const struct { const char *text; BrEstimateError code; } bad[] = {
    { "100", BR_ESTIMATE_ERROR_SYNTAX },
    { "100/1", BR_ESTIMATE_ERROR_SYNTAX },
    { "x:1", BR_ESTIMATE_ERROR_SYNTAX },
    { "1:2:3", BR_ESTIMATE_ERROR_SYNTAX },
    { "0:0", BR_ESTIMATE_ERROR_RANGE },
    { "-1:5", BR_ESTIMATE_ERROR_RANGE },
    { "120%", BR_ESTIMATE_ERROR_RANGE },
    { "1e400:1", BR_ESTIMATE_ERROR_RANGE },
    { "", BR_ESTIMATE_ERROR_EMPTY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      double r, w;
      gboolean percent;

      g_assert_true (br_units_parse_ratio (good[i].text, &r, &w, &percent, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (r, ==, good[i].reads);
      g_assert_cmpfloat (w, ==, good[i].writes);
      g_assert_cmpint (percent, ==, good[i].percent);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double r, w;

      g_test_message ("“%s”", bad[i].text);
      g_assert_false (br_units_parse_ratio (bad[i].text, &r, &w, NULL, &error));
      g_assert_error (error, BR_ESTIMATE_ERROR, (gint) bad[i].code);
    }
}

static void
assert_formats (double      value,
                BrUnitKind  kind,
                const char *expected)
{
  g_autofree char *text = br_units_format (value, kind, 3);

  g_assert_cmpstr (text, ==, expected);
}

static void
check_formatting (void)
{
  g_autofree char *binary = br_units_format_size_binary (65536, 3);
  g_autofree char *binary_exa = br_units_format_size_binary (1.5 * 1152921504606846976.0, 3);
  g_autofree char *grouped = br_units_format_grouped (86400);
  g_autofree char *grouped_big = br_units_format_grouped (11574074074074.0);
  g_autofree char *seconds = br_units_format_duration (31.5576, 3);
  g_autofree char *minutes = br_units_format_duration (52.56 * 60, 3);
  g_autofree char *hours = br_units_format_duration (8.76 * 3600, 3);
  g_autofree char *days = br_units_format_duration (3.65 * 86400, 3);
  g_autofree char *retention = br_units_format (1825, BR_UNIT_DURATION, 6);

  assert_formats (0, BR_UNIT_RATE, "0/s");
  assert_formats (0.0005, BR_UNIT_RATE, "< 0.001/s");
  assert_formats (0.14467, BR_UNIT_RATE, "0.145/s");
  assert_formats (1.30208, BR_UNIT_RATE, "1.3/s");
  assert_formats (114.59, BR_UNIT_RATE, "115/s");
  assert_formats (999.4, BR_UNIT_RATE, "999/s");
  assert_formats (999.6, BR_UNIT_RATE, "1k/s");        /* rounds up into the next unit */
  assert_formats (11574.07, BR_UNIT_RATE, "11.6k/s");
  assert_formats (999700, BR_UNIT_RATE, "1M/s");
  assert_formats (1157407.4, BR_UNIT_RATE, "1.16M/s");
  assert_formats (2e9, BR_UNIT_RATE, "2B/s");
  assert_formats (1.16e12, BR_UNIT_RATE, "1.16T/s");
  assert_formats (1.16e15, BR_UNIT_RATE, "1,160T/s");  /* beyond the last unit */
  assert_formats (1e9, BR_UNIT_COUNT, "1B");
  assert_formats (9900990.1, BR_UNIT_COUNT, "9.9M");
  assert_formats (512, BR_UNIT_SIZE, "512 B");
  assert_formats (1000, BR_UNIT_SIZE, "1 KB");
  assert_formats (9.9e9, BR_UNIT_SIZE, "9.9 GB");
  assert_formats (6e12, BR_UNIT_SIZE, "6 TB");
  assert_formats (5.42e13, BR_UNIT_SIZE, "54.2 TB");
  assert_formats (4.38e17, BR_UNIT_SIZE, "438 PB");
  assert_formats (9.996e17, BR_UNIT_SIZE, "1 EB");      /* rounds up into the exabytes */
  assert_formats (1.1826e18, BR_UNIT_SIZE, "1.18 EB");  /* not 1,180 PB */
  assert_formats (4.56e20, BR_UNIT_SIZE, "456 EB");
  assert_formats (1.125e18, BR_UNIT_BANDWIDTH, "1.13 EB/s");
  assert_formats (1.2e21, BR_UNIT_SIZE, "1.2 ZB");
  assert_formats (1.2e8, BR_UNIT_BANDWIDTH, "120 MB/s");
  assert_formats (3, BR_UNIT_FACTOR, "3");
  assert_formats (99.95, BR_UNIT_PERCENT, "100%");
  assert_formats (90, BR_UNIT_DURATION, "90 days");
  assert_formats (1, BR_UNIT_DURATION, "1 day");
  assert_formats (NAN, BR_UNIT_RATE, "—");

  g_assert_cmpstr (binary, ==, "64 KiB");
  g_assert_cmpstr (binary_exa, ==, "1.5 EiB");
  g_assert_cmpstr (grouped, ==, "86,400");
  g_assert_cmpstr (grouped_big, ==, "11,574,074,074,074");
  g_assert_cmpstr (seconds, ==, "31.6 s");
  g_assert_cmpstr (minutes, ==, "52.6 min");
  g_assert_cmpstr (hours, ==, "8.76 h");
  g_assert_cmpstr (days, ==, "3.65 days");
  g_assert_cmpstr (retention, ==, "1,825 days");

  g_assert_cmpfloat (br_units_round (34378.4, 3), ==, 34400);
  g_assert_cmpfloat (br_units_round (0.0012345, 3), ==, 0.00123);
  g_assert_true (br_units_agree (34378.4, 34400, 3));
  g_assert_false (br_units_agree (34378.4, 34500, 3));
  g_assert_true (br_units_agree (0, 0, 3));
}

static void
test_format (void)
{
  check_formatting ();
}

/* A German locale writes 1,5 for one and a half; nothing here may change */
static void
test_locale_independent (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  char printed[32];

  if (!br_test_use_german_locale ())
    {
      g_test_skip ("No German locale, and localedef could not make one");
      return;
    }
  /* The locale is really in effect: its printf writes a decimal comma */
  g_snprintf (printed, sizeof printed, "%.1f", 1.5);
  g_assert_cmpstr (printed, ==, "1,5");

  check_parsing ();
  check_formatting ();

  setlocale (LC_ALL, previous);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/units/parse", test_parse);
  g_test_add_func ("/units/parse-ratio", test_parse_ratio);
  g_test_add_func ("/units/format", test_format);
  g_test_add_func ("/units/locale-independent", test_locale_independent);

  return g_test_run ();
}
