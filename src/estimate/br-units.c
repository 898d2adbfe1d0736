/* br-units.c — numbers as people type them, and as people read them
 *
 * Reading: a number with an optional sign, thousands grouped with commas
 * (250,000) or not, a decimal point, an exponent (1e9), then a unit or a
 * suffix that depends on what the number is: 100M users, 1KB, 5y, 2k/s.
 * The scanner is our own and the conversion g_ascii_strtod(), so the
 * locale never changes what a text means: "1,5k" is an error everywhere,
 * never one and a half thousand.
 *
 * Writing: three significant figures with humane units, 11.6k/s, 6 TB,
 * 120 MB/s, always with a point for decimals and commas for thousands,
 * whatever the locale, so that what the app prints reads back the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-estimate"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "br-units.h"

G_DEFINE_QUARK (br-estimate-error-quark, br_estimate_error)

/* Below this a figure reads "< 0.001" rather than a run of zeros */
#define SMALLEST_SHOWN 0.001

typedef struct {
  const char *name;   /* matched without regard to case */
  double scale;
} Suffix;

static const Suffix count_suffixes[] = {
  { "", 1 },
  { "k", 1e3 }, { "thousand", 1e3 },
  { "m", 1e6 }, { "mn", 1e6 }, { "million", 1e6 },
  { "b", 1e9 }, { "bn", 1e9 }, { "billion", 1e9 },
  { "t", 1e12 }, { "tn", 1e12 }, { "trillion", 1e12 },
  { NULL, 0 }
};

static const Suffix factor_suffixes[] = {
  { "", 1 }, { "x", 1 }, { "\xc3\x97", 1 }, { "times", 1 },
  { NULL, 0 }
};

static const Suffix size_suffixes[] = {
  { "b", 1 }, { "byte", 1 }, { "bytes", 1 },
  { "kb", 1e3 }, { "mb", 1e6 }, { "gb", 1e9 }, { "tb", 1e12 }, { "pb", 1e15 },
  { "eb", 1e18 }, { "zb", 1e21 }, { "yb", 1e24 },
  { "kilobytes", 1e3 }, { "megabytes", 1e6 }, { "gigabytes", 1e9 },
  { "terabytes", 1e12 }, { "petabytes", 1e15 }, { "exabytes", 1e18 },
  { "kib", 1024.0 }, { "mib", 1048576.0 }, { "gib", 1073741824.0 },
  { "tib", 1099511627776.0 }, { "pib", 1125899906842624.0 }, { "eib", 1152921504606846976.0 },
  { NULL, 0 }
};

static const Suffix duration_suffixes[] = {
  { "d", 1 }, { "day", 1 }, { "days", 1 },
  { "w", 7 }, { "wk", 7 }, { "week", 7 }, { "weeks", 7 },
  { "mo", 30 }, { "month", 30 }, { "months", 30 },
  { "y", 365 }, { "yr", 365 }, { "yrs", 365 }, { "year", 365 }, { "years", 365 },
  { NULL, 0 }
};

/* What may follow a count for it to be a rate, longest first */
static const char * const rate_tails[] = {
  "requests per second", "requests/second", "requests/sec", "requests/s",
  "per second", "req/sec", "req/s", "ops/s", "/second", "/sec", "/s",
  "rps", "qps", "tps",
  NULL
};

static const char * const bandwidth_tails[] = { "/second", "/sec", "/s", "ps", NULL };

/* ASCII spaces and tabs, and the no-break and thin spaces that some
 * keyboards and locales put between a number and its unit */
static gsize
space_length (const char *p)
{
  if (*p == ' ' || *p == '\t')
    return 1;
  if ((guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa0)
    return 2;
  if ((guchar) p[0] == 0xe2 && (guchar) p[1] == 0x80 &&
      ((guchar) p[2] == 0xaf || (guchar) p[2] == 0x89))
    return 3;
  return 0;
}

static const char *
skip_spaces (const char *p)
{
  gsize n;

  while ((n = space_length (p)) > 0)
    p += n;
  return p;
}

/* A copy of @p without the spaces at its end */
static char *
dup_trimmed (const char *p)
{
  const char *end = p + strlen (p);
  const char *last = p;

  for (const char *q = p; q < end; )
    {
      gsize n = space_length (q);

      if (n == 0)
        {
          q = g_utf8_next_char (q);
          last = q;
        }
      else
        q += n;
    }
  return g_strndup (p, (gsize) (last - p));
}

static gboolean
fail (GError        **error,
      BrEstimateError code,
      const char     *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError        **error,
      BrEstimateError code,
      const char     *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (BR_ESTIMATE_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

/* Scans the number at the start of @text. On success @rest points after
 * it (and after the spaces that follow). */
static gboolean
scan_number (const char  *text,
             double      *value,
             gboolean    *negative,
             const char **rest,
             GError     **error)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *p = skip_spaces (text);
  const char *int_start;
  gboolean has_comma = FALSE;
  guint n_digits = 0;
  char *end = NULL;
  double v;

  *negative = FALSE;
  if (*p == '-' || *p == '+')
    {
      *negative = *p == '-';
      p++;
    }
  else if (strncmp (p, "\xe2\x88\x92", 3) == 0)  /* U+2212 MINUS SIGN */
    {
      *negative = TRUE;
      p += 3;
    }
  p = skip_spaces (p);

  /* The whole part, maybe grouped: 1,234,567 */
  int_start = p;
  while (g_ascii_isdigit (*p) || *p == ',')
    {
      if (*p == ',')
        has_comma = TRUE;
      else
        {
          g_string_append_c (clean, *p);
          n_digits++;
        }
      p++;
    }
  if (has_comma)
    {
      g_autofree char *whole = g_strndup (int_start, (gsize) (p - int_start));

      if (!g_regex_match_simple ("^[0-9]{1,3}(,[0-9]{3})+$", whole, 0, 0) || *p == ',')
        return fail (error, BR_ESTIMATE_ERROR_SYNTAX,
                     _("“%s”: a comma separates thousands, as in 250,000; write decimals with a point, as in 1.5k"),
                     text);
    }

  if (*p == '.')
    {
      g_string_append_c (clean, '.');
      p++;
      while (g_ascii_isdigit (*p))
        {
          g_string_append_c (clean, *p);
          p++;
          n_digits++;
        }
    }

  if (n_digits == 0)
    return fail (error, BR_ESTIMATE_ERROR_SYNTAX, _("“%s” is not a number"), text);

  /* An exponent, but not the E of EB */
  if ((*p == 'e' || *p == 'E') &&
      (g_ascii_isdigit (p[1]) || ((p[1] == '+' || p[1] == '-') && g_ascii_isdigit (p[2]))))
    {
      g_string_append_c (clean, 'e');
      p++;
      if (*p == '+' || *p == '-')
        g_string_append_c (clean, *p++);
      while (g_ascii_isdigit (*p))
        g_string_append_c (clean, *p++);
    }

  v = g_ascii_strtod (clean->str, &end);
  if (end == NULL || *end != '\0')
    return fail (error, BR_ESTIMATE_ERROR_SYNTAX, _("“%s” is not a number"), text);
  if (!isfinite (v))
    return fail (error, BR_ESTIMATE_ERROR_RANGE, _("“%s” is too large"), text);

  *value = v;
  *rest = skip_spaces (p);
  return TRUE;
}

static const Suffix *
find_suffix (const Suffix *suffixes,
             const char   *name)
{
  for (guint i = 0; suffixes[i].name != NULL; i++)
    if (g_ascii_strcasecmp (suffixes[i].name, name) == 0)
      return &suffixes[i];
  return NULL;
}

/* Removes one of @tails from the end of @unit, in place; TRUE if one was */
static gboolean
strip_tail (char               *unit,
            const char * const *tails)
{
  gsize length = strlen (unit);

  for (guint i = 0; tails[i] != NULL; i++)
    {
      gsize n = strlen (tails[i]);

      if (length >= n && g_ascii_strcasecmp (unit + length - n, tails[i]) == 0)
        {
          unit[length - n] = '\0';
          g_strchomp (unit);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
unit_error (const char  *text,
            const char  *unit,
            BrUnitKind   kind,
            GError     **error)
{
  switch (kind)
    {
    case BR_UNIT_COUNT:
      return fail (error, BR_ESTIMATE_ERROR_UNIT,
                   _("“%s” is not a count: write a number with k, M, B or T if you like, as in 100M, 1.5k or 250,000"),
                   text);
    case BR_UNIT_FACTOR:
      return fail (error, BR_ESTIMATE_ERROR_UNIT,
                   _("“%s” is not a plain number: write it as in 3 or 3x"), text);
    case BR_UNIT_SIZE:
    case BR_UNIT_BANDWIDTH:
      if (unit[0] == '\0')
        return fail (error, BR_ESTIMATE_ERROR_UNIT,
                     _("“%s” needs a unit: B, KB, MB, GB, TB, PB or EB (decimal, 1 KB = 1,000 B), or KiB, MiB, GiB, TiB, PiB or EiB (binary, 1 KiB = 1,024 B)"),
                     text);
      return fail (error, BR_ESTIMATE_ERROR_UNIT,
                   _("“%s”: “%s” is not a unit of size; use B, KB, MB, GB, TB, PB or EB (decimal), or KiB, MiB, GiB, TiB, PiB or EiB (binary)"),
                   text, unit);
    case BR_UNIT_DURATION:
      if (unit[0] == '\0')
        return fail (error, BR_ESTIMATE_ERROR_UNIT,
                     _("“%s” needs a unit: d (days), w (weeks), mo (months of 30 days) or y (years of 365 days)"),
                     text);
      return fail (error, BR_ESTIMATE_ERROR_UNIT,
                   _("“%s”: “%s” is not a unit of time; use d (days), w (weeks), mo (months of 30 days) or y (years of 365 days)"),
                   text, unit);
    case BR_UNIT_RATE:
      return fail (error, BR_ESTIMATE_ERROR_UNIT,
                   _("“%s” is not a rate: write requests per second, as in 2k, 2,000/s or 500 rps"), text);
    case BR_UNIT_PERCENT:
      return fail (error, BR_ESTIMATE_ERROR_UNIT,
                   _("“%s” is not a percentage: write it as in 99.95%%"), text);
    default:
      g_assert_not_reached ();
    }
}

/**
 * br_units_parse:
 * @text: what the person typed
 * @kind: what the number is
 * @value: (out): the value, in units of one (a count, bytes, days, per
 *   second, or the percentage itself)
 * @info: (out) (optional): whether the size was binary, the sign
 *
 * Reads a number as people type it. The value may be negative (when the
 * text says so) or huge, but always finite; the caller checks its range.
 */
gboolean
br_units_parse (const char  *text,
                BrUnitKind   kind,
                double      *value,
                BrUnitInfo  *info,
                GError     **error)
{
  g_autofree char *unit = NULL;
  const Suffix *suffix = NULL;
  const char *rest = NULL;
  gboolean negative = FALSE;
  double number = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (info != NULL)
    *info = (BrUnitInfo) { FALSE, FALSE };

  if (*skip_spaces (text) == '\0')
    return fail (error, BR_ESTIMATE_ERROR_EMPTY, _("nothing is written"));
  if (!g_utf8_validate (text, -1, NULL))
    return fail (error, BR_ESTIMATE_ERROR_SYNTAX, _("the text is not valid UTF-8"));

  if (!scan_number (text, &number, &negative, &rest, error))
    return FALSE;
  unit = dup_trimmed (rest);

  switch (kind)
    {
    case BR_UNIT_COUNT:
      suffix = find_suffix (count_suffixes, unit);
      break;
    case BR_UNIT_FACTOR:
      suffix = find_suffix (factor_suffixes, unit);
      break;
    case BR_UNIT_SIZE:
      suffix = find_suffix (size_suffixes, unit);
      break;
    case BR_UNIT_BANDWIDTH:
      strip_tail (unit, bandwidth_tails);
      suffix = find_suffix (size_suffixes, unit);
      break;
    case BR_UNIT_DURATION:
      suffix = find_suffix (duration_suffixes, unit);
      break;
    case BR_UNIT_RATE:
      strip_tail (unit, rate_tails);
      suffix = find_suffix (count_suffixes, unit);
      break;
    case BR_UNIT_PERCENT:
      if (unit[0] == '\0' || g_str_equal (unit, "%"))
        suffix = &factor_suffixes[0];
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (suffix == NULL)
    return unit_error (text, unit, kind, error);

  number *= suffix->scale;
  if (!isfinite (number))
    return fail (error, BR_ESTIMATE_ERROR_RANGE, _("“%s” is too large"), text);

  if (info != NULL)
    {
      /* KiB, MiB, GiB, TiB, PiB, EiB */
      info->binary = (kind == BR_UNIT_SIZE || kind == BR_UNIT_BANDWIDTH) &&
                     strlen (suffix->name) == 3 && g_ascii_strcasecmp (suffix->name + 1, "ib") == 0;
      info->negative = negative;
    }
  *value = negative ? -number : number;
  return TRUE;
}

/**
 * br_units_parse_ratio:
 * @reads: (out): the reads side, R of R:W
 * @writes: (out): the writes side
 * @percent: (out) (optional): whether it was written as a share of reads
 *
 * Reads a read:write ratio, "100:1", "1k:1", "4 : 1", or a share of reads,
 * "90%" (90:10). Neither side is negative and they are not both zero.
 */
gboolean
br_units_parse_ratio (const char  *text,
                      double      *reads,
                      double      *writes,
                      gboolean    *percent,
                      GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_auto(GStrv) sides = NULL;
  g_autoptr(GError) side_error = NULL;
  double r, w;

  g_return_val_if_fail (text != NULL, FALSE);

  if (percent != NULL)
    *percent = FALSE;
  if (*skip_spaces (text) == '\0')
    return fail (error, BR_ESTIMATE_ERROR_EMPTY, _("nothing is written"));
  if (!g_utf8_validate (text, -1, NULL))
    return fail (error, BR_ESTIMATE_ERROR_SYNTAX, _("the text is not valid UTF-8"));

  trimmed = dup_trimmed (skip_spaces (text));
  if (g_str_has_suffix (trimmed, "%"))
    {
      if (!br_units_parse (trimmed, BR_UNIT_PERCENT, &r, NULL, error))
        return FALSE;
      if (r < 0 || r > 100)
        return fail (error, BR_ESTIMATE_ERROR_RANGE,
                     _("“%s”: a share of reads is between 0%% and 100%%"), text);
      *reads = r;
      *writes = 100 - r;
      if (percent != NULL)
        *percent = TRUE;
      return TRUE;
    }

  sides = g_strsplit (trimmed, ":", -1);
  if (g_strv_length (sides) != 2)
    return fail (error, BR_ESTIMATE_ERROR_SYNTAX,
                 _("“%s” is not a ratio: write reads:writes, as in 100:1, or the share of reads, as in 99%%"),
                 text);

  if (!br_units_parse (sides[0], BR_UNIT_COUNT, &r, NULL, &side_error) ||
      !br_units_parse (sides[1], BR_UNIT_COUNT, &w, NULL, &side_error))
    return fail (error, side_error->code == BR_ESTIMATE_ERROR_RANGE ? BR_ESTIMATE_ERROR_RANGE
                                                                     : BR_ESTIMATE_ERROR_SYNTAX,
                 _("“%s” is not a ratio: write reads:writes, as in 100:1, or the share of reads, as in 99%%"),
                 text);
  if (r < 0 || w < 0)
    return fail (error, BR_ESTIMATE_ERROR_RANGE,
                 _("“%s”: reads and writes cannot be negative"), text);
  if (r == 0 && w == 0)
    return fail (error, BR_ESTIMATE_ERROR_RANGE,
                 _("“%s”: reads and writes cannot both be 0"), text);

  *reads = r;
  *writes = w;
  return TRUE;
}

/**
 * br_units_round:
 * @significant: how many significant figures to keep, 1 or more
 *
 * Returns: @value rounded to @significant figures (halves away from zero)
 */
double
br_units_round (double value,
                int    significant)
{
  double magnitude = fabs (value);
  int digits;
  double p, r;

  if (magnitude == 0 || !isfinite (value))
    return value;

  digits = significant - 1 - (int) floor (log10 (magnitude));
  /* Divide by an exact power of ten rather than multiply by an inexact one */
  if (digits >= 0)
    {
      p = pow (10, digits);
      r = round (magnitude * p) / p;
    }
  else
    {
      p = pow (10, -digits);
      r = round (magnitude / p) * p;
    }
  return value < 0 ? -r : r;
}

/* Digits with commas between the thousands: "1234567.5" -> "1,234,567.5" */
static char *
group_thousands (const char *digits)
{
  GString *out = g_string_new (NULL);
  const char *point = strchr (digits, '.');
  gsize whole = point ? (gsize) (point - digits) : strlen (digits);

  for (gsize i = 0; i < whole; i++)
    {
      if (i > 0 && (whole - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    g_string_append (out, point);
  return g_string_free (out, FALSE);
}

/* A non-negative number to @significant figures without a unit, trailing
 * zeros dropped: 11.6, 116, 0.116, 1,160 */
static char *
format_plain (double value,
              int    significant)
{
  char format[16];
  char buffer[512];
  double r = br_units_round (value, significant);
  int decimals;
  char *p;

  if (r == 0)
    return g_strdup ("0");

  decimals = significant - 1 - (int) floor (log10 (r));
  decimals = CLAMP (decimals, 0, 40);
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buffer, sizeof buffer, format, r);

  if (strchr (buffer, '.') != NULL)
    {
      p = buffer + strlen (buffer) - 1;
      while (*p == '0')
        *p-- = '\0';
      if (*p == '.')
        *p = '\0';
    }
  return group_thousands (buffer);
}

typedef struct {
  double scale;
  const char *name;
} Scale;

static const Scale count_scales[] = {
  { 1, "" }, { 1e3, "k" }, { 1e6, "M" }, { 1e9, "B" }, { 1e12, "T" },
};

static const Scale size_scales[] = {
  { 1, "B" }, { 1e3, "KB" }, { 1e6, "MB" }, { 1e9, "GB" }, { 1e12, "TB" },
  { 1e15, "PB" }, { 1e18, "EB" }, { 1e21, "ZB" }, { 1e24, "YB" },
};

static const Scale binary_scales[] = {
  { 1, "B" }, { 1024.0, "KiB" }, { 1048576.0, "MiB" }, { 1073741824.0, "GiB" },
  { 1099511627776.0, "TiB" }, { 1125899906842624.0, "PiB" },
  { 1152921504606846976.0, "EiB" },
};

static char *
format_scaled (double       value,
               int          significant,
               const Scale *scales,
               guint        n_scales,
               const char  *separator,
               const char  *tail)
{
  g_autofree char *number = NULL;
  double r = br_units_round (value, significant);
  guint i = 0;

  if (value > 0 && value < SMALLEST_SHOWN)
    /* Translators: a figure too small to show, e.g. "< 0.001/s" */
    return g_strdup_printf (_("< 0.001%s%s%s"), separator, scales[0].name, tail);

  while (i + 1 < n_scales && r >= scales[i + 1].scale)
    i++;
  number = format_plain (r / scales[i].scale, significant);
  return g_strconcat (number, scales[i].name[0] ? separator : "", scales[i].name, tail, NULL);
}

/**
 * br_units_format:
 * @value: a finite value, 0 or more
 * @kind: what it is
 * @significant: significant figures to keep, 3 for the estimator
 *
 * Returns: (transfer full): @value for people: "11.6k" (count),
 *   "11.6k/s" (rate), "6 TB" (size, decimal), "120 MB/s" (bandwidth),
 *   "1,825 days" (duration), "3" (factor), "99.95%" (percent)
 */
char *
br_units_format (double     value,
                 BrUnitKind kind,
                 int        significant)
{
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup ("—");
  if (value < 0)
    {
      g_autofree char *positive = br_units_format (-value, kind, significant);
      return g_strconcat ("-", positive, NULL);
    }

  switch (kind)
    {
    case BR_UNIT_COUNT:
      return format_scaled (value, significant, count_scales, G_N_ELEMENTS (count_scales), "", "");
    case BR_UNIT_RATE:
      return format_scaled (value, significant, count_scales, G_N_ELEMENTS (count_scales), "", "/s");
    case BR_UNIT_SIZE:
      return format_scaled (value, significant, size_scales, G_N_ELEMENTS (size_scales), " ", "");
    case BR_UNIT_BANDWIDTH:
      return format_scaled (value, significant, size_scales, G_N_ELEMENTS (size_scales), " ", "/s");
    case BR_UNIT_FACTOR:
      return format_plain (value, significant);
    case BR_UNIT_PERCENT:
      number = format_plain (value, significant);
      return g_strconcat (number, "%", NULL);
    case BR_UNIT_DURATION:
      number = format_plain (value, significant);
      if (br_units_round (value, significant) == 1)
        /* Translators: a duration of exactly one day */
        return g_strdup (_("1 day"));
      /* Translators: a duration in days, e.g. "1,825 days" */
      return g_strdup_printf (_("%s days"), number);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * br_units_format_size_binary:
 *
 * Returns: (transfer full): @bytes in binary units: "1 KiB", "4 GiB"
 */
char *
br_units_format_size_binary (double bytes,
                             int    significant)
{
  if (!isfinite (bytes) || bytes < 0)
    return g_strdup ("—");
  return format_scaled (bytes, significant, binary_scales, G_N_ELEMENTS (binary_scales), " ", "");
}

/**
 * br_units_format_grouped:
 *
 * Returns: (transfer full): @value rounded to a whole number, with commas
 *   between the thousands: "86,400"
 */
char *
br_units_format_grouped (double value)
{
  char buffer[512];

  if (!isfinite (value))
    return g_strdup ("—");
  g_ascii_formatd (buffer, sizeof buffer, "%.0f", fabs (value) < 0.5 ? 0.0 : value);
  return group_thousands (buffer);
}

/**
 * br_units_format_duration:
 * @seconds: a time, 0 or more
 *
 * Returns: (transfer full): @seconds in the largest unit that keeps the
 *   number at 1 or more: "31.5 s", "52.6 min", "8.77 h", "3.65 days"
 */
char *
br_units_format_duration (double seconds,
                          int    significant)
{
  g_autofree char *number = NULL;
  double r = br_units_round (seconds, significant);

  if (!isfinite (seconds) || seconds < 0)
    return g_strdup ("—");

  if (r < 60)
    {
      number = format_plain (seconds, significant);
      /* Translators: a time in seconds, e.g. "31.5 s" */
      return g_strdup_printf (_("%s s"), number);
    }
  if (r < 3600)
    {
      number = format_plain (seconds / 60, significant);
      /* Translators: a time in minutes, e.g. "52.6 min" */
      return g_strdup_printf (_("%s min"), number);
    }
  if (r < 86400)
    {
      number = format_plain (seconds / 3600, significant);
      /* Translators: a time in hours, e.g. "8.77 h" */
      return g_strdup_printf (_("%s h"), number);
    }
  return br_units_format (seconds / 86400, BR_UNIT_DURATION, significant);
}

/**
 * br_units_agree:
 *
 * Returns: whether @a and @b are the same number to @significant figures
 */
gboolean
br_units_agree (double a,
                double b,
                int    significant)
{
  double ra = br_units_round (a, significant);
  double rb = br_units_round (b, significant);
  double scale = MAX (fabs (ra), fabs (rb));

  if (!isfinite (a) || !isfinite (b))
    return FALSE;
  return scale == 0 || fabs (ra - rb) <= scale * 1e-9;
}
