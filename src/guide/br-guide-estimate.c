/* br-guide-estimate.c — a practice card's estimate: the estimator's input
 * keys and output ids, and the syntax of their values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-guide"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-guide-private.h"

/* The contract shared with the estimator: its input keys (the CLI's
 * key=value words) and its output ids. */

typedef enum {
  INPUT_COUNT,      /* 100M, 1.5k, 2B, 250,000 */
  INPUT_NUMBER,     /* 3, 1.5 */
  INPUT_RATIO,      /* 100:1 */
  INPUT_SIZE,       /* 1KB, 10 KiB, 16B */
  INPUT_DURATION,   /* 5y, 3 years, 90d, 18mo, 6w */
} InputKind;

typedef enum {
  FIGURE_RATE,      /* 34.4k/s */
  FIGURE_SIZE,      /* 6 TB */
  FIGURE_BANDWIDTH, /* 120 MB/s */
  FIGURE_INTEGER,   /* 14 */
} FigureKind;

const char * const _br_estimate_input_keys[] = {
  "dau", "actions", "read-write", "peak", "write-size", "read-size",
  "retention", "replication", "capacity", NULL
};

static const InputKind input_kinds[] = {
  INPUT_COUNT, INPUT_COUNT, INPUT_RATIO, INPUT_NUMBER, INPUT_SIZE, INPUT_SIZE,
  INPUT_DURATION, INPUT_COUNT, INPUT_COUNT,
};

const char * const _br_estimate_figure_ids[] = {
  "read-rps", "write-rps", "peak-read-rps", "peak-write-rps",
  "storage-per-day", "storage-per-year", "storage-total",
  "ingress", "peak-ingress", "egress", "peak-egress", "instances", NULL
};

static const FigureKind figure_kinds[] = {
  FIGURE_RATE, FIGURE_RATE, FIGURE_RATE, FIGURE_RATE,
  FIGURE_SIZE, FIGURE_SIZE, FIGURE_SIZE,
  FIGURE_BANDWIDTH, FIGURE_BANDWIDTH, FIGURE_BANDWIDTH, FIGURE_BANDWIDTH, FIGURE_INTEGER,
};

G_STATIC_ASSERT (G_N_ELEMENTS (_br_estimate_input_keys) == G_N_ELEMENTS (input_kinds) + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (_br_estimate_figure_ids) == G_N_ELEMENTS (figure_kinds) + 1);

static int
find (const char * const *list,
      const char         *name)
{
  for (int i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], name) == 0)
      return i;
  return -1;
}

/**
 * _br_estimate_input_is_required:
 *
 * Returns: whether every estimate must give the input @key (all of them
 *   but "capacity")
 */
gboolean
_br_estimate_input_is_required (const char *key)
{
  return strcmp (key, "capacity") != 0;
}

/* Reads a decimal number at *p ("250,000", "1.5", "0.25"), moves *p past
 * it, and counts its significant digits. Thousands separators must group
 * three digits each. */
static gboolean
scan_number (const char **p,
             double      *value,
             guint       *n_significant)
{
  const char *s = *p;
  g_autoptr(GString) digits = g_string_new (NULL);
  guint group = 0;
  gboolean seen_comma = FALSE;
  guint n = 0;
  gboolean leading = TRUE;

  if (!g_ascii_isdigit (*s))
    return FALSE;
  for (; g_ascii_isdigit (*s) || *s == ','; s++)
    {
      if (*s == ',')
        {
          if ((seen_comma && group != 3) || (!seen_comma && (group == 0 || group > 3)) ||
              !g_ascii_isdigit (s[1]))
            return FALSE;
          seen_comma = TRUE;
          group = 0;
          continue;
        }
      g_string_append_c (digits, *s);
      group++;
    }
  if (seen_comma && group != 3)
    return FALSE;
  if (*s == '.')
    {
      if (!g_ascii_isdigit (s[1]))
        return FALSE;
      g_string_append_c (digits, *s++);
      while (g_ascii_isdigit (*s))
        g_string_append_c (digits, *s++);
    }

  for (const char *d = digits->str; *d; d++)
    {
      if (*d == '.')
        continue;
      if (leading && *d == '0')
        continue;
      leading = FALSE;
      n++;
    }

  *value = g_ascii_strtod (digits->str, NULL);
  *n_significant = n;
  *p = s;
  return TRUE;
}

static gboolean
skip_one_of (const char         **p,
             const char * const  *words)
{
  /* The longest word first: "months" before "mo" */
  gsize best = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);
      if (len > best && strncmp (*p, words[i], len) == 0)
        best = len;
    }
  *p += best;
  return best > 0;
}

static const char * const size_units[] = { "B", "KB", "MB", "GB", "TB", "PB", "EB",
                                           "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", NULL };
static const char * const display_size_units[] = { "B", "KB", "MB", "GB", "TB", "PB", "EB", NULL };
static const char * const duration_units[] = { "d", "day", "days", "w", "week", "weeks",
                                               "mo", "month", "months", "y", "year", "years", NULL };
static const char * const count_suffixes[] = { "k", "M", "B", NULL };

static gboolean
is_count (const char *s)
{
  double value;
  guint n;

  if (!scan_number (&s, &value, &n))
    return FALSE;
  skip_one_of (&s, count_suffixes);
  return *s == '\0' && value > 0;
}

static gboolean
is_number (const char *s)
{
  double value;
  guint n;

  return scan_number (&s, &value, &n) && *s == '\0' && value > 0;
}

static gboolean
is_ratio (const char *s)
{
  double r, w;
  guint n;

  if (!scan_number (&s, &r, &n) || *s++ != ':' || !scan_number (&s, &w, &n))
    return FALSE;
  return *s == '\0' && r > 0 && w > 0;
}

static gboolean
is_quantity (const char         *s,
             const char * const *units)
{
  double value;
  guint n;

  if (!scan_number (&s, &value, &n))
    return FALSE;
  if (*s == ' ')
    s++;
  return skip_one_of (&s, units) && *s == '\0' && value > 0;
}

/**
 * _br_estimate_check_input:
 * @key: one of _br_estimate_input_keys
 * @value: its value as written in the file
 * @problem: (out): what is wrong, when it returns %FALSE
 *
 * Returns: whether @value is written in the syntax of @key's kind
 */
gboolean
_br_estimate_check_input (const char  *key,
                          const char  *value,
                          char       **problem)
{
  int i = find (_br_estimate_input_keys, key);

  g_return_val_if_fail (i >= 0, FALSE);

  switch (input_kinds[i])
    {
    case INPUT_COUNT:
      if (is_count (value))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a count above zero: write a number with an optional k, M or B, such as “100M”, “1.5k” or “250,000”"),
                                  value);
      return FALSE;
    case INPUT_NUMBER:
      if (is_number (value))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a number above zero, such as “3” or “1.5”"), value);
      return FALSE;
    case INPUT_RATIO:
      if (is_ratio (value))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a ratio of reads to writes, such as “100:1”"), value);
      return FALSE;
    case INPUT_SIZE:
      if (is_quantity (value, size_units))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a size: write a number and B, KB, MB, GB, TB, PB or EB (or KiB… EiB), such as “1KB”"),
                                  value);
      return FALSE;
    case INPUT_DURATION:
      if (is_quantity (value, duration_units))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a duration: write a number and d, w, mo or y (or days, weeks, months, years), such as “90d” or “5y”"),
                                  value);
      return FALSE;
    default:
      g_assert_not_reached ();
    }
}

/* A figure as the estimator displays it: at most three significant
 * digits, then the unit */
static gboolean
is_figure (const char         *s,
           const char * const *units,
           gboolean            space,
           gboolean            per_second)
{
  double value;
  guint n;

  if (!scan_number (&s, &value, &n) || n > 3)
    return FALSE;
  if (space && *s++ != ' ')
    return FALSE;
  if (units != NULL && !skip_one_of (&s, units) && space)
    return FALSE;
  if (per_second && strcmp (s, "/s") != 0)
    return FALSE;
  return (per_second || *s == '\0') && value > 0;
}

static gboolean
is_integer (const char *s)
{
  const char *p = s;
  double value;
  guint n;

  return strchr (s, '.') == NULL && scan_number (&p, &value, &n) && *p == '\0' && value >= 1;
}

/**
 * _br_estimate_check_figure:
 * @id: one of _br_estimate_figure_ids
 * @value: the figure as the card states it
 * @problem: (out): what is wrong, when it returns %FALSE
 *
 * Returns: whether @value is written as the estimator displays @id
 */
gboolean
_br_estimate_check_figure (const char  *id,
                           const char  *value,
                           char       **problem)
{
  int i = find (_br_estimate_figure_ids, id);

  g_return_val_if_fail (i >= 0, FALSE);

  switch (figure_kinds[i])
    {
    case FIGURE_RATE:
      if (is_figure (value, count_suffixes, FALSE, TRUE))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a rate to three significant figures, such as “463/s”, “34.4k/s” or “1.16M/s”"),
                                  value);
      return FALSE;
    case FIGURE_SIZE:
      if (is_figure (value, display_size_units, TRUE, FALSE))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a size to three significant figures, such as “6 TB” or “54.8 GB”"),
                                  value);
      return FALSE;
    case FIGURE_BANDWIDTH:
      if (is_figure (value, display_size_units, TRUE, TRUE))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a bandwidth to three significant figures, such as “120 MB/s”"),
                                  value);
      return FALSE;
    case FIGURE_INTEGER:
      if (is_integer (value))
        return TRUE;
      *problem = g_strdup_printf (_("“%s” is not a whole number of instances, such as “14”"), value);
      return FALSE;
    default:
      g_assert_not_reached ();
    }
}
