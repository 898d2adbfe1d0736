/* br-reference-rows.c — the reference numbers as rows: the sourced
 * figures of the reference file, and the tables that are arithmetic
 * (availability to downtime, seconds in a day, powers of two and ten)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-reference"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "br-reference-rows.h"
#include "br-units.h"

/**
 * BrReferenceRow:
 *
 * One figure of the reference view: its section, what it is, the figure
 * as text (what "Copy" copies), and where it comes from.
 */
struct _BrReferenceRow
{
  GObject parent_instance;

  BrReferenceSection section;
  char *title;
  char *figure;
  char *detail;
  char *url;
  char *source;        /* the title of its source, or NULL */
  char *search_text;   /* everything above, case-folded, for searching */
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FIGURE,
  PROP_DETAIL,
  PROP_URL,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BrReferenceRow, br_reference_row, G_TYPE_OBJECT)

static void
br_reference_row_finalize (GObject *object)
{
  BrReferenceRow *self = BR_REFERENCE_ROW (object);

  g_free (self->title);
  g_free (self->figure);
  g_free (self->detail);
  g_free (self->url);
  g_free (self->source);
  g_free (self->search_text);

  G_OBJECT_CLASS (br_reference_row_parent_class)->finalize (object);
}

static void
br_reference_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BrReferenceRow *self = BR_REFERENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_FIGURE:
      g_value_set_string (value, self->figure);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_reference_row_class_init (BrReferenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_reference_row_finalize;
  object_class->get_property = br_reference_row_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIGURE] =
    g_param_spec_string ("figure", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_reference_row_init (BrReferenceRow *self)
{
}

/* Takes @title, @figure, @detail; @source is where the figure comes from
 * (a link and its title), @extra more words to find it by */
static BrReferenceRow *
row_new (BrReferenceSection       section,
         char                    *title,
         char                    *figure,
         char                    *detail,
         const BrReferenceSource *source,
         const char              *extra)
{
  BrReferenceRow *self = g_object_new (BR_TYPE_REFERENCE_ROW, NULL);
  g_autofree char *joined = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);

  self->section = section;
  self->title = title;
  self->figure = figure;
  self->detail = detail;
  if (source != NULL)
    {
      self->url = g_strdup (source->url);
      self->source = g_strdup (source->title);
    }

  /* "86,400" is found by "86400" too */
  for (const char *p = figure; *p; p++)
    if (*p != ',')
      g_string_append_c (digits, *p);
  joined = g_strjoin (" ", br_reference_section_title (section), title, figure, digits->str,
                      detail, self->source ? self->source : "", extra ? extra : "", NULL);
  self->search_text = g_utf8_casefold (joined, -1);
  return self;
}

BrReferenceSection
br_reference_row_get_section (BrReferenceRow *self)
{
  g_return_val_if_fail (BR_IS_REFERENCE_ROW (self), 0);
  return self->section;
}

const char *
br_reference_row_get_title (BrReferenceRow *self)
{
  g_return_val_if_fail (BR_IS_REFERENCE_ROW (self), NULL);
  return self->title;
}

/**
 * br_reference_row_get_figure:
 *
 * Returns: the figure as text, as "Copy" puts it on the clipboard
 */
const char *
br_reference_row_get_figure (BrReferenceRow *self)
{
  g_return_val_if_fail (BR_IS_REFERENCE_ROW (self), NULL);
  return self->figure;
}

/**
 * br_reference_row_get_detail:
 *
 * Returns: what the figure means and where it comes from: the year and
 *   the source, or the arithmetic
 */
const char *
br_reference_row_get_detail (BrReferenceRow *self)
{
  g_return_val_if_fail (BR_IS_REFERENCE_ROW (self), NULL);
  return self->detail;
}

/**
 * br_reference_row_matches:
 * @search: what the person typed; every word of it must be found
 *
 * Returns: whether the row is one the search asks for
 */
gboolean
br_reference_row_matches (BrReferenceRow *self,
                          const char     *search)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (BR_IS_REFERENCE_ROW (self), FALSE);

  if (search == NULL || search[0] == '\0')
    return TRUE;
  folded = g_utf8_casefold (search, -1);
  words = g_strsplit_set (folded, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strstr (self->search_text, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/**
 * br_reference_section_title:
 *
 * Returns: the section's heading, translated
 */
const char *
br_reference_section_title (BrReferenceSection section)
{
  switch (section)
    {
    case BR_REFERENCE_SECTION_LATENCY:
      return _("Latency");
    case BR_REFERENCE_SECTION_THROUGHPUT:
      return _("Per Instance, by Component");
    case BR_REFERENCE_SECTION_AVAILABILITY:
      return _("Availability and Downtime");
    case BR_REFERENCE_SECTION_TIME:
      return _("Time and Rates");
    case BR_REFERENCE_SECTION_POWERS_OF_TWO:
      return _("Powers of Two");
    case BR_REFERENCE_SECTION_POWERS_OF_TEN:
      return _("Powers of Ten");
    case BR_REFERENCE_N_SECTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* ---------------------------------------------------------------------- */
/* Figures                                                                 */

static char *
number (double value)
{
  return br_units_format (value, BR_UNIT_FACTOR, 4);
}

/* A time in the unit that reads best: "0.5 ns", "250 µs", "150 ms" */
static char *
format_time (double seconds,
             double up_to)
{
  static const struct { double scale; const char *name; } units[] = {
    { 1e-9, "ns" }, { 1e-6, "µs" }, { 1e-3, "ms" }, { 1, "s" },
  };
  g_autofree char *low = NULL;
  guint i = 0;

  while (i + 1 < G_N_ELEMENTS (units) && seconds >= units[i + 1].scale * 0.9995)
    i++;
  low = number (seconds / units[i].scale);
  if (up_to > 0)
    {
      g_autofree char *high = number (up_to / units[i].scale);

      return g_strdup_printf ("%s–%s %s", low, high, units[i].name);
    }
  return g_strdup_printf ("%s %s", low, units[i].name);
}

static const char *
unit_words (BrReferenceUnit unit)
{
  switch (unit)
    {
    /* Translators: units of reference figures, e.g. "250k requests/s" */
    case BR_REFERENCE_REQUESTS_PER_S: return _("requests/s");
    case BR_REFERENCE_QUERIES_PER_S: return _("queries/s");
    case BR_REFERENCE_RECORDS_PER_S: return _("records/s");
    case BR_REFERENCE_MESSAGES_PER_S: return _("messages/s");
    case BR_REFERENCE_DOCUMENTS_PER_S: return _("documents/s");
    case BR_REFERENCE_JOBS_PER_S: return _("jobs/s");
    case BR_REFERENCE_MB_PER_S: return "MB/s";
    case BR_REFERENCE_CONNECTIONS: return _("connections");
    case BR_REFERENCE_METRICS_PER_REQUEST: return _("metrics per request");
    case BR_REFERENCE_BYTES_PER_SAMPLE: return _("bytes per sample");
    default: g_return_val_if_reached ("");
    }
}

/**
 * br_reference_format_figure:
 *
 * Returns: (transfer full): the figure for people: "0.5 ns", "1–9 ms",
 *   "250k requests/s", "2 MB/s", "99.99%"
 */
char *
br_reference_format_figure (const BrReferenceFigure *figure)
{
  g_autofree char *low = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  switch (figure->unit)
    {
    case BR_REFERENCE_NS:
    case BR_REFERENCE_US:
    case BR_REFERENCE_MS:
    case BR_REFERENCE_S:
      {
        double scale = br_reference_figure_seconds (figure) / figure->value;

        return format_time (figure->value * scale, figure->up_to * scale);
      }
    case BR_REFERENCE_PERCENT:
      return br_units_format (figure->value, BR_UNIT_PERCENT, 12);
    default:
      break;
    }

  low = br_units_format (figure->value, BR_UNIT_COUNT, 4);
  if (figure->up_to > 0)
    {
      g_autofree char *high = br_units_format (figure->up_to, BR_UNIT_COUNT, 4);

      return g_strdup_printf ("%s–%s %s", low, high, unit_words (figure->unit));
    }
  return g_strdup_printf ("%s %s", low, unit_words (figure->unit));
}

/* "2009 · Jeff Dean, Google"; the title is the link's */
static char *
cite (const BrReferenceSource *source)
{
  /* Translators: where a figure comes from: year · author */
  return g_strdup_printf (_("%d · %s"), source->year, source->author);
}

static void
add_latencies (BrReference *reference,
               GListStore  *rows)
{
  for (guint i = 0; i < br_reference_get_n_latencies (reference); i++)
    {
      const BrReferenceLatency *latency = br_reference_get_latency (reference, i);
      g_autofree char *source = cite (latency->figure.source);
      char *detail = latency->figure.note
                     ? g_strdup_printf ("%s\n%s", latency->figure.note, source)
                     : g_strdup (source);
      g_autoptr(BrReferenceRow) row = row_new (BR_REFERENCE_SECTION_LATENCY, g_strdup (latency->title),
                                               br_reference_format_figure (&latency->figure), detail,
                                               latency->figure.source, NULL);

      g_list_store_append (rows, row);
    }
}

static const char *
slot_title (BrReferenceSlot slot)
{
  switch (slot)
    {
    case BR_REFERENCE_READS: return _("reads");
    case BR_REFERENCE_WRITES: return _("writes");
    case BR_REFERENCE_REQUESTS: return _("requests");
    case BR_REFERENCE_CONNECTIONS_SLOT: return _("connections");
    case BR_REFERENCE_LATENCY: return _("latency");
    case BR_REFERENCE_AVAILABILITY: return _("availability");
    case BR_REFERENCE_DURABILITY: return _("durability");
    case BR_REFERENCE_STORAGE: return _("storage");
    case BR_REFERENCE_N_SLOTS:
    default: g_return_val_if_reached ("");
    }
}

static void
add_components (BrReference *reference,
                GListStore  *rows)
{
  for (guint i = 0; i < br_reference_get_n_components (reference); i++)
    {
      const BrReferenceComponent *component = br_reference_get_component (reference, i);

      for (guint slot = 0; slot < BR_REFERENCE_N_SLOTS; slot++)
        {
          const BrReferenceFigure *figure = component->figures[slot];
          g_autofree char *source = NULL;
          g_autoptr(BrReferenceRow) row = NULL;
          char *detail;

          if (figure == NULL)
            continue;
          source = cite (figure->source);
          /* Translators: what one instance is, a note, and the source on a new line */
          detail = g_strdup_printf (_("Per %s. %s\n%s"), component->instance,
                                    figure->note ? figure->note : "", source);
          row = row_new (BR_REFERENCE_SECTION_THROUGHPUT,
                         /* Translators: a component and one of its figures, e.g. "Cache: reads" */
                         g_strdup_printf (_("%s: %s"), component->title, slot_title ((BrReferenceSlot) slot)),
                         br_reference_format_figure (figure), detail, figure->source,
                         component->type);
          g_list_store_append (rows, row);
        }
    }
}

static void
add_nines (GListStore *rows)
{
  static const struct { double percent; const char *name; } levels[] = {
    { 90, N_("one nine") },
    { 99, N_("two nines") },
    { 99.5, N_("two and a half nines") },
    { 99.9, N_("three nines") },
    { 99.95, N_("three and a half nines") },
    { 99.99, N_("four nines") },
    { 99.999, N_("five nines") },
    { 99.9999, N_("six nines") },
  };
  static const struct { double days; const char *name; const char *arithmetic; } periods[] = {
    { 365, N_("a year"), N_("a year of 365 days") },
    { 30, N_("a month"), N_("a month of 30 days") },
    { 7, N_("a week"), N_("a week of 7 days") },
    { 1, N_("a day"), N_("a day of 86,400 s") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    for (guint j = 0; j < G_N_ELEMENTS (periods); j++)
      {
        g_autofree char *percent = br_units_format (levels[i].percent, BR_UNIT_PERCENT, 8);
        g_autofree char *down = br_units_format (100 - levels[i].percent, BR_UNIT_PERCENT, 4);
        double seconds = periods[j].days * 86400 * (100 - levels[i].percent) / 100;
        g_autoptr(BrReferenceRow) row =
          row_new (BR_REFERENCE_SECTION_AVAILABILITY,
                   /* Translators: e.g. "99.9% (three nines), downtime a year" */
                   g_strdup_printf (_("%s (%s), downtime %s"), percent, _(levels[i].name), _(periods[j].name)),
                   br_units_format_duration (seconds, 3),
                   /* Translators: e.g. "Arithmetic: a year of 365 days x 0.1%" */
                   g_strdup_printf (_("Arithmetic: %s x %s"), _(periods[j].arithmetic), down),
                   NULL, NULL);

        g_list_store_append (rows, row);
      }
}

static void
add_time (GListStore *rows)
{
  static const struct { const char *title; double value; const char *arithmetic; } seconds[] = {
    { N_("Seconds in a minute"), 60, N_("Arithmetic: 60 s") },
    { N_("Seconds in an hour"), 3600, N_("Arithmetic: 60 x 60 s") },
    { N_("Seconds in a day"), 86400, N_("Arithmetic: 24 x 60 x 60 s; about 100,000") },
    { N_("Seconds in a week"), 604800, N_("Arithmetic: 7 x 86,400 s") },
    { N_("Seconds in a month of 30 days"), 2592000, N_("Arithmetic: 30 x 86,400 s; about 2.5 million") },
    { N_("Seconds in a year of 365 days"), 31536000, N_("Arithmetic: 365 x 86,400 s; about 30 million (π x 10⁷)") },
  };
  static const struct { const char *title; double value; BrUnitKind kind; const char *arithmetic; } rates[] = {
    { N_("A million a day, per second"), 1e6 / 86400, BR_UNIT_RATE, N_("Arithmetic: 1,000,000 / 86,400 s") },
    { N_("A billion a day, per second"), 1e9 / 86400, BR_UNIT_RATE, N_("Arithmetic: 1,000,000,000 / 86,400 s") },
    { N_("A million a month, per second"), 1e6 / 2592000, BR_UNIT_RATE, N_("Arithmetic: 1,000,000 / 2,592,000 s") },
    { N_("A billion a month, per second"), 1e9 / 2592000, BR_UNIT_RATE, N_("Arithmetic: 1,000,000,000 / 2,592,000 s") },
    { N_("One a second, a day"), 86400, BR_UNIT_COUNT, N_("Arithmetic: 1 x 86,400 s") },
    { N_("One a second, a year"), 31536000, BR_UNIT_COUNT, N_("Arithmetic: 1 x 31,536,000 s") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (seconds); i++)
    {
      g_autoptr(BrReferenceRow) row = row_new (BR_REFERENCE_SECTION_TIME, g_strdup (_(seconds[i].title)),
                                               br_units_format_grouped (seconds[i].value),
                                               g_strdup (_(seconds[i].arithmetic)), NULL, NULL);

      g_list_store_append (rows, row);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      g_autoptr(BrReferenceRow) row = row_new (BR_REFERENCE_SECTION_TIME, g_strdup (_(rates[i].title)),
                                               br_units_format (rates[i].value, rates[i].kind, 3),
                                               g_strdup (_(rates[i].arithmetic)), NULL, NULL);

      g_list_store_append (rows, row);
    }
}

/* "2" + superscript digits of @exponent: "2¹⁰" */
static char *
power_title (int base,
             int exponent)
{
  static const char * const superscripts[] = {
    "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹",
  };
  g_autofree char *digits = g_strdup_printf ("%d", exponent);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%d", base);
  for (const char *p = digits; *p; p++)
    g_string_append (out, superscripts[*p - '0']);
  return g_string_free (out, FALSE);
}

/* 2^@exponent exactly, in decimal, with commas: doubling a string of
 * digits, so that 2⁶⁴ is exact too */
static char *
power_of_two (int exponent)
{
  char digits[32] = "1";
  gsize length = 1;
  g_autoptr(GString) plain = g_string_new (NULL);
  char *grouped;

  for (int n = 0; n < exponent; n++)
    {
      int carry = 0;

      for (gsize i = 0; i < length; i++)   /* little-endian digits */
        {
          int d = (digits[i] - '0') * 2 + carry;

          digits[i] = (char) ('0' + d % 10);
          carry = d / 10;
        }
      if (carry)
        digits[length++] = (char) ('0' + carry);
    }
  for (gsize i = length; i > 0; i--)
    g_string_append_c (plain, digits[i - 1]);
  grouped = g_string_free (g_steal_pointer (&plain), FALSE);
  {
    /* Commas every three digits from the right */
    GString *out = g_string_new (NULL);
    gsize n = strlen (grouped);

    for (gsize i = 0; i < n; i++)
      {
        if (i > 0 && (n - i) % 3 == 0)
          g_string_append_c (out, ',');
        g_string_append_c (out, grouped[i]);
      }
    g_free (grouped);
    return g_string_free (out, FALSE);
  }
}

static void
add_powers (GListStore *rows)
{
  static const struct { int exponent; const char *meaning; } twos[] = {
    { 8, N_("The values of one byte") },
    { 10, N_("1 KiB (kibibyte); about a thousand, 10³") },
    { 16, N_("The values of a 16-bit number, 64 KiB") },
    { 20, N_("1 MiB (mebibyte); about a million, 10⁶") },
    { 30, N_("1 GiB (gibibyte); about a billion, 10⁹") },
    { 32, N_("The values of a 32-bit number (IPv4 addresses), 4 GiB; about 4.3 billion") },
    { 40, N_("1 TiB (tebibyte); about a trillion, 10¹²") },
    { 50, N_("1 PiB (pebibyte); about 10¹⁵") },
    { 60, N_("1 EiB (exbibyte); about 10¹⁸") },
    { 63, N_("The largest signed 64-bit number, plus one; about 9.2 x 10¹⁸") },
    { 64, N_("The values of a 64-bit number; about 1.8 x 10¹⁹") },
  };
  static const struct { int exponent; const char *meaning; } tens[] = {
    { 3, N_("A thousand; 1 KB (kilobyte) is 1,000 bytes; close to 2¹⁰") },
    { 6, N_("A million; 1 MB (megabyte); close to 2²⁰") },
    { 9, N_("A billion; 1 GB (gigabyte); close to 2³⁰") },
    { 12, N_("A trillion; 1 TB (terabyte); close to 2⁴⁰") },
    { 15, N_("A quadrillion; 1 PB (petabyte); close to 2⁵⁰") },
    { 18, N_("A quintillion; 1 EB (exabyte); close to 2⁶⁰") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (twos); i++)
    {
      g_autofree char *keywords = g_strdup_printf ("2^%d", twos[i].exponent);
      g_autoptr(BrReferenceRow) row =
        row_new (BR_REFERENCE_SECTION_POWERS_OF_TWO, power_title (2, twos[i].exponent),
                 power_of_two (twos[i].exponent),
                 /* Translators: what a power of two is, then the standard its unit name comes from */
                 g_strdup_printf (_("%s\nBinary prefixes: IEC 80000-13"), _(twos[i].meaning)),
                 NULL, keywords);

      g_list_store_append (rows, row);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tens); i++)
    {
      g_autofree char *keywords = g_strdup_printf ("10^%d", tens[i].exponent);
      g_autoptr(BrReferenceRow) row =
        row_new (BR_REFERENCE_SECTION_POWERS_OF_TEN, power_title (10, tens[i].exponent),
                 br_units_format_grouped (pow (10, tens[i].exponent)),
                 /* Translators: what a power of ten is, then the standard its unit name comes from */
                 g_strdup_printf (_("%s\nDecimal prefixes: the SI"), _(tens[i].meaning)),
                 NULL, keywords);

      g_list_store_append (rows, row);
    }
}

/**
 * br_reference_build_rows:
 *
 * Returns: (transfer full): a list of #BrReferenceRow: the reference
 *   file's latencies and per-instance figures, then availability to
 *   downtime, time and rates, and the powers of two and ten, in the order
 *   of their sections
 */
GListModel *
br_reference_build_rows (BrReference *reference)
{
  GListStore *rows = g_list_store_new (BR_TYPE_REFERENCE_ROW);

  g_return_val_if_fail (reference != NULL, NULL);

  add_latencies (reference, rows);
  add_components (reference, rows);
  add_nines (rows);
  add_time (rows);
  add_powers (rows);
  return G_LIST_MODEL (rows);
}
